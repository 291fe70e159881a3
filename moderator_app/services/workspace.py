"""A workspace: one data directory, opened once at start and passed to everything.

It owns the lock, the database (migrated on open), this installation's identity and clock,
and the transactions through which every change is written as events.
"""

from __future__ import annotations

import getpass
import json
import logging
import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import DatabaseDamaged, NotAllowed, UserError, WriteFailed
from moderator_app.domain.hlc import HybridClock
from moderator_app.domain.ids import new_device_id, new_entity_id
from moderator_app.domain.permissions import role_names
from moderator_app.store import driver, tallies
from moderator_app.store.blobs import BlobStore, evidence_key
from moderator_app.store.database import Database, is_corruption, raw_connection
from moderator_app.store.lock import DataDirLock
from moderator_app.store.migrate import MigrationOutcome, migrate
from moderator_app.store.paths import WorkspacePaths
from moderator_app.store.projection.search import index_all_cases

from .identity import Identity, create_private_key, load_private_key, public_key_b64
from .transaction import Transaction

log = logging.getLogger(__name__)

Listener = Callable[[list[Any]], None]
# The application's start and every command run SQLite's quick check on a database this small even
# after a clean exit (0.08 s for 80 MB, where the full check takes 2 s), so none writes to a damaged
# file; a larger one is checked in full after an unclean exit only (or when SQLite meets damage).
CHECK_AT_START_BYTES = 128 * 1024**2
# Indexes on cases that the write path reads through; a bulk build keeps them (see building_database).
WRITE_PATH_CASE_INDEXES = frozenset({"ix_cases_ref_base", "ix_cases_merged_into", "ix_cases_influencer_id_opened_at"})
# Indexes of other large tables that a bulk build writes but never reads through (case history,
# merges, influencer pages and the search documents, all built after the build's events).
# The events' indexes by case and by entity stay: recording a decision reads the case's history
# (was the influencer asked for a reply?), and without them each decision of a large demo would
# scan every event written before it.
BUILD_DEFERRED_INDEXES = frozenset({
    "ix_reports_filed_case", "ix_reports_influencer_id", "ix_notes_case_id_created_at",
})

T = TypeVar("T")

# What ``require_role`` refused, in Vietnamese, by the English its callers give.
ACTIONS_VI: dict[str, str] = {
    "adding a link as evidence": "thêm đường dẫn làm chứng cứ",
    "adding a note": "thêm ghi chú",
    "adding an account": "thêm tài khoản",
    "amending a decision": "sửa đổi quyết định",
    "annotating evidence": "chú thích chứng cứ",
    "approving a member": "duyệt thành viên",
    "assessing the pillars": "đánh giá các trụ cột",
    "attaching evidence": "đính kèm chứng cứ",
    "building an agenda": "lập chương trình họp",
    "changing a case": "thay đổi hồ sơ",
    "changing a decision": "thay đổi quyết định",
    "changing a meeting": "thay đổi cuộc họp",
    "changing a member's role": "đổi vai trò của thành viên",
    "changing an agenda": "thay đổi chương trình họp",
    "changing the working-day calendar": "thay đổi lịch ngày làm việc",
    "creating a meeting": "tạo cuộc họp",
    "deleting an annotation": "xóa chú thích",
    "editing an account": "sửa tài khoản",
    "editing an annotation": "sửa chú thích",
    "editing an influencer's profile": "sửa thông tin người có ảnh hưởng",
    "exporting cases": "xuất danh sách hồ sơ",
    "exporting decisions": "xuất các quyết định",
    "exporting the credibility register": "xuất sổ tín nhiệm",
    "exporting the quarterly report": "xuất báo cáo quý",
    "filing a report": "ghi nhận phản ánh",
    "finalizing a meeting": "chốt biên bản cuộc họp",
    "importing reports": "nhập phản ánh",
    "merging cases": "gộp hồ sơ",
    "merging influencer profiles": "gộp thông tin người có ảnh hưởng",
    "publishing the public register": "công bố sổ công khai",
    "putting a suspension proposal on an agenda": "đưa đề xuất tạm đình chỉ vào chương trình họp",
    "recommending an outcome": "đề xuất hình thức xử lý",
    "recording a completed correction": "ghi nhận việc đã khắc phục",
    "recording a decision": "ghi quyết định",
    "recording a recusal": "ghi nhận việc rút lui (xung đột lợi ích)",
    "recording an appeal": "ghi nhận đề nghị phúc xét",
    "recording another member's vote": "ghi phiếu biểu quyết của thành viên khác",
    "recording attendance": "điểm danh",
    "removing an account": "gỡ tài khoản",
    "removing evidence": "gỡ chứng cứ",
    "reordering an agenda": "sắp xếp lại chương trình họp",
    "resolving a conflict": "giải quyết xung đột",
    "revoking a member or device": "thu hồi thành viên hoặc thiết bị",
    "sending a letter": "gửi văn bản",
    "settling which decision a case keeps": "chọn quyết định mà hồ sơ giữ lại",
    "undoing a change": "hoàn tác thay đổi",
    "voting": "biểu quyết",
    "writing a letter": "lập văn bản",
}


