"""Triage actions from the review queue, on one case or many, each remembered so it can be undone.

Every action is one transaction: a bulk action on fifty cases with one shared reason changes all
fifty or none. The returned ``TriageAction`` names the events it wrote; ``undo`` writes new
events that put back what those changed (nothing is erased: history keeps both).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from moderator_app.domain.enums import Priority, Role, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.workflow import allowed_next
from moderator_app.store.projection.fields import current_heads

from .cases import UNSET, CaseChanges, CaseKey, add_note_in, find_case, merge_in, update_cases_in
from .transaction import Transaction
from .workspace import Workspace

WRITERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER)
UNDOABLE = frozenset({"case.updated", "note.added", "case.merged"})


@dataclass(frozen=True, slots=True)
class TriageAction:
    """A committed action: what it was, which cases it touched, and the events it wrote."""

    kind: str  # assign, priority, urgent, status, reject, note, merge, undo
    cases: tuple[CaseKey, ...]
    events: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.events)


def _own_events(tx: Transaction) -> tuple[str, ...]:
    return tuple(e.id for e in tx.events if e.type in UNDOABLE)


def change(ws: Workspace, refs: list[str], changes: CaseChanges, kind: str = "change") -> TriageAction:
    """Status, priority, urgency, assignee, title (and a note) on every case in ``refs``."""
    ws.require_role(*WRITERS, action="changing a case")
    with ws.transaction() as tx:
        keys = update_cases_in(tx, refs, changes)
        return TriageAction(kind, tuple(keys), _own_events(tx))


def assign(ws: Workspace, refs: list[str], member: str | None) -> TriageAction:
    """``member`` is a member id, a name, ``me``; ``None`` unassigns."""
    return change(ws, refs, CaseChanges(assignee=member if member is not None else None), "assign")


def set_priority(ws: Workspace, refs: list[str], priority: Priority) -> TriageAction:
    return change(ws, refs, CaseChanges(priority=priority), "priority")


def set_urgent(ws: Workspace, refs: list[str], urgent: bool) -> TriageAction:
    return change(ws, refs, CaseChanges(urgent=urgent), "urgent")


def toggle_urgent(ws: Workspace, refs: list[str]) -> TriageAction:
    """Mark all urgent, unless all already are: then clear the flag on all (like a toggle button)."""
    ws.require_role(*WRITERS, action="changing a case")
    with ws.transaction() as tx:
        keys = [find_case(tx, ref) for ref in refs]
        flags = [bool(tx.scalar("SELECT urgent FROM cases WHERE id = ?", (k.id,))) for k in keys]
        urgent = not (flags and all(flags))
        changed = update_cases_in(tx, [k.id for k in keys], CaseChanges(urgent=urgent))
        return TriageAction("urgent", tuple(changed), _own_events(tx))


def move(ws: Workspace, refs: list[str], status: Status, reason: str | None = None) -> TriageAction:
    """Move cases through the workflow (only allowed transitions; reject and close need a reason)."""
    kind = "reject" if status == Status.REJECTED else "status"
    return change(ws, refs, CaseChanges(status=status, reason=reason), kind)


def reject(ws: Workspace, refs: list[str], reason: str) -> TriageAction:
    if not reason.strip():
        raise UserError("say why the case is rejected: give a reason",
                        vi=f"hãy ghi lý do chuyển hồ sơ sang {Status.REJECTED.label('vi')}", code="reason_required")
    return move(ws, refs, Status.REJECTED, reason.strip())


def add_note(ws: Workspace, refs: list[str], body: str) -> TriageAction:
    """The same note on every case in ``refs``."""
    ws.require_role(*WRITERS, action="adding a note")
    with ws.transaction() as tx:
        keys = [find_case(tx, ref) for ref in refs]
        for key in keys:
            add_note_in(tx, key, body)
        return TriageAction("note", tuple(keys), _own_events(tx))


def merge(ws: Workspace, refs: list[str]) -> TriageAction:
    """Merge duplicates (``cases.merge_in`` chooses which remains); the action's first case is it."""
    ws.require_role(*WRITERS, action="merging cases")
    with ws.transaction() as tx:
        target = merge_in(tx, refs)
        others = tuple(find_case(tx, r) for r in refs)
        keys = (target, *(k for k in others if k.id != target.id))
        return TriageAction("merge", keys, _own_events(tx))


