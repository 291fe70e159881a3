"""Members and their devices: who may write, with which key, in which role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fold

from . import handles
from .fields import apply_changes

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


def _add_member(proj: Projector, member: dict[str, object], at: int) -> None:
    proj.cur.execute(
        "INSERT INTO members (id, name, name_key, role, active, joined_at) VALUES (?, ?, ?, ?, 1, ?) "
        "ON CONFLICT (id) DO NOTHING",
        (member["id"], member["name"], fold(str(member["name"])), member["role"], at),
    )


def _add_device(proj: Projector, member_id: str, device: dict[str, object], at: int) -> None:
    proj.cur.execute(
        "INSERT INTO devices (id, member_id, name, public_key, revoked_after_seq, added_at) "
        "VALUES (?, ?, ?, ?, NULL, ?) ON CONFLICT (id) DO NOTHING",
        (device["id"], member_id, device.get("name", ""), device["public_key"], at),
    )


@handles("roster.founded")
def roster_founded(proj: Projector, ev: Event) -> None:
    """The first event of a committee: its chair and the chair's device."""
    at = physical_ms(ev.hlc)
    member = ev.payload["member"]
    _add_member(proj, member, at)
    _add_device(proj, str(member["id"]), ev.payload["device"], at)


@handles("member.added")
def member_added(proj: Projector, ev: Event) -> None:
    at = physical_ms(ev.hlc)
    _add_member(proj, {"id": ev.entity, **ev.payload}, at)
    for device in ev.payload.get("devices", []):
        _add_device(proj, ev.entity, device, at)


@handles("member.updated")
def member_updated(proj: Projector, ev: Event) -> None:
    winners = apply_changes(proj, "member", ev.entity, ev, ev.payload["changes"])
    if "name" in winners:
        key = fold(str(winners["name"].value))
        proj.cur.execute("UPDATE members SET name_key = ? WHERE id = ?", (key, ev.entity))
        proj.cur.execute("UPDATE cases SET assignee_sort = ? WHERE assignee_id = ?", (key, ev.entity))