def drop_build_deferred_indexes(raw: sqlite3.Connection) -> list[tuple[str, str]]:
    """Drop the indexes a bulk build leaves to its end; returns (name, SQL) to create them again."""
    deferred = [
        (name, sql) for name, sql in raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ) if (name.startswith("ix_cases_") and name not in WRITE_PATH_CASE_INDEXES) or name in BUILD_DEFERRED_INDEXES
    ]
    for name, _ in deferred:
        raw.execute(f'DROP INDEX "{name}"')
    return deferred


def _default_member_name() -> str:
    try:
        import pwd

        gecos = pwd.getpwuid(__import__("os").getuid()).pw_gecos.split(",")[0].strip()
        if gecos:
            return gecos
    except (ImportError, KeyError):
        pass
    try:
        return getpass.getuser()
    except OSError:
        return "Trưởng ban"


def _check_after_unclean_exit(paths: WorkspacePaths) -> None:
    """The last process did not close the workspace: check the database before using it."""
    log.warning("the workspace was not closed cleanly last time; checking the database")
    _check_database(paths)


NO_DETAILS = "no details"


def blob_store(paths: WorkspacePaths) -> BlobStore:
    """The evidence store of a data folder, with its key when the workspace is encrypted and unlocked."""
    data_key = driver.key_for(paths.db)
    return BlobStore(paths.blobs, evidence_key(data_key) if data_key is not None else None)


