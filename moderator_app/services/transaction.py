"""The write side of one user action: build events, chain them, apply them, all in one transaction."""

from __future__ import annotations

import random
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import NotAllowed
from moderator_app.domain.ids import new_entity_id
from moderator_app.domain.permissions import allowed_roles_of, role_names
from moderator_app.domain.text import composed
from moderator_app.store.events import GENESIS_HASH, Event, canonical_json
from moderator_app.store.projection import Projector

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(slots=True)
class Author:
    """A device writing events: where its chain stands."""

    device_id: str
    member_id: str
    next_seq: int
    prev_hash: str


def load_author(conn: sqlite3.Connection, device_id: str, member_id: str) -> Author:
    row = conn.execute(
        "SELECT seq, hash FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1", (device_id,)
    ).fetchone()
    return Author(device_id, member_id, row[0] + 1 if row else 1, row[1] if row else GENESIS_HASH)


class Transaction:
    """Emits this device's events. Services read current state through ``one``/``all``."""

    def __init__(self, ws: Workspace, conn: sqlite3.Connection, rng: random.Random | None = None) -> None:
        self.ws = ws
        self.conn = conn
        self.proj = Projector(conn)
        self.proj.defer_search = ws.building
        self.events: list[Event] = []  # written here, by this device (or a demo member)
        self.received: list[Event] = []  # written elsewhere, applied here (sync)
        self.rng = rng
        self._me = load_author(conn, ws.identity.device_id, ws.identity.member_id)
        self._author = self._me

    @property
    def me(self) -> Author:
        """This device, as an author."""
        return self._me

    @property
    def author(self) -> Author:
        """Who the events being written are by: this device, or a demo member it acts as."""
        return self._author

    def new_id(self) -> str:
        """A fresh entity id (drawn from the seeded generator in demos, so they repeat)."""
        return new_entity_id(self.rng)

    @contextmanager
    def acting_as(self, author: Author) -> Iterator[None]:
        """Write as another device (the demo's simulated members). Their chains are theirs."""
        previous, self._author = self._author, author
        try:
            yield
        finally:
            self._author = previous

    # --- reading inside the transaction ------------------------------------------------------

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # --- writing -----------------------------------------------------------------------------

    def emit(self, type_: str, entity: str, payload: dict[str, Any], case_id: str | None = None) -> Event:
        """Append one event authored by this device and apply it."""
        if self._author is self._me:
            self.ensure_founded()
            self._check_role(type_, payload)
        return self._emit(type_, entity, payload, case_id)

    def ensure_founded(self) -> None:
        """Found the committee of one if this workspace has not written anything yet."""
        if not self.events and not self.ws.is_founded() and self.ws.local_state("committee_id") is None:
            self._found()

    def _check_role(self, type_: str, payload: dict[str, Any]) -> None:
        """The local member's role must allow the event: every other member checks it on import."""
        row = self.conn.execute("SELECT role, active FROM members WHERE id = ?", (self._me.member_id,)).fetchone()
        if row is None:
            raise NotAllowed(
                "this device is not a member of the committee yet: the chair must approve its join "
                "request, and the approval arrives with the next sync",
                vi="thiết bị này chưa là thành viên của ban: Trưởng ban cần duyệt đề nghị tham gia của thiết bị, "
                   "và việc duyệt sẽ đến cùng lần đồng bộ tiếp theo",
                code="membership_pending",
            )
        role = Role(row[0]) if row[1] else Role.OBSERVER
        allowed = allowed_roles_of(type_, payload)
        if role not in allowed:
            raise NotAllowed(f"this change ({type_}) needs the role {role_names(allowed, 'en')}; "
                             f"you are {role_names([role], 'en')}",
                             vi=f"thay đổi này ({type_}) cần vai trò {role_names(allowed, 'vi')}; vai trò của bạn là "
                                f"{role_names([role], 'vi')}",
                             code="role_required")

    def _emit(self, type_: str, entity: str, payload: dict[str, Any], case_id: str | None) -> Event:
        author = self._author
        payload_json = canonical_json(payload)
        if not payload_json.isascii() and not unicodedata.is_normalized("NFC", payload_json):
            payload = composed(payload)  # type: ignore[assignment]  # text is stored composed (NFC)
            payload_json = canonical_json(payload)
        ev = Event(
            device_id=author.device_id,
            seq=author.next_seq,
            hlc=self.ws.clock.tick(),
            author=author.member_id,
            type=type_,
            entity=entity,
            case_id=case_id,
            payload=payload,
            prev_hash=author.prev_hash,
            payload_json=payload_json,
        ).sealed()
        self.proj.record(ev)
        author.next_seq += 1
        author.prev_hash = ev.hash
        self.events.append(ev)
        return ev

    def _found(self) -> None:
        """A workspace on its own is a committee of one: its member is the chair."""
        ident = self.ws.identity
        self._emit(
            "roster.founded",
            ident.member_id,
            {
                "member": {"id": ident.member_id, "name": ident.member_name, "role": Role.CHAIR.value},
                "device": {"id": ident.device_id, "name": "", "public_key": ident.public_key_b64},
            },
            None,
        )

    def record_foreign(self, ev: Event, payload_json: str | None = None) -> None:
        """Apply an event authored by another device (sync, demo members) through the same path."""
        self.ws.clock.observe(ev.hlc)
        self.proj.record(ev, payload_json)
        self.received.append(ev)

    def finish(self) -> None:
        self.proj.finish()
