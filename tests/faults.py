"""Simulated disk faults for tests: a disk that fills up after N writes, a database that cannot grow.

``disk_full(folder, after=N)`` lets the first N write calls to files under ``folder``
through and makes every later one raise ``OSError(ENOSPC)``, as a full disk would. It wraps the
file objects Python code opens there (``open``, ``io.open``, so ``os.fdopen`` too) and ``os.write``;
writes made by C libraries (SQLite, Qt) are out of its reach: ``database_full`` covers SQLite.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from moderator_app.store import database

_real_open = builtins.open
_real_write = os.write


class Budget:
    def __init__(self, after: int) -> None:
        self.after = after
        self.calls = 0
        self.failed = 0

    def spend(self) -> None:
        self.calls += 1
        if self.calls > self.after:
            self.failed += 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _FaultyFile:
    """A file object whose writes draw on a ``Budget``; everything else goes to the real file."""

    def __init__(self, fh: Any, budget: Budget) -> None:
        self._fh = fh
        self._budget = budget

    def write(self, data: Any) -> int:
        self._budget.spend()
        return self._fh.write(data)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

    def __enter__(self) -> _FaultyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._fh)


def _under(path: Any, folder: Path) -> bool:
    try:
        p = Path(os.fsdecode(path)).resolve()
    except (TypeError, ValueError, OSError):
        return False
    return p == folder or folder in p.parents


def _path_of_fd(fd: int) -> str | None:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def _writing(mode: str) -> bool:
    return any(ch in mode for ch in "wax+")


def install(folder: Path, budget: Budget) -> list[tuple[Any, str, Any]]:
    """Route writes under ``folder`` through ``budget``; returns what was replaced, to restore."""
    folder = Path(folder).resolve()

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        fh = _real_open(file, mode, *args, **kwargs)
        if isinstance(file, int):
            file = _path_of_fd(file) or ""
        return _FaultyFile(fh, budget) if _writing(mode) and _under(file, folder) else fh

    def fake_write(fd: int, data: Any) -> int:
        path = _path_of_fd(fd)
        if path and _under(path, folder):
            budget.spend()
        return _real_write(fd, data)

    # ``os.fdopen`` opens through ``io.open``: a descriptor is followed to its file in /proc.
    replaced = [(builtins, "open", fake_open), (io, "open", fake_open), (os, "write", fake_write)]
    previous = [(obj, name, getattr(obj, name)) for obj, name, _ in replaced]
    for obj, name, value in replaced:
        setattr(obj, name, value)
    return previous


@contextmanager
def disk_full(folder: Path, after: int = 0) -> Iterator[Budget]:
    """Writes under ``folder`` fail with ENOSPC after the first ``after`` of them."""
    if not sys.platform.startswith("linux"):
        pytest.skip("finding a descriptor's file needs /proc (Linux)")
    budget = Budget(after)
    previous = install(folder, budget)
    try:
        yield budget
    finally:
        for obj, name, value in previous:
            setattr(obj, name, value)


@contextmanager
def database_full(monkeypatch: pytest.MonkeyPatch, extra_pages: int = 0) -> Iterator[None]:
    """SQLite databases opened in the block cannot grow beyond their size (plus ``extra_pages``):
    SQLite answers "database or disk is full", exactly as on a full disk."""
    real = database._configure

    def configure(conn: Any, durable: bool) -> None:
        real(conn, durable)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    with monkeypatch.context() as m:
        m.setattr(database, "_configure", configure)
        yield


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind in ``folder`` (none should be)."""
    return sorted(p.name for p in Path(folder).rglob("*") if p.name.startswith((".tmp-", ".")) and p.is_file())
