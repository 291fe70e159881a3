"""The one write path: every event, local or from another member, goes through ``apply``.

Handlers are registered per event type by the modules below. Each runs inside the caller's
transaction on the raw sqlite3 connection (prepared statements; this is the hot path when a
hundred thousand synced events arrive). A handler must be a pure function of the current tables
and the event, and concurrent events must commute, so every member that holds the same events
ends with the same tables whatever order they arrived in (see ``fields`` for how).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from moderator_app.domain.working_calendar import WorkingCalendar
from moderator_app.store.events import Event, insert_event

Handler = Callable[["Projector", Event], None]
HANDLERS: dict[str, Handler] = {}


class UnknownEventType(Exception):
    """An event this version cannot apply (written by a newer version)."""


def handles(event_type: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        if event_type in HANDLERS:
            raise RuntimeError(f"two handlers for {event_type}")
        HANDLERS[event_type] = fn
        return fn

    return register


class Projector:
    """Applies events to the tables of one connection, inside its open transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.cur = conn.cursor()
        self.touched_cases: set[str] = set()
        self.dirty_search: set[str] = set()
        # Field heads read or written in this transaction (see ``fields._heads``).
        self.heads_cache: dict[tuple[str, str, str], list[tuple[str, int, str, str]]] = {}
        # A report's influencer → (the kept profile, its sort key); any influencer event clears it.
        self.influencer_cache: dict[str, tuple[str, str]] = {}
        # What services looked up about influencers in this transaction (a name's profile, the
        # accounts known on it); cleared with ``influencer_cache``.
        self.influencer_lookups: dict[tuple[str, ...], object] = {}
        # New cases per influencer, added to ``influencers.case_count`` in one statement each at
        # the end of the batch (or before an influencer event, which may count them itself).
        self.new_cases_of: dict[str, int] = {}
        # Cases created in this batch: they have no search document to replace yet.
        self.created_cases: set[str] = set()
        # A bulk build indexes every case once at its end (``search.index_all_cases``).
        self.defer_search = False
        # An event naming something not here is skipped (kept in the log, not applied) instead of
        # refused: set on import when a revocation explains it, and on replay (``verify``).
        self.skip_missing = False
        self.skipped: list[tuple[Event, MissingReference]] = []
        # The working-day calendar with the committee's days off (``calendar_days.calendar_of``);
        # a calendar event drops it.
        self.calendar: WorkingCalendar | None = None
        # Indicators whose number of cases a batch may have changed (``indicators.recount``).
        self.dirty_indicators: set[str] = set()

    def record(self, ev: Event, payload_json: str | None = None) -> None:
        """Append ``ev`` to the log and apply it: the only way anything is written.

        ``payload_json`` is the payload's canonical JSON when the caller already has it (sync)."""
        insert_event(self.cur, ev, payload_json)
        self.apply(ev)

    def apply(self, ev: Event) -> None:
        handler = HANDLERS.get(ev.type)
        if handler is None:
            raise UnknownEventType(f"event {ev.id} has a type this version does not know: {ev.type}")
        check_event(ev)
        try:
            check_references(self, ev)
        except MissingReference as missing:
            if not self.skip_missing:
                raise
            self.skipped.append((ev, missing))
            return
        if ev.type.startswith("influencer."):
            self.flush_case_counts()
            self.influencer_cache.clear()
            self.influencer_lookups.clear()
        handler(self, ev)
        if ev.case_id is not None:
            self.touched_cases.add(ev.case_id)

    def finish(self) -> None:
        """Work deferred to the end of a batch (case counts, search documents); call before commit."""
        self.heads_cache.clear()
        self.influencer_cache.clear()
        self.influencer_lookups.clear()
        self.flush_case_counts()
        if self.dirty_indicators:
            from .indicators import recount

            recount(self)
        if self.dirty_search and not self.defer_search:
            from .search import reindex

            reindex(self, self.dirty_search, self.created_cases)
        self.dirty_search.clear()
        self.created_cases.clear()

    def flush_case_counts(self) -> None:
        if self.new_cases_of:
            self.cur.executemany("UPDATE influencers SET case_count = case_count + ? WHERE id = ?",
                                 [(n, influencer) for influencer, n in sorted(self.new_cases_of.items())])
            self.new_cases_of.clear()

    def one(self, sql: str, params: tuple[object, ...] = ()) -> tuple | None:  # type: ignore[type-arg]
        return self.cur.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: tuple[object, ...] = ()) -> object:
        row = self.cur.execute(sql, params).fetchone()
        return None if row is None else row[0]


# Handlers register themselves on import.
from . import (  # noqa: E402, F401
    calendar_days,
    cases,
    corrections,
    evidence,
    indicators,
    influencers,
    letters,
    meetings,
    privacy,
    roster,
    takedowns,
)
from .references import check_references  # noqa: E402
from .schema import InvalidEvent, MissingReference, check_event  # noqa: E402, F401