def common_next_statuses(current: list[Status]) -> list[Status]:
    """Statuses every one of the selected cases may move to (what a bulk menu offers)."""
    if not current:
        return []
    options = [s for s in allowed_next(current[0])]
    for status in current[1:]:
        allowed = set(allowed_next(status))
        options = [s for s in options if s in allowed]
    return options


# --- undo ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UndoResult:
    action: TriageAction  # the compensating action (itself a triage action)
    skipped: tuple[str, ...]  # "REF field" changed by someone since: left as they are


def undo(ws: Workspace, action: TriageAction) -> UndoResult:
    """Write the inverse of ``action`` as new events, in one transaction.

    Each field change is reversed only if the field still holds what the action wrote (its one
    current version is the action's event); a field someone changed since is left alone and
    reported. A note is tombstoned; a merge is undone by ``case.unmerged``.
    """
    ws.require_role(*WRITERS, action="undoing a change")
    if not action.events:
        raise UserError("there is nothing to undo", vi="không có gì để hoàn tác", code="nothing_to_undo")
    skipped: list[str] = []
    with ws.transaction() as tx:
        marks = ",".join("?" * len(action.events))
        rows = tx.all(
            f"SELECT id, type, entity, case_id, payload FROM events WHERE id IN ({marks}) ORDER BY num DESC",
            tuple(action.events),
        )
        if len(rows) != len(action.events):
            raise UserError("this action is no longer in the log; it cannot be undone",
                            vi="thao tác này không còn trong nhật ký nên không thể hoàn tác", code="undo_unavailable")
        touched: dict[str, CaseKey] = {}
        for event_id, type_, entity, case_id, payload_json in rows:
            payload = json.loads(payload_json)
            if type_ == "case.updated":
                _undo_update(tx, event_id, entity, payload, skipped)
            elif type_ == "note.added":
                if tx.one("SELECT 1 FROM notes WHERE id = ? AND deleted = 0", (entity,)) is not None:
                    tx.emit("note.deleted", entity, {"undoes": event_id}, case_id=case_id)
            elif type_ == "case.merged":
                target = str(payload["into"])
                if tx.scalar("SELECT merged_into FROM cases WHERE id = ?", (entity,)) == target:
                    base = current_heads(tx.proj, "case", entity, "merged_into")
                    tx.emit("case.unmerged", entity, {"from": target, "undoes": event_id, "base": base},
                            case_id=entity)
                    touched[target] = CaseKey(target, _ref(tx, target))
                else:
                    skipped.append(f"{_ref(tx, entity)} merge")
            cid = case_id or entity
            touched[cid] = CaseKey(cid, _ref(tx, cid))
        if not tx.events:
            changed = ", ".join(skipped)
            raise UserError(
                f"nothing could be undone: every change of that action has been changed again since ({changed})",
                vi=f"không hoàn tác được gì: mọi thay đổi của thao tác đó đều đã được thay đổi lại sau đó ({changed})",
                code="undo_superseded",
            )
        result = TriageAction("undo", tuple(touched.values()), _own_events(tx))
    return UndoResult(result, tuple(skipped))


def _ref(tx: Transaction, case_id: str) -> str:
    return str(tx.scalar("SELECT ref FROM cases WHERE id = ?", (case_id,)) or case_id)


def _undo_update(tx: Transaction, event_id: str, case_id: str, payload: dict[str, Any], skipped: list[str]) -> None:
    changes: dict[str, dict[str, Any]] = {}
    for fld, ch in sorted(payload.get("changes", {}).items()):
        heads = current_heads(tx.proj, "case", case_id, fld)
        if heads != [event_id]:
            skipped.append(f"{_ref(tx, case_id)} {fld}")
            continue
        changes[fld] = {"from": ch.get("to"), "to": ch.get("from"), "base": heads}
    if changes:
        tx.emit("case.updated", case_id, {"changes": changes, "undoes": event_id}, case_id=case_id)


__all__ = [
    "UNSET",
    "TriageAction",
    "UndoResult",
    "add_note",
    "assign",
    "change",
    "common_next_statuses",
    "merge",
    "move",
    "reject",
    "set_priority",
    "set_urgent",
    "toggle_urgent",
    "undo",
]
