"""Backups of the database: on demand, daily (keeping 7 daily and 4 weekly), before migrations
and before a restore; and restoring one.

Backups are taken with SQLite's online backup API into ``backups/`` in the data directory and
named ``<UTC time>-<reason>.sqlite3``; the name without the extension is the backup's id.
Restoring never destroys anything: the database it replaces is kept aside first.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from moderator_app.domain.errors import NotFound, UserError, WriteFailed
from moderator_app.store import driver
from moderator_app.store.atomic import write_atomic, write_error_texts
from moderator_app.store.backup import backup_database
from moderator_app.store.database import raise_if_unreachable
from moderator_app.store.paths import WorkspacePaths

KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTO_REASON = "daily"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    id: str
    path: Path
    created: datetime  # UTC
    reason: str
    size: int


def _parse(path: Path) -> BackupInfo | None:
    stamp, _, reason = path.stem.partition("-")
    try:
        created = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupInfo(path.stem, path, created, reason or "manual", path.stat().st_size)


def list_backups(paths: WorkspacePaths) -> list[BackupInfo]:
    """Newest first."""
    if not paths.backups.is_dir():
        return []
    found = [_parse(p) for p in paths.backups.glob("*.sqlite3")]
    return sorted((b for b in found if b is not None), key=lambda b: b.created, reverse=True)


def create_backup(paths: WorkspacePaths, reason: str = "manual") -> BackupInfo:
    """A backup of the database now; ``UserError`` (nothing written) when there is none to take
    or the backups folder cannot take it."""
    try:
        size = paths.db.stat().st_size
    except FileNotFoundError:
        raise UserError(f"there is no database to back up in {paths.root}",
                        vi=f"không có cơ sở dữ liệu nào để sao lưu trong {paths.root}",
                        code="no_database_to_back_up") from None
    if size == 0:  # a lost database: a backup of it would pass for the latest good one
        raise UserError(f"the database {paths.db} is empty (0 bytes): there is nothing to back up; "
                        "the existing backups are kept as they are",
                        vi=f"cơ sở dữ liệu {paths.db} trống (0 byte): không có gì để sao lưu; các bản sao lưu "
                           "hiện có được giữ nguyên",
                        code="database_empty")
    try:
        path = backup_database(paths.db, paths.backups, reason)
    except WriteFailed as exc:
        cause = exc.__cause__
        en, vi = (_cannot_back_up(paths.backups, cause.errno) if isinstance(cause, OSError) else
                  (f"no backup was made: {exc}", f"chưa tạo được bản sao lưu: {exc.text('vi')}"))
        raise WriteFailed(en, vi=vi, code="backup_not_made") from exc
    except OSError as exc:
        en, vi = _cannot_back_up(paths.backups, exc.errno)
        raise WriteFailed(en, vi=vi, code="backup_not_made") from exc
    except driver.DatabaseError as exc:
        if "disk is full" in str(exc) or getattr(exc, "sqlite_errorname", "").startswith("SQLITE_FULL"):
            en, vi = _cannot_back_up(paths.backups, errno.ENOSPC)
            raise WriteFailed(en, vi=vi, code="backup_not_made") from exc
        raise_if_unreachable(paths.db, exc)
        raise UserError(f"cannot back up {paths.db}: {exc}", vi=f"không sao lưu được {paths.db}: {exc}",
                        code="database_not_backed_up") from exc
    info = _parse(path)
    assert info is not None
    return info


def _cannot_back_up(folder: Path, code: int | None) -> tuple[str, str]:
    """Why no backup could be written into ``folder``, and what to do (the backups have no other
    place): (English, Vietnamese)."""
    if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (f"no backup was made: the disk is full; free some space on the disk that holds {folder}, then try "
                "again",
                f"chưa tạo được bản sao lưu: ổ đĩa đã đầy; hãy giải phóng bớt dung lượng trên ổ đĩa chứa {folder}, "
                "rồi thử lại")
    if code == errno.EROFS:
        return (f"no backup was made: {folder} is on a read-only disk; make the disk writable again (or copy the "
                "data folder to a writable one), then try again. Nothing was changed",
                f"chưa tạo được bản sao lưu: {folder} nằm trên ổ đĩa chỉ đọc; hãy cho phép ghi lại vào ổ đĩa đó "
                "(hoặc chép thư mục dữ liệu sang một ổ đĩa ghi được), rồi thử lại. Chưa có gì bị thay đổi")
    if code in (errno.EACCES, errno.EPERM):
        return (f"no backup was made: this account may not write in {folder}; give it permission to write there, "
                "then try again. Nothing was changed",
                f"chưa tạo được bản sao lưu: tài khoản này không có quyền ghi vào {folder}; hãy cấp quyền ghi vào đó, "
                "rồi thử lại. Chưa có gì bị thay đổi")
    return (f"no backup was made: {folder} could not be written; check the disk, then try again. Nothing was changed",
            f"chưa tạo được bản sao lưu: không ghi được vào {folder}; hãy kiểm tra ổ đĩa, rồi thử lại. "
            "Chưa có gì bị thay đổi")


def prune(paths: WorkspacePaths) -> list[BackupInfo]:
    """Drop automatic backups beyond 7 daily and 4 weekly; others are kept. Returns the dropped."""
    daily = [b for b in list_backups(paths) if b.reason == AUTO_REASON]
    keep = {b.id for b in daily[:KEEP_DAILY]}
    weeks: list[tuple[int, int]] = []
    for b in daily[KEEP_DAILY:]:
        week = b.created.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(b.id)
    dropped = [b for b in daily if b.id not in keep]
    for b in dropped:
        b.path.unlink(missing_ok=True)
    return dropped


def ensure_daily_backup(paths: WorkspacePaths, now: datetime | None = None) -> BackupInfo | None:
    """Take today's automatic backup if there is none yet, then prune. ``None`` if not needed."""
    now = now or datetime.now(UTC)
    latest = next((b for b in list_backups(paths) if b.reason == AUTO_REASON), None)
    if latest is not None and latest.created.date() == now.date():
        return None
    info = create_backup(paths, AUTO_REASON)
    prune(paths)
    return info


