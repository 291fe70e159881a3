"""Killed at a random point, an operation leaves the store sound, and doing it again completes it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import Cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")


def _start(data_dir: Path, *argv: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_demo_killed_at_a_random_point_then_redone(tmp_path: Path, seed: int):
    data_dir = tmp_path / "w"
    rng = random.Random(seed)
    proc = _start(data_dir, "demo", "--cases", "1500", "--quiet")
    # The random moment counts from when the workspace exists: on a loaded machine the interpreter
    # alone may take longer to start than the shortest wait.
    deadline = time.monotonic() + 60
    while not (data_dir / "moderator.sqlite3").exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    time.sleep(rng.uniform(0.1, 2.0))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    cli = Cli(data_dir)
    assert cli("verify").code == 0
    count = len(cli("cases", "list", "--limit", "5000", "--json").json())
    assert count in (0, 1500)  # all or nothing
    if count == 0:
        redo = cli("demo", "--cases", "1500", "--quiet")
        assert redo.code == 0, redo.err
    assert len(cli("cases", "list", "--limit", "5000", "--json").json()) == 1500
    assert cli("verify").code == 0
    assert not (data_dir / "building.sqlite3").exists()
