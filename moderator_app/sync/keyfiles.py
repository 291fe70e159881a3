"""Key files: how the keys of sealed personal fields reach the other members, and how they are forgotten.

    <folder>/devices/<device_id>/keys/<first>-<last>.json   the keys a bundle's events are sealed under
    <folder>/devices/<device_id>/purged/<sha256>            an evidence file removed by an erasure

A key never travels in the signed history, which no one may change; it travels in a key file
beside its bundle, so an erasure can take it out. A key read from any file is kept only if it
opens the sealed fields it claims (AES-GCM authenticates), so a forged or damaged key file can
hide a reporter's name (it stays empty) but never put a wrong one in its place.

When an erasure has been applied, every member takes the erased keys out of every key file in
the folder and deletes the removed evidence files from every device's folder. This is the one
write a device makes outside its own folder, and it only ever removes. A marker in ``purged/``
tells a member who joins later not to wait for a removed file an old bundle lists.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.store.events import SELECT_EVENT_COLUMNS, Event, event_from_row
from moderator_app.store.evidence_queries import purged_files
from moderator_app.store.projection.privacy import fill_sealed
from moderator_app.store.sealing import SEALED, key_from_text, key_text, open_sealed, store_key

from . import untrusted
from .layout import DEVICE_ID, DEVICES, SHA256, bundle_name, device_dir, is_temp_name, write_atomic

log = logging.getLogger(__name__)

KEYS = "keys"
PURGED = "purged"
KEYFILE_FORMAT = 1
MAX_KEYFILE = 64 * 1024 * 1024


def keyfile_name(first_seq: int, last_seq: int) -> str:
    return bundle_name(first_seq, last_seq).removesuffix(".zip") + ".json"


def keys_dir(folder: Path, device_id: str) -> Path:
    return device_dir(folder, device_id) / KEYS


def sealed_key_ids(events: Iterable[Event]) -> set[str]:
    return {str(ev.payload[SEALED].get("key")) for ev in events if isinstance(ev.payload.get(SEALED), dict)}


def keyfile_bytes(keys: dict[str, bytes], purged: set[str] | None = None) -> bytes:
    """A key file; a package's ``keys.json`` also lists the evidence files erasures removed."""
    body: dict[str, object] = {"format": KEYFILE_FORMAT, "keys": {k: key_text(v) for k, v in sorted(keys.items())}}
    if purged is not None:
        body["purged"] = sorted(purged)
    return json.dumps(body, indent=1, sort_keys=True).encode("utf-8")


def parse_keyfile(data: bytes) -> tuple[dict[str, bytes], set[str]]:
    """The keys a key file offers, and the removed evidence files it lists; nothing from a file that
    is not one (never an error: a bad key file only means a name stays hidden until a good one arrives)."""
    try:
        body = untrusted.loads(data)
    except ValueError:  # not JSON (UnicodeDecodeError is one): offers nothing
        return {}, set()
    if not isinstance(body, dict):
        return {}, set()
    keys, purged = body.get("keys"), body.get("purged")
    out = {}
    for key_id, text in (keys.items() if isinstance(keys, dict) else ()):
        key = key_from_text(text)
        if isinstance(key_id, str) and key is not None and len(key_id) <= 32:
            out[key_id] = key
    return out, {p for p in purged if isinstance(p, str) and SHA256.match(p)} if isinstance(purged, list) else set()


def read_keyfile(path: Path) -> dict[str, bytes]:
    try:
        if not path.is_file() or path.stat().st_size > MAX_KEYFILE:
            return {}
        return parse_keyfile(path.read_bytes())[0]
    except OSError:
        return {}


def keys_for_events(conn: sqlite3.Connection, events: Iterable[Event]) -> dict[str, bytes]:
    """The keys this member holds for the sealed fields of ``events`` (what their key file carries)."""
    out = {}
    for key_id in sorted(sealed_key_ids(events)):
        row = conn.execute("SELECT key FROM personal_keys WHERE id = ?", (key_id,)).fetchone()
        if row is not None:
            out[key_id] = bytes(row[0])
    return out


def write_keyfile(ws: Workspace, folder: Path, device_id: str, first_seq: int, last_seq: int,
                  events: list[Event]) -> bool:
    """Write the key file of one own bundle (before the bundle, so a reader finds it); ``True`` if written."""
    with ws.db.read() as conn:
        keys = keys_for_events(raw_connection(conn), events)
    if not keys:
        return False
    write_atomic(keys_dir(folder, device_id) / keyfile_name(first_seq, last_seq), keyfile_bytes(keys))
    return True


# --- receiving keys ---------------------------------------------------------------------------