def check_database(path: Path, quick: bool = False, immutable: bool = False) -> list[str]:
    """SQLite's integrity check of a database file: empty when sound. ``quick``: SQLite's quick
    check (every page and b-tree, not whether the indexes hold exactly the tables' rows), which
    reads the file once and takes a small part of the full check's time. ``immutable``: a file
    nothing writes (a backup), read without the side files a live database needs.

    A file that cannot be reached (a full disk, no permission) is not a damaged one: that raises
    ``UserError`` saying so, and the file is not judged."""
    uri = f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = driver.connect(uri, uri=True)
    except driver.Error as exc:
        raise_if_unreachable(path, exc)
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows
    except driver.DatabaseError as exc:
        raise_if_unreachable(path, exc)
        return [str(exc)]
    finally:
        conn.close()


def latest_good_backup(paths: WorkspacePaths) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check and holds something."""
    for b in list_backups(paths):
        if b.size > 0 and not check_database(b.path, immutable=True):
            return b
    return None


@dataclass(frozen=True, slots=True)
class Restored:
    backup: BackupInfo
    replaced_kept_at: Path | None  # where the database it replaced was put aside (None: there was none)
    safety_copy: BackupInfo | None  # a backup of that database, made first when it was sound


def restore_with_safety_copy(paths: WorkspacePaths, backup_id: str) -> Restored:
    """Restore a backup, first backing up the current database when it is sound (it can then be
    restored in turn from the list). Nothing changes if the chosen backup is missing or damaged.

    The caller must hold the data directory's lock and have closed every connection.
    """
    info = next((b for b in list_backups(paths) if b.id == backup_id), None)
    if info is None:
        raise NotFound(f"no backup {backup_id!r}; see `moderator-app backup list`",
                       vi=f"không có bản sao lưu {backup_id!r}; xem `moderator-app backup list`", code="no_backup")
    problems = check_database(info.path, immutable=True)
    if problems:
        raise UserError(f"the backup {backup_id} is damaged ({problems[0]}); choose another one",
                        vi=f"bản sao lưu {backup_id} bị hỏng ({problems[0]}); hãy chọn bản khác", code="backup_damaged")
    safety = None
    if paths.db.exists() and paths.db.stat().st_size > 0 and not check_database(paths.db):
        safety = create_backup(paths, "pre-restore")
    aside = restore_backup(paths, backup_id)
    return Restored(info, aside, safety)


def in_committee(db: Path, immutable: bool = False) -> bool:
    """Whether the database belongs to a committee (then it should sync before anything is written:
    the round takes back this device's own changes made after the backup, instead of forking).
    ``immutable``: a backup, read without the side files a live database needs."""
    try:
        conn = driver.connect(f"file:{db}?mode=ro" + ("&immutable=1" if immutable else ""), uri=True)
    except driver.Error:
        return False
    try:
        row = conn.execute("SELECT 1 FROM local_state WHERE key = 'committee_root'").fetchone()
        return row is not None
    except driver.Error:
        return False
    finally:
        conn.close()


def restore_backup(paths: WorkspacePaths, backup_id: str) -> Path | None:
    """Put a backup in place of the database; returns where the replaced database was kept
    (``None`` when there was none: it had been deleted).

    The caller must hold the data directory's lock and have closed every connection.
    """
    info = next((b for b in list_backups(paths) if b.id == backup_id), None)
    if info is None:
        raise NotFound(f"no backup {backup_id!r}; see `moderator-app backup list`",
                       vi=f"không có bản sao lưu {backup_id!r}; xem `moderator-app backup list`", code="no_backup")
    problems = check_database(info.path, immutable=True)
    if problems:
        raise UserError(f"the backup {backup_id} is damaged too ({problems[0]}); choose another one",
                        vi=f"bản sao lưu {backup_id} cũng bị hỏng ({problems[0]}); hãy chọn bản khác",
                        code="backup_damaged")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = paths.root / "replaced" / f"{stamp}-{paths.db.name}"
    kept = paths.db.exists()
    try:
        aside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Each file on its own: the log of a database that was deleted would otherwise be replayed
        # into the backup put in its place.
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{paths.db}{suffix}")
            if src.exists():
                os.replace(src, Path(f"{aside}{suffix}"))
    except OSError as exc:
        en, vi = write_error_texts(exc, Path(exc.filename or aside))
        raise WriteFailed(f"the backup {backup_id} was not restored: {en}",
                          vi=f"chưa khôi phục được bản sao lưu {backup_id}: {vi}", code="backup_not_restored") from exc
    write_atomic(paths.db, info.path, mode="private")
    return aside if kept else None
