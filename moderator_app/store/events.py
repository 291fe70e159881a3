"""Events: the unit of change, its canonical bytes, and the per-device hash chain.

An event is named by its author device and that device's sequence number. Its hash covers its
canonical JSON and the previous event's hash of the same device, so each device's history is a
chain: editing, dropping or inserting an event anywhere breaks it, and ``verify`` says where.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

GENESIS_HASH = "0" * 64
_json_text = json.encoder.encode_basestring  # how json.dumps writes a str with ensure_ascii=False


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str:
    """One byte sequence per value: sorted keys, no spaces, UTF-8 kept as is."""
    return _CANONICAL.encode(value)


@dataclass(frozen=True, slots=True)
class Event:
    device_id: str
    seq: int
    hlc: int
    author: str
    type: str
    entity: str
    case_id: str | None
    payload: dict[str, Any] = field(hash=False)
    prev_hash: str = GENESIS_HASH
    hash: str = ""
    payload_json: str = field(default="", compare=False, repr=False)

    @property
    def id(self) -> str:
        return f"{self.device_id}.{self.seq}"

    def body(self) -> dict[str, Any]:
        """The fields the hash covers (everything but the hash itself)."""
        return {
            "device": self.device_id,
            "seq": self.seq,
            "hlc": self.hlc,
            "author": self.author,
            "type": self.type,
            "entity": self.entity,
            "case": self.case_id,
            "payload": self.payload,
            "prev": self.prev_hash,
        }

    def canonical_body(self, payload_json: str | None = None) -> str:
        """``canonical_json(self.body())``, reusing the payload's canonical JSON if known (the
        keys are written in sorted order by hand: this is the hot path of a sync import)."""
        if payload_json is None:
            payload_json = self.payload_json or canonical_json(self.payload)
        text = _json_text
        return (
            f'{{"author":{text(self.author)},"case":{"null" if self.case_id is None else text(self.case_id)},'
            f'"device":{text(self.device_id)},"entity":{text(self.entity)},"hlc":{int(self.hlc)},'
            f'"payload":{payload_json},"prev":{text(self.prev_hash)},"seq":{int(self.seq)},"type":{text(self.type)}}}'
        )

    def compute_hash(self, payload_json: str | None = None) -> str:
        body = self.canonical_body(payload_json or self.payload_json or None)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def sealed(self) -> Event:
        """This event with its hash filled in."""
        payload_json = self.payload_json or canonical_json(self.payload)
        digest = hashlib.sha256(self.canonical_body(payload_json).encode("utf-8")).hexdigest()
        return Event(
            self.device_id,
            self.seq,
            self.hlc,
            self.author,
            self.type,
            self.entity,
            self.case_id,
            self.payload,
            self.prev_hash,
            digest,
            payload_json,
        )

    def to_wire(self) -> dict[str, Any]:
        """The form written into sync bundles (``docs/sync-format.md``)."""
        return {**self.body(), "hash": self.hash}

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Event:
        return cls(
            device_id=str(data["device"]),
            seq=int(data["seq"]),
            hlc=int(data["hlc"]),
            author=str(data["author"]),
            type=str(data["type"]),
            entity=str(data["entity"]),
            case_id=None if data.get("case") is None else str(data["case"]),
            payload=dict(data["payload"]),
            prev_hash=str(data["prev"]),
            hash=str(data["hash"]),
        )


INSERT_EVENT = (
    "INSERT INTO events (id, device_id, seq, hlc, author, type, entity, case_id, payload, "
    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SELECT_EVENT_COLUMNS = "device_id, seq, hlc, author, type, entity, case_id, payload, prev_hash, hash"


def insert_event(cur: sqlite3.Cursor, ev: Event, payload_json: str | None = None) -> None:
    cur.execute(
        INSERT_EVENT,
        (
            ev.id,
            ev.device_id,
            ev.seq,
            ev.hlc,
            ev.author,
            ev.type,
            ev.entity,
            ev.case_id,
            payload_json if payload_json is not None else (ev.payload_json or canonical_json(ev.payload)),
            ev.prev_hash,
            ev.hash,
        ),
    )


def event_from_row(row: tuple[Any, ...]) -> Event:
    """An event as stored; its hash is recomputed over the stored payload bytes, as written."""
    device_id, seq, hlc, author, type_, entity, case_id, payload, prev_hash, hash_ = row
    return Event(device_id, seq, hlc, author, type_, entity, case_id, json.loads(payload), prev_hash, hash_, payload)


def iter_events(conn: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()) -> Any:
    """Events in local apply order (the order replay must follow)."""
    sql = f"SELECT {SELECT_EVENT_COLUMNS} FROM events {where} ORDER BY num"
    for row in conn.execute(sql, params):
        yield event_from_row(row)
