"""Copies of the database taken with SQLite's online backup API (safe while it is open)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_database(src: Path, backups_dir: Path, reason: str) -> Path:
    """Write a consistent copy of ``src`` into ``backups_dir``; temp name, fsync, rename."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = backups_dir / f"{stamp}-{reason}.sqlite3"
    tmp = final.with_suffix(".tmp")
    source = sqlite3.connect(src)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final
