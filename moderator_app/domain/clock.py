"""The committee's time zone, and turning stored UTC milliseconds into the dates people read.

The committee sits in Hà Nội: every date, time, deadline and day/week/month/quarter boundary the
product shows or counts is in Vietnam's time (``Asia/Ho_Chi_Minh``), whatever the computer's own
time zone, so a member abroad or a machine set to UTC sees the same dates as the secretary.
Nothing here reads the machine's local time (no ``astimezone()`` without a zone, no
``time.localtime``). Times are stored as UTC milliseconds; only the display and the calendar
arithmetic use this zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

COMMITTEE_ZONE = "Asia/Ho_Chi_Minh"


def _committee_tz() -> tzinfo:
    """The IANA zone; the system's database, else the ``tzdata`` package (Windows has no system
    database, hence the dependency). Vietnam has kept UTC+7 without daylight saving since 1975, so
    the fixed offset is the same answer for any date the product handles if neither is found."""
    try:
        return ZoneInfo(COMMITTEE_ZONE)
    except ZoneInfoNotFoundError:  # pragma: no cover - a broken install; the answer stays right
        return timezone(timedelta(hours=7), "ICT")


VN_TZ: tzinfo = _committee_tz()
VN_OFFSET_MS = 7 * 3_600_000  # today's offset; SQL day grouping adds it (no DST, so it never changes)


def to_datetime(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def iso_utc(ms: int | None) -> str | None:
    """Stable, replicated form for JSON: ``2026-10-24T03:15:00Z`` (second precision)."""
    if ms is None:
        return None
    return to_datetime(ms).strftime("%Y-%m-%dT%H:%M:%SZ")


def vn_datetime(ms: int) -> datetime:
    """A stored time as an aware datetime in Vietnam's time."""
    return datetime.fromtimestamp(ms / 1000, VN_TZ)


def local_date(ms: int) -> date:
    """The calendar day in Vietnam at ``ms``."""
    return vn_datetime(ms).date()


def vn_now() -> datetime:
    """Now, in Vietnam's time (aware); for stamps that are not committee events."""
    return datetime.now(VN_TZ)


def in_vn(moment: datetime) -> datetime:
    """An aware moment (e.g. a backup's UTC stamp) in Vietnam's time; a naive one is taken as UTC."""
    return (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).astimezone(VN_TZ)


def day_text(day: date) -> str:
    """A day as the committee writes it: 01/10/2026."""
    return day.strftime("%d/%m/%Y")


def date_text(ms: int) -> str:
    """The day of a stored time in Vietnam: 01/10/2026."""
    return day_text(local_date(ms))


def datetime_text(ms: int, seconds: bool = False) -> str:
    """A stored time in Vietnam: 01/10/2026 00:00 (with seconds for logs)."""
    return vn_datetime(ms).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def ms_from_datetime(dt: datetime) -> int:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN_TZ)
    return int(dt.timestamp() * 1000)


def ms_from_date(day: date) -> int:
    """Midnight of ``day`` in Vietnam, as UTC milliseconds."""
    return ms_from_datetime(datetime(day.year, day.month, day.day, tzinfo=VN_TZ))
