"""The local archive of signed bundles: every bundle this installation wrote or applied.

It lives in the data directory (``sync/bundles/<device>/...``), never in the shared folder.
``package export`` copies bundles from it (others' events can only travel with their authors'
signatures), and ``verify`` re-checks it against the event log.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from moderator_app.services.workspace import Workspace
from moderator_app.store.atomic import private_dir, write_atomic

from .bundle import Manifest

ARCHIVE_DIR = ("sync", "bundles")


@dataclass(frozen=True, slots=True)
class ArchivedBundle:
    bundle_id: str
    device_id: str
    first_seq: int
    last_seq: int
    min_hlc: int
    max_hlc: int
    path: str  # relative to the archive root

    @property
    def name(self) -> str:
        return f"{self.first_seq:010d}-{self.last_seq:010d}.zip"


def archive_root(ws: Workspace) -> Path:
    return ws.root.joinpath(*ARCHIVE_DIR)


def archive_rel(m: Manifest) -> str:
    return f"{m.device}/{m.first_seq:010d}-{m.last_seq:010d}-{m.bundle_id[:16]}.zip"


def store_file(ws: Workspace, m: Manifest, source: Path | bytes) -> str:
    """Keep a bundle; owner-only, since bundles hold reporters' names and contacts in clear."""
    rel = archive_rel(m)
    target = archive_root(ws) / rel
    if not target.is_file():
        private_dir(archive_root(ws))
        private_dir(target.parent)
        write_atomic(target, source, mode="private")
    return rel


def record(conn: sqlite3.Connection, m: Manifest, rel: str) -> None:
    conn.execute(
        "INSERT INTO sync_bundles (bundle_id, device_id, first_seq, last_seq, min_hlc, max_hlc, path) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bundle_id) DO NOTHING",
        (m.bundle_id, m.device, m.first_seq, m.last_seq, m.min_hlc, m.max_hlc, rel),
    )


def bundles(conn: sqlite3.Connection, device_id: str | None = None, since_hlc: int | None = None
            ) -> list[ArchivedBundle]:
    sql = "SELECT bundle_id, device_id, first_seq, last_seq, min_hlc, max_hlc, path FROM sync_bundles"
    clauses, params = [], []
    if device_id is not None:
        clauses.append("device_id = ?")
        params.append(device_id)
    if since_hlc is not None:
        clauses.append("max_hlc >= ?")
        params.append(since_hlc)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY device_id, first_seq, last_seq"
    return [ArchivedBundle(*r) for r in conn.execute(sql, params)]


def known(conn: sqlite3.Connection, bundle_id: str) -> bool:
    return conn.execute("SELECT 1 FROM sync_bundles WHERE bundle_id = ?", (bundle_id,)).fetchone() is not None