def first_problem(problems: list[str]) -> str:
    """SQLite's first finding on one line (its report starts with a header and spans lines)."""
    lines = [line.strip() for p in problems for line in p.splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    return found[0] if found else NO_DETAILS


def _check_database(paths: WorkspacePaths, quick: bool = False) -> None:
    """Refuse a database that fails SQLite's integrity check (``DatabaseDamaged``), untouched.

    A file the quick check refuses is marked as not closed cleanly, so the next start runs the
    full check (which names more of the damage) instead of the quick one."""
    from .backups import check_database

    problems = check_database(paths.db, quick)
    if problems:
        log.error("database integrity check failed: %s", problems[:3])
        if quick:
            try:
                paths.running_marker.write_text("damaged\n", encoding="utf-8")
            except OSError as exc:  # a read-only folder: the quick check refuses it again next time
                log.debug("cannot mark %s for a full check: %s", paths.root, exc)
        detail = first_problem(problems)
        raise DatabaseDamaged(
            f"the database {paths.db} is damaged: it failed its integrity check ({detail}); "
            "nothing was written to it. Run `moderator-app verify` to see the damage, then restore the latest "
            "good backup (`moderator-app backup list`, then `moderator-app backup restore ID`; the damaged "
            "file is kept aside)",
            vi=f"cơ sở dữ liệu {paths.db} bị hỏng: không qua được bước kiểm tra toàn vẹn "
               f"({'không có chi tiết' if detail == NO_DETAILS else detail}); chưa có gì được ghi vào đó. Hãy chạy "
               "`moderator-app verify` để xem chỗ hỏng, rồi khôi phục bản sao lưu tốt gần nhất "
               "(`moderator-app backup list`, rồi `moderator-app backup restore ID`; tệp bị hỏng được giữ lại "
               "ở chỗ khác)",
            code="database_damaged",
        )


class DatabaseLost(UserError):
    """The database is missing or empty while the data folder still holds a member's identity,
    evidence or backups: that work is to be restored, so no new empty database is made over it."""

    def __init__(self, message: str, *, db: Path, state: str, identity: bool, evidence: int, backups: int,
                 latest: Any, committee: bool, vi: str | None = None, code: str = "database_lost") -> None:
        super().__init__(message, vi=vi, code=code)
        self.db = db
        self.state = state  # "missing" or "empty"
        self.identity = identity
        self.evidence = evidence
        self.backups = backups
        self.latest = latest  # the latest good backup (``backups.BackupInfo``), or None
        self.committee = committee


def _plural(n: int, one: str) -> str:
    return f"{n:,} {one}" + ("" if n == 1 else "s")


def _listed(items: list[str], last: str) -> str:
    """"a, b and c" (``last`` is the word before the last item)."""
    return f"{', '.join(items[:-1])} {last} {items[-1]}" if len(items) > 1 else items[0]


def lost_database(paths: WorkspacePaths) -> DatabaseLost | None:
    """``DatabaseLost`` when the database is missing or 0 bytes but the folder has been used (a
    signing key, evidence files or backups in it); ``None`` when there is a database, or none was
    ever made here (a new workspace)."""
    from .backups import in_committee, latest_good_backup, list_backups
    from .identity import PRIVATE_KEY_FILE

    try:
        state = "empty" if paths.db.stat().st_size == 0 else ""
    except FileNotFoundError:
        state = "missing"
    if not state:
        return None
    identity = (paths.identity / PRIVATE_KEY_FILE).is_file()
    evidence = sum(1 for _ in BlobStore(paths.blobs))
    found = list_backups(paths)
    if not (identity or evidence or found):
        return None
    latest = latest_good_backup(paths) if found else None
    archive = paths.root / "sync" / "bundles"
    committee = (latest is not None and in_committee(latest.path, immutable=True)) or (
        archive.is_dir() and any(archive.iterdir()))
    present = [bool(identity), bool(evidence), bool(found)]
    held = [what for what, there in zip(
        ("this device's identity (identity/device.key)", _plural(evidence, "evidence file"),
         _plural(len(found), "backup")), present, strict=True) if there]
    held_vi = [what for what, there in zip(
        ("danh tính của máy này (identity/device.key)", f"{evidence:,} tệp chứng cứ", f"{len(found):,} bản sao lưu"),
        present, strict=True) if there]
    what = "missing" if state == "missing" else "empty (0 bytes)"
    command = f"moderator-app --data-dir {paths.root}"
    message = (f"the database {paths.db.name} in {paths.root} is {what}, but this data folder holds "
               f"{_listed(held, 'and')}: the workspace had work in it, so no new empty database is made over it. ")
    message_vi = (f"không tìm thấy cơ sở dữ liệu {paths.db.name} trong {paths.root}" if state == "missing" else
                  f"cơ sở dữ liệu {paths.db.name} trong {paths.root} trống (0 byte)")
    message_vi += (f", nhưng thư mục dữ liệu này vẫn còn {_listed(held_vi, 'và')}: không gian làm việc này đã có "
                   "dữ liệu, nên không tạo cơ sở dữ liệu trống mới đè lên. ")
    if latest is not None:
        when = latest.created.strftime("%Y-%m-%d %H:%M UTC")
        message += f"Restore the latest good backup (taken {when}): `{command} backup restore {latest.id}`"
        message_vi += f"Hãy khôi phục bản sao lưu tốt gần nhất (lập lúc {when}): `{command} backup restore {latest.id}`"
        if committee:
            message += (f", then run `{command} sync` before changing anything: it brings back this device's "
                        "changes published to the shared folder after the backup")
            message_vi += (f", rồi chạy `{command} sync` trước khi thay đổi gì: lệnh này lấy lại các thay đổi của "
                           "máy này đã đưa lên thư mục dùng chung sau thời điểm sao lưu")
    elif committee:
        message += ("There is no good backup to restore: join the committee again from a new data folder "
                    "(`moderator-app --data-dir NEW_FOLDER committee join --folder SHARED_FOLDER --member-name "
                    "NAME`); once the chair approves it, the next sync brings back the committee's history, "
                    "this device's published changes included")
        message_vi += ("Không có bản sao lưu nào còn tốt để khôi phục: hãy tham gia lại ban từ một thư mục dữ liệu "
                       "mới (`moderator-app --data-dir THƯ_MỤC_MỚI committee join --folder THƯ_MỤC_DÙNG_CHUNG "
                       "--member-name TÊN`); khi Trưởng ban duyệt, lần đồng bộ tiếp theo sẽ mang về lịch sử của "
                       "ban, kể cả các thay đổi máy này đã đồng bộ")
    else:
        message += (f"There is no good backup to restore: put a copy of {paths.db.name} back if you have one, "
                    "or move this folder away to start an empty workspace")
        message_vi += (f"Không có bản sao lưu nào còn tốt để khôi phục: nếu có bản sao của {paths.db.name}, hãy "
                       "đặt lại vào chỗ cũ; hoặc chuyển thư mục này đi nơi khác để bắt đầu một không gian làm "
                       "việc trống")
    log.error("the database is %s but the data folder has been used (identity %s, %d evidence files, "
              "%d backups)", state, identity, evidence, len(found))
    return DatabaseLost(message, db=paths.db, state=state, identity=identity, evidence=evidence,
                        backups=len(found), latest=latest, committee=committee, vi=message_vi,
                        code="database_lost")


def _owner_only(db: Path) -> None:
    """The database holds reporters' contacts: readable by its owner only, even in a data
    directory that existed before (SQLite gives its side files the database's own mode)."""
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db}{suffix}")
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        except FileNotFoundError:
            continue
        except OSError as exc:  # a file system without Unix modes: nothing to tighten
            log.debug("cannot make %s owner-only: %s", path, exc)


