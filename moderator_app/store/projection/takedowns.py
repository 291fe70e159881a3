"""Takedown requests, their answers and re-checks.

A request is an add-only row keyed by its event's entity, on the case it was made for (a later
merge does not move it, as for letters). The answer is three fields merged per field
(``fields.apply_changes``): the last writer wins, and two members who answered at once without
seeing each other's answer put the request in the conflict inbox. Re-checks are add-only rows.
Whatever order the events arrive in, every member ends with the same rows.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator_app.domain.hlc import physical_ms

from . import handles
from .cases import refresh_derived, touch
from .fields import apply_changes
from .schema import InvalidEvent

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


@handles("takedown.requested")
def requested(proj: Projector, ev: Event) -> None:
    p = ev.payload
    assert ev.case_id is not None, "takedown.requested names its case"
    sent, due = int(p["sent_at"]), int(p["due_at"])
    if due < sent:
        raise InvalidEvent(ev.id, ev.type, "payload.due_at", "is before sent_at", "ở trước sent_at")
    proj.cur.execute(
        "INSERT INTO takedowns (id, case_id, platform, urls, via, sent_at, due_at, urgent, letter_id, requested_by, "
        "result, reason, answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', NULL, NULL)",
        (ev.entity, ev.case_id, p["platform"], json.dumps(list(p["urls"]), ensure_ascii=False), p["via"], sent, due,
         bool(p["urgent"]), p.get("letter"), ev.author),
    )
    touch(proj, ev.case_id, physical_ms(ev.hlc))
    refresh_derived(proj, ev.case_id)  # the case's removal countdown is met


def _case_of(proj: Projector, ev: Event, takedown_id: str) -> str:
    """The request's case, which the event must name (its history is the case's)."""
    row = proj.one("SELECT case_id FROM takedowns WHERE id = ?", (takedown_id,))
    assert row is not None, "the references check found the request"
    if row[0] != ev.case_id:
        raise InvalidEvent(ev.id, ev.type, "case", f"is {ev.case_id}, not the request's case {row[0]}",
                           f"là {ev.case_id}, không phải hồ sơ của đề nghị {row[0]}")
    return str(row[0])


@handles("takedown.answered")
def answered(proj: Projector, ev: Event) -> None:
    case_id = _case_of(proj, ev, ev.entity)
    columns: dict[str, Any] = {}
    winners = apply_changes(proj, "takedown", ev.entity, ev, ev.payload["changes"], case_id=case_id, columns=columns)
    if "result" in winners:
        columns["answered_by"] = ev.author  # who recorded the answer shown
    if columns:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        proj.cur.execute(f"UPDATE takedowns SET {assignments} WHERE id = ?", (*columns.values(), ev.entity))
    touch(proj, case_id, physical_ms(ev.hlc))


@handles("takedown.rechecked")
def rechecked(proj: Projector, ev: Event) -> None:
    p = ev.payload
    takedown_id = str(p["takedown"])
    case_id = _case_of(proj, ev, takedown_id)
    proj.cur.execute(
        "INSERT INTO takedown_rechecks (id, takedown_id, case_id, at, still_up, evidence_id, checked_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ev.entity, takedown_id, case_id, int(p["at"]), bool(p["still_up"]), p.get("evidence"), ev.author),
    )
    touch(proj, case_id, physical_ms(ev.hlc))
