"""Storage faults found by hostile-input testing: a lost or damaged database, faults in backups and
in ``verify``'s scratch copy, an evidence file replaced by a folder, and files that are not files.

Each must end in one clear refusal (exit 2, or ``verify``'s exit 1 naming the damage), with nothing
written over what is there. Read-only folders are simulated (EROFS/EACCES raised where a file is
created or changed), as in ``test_faults_disk.py``, since ``chmod`` cannot stop a process run as root.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import namedtuple
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.errors import UserError
from moderator_app.services import backups
from moderator_app.services import evidence as evidence_service
from moderator_app.services import verify as verify_service
from moderator_app.services import workspace as workspace_module
from moderator_app.services.workspace import DatabaseLost, Workspace
from moderator_app.store.paths import WorkspacePaths

from .conftest import Cli
from .faults import database_full, leftovers

ROOT = Path(__file__).resolve().parents[1]


def _add(cli: Cli, name: str = "Đen Vâu") -> str:
    result = cli("report", "add", "--influencer", name, "--platform", "tiktok", "--category", "fraud",
                 "--description", "Livestream bán tiền ảo", "--json")
    assert result.code == 0, result.err
    return result.json()["ref"]


def _with_evidence(tmp_path: Path) -> tuple[Cli, str, str]:
    """A workspace with a case, an evidence file and a backup; returns (cli, case ref, backup id)."""
    cli = Cli(tmp_path / "ws")
    ref = _add(cli)
    clip = tmp_path / "clip.png"
    clip.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    assert cli("evidence", "add", ref, str(clip)).code == 0
    made = cli("backup", "create", "--json")
    assert made.code == 0, made.err
    return cli, ref, made.json()["id"]


def _one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


def _tree(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` with its size (the lock file's content is the holder's pid)."""
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "moderator-app.lock"}


# --- 1. a database emptied or deleted ------------------------------------------------------------


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_an_emptied_or_deleted_database_is_refused_and_the_backup_named(tmp_path: Path, state: str):
    cli, ref, backup_id = _with_evidence(tmp_path)
    paths = WorkspacePaths(tmp_path / "ws")
    key = (paths.identity / "device.key").read_bytes()
    if state == "empty":
        paths.db.write_bytes(b"")
    else:
        paths.db.unlink()
    for argv in (("cases", "list"), ("report", "add", "--influencer", "Khánh Vy", "--platform", "tiktok",
                                     "--category", "fraud"), ("verify",)):
        result = cli(*argv)
        assert result.code == 2 and _one_line(result.err), (argv, result.err)
        assert ("is empty (0 bytes)" if state == "empty" else "is missing") in result.err
        assert "this device's identity" in result.err and "1 evidence file" in result.err
        assert "1 backup" in result.err
        command = f"moderator-app --data-dir {paths.root} backup restore {backup_id}"
        assert command in result.err
    # Nothing was made over it: no new database, the same signing key, no backup of the empty file.
    assert (paths.db.stat().st_size == 0) if state == "empty" else not paths.db.exists()
    assert (paths.identity / "device.key").read_bytes() == key
    again = cli("backup", "create")
    assert again.code == 2 and ("is empty" in again.err or "no database" in again.err)
    assert [b.id for b in backups.list_backups(paths)] == [backup_id]
    # The exact command given brings the work back.
    given = re.search(r"`moderator-app --data-dir \S+ (backup restore \S+)`", result.err)
    assert given is not None
    restored = cli(*given.group(1).split())
    assert restored.code == 0, restored.err
    assert [c["ref"] for c in cli("cases", "list", "--json").json()] == [ref]
    assert len(cli("evidence", "list", ref, "--json").json()) == 1
    assert cli("verify").code == 0


def test_a_deleted_database_with_its_log_left_is_restored_without_that_log(tmp_path: Path):
    cli, ref, backup_id = _with_evidence(tmp_path)
    paths = WorkspacePaths(tmp_path / "ws")
    _add(cli, "Khánh Vy")
    stale = Path(f"{paths.db}-wal")
    junk = os.urandom(8192)
    stale.write_bytes(junk)  # a log that belongs to no database any more
    paths.db.unlink()
    assert cli("cases", "list").code == 2
    assert cli("backup", "restore", backup_id).code == 0
    kept = [p for p in (paths.root / "replaced").iterdir() if p.name.endswith("-wal")]
    assert [p.read_bytes() for p in kept] == [junk]  # kept aside, not replayed into the backup
    assert not stale.exists() or stale.read_bytes() != junk
    assert [c["ref"] for c in cli("cases", "list", "--json").json()] == [ref]
    assert cli("verify").code == 0


