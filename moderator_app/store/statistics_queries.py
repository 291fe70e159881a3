"""Read side of the statistics: counts grouped in SQL, and the per-case facts of the deadlines.

Days are Vietnam's calendar days (``domain.clock``: UTC+7, no daylight saving, whatever the
computer's own zone; SQLite's ``'unixepoch'`` is UTC, never ``'localtime'``), computed in SQL so
a quarter of a large workspace comes back as a few thousand grouped rows rather than every report. Only
cases that are not merged into another count as cases (a merged case's reports live on in the
case it joined).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from moderator_app.domain.clock import VN_OFFSET_MS
from moderator_app.domain.platform_record import TakedownFacts
from moderator_app.domain.takedowns import REMOVALS, Recheck

LOCAL_DAY = f"date(({{col}} + {VN_OFFSET_MS}) / 1000, 'unixepoch')"
CLOSED = ("closed", "rejected")
BEFORE_TRIAGE = ("received", "triage")
STATUS_EVENTS = ("case.updated", "decision.recorded", "decision.appealed")


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    category: str
    platform: str
    count: int


def _day_counts(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> list[DayCount]:
    return [DayCount(date.fromisoformat(r[0]), r[1], r[2], r[3]) for r in conn.execute(sql, params)]


def reports_by_day(conn: sqlite3.Connection, start_ms: int, end_ms: int) -> list[DayCount]:
    """Reports received in [start, end), by local day, category and platform."""
    day = LOCAL_DAY.format(col="received_at")
    return _day_counts(
        conn,
        f"SELECT {day} AS d, category, platform, count(*) FROM reports WHERE received_at >= ? AND received_at < ? "
        "GROUP BY d, category, platform",
        (start_ms, end_ms),
    )


def cases_by_day(conn: sqlite3.Connection, start_ms: int, end_ms: int) -> list[DayCount]:
    """Cases opened in [start, end) and not merged into another, by local day, category and platform."""
    day = LOCAL_DAY.format(col="opened_at")
    return _day_counts(
        conn,
        f"SELECT {day} AS d, category, platform, count(*) FROM cases WHERE opened_at >= ? AND opened_at < ? "
        "AND merged_into IS NULL GROUP BY d, category, platform",
        (start_ms, end_ms),
    )


@dataclass(frozen=True, slots=True)
class TriageFacts:
    case_id: str
    opened_at: int
    triaged_at: int | None  # the first move to a status after triage (UTC ms), if any


def triage_facts(conn: sqlite3.Connection, start_ms: int, end_ms: int) -> list[TriageFacts]:
    """For each case opened in [start, end): when it first left ``received``/``triage``.

    That is the earliest event (by its clock stamp, the same on every member) that set the
    status to anything else; a case opened in a later status left them when it opened.
    """
    kinds = ",".join("?" * len(STATUS_EVENTS))
    rows = conn.execute(
        "SELECT c.id, c.opened_at, "
        f"(SELECT min(e.hlc) FROM events e WHERE e.case_id = c.id AND e.type IN ({kinds}) "
        "  AND json_extract(e.payload, '$.changes.status.to') NOT IN (?, ?)), "
        "(SELECT json_extract(e.payload, '$.new_case.status') FROM events e WHERE e.case_id = c.id "
        "  AND e.type = 'report.filed' AND json_extract(e.payload, '$.new_case') IS NOT NULL ORDER BY e.hlc LIMIT 1) "
        "FROM cases c WHERE c.opened_at >= ? AND c.opened_at < ? AND c.merged_into IS NULL ORDER BY c.id",
        (*STATUS_EVENTS, *BEFORE_TRIAGE, start_ms, end_ms),
    ).fetchall()
    out = []
    for case_id, opened_at, first_hlc, initial in rows:
        if initial is not None and initial not in BEFORE_TRIAGE:
            triaged = opened_at
        else:
            triaged = None if first_hlc is None else int(first_hlc) >> 16
        out.append(TriageFacts(case_id, opened_at, triaged))
    return out


@dataclass(frozen=True, slots=True)
class UrgentFacts:
    case_id: str
    urgent_since: int  # when the case first became urgent (UTC ms)
    takedown_at: int | None  # the first takedown request sent about it


def urgent_facts(conn: sqlite3.Connection, start_ms: int, end_ms: int) -> list[UrgentFacts]:
    """Cases that first became urgent in [start, end), with their first takedown request: a takedown
    letter sent or a request recorded (sent by e-mail or through a platform's form), whichever came first.

    A case opened urgent became so when it opened; otherwise at the earliest change that set
    its urgent flag. Clearing the flag later does not take the case out: the request was due.
    Payloads are canonical JSON (``store.events.canonical_json``), so a plain substring test
    skips the events that cannot match before any JSON is parsed.
    """
    # Only cases active in the period can have become urgent in it: their events are found by
    # the (case, time) index instead of scanning the whole log.
    rows = conn.execute(
        "WITH candidates AS (SELECT id, opened_at, created_event FROM cases "
        "  WHERE merged_into IS NULL AND opened_at < ? AND last_activity_at >= ?), "
        "starts AS (SELECT case_id, min(at) AS since FROM ("
        "  SELECT c.id AS case_id, c.opened_at AS at FROM candidates c JOIN events e ON e.id = c.created_event "
        "   WHERE instr(e.payload, '\"urgent\":true') > 0 AND json_extract(e.payload, '$.new_case.urgent') = 1 "
        "  UNION ALL "
        "  SELECT e.case_id, e.hlc >> 16 FROM candidates c JOIN events e ON e.case_id = c.id "
        "   WHERE e.type = 'case.updated' AND instr(e.payload, '\"urgent\":{') > 0 "
        "   AND json_extract(e.payload, '$.changes.urgent.to') = 1"
        ") GROUP BY case_id) "
        "SELECT s.case_id, s.since, "
        "(SELECT min(at) FROM (SELECT l.sent_at AS at FROM letters l WHERE l.case_id = s.case_id "
        "  AND l.kind = 'takedown' UNION ALL SELECT t.sent_at FROM takedowns t WHERE t.case_id = s.case_id)) "
        "FROM starts s WHERE s.since >= ? AND s.since < ? ORDER BY s.case_id",
        (end_ms, start_ms, start_ms, end_ms),
    ).fetchall()
    return [UrgentFacts(r[0], int(r[1]), r[2]) for r in rows]


def overdue_now(conn: sqlite3.Connection, now_ms: int) -> list[tuple[str, int]]:
    """Open cases whose current deadline (the queue's SLA countdown) has passed, by SLA step."""
    return [
        (r[0], r[1]) for r in conn.execute(
            "SELECT sla_kind, count(*) FROM cases WHERE merged_into IS NULL AND status NOT IN (?, ?) "
            "AND sla_due_at IS NOT NULL AND sla_due_at < ? GROUP BY sla_kind ORDER BY sla_kind",
            (*CLOSED, now_ms),
        )
    ]


def outcomes_in_force(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[str, int]]:
    """Decisions dated in [start, end] that are in force: not amended, not ruled on again on appeal."""
    return [
        (r[0], r[1]) for r in conn.execute(
            "SELECT d.outcome, count(*) FROM decisions d WHERE d.decided_on >= ? AND d.decided_on <= ? "
            "AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.amends = d.id) "
            "AND NOT EXISTS (SELECT 1 FROM decisions y WHERE y.appeal_of = d.id) "
            "GROUP BY d.outcome ORDER BY d.outcome",
            (start.isoformat(), end.isoformat()),
        )
    ]


def letters_sent(conn: sqlite3.Connection, start_ms: int, end_ms: int) -> list[tuple[str, int]]:
    return [
        (r[0], r[1]) for r in conn.execute(
            "SELECT kind, count(*) FROM letters WHERE sent_at >= ? AND sent_at < ? GROUP BY kind ORDER BY kind",
            (start_ms, end_ms),
        )
    ]


def takedown_facts(conn: sqlite3.Connection, start_ms: int, end_ms: int) -> list[TakedownFacts]:
    """Takedown requests sent in [start, end), with the re-checks of those the platform removed
    (whole or partly): what the platforms' record counts (``domain.platform_record``).

    Read through the (platform, sent) index, a range per platform (the platforms found by
    skipping through the same index, so a code a newer version wrote is read too), and the
    re-checks through their (request, time) index."""
    platforms = ("WITH RECURSIVE platforms(code) AS (SELECT min(platform) FROM takedowns UNION ALL "
                 "SELECT (SELECT min(platform) FROM takedowns WHERE platform > code) FROM platforms "
                 "WHERE code IS NOT NULL) ")
    within = "t.platform IN (SELECT code FROM platforms) AND t.sent_at >= ? AND t.sent_at < ?"
    rows = conn.execute(
        f"{platforms}SELECT t.id, t.platform, t.sent_at, t.due_at, t.result, t.answered_at FROM takedowns t "
        f"WHERE {within} ORDER BY t.sent_at, t.id",
        (start_ms, end_ms),
    ).fetchall()
    checks: dict[str, list[Recheck]] = {}
    for takedown_id, at, still_up in conn.execute(
            f"{platforms}SELECT r.takedown_id, r.at, r.still_up FROM takedowns t "
            f"JOIN takedown_rechecks r ON r.takedown_id = t.id WHERE {within} AND +t.result IN (?, ?) "
            "ORDER BY r.takedown_id, r.at, r.id",
            (start_ms, end_ms, *sorted(r.value for r in REMOVALS))):
        checks.setdefault(takedown_id, []).append(Recheck(int(at), bool(still_up)))
    return [TakedownFacts(r[1], int(r[2]), int(r[3]), r[4], None if r[5] is None else int(r[5]),
                          tuple(checks.get(r[0], ()))) for r in rows]
