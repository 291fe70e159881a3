"""Backups: on demand, daily with retention, restore, and a damaged database at start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.errors import DatabaseDamaged
from moderator_app.services import backups
from moderator_app.services.workspace import Workspace
from moderator_app.store.paths import WorkspacePaths

from .conftest import Cli


def _fill(cli: Cli) -> str:
    result = cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud",
                 "--json")
    assert result.code == 0, result.err
    return result.json()["ref"]


def test_backup_create_list_and_restore_through_the_cli(cli: Cli):
    first = _fill(cli)
    made = cli("backup", "create", "--json")
    assert made.code == 0
    backup_id = made.json()["id"]
    cli("report", "add", "--influencer", "Khánh Vy", "--platform", "youtube", "--category", "fraud")
    assert len(cli("cases", "list", "--json").json()) == 2
    listed = cli("backup", "list", "--json").json()
    assert isinstance(listed, list) and listed[0]["id"] == backup_id and listed[0]["reason"] == "manual"
    assert "theo yêu cầu" in cli("backup", "list", lang="vi").out  # the reason in words, in the language
    restored = cli("backup", "restore", backup_id, "--json")
    assert restored.code == 0, restored.err
    assert Path(restored.json()["replaced_kept_at"]).exists()
    assert [r["ref"] for r in cli("cases", "list", "--json").json()] == [first]
    assert cli("verify").code == 0
    missing = cli("backup", "restore", "20990101T000000000000Z-manual")
    assert missing.code == 2 and "no backup" in missing.err


def test_daily_backups_keep_seven_daily_and_four_weekly(tmp_path: Path, monkeypatch):
    ws = Workspace.open(tmp_path / "w")
    ws.close()
    paths = WorkspacePaths(tmp_path / "w")
    start = datetime(2026, 9, 1, 8, tzinfo=UTC)
    for day in range(40):
        now = start + timedelta(days=day)
        stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
        monkeypatch.setattr(backups, "create_backup", _fake_create(paths, stamp))
        assert backups.ensure_daily_backup(paths, now) is not None
        assert backups.ensure_daily_backup(paths, now + timedelta(hours=3)) is None  # once a day
    kept = [b for b in backups.list_backups(paths) if b.reason == "daily"]
    assert len(kept) == 7 + 4
    newest = [b.created.date() for b in kept[:7]]
    assert newest == [(start + timedelta(days=39 - i)).date() for i in range(7)]
    weeks = {b.created.isocalendar()[:2] for b in kept[7:]}
    assert len(weeks) == 4


def _fake_create(paths: WorkspacePaths, stamp: str):
    def create(_paths: WorkspacePaths, reason: str = "manual") -> backups.BackupInfo:
        paths.backups.mkdir(parents=True, exist_ok=True)
        path = paths.backups / f"{stamp}-{reason}.sqlite3"
        path.write_bytes(b"")
        info = backups._parse(path)
        assert info is not None
        return info

    return create


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for i in range(4096, min(len(data), 4096 * 6)):
        data[i] = 0xA5
    db.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_at_start_and_left_untouched(tmp_path: Path):
    cli = Cli(tmp_path / "w")
    _fill(cli)
    good = cli("backup", "create", "--json").json()["id"]
    paths = WorkspacePaths(tmp_path / "w")
    _damage(paths.db)
    damaged_bytes = paths.db.read_bytes()
    paths.running_marker.write_text("open\n")  # as if the last process had been killed
    with pytest.raises(DatabaseDamaged, match="failed its integrity check"):
        Workspace.open(tmp_path / "w")
    assert paths.db.read_bytes() == damaged_bytes
    result = cli("cases", "list")
    assert result.code == 2 and "backup restore" in result.err
    named = cli("verify", "--json")  # verify names the damage, as it does damage met later
    assert named.code == 1 and not named.json()["ok"]
    assert named.json()["problems"] and all(p.startswith("database integrity:") for p in named.json()["problems"])
    assert paths.db.read_bytes() == damaged_bytes
    assert backups.latest_good_backup(paths).id == good
    assert cli("backup", "restore", good).code == 0
    kept = list((tmp_path / "w" / "replaced").glob("*"))
    assert any(p.read_bytes() == damaged_bytes for p in kept if p.suffix == ".sqlite3")
    assert cli("verify").code == 0
    assert len(cli("cases", "list", "--json").json()) == 1


def _damage_table(db: Path, table: str) -> None:
    """Overwrite the root page of ``table`` (a disk fault, no unclean exit before it)."""
    import sqlite3

    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + page_size] = b"\xff" * (page_size - 8)
    db.write_bytes(bytes(data))


def test_damage_met_while_working_is_a_clear_refusal_and_the_next_start_checks(tmp_path: Path):
    cli = Cli(tmp_path / "w")
    _fill(cli)
    good = cli("backup", "create", "--json").json()["id"]
    paths = WorkspacePaths(tmp_path / "w")
    _damage_table(paths.db, "cases")
    damaged_bytes = paths.db.read_bytes()
    assert not paths.running_marker.exists()  # the last run closed cleanly: no check at start
    result = cli("cases", "list")
    assert result.code == 2, result.err
    assert "is damaged" in result.err and "backup restore" in result.err and result.err.count("\n") == 1
    assert paths.running_marker.exists()  # so the next start runs the integrity check
    again = cli("report", "add", "--influencer", "Khánh Vy", "--platform", "youtube", "--category", "fraud")
    assert again.code == 2 and "failed its integrity check" in again.err
    assert paths.db.read_bytes() == damaged_bytes
    assert cli("backup", "restore", good).code == 0
    assert len(cli("cases", "list", "--json").json()) == 1


def test_verify_names_a_damaged_database_instead_of_failing(tmp_path: Path):
    cli = Cli(tmp_path / "w")
    _fill(cli)
    _damage_table(WorkspacePaths(tmp_path / "w").db, "events")
    result = cli("verify", "--json")
    assert result.code == 1, result.err
    problems = result.json()["problems"]
    assert any(p.startswith("database integrity:") for p in problems)


def test_the_application_start_checks_a_small_database_even_after_a_clean_exit(tmp_path: Path):
    cli = Cli(tmp_path / "w")
    _fill(cli)
    paths = WorkspacePaths(tmp_path / "w")
    _damage_table(paths.db, "reports")  # a table an opening never reads
    damaged_bytes = paths.db.read_bytes()
    assert not paths.running_marker.exists()
    Workspace.open(tmp_path / "w").close()  # a command does not pay for the full check
    with pytest.raises(DatabaseDamaged, match="failed its integrity check"):
        Workspace.open(tmp_path / "w", check_integrity=True)  # the window's start does
    assert paths.db.read_bytes() == damaged_bytes


def test_a_full_disk_is_said_to_be_full_not_damage(tmp_path: Path, monkeypatch):
    import shutil
    import sqlite3
    from collections import namedtuple

    from moderator_app.domain.errors import DiskFull, UserError
    from moderator_app.store import database

    usage = namedtuple("usage", "total used free")
    target = tmp_path / "moderator.sqlite3"
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(DiskFull, match=r"is full \(4 KB free\).*Nothing was changed"):
        database.raise_if_unreachable(target, sqlite3.OperationalError("disk I/O error"))
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**12, 10**9, 10**11))
    with pytest.raises(UserError, match="cannot be opened") as raised:
        database.raise_if_unreachable(target, sqlite3.OperationalError("unable to open database file"))
    assert not isinstance(raised.value, DiskFull)
    database.raise_if_unreachable(target, sqlite3.DatabaseError("database disk image is malformed"))  # damage


def test_the_latest_good_backup_is_not_given_up_on_a_full_disk(tmp_path: Path, monkeypatch):
    from moderator_app.domain.errors import DiskFull

    with Workspace.open(tmp_path / "ws") as ws:
        backups.create_backup(ws.paths, "manual")
        paths = ws.paths

    def unreachable(*_a, **_k):
        raise DiskFull("the disk is full")

    monkeypatch.setattr(backups, "check_database", unreachable)
    with pytest.raises(DiskFull):
        backups.latest_good_backup(paths)


def test_checking_a_backup_leaves_nothing_beside_it(tmp_path: Path):
    with Workspace.open(tmp_path / "ws") as ws:
        info = backups.create_backup(ws.paths, "manual")
        assert backups.latest_good_backup(ws.paths) is not None
        assert backups.check_database(info.path, immutable=True) == []
        assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
