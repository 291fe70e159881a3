"""The working-day calendar: Vietnam's public holidays by law, and the committee's own changes.

The law's holidays come from the maintained ``holidays`` package (Tết, Giỗ Tổ Hùng Vương and the
days substituted for holidays falling on a weekend move every year; a list in the code went stale).
The committee adds the government's announced bridge days off, or works a holiday; those changes
are events (``calendar.day_off_added`` / ``calendar.day_off_removed``) and sync, so every member
counts the same working days and gets the same deadlines. The package's version is pinned in
``pyproject.toml`` for the same reason: two lists of the law's holidays would be two deadlines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .clock import local_date

DAY_MS = 24 * 3_600_000
LAW, COMMITTEE = "law", "committee"
# The law's calendar is asked only for these years: the package knows nothing outside them, and
# a year outside is a mistyped date, not a holiday.
FIRST_YEAR, LAST_YEAR = 1979, 2199
# How the working-day countdowns say what they count (tooltips, printed deadlines).
NOT_COUNTING = ("không tính ngày nghỉ lễ, Tết", "not counting public holidays and Tết")


@dataclass(frozen=True, slots=True)
class DayOff:
    """A day off on a weekday or a weekend: its names in both languages, and whose it is."""

    day: date
    name_vi: str
    name_en: str
    source: str  # LAW or COMMITTEE

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_vi


@lru_cache(maxsize=512)
def law_holidays(year: int) -> Mapping[date, tuple[str, str]]:
    """The public holidays of ``year`` by law (names in Vietnamese and English), substituted days included."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return {}
    import holidays

    vi = holidays.country_holidays("VN", years=year, language="vi")
    en = holidays.country_holidays("VN", years=year, language="en_US")
    return {day: (str(vi[day]), str(en.get(day, vi[day]))) for day in sorted(vi)}


def law_holiday(day: date) -> tuple[str, str] | None:
    return law_holidays(day.year).get(day)


class WorkingCalendar:
    """Working days: Monday to Friday, minus the law's holidays the committee does not work, minus
    the days off the committee added. Immutable; remembers the deadlines it has counted."""

    __slots__ = ("_counted", "added", "worked")

    def __init__(self, added: Mapping[date, str] | None = None, worked: Iterable[date] = ()) -> None:
        self.added: dict[date, str] = dict(added or {})  # committee days off → the name it gave
        self.worked: frozenset[date] = frozenset(worked)  # law holidays the committee works
        self._counted: dict[tuple[date, int], int] = {}

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.added:
            return False
        return day in self.worked or law_holiday(day) is None

    def calendar_days(self, start: date, working_days: int) -> int:
        """How many calendar days after ``start`` the ``working_days``-th working day falls."""
        key = (start, working_days)
        found = self._counted.get(key)
        if found is not None:
            return found
        current, remaining = start, working_days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        if len(self._counted) > 65_536:
            self._counted.clear()
        self._counted[key] = (current - start).days
        return self._counted[key]

    def add_working_days(self, start_ms: int, days: int) -> int:
        """The same local time of day ``days`` working days after ``start_ms`` (UTC milliseconds)."""
        return start_ms + self.calendar_days(local_date(start_ms), days) * DAY_MS

    def days_off(self, year: int) -> list[DayOff]:
        """The year's days off, law and committee, by date (weekends only where one is named)."""
        found: dict[date, DayOff] = {}
        for day, (vi, en) in law_holidays(year).items():
            if day not in self.worked:
                found[day] = DayOff(day, vi, en, LAW)
        for day, name in self.added.items():
            if day.year == year and day not in found:
                found[day] = DayOff(day, name, name, COMMITTEE)
        return [found[d] for d in sorted(found)]

    def worked_holidays(self, year: int) -> list[DayOff]:
        """The law's holidays of ``year`` the committee works (it removed them as days off)."""
        return [DayOff(d, vi, en, LAW) for d, (vi, en) in law_holidays(year).items()
                if d in self.worked and d not in self.added]


LAW_CALENDAR = WorkingCalendar()


@lru_cache(maxsize=64)
def _committee_calendar(changes: tuple[tuple[date, bool, str], ...]) -> WorkingCalendar:
    added = {day: name for day, off, name in changes if off}
    worked = [day for day, off, _ in changes if not off and law_holiday(day) is not None]
    return WorkingCalendar(added, worked)


def committee_calendar(changes: Iterable[tuple[date, bool, str]]) -> WorkingCalendar:
    """The calendar with the committee's changes (date, day off or not, name), one per date; the
    same changes give the same object, so its counted deadlines are reused."""
    ordered = tuple(sorted(changes))
    return LAW_CALENDAR if not ordered else _committee_calendar(ordered)
