"""Test setup: Qt offscreen, every workspace in a tmp_path, and a CLI runner."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MODERATOR_APP_DATA_DIR", None)
# Never the member's real keyring: a test that wants one provides its own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest

from moderator_app.cli import build_parser, run
from moderator_app.cli.common import Output
from moderator_app.services.workspace import Workspace

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _no_unlocked_workspaces() -> Iterator[None]:
    """Keys of encrypted workspaces are registered per process: each test starts with none."""
    yield
    from moderator_app.store import driver

    with driver._lock:
        driver._keys.clear()


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws", member_name="Nguyễn Văn Chủ Tịch")
    yield workspace
    workspace.close()


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """Runs `moderator-app --data-dir DIR ...` in-process and captures what it prints."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, *argv: str, lang: str = "en") -> Result:
        out, err = io.StringIO(), io.StringIO()
        parser = build_parser()
        args_list = ["--data-dir", str(self.data_dir), "--lang", lang, *argv]
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:
            return Result(int(exc.code or 0), "", "")
        code = run(args, Output(stdout=out, stderr=err))
        return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """The command line on a workspace made first, as a member's is (a read-only command refuses a
    folder that holds none: a mistyped --data-dir)."""
    root = tmp_path / "cli-ws"
    Workspace.open(root).close()
    return Cli(root)


@pytest.fixture(scope="session", autouse=True)
def _one_widgets_application(qapp):
    """The session's Qt application is a QApplication from the start: a command run in-process
    (a letter, the minutes) would otherwise create a plain QGuiApplication first, and a window
    test after it could not make widgets."""
    return qapp
