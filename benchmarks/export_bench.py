"""Export 10,000 decisions of one meeting, against a bare openpyxl write-only dump of the same cells.

    .venv/bin/python -m benchmarks.export_bench [--decisions N]

Builds a workspace through the services (N cases on one meeting's agenda, each decided, a
third with a follow-up), then times: reading the decisions, the full meeting workbook (four
sheets, styles, widths, print setup, formula guard, temp file and rename), and a bare
write-only workbook holding the same decision cells with no styling at all.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.exports.meeting_workbook import DECISION_COLUMNS, decision_rows, export_meeting
from moderator_app.exports.xlsx import Properties, Sheet, write_workbook
from moderator_app.services.cases import CaseChanges, CaseKey, update_in
from moderator_app.services.meetings import FollowUpInput, add_to_agenda_in, create_meeting_in, record_decision_in
from moderator_app.services.reports import ReportInput, file_report_in
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection

DAY = date(2026, 3, 12)
OUTCOMES = list(Outcome)
CATEGORIES = list(Category)


def build(ws: Workspace, n: int) -> str:
    with ws.transaction() as tx:
        meeting = create_meeting_in(tx, "Phiên họp thử tải", DAY, "Hà Nội", chair=ws.identity.member_id)
    done = 0
    while done < n:
        with ws.transaction() as tx:
            for i in range(done, min(n, done + 1000)):
                filed = file_report_in(tx, ReportInput(
                    f"Người có ảnh hưởng {i % 700}", Platform.TIKTOK, CATEGORIES[i % len(CATEGORIES)],
                    url=f"https://www.tiktok.com/@kol{i % 700}/video/{i}",
                    description=f"Livestream quảng cáo sản phẩm chưa kiểm chứng, lần {i}; =1+{i} trong bình luận",
                    handle=f"@kol{i % 700}"))
                key = CaseKey(filed.case_id, filed.ref)
                for status in (Status.TRIAGE, Status.INVESTIGATING):
                    update_in(tx, key, CaseChanges(status=status))
                add_to_agenda_in(tx, meeting, key, "Đề nghị cảnh cáo")
                follow_ups = [FollowUpInput("Gửi văn bản yêu cầu gỡ bài", None, DAY + timedelta(days=7))] \
                    if i % 3 == 0 else []
                record_decision_in(tx, meeting, key, OUTCOMES[i % len(OUTCOMES)],
                                   "Căn cứ chứng cứ và phản hồi của KOL, Ban quyết định áp dụng hình thức xử lý. " * 3,
                                   {"for": 6, "against": 1, "abstain": 1}, i % 2 == 0, follow_ups)
        done = min(n, done + 1000)
    return meeting


def bare_dump(rows: list[list], path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Decisions")
    for r in rows:
        ws.append(r)
    wb.save(path)


def _has_lxml() -> bool:
    from openpyxl import LXML

    return bool(LXML)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--decisions", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = Workspace.open(root / "ws", member_name="Chủ tịch")
        try:
            started = time.perf_counter()
            meeting = build(ws, args.decisions)
            print(f"built {args.decisions:,} decisions in {time.perf_counter() - started:.1f} s")
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                t0 = time.perf_counter()
                decisions = mq.meeting_decisions(raw, meeting)
                t1 = time.perf_counter()
                rows = list(decision_rows(decisions, "vi"))
                t2 = time.perf_counter()
                export_meeting(raw, meeting, root / "meeting.xlsx", "vi")
                t3 = time.perf_counter()
            bare_dump(rows, root / "bare.xlsx")
            t4 = time.perf_counter()
            sheet = Sheet("Quyết định", "Decisions", DECISION_COLUMNS, rows, len(rows))
            write_workbook(root / "decisions-only.xlsx", [sheet], Properties("Bench", "Bench"))
            t5 = time.perf_counter()
            size = (root / "meeting.xlsx").stat().st_size
            print(f"read decisions:        {t1 - t0:6.2f} s")
            print(f"build row values:      {t2 - t1:6.2f} s")
            print(f"full meeting workbook: {t3 - t2:6.2f} s  ({size / 1e6:.1f} MB, includes reading)")
            print(f"decisions sheet alone: {t5 - t4:6.2f} s  (our writer: styles, widths, guard, rename)")
            print(f"bare write-only dump:  {t4 - t3:6.2f} s  (same decision cells, no styles)")
            print(f"ratio sheet / bare:    {(t5 - t4) / (t4 - t3):6.2f}")
            print(f"lxml available:        {_has_lxml()}")
        finally:
            ws.close()


if __name__ == "__main__":
    main()
