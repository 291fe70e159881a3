"""The committee's activity in figures: periods, buckets and the shapes of the results.

Pure Python: ``services.statistics`` fills these from the store, the dashboard draws them and
``exports.quarterly`` writes them to a workbook, so all three show the same numbers. Every
figure is defined in ``docs/statistics.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .clock import ms_from_date
from .errors import UserError

if TYPE_CHECKING:
    from .platform_record import PlatformsRecord

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


@dataclass(frozen=True, slots=True)
class Period:
    """Calendar days ``start`` to ``end`` (both included), in Vietnam's time zone."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError(f"the period ends ({self.end:%d/%m/%Y}) before it starts ({self.start:%d/%m/%Y})",
                            vi=f"kỳ thống kê kết thúc ({self.end:%d/%m/%Y}) trước khi bắt đầu ({self.start:%d/%m/%Y})",
                            code="period_reversed")

    @property
    def start_ms(self) -> int:
        return ms_from_date(self.start)

    @property
    def end_ms(self) -> int:
        """The first millisecond after the period (exclusive bound)."""
        return ms_from_date(self.end + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"


def quarter_period(text: str) -> tuple[str, Period]:
    """``2026Q4`` (or ``2026-Q4``) → ("2026Q4", 1 October – 31 December 2026)."""
    m = _QUARTER.match(text)
    if m is None:
        raise UserError(f"a quarter is written like 2026Q4, not {text!r}",
                        vi=f"quý được viết dạng 2026Q4, không phải {text!r}", code="quarter_invalid")
    year, q = int(m.group(1)), int(m.group(2))
    start = date(year, 3 * q - 2, 1)
    end = date(year + 1, 1, 1) - timedelta(days=1) if q == 4 else date(year, 3 * q + 1, 1) - timedelta(days=1)
    return f"{year}Q{q}", Period(start, end)


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


# --- buckets ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bucket:
    """A week or a month of the period (clipped to it) and what happened in it."""

    key: str  # "2026-W41" (ISO week) or "2026-10"
    start: date
    end: date
    reports: int = 0
    cases: int = 0


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_key(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def _spans(period: Period, weekly: bool) -> Iterator[tuple[str, date, date]]:
    day = period.start
    while day <= period.end:
        if weekly:
            last = day + timedelta(days=6 - day.weekday())
            key = week_key(day)
        else:
            nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            last = nxt - timedelta(days=1)
            key = month_key(day)
        last = min(last, period.end)
        yield key, day, last
        day = last + timedelta(days=1)


def buckets(period: Period, weekly: bool, reports: dict[date, int], cases: dict[date, int]) -> tuple[Bucket, ...]:
    """Weeks (ISO, Monday first) or months of the period with the counts of their days; empty ones too."""
    out = []
    for key, first, last in _spans(period, weekly):
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        out.append(Bucket(key, first, last, sum(reports.get(d, 0) for d in days), sum(cases.get(d, 0) for d in days)))
    return tuple(out)


# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count:
    """How many reports and cases carry one code (a category, a platform)."""

    code: str
    reports: int = 0
    cases: int = 0


@dataclass(frozen=True, slots=True)
class Deadline:
    """How a deadline was kept: met, missed, or still running with nothing done."""

    on_time: int = 0
    late: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.on_time + self.late

    @property
    def share(self) -> float | None:
        """The share met among those whose outcome is known (None when there are none)."""
        return None if self.decided == 0 else self.on_time / self.decided


@dataclass(frozen=True, slots=True)
class OutcomeCount:
    outcome: str
    level: int
    count: int


def _no_platforms() -> PlatformsRecord:
    from .platform_record import PlatformsRecord  # it reads periods from here

    return PlatformsRecord()


@dataclass(frozen=True, slots=True)
class Statistics:
    """Every figure of the dashboard and the quarterly report, for one period."""

    period: Period
    as_of_ms: int  # "now" for the figures that depend on it (pending deadlines, overdue cases)
    reports: int
    cases: int
    decisions: int
    weeks: tuple[Bucket, ...]
    months: tuple[Bucket, ...]
    by_category: tuple[Count, ...]
    by_platform: tuple[Count, ...]
    triage: Deadline
    urgent_takedown: Deadline
    overdue: tuple[tuple[str, int], ...]  # (SLA step, open cases past it now)
    outcomes: tuple[OutcomeCount, ...]
    bands: tuple[tuple[str, int], ...]  # (band, influencers)
    bands_as_of: date
    letters: tuple[tuple[str, int], ...] = field(default_factory=tuple)  # (letter kind, sent in the period)
    platforms: PlatformsRecord = field(default_factory=_no_platforms)  # takedown requests by platform

    @property
    def overdue_total(self) -> int:
        return sum(n for _, n in self.overdue)

    def levels(self) -> tuple[tuple[int, int], ...]:
        """Decisions per level of the ladder (0–7), every level listed."""
        totals: dict[int, int] = {}
        for o in self.outcomes:
            totals[o.level] = totals.get(o.level, 0) + o.count
        return tuple((level, totals.get(level, 0)) for level in range(8))


def day_counts(rows: Iterable[tuple[date, int]]) -> dict[date, int]:
    out: dict[date, int] = {}
    for day, n in rows:
        out[day] = out.get(day, 0) + n
    return out
