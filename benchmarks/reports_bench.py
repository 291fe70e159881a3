"""Statistics, the quarterly workbook, the public register and a letter on a large demo workspace.

    .venv/bin/python -m benchmarks.reports_bench [--cases N]

Builds the demo workspace (N cases, default 30,000) in a temporary folder, then times: the
statistics of the last full quarter and of the year so far, the quarterly workbook, publishing
the public register, and one takedown letter rendered to PDF (headless).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from moderator_app.domain.clock import local_date
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.statistics import Period, quarter_of, quarter_period
from moderator_app.services import letters, public_register, statistics
from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<48} {time.perf_counter() - start:7.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=30_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = Workspace.open(root / "demo", member_name="Chủ tịch")
        try:
            summary = timed(f"demo workspace ({args.cases:,} cases)", lambda: generate(ws, cases=args.cases, seed=1))
            print(f"  {summary}")
            today = local_date(ws.clock.wall())
            last_quarter = quarter_of(quarter_period(quarter_of(today))[1].start - timedelta(days=1))
            period = quarter_period(last_quarter)[1]
            stats = timed(f"statistics of {last_quarter}", lambda: statistics.compute(ws, period))
            print(f"  {stats.reports:,} reports, {stats.cases:,} cases, {stats.decisions:,} decisions")
            timed("statistics of the year so far", lambda: statistics.compute(ws, Period(date(today.year, 1, 1),
                                                                                        today)))
            timed(f"quarterly workbook {last_quarter}", lambda: statistics.quarterly_report(
                ws, last_quarter, root / "q.xlsx", "vi"))
            pub = timed("public register (page and CSV files)", lambda: public_register.publish(ws, root / "site"))
            print(f"  {pub.decisions:,} decisions, {pub.named} named; index.html "
                  f"{(root / 'site' / 'index.html').stat().st_size / 1e6:.1f} MB")
            with ws.db.read() as conn:
                ref = raw_connection(conn).execute("SELECT ref FROM cases WHERE merged_into IS NULL "
                                                   "ORDER BY opened_at DESC LIMIT 1").fetchone()[0]
            from moderator_app.ui.letters.pdf import render_letter_pdf

            letter = letters.prepare_letter(ws, LetterKind.TAKEDOWN, ref, "vi",
                                            {"committee_name": "Ban tự giám sát", "recipient_address": "Hà Nội"})
            timed("takedown letter to PDF (first, with Qt start-up)", lambda: render_letter_pdf(letter))
            timed("takedown letter to PDF (again)", lambda: render_letter_pdf(letter))
        finally:
            ws.close()


if __name__ == "__main__":
    main()
