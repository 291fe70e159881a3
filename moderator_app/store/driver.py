"""The SQLite driver under every connection: the standard library's, or SQLCipher's for a
workspace encrypted at rest.

An encrypted workspace's database, its backups and the scratch copies ``verify`` makes are
SQLCipher files (AES-256 pages with an HMAC each): without the key they read as noise. The key is
the workspace's data key (``services.encryption``), registered here for its data folder once it
is unlocked; every connection to a file under that folder is then opened with it. The two
drivers raise different exception classes, so code catches this module's tuples, which hold both.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

try:  # a wheel on every platform the application ships for; without it nothing can be encrypted
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - the dependency is declared; this keeps the plain path working
    sqlcipher = None


def _both(name: str) -> tuple[type[BaseException], ...]:
    ours = getattr(sqlite3, name)
    return (ours, getattr(sqlcipher, name)) if sqlcipher is not None else (ours,)


Error = _both("Error")
DatabaseError = _both("DatabaseError")
OperationalError = _both("OperationalError")
IntegrityError = _both("IntegrityError")
Connection: tuple[type, ...] = (sqlite3.Connection, sqlcipher.Connection) if sqlcipher is not None else (
    sqlite3.Connection,)

PLAIN_HEADER = b"SQLite format 3\x00"

_keys: dict[Path, bytes] = {}
_lock = threading.Lock()


def available() -> bool:
    return sqlcipher is not None


def unlock(folder: Path, key: bytes) -> None:
    """Open every database file under ``folder`` with ``key`` from now on (in this process)."""
    with _lock:
        _keys[folder.expanduser().resolve()] = key


def forget(folder: Path) -> None:
    with _lock:
        _keys.pop(folder.expanduser().resolve(), None)


def key_for(path: Path) -> bytes | None:
    """The key registered for the folder holding ``path`` (or any folder above it)."""
    if not _keys:
        return None
    resolved = path.expanduser().resolve()
    with _lock:
        for folder in (resolved, *resolved.parents):
            key = _keys.get(folder)
            if key is not None:
                return key
    return None


def _file_of(database: str | Path, uri: bool) -> Path | None:
    text = str(database)
    if text in ("", ":memory:") or (uri and "mode=memory" in text):
        return None
    if uri and text.startswith("file:"):
        return Path(unquote(urlsplit(text).path))
    return Path(text)


def key_literal(key: bytes) -> str:
    """A raw 256-bit key as SQLCipher reads it in ``PRAGMA key`` and ``ATTACH ... KEY`` (no key
    derivation: ours is already one)."""
    return f"\"x'{key.hex()}'\""


def apply_key(conn: Any, key: bytes) -> None:
    """Key a SQLCipher connection with a raw 256-bit key."""
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    # SQLCipher writes its own diagnostics to stderr; the application's refusals say what is wrong
    # (a damaged file is reported like any other damage), so a terminal shows only those.
    conn.execute("PRAGMA cipher_log_level = NONE")


def connect(database: str | Path, *, uri: bool = False, key: bytes | None = None, **kwargs: Any) -> Any:
    """``sqlite3.connect``, or SQLCipher's with the key of the file's workspace when it has one."""
    if key is None:
        path = _file_of(database, uri)
        key = key_for(path) if path is not None else None
    if key is None:
        return sqlite3.connect(database, uri=uri, **kwargs)
    if sqlcipher is None:  # pragma: no cover
        raise RuntimeError("this installation cannot open an encrypted workspace: sqlcipher3 is missing")
    conn = sqlcipher.connect(str(database), uri=uri, **kwargs)
    apply_key(conn, key)
    return conn


def is_plain_file(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (its header says so)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False
