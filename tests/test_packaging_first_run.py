"""A mistyped --data-dir on a read-only command: it says so (exit 2) and makes nothing there,
instead of making a new workspace with a signing identity and listing nothing from it."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from moderator_app.cli import READ_ONLY_COMMANDS, build_parser, command_name, is_read_only

from .conftest import Cli


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_a_read_only_command_on_another_folder_refuses_and_makes_nothing(tmp_path: Path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "notes.txt").write_text("x", encoding="utf-8")
    before = _tree(tmp_path)
    result = Cli(documents)("cases", "list", "--json")
    assert result.code == 2 and result.json()["error"]["code"] == "not_a_workspace"
    assert "holds no workspace (it holds notes.txt)" in result.err and "--data-dir" in result.err
    assert len(result.err.strip().splitlines()) == 1
    vi = Cli(documents)("case", "show", "2026-AAAAA", lang="vi")
    assert vi.code == 2 and vi.err.startswith("moderator-app: error: không có hồ sơ '2026-AAAAA': thư mục ")
    assert "không chứa không gian làm việc nào" in vi.err
    assert _tree(tmp_path) == before  # no workspace, no logs folder, no identity


def test_a_read_only_command_under_a_folder_that_does_not_exist_makes_nothing(tmp_path: Path):
    typo = tmp_path / "moderator-wrokspace" / "ws"
    result = Cli(typo)("influencers", "list")
    assert result.code == 2 and "does not exist" in result.err
    assert not typo.parent.exists()


@pytest.mark.parametrize("made", [False, True], ids=["a new folder", "an empty folder"])
def test_a_read_only_command_on_a_folder_without_a_workspace_makes_none(tmp_path: Path, made: bool):
    """`cases list --data-dir TYPO`: it says there is no workspace there, and makes none (no
    database, no signing identity); a writing command, the window or `demo` makes one."""
    folder = tmp_path / "new"
    if made:
        folder.mkdir()
    result = Cli(folder)("cases", "list", "--json")
    assert result.code == 2 and result.json()["error"]["code"] == "not_a_workspace"
    assert folder.exists() == made and (not made or list(folder.iterdir()) == [])
    vi = Cli(folder)("cases", "list", lang="vi")
    assert "không tồn tại" in vi.err or "chưa có không gian làm việc nào" in vi.err
    assert Cli(folder)("calendar", "add", "2027-02-01", "--name", "Nghỉ bù").code == 0  # a change makes it
    assert Cli(folder)("cases", "list", "--json").json() == []


def test_a_workspace_whose_database_is_lost_is_not_called_no_workspace(tmp_path: Path):
    cli = Cli(tmp_path / "ws")
    assert cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud").code == 0
    (tmp_path / "ws" / "moderator.sqlite3").unlink()
    result = cli("cases", "list")
    assert result.code == 2 and "not_a_workspace" not in result.err and "holds no workspace" not in result.err
    assert "moderator.sqlite3" in result.err  # Workspace.open says what was lost and how to get it back


def test_writing_commands_and_dry_runs_are_told_apart():
    parser = build_parser()
    assert is_read_only(parser.parse_args(["cases", "list"]))
    assert is_read_only(parser.parse_args(["reports", "import", "x.csv", "--dry-run"]))
    assert not is_read_only(parser.parse_args(["reports", "import", "x.csv"]))
    assert not is_read_only(parser.parse_args(["report", "add", "--influencer", "A", "--platform", "tiktok",
                                               "--category", "fraud"]))
    assert not is_read_only(parser.parse_args(["demo"]))
    assert command_name(parser.parse_args(["backup", "list"])) == "backup.cmd_list"


@pytest.mark.parametrize("name", sorted(READ_ONLY_COMMANDS))
def test_every_read_only_command_named_exists(name: str):
    module, _, func = name.partition(".")
    assert callable(getattr(importlib.import_module(f"moderator_app.cli.{module}"), func))


def test_the_real_program_exits_2_on_a_mistyped_data_dir(tmp_path: Path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"x")
    done = subprocess.run([sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "photos"),
                           "cases", "list", "--json"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and json.loads(done.stdout)["error"]["code"] == "not_a_workspace"
    assert sorted(p.name for p in (tmp_path / "photos").iterdir()) == ["a.jpg"]
