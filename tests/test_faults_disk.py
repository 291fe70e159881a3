"""A full disk and read-only folders, simulated: clear messages, nothing corrupted, no half files.

The disk fills up through ``faults.disk_full`` (Python's writes under a folder fail with ENOSPC
after N of them) and ``faults.database_full`` (SQLite cannot grow the database: "database or
disk is full"). Read-only folders are made with ``chmod``; a process running as root may write
anyway, so those tests are skipped for root, and the same refusal is also simulated (EACCES and
EROFS raised where the file is created) so it is checked everywhere.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.domain.errors import WriteFailed
from moderator_app.services import evidence, reports
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import atomic

from .conftest import Cli
from .faults import database_full, disk_full, leftovers
from .sync_support import committee_copy, event_count, propagate


def _permissions_enforced() -> bool:
    """False for root (or any process allowed to override file permissions): chmod cannot stop it."""
    if os.name != "posix":
        return False
    probe = Path(tempfile.mkdtemp())
    try:
        probe.chmod(0o500)
        try:
            (probe / "x").write_bytes(b"")
        except PermissionError:
            return True
        return False
    finally:
        probe.chmod(0o700)
        shutil.rmtree(probe)


needs_permissions = pytest.mark.skipif(not _permissions_enforced(),
                                       reason="this process may write anywhere (root): chmod cannot make a folder "
                                              "read-only for it; the refusal is simulated by the tests above")


def _add(cli: Cli, name: str) -> object:
    return cli("report", "add", "--influencer", name, "--platform", "tiktok", "--category", "fraud",
               "--description", "Livestream bán tiền ảo " * 40, "--json")


def test_a_full_database_refuses_the_change_and_keeps_the_store(tmp_path: Path, monkeypatch):
    cli = Cli(tmp_path / "ws")
    assert _add(cli, "Đen Vâu").code == 0
    filed = 1
    with database_full(monkeypatch, extra_pages=2):
        for i in range(200):
            result = _add(cli, f"KOL {i}")
            if result.code != 0:
                break
            filed += 1
        else:
            pytest.fail("the database never filled up")
    assert result.code == 2 and set(result.json()) == {"error"}  # --json: the refusal as data
    assert result.err.count("\n") == 1 and "the disk is full" in result.err and "nothing was changed" in result.err
    assert "free some space" in result.err
    assert len(cli("cases", "list", "--json").json()) == filed
    assert cli("verify").code == 0
    assert _add(cli, f"KOL {i}").code == 0  # with room again, the same report goes in, once
    assert len(cli("cases", "list", "--json").json()) == filed + 1
    assert cli("verify").code == 0


def test_a_full_disk_while_attaching_evidence(ws: Workspace, tmp_path: Path):
    filed = reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD))
    files = []
    for i in range(3):
        path = tmp_path / f"clip-{i}.mp4"
        path.write_bytes(random.Random(i).randbytes(3 * 1024 * 1024))
        files.append(path)
    events = event_count(ws)
    with disk_full(ws.paths.blobs, after=4) as budget, pytest.raises(WriteFailed) as caught:
        evidence.add_files(ws, filed.ref, files)
    assert budget.failed == 1
    message = str(caught.value)
    assert "clip-1.mp4" in message and "evidence store" in message and "disk is full" in message
    assert event_count(ws) == events  # nothing recorded
    assert list(ws.blobs) == [] and leftovers(ws.paths.blobs) == []  # the batch's copies taken back out
    assert verify(ws).ok
    added = evidence.add_files(ws, filed.ref, files)
    assert [i.duplicate for i in added.items] == [False, False, False]
    assert verify(ws).ok


def test_a_full_shared_folder_stops_the_round_clearly_and_the_next_one_finishes(tmp_path: Path, tmp_path_factory):
    chair, member = committee_copy(tmp_path_factory, tmp_path, (Role.MEMBER,))
    for i in range(3):
        reports.file_report(chair.ws, reports.ReportInput(f"KOL {i}", Platform.TIKTOK, Category.FRAUD,
                                                          url=f"https://tiktok.com/@k/video/{i}"))
    own = chair.view / "devices" / chair.device
    with disk_full(own, after=0), pytest.raises(WriteFailed, match="disk is full"):
        chair.sync()
    assert not [p for p in own.rglob("*") if p.is_file() and p.name.startswith(".tmp-")]
    assert verify(chair.ws).ok
    chair.sync()
    propagate(chair.view, member.view)
    assert member.sync().rejected == []
    assert event_count(member.ws) == event_count(chair.ws)
    for m in (chair, member):
        m.ws.close()


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_a_refused_folder_is_named_with_what_to_do(tmp_path: Path, monkeypatch, code: int):
    cli = Cli(tmp_path / "ws")
    assert _add(cli, "Đen Vâu").code == 0
    out = tmp_path / "locked"
    out.mkdir()
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).parent == out:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", refuse)
    result = cli("export", "cases", "-o", str(out / "cases.xlsx"))
    assert result.code == 2 and str(out) in result.err and "choose another folder" in result.err
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    assert cli("verify").code == 0


@needs_permissions
def test_a_read_only_export_folder(tmp_path: Path):
    cli = Cli(tmp_path / "ws")
    assert _add(cli, "Đen Vâu").code == 0
    out = tmp_path / "read-only"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        for argv in (("export", "cases", "-o", str(out / "cases.xlsx")),
                     ("export", "public", "-o", str(out / "public"))):
            result = cli(*argv)
            assert result.code == 2 and str(out) in result.err, result.err
    finally:
        out.chmod(0o755)
    assert list(out.iterdir()) == []
    assert cli("verify").code == 0


@needs_permissions
def test_a_read_only_data_directory(tmp_path: Path):
    cli = Cli(tmp_path / "ws")
    assert _add(cli, "Đen Vâu").code == 0
    home = tmp_path / "ws"
    modes = {p: p.stat().st_mode for p in [home, *home.rglob("*")]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        result = _add(cli, "Khánh Vy")
        assert result.code == 2 and str(home) in result.err, result.err
    finally:
        for p, mode in modes.items():
            p.chmod(stat.S_IMODE(mode))
    assert len(cli("cases", "list", "--json").json()) == 1
    assert cli("verify").code == 0


def test_a_data_directory_that_refuses_the_lock_file(tmp_path: Path, monkeypatch):
    from moderator_app.store.lock import DataDirLock

    def refuse(self: DataDirLock) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self.path))

    Workspace.open(tmp_path / "ws").close()
    monkeypatch.setattr(DataDirLock, "acquire", refuse)
    result = Cli(tmp_path / "ws")("cases", "list")
    assert result.code == 2 and "cannot be used" in result.err and "may not write" in result.err


def test_a_read_only_database_is_a_clear_message(ws: Workspace):
    from moderator_app.store.database import raw_connection

    with pytest.raises(WriteFailed, match="read-only"), ws.db.write() as conn:
        raw_connection(conn).execute("PRAGMA query_only = ON")
        raw_connection(conn).execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    with ws.db.read() as conn:
        raw_connection(conn).execute("PRAGMA query_only = OFF")
    assert ws.setting("x") is None and verify(ws).ok


@pytest.mark.parametrize("name", ["errors.csv", "errors.xlsx"])
def test_an_errors_file_the_disk_cannot_take_stops_the_import_first(cli: Cli, tmp_path: Path, name: str):
    sheet = tmp_path / "hotline.csv"
    sheet.write_text("Ngày tiếp nhận,Tên KOL/KOC,Nền tảng,Đường dẫn,Loại vi phạm\n"
                     "01/01/1999,Đen Vâu,TikTok,https://tiktok.com/@envu/1,Lừa đảo\n"
                     "02/10/2026,Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,Lừa đảo\n", encoding="utf-8")
    assert cli("cases", "list").code == 0
    out = tmp_path / "out"
    out.mkdir()
    with disk_full(out):
        result = cli("reports", "import", str(sheet), "--errors", str(out / name))
    assert result.code == 2 and "disk is full" in result.err and len(result.err.strip().splitlines()) == 1
    assert cli("cases", "list", "--json").json() == []  # nothing imported: the same command can be run again
    assert not (out / name).exists() and leftovers(out) == []
    assert cli("reports", "import", str(sheet), "--errors", str(out / name)).code == 1  # one row rejected
    assert len(cli("cases", "list", "--json").json()) == 1
