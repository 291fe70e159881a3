"""Copies of the database taken with SQLite's online backup API (safe while it is open)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from . import driver
from .atomic import atomic_path


def backup_database(src: Path, backups_dir: Path, reason: str) -> Path:
    """Write a consistent copy of ``src`` into ``backups_dir``, whole or not at all (owner-only)."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # copies of evidence records: owner-only
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = backups_dir / f"{stamp}-{reason}.sqlite3"
    with atomic_path(final, mode="private") as tmp:
        source = driver.connect(src)
        try:
            target = driver.connect(tmp)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    return final