def test_a_lost_database_in_a_committee_says_to_sync_or_to_join_again(tmp_path: Path):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    paths = WorkspacePaths(tmp_path / "ws")
    conn = sqlite3.connect(paths.db)
    conn.execute("INSERT INTO local_state (key, value) VALUES ('committee_root', '/shared')")
    conn.commit()
    conn.close()
    assert cli("backup", "create").code == 0
    paths.db.unlink()
    result = cli("cases", "list")
    assert result.code == 2 and "backup restore" in result.err
    assert f"moderator-app --data-dir {paths.root} sync" in result.err
    shutil.rmtree(paths.backups)
    (paths.root / "sync" / "bundles" / "dev1").mkdir(parents=True)
    (paths.root / "sync" / "bundles" / "dev1" / "0000000001-0000000004.zip").write_bytes(b"PK")
    result = cli("cases", "list")
    assert result.code == 2 and _one_line(result.err)
    assert "no good backup" in result.err and "committee join" in result.err
    assert not paths.db.exists()


def test_a_folder_that_was_never_used_still_starts_empty(tmp_path: Path):
    (tmp_path / "ws" / "logs").mkdir(parents=True)  # logging starts before the workspace opens
    (tmp_path / "ws" / "backups").mkdir()
    assert Cli(tmp_path / "ws")("cases", "list").code == 2  # read-only: no workspace to read yet
    assert Cli(tmp_path / "ws")("calendar", "add", "2027-02-01", "--name", "Nghỉ bù").code == 0  # not lost: new
    assert Cli(tmp_path / "ws")("cases", "list", "--json").json() == []


def test_an_empty_backup_is_never_the_latest_good_one(tmp_path: Path):
    _cli, _ref, backup_id = _with_evidence(tmp_path)
    paths = WorkspacePaths(tmp_path / "ws")
    (paths.backups / "29990101T000000000000Z-manual.sqlite3").write_bytes(b"")
    assert backups.latest_good_backup(paths).id == backup_id


