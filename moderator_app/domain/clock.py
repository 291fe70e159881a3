"""Turning stored UTC milliseconds into dates people read, in Vietnam's time zone by default."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .sla import VN_TZ


def to_datetime(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def iso_utc(ms: int | None) -> str | None:
    """Stable, replicated form for JSON: ``2026-10-24T03:15:00Z`` (second precision)."""
    if ms is None:
        return None
    return to_datetime(ms).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_date(ms: int) -> date:
    return datetime.fromtimestamp(ms / 1000, VN_TZ).date()


def ms_from_datetime(dt: datetime) -> int:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN_TZ)
    return int(dt.timestamp() * 1000)


def ms_from_date(day: date) -> int:
    """Midnight of ``day`` in Vietnam, as UTC milliseconds."""
    return ms_from_datetime(datetime(day.year, day.month, day.day, tzinfo=VN_TZ))