def accept_keys(cur: sqlite3.Cursor | sqlite3.Connection, events: Iterable[Event], offered: dict[str, bytes],
                device_id: str) -> int:
    """Keep the offered keys that open the sealed fields of ``events``; the count kept."""
    kept = 0
    for ev in events:
        sealed = ev.payload.get(SEALED)
        if not isinstance(sealed, dict):
            continue
        key_id = str(sealed.get("key", ""))
        key = offered.get(key_id)
        if key is None or cur.execute("SELECT 1 FROM personal_keys WHERE id = ?", (key_id,)).fetchone():
            continue
        if open_sealed(sealed, key) is not None and store_key(cur, key_id, key, device_id):
            kept += 1
    return kept


def missing_keys(conn: sqlite3.Connection) -> list[str]:
    """Keys that sealed fields here are waiting for (not held, not erased)."""
    return [r[0] for r in conn.execute(
        "SELECT key_id FROM sealed_waiting EXCEPT SELECT id FROM personal_keys EXCEPT SELECT id FROM erased_keys")]


def _sealed_events(conn: sqlite3.Connection, key_id: str) -> list[Event]:
    out = []
    for table, type_ in (("reports", "report.filed"), ("letters", "letter.sent")):
        for (entity,) in conn.execute(f"SELECT id FROM {table} WHERE sealed_key = ? LIMIT 1", (key_id,)):
            row = conn.execute(f"SELECT {SELECT_EVENT_COLUMNS} FROM events WHERE entity = ? AND type = ?",
                               (entity, type_)).fetchone()
            if row is not None:
                out.append(event_from_row(row))
    return out


def fill_missing(ws: Workspace, offered: Iterator[tuple[str, dict[str, bytes]]]) -> int:
    """Take keys that arrived after their events were applied (a key file copied late); the count
    of fields opened. ``offered``: (device, keys) per key file, read only if something waits."""
    with ws.db.read() as conn:
        waiting = set(missing_keys(raw_connection(conn)))
    if not waiting:
        return 0
    found: dict[str, tuple[bytes, str]] = {}
    for device, keys in offered:
        for key_id in waiting & keys.keys():
            found.setdefault(key_id, (keys[key_id], device))
        if len(found) == len(waiting):
            break
    if not found:
        return 0
    with ws.db.write() as conn:
        raw = raw_connection(conn)
        kept = []
        for key_id, (key, device) in sorted(found.items()):
            if accept_keys(raw, _sealed_events(raw, key_id), {key_id: key}, device):
                kept.append(key_id)
        return fill_sealed(raw.cursor(), kept)


def folder_keyfiles(folder: Path) -> Iterator[tuple[str, Path]]:
    devices = folder / DEVICES
    if not devices.is_dir():
        return
    for device in sorted(devices.iterdir()):
        if is_temp_name(device.name) or not DEVICE_ID.match(device.name):
            continue
        kdir = device / KEYS
        if not kdir.is_dir():
            continue
        for entry in sorted(kdir.iterdir()):
            if not is_temp_name(entry.name) and entry.name.endswith(".json"):
                yield device.name, entry


def folder_keys(folder: Path) -> Iterator[tuple[str, dict[str, bytes]]]:
    for device, path in folder_keyfiles(folder):
        yield device, read_keyfile(path)


def is_purged(folder: Path, sha256: str) -> bool:
    """Whether any member marked the evidence file as removed by an erasure."""
    devices = folder / DEVICES
    if not SHA256.match(sha256) or not devices.is_dir():
        return False
    return any((d / PURGED / sha256).is_file() for d in devices.iterdir() if DEVICE_ID.match(d.name))


# --- forgetting -------------------------------------------------------------------------------

def sweep_folder(ws: Workspace, folder: Path) -> int:
    """Take erased keys out of every key file and removed evidence out of every device's folder;
    mark removed files for late joiners. Runs when erasures are new since the last sweep; the
    count of files changed."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        erased = {r[0] for r in raw.execute("SELECT id FROM erased_keys")}
        purged = purged_files(raw)
    mark = f"{len(erased)}/{len(purged)}"
    if (not erased and not purged) or ws.local_state("privacy_swept") == mark:
        return 0
    changed = 0
    for _device, path in folder_keyfiles(folder):
        keys = read_keyfile(path)
        if keys.keys() & erased:
            kept = {k: v for k, v in keys.items() if k not in erased}
            try:
                if kept:
                    write_atomic(path, keyfile_bytes(kept))
                else:
                    path.unlink(missing_ok=True)
                changed += 1
            except OSError as exc:
                log.warning("could not take erased keys out of %s: %s", path, exc)
                return changed  # tried again at the next round
    me = ws.identity.device_id
    devices = folder / DEVICES
    for sha in sorted(purged):
        marker = device_dir(folder, me) / PURGED / sha
        try:
            if not marker.is_file():
                write_atomic(marker, b"removed by an erasure\n")
            for d in devices.iterdir() if devices.is_dir() else ():
                blob = d / "blobs" / sha
                if DEVICE_ID.match(d.name) and blob.is_file():
                    blob.unlink()
                    changed += 1
        except OSError as exc:
            log.warning("could not remove the erased evidence file %s from the shared folder: %s", sha[:12], exc)
            return changed
    ws.set_local_state("privacy_swept", mark)
    return changed
