"""The SQLite database of a workspace: engine, connection pragmas, and transactions.

Durability first (this is evidence): WAL, ``synchronous=FULL``, foreign keys on. The sqlite3
driver's own transaction handling is switched off (``isolation_level=None``) so transactions
are exactly the ``BEGIN IMMEDIATE`` ... ``COMMIT`` that ``write()`` issues: one writer at a time,
and a failed action leaves nothing behind.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from moderator_app.domain.errors import DiskFull, UserError, WriteFailed

from . import driver

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 64 * 1024
SCRATCH_CACHE_KIB = 512 * 1024


# What SQLite may hold in memory in the application's process, over all its connections (page
# caches above all): past it, SQLite reuses cache pages instead of growing. The window's reads run
# on several threads, each with a connection of its own, and would otherwise fill a cache each.
WINDOW_SQLITE_HEAP = 96 * 1024 * 1024


def limit_process_memory(limit: int = WINDOW_SQLITE_HEAP) -> None:
    """Cap SQLite's memory in this process (``PRAGMA soft_heap_limit`` is process-wide)."""
    for module in (sqlite3, driver.sqlcipher):  # each driver has a SQLite library of its own
        if module is None:
            continue
        conn = module.connect(":memory:")
        try:
            conn.execute(f"PRAGMA soft_heap_limit = {int(limit)}")
        finally:
            conn.close()


def _configure(dbapi_conn: sqlite3.Connection, durable: bool) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if durable:
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    else:
        # A scratch file built in one go and thrown away if anything fails: no journal, no
        # fsync, a large cache. It is synced and renamed into place only when complete.
        cur.execute("PRAGMA journal_mode = OFF")
        cur.execute("PRAGMA synchronous = OFF")
        cur.execute(f"PRAGMA cache_size = -{SCRATCH_CACHE_KIB}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


def make_engine(path: Path, durable: bool = True) -> Engine:
    key = driver.key_for(path)
    # An encrypted workspace's connections come from SQLCipher's driver, keyed before anything
    # else runs on them (``store.driver``); SQLAlchemy sees the same DB-API either way.
    creator = {"creator": lambda: driver.connect(path, key=key, check_same_thread=False, cached_statements=1024)} \
        if key is not None else {}
    engine = create_engine(
        f"sqlite:///{path}",
        **creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        # The most recently returned connection first: its page cache is warm, and the others
        # stay idle instead of each filling a cache of their own (memory at a million cases).
        pool_use_lifo=True,
        connect_args={"check_same_thread": False, "cached_statements": 1024},
    )
    event.listen(engine, "connect", lambda conn, _record: _configure(conn, durable))
    return engine


class Database:
    """Owns the engine; hands out read connections and write transactions."""

    def __init__(self, path: Path, durable: bool = True) -> None:
        """``durable=False`` skips fsync: only for a scratch file that is synced before use."""
        self.path = path
        self.engine = make_engine(path, durable)

    def dispose(self) -> None:
        self.engine.dispose()

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the database file (before copying or renaming it);
        ``False`` when a reader held part of it back."""
        with self.engine.connect() as conn:
            busy = raw_connection(conn).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return not busy

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for queries (autocommit reads; WAL gives each a consistent snapshot)."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises.

        A full disk or a read-only database becomes ``WriteFailed`` (nothing was changed).
        """
        with self.engine.connect() as conn:
            raw = raw_connection(conn)
            try:
                raw.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    if raw.in_transaction:  # SQLite rolls back by itself after some errors (a full disk)
                        raw.execute("ROLLBACK")
                    raise
                raw.execute("COMMIT")
            except (*driver.OperationalError, sqlalchemy.exc.OperationalError) as exc:
                orig = getattr(exc, "orig", exc)
                problem = storage_problem(orig, self.path) if isinstance(orig, driver.Error) else None
                if problem is None:
                    raise
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise WriteFailed(problem[0], vi=problem[1], code="database_not_written") from exc


def storage_problem(exc: sqlite3.Error, path: Path) -> tuple[str, str] | None:
    """What a person can do about a database write refused by the disk, (English, Vietnamese);
    ``None`` for other errors."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL") or "disk is full" in str(exc):
        return (f"the disk is full: the database {path} could not be written and nothing was changed; free some "
                f"space on the disk that holds {path.parent}, then try again",
                f"ổ đĩa đã đầy: không ghi được cơ sở dữ liệu {path} và chưa có gì bị thay đổi; hãy giải phóng bớt "
                f"dung lượng trên ổ đĩa chứa {path.parent}, rồi thử lại")
    if name.startswith("SQLITE_READONLY") or "readonly database" in str(exc):
        return (f"the database {path} is read-only: nothing was changed; check that this account may write in "
                f"{path.parent} and that the disk is not read-only",
                f"cơ sở dữ liệu {path} đang ở chế độ chỉ đọc: chưa có gì bị thay đổi; hãy kiểm tra tài khoản này "
                f"có quyền ghi vào {path.parent} và ổ đĩa không ở chế độ chỉ đọc")
    if name.startswith("SQLITE_IOERR") or name.startswith("SQLITE_CANTOPEN"):
        return (f"the database {path} could not be written ({exc}): nothing was changed; check the disk that "
                f"holds {path.parent}, then try again",
                f"không ghi được cơ sở dữ liệu {path} ({exc}): chưa có gì bị thay đổi; hãy kiểm tra ổ đĩa chứa "
                f"{path.parent}, rồi thử lại")
    return None


def is_corruption(exc: BaseException) -> bool:
    """Whether SQLite found the database file damaged (SQLITE_CORRUPT, SQLITE_NOTADB), directly or
    under a SQLAlchemy error."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException) and orig is not exc and is_corruption(orig):
        return True
    if not isinstance(exc, driver.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    return (name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
            or "malformed" in str(exc) or "file is not a database" in str(exc))


def raw_connection(conn: Connection) -> sqlite3.Connection:
    """The driver connection under a SQLAlchemy connection, for the projection's hot path."""
    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, driver.Connection)
    return dbapi  # type: ignore[return-value]


# SQLite's words for a file it could not reach, as opposed to one it read and found damaged.
_UNREACHABLE = ("disk i/o error", "unable to open", "database or disk is full", "readonly", "read-only")
FREE_SPACE_NEEDED = 8 * 1024 * 1024  # below this, a database cannot even be opened for reading in WAL mode


def raise_if_unreachable(path: Path, exc: sqlite3.Error) -> None:
    """Raise ``UserError`` (``DiskFull`` when it is that) if ``exc`` says SQLite could not reach the
    file, rather than that it read it and found it damaged."""
    text = str(exc).lower()
    if not any(word in text for word in _UNREACHABLE):
        return
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = None
    if free is not None and free < FREE_SPACE_NEEDED:
        raise DiskFull(
            f"the disk that holds {path.parent} is full ({free // 1024} KB free), so {path.name} cannot be opened; "
            "free some space on it and start again. Nothing was changed",
            vi=f"ổ đĩa chứa {path.parent} đã đầy (còn trống {free // 1024} KB) nên không mở được {path.name}; "
               "hãy giải phóng bớt dung lượng trên ổ đĩa đó rồi mở lại. Chưa có gì bị thay đổi",
            code="disk_full",
        ) from None
    raise UserError(f"{path} cannot be opened ({exc}); check the disk and the file's permissions. "
                    "Nothing was changed",
                    vi=f"không mở được {path} ({exc}); hãy kiểm tra ổ đĩa và quyền truy cập tệp. "
                       "Chưa có gì bị thay đổi",
                    code="database_unreachable") from None
