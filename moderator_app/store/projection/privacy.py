"""Erasure and the retention rules: what ``privacy.erased`` and ``privacy.retention_set`` change.

An erasure names keys and evidence items. Its keys are destroyed (``personal_keys``) and
remembered as erased (``erased_keys``), so what they sealed reads as empty on every member, in
whatever order the events arrive: a report applied after the erasure finds no key, and a key
file read after it is ignored. Its evidence items are marked removed; their files are deleted
from the blob store after the transaction (``services.privacy.remove_purged_files``), since the
projection only writes tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from moderator_app.domain.hlc import physical_ms
from moderator_app.store.events import SELECT_EVENT_COLUMNS, event_from_row
from moderator_app.store.sealing import SEALED, key_of, open_sealed

from . import handles
from .indicators import forget_sources

if TYPE_CHECKING:
    import sqlite3

    from moderator_app.store.events import Event

    from . import Projector

RETENTION_KEYS = ("retention.reporters", "retention.evidence")


@handles("privacy.erased")
def erased(proj: Projector, ev: Event) -> None:
    p = ev.payload
    at = physical_ms(ev.hlc)
    # What is deleted or overwritten now is zeroed in the file, not left in its free space, so a
    # copy or a backup of the database made afterwards holds none of it.
    proj.cur.execute("PRAGMA secure_delete = ON")
    try:
        _erase(proj, ev, p, at)
    finally:
        proj.cur.execute("PRAGMA secure_delete = OFF")


def _erase(proj: Projector, ev: Event, p: dict[str, Any], at: int) -> None:
    keys = sorted(set(p.get("keys", [])))
    if keys:
        proj.cur.executemany("INSERT OR IGNORE INTO erased_keys (id, event_id, erased_at) VALUES (?, ?, ?)",
                             [(k, ev.id, at) for k in keys])
        forget_keys(proj.cur, keys)
    items = sorted(set(p.get("evidence", [])))
    if items:
        proj.cur.executemany("UPDATE evidence SET purged_at = coalesce(purged_at, ?) WHERE id = ?",
                             [(at, i) for i in items])
        forget_sources(proj, items)  # what the removed files yielded, and their text, go with them
    # Reports filed before sealing: blanked here; their signed history still holds the text.
    reports = [(str(r),) for r in sorted(set(p.get("reports", [])))]
    if reports:
        proj.cur.executemany("UPDATE reports SET reporter = '' WHERE id = ?", reports)
    for case_id in {r[0] for r in proj.cur.execute(
            f"SELECT DISTINCT case_id FROM reports WHERE sealed_key IN ({','.join('?' * len(keys))})", keys)}:
        proj.touched_cases.add(case_id)


def forget_keys(cur: sqlite3.Cursor, keys: Iterable[str]) -> None:
    """Destroy keys and blank what they sealed in the tables (the reporter, a letter's recipient)."""
    rows = [(k,) for k in keys]
    cur.executemany("DELETE FROM personal_keys WHERE id = ?", rows)
    cur.executemany("DELETE FROM sealed_waiting WHERE key_id = ?", rows)
    cur.executemany("UPDATE reports SET reporter = '' WHERE sealed_key = ?", rows)
    cur.executemany("UPDATE letters SET recipient = '', placeholders = '{}' WHERE sealed_key = ?", rows)


def fill_sealed(cur: sqlite3.Cursor, keys: Iterable[str]) -> int:
    """Open what keys that arrived late seal (a key file copied after its bundle); the count filled.

    The same result as if the key had been there when the event was applied."""
    filled = 0
    for key_id in keys:
        key = key_of(cur, key_id)
        if key is None:
            continue
        for table, type_ in (("reports", "report.filed"), ("letters", "letter.sent")):
            for (entity,) in cur.execute(f"SELECT id FROM {table} WHERE sealed_key = ?", (key_id,)).fetchall():
                row = cur.execute(f"SELECT {SELECT_EVENT_COLUMNS} FROM events WHERE entity = ? AND type = ?",
                                  (entity, type_)).fetchone()
                if row is None:
                    continue
                sealed = event_from_row(row).payload.get(SEALED)
                fields = open_sealed(sealed, key) if isinstance(sealed, dict) else None
                if fields is None:
                    continue
                filled += 1
                if table == "reports":
                    cur.execute("UPDATE reports SET reporter = ? WHERE id = ?", (_text(fields.get("reporter")), entity))
                else:
                    cur.execute("UPDATE letters SET recipient = ?, placeholders = ? WHERE id = ?",
                                (_text(fields.get("recipient")),
                                 json.dumps(_map(fields.get("values")), ensure_ascii=False, sort_keys=True), entity))
    return filled


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _map(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@handles("privacy.retention_set")
def retention_set(proj: Projector, ev: Event) -> None:
    """The committee's retention rule for one kind of data: the latest word wins (clock, then id)."""
    key = f"retention.{ev.entity}"
    row = proj.one("SELECT hlc, event_id FROM committee_profile WHERE key = ?", (key,))
    if row is not None and (row[0], row[1]) > (ev.hlc, ev.id):
        return
    proj.cur.execute(
        "INSERT OR REPLACE INTO committee_profile (key, value, hlc, event_id, changed_by) VALUES (?, ?, ?, ?, ?)",
        (key, json.dumps(ev.payload.get("months")), ev.hlc, ev.id, ev.author))
