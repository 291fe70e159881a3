"""SLA deadlines of DOMAIN.md, computed from event times so every member gets the same answer.

Working days are Monday to Friday in Vietnam's time zone (UTC+7, no daylight saving) minus the
fixed-date public holidays. Lunar holidays (Tết, Hùng Kings) move every year and are not in the
calendar; a committee that wants them counted sets them in ``EXTRA_HOLIDAYS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from .enums import Status

VN_TZ = timezone(timedelta(hours=7), "ICT")
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
DAY_MS = 24 * HOUR_MS

FIXED_HOLIDAYS: frozenset[tuple[int, int]] = frozenset({(1, 1), (4, 30), (5, 1), (9, 2)})
EXTRA_HOLIDAYS: frozenset[date] = frozenset()


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
    "urgent_removal": ("Yêu cầu gỡ khẩn", "Urgent removal request"),
    "complaint_removal": ("Yêu cầu gỡ", "Removal request"),
    "influencer_reply": ("Phản hồi của người có ảnh hưởng", "Influencer reply"),
    "informal_resolution": ("Giải quyết không chính thức", "Informal resolution"),
    "to_decision": ("Ra quyết định", "Decision"),
    "publish_decision": ("Công bố quyết định", "Publish decision"),
    "appeal_window": ("Hạn phúc xét", "Appeal window"),
    "monitoring": ("Giám sát", "Monitoring"),
}


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS and day not in EXTRA_HOLIDAYS


@lru_cache(maxsize=65_536)
def _calendar_days(start: date, working_days: int) -> int:
    """How many calendar days after ``start`` the ``working_days``-th working day falls."""
    current = start
    remaining = working_days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return (current - start).days


def add_working_days(start_ms: int, days: int) -> int:
    """The same local time of day ``days`` working days after ``start_ms`` (UTC milliseconds)."""
    start = datetime.fromtimestamp(start_ms / 1000, VN_TZ).date()
    return start_ms + _calendar_days(start, days) * DAY_MS


def due(target: SlaTarget, start_ms: int) -> int:
    if target.working_days:
        return add_working_days(start_ms, target.working_days)
    return start_ms + target.hours * HOUR_MS


@dataclass(frozen=True, slots=True)
class SlaState:
    """The deadline that matters now for a case, or none once it has left the queue."""

    target: SlaTarget | None
    due_ms: int | None


def current_sla(
    status: Status,
    *,
    opened_ms: int,
    status_since_ms: int,
    urgent: bool,
    urgent_since_ms: int | None,
) -> SlaState:
    """Which countdown the queue shows for a case in ``status``."""
    if urgent and status in (Status.RECEIVED, Status.TRIAGE, Status.INVESTIGATING):
        start = urgent_since_ms if urgent_since_ms is not None else opened_ms
        return SlaState(URGENT_REMOVAL, due(URGENT_REMOVAL, start))
    match status:
        case Status.RECEIVED:
            return SlaState(ACKNOWLEDGE, due(ACKNOWLEDGE, opened_ms))
        case Status.TRIAGE:
            return SlaState(TRIAGE, due(TRIAGE, opened_ms))
        case Status.INVESTIGATING | Status.SCHEDULED:
            return SlaState(TO_DECISION, due(TO_DECISION, opened_ms))
        case Status.AWAITING_REPLY:
            return SlaState(INFLUENCER_REPLY, due(INFLUENCER_REPLY, status_since_ms))
        case Status.DECIDED:
            return SlaState(PUBLISH_DECISION, due(PUBLISH_DECISION, status_since_ms))
        case Status.APPEAL:
            return SlaState(TO_DECISION, due(TO_DECISION, status_since_ms))
        case Status.MONITORING:
            return SlaState(MONITORING, due(MONITORING, status_since_ms))
        case _:
            return SlaState(None, None)
