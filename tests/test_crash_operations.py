"""Killed with SIGKILL at a random point of evidence attach or an export, the application leaves
the store sound (``verify`` passes) and no half file under a final name; doing the operation again
completes it, with nothing lost or doubled.

A process is killed at a random one of its file writes (``crash_runner.py`` counts them in a first
run) or at a random moment. The sync import's kill test is ``test_sync_crash.py``; the demo's is
``test_crash.py``. ``CRASH_TRIALS`` (default 3) sets how many random points each test tries.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .conftest import Cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL and /proc are Linux's")

ROOT = Path(__file__).resolve().parents[1]
RUNNER = Path(__file__).with_name("crash_runner.py")
TRIALS = int(os.environ.get("CRASH_TRIALS", "3"))
FILES = 6
CASES = 40


def _run(after: int, folder: Path, data_dir: Path, *argv: str, kill_at: float | None = None) -> tuple[int, str]:
    """Run the command under the runner; returns (return code, stderr)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, str(RUNNER), str(after), str(folder), "--", "--data-dir",
                             str(data_dir), "--lang", "en", *argv], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env)
    if kill_at is not None:
        time.sleep(kill_at)
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err


def _writes(err: str) -> int:
    lines = [line for line in err.splitlines() if line.startswith("writes=")]
    assert lines, err
    return int(lines[-1].split("=")[1])


def _points(total: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return sorted(rng.sample(range(1, total + 1), min(TRIALS, total)))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str, list[Path]]:
    """A workspace with cases and decisions, and evidence files to attach."""
    base = tmp_path_factory.mktemp("crash-template")
    cli = Cli(base / "ws")
    assert cli("demo", "--cases", str(CASES), "--seed", "3", "--quiet").code == 0
    ref = cli("cases", "list", "--limit", "1", "--json").json()[0]["ref"]
    rng = random.Random(7)
    files = []
    for i in range(FILES):
        path = base / f"recording-{i}.bin"
        path.write_bytes(rng.randbytes(1_500_000 + i))
        files.append(path)
    return base / "ws", ref, files


def _copy(template_dir: Path, home: Path) -> Path:
    shutil.copytree(template_dir, home, ignore=shutil.ignore_patterns("moderator-app.lock"))
    return home


def _evidence(cli: Cli, ref: str) -> list[dict]:
    result = cli("evidence", "list", ref, "--json")
    assert result.code == 0, result.err
    return result.json()


def test_evidence_attach_killed_at_random_points(template, tmp_path: Path):
    source, ref, files = template
    names = [str(f) for f in files]
    probe = _copy(source, tmp_path / "probe")
    code, err = _run(0, probe / "blobs", probe, "evidence", "add", ref, *names, "--json")
    assert code == 0, err
    total = _writes(err)
    assert total >= FILES
    points = [("write", n) for n in _points(total, 11)] + [("time", 0.0), ("time", 0.9)]
    attached_before_redo = set()
    for i, (how, where) in enumerate(points):
        home = _copy(source, tmp_path / f"trial{i}")
        if how == "write":
            code, _ = _run(int(where), home / "blobs", home, "evidence", "add", ref, *names)
        else:
            code, _ = _run(10**9, home / "blobs", home, "evidence", "add", ref, *names,
                           kill_at=where + random.Random(i).uniform(0, 0.5))
        cli = Cli(home)
        assert cli("verify").code == 0, cli("verify").out
        before = [e for e in _evidence(cli, ref) if e.get("sha256")]
        assert len(before) in (0, FILES)  # one transaction: all of the batch or none of it
        attached_before_redo.add(len(before))
        assert not list((home / "blobs").glob(".incoming-*"))  # swept when the workspace reopened
        redo = cli("evidence", "add", ref, *names, "--json")
        assert redo.code == 0, redo.err
        after = [e for e in _evidence(cli, ref) if e.get("sha256")]
        assert sorted(e["name"] for e in after) == sorted(f.name for f in files)  # nothing lost or doubled
        assert {e["sha256"] for e in after} == {i["sha256"] for i in redo.json()["evidence"]}
        assert cli("verify").code == 0
    assert 0 in attached_before_redo  # at least one kill landed before the commit


EXPORTS = {
    "cases workbook": (("export", "cases", "-o"), "cases.xlsx"),
    "register workbook": (("export", "register", "--as-of", "2026-12-31", "-o"), "register.xlsx"),
    "evidence pack": (("evidence", "export", "{ref}", "-o"), "pack.zip"),
    "public register": (("export", "public", "--as-of", "2026-12-31", "-o"), "public"),
}


def _complete(kind: str, target: Path, expected: object) -> object:
    """Whatever is under the final name is a whole file: it opens and holds what it should."""
    if kind.endswith("workbook"):
        wb = load_workbook(target, read_only=True)
        return [tuple(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)]
    if kind == "evidence pack":
        with zipfile.ZipFile(target) as zf:
            assert zf.testzip() is None
            return sorted(zf.namelist())
    # A killed run may leave its temporary files (hidden ``.tmp-`` names, never read): not the page.
    assert all(p.name.startswith(".tmp-") for p in target.iterdir() if p.name.startswith("."))
    return {p.name: len(p.read_bytes()) > 0 for p in target.iterdir() if not p.name.startswith(".")}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_exports_killed_at_random_points(template, tmp_path: Path, kind: str):
    source, ref, files = template
    argv_head, name = EXPORTS[kind]
    argv = [a.format(ref=ref) for a in argv_head]
    prepared = _copy(source, tmp_path / "prepared")
    if kind == "evidence pack":
        assert Cli(prepared)("evidence", "add", ref, *map(str, files[:3])).code == 0
    out = tmp_path / "probe-out"
    out.mkdir()
    probe = _copy(prepared, tmp_path / "probe")
    code, err = _run(0, out, probe, *argv, str(out / name))
    assert code == 0, err
    expected = _complete(kind, out / name, None)
    total = _writes(err)
    for i, point in enumerate(_points(total, 23)):
        home = _copy(prepared, tmp_path / f"trial{i}")
        folder = tmp_path / f"out{i}"
        folder.mkdir()
        _run(point, folder, home, *argv, str(folder / name))
        target = folder / name
        if kind == "public register":
            # Each of its files is whole or absent; the publication is recorded only once all are.
            for f in target.iterdir() if target.is_dir() else []:
                if not f.name.startswith("."):
                    assert f.stat().st_size > 0
        elif target.exists():
            assert _complete(kind, target, expected) == expected
        cli = Cli(home)
        assert cli("verify").code == 0
        redo = cli(*argv, str(target))
        assert redo.code == 0, redo.err
        assert _complete(kind, target, expected) == expected
        assert cli("verify").code == 0
        if kind == "public register":
            published = [e for e in _history_types(home) if e == "register.published"]
            assert len(published) == 1  # recorded once, by the run that completed


def _history_types(home: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(home / "moderator.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT type FROM events ORDER BY num")]
    finally:
        conn.close()


def test_the_runner_counts_and_kills(tmp_path: Path):
    """The tool itself: a kill at write N really stops the process there."""
    home = tmp_path / "ws"
    out = tmp_path / "out"
    out.mkdir()
    assert Cli(home)("report", "add", "--influencer", "A", "--platform", "tiktok", "--category", "fraud").code == 0
    code, _ = _run(1, out, home, "export", "cases", "-o", str(out / "c.xlsx"))
    assert code == -signal.SIGKILL
    assert not (out / "c.xlsx").exists()
    assert json.loads(Cli(home)("verify", "--json").out)["ok"]
