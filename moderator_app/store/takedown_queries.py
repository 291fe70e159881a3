"""Reading takedown requests, their re-checks, and what they are linked to."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from moderator_app.domain.hlc import physical_ms

MIN_PREFIX = 4  # the shortest beginning of an id that names a request


@dataclass(frozen=True, slots=True)
class RecheckRow:
    id: str
    at: int
    still_up: bool
    evidence_id: str | None
    checked_by: str


@dataclass(frozen=True, slots=True)
class TakedownRow:
    id: str
    case_id: str
    ref: str
    platform: str
    urls: tuple[str, ...]
    via: str
    sent_at: int
    due_at: int
    urgent: bool
    letter_id: str | None
    requested_by: str
    result: str | None
    reason: str
    answered_at: int | None
    answered_by: str | None
    rechecks: tuple[RecheckRow, ...]
    conflicted: bool  # members recorded different answers at once: the conflict inbox holds it


_COLUMNS = ("t.id, t.case_id, c.ref, t.platform, t.urls, t.via, t.sent_at, t.due_at, t.urgent, t.letter_id, "
            "t.requested_by, t.result, t.reason, t.answered_at, t.answered_by")


def takedowns(conn: sqlite3.Connection, *, platform: str | None = None, case_id: str | None = None,
              ids: list[str] | None = None) -> list[TakedownRow]:
    """Requests, the latest sent first (then by id, as every member orders them), with their re-checks."""
    clauses, params = [], []
    if platform is not None:
        clauses.append("t.platform = ?")
        params.append(platform)
    if case_id is not None:
        clauses.append("t.case_id = ?")
        params.append(case_id)
    if ids is not None:
        clauses.append(f"t.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM takedowns t JOIN cases c ON c.id = t.case_id{where} "
                        "ORDER BY t.sent_at DESC, t.id", params).fetchall()
    if not rows:
        return []
    found = [r[0] for r in rows]
    checks: dict[str, list[RecheckRow]] = {}
    conflicted: set[str] = set()
    # Every request (the queue's views, the list): every re-check and conflict in one read each;
    # a few requests: theirs, by id.
    parts = [found[start:start + 500] for start in range(0, len(found), 500)] if clauses else [None]
    for part in parts:
        match = "" if part is None else f" AND takedown_id IN ({','.join('?' * len(part))})"
        for r in conn.execute(
                "SELECT takedown_id, id, at, still_up, evidence_id, checked_by FROM takedown_rechecks "
                f"WHERE 1{match} ORDER BY at, id", part or ()):
            checks.setdefault(r[0], []).append(RecheckRow(r[1], int(r[2]), bool(r[3]), r[4], r[5]))
        match = "" if part is None else f" AND entity_id IN ({','.join('?' * len(part))})"
        conflicted.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT entity_id FROM conflicts WHERE entity_kind = 'takedown'{match}", part or ()))
    return [
        TakedownRow(r[0], r[1], r[2], r[3], tuple(json.loads(r[4] or "[]")), r[5], int(r[6]), int(r[7]), bool(r[8]),
                    r[9], r[10], r[11], r[12] or "", None if r[13] is None else int(r[13]), r[14],
                    tuple(checks.get(r[0], ())), r[0] in conflicted)
        for r in rows
    ]


def find_takedown_ids(conn: sqlite3.Connection, text: str, limit: int = 2) -> list[str]:
    """Request ids equal to ``text`` or starting with it (at least ``MIN_PREFIX`` characters)."""
    key = text.strip().lower()
    exact = conn.execute("SELECT id FROM takedowns WHERE id = ?", (key,)).fetchone()
    if exact is not None:
        return [exact[0]]
    if len(key) < MIN_PREFIX:
        return []
    return [r[0] for r in conn.execute(
        "SELECT id FROM takedowns WHERE id >= ? AND id < ? ORDER BY id LIMIT ?", (key, key + "\uffff", limit))]


def urgent_history(conn: sqlite3.Connection, case_id: str) -> tuple[bool, list[tuple[int, bool]]]:
    """The case's urgent flag when it was opened, and each later change (UTC ms, value) in the
    order members made them: what the deadline of a request sent in the past is counted from."""
    first = conn.execute(
        "SELECT json_extract(payload, '$.new_case.urgent') FROM events WHERE case_id = ? AND type = 'report.filed' "
        "AND json_extract(payload, '$.new_case') IS NOT NULL ORDER BY hlc, device_id LIMIT 1", (case_id,)).fetchone()
    changes = [(physical_ms(int(hlc)), bool(value)) for hlc, value in conn.execute(
        "SELECT hlc, json_extract(payload, '$.changes.urgent.to') FROM events WHERE case_id = ? "
        "AND type = 'case.updated' AND json_extract(payload, '$.changes.urgent') IS NOT NULL ORDER BY hlc, device_id",
        (case_id,))]
    return bool(first[0]) if first is not None and first[0] is not None else False, changes


def takedown_letters(conn: sqlite3.Connection, case_id: str) -> list[tuple[str, int, str]]:
    """The case's takedown letters no request is linked to yet: (id, sent_at, the platform placeholder's
    value), the latest first."""
    return [(r[0], int(r[1]), str(r[2] or "")) for r in conn.execute(
        "SELECT l.id, l.sent_at, json_extract(l.placeholders, '$.platform') FROM letters l WHERE l.case_id = ? "
        "AND l.kind = 'takedown' AND NOT EXISTS (SELECT 1 FROM takedowns t WHERE t.letter_id = l.id) "
        "ORDER BY l.sent_at DESC, l.id", (case_id,))]


def report_urls(conn: sqlite3.Connection, case_id: str, platform: str) -> list[str]:
    """The addresses the case's reports give for content on ``platform``, in the order they came."""
    return [r[0] for r in conn.execute(
        "SELECT url FROM reports WHERE case_id = ? AND platform = ? AND url IS NOT NULL AND url != '' "
        "ORDER BY received_at, id", (case_id, platform))]


@dataclass(frozen=True, slots=True)
class LetterRef:
    """A takedown letter as a request names it: its number in the register, its day, its PDF."""

    id: str
    case_id: str
    sent_at: int
    series: str | None  # None with ``seq``: a letter written before the register numbered them
    seq: int | None
    evidence_id: str | None  # the PDF, attached to the case
    platform: str  # the letter's platform placeholder, as written in it


def letter_refs(conn: sqlite3.Connection, ids: list[str]) -> dict[str, LetterRef]:
    """The letters ``ids`` name, by id (those that are not letters are left out)."""
    out: dict[str, LetterRef] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        marks = ",".join("?" * len(part))
        for r in conn.execute(
                "SELECT id, case_id, sent_at, doc_series, doc_seq, evidence_id, "
                f"json_extract(placeholders, '$.platform') FROM letters WHERE id IN ({marks})", part):
            out[r[0]] = LetterRef(r[0], r[1], int(r[2]), r[3], None if r[4] is None else int(r[4]), r[5],
                                  str(r[6] or ""))
    return out