def sweep_temporaries(paths: WorkspacePaths, everywhere: bool = True) -> None:
    """Remove the temporary files a killed process left in the data directory (never a whole file:
    those only ever exist under their final names), and the SQLite journals beside them. Only this
    process holds the lock, so none of them is being written. ``everywhere=False``: only the small
    folders a process that never opens the database writes in (a killed ``backup create`` leaves
    its partial copy and journal in ``backups/``); the others after an unclean exit."""
    import shutil

    from moderator_app.store.atomic import TEMP_PREFIX

    found = [*paths.root.glob(f"{TEMP_PREFIX}*"), *paths.backups.glob(f"{TEMP_PREFIX}*"),
             *paths.identity.glob(f"{TEMP_PREFIX}*")]
    if everywhere:
        found += [*paths.blobs.glob(".incoming-*"), *(paths.root / "sync" / "bundles").glob(f"*/{TEMP_PREFIX}*")]
    removed = 0
    for path in found:
        try:
            path.unlink(missing_ok=True)
            removed += 1
        except OSError as exc:  # a read-only folder: left for a later start
            log.warning("cannot remove the leftover %s: %s", path, exc)
    incoming = paths.root / "sync" / "incoming"
    if everywhere and incoming.is_dir():
        shutil.rmtree(incoming, ignore_errors=True)
    if removed:
        log.info("removed %d temporary files left by an interrupted run", removed)


def _data_dir_problem(root: Path, exc: OSError) -> tuple[str, str]:
    """Why the data directory cannot be used, and what to do: (English, Vietnamese)."""
    from moderator_app.store.atomic import write_error_texts

    target = Path(exc.filename) if exc.filename else root / "moderator.sqlite3"
    en, vi = write_error_texts(exc, target)
    return f"the data directory {root} cannot be used: {en}", f"không dùng được thư mục dữ liệu {root}: {vi}"


def lock_data_dir(root: Path) -> DataDirLock:
    """Create (owner-only) and lock the data directory; a folder that cannot be created or
    written is one clear ``UserError`` naming it."""
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new data directory: its owner's only
    except OSError as exc:
        raise UserError(f"cannot create the data directory {root}: {exc.strerror}",
                        vi=f"không tạo được thư mục dữ liệu {root}: {exc.strerror}",
                        code="data_dir_not_created") from exc
    lock = DataDirLock(root)
    try:
        lock.acquire()
    except OSError as exc:
        en, vi = _data_dir_problem(root, exc)
        raise WriteFailed(en, vi=vi, code="data_dir_unusable") from exc
    return lock


def _unlock_or_refuse(root: Path) -> None:
    """An encrypted workspace opens only once its key is known (``services.encryption``): from
    the OS keyring, or from the passphrase the window or the command line asked for. A database
    file left in clear by a conversion that stopped half-way is encrypted now."""
    from . import encryption

    if not encryption.is_encrypted(root):
        return
    if not encryption.unlock(root):
        raise encryption.locked_error(root)
    encryption.finish_conversion(root)


