"""Members and their devices: who may write, with which key, in which role.

Roster events are valid only when a chair wrote them (checked on import, see ``sync``). They
must commute like every other event:

* two chairs approving the same member concurrently: the earliest approval (by HLC, device)
  sets the name and role, whichever arrives first;
* a revocation is final and beats a concurrent grant: a revoked member stays inactive whatever
  ``active`` update arrives later, and a device added to a revoked member is revoked at once;
* a device's cut-off (the last sequence number accepted from it) only ever goes down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator_app.domain.collation import sort_key
from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fold

from . import handles
from .fields import apply_changes

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector

LOWER_CUTOFF = (
    "UPDATE devices SET revoked_after_seq = ? WHERE id = ? "
    "AND (revoked_after_seq IS NULL OR revoked_after_seq > ?)"
)


def _add_member(proj: Projector, member: dict[str, Any], ev: Event) -> None:
    at = physical_ms(ev.hlc)
    member_id = str(member["id"])
    name = str(member["name"])
    inserted = proj.cur.execute(
        "INSERT INTO members (id, name, name_key, name_sort, role, active, revoked, joined_at, added_hlc, "
        "added_device) VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (member_id, name, fold(name), sort_key(name), member["role"], at, ev.hlc, ev.device_id),
    ).rowcount
    if inserted:
        return
    # Approved twice (two chairs at once): the earliest approval counts, in any arrival order.
    earlier = proj.cur.execute(
        "UPDATE members SET joined_at = ?, added_hlc = ?, added_device = ? WHERE id = ? "
        "AND (added_hlc, added_device) > (?, ?)",
        (at, ev.hlc, ev.device_id, member_id, ev.hlc, ev.device_id),
    ).rowcount
    if not earlier:
        return
    for field, column, value in (("name", "name", name), ("role", "role", member["role"])):
        has_heads = proj.one(
            "SELECT 1 FROM field_heads WHERE entity_kind = 'member' AND entity_id = ? AND field = ? LIMIT 1",
            (member_id, field),
        )
        if has_heads is None:
            proj.cur.execute(f"UPDATE members SET {column} = ? WHERE id = ?", (value, member_id))
            if field == "name":
                proj.cur.execute("UPDATE members SET name_key = ?, name_sort = ? WHERE id = ?",
                                 (fold(name), sort_key(name), member_id))
                proj.cur.execute("UPDATE cases SET assignee_sort = ? WHERE assignee_id = ?",
                                 (sort_key(name), member_id))


def _add_device(proj: Projector, member_id: str, device: dict[str, Any], at: int) -> None:
    revoked = proj.scalar("SELECT revoked FROM members WHERE id = ?", (member_id,))
    proj.cur.execute(
        "INSERT INTO devices (id, member_id, name, public_key, revoked_after_seq, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (device["id"], member_id, device.get("name", ""), device["public_key"], 0 if revoked else None, at),
    )


@handles("roster.founded")
def roster_founded(proj: Projector, ev: Event) -> None:
    """The first event of a committee: its chair and the chair's device."""
    member = ev.payload["member"]
    _add_member(proj, member, ev)
    _add_device(proj, str(member["id"]), ev.payload["device"], physical_ms(ev.hlc))


@handles("member.added")
def member_added(proj: Projector, ev: Event) -> None:
    """A member joins (the chair approved a join request): name, role and devices with their keys."""
    _add_member(proj, {"id": ev.entity, **ev.payload}, ev)
    for device in ev.payload.get("devices", []):
        _add_device(proj, ev.entity, device, physical_ms(ev.hlc))


@handles("member.updated")
def member_updated(proj: Projector, ev: Event) -> None:
    winners = apply_changes(proj, "member", ev.entity, ev, ev.payload["changes"])
    if "name" in winners:
        name = str(winners["name"].value)
        proj.cur.execute("UPDATE members SET name_key = ?, name_sort = ? WHERE id = ?",
                         (fold(name), sort_key(name), ev.entity))
        proj.cur.execute("UPDATE cases SET assignee_sort = ? WHERE assignee_id = ?", (sort_key(name), ev.entity))
    if "active" in winners:
        proj.cur.execute("UPDATE members SET active = 0 WHERE id = ? AND revoked = 1", (ev.entity,))


@handles("member.revoked")
def member_revoked(proj: Projector, ev: Event) -> None:
    """The chair ends a membership: every device's cut-off is the one named, or 0 if unnamed."""
    proj.cur.execute("UPDATE members SET revoked = 1, active = 0 WHERE id = ?", (ev.entity,))
    named: dict[str, Any] = ev.payload.get("devices", {})
    for (device_id,) in proj.cur.execute("SELECT id FROM devices WHERE member_id = ?", (ev.entity,)).fetchall():
        cutoff = int(named.get(device_id, 0))
        proj.cur.execute(LOWER_CUTOFF, (cutoff, device_id, cutoff))


@handles("device.revoked")
def device_revoked(proj: Projector, ev: Event) -> None:
    """One device is lost or compromised: nothing after ``last_seq`` is accepted from it."""
    cutoff = int(ev.payload["last_seq"])
    proj.cur.execute(LOWER_CUTOFF, (cutoff, ev.entity, cutoff))
