"""Encryption at rest: a converted workspace's database and backups read as noise without the
passphrase, open with it (or the OS keyring), keep every row, verify, sync with plain members,
and a conversion that stopped half-way is finished at the next start."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import UserError
from moderator_app.services import backups, encryption, reports
from moderator_app.services.demo import generate
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import driver
from moderator_app.store.database import raw_connection
from moderator_app.store.paths import WorkspacePaths

from .conftest import Cli
from .sync_support import PASSPHRASE, committee_with_encrypted_chair, encrypt_closed

PASS = PASSPHRASE
REPORTER = "Phạm Thị Lan · 0987 654 321"

pytestmark = pytest.mark.skipif(not driver.available(), reason="sqlcipher3 is not installed")


def _workspace(root: Path) -> tuple[str, int]:
    ws = Workspace.open(root, member_name="Chủ tịch Hà")
    generate(ws, cases=40, seed=5)
    reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD, reporter=REPORTER,
                                                url="https://www.tiktok.com/@denvau/video/99",
                                                description="Livestream bán thuốc giả"))
    with ws.db.read() as conn:
        count = raw_connection(conn).execute("SELECT count(*) FROM cases").fetchone()[0]
    backups.create_backup(ws.paths)
    ws.close()
    return "Livestream bán thuốc giả", count



def _sqlite_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and (p.suffix == ".sqlite3" or p.name.endswith(
        (".sqlite3-wal", ".sqlite3-shm")))]


def _noise(paths: list[Path], *texts: str) -> list[str]:
    """Files that still show SQLite's header or any of ``texts``."""
    bad = []
    for p in paths:
        data = p.read_bytes()
        if data.startswith(driver.PLAIN_HEADER) or any(t.encode("utf-8") in data for t in texts):
            bad.append(p.name)
    return bad


def test_a_converted_workspace_reads_as_noise_without_its_passphrase(tmp_path: Path):
    root = tmp_path / "w"
    words, count = _workspace(root)
    assert _noise([WorkspacePaths(root).db], words)  # in clear before
    converted = encrypt_closed(root)
    assert converted.databases == 3  # the database, the backup made before, and the pre-encrypt backup
    paths = WorkspacePaths(root)
    assert [b.reason for b in backups.list_backups(paths)].count("pre-encrypt") == 1
    assert _noise(_sqlite_files(root), words, "Đen Vâu", "0987 654 321") == []
    with pytest.raises(sqlite3.DatabaseError):  # any SQLite tool without the key
        sqlite3.connect(paths.db).execute("SELECT count(*) FROM cases").fetchone()
    driver.forget(root)  # a new process: nothing unlocked yet
    with pytest.raises(encryption.WorkspaceLocked):
        Workspace.open(root)
    with pytest.raises(UserError) as wrong:
        encryption.unlock(root, "không đúng mật khẩu")
    assert wrong.value.code == "data_passphrase_wrong"
    assert encryption.unlock(root, PASS)
    ws = Workspace.open(root)
    try:
        with ws.db.read() as conn:
            assert raw_connection(conn).execute("SELECT count(*) FROM cases").fetchone()[0] == count
            hits = raw_connection(conn).execute(
                "SELECT count(*) FROM reports WHERE reporter = ?", (REPORTER,)).fetchone()[0]
        assert hits == 1
        report = verify(ws)
        assert report.ok, report.problems
        later = backups.create_backup(ws.paths)
        reports.file_report(ws, reports.ReportInput("Sơn Tùng", Platform.YOUTUBE, Category.MISINFORMATION,
                                                    description="Tin giả về vắc-xin"))
    finally:
        ws.close()
    assert _noise([later.path, paths.db], "Tin giả về vắc-xin", words) == []


def test_the_command_line_encrypts_asks_for_the_passphrase_and_changes_it(tmp_path: Path, monkeypatch):
    root = tmp_path / "w"
    _workspace(root)
    cli = Cli(root)
    monkeypatch.setenv("MODERATOR_APP_NEW_PASSPHRASE", "ngắn")
    short = cli("privacy", "encrypt", "--no-keyring", "--json")
    assert short.code == 2 and short.json()["error"]["code"] == "passphrase_too_short"
    assert not encryption.is_encrypted(root)
    monkeypatch.setenv("MODERATOR_APP_NEW_PASSPHRASE", PASS)
    done = cli("privacy", "encrypt", "--no-keyring", "--json").json()
    assert done == {"encrypted": True, "files": 3, "evidence_files": 0, "keyring": False}
    driver.forget(root)
    monkeypatch.delenv("MODERATOR_APP_PASSPHRASE", raising=False)
    locked = cli("cases", "list", "--json")
    assert locked.code == 2 and locked.json()["error"]["code"] == "workspace_locked"
    monkeypatch.setenv("MODERATOR_APP_PASSPHRASE", PASS)
    assert len(cli("cases", "list", "--json", "--limit", "500").json()) > 30
    assert cli("verify").code == 0
    driver.forget(root)
    monkeypatch.setenv("MODERATOR_APP_NEW_PASSPHRASE", "mật khẩu mới của Ban")
    assert cli("privacy", "passphrase", "--json").json() == {"changed": True}
    driver.forget(root)
    assert cli("cases", "list", "--json").code == 2  # the old passphrase no longer opens it
    driver.forget(root)
    monkeypatch.setenv("MODERATOR_APP_PASSPHRASE", "mật khẩu mới của Ban")
    assert cli("cases", "list", "--json").code == 0


def test_the_keyring_opens_it_without_asking(tmp_path: Path, monkeypatch):
    store: dict[str, bytes] = {}
    monkeypatch.setattr(encryption, "keyring_set", lambda wid, key: store.__setitem__(wid, key) or True)
    monkeypatch.setattr(encryption, "keyring_get", store.get)
    root = tmp_path / "w"
    _workspace(root)
    encrypt_closed(root, use_keyring=True)
    assert encryption.read_protection(root).keyring and len(store) == 1
    driver.forget(root)
    Workspace.open(root).close()  # no passphrase asked


def test_a_conversion_that_stopped_half_way_is_finished_at_the_next_start(tmp_path: Path):
    root = tmp_path / "w"
    _workspace(root)
    plain = tmp_path / "plain-copy.sqlite3"
    shutil.copyfile(WorkspacePaths(root).db, plain)
    encrypt_closed(root)
    # As if the process stopped after writing encryption.json, before the database was replaced.
    shutil.copyfile(plain, WorkspacePaths(root).db)
    driver.forget(root)
    encryption.unlock(root, PASS)
    ws = Workspace.open(root)
    try:
        assert verify(ws).ok
    finally:
        ws.close()
    assert not driver.is_plain_file(WorkspacePaths(root).db)


def test_an_encrypted_member_syncs_with_plain_ones(tmp_path_factory, tmp_path: Path):
    chair, secretary, member = committee_with_encrypted_chair(tmp_path_factory, tmp_path)
    try:
        filed = reports.file_report(member.ws, reports.ReportInput(
            "Đen Vâu", Platform.TIKTOK, Category.FRAUD, reporter=REPORTER, url="https://www.tiktok.com/@d/video/1"))
        member.sync()
        from .sync_support import propagate

        propagate(member.view, chair.view)
        chair.sync()
        with chair.ws.db.read() as conn:
            assert raw_connection(conn).execute("SELECT reporter FROM reports WHERE id = ?",
                                                (filed.report_id,)).fetchone()[0] == REPORTER
        assert verify(chair.ws).ok
        assert _noise(_sqlite_files(chair.ws.root), "0987 654 321") == []
    finally:
        for m in (chair, secretary, member):
            m.ws.close()
