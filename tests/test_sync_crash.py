"""A process killed in the middle of an import leaves the store as before or after each bundle:
``verify`` passes, and the next round completes the work."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.services.reports import ReportInput, file_report_in
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace

from .helpers import snapshot
from .sync_support import Member, close_all, committee_copy, event_count, propagate

ROUND = """
import sys
from pathlib import Path
from moderator_app.services.workspace import Workspace
from moderator_app.sync.round import run_round

ws = Workspace.open(Path(sys.argv[1]))
run_round(ws, Path(sys.argv[2]), progress=lambda message: print(message, flush=True))
print("done", flush=True)
"""
BUNDLES = 12


def test_a_killed_import_leaves_a_consistent_store_and_the_next_round_finishes(tmp_path: Path, tmp_path_factory):
    chair, member = committee_copy(tmp_path_factory, tmp_path, (Role.MEMBER,))
    for batch in range(BUNDLES):
        with chair.ws.transaction() as tx:
            for i in range(60):
                file_report_in(tx, ReportInput(f"KOL {batch}-{i % 7}", Platform.TIKTOK, Category.FRAUD,
                                               url=f"https://tiktok.com/@k{batch}/video/{i}", description="Lừa đảo"))
        chair.sync()
    propagate(chair.view, member.view)
    total = event_count(chair.ws)
    expected = snapshot(chair.ws)
    member.ws.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(member.ws.root, pristine)
    script = tmp_path / "round.py"
    script.write_text(ROUND, encoding="utf-8")
    rng = random.Random(5)
    interrupted = 0
    for trial in range(3):
        home = tmp_path / f"trial{trial}"
        shutil.copytree(pristine, home)
        proc = subprocess.Popen([sys.executable, str(script), str(home), str(member.view)], stdout=subprocess.PIPE,
                                text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
        assert proc.stdout is not None
        wait_for = rng.randrange(0, BUNDLES - 2)
        for _ in range(wait_for):
            if not proc.stdout.readline():
                break
        time.sleep(rng.uniform(0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        ws = Workspace.open(home)
        try:
            report = verify(ws)
            assert report.ok, report.problems
            if event_count(ws) < total:
                interrupted += 1
            finish = Member(ws, member.view).sync()
            assert finish.rejected == [] and finish.pending == []
            assert event_count(ws) == total
            assert snapshot(ws) == expected
            assert verify(ws).ok
        finally:
            ws.close()
    assert interrupted >= 1
    close_all([chair])
