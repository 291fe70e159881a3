"""A small committee's autumn, built through the services on a simulated clock, whose every figure
is counted by hand in ``tests/test_statistics.py`` (and drawn by the dashboard tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from moderator_app.domain.clock import ms_from_datetime
from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.sla import VN_TZ
from moderator_app.services import cases as case_service
from moderator_app.services import letters, meetings, reports
from moderator_app.services.workspace import Workspace

FAKE_PDF = b"%PDF-1.4\n% a letter\n%%EOF\n"
NOW = (2026, 11, 20, 12, 0)  # "now" for the figures: Friday 20 November 2026, noon in Hanoi


SKIPPED = "Người có ảnh hưởng đã phản hồi qua điện thoại"

def at(y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> int:
    return ms_from_datetime(datetime(y, mo, d, h, mi, tzinfo=VN_TZ))


class SimClock:
    """Drives a workspace's clock: every event is stamped with the time set last."""

    def __init__(self, ws: Workspace) -> None:
        self.now = 0
        ws.clock._now_ms = lambda: self.now  # type: ignore[method-assign]

    def set(self, y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> None:
        self.now = at(y, mo, d, h, mi)


@dataclass
class Autumn:
    refs: dict[str, str]  # case name -> ref
    now_ms: int


def _file(ws: Workspace, who: str, platform: Platform, category: Category, url: str, urgent: bool = False,
          reporter: str = "") -> str:
    return reports.file_report(ws, reports.ReportInput(who, platform, category, url=url, urgent=urgent,
                                                       description=f"Phản ánh về {who}: {url}", reporter=reporter)).ref


def _status(ws: Workspace, ref: str, *statuses: Status) -> None:
    for s in statuses:
        case_service.update_cases(ws, [ref], case_service.CaseChanges(status=s))


def build_autumn(ws: Workspace, tmp_dir: object) -> Autumn:
    """Five influencers, seven cases, three meetings (see the test module for the hand count)."""
    from pathlib import Path

    ws.set_setting("committee_name", "Ban tự giám sát thử nghiệm")
    clock = SimClock(ws)
    refs: dict[str, str] = {}
    # September: outside the fourth quarter.
    clock.set(2026, 9, 1)
    refs["c0"] = _file(ws, "Vũ Văn V", Platform.ZALO, Category.MISINFORMATION, "https://zalo.me/v/1")
    clock.set(2026, 9, 2)
    _status(ws, refs["c0"], Status.TRIAGE, Status.INVESTIGATING)
    clock.set(2026, 9, 28, 10)
    refs["c1"] = _file(ws, "Xuân X", Platform.TIKTOK, Category.FALSE_CLAIM, "https://www.tiktok.com/@x/video/1")
    clock.set(2026, 9, 29)
    _status(ws, refs["c1"], Status.TRIAGE, Status.INVESTIGATING)
    clock.set(2026, 9, 30, 14)
    september = meetings.create_meeting(ws, "Phiên họp tháng 9", date(2026, 9, 30))
    # The fixture's timeline leaves no week for a reply; the committee records why it went ahead.
    meetings.add_to_agenda(ws, september, refs["c0"], skip_reply_reason=SKIPPED)
    meetings.record_decision(ws, september, refs["c0"], Outcome.REMINDER, "Nhắc nhở")
    # October.
    clock.set(2026, 10, 5, 9)  # Monday of ISO week 41
    refs["c2"] = _file(ws, "Xuân X", Platform.TIKTOK, Category.FRAUD, "https://www.tiktok.com/@x/video/2",
                       urgent=True)
    clock.set(2026, 10, 5, 20)  # 11 hours later: the takedown request goes out
    letter = letters.prepare_letter(ws, LetterKind.TAKEDOWN, refs["c2"], "vi",
                                    {"recipient_address": "TikTok Việt Nam"})
    letters.send_letter(ws, letter, FAKE_PDF, Path(str(tmp_dir)) / "takedown-c2.pdf")
    clock.set(2026, 10, 6, 9)
    refs["c3"] = _file(ws, "Yến Y", Platform.FACEBOOK, Category.FALSE_CLAIM, "https://facebook.com/y/posts/1")
    clock.set(2026, 10, 6, 10)
    _status(ws, refs["c2"], Status.TRIAGE)
    clock.set(2026, 10, 6, 11)
    same = reports.file_report(ws, reports.ReportInput(
        "Yến Y", Platform.FACEBOOK, Category.FALSE_CLAIM, url="https://facebook.com/y/posts/1/",
        description="Một người khác phản ánh cùng bài viết"))
    assert same.ref == refs["c3"] and same.attached and not same.duplicate  # joins the first's case
    clock.set(2026, 10, 7, 9)
    _status(ws, refs["c2"], Status.INVESTIGATING)  # triaged after 2 days: on time
    clock.set(2026, 10, 14, 9)
    refs["c4"] = _file(ws, "Zung Z", Platform.YOUTUBE, Category.MISINFORMATION, "https://youtube.com/watch?v=z1")
    clock.set(2026, 10, 20, 9)
    _status(ws, refs["c3"], Status.TRIAGE)
    clock.set(2026, 10, 20, 10)
    case_service.update_cases(ws, [refs["c4"]], case_service.CaseChanges(urgent=True))  # never requested
    clock.set(2026, 10, 21, 9)
    _status(ws, refs["c3"], Status.INVESTIGATING)  # triaged after 15 days: late
    clock.set(2026, 10, 28, 14)
    october = meetings.create_meeting(ws, "Phiên họp tháng 10", date(2026, 10, 28))
    for key in ("c1", "c2", "c3"):
        meetings.add_to_agenda(ws, october, refs[key], skip_reply_reason=SKIPPED)
    meetings.record_decision(ws, october, refs["c1"], Outcome.NAMED_NONCOMPLIANT, "Tái phạm")
    meetings.record_decision(ws, october, refs["c2"], Outcome.WARNING_AMEND, "Gỡ bài")
    first = meetings.record_decision(ws, october, refs["c3"], Outcome.NOT_UPHELD, "Không đủ căn cứ")
    meetings.finalize(ws, october)
    clock.set(2026, 10, 29, 9)
    meetings.amend_decision(ws, first, Outcome.REMINDER, "Xem xét lại: có căn cứ nhắc nhở")
    # November.
    clock.set(2026, 11, 3, 9)
    refs["c6"] = _file(ws, "Wendy W", Platform.INSTAGRAM, Category.FRAUD, "https://instagram.com/p/w1")
    clock.set(2026, 11, 4, 9)
    case_service.merge_cases(ws, [refs["c2"], refs["c6"]])
    clock.set(2026, 11, 18, 10)
    refs["c5"] = _file(ws, "Zung Z", Platform.YOUTUBE, Category.MISINFORMATION, "https://youtube.com/watch?v=z2")
    clock.set(2026, 11, 20, 6)
    case_service.update_cases(ws, [refs["c5"]], case_service.CaseChanges(urgent=True))  # 6 hours ago
    clock.set(*NOW)
    return Autumn(refs, at(*NOW))
