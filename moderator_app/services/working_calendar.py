"""The working-day calendar of the committee: read it, add a day off, remove one.

The law's holidays come with the application; the committee's changes are events
(``calendar.day_off_added`` / ``calendar.day_off_removed``) that the chair or the secretary write
and sync carries, so every member's deadlines move the same way.
"""

from __future__ import annotations

from datetime import date

from moderator_app.domain.errors import UserError
from moderator_app.domain.permissions import allowed_roles
from moderator_app.domain.working_calendar import FIRST_YEAR, LAST_YEAR, DayOff, WorkingCalendar, law_holiday
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.calendar_days import load_calendar

from .workspace import Workspace

MAX_NAME = 200


def calendar_of(ws: Workspace) -> WorkingCalendar:
    """The calendar every working-day countdown of this workspace counts with."""
    with ws.db.read() as conn:
        return load_calendar(raw_connection(conn).cursor())


def days_off(ws: Workspace, year: int, lang: str | None = None) -> list[DayOff]:
    check_year(ws, year, lang)
    return calendar_of(ws).days_off(year)


def worked_holidays(ws: Workspace, year: int, lang: str | None = None) -> list[DayOff]:
    """The law's holidays of ``year`` the committee works (it removed them)."""
    check_year(ws, year, lang)
    return calendar_of(ws).worked_holidays(year)


def can_edit(ws: Workspace) -> bool:
    return ws.role() in allowed_roles("calendar.day_off_added")


def check_year(ws: Workspace, year: int, lang: str | None = None) -> None:
    """Refuse a year the calendar does not cover. ``lang`` (here and below) is kept for callers
    that still pass it: a refusal carries both languages and the reader's interface picks one."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(f"the year {year} is outside the calendar ({FIRST_YEAR}–{LAST_YEAR})",
                        vi=f"năm {year} nằm ngoài lịch ({FIRST_YEAR}–{LAST_YEAR})", code="year_outside_calendar")


def add_day_off(ws: Workspace, day: date, name: str, lang: str | None = None) -> None:
    """Make ``day`` a day off for the committee (a bridge day, or a law holiday it had worked)."""
    ws.require_role(*sorted(allowed_roles("calendar.day_off_added")), action="changing the working-day calendar")
    check_year(ws, day.year, lang)
    name = " ".join(name.split())
    shown = day.strftime("%d/%m/%Y")
    if not name:
        raise UserError(f"the day off {shown} needs a name (--name)", vi=f"ngày nghỉ {shown} cần có tên (--name)",
                        code="day_off_name_missing")
    if len(name) > MAX_NAME:
        raise UserError(f"the name is longer than {MAX_NAME} characters",
                        vi=f"tên ngày nghỉ dài quá {MAX_NAME} ký tự", code="day_off_name_too_long")
    if day.weekday() >= 5:
        raise UserError(f"{shown} is a weekend day, not a working day anyway",
                        vi=f"{shown} là ngày cuối tuần, vốn không phải ngày làm việc", code="day_off_on_weekend")
    calendar = calendar_of(ws)
    if not calendar.is_working_day(day) and calendar.added.get(day, name) == name:
        raise UserError(f"{shown} is a day off already", vi=f"{shown} đã là ngày nghỉ", code="day_off_already")
    with ws.transaction() as tx:
        tx.emit("calendar.day_off_added", day.isoformat(), {"name": name})


def remove_day_off(ws: Workspace, day: date, lang: str | None = None) -> None:
    """Make ``day`` a working day again: a day off the committee added, or a law holiday it works."""
    ws.require_role(*sorted(allowed_roles("calendar.day_off_removed")), action="changing the working-day calendar")
    check_year(ws, day.year, lang)
    shown = day.strftime("%d/%m/%Y")
    calendar = calendar_of(ws)
    if calendar.is_working_day(day) or (day.weekday() >= 5 and day not in calendar.added):
        raise UserError(f"{shown} is not a day off in the calendar", vi=f"{shown} không phải ngày nghỉ trong lịch",
                        code="not_a_day_off")
    with ws.transaction() as tx:
        tx.emit("calendar.day_off_removed", day.isoformat(), {"name": calendar.added.get(day)
                                                                or (law_holiday(day) or ("", ""))[0]})