class Workspace:
    """Everything a running application knows about its data directory."""

    def __init__(self, root: Path, db: Database, lock: DataDirLock, migration: MigrationOutcome) -> None:
        self.paths = WorkspacePaths(root)
        self.db = db
        self._lock = lock
        self.migration = migration
        self.identity = self._load_or_create_identity()
        self.clock = HybridClock(int(self.local_state("hlc") or 0))
        self._listeners: list[Listener] = []
        self.passphrase_provider: Callable[[], str | None] | None = None
        self._passphrase: str | None = None
        self._dispatch: Callable[[Callable[[], object]], None] | None = None
        self._founded = False
        # Inside ``building_database``: transactions leave search documents to the end of the build.
        self.building = False
        self._damaged = False

    # --- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, *, member_name: str | None = None, lock: DataDirLock | None = None,
             check_integrity: bool = False) -> Workspace:
        """Open (and lock) the data directory; ``lock``: one this process already holds on it.

        The database's integrity is checked after an unclean exit, and with ``check_integrity``
        (the application's start and every command) also when it is small enough to check in a
        moment. A missing or empty database in a folder that has been used is refused
        (``DatabaseLost``), never replaced by a new empty one.
        """
        root = root.expanduser()
        if lock is None:
            lock = lock_data_dir(root)
        try:
            paths = WorkspacePaths(root)
            _unlock_or_refuse(root)
            unclean = paths.running_marker.exists()
            sweep_temporaries(paths, everywhere=unclean)
            lost = lost_database(paths)
            if lost is not None:
                raise lost
            if unclean and paths.db.exists():
                _check_after_unclean_exit(paths)
            elif check_integrity and paths.db.exists() and paths.db.stat().st_size <= CHECK_AT_START_BYTES:
                _check_database(paths, quick=True)
            db = Database(paths.db)
            outcome = migrate(db, paths.backups)
            _owner_only(paths.db)
            paths.running_marker.write_text("open\n", encoding="utf-8")
            ws = cls(root, db, lock, outcome)
            from .preferences import migrate_settings

            migrate_settings(ws)
            if member_name and ws.is_new():
                ws.set_local_state("member_name", member_name)
                ws.identity = ws._load_or_create_identity()
            return ws
        except OSError as exc:
            lock.release()
            en, vi = _data_dir_problem(root, exc)
            raise WriteFailed(en, vi=vi, code="data_dir_unusable") from exc
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        self.db.dispose()
        if not self._damaged:
            self.paths.running_marker.unlink(missing_ok=True)
        self._lock.release()

    def mark_damaged(self) -> None:
        """Keep the workspace marked as not closed cleanly (``verify`` found the file damaged), so
        the next start runs the full integrity check and refuses to write to it."""
        self._damaged = True

    def reopen(self, between: Callable[[WorkspacePaths], T]) -> tuple[Workspace, T]:
        """Close the database, run ``between`` on the closed data directory while still holding its
        lock (no other process can slip in: restoring a backup), then open it again.

        This object must not be used afterwards; listeners are not carried over. An unlocked
        signing key stays unlocked.
        """
        lock, passphrase = self._lock, self._passphrase
        self.db.dispose()
        self.paths.running_marker.unlink(missing_ok=True)
        try:
            result = between(self.paths)
        except BaseException:
            lock.release()
            raise
        ws = Workspace.open(self.root, lock=lock)
        ws._passphrase = passphrase
        return ws, result

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc is not None and is_corruption(exc):
            # SQLite found the file damaged: close without clearing the running marker, so the
            # next start runs the integrity check and refuses to write to it.
            log.error("the database is damaged: %s", exc)
            self.db.dispose()
            self._lock.release()
            return
        self.close()

    @property
    def root(self) -> Path:
        return self.paths.root

    @property
    def blobs(self) -> BlobStore:
        """Evidence bytes, by SHA-256, in the data directory (sealed when the workspace is encrypted)."""
        return blob_store(self.paths)

    # --- local state and settings (never synced) -------------------------------------------

    def local_state(self, key: str) -> str | None:
        with self.db.read() as conn:
            row = raw_connection(conn).execute("SELECT value FROM local_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_local_state(self, key: str, value: str) -> None:
        with self.db.write() as conn:
            raw_connection(conn).execute(
                "INSERT INTO local_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def setting(self, key: str, default: Any = None) -> Any:
        with self.db.read() as conn:
            row = raw_connection(conn).execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.write() as conn:
            raw_connection(conn).execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def delete_setting(self, key: str) -> None:
        with self.db.write() as conn:
            raw_connection(conn).execute("DELETE FROM settings WHERE key = ?", (key,))

    def _load_or_create_identity(self) -> Identity:
        device_id = self.local_state("device_id")
        if device_id is None:
            key = create_private_key(self.paths.identity)
            device_id = new_device_id()
            self.set_local_state("device_id", device_id)
            self.set_local_state("member_id", new_entity_id())
            self.set_local_state("public_key", public_key_b64(key.public_key()))
            log.info("created identity for device %s", device_id)
        name = self.local_state("member_name")
        if name is None:
            name = _default_member_name()
            self.set_local_state("member_name", name)
        return Identity(
            device_id=device_id,
            member_id=self.local_state("member_id") or "",
            member_name=name,
            public_key_b64=self.local_state("public_key") or "",
        )

    @contextmanager
    def building_database(self) -> Iterator[None]:
        """Write into a scratch copy of this (empty) workspace's database and put it in place only
        when the block succeeds: long generators (the demo) are all or nothing, even if killed.
        """
        import os

        scratch = self.paths.root / "building.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        live = self.db
        with live.read() as conn:
            state = raw_connection(conn).execute("SELECT key, value FROM local_state").fetchall()
            settings = raw_connection(conn).execute("SELECT key, value FROM settings").fetchall()
        building = Database(scratch, durable=False)
        migrate(building, self.paths.backups)
        with building.write() as conn:
            raw = raw_connection(conn)
            raw.executemany("INSERT INTO local_state (key, value) VALUES (?, ?)", state)
            raw.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", settings)
            # The queue's sort and filter indexes, and the other indexes the build never reads
            # through, are built once at the end: a sorted bulk build is far cheaper than keeping
            # them up to date through millions of inserts and updates. The ones the write path
            # itself reads through stay, or each lookup would scan the table.
            deferred = drop_build_deferred_indexes(raw)
            # The queue's counts too are set once at the end, not kept row by row by triggers.
            tallies.drop_triggers(raw)
        self.db = building
        self.building = True
        try:
            yield
            with building.write() as conn:
                for _, sql in deferred:
                    raw_connection(conn).execute(sql)
                tallies.recount(raw_connection(conn))
                # Each case's search document once, in rowid order (see ``index_all_cases``).
                index_all_cases(raw_connection(conn))
            building.checkpoint()
        except BaseException:
            building.dispose()
            self.db = live
            for suffix in ("", "-wal", "-shm"):
                Path(f"{scratch}{suffix}").unlink(missing_ok=True)
            raise
        finally:
            self.building = False
        building.dispose()
        with open(scratch, "rb+") as fh:
            os.fsync(fh.fileno())
        live.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.paths.db}{suffix}").unlink(missing_ok=True)
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        os.replace(scratch, self.paths.db)
        _owner_only(self.paths.db)
        self.db = Database(self.paths.db)

    def key_is_protected(self) -> bool:
        from .identity import key_is_protected

        return key_is_protected(self.paths.identity)

    def unlock_key(self, passphrase: str) -> None:
        """Check the passphrase and keep it for this process's signatures (``UserError`` if wrong)."""
        load_private_key(self.paths.identity, passphrase)
        self._passphrase = passphrase

    def private_key(self):  # noqa: ANN201 - cryptography type, imported lazily by callers
        """The signing key; a protected key asks ``passphrase_provider`` (the CLI's prompt or
        environment variable, the window's dialog) once per process."""
        from .identity import key_is_protected

        if key_is_protected(self.paths.identity):
            if self._passphrase is None and self.passphrase_provider is not None:
                self._passphrase = self.passphrase_provider()
            try:
                return load_private_key(self.paths.identity, self._passphrase)
            except UserError:
                self._passphrase = None
                raise
        return load_private_key(self.paths.identity)

    # --- writing -----------------------------------------------------------------------------

    @contextmanager
    def transaction(self, rng: random.Random | None = None) -> Iterator[Transaction]:
        """One user action: its events are appended and applied, all or nothing.

        ``rng`` makes new ids repeatable (the demo); normally ids are drawn from the OS.
        """
        clock_before = self.clock.last
        with self.db.write() as conn:
            tx = Transaction(self, raw_connection(conn), rng)
            try:
                yield tx
                tx.finish()
            except BaseException:
                # Nothing of the transaction stays, so neither does what its events did to the
                # clock (a refused file's stamps must not date this member's next changes).
                self.clock.last = clock_before
                raise
            raw_connection(conn).execute(
                "INSERT INTO local_state (key, value) VALUES ('hlc', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(self.clock.last),),
            )
        if tx.events and self.identity.device_id in {e.device_id for e in tx.events}:
            self._founded = True
        landed = [*tx.events, *tx.received]
        if landed:
            self._notify(landed)

    def _notify(self, events: list[Any]) -> None:
        if self._dispatch is None:
            for listener in list(self._listeners):
                listener(events)
        else:
            self._dispatch(lambda: [listener(events) for listener in list(self._listeners)])

    def set_dispatcher(self, dispatch: Callable[[Callable[[], object]], None] | None) -> None:
        """Run listeners through ``dispatch`` (the GUI posts them to its own thread, so a sync
        round in a worker thread still refreshes the window safely); ``None`` calls them directly."""
        self._dispatch = dispatch

    def subscribe(self, listener: Listener) -> None:
        """Be told (with the new events) after every committed transaction."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop telling ``listener``; a listener already gone is fine (a window closed twice)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- who am I ------------------------------------------------------------------------

    def is_new(self) -> bool:
        """No event has been written here yet."""
        with self.db.read() as conn:
            return raw_connection(conn).execute("SELECT 1 FROM events LIMIT 1").fetchone() is None

    def is_founded(self) -> bool:
        if not self._founded:
            with self.db.read() as conn:
                row = raw_connection(conn).execute(
                    "SELECT 1 FROM devices WHERE id = ?", (self.identity.device_id,)
                ).fetchone()
            self._founded = row is not None
        return self._founded

    def role(self) -> Role:
        """The local member's role; a workspace on its own is its own committee's chair."""
        with self.db.read() as conn:
            row = raw_connection(conn).execute(
                "SELECT role, active FROM members WHERE id = ?", (self.identity.member_id,)
            ).fetchone()
        if row is None:
            return Role.CHAIR if self.local_state("committee_id") is None else Role.OBSERVER
        return Role(row[0]) if row[1] else Role.OBSERVER

    def require_role(self, *roles: Role, action: str, action_vi: str | None = None) -> None:
        """Refuse (``NotAllowed``) unless the local member has one of ``roles``. ``action`` says what
        was refused ("recording a decision"); ``action_vi`` is its Vietnamese, by default the one
        ``ACTIONS_VI`` knows."""
        role = self.role()
        if role not in roles and self.local_state("committee_id") is not None and not self.is_founded():
            raise NotAllowed(
                "this device is not a member of the committee yet: the chair must approve its join "
                "request, and the approval arrives with the next sync",
                vi="thiết bị này chưa là thành viên của ban: Trưởng ban cần duyệt đề nghị tham gia của thiết bị, "
                   "và việc duyệt sẽ đến cùng lần đồng bộ tiếp theo",
                code="membership_pending",
            )
        if role not in roles:
            done_vi = action_vi or ACTIONS_VI.get(action, "thực hiện thao tác này")
            with self.db.read() as conn:
                row = raw_connection(conn).execute(
                    "SELECT active FROM members WHERE id = ?", (self.identity.member_id,)).fetchone()
            if row is not None and not row[0]:
                raise NotAllowed(f"{action} is not possible: you are no longer a member of the committee (the chair "
                                 "revoked this membership); this workspace can still be read",
                                 vi=f"không thể {done_vi}: bạn không còn là thành viên của ban (Trưởng ban đã thu "
                                    "hồi tư cách thành viên này); vẫn có thể xem không gian làm việc này",
                                 code="membership_revoked")
            raise NotAllowed(f"{action} needs the role {role_names(roles, 'en')}; you are {role_names([role], 'en')}",
                             vi=f"chỉ {role_names(roles, 'vi')} mới được {done_vi}; vai trò của bạn là "
                                f"{role_names([role], 'vi')}",
                             code="role_required")
