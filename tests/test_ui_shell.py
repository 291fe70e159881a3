from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.queue_model import CASE_ID_ROLE, PAGE, QueueModel


@pytest.fixture
def demo_ws(tmp_path: Path):
    ws = Workspace.open(tmp_path / "demo", member_name="Chủ tịch")
    generate(ws, cases=600, seed=2)
    yield ws
    ws.close()


def test_queue_model_passes_the_model_tester(qtmodeltester, demo_ws: Workspace):
    model = QueueModel(demo_ws, "vi")
    assert model.rowCount() == 600
    qtmodeltester.check(model)


def test_queue_model_fetches_windows_and_sorts_in_sql(demo_ws: Workspace):
    model = QueueModel(demo_ws, "en")
    model.sort(5, Qt.SortOrder.AscendingOrder)  # influencer
    last = model.data(model.index(599, 5))
    first = model.data(model.index(0, 5))
    assert len(model._pages) == 2  # the first and the last window, nothing between
    assert first <= last or first.lower() <= last.lower()
    ids = {model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(0, 600)}
    assert len(ids) == 600
    assert len(model._pages) <= (600 // PAGE) + 1


def test_main_window_opens_on_an_empty_workspace(qtbot, ws: Workspace):
    window = MainWindow(ws, "vi")
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 0
    assert window.preview.case_id is None


def test_main_window_on_the_demo_selects_and_previews(qtbot, demo_ws: Workspace, tmp_path: Path):
    window = MainWindow(demo_ws, "en")
    qtbot.addWidget(window)
    window.show()
    window.select_view("all")
    assert window.model.rowCount() == 600
    assert window.preview.case_id == window.current_case_id() is not None
    window.search.setText("crypto")
    qtbot.waitUntil(lambda: window.model.rowCount() < 600, timeout=2000)
    shot = tmp_path / "queue.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_screenshot_command_writes_a_png(tmp_path: Path):
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "w"), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
