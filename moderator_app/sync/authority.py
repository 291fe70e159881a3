"""Who may author what, judged as the author knew it when writing.

An imported event is checked against ``domain.permissions`` with its author's role *in the
author's causal past*: the roster events the author's device had applied (the bundle's
dependency vector, plus the device's own earlier events). That makes the verdict the same on
every member whatever order bundles arrive in: a member demoted while offline keeps the
changes they made before they learned of it, and a change their role never allowed is refused
everywhere, not merely hidden. The role is computed with the same rules as the projection
(``store/projection/fields.py`` and ``roster.py``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from moderator_app.domain.enums import Role
from moderator_app.domain.permissions import allowed_roles, allowed_roles_of, role_names
from moderator_app.store.events import Event

from .errors import Refused
from .root import Root

ROSTER_TYPES = ("roster.founded", "member.added", "member.updated", "member.revoked")
CREATING = ("roster.founded", "member.added")


@dataclass(frozen=True, slots=True)
class RosterFact:
    id: str
    device: str
    seq: int
    hlc: int
    type: str
    payload: dict[str, Any]


@lru_cache(maxsize=512)
def _allowed(event_type: str) -> frozenset[Role]:
    return allowed_roles(event_type)


def _field_value(facts: list[RosterFact], field: str, initial: Any) -> Any:
    """Last writer wins among the field's heads (updates no other update had seen)."""
    updates = [f for f in facts if f.type == "member.updated" and field in f.payload.get("changes", {})]
    if not updates:
        return initial
    seen = {str(b) for f in updates for b in f.payload["changes"][field].get("base", [])}
    heads = [f for f in updates if f.id not in seen] or updates
    return max(heads, key=lambda f: (f.hlc, f.device)).payload["changes"][field].get("to")


def role_from(facts: list[RosterFact]) -> Role | None:
    """A member's role given the roster events known; ``None`` for a non-member or a revoked one."""
    creations = [f for f in facts if f.type in CREATING]
    if not creations or any(f.type == "member.revoked" for f in facts):
        return None
    first = min(creations, key=lambda f: (f.hlc, f.device))
    initial = first.payload["member"]["role"] if first.type == "roster.founded" else first.payload.get("role")
    role = _field_value(facts, "role", initial)
    active = _field_value(facts, "active", True)
    try:
        return Role(role) if active else Role.OBSERVER
    except ValueError:
        return None


class Authority:
    """Checks imported events against the roster their authors knew."""

    def __init__(self, conn: sqlite3.Connection, root: Root, past: Mapping[str, int]) -> None:
        self.conn = conn
        self.root = root
        self.past = past  # the bundle's dependency vector (its own device is added per event)
        self._facts: dict[str, list[RosterFact]] = {}
        self._roles: dict[str, Role | None] = {}

    def forget(self, member_id: str) -> None:
        self._facts.pop(member_id, None)
        self._roles.pop(member_id, None)

    def _load(self, member_id: str) -> list[RosterFact]:
        facts = self._facts.get(member_id)
        if facts is None:
            rows = self.conn.execute(
                f"SELECT id, device_id, seq, hlc, type, payload FROM events WHERE entity = ? "
                f"AND type IN ({','.join('?' * len(ROSTER_TYPES))})",
                (member_id, *ROSTER_TYPES),
            ).fetchall()
            facts = [RosterFact(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]
            self._facts[member_id] = facts
        return facts

    def role(self, member_id: str, device_id: str) -> Role | None:
        """The member's role as known to ``device_id`` when it wrote its next event.

        What that device knew of others is the dependency vector; of its own events, every one
        already applied (they come in order). So the answer only changes when a roster event
        about the member is applied, and is cached until then.
        """
        if member_id not in self._roles:
            known = [f for f in self._load(member_id)
                     if f.device == device_id or f.seq <= self.past.get(f.device, 0)]
            self._roles[member_id] = role_from(known)
        return self._roles[member_id]

    def refusal(self, ev: Event, device_member: str) -> Refused | None:
        """Why ``ev`` must be refused, or ``None`` if its author was allowed to write it."""
        if ev.type == "roster.founded":
            p = ev.payload
            founder = (
                ev.device_id == self.root.chair_device
                and ev.seq == 1
                and ev.author == self.root.chair_member
                and isinstance(p.get("member"), dict) and p["member"].get("id") == self.root.chair_member
                and p["member"].get("role") == Role.CHAIR.value
                and isinstance(p.get("device"), dict) and p["device"].get("public_key") == self.root.chair_key
            )
            if founder:
                return None
            return Refused(f"event {ev.id} claims to found the committee, but only its chair's first event may",
                           vi=f"sự kiện {ev.id} tự nhận là sự kiện thành lập ban, nhưng chỉ sự kiện đầu tiên của "
                              "Trưởng ban mới được như vậy",
                           code="forged_founding")
        if ev.author != device_member:
            return Refused(f"event {ev.id} names {ev.author} as its author, but device {ev.device_id} belongs to "
                           f"{device_member}",
                           vi=f"sự kiện {ev.id} ghi tác giả là {ev.author}, nhưng thiết bị {ev.device_id} thuộc về "
                              f"{device_member}",
                           code="author_not_device_owner")
        role = self.role(ev.author, ev.device_id)
        if role is None:
            return Refused(f"event {ev.id} ({ev.type}) was written by someone who was not a member of the committee",
                           vi=f"sự kiện {ev.id} ({ev.type}) do một người không phải thành viên của ban viết ra",
                           code="author_not_member")
        allowed = allowed_roles_of(ev.type, ev.payload) if isinstance(ev.payload, dict) else _allowed(ev.type)
        if role not in allowed:
            return Refused(f"event {ev.id} ({ev.type}) needs the role {role_names(allowed, 'en')}; its author was "
                           f"{role_names([role], 'en')}",
                           vi=f"sự kiện {ev.id} ({ev.type}) cần vai trò {role_names(allowed, 'vi')}; tác giả của nó "
                              f"là {role_names([role], 'vi')}",
                           code="author_role_not_allowed")
        return None

    def applied(self, ev: Event) -> None:
        """Keep the cache right after a roster event of this bundle was applied."""
        if ev.type in ROSTER_TYPES:
            self.forget(ev.entity)