def test_the_window_offers_the_latest_backup_for_a_lost_database(qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from moderator_app.ui import app as ui_app
    from moderator_app.ui import plain_text

    cli, ref, _backup_id = _with_evidence(tmp_path)
    paths = WorkspacePaths(tmp_path / "ws")
    paths.db.unlink()
    with pytest.raises(DatabaseLost):
        ui_app.open_workspace(paths.root, interactive=False)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return button
        return question

    monkeypatch.setattr(plain_text, "question", answer(QMessageBox.StandardButton.No))
    with pytest.raises(UserError, match="Nothing was changed"):
        ui_app.open_workspace(paths.root, interactive=True)
    assert not paths.db.exists() and "1 evidence file" in asked[-1] and "Restore the latest good backup" in asked[-1]
    monkeypatch.setattr(plain_text, "question", answer(QMessageBox.StandardButton.Yes))
    ws = ui_app.open_workspace(paths.root, interactive=True)
    try:
        assert not ws.is_new()
    finally:
        ws.close()
    assert [c["ref"] for c in cli("cases", "list", "--json").json()] == [ref]


def test_the_window_says_how_to_rebuild_without_a_backup(qtbot, tmp_path: Path):
    from moderator_app.ui import app as ui_app

    cli = Cli(tmp_path / "ws")
    _add(cli)
    paths = WorkspacePaths(tmp_path / "ws")
    (paths.root / "sync" / "bundles" / "dev1").mkdir(parents=True)
    (paths.root / "sync" / "bundles" / "dev1" / "0000000001-0000000004.zip").write_bytes(b"PK")
    paths.db.write_bytes(b"")
    with pytest.raises(UserError, match="join the committee again"):
        ui_app.open_workspace(paths.root, interactive=True)
    assert paths.db.stat().st_size == 0


# --- 2. the command line and a damaged database ----------------------------------------------------


def _flip_in_table(db: Path, table: str, count: int = 200) -> int:
    """Flip ``count`` bytes inside a leaf page of ``table`` (a failing disk); returns the page."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]
    conn.close()
    page = pages[len(pages) // 2]
    data = bytearray(db.read_bytes())
    start = (page - 1) * page_size + 8
    for i in range(start, start + count):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    return page


def _demo(tmp_path: Path) -> Cli:
    cli = Cli(tmp_path / "ws")
    assert cli("demo", "--cases", "40", "--quiet").code == 0
    return cli


def test_the_command_line_refuses_to_write_to_a_damaged_database(tmp_path: Path):
    cli = _demo(tmp_path)
    backup_id = cli("backup", "create", "--json").json()["id"]
    paths = WorkspacePaths(tmp_path / "ws")
    page = _flip_in_table(paths.db, "cases")
    damaged = paths.db.read_bytes()
    assert not paths.running_marker.exists()  # closed cleanly before the damage
    for argv in (("cases", "list"), ("report", "add", "--influencer", "Khánh Vy", "--platform", "tiktok",
                                     "--category", "fraud")):
        result = cli(*argv)
        assert result.code == 2 and _one_line(result.err), result.err
        assert "is damaged" in result.err and "verify" in result.err and "backup restore" in result.err
    assert paths.db.read_bytes() == damaged
    first = cli("verify")  # names the damage the first time
    assert first.code == 1
    assert re.search(rf"is damaged in table cases; page {page}\b", first.out), first.out
    assert f"backup restore {backup_id}" in first.err and "is damaged" in first.err
    assert paths.db.read_bytes() == damaged
    assert cli("backup", "restore", backup_id).code == 0
    assert len(cli("cases", "list", "--json", "--limit", "100").json()) == 40
    assert cli("verify").code == 0


def test_a_large_database_damaged_is_named_by_verify_and_refused_afterwards(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(workspace_module, "CHECK_AT_START_BYTES", 0)  # as a database too large to check each time
    cli = _demo(tmp_path)
    paths = WorkspacePaths(tmp_path / "ws")
    _flip_in_table(paths.db, "reports")
    damaged = paths.db.read_bytes()
    result = cli("verify", "--json")
    assert result.code == 1, result.err
    problems = result.json()["problems"]
    assert "is damaged in table reports" in problems[0]
    assert "is damaged" in result.err and "there is no good backup" in result.err
    assert paths.running_marker.exists()  # so the next start runs the full check
    again = cli("report", "add", "--influencer", "Khánh Vy", "--platform", "tiktok", "--category", "fraud")
    assert again.code == 2 and "failed its integrity check" in again.err
    assert paths.db.read_bytes() == damaged


def test_verify_names_text_that_is_no_longer_text(tmp_path: Path):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    conn = sqlite3.connect(WorkspacePaths(tmp_path / "ws").db)
    conn.execute("UPDATE events SET payload = CAST(X'7B22FFFE' AS TEXT) WHERE rowid = (SELECT max(rowid) FROM events)")
    conn.commit()
    conn.close()
    result = cli("verify")
    assert result.code == 1, result.err
    assert "reading the event log (table events) failed (column payload holds bytes that are not text)" in result.out
    assert "is damaged" in result.err and "backup" in result.err


# --- 3. faults in backups --------------------------------------------------------------------------


@contextmanager
def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> Iterator[None]:
    """Creating, writing, renaming or removing anything under ``folder`` fails with ``code``."""
    folder = folder.resolve()

    def under(path: Any) -> bool:
        try:
            p = Path(os.fsdecode(path)).resolve()
        except (TypeError, ValueError, OSError):
            return False
        return p == folder or folder in p.parents

    def refuse(path: Any) -> None:
        raise OSError(code, os.strerror(code), os.fsdecode(path))

    real_os_open, real_open, real_mkdir = os.open, builtins.open, os.mkdir
    real_unlink, real_replace, real_rename = os.unlink, os.replace, os.rename

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and under(path):
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    def py_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if not isinstance(file, int) and any(ch in mode for ch in "wax+") and under(file):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def guard(real: Any) -> Any:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if under(path) or (args and under(args[0])):
                refuse(path)
            return real(path, *args, **kwargs)
        return call

    with monkeypatch.context() as m:
        m.setattr(os, "open", os_open)
        m.setattr(builtins, "open", py_open)
        m.setattr(io, "open", py_open)
        m.setattr(os, "mkdir", guard(real_mkdir))
        m.setattr(os, "unlink", guard(real_unlink))
        m.setattr(os, "replace", guard(real_replace))
        m.setattr(os, "rename", guard(real_rename))
        yield


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_backups_on_a_read_only_data_folder_are_one_clear_line(tmp_path: Path, monkeypatch, code: int):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    home = tmp_path / "ws"
    before = _tree(home)
    with read_only(monkeypatch, home, code):
        for argv in (("backup", "create"), ("backup", "list"), ("cases", "list")):
            result = cli(*argv)
            assert result.code == 2 and _one_line(result.err), (argv, result.err)
            assert str(home) in result.err and "internal error" not in result.err
    assert _tree(home) == before
    assert cli("verify").code == 0


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_backups_folder_makes_no_backup_and_says_so(tmp_path: Path, monkeypatch, code: int):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    assert cli("backup", "create").code == 0
    paths = WorkspacePaths(tmp_path / "ws")
    before = _tree(paths.backups)
    with read_only(monkeypatch, paths.backups, code):
        result = cli("backup", "create")
        assert result.code == 2 and _one_line(result.err), result.err
        assert "no backup was made" in result.err and str(paths.backups) in result.err
        assert cli("backup", "list").code == 0  # reading the list needs no write there
    assert _tree(paths.backups) == before


KILLED_BACKUP = r'''
import os, signal, sys
from moderator_app.store import backup, driver

class Source:
    """The live database's side of the copy: killed with SIGKILL after a few pages."""
    def __init__(self, conn):
        self.conn = conn
    def backup(self, target):
        def progress(_status, remaining, total):
            if total - remaining >= 3:
                os.kill(os.getpid(), signal.SIGKILL)
        self.conn.backup(target, pages=1, progress=progress)
    def close(self):
        self.conn.close()

class Driver:
    def __getattr__(self, name):
        return getattr(driver, name)
    @staticmethod
    def connect(path, *args, **kwargs):
        conn = driver.connect(path, *args, **kwargs)
        return Source(conn) if str(path).endswith("moderator.sqlite3") else conn

backup.driver = Driver()
from moderator_app.app import main
sys.exit(main(sys.argv[1:]))
'''


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL is POSIX")
@pytest.mark.parametrize("next_command", [("backup", "list"), ("cases", "list")])
def test_a_killed_backup_leaves_nothing_the_next_start_does_not_clear(tmp_path: Path, next_command: tuple[str, ...]):
    cli = _demo(tmp_path)
    home = tmp_path / "ws"
    proc = subprocess.run([sys.executable, "-c", KILLED_BACKUP, "--data-dir", str(home), "backup", "create"],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == -9, proc.stderr
    left = sorted(p.name for p in (home / "backups").iterdir())
    assert len(left) == 2 and all(n.startswith(".tmp-") for n in left) and left[1].endswith("-journal")
    result = cli(*next_command)
    assert result.code == 0, result.err
    assert list((home / "backups").iterdir()) == []
    assert cli("backup", "list", "--json").json() == []
    assert cli("verify").code == 0


# --- 4. verify's scratch copy and a full disk --------------------------------------------------------


Usage = namedtuple("Usage", "total used free")


def _room(monkeypatch: pytest.MonkeyPatch, data_dir: Path, data_free: int, temp_free: int) -> None:
    real = shutil.disk_usage

    def usage(path: Any) -> Usage:
        p = Path(path).resolve()
        if p == data_dir.resolve():
            return Usage(10**12, 10**12 - data_free, data_free)
        if str(p) == str(Path(verify_service.tempfile.gettempdir()).resolve()):
            return Usage(10**12, 10**12 - temp_free, temp_free)
        return real(path)

    monkeypatch.setattr(verify_service.shutil, "disk_usage", usage)


def test_verify_builds_its_scratch_copy_where_there_is_room(tmp_path: Path, monkeypatch):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    home = tmp_path / "ws"
    _room(monkeypatch, home, data_free=1024, temp_free=10**11)
    with Workspace.open(home) as ws:
        assert verify_service.scratch_folder(ws) == Path(verify_service.tempfile.gettempdir())
    assert cli("verify").code == 0
    assert not list(home.glob("verify-*"))


def test_verify_without_room_anywhere_is_one_clear_refusal(tmp_path: Path, monkeypatch):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    home = tmp_path / "ws"
    _room(monkeypatch, home, data_free=1024, temp_free=2048)
    result = cli("verify")
    assert result.code == 2 and _one_line(result.err), result.err
    assert re.search(r"needs about \d+ MB free", result.err)
    assert str(home) in result.err and verify_service.tempfile.gettempdir() in result.err
    assert not list(home.glob("verify-*"))


def test_verify_on_a_disk_that_fills_up_is_one_clear_refusal(tmp_path: Path, monkeypatch):
    cli = Cli(tmp_path / "ws")
    _add(cli)
    home = tmp_path / "ws"
    with database_full(monkeypatch):
        result = cli("verify")
    assert result.code == 2 and _one_line(result.err), result.err
    assert "filled up" in result.err and "needs about" in result.err and "Nothing was changed" in result.err
    assert not list(home.glob("verify-*"))
    assert cli("verify").code == 0


# --- 5. an evidence file replaced by a folder ---------------------------------------------------------


def test_an_evidence_pack_with_a_folder_in_place_of_a_file_is_refused(tmp_path: Path):
    cli, ref, _ = _with_evidence(tmp_path)
    item = cli("evidence", "list", ref, "--json").json()[0]
    stored = tmp_path / "ws" / "blobs" / item["sha256"][:2] / item["sha256"]
    stored.unlink()
    stored.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    result = cli("evidence", "export", ref, "-o", str(out / "pack.zip"))
    assert result.code == 2 and _one_line(result.err), result.err
    assert item["id"] in result.err and "clip.png" in result.err and str(stored) in result.err
    assert "is a folder" in result.err and "not written" in result.err
    assert list(out.iterdir()) == [] and leftovers(out) == []
    with Workspace.open(tmp_path / "ws") as ws:
        row = evidence_service.resolve_evidence(ws, item["id"]).row
        with pytest.raises(evidence_service.IntegrityError):  # the viewer: refused, not a crash
            evidence_service.read_verified(ws, row)
        with pytest.raises(evidence_service.IntegrityError, match="is a folder"):
            evidence_service.save_copy(ws, row, out / "copy.png")
    assert list(out.iterdir()) == []


# --- 6. reading something that is not a regular file as evidence ----------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX pipes and devices")
def test_a_device_a_pipe_or_a_folder_is_not_evidence(tmp_path: Path):
    cli = Cli(tmp_path / "ws")
    ref = _add(cli)
    fifo = tmp_path / "chat.txt"
    os.mkfifo(fifo)  # no writer: reading it would wait for ever
    link = tmp_path / "zero.png"
    link.symlink_to("/dev/zero")  # reading it would never end
    folder = tmp_path / "folder.png"
    folder.mkdir()
    for path, said in ((Path("/dev/zero"), "is a device"), (link, "is a device"), (fifo, "is a pipe"),
                       (folder, "is a folder")):
        result = cli("evidence", "add", ref, str(path))
        assert result.code == 2 and _one_line(result.err) and said in result.err, result.err
    assert cli("evidence", "list", ref, "--json").json() == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a POSIX device")
def test_a_device_swapped_in_after_the_check_is_refused_on_opening(ws: Workspace, tmp_path: Path, monkeypatch):
    ws.set_setting("evidence_max_bytes", 4096)
    monkeypatch.setattr(evidence_service, "check_source", lambda _path, _limit: 1)  # the check saw a file
    for path, said in ((Path("/dev/zero"), "is a device"), (tmp_path, "is a folder")):
        with pytest.raises(UserError, match=said):
            evidence_service.stage_files(ws, [path])
    assert list(ws.blobs) == [] and not list(ws.paths.blobs.glob(".incoming-*"))
