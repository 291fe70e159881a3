"""The committee's days off: how its calendar events change the table and the deadlines.

One row per date holds the committee's latest word on it (a day off added, or removed); the
event with the later HLC wins whatever order the events arrive in, so every member ends with the
same calendar. When the word on a date changes, the open cases whose working-day deadline
counted across that date get it recomputed, and only those: a deadline falling before the date
did not count it, and a case opened after it does not either.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import TYPE_CHECKING

from moderator_app.domain.clock import ms_from_date
from moderator_app.domain.enums import Status
from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.sla import NO_DEADLINE_SORT, WORKING_DAY_KINDS, current_sla, sla_sort_key
from moderator_app.domain.working_calendar import WorkingCalendar, committee_calendar

from . import handles

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


def load_calendar(cur: sqlite3.Cursor) -> WorkingCalendar:
    """The working-day calendar with the committee's changes held in ``cur``'s database."""
    rows = cur.execute("SELECT day, off, name FROM calendar_days").fetchall()
    return committee_calendar((date.fromisoformat(d), bool(off), name or "") for d, off, name in rows)


def calendar_of(proj: Projector) -> WorkingCalendar:
    """The projection's calendar, read once per batch (a calendar event drops it)."""
    if proj.calendar is None:
        proj.calendar = load_calendar(proj.cur)
    return proj.calendar


def refresh_working_day_deadlines(cur: sqlite3.Cursor, around: date | None = None,
                                  calendar: WorkingCalendar | None = None) -> int:
    """Recompute the working-day deadlines of open cases (those counting across ``around``, or all);
    returns how many were looked at. The cases' sort index on ``sla_sort`` finds them."""
    kinds = sorted(WORKING_DAY_KINDS)
    where = f"sla_sort < ? AND sla_kind IN ({','.join('?' * len(kinds))})"
    params: list[object] = [NO_DEADLINE_SORT, *kinds]
    if around is not None:
        # due on or after the date (a working-day deadline is after the opening, so sla_sort is
        # the deadline), and opened before the next day: both are needed to count across it
        where += " AND sla_sort >= ? AND opened_at < ?"
        params += [ms_from_date(around), ms_from_date(around + timedelta(days=1))]
    return refresh_deadlines(cur, where, params, calendar)


def refresh_deadlines(cur: sqlite3.Cursor, where: str, params: list[object],
                      calendar: WorkingCalendar | None = None) -> int:
    """Recompute the countdown of the cases ``where`` selects; returns how many were looked at."""
    calendar = calendar or load_calendar(cur)
    # Migration 0005 runs this on a table that has no track yet (0008 adds it), and migrations
    # before 0011 on a store with no takedown requests: NULL and 0 stand in.
    tracked = any(r[1] == "track" for r in cur.execute("PRAGMA table_info(cases)"))
    track_columns = "track, track_since" if tracked else "NULL, NULL"
    requested = ("EXISTS (SELECT 1 FROM takedowns t WHERE t.case_id = cases.id)"
                 if cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'takedowns'").fetchone() else "0")
    rows = cur.execute(f"SELECT id, status, opened_at, status_since, urgent, urgent_since, {track_columns}, "
                       f"{requested} FROM cases WHERE {where}", params).fetchall()
    updates = []
    for case_id, status, opened_at, status_since, urgent, urgent_since, track, track_since, asked in rows:
        sla = current_sla(Status(status), opened_ms=opened_at, status_since_ms=status_since, urgent=bool(urgent),
                          urgent_since_ms=urgent_since, calendar=calendar, track=track, track_since_ms=track_since,
                          removal_requested=bool(asked))
        updates.append((sla.target.code if sla.target else None, sla.due_ms, sla_sort_key(sla.due_ms, opened_at),
                        case_id))
    cur.executemany("UPDATE cases SET sla_kind = ?, sla_due_at = ?, sla_sort = ? WHERE id = ?", updates)
    return len(rows)


def _set_day(proj: Projector, ev: Event, off: bool) -> None:
    held = proj.one("SELECT hlc, event_id, off FROM calendar_days WHERE day = ?", (ev.entity,))
    if held is not None and (int(held[0]), str(held[1])) >= (int(ev.hlc), ev.id):
        return  # a later word on this date is here already
    proj.cur.execute(
        "INSERT INTO calendar_days (day, off, name, hlc, event_id, changed_by, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET off = excluded.off, name = excluded.name, "
        "hlc = excluded.hlc, event_id = excluded.event_id, changed_by = excluded.changed_by, "
        "changed_at = excluded.changed_at",
        (ev.entity, off, str(ev.payload.get("name") or ""), ev.hlc, ev.id, ev.author, physical_ms(ev.hlc)),
    )
    proj.calendar = None
    if held is None or bool(held[2]) != off:
        refresh_working_day_deadlines(proj.cur, date.fromisoformat(ev.entity), calendar_of(proj))


@handles("calendar.day_off_added")
def day_off_added(proj: Projector, ev: Event) -> None:
    _set_day(proj, ev, True)


@handles("calendar.day_off_removed")
def day_off_removed(proj: Projector, ev: Event) -> None:
    _set_day(proj, ev, False)
