"""Building decided cases through the real services, for score, profile and history tests."""

from __future__ import annotations

from datetime import date
from itertools import count

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.services import cases as case_service
from moderator_app.services import meetings, reports
from moderator_app.services.workspace import Workspace

_urls = count(1)


def file_case(ws: Workspace, name: str, category: Category = Category.FALSE_CLAIM, url: str | None = None,
              handle: str = "", platform: Platform = Platform.TIKTOK) -> reports.FiledReport:
    n = next(_urls)
    url = url if url is not None else f"https://news.example.vn/bai-viet/{n}"
    return reports.file_report(
        ws, reports.ReportInput(name, platform, category, url=url, description=f"Quảng cáo sai sự thật (lần {n})",
                                handle=handle)
    )


def meeting(ws: Workspace, day: date) -> str:
    return meetings.create_meeting(ws, f"Phiên họp {day.isoformat()}", day)


def decide(ws: Workspace, name: str, outcome: Outcome, day: date, category: Category = Category.FALSE_CLAIM,
           meeting_id: str | None = None) -> tuple[str, str]:
    """File a case about ``name`` and decide it at a meeting on ``day``; returns (ref, decision id)."""
    filed = file_case(ws, name, category)
    case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=Status.TRIAGE))
    for status in (Status.INVESTIGATING, Status.AWAITING_REPLY, Status.INVESTIGATING):  # the right of reply asked
        case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=status))
    meeting_id = meeting_id or meeting(ws, day)
    with ws.transaction() as tx:
        key = case_service.find_case(tx, filed.ref)
        meetings.add_to_agenda_in(tx, meeting_id, key)
        voting = tx.all("SELECT id FROM members WHERE active = 1 AND role != 'observer'")
        for (member_id,) in voting:  # everyone attends: the decision meets quorum
            if tx.scalar("SELECT status FROM attendance WHERE meeting_id = ? AND member_id = ?",
                         (meeting_id, member_id)) != "present":
                meetings.set_attendance_in(tx, meeting_id, member_id, "present")
        decision_id = meetings.record_decision_in(tx, meeting_id, key, outcome, "Lý do")
    return filed.ref, decision_id
