"""Meetings: agenda, attendance, and decisions that move cases to ``decided``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from moderator_app.domain.enums import Outcome, Role, Status
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.domain.workflow import check_transition
from moderator_app.store.projection.fields import current_heads

from .cases import CaseKey, find_case
from .transaction import Transaction
from .workspace import Workspace

ATTENDANCE = ("present", "absent", "excused")
ORGANISERS = (Role.CHAIR, Role.SECRETARY)
MAX_RATIONALE = 20_000


@dataclass(frozen=True, slots=True)
class FollowUpInput:
    action: str
    owner: str | None = None  # member id
    due_on: date | None = None


def find_meeting(tx: Transaction, text: str) -> str:
    row = tx.one("SELECT id FROM meetings WHERE id = ?", (text.strip().lower(),))
    if row is None:
        raise NotFound(f"no meeting {text.strip()!r}; see `meeting list`")
    return str(row[0])


def create_meeting_in(
    tx: Transaction, title: str, day: date, place: str = "", chair: str | None = None, secretary: str | None = None
) -> str:
    title = " ".join(title.split())
    if not title:
        raise UserError("a meeting needs a title")
    meeting_id = tx.new_id()
    tx.emit(
        "meeting.created",
        meeting_id,
        {"title": title, "date": day.isoformat(), "place": place, "chair": chair, "secretary": secretary},
    )
    return meeting_id


def create_meeting(ws: Workspace, title: str, day: date, place: str = "") -> str:
    ws.require_role(*ORGANISERS, action="creating a meeting")
    with ws.transaction() as tx:
        return create_meeting_in(tx, title, day, place, chair=ws.identity.member_id)


def _require_open(tx: Transaction, meeting_id: str) -> None:
    if tx.scalar("SELECT finalized FROM meetings WHERE id = ?", (meeting_id,)):
        raise NotAllowed("the meeting is finalized; its decisions can only be amended")


def add_to_agenda_in(tx: Transaction, meeting_id: str, key: CaseKey, recommendation: str = "") -> str:
    """Put a case on the agenda; a case ready for decision moves to ``scheduled``."""
    _require_open(tx, meeting_id)
    if tx.one(
        "SELECT 1 FROM agenda_items WHERE meeting_id = ? AND case_id = ? AND removed = 0", (meeting_id, key.id)
    ):
        raise UserError(f"{key.ref} is already on this meeting's agenda")
    status = Status(tx.scalar("SELECT status FROM cases WHERE id = ?", (key.id,)))
    if status != Status.SCHEDULED:
        check_transition(status, Status.SCHEDULED)
    position = int(tx.scalar("SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?",
                             (meeting_id,)))
    item_id = tx.new_id()
    tx.emit(
        "agenda.added",
        item_id,
        {"meeting": meeting_id, "position": position, "kind": "case", "recommendation": recommendation},
        case_id=key.id,
    )
    if status != Status.SCHEDULED:
        tx.emit(
            "case.updated",
            key.id,
            {"changes": {"status": {"from": status.value, "to": Status.SCHEDULED.value,
                                    "base": current_heads(tx.proj, "case", key.id, "status")}}},
            case_id=key.id,
        )
    return item_id


def set_attendance_in(tx: Transaction, meeting_id: str, member_id: str, status: str) -> None:
    if status not in ATTENDANCE:
        raise UserError(f"attendance is one of {', '.join(ATTENDANCE)}")
    _require_open(tx, meeting_id)
    tx.emit("attendance.set", meeting_id, {"member": member_id, "status": status})


def record_decision_in(
    tx: Transaction,
    meeting_id: str,
    key: CaseKey,
    outcome: Outcome,
    rationale: str,
    votes: dict[str, int] | None = None,
    published: bool = False,
    follow_ups: list[FollowUpInput] | None = None,
) -> str:
    _require_open(tx, meeting_id)
    rationale = rationale.strip()
    if not rationale:
        raise UserError("a decision needs its rationale")
    if len(rationale) > MAX_RATIONALE:
        raise UserError(f"the rationale is longer than {MAX_RATIONALE} characters")
    row = tx.one("SELECT status, decision_id, influencer_id, category FROM cases WHERE id = ?", (key.id,))
    assert row is not None
    status = Status(row[0])
    check_transition(status, Status.DECIDED, by_decision=True)
    decision_id = tx.new_id()
    payload: dict[str, Any] = {
        "meeting": meeting_id,
        "influencer": row[2],
        "category": row[3],
        "outcome": outcome.value,
        "rationale": rationale,
        "votes": {k: int(v) for k, v in (votes or {}).items()},
        "published": published,
        "follow_ups": [
            {
                "id": tx.new_id(),
                "action": f.action,
                "owner": f.owner,
                "due_on": f.due_on.isoformat() if f.due_on else None,
            }
            for f in follow_ups or []
        ],
        "changes": {
            "decision": {"from": row[1], "to": decision_id,
                         "base": current_heads(tx.proj, "case", key.id, "decision")},
            "status": {"from": status.value, "to": Status.DECIDED.value,
                       "base": current_heads(tx.proj, "case", key.id, "status")},
        },
    }
    tx.emit("decision.recorded", decision_id, payload, case_id=key.id)
    return decision_id


def record_decision(
    ws: Workspace, meeting: str, ref: str, outcome: Outcome, rationale: str,
    votes: dict[str, int] | None = None, published: bool = False,
) -> str:
    ws.require_role(*ORGANISERS, action="recording a decision")
    with ws.transaction() as tx:
        return record_decision_in(tx, find_meeting(tx, meeting), find_case(tx, ref), outcome, rationale,
                                  votes, published)


def finalize_in(tx: Transaction, meeting_id: str) -> None:
    _require_open(tx, meeting_id)
    tx.emit("meeting.finalized", meeting_id, {})
