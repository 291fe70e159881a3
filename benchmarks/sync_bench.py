"""Applying synced events, against plain sqlite3 inserting the same rows.

    python -m benchmarks.sync_bench [--events 100000] [--repeat 3]

A chair writes ``--events`` events through the services (reports filed, cases triaged,
assigned and prioritised, notes) and publishes them as signed bundles. A fresh member's
workspace then runs one sync round that verifies and applies them all; the round is timed, from
a fresh copy, ``--repeat`` times. The baseline inserts the same event rows with
``executemany`` into an ``events`` table of the same schema, in one transaction, with the same
pragmas. Printed: median and spread of both, the ratio, and events per second.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.domain.errors import UserError
from moderator_app.services import cases as case_service
from moderator_app.services.reports import ReportInput, file_report_in
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import Database, raw_connection
from moderator_app.store.events import INSERT_EVENT
from moderator_app.store.migrate import migrate
from moderator_app.sync import committee
from moderator_app.sync.round import run_round

BATCH = 2_000


def generate(ws: Workspace, total: int, seed: int = 7) -> None:
    """About ``total`` events of the kinds a committee writes most."""
    rng = random.Random(seed)
    influencers = [f"Người ảnh hưởng {i}" for i in range(max(50, total // 400))]
    members = [ws.identity.member_id]
    written = 1
    cases: list[str] = []
    while written < total:
        with ws.transaction(rng) as tx:
            while len(tx.events) < BATCH and written + len(tx.events) < total:
                roll = rng.random()
                if roll < 0.5 or not cases:
                    filed = file_report_in(tx, ReportInput(
                        rng.choice(influencers), rng.choice(list(Platform)), rng.choice(list(Category)),
                        url=f"https://example.vn/p/{rng.randrange(10**9)}", description="Quảng cáo sai sự thật",
                        received_at=ws.clock.wall()))
                    if not filed.attached:
                        cases.append(filed.case_id)
                    continue
                key = case_service.CaseKey(rng.choice(cases), "")
                if roll < 0.85:
                    status = tx.scalar("SELECT status FROM cases WHERE id = ?", (key.id,))
                    change = rng.choice(("priority", "assign", "status"))
                    ch = case_service.CaseChanges(priority=rng.choice(list(Priority))) if change == "priority" else (
                        case_service.CaseChanges(assignee=rng.choice([*members, None])) if change == "assign" else
                        case_service.CaseChanges(status=Status.TRIAGE if status == "received" else None))
                    try:
                        case_service.update_in(tx, key, ch)
                    except UserError:  # a transition the workflow refuses: skip it
                        continue
                else:
                    case_service.add_note_in(tx, key, "Đã liên hệ người có ảnh hưởng")
            written += len(tx.events)


def baseline(rows: list[tuple], workdir: Path) -> float:
    path = workdir / f"baseline-{time.perf_counter_ns()}.sqlite3"
    db = Database(path)
    migrate(db, workdir / "backups")
    with db.write() as conn:
        raw_connection(conn).execute("DELETE FROM events")
    started = time.perf_counter()
    with db.write() as conn:
        raw_connection(conn).executemany(INSERT_EVENT, rows)
    elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        work = Path(tmp)
        folder = work / "shared"
        chair = Workspace.open(work / "chair", member_name="Chủ tịch")
        committee.create(chair, "Ban", "Chủ tịch", folder)
        started = time.perf_counter()
        generate(chair, args.events)
        generated = time.perf_counter() - started
        started = time.perf_counter()
        written = run_round(chair).written
        published = time.perf_counter() - started
        with chair.db.read() as conn:
            rows = [tuple(r) for r in raw_connection(conn).execute(
                "SELECT id, device_id, seq, hlc, author, type, entity, case_id, payload, prev_hash, hash "
                "FROM events ORDER BY num")]
        chair.close()
        member = Workspace.open(work / "member-template", member_name="Thành viên")
        committee.join(member, folder, "Thành viên")
        member.close()
        applied: list[float] = []
        for i in range(args.repeat):
            home = work / f"member{i}"
            shutil.copytree(work / "member-template", home)
            ws = Workspace.open(home)
            started = time.perf_counter()
            report = run_round(ws, folder)
            applied.append(time.perf_counter() - started)
            assert report.events_in == len(rows) and not report.rejected, report.rejected
            ws.close()
            shutil.rmtree(home)
        plain = [baseline(rows, work) for _ in range(args.repeat)]
    med, base = statistics.median(applied), statistics.median(plain)
    print(f"events:            {len(rows):,} in {len(written)} bundles "
          f"(generated in {generated:.1f} s, published in {published:.1f} s)")
    print(f"sync apply:        median {med:.2f} s, spread {min(applied):.2f}–{max(applied):.2f} s "
          f"({len(rows) / med:,.0f} events/s)")
    print(f"sqlite3 baseline:  median {base:.2f} s, spread {min(plain):.2f}–{max(plain):.2f} s "
          f"({len(rows) / base:,.0f} rows/s)")
    print(f"ratio:             {med / base:.1f}× the plain insert")


if __name__ == "__main__":
    main()
