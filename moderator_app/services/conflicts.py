"""The conflict inbox: fields that members changed concurrently, with who wrote which value when."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from moderator_app.domain.hlc import physical_ms


@dataclass(frozen=True, slots=True)
class InboxItem:
    kind: str  # "case", "member", "decision", "takedown"...
    entity_id: str
    ref: str | None  # a case's reference (for a takedown request's answer, its case's)
    field: str
    values: tuple[Any, ...]  # distinct concurrent values, latest first


@dataclass(frozen=True, slots=True)
class Choice:
    """One of the concurrent values of a field, and the change that wrote it."""

    value: Any
    event_id: str
    author_id: str
    author_name: str
    at: int  # UTC ms (the writer's clock)
    device_id: str
    displayed: bool  # the value shown until someone resolves the conflict


def _distinct(values: list[Any]) -> tuple[Any, ...]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return tuple(out)


def inbox(conn: sqlite3.Connection) -> list[InboxItem]:
    """Every open conflict, the same list on every member (ordered by replicated values)."""
    items = []
    # A case's own fields name the case; a takedown request's answer names the case it was made for.
    rows = conn.execute(
        "SELECT f.entity_kind, f.entity_id, f.field, c.ref FROM conflicts f "
        "LEFT JOIN cases c ON c.id = CASE f.entity_kind WHEN 'case' THEN f.entity_id "
        "WHEN 'takedown' THEN f.case_id END "
        "ORDER BY f.entity_kind, coalesce(c.ref, f.entity_id), f.field"
    ).fetchall()
    for kind, entity_id, field, ref in rows:
        values = [json.loads(r[0]) for r in conn.execute(
            "SELECT value FROM field_heads WHERE entity_kind = ? AND entity_id = ? AND field = ? "
            "ORDER BY hlc DESC, device_id DESC",
            (kind, entity_id, field),
        )]
        items.append(InboxItem(kind, entity_id, ref, field, _distinct(values)))
    return items + number_clashes(conn)


def number_clashes(conn: sqlite3.Connection) -> list[InboxItem]:
    """Letters that took the same number of the register offline: one item per number, its values
    the letters' ids, until the secretary renumbers all but one (``letters renumber``)."""
    items = []
    rows = conn.execute(
        "SELECT doc_year, doc_series, doc_seq, group_concat(id, ' ') FROM (SELECT doc_year, doc_series, doc_seq, id "
        "FROM letters WHERE doc_seq IS NOT NULL UNION ALL SELECT doc_year, doc_series, doc_seq, meeting_id "
        "FROM minutes_issued ORDER BY 1, 2, 3, 4) GROUP BY doc_year, doc_series, doc_seq "
        "HAVING count(*) > 1 ORDER BY doc_year, doc_series, doc_seq").fetchall()
    for year, series, seq, ids in rows:
        letters = tuple(ids.split())
        ref = conn.execute("SELECT c.ref FROM letters l JOIN cases c ON c.id = l.case_id WHERE l.id = ?",
                           (letters[0],)).fetchone() or conn.execute(
            "SELECT title FROM meetings WHERE id = ?", (letters[0],)).fetchone()
        items.append(InboxItem("letter_number", f"{seq}/{series}/{year}", ref[0] if ref else None, "number",
                               letters))
    return items


def case_choices(conn: sqlite3.Connection, case_id: str) -> dict[str, list[Choice]]:
    """For each field of the case in conflict, its concurrent values, latest first."""
    fields = [r[0] for r in conn.execute(
        "SELECT field FROM conflicts WHERE entity_kind = 'case' AND entity_id = ? ORDER BY field", (case_id,)
    )]
    result: dict[str, list[Choice]] = {}
    for field in fields:
        rows = conn.execute(
            "SELECT h.value, h.event_id, h.hlc, h.device_id, e.author, coalesce(m.name, '') FROM field_heads h "
            "LEFT JOIN events e ON e.id = h.event_id LEFT JOIN members m ON m.id = e.author "
            "WHERE h.entity_kind = 'case' AND h.entity_id = ? AND h.field = ? ORDER BY h.hlc DESC, h.device_id DESC",
            (case_id, field),
        ).fetchall()
        result[field] = [
            Choice(json.loads(value), event_id, author or "", name, physical_ms(hlc), device, i == 0)
            for i, (value, event_id, hlc, device, author, name) in enumerate(rows)
        ]
    return result


@dataclass(frozen=True, slots=True)
class TakedownAnswer:
    """One of the answers members recorded for a takedown request without seeing each other's: the
    three fields an answer writes together, and the change that wrote them."""

    event_id: str
    result: str | None  # domain.takedowns.Result's code
    reason: str
    answered_at: int | None  # UTC ms: when the platform's answer came
    author_id: str
    author_name: str
    recorded_at: int  # UTC ms (the writer's clock)
    displayed: bool  # the answer shown until someone settles the conflict


@dataclass(frozen=True, slots=True)
class TakedownConflict:
    """A takedown request of the case whose answer is in the conflict inbox."""

    takedown_id: str
    platform: str
    sent_at: int  # UTC ms
    answers: tuple[TakedownAnswer, ...]  # latest first


def takedown_conflicts(conn: sqlite3.Connection, case_id: str) -> list[TakedownConflict]:
    """The case's takedown requests with concurrent answers, each answer whole, latest first (the
    request in the order it was sent, then by id, as every member orders them)."""
    out = []
    requests = conn.execute(
        "SELECT t.id, t.platform, t.sent_at FROM takedowns t WHERE t.case_id = ? AND t.id IN "
        "(SELECT entity_id FROM conflicts WHERE entity_kind = 'takedown' AND case_id = ?) ORDER BY t.sent_at, t.id",
        (case_id, case_id)).fetchall()
    for takedown_id, platform, sent_at in requests:
        rows = conn.execute(
            "SELECT h.field, h.value, h.event_id, h.hlc, e.author, coalesce(m.name, ''), e.payload FROM field_heads h "
            "LEFT JOIN events e ON e.id = h.event_id LEFT JOIN members m ON m.id = e.author "
            "WHERE h.entity_kind = 'takedown' AND h.entity_id = ? ORDER BY h.hlc DESC, h.device_id DESC",
            (takedown_id,)).fetchall()
        answers: dict[str, dict[str, Any]] = {}
        for field, value, event_id, hlc, author, name, payload in rows:
            answer = answers.setdefault(event_id, {"hlc": hlc, "author": author or "", "name": name, "values": {},
                                                   "payload": payload})
            answer["values"][field] = json.loads(value)
        found = []
        for i, (event_id, a) in enumerate(answers.items()):
            values = dict(a["values"])
            if len(values) < 3 and a["payload"]:  # a field another answer has since replaced: as written
                changes = json.loads(a["payload"]).get("changes", {})
                for field in ("result", "reason", "answered_at"):
                    if field not in values and field in changes:
                        values[field] = changes[field].get("to")
            answered_at = values.get("answered_at")
            found.append(TakedownAnswer(
                event_id, values.get("result"), str(values.get("reason") or ""),
                None if answered_at is None else int(answered_at), a["author"], a["name"], physical_ms(a["hlc"]),
                i == 0))
        out.append(TakedownConflict(str(takedown_id), str(platform), int(sent_at), tuple(found)))
    return out
