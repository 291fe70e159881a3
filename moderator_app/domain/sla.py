"""SLA deadlines of DOMAIN.md, computed from event times so every member gets the same answer.

Working days are Monday to Friday in Vietnam's time zone (``clock.VN_TZ``, whatever the computer's
own zone) minus the public holidays by law (Tết and Giỗ Tổ Hùng Vương included) and the committee's
days off, as ``working_calendar`` says. The projection passes the committee's calendar (its days
off are events, so every member holds the same ones); without one, the law's alone counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .clock import VN_TZ  # noqa: F401  (VN_TZ re-exported for code that imports it from here)
from .enums import Status
from .working_calendar import DAY_MS, LAW_CALENDAR, WorkingCalendar  # noqa: F401  (DAY_MS re-exported)

HOUR_MS = 3_600_000
NO_DEADLINE_SORT = 9_223_372_036_854_775_807  # where a case without a deadline sorts: after all others


def sla_sort_key(due_ms: int | None, opened_ms: int) -> int:
    """Where a case sorts by deadline: its deadline, never before its opening, and after every
    deadline when it has none.

    A deadline earlier than the opening (a report dated ahead of the clock that filed it) sorts
    as due at the opening. The queue relies on this: a case opened after T never sorts before T,
    so a date range sorted by deadline is read from T on in the index.
    """
    return NO_DEADLINE_SORT if due_ms is None else max(due_ms, opened_ms)


@dataclass(frozen=True, slots=True)
class SlaTarget:
    """One line of the SLA table: a deadline counted in working days or calendar hours."""

    code: str
    working_days: int = 0
    hours: int = 0


ACKNOWLEDGE = SlaTarget("acknowledge", working_days=1)
TRIAGE = SlaTarget("triage", working_days=5)
URGENT_REMOVAL = SlaTarget("urgent_removal", hours=24)
COMPLAINT_REMOVAL = SlaTarget("complaint_removal", hours=48)
INFLUENCER_REPLY = SlaTarget("influencer_reply", hours=7 * 24)
INFORMAL_RESOLUTION = SlaTarget("informal_resolution", hours=28 * 24)
TO_DECISION = SlaTarget("to_decision", working_days=60)
PUBLISH_DECISION = SlaTarget("publish_decision", working_days=10)
APPEAL_WINDOW = SlaTarget("appeal_window", hours=21 * 24)
MONITORING = SlaTarget("monitoring", hours=90 * 24)

SLA_LABELS: dict[str, tuple[str, str]] = {
    "acknowledge": ("Xác nhận tiếp nhận", "Acknowledge"),
    "triage": ("Sàng lọc", "Triage"),
    "urgent_removal": ("Đề nghị gỡ khẩn", "Urgent removal request"),
    "complaint_removal": ("Đề nghị gỡ", "Removal request"),
    "influencer_reply": ("Phản hồi của người có ảnh hưởng", "Influencer reply"),
    "informal_resolution": ("Giải quyết không chính thức", "Informal resolution"),
    "to_decision": ("Ra quyết định", "Decision"),
    "publish_decision": ("Công bố quyết định", "Publish decision"),
    "appeal_window": ("Hạn phúc xét", "Appeal window"),
    "monitoring": ("Giám sát", "Monitoring"),
}


# The deadlines counted in working days: their countdowns say they skip holidays and Tết.
WORKING_DAY_KINDS: frozenset[str] = frozenset(
    t.code for t in (ACKNOWLEDGE, TRIAGE, TO_DECISION, PUBLISH_DECISION) if t.working_days)


def is_working_day(day: date, calendar: WorkingCalendar = LAW_CALENDAR) -> bool:
    return calendar.is_working_day(day)


def add_working_days(start_ms: int, days: int, calendar: WorkingCalendar = LAW_CALENDAR) -> int:
    """The same local time of day ``days`` working days after ``start_ms`` (UTC milliseconds)."""
    return calendar.add_working_days(start_ms, days)


def due(target: SlaTarget, start_ms: int, calendar: WorkingCalendar = LAW_CALENDAR) -> int:
    if target.working_days:
        return calendar.add_working_days(start_ms, target.working_days)
    return start_ms + target.hours * HOUR_MS


@dataclass(frozen=True, slots=True)
class SlaState:
    """The deadline that matters now for a case, or none once it has left the queue."""

    target: SlaTarget | None
    due_ms: int | None


# A case's track: what the committee is doing about it besides the normal path (DOMAIN.md's SLA
# table): a well-founded complaint whose content it asks to be removed within 48 hours, or an
# informal resolution it gives 28 days. Set by a member, it starts its own countdown.
TRACKS = ("complaint_removal", "informal")
TRACK_LABELS: dict[str, tuple[str, str]] = {
    "complaint_removal": ("Phản ánh có căn cứ: đề nghị gỡ trong 48 giờ",
                          "Well-founded complaint: removal requested within 48 hours"),
    "informal": ("Giải quyết không chính thức (28 ngày)", "Informal resolution (28 days)"),
}
_EARLY = (Status.RECEIVED, Status.TRIAGE, Status.INVESTIGATING)


def current_sla(
    status: Status,
    *,
    opened_ms: int,
    status_since_ms: int,
    urgent: bool,
    urgent_since_ms: int | None,
    calendar: WorkingCalendar = LAW_CALENDAR,
    track: str | None = None,
    track_since_ms: int | None = None,
    removal_requested: bool = False,
) -> SlaState:
    """Which countdown the queue shows for a case in ``status``, working days by ``calendar``.

    Urgent comes first (24 hours), then the case's track (48 hours to request a removal, 28 days
    for an informal resolution), then the step's own deadline. The two removal countdowns end
    once a takedown request is recorded for the case (``removal_requested``): what they ask for
    is done, and the platform's own deadline is followed with the request."""
    if urgent and status in _EARLY and not removal_requested:
        start = urgent_since_ms if urgent_since_ms is not None else opened_ms
        return SlaState(URGENT_REMOVAL, due(URGENT_REMOVAL, start, calendar))
    if track in TRACKS and status in _EARLY and not (track == "complaint_removal" and removal_requested):
        target = COMPLAINT_REMOVAL if track == "complaint_removal" else INFORMAL_RESOLUTION
        start = track_since_ms if track_since_ms is not None else opened_ms
        return SlaState(target, due(target, start, calendar))
    match status:
        case Status.RECEIVED:
            return SlaState(ACKNOWLEDGE, due(ACKNOWLEDGE, opened_ms, calendar))
        case Status.TRIAGE:
            return SlaState(TRIAGE, due(TRIAGE, opened_ms, calendar))
        case Status.INVESTIGATING | Status.SCHEDULED:
            return SlaState(TO_DECISION, due(TO_DECISION, opened_ms, calendar))
        case Status.AWAITING_REPLY:
            return SlaState(INFLUENCER_REPLY, due(INFLUENCER_REPLY, status_since_ms, calendar))
        case Status.DECIDED:
            return SlaState(PUBLISH_DECISION, due(PUBLISH_DECISION, status_since_ms, calendar))
        case Status.APPEAL:
            return SlaState(TO_DECISION, due(TO_DECISION, status_since_ms, calendar))
        case Status.MONITORING:
            return SlaState(MONITORING, due(MONITORING, status_since_ms, calendar))
        case _:
            return SlaState(None, None)
