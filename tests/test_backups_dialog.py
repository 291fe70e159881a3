"""File → Backups…: the list, a backup made now, and restoring one by restarting the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.services import backups, reports
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.ui import backups_dialog as bd

from .sync_support import committee_copy, event_count


def _file(ws: Workspace, name: str) -> str:
    return reports.file_report(ws, reports.ReportInput(name, Platform.TIKTOK, Category.FRAUD)).ref


def _cases(ws: Workspace) -> int:
    from moderator_app.store.database import raw_connection

    with ws.db.read() as conn:
        return raw_connection(conn).execute("SELECT count(*) FROM cases").fetchone()[0]


def test_the_list_shows_date_reason_and_size(qtbot, qtmodeltester, ws: Workspace):
    _file(ws, "Đen Vâu")
    made = backups.create_backup(ws.paths, "manual")
    backups.create_backup(ws.paths, "daily")
    dialog = bd.BackupsDialog(ws, on_restore=lambda _id: None)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    texts = [[dialog.model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert texts[0][1] == "Daily" and texts[1][1] == "Made on request"  # newest first
    assert texts[1][0] == bd.when_label(made) and texts[1][0].count("/") == 2
    assert all(t[2].endswith(("KB", "MB")) for t in texts)
    assert dialog.selected() is not None and dialog.restore_button.isEnabled()
    assert bd.reason_label("pre-migrate-0001") == "Before an update of the application"
    assert bd.reason_label("pre-restore") == "Before a restore"


def test_backing_up_now_runs_off_the_gui_thread_and_selects_the_new_one(qtbot, ws: Workspace):
    dialog = bd.BackupsDialog(ws, on_restore=lambda _id: None)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "No backups" in dialog.status.text()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.status.text().startswith("Backed up")
    assert dialog.selected() == backups.list_backups(ws.paths)[0]
    assert backups.check_database(dialog.selected().path) == []


def test_restoring_asks_first_then_hands_the_backup_to_the_caller(qtbot, ws: Workspace):
    backups.create_backup(ws.paths, "manual")
    asked: list[str] = []
    requested: list[str] = []
    dialog = bd.BackupsDialog(ws, on_restore=requested.append)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda info: asked.append(info.id) or False
    dialog.restore_button.click()
    assert asked and requested == [] and dialog.restore_requested is None
    dialog.confirm = lambda info: True
    dialog.restore_button.click()
    assert requested == asked and dialog.restore_requested == asked[0]


def test_the_confirmation_says_what_happens(qtbot, ws: Workspace, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    info = backups.create_backup(ws.paths, "manual")
    dialog = bd.BackupsDialog(ws, on_restore=lambda _id: None)
    qtbot.addWidget(dialog)
    seen: dict[str, str] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen["text"] = box.text()
        seen["informative"] = box.informativeText()
        seen["default"] = box.defaultButton().text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialog._confirm(info) is False
    assert bd.when_label(info) in seen["text"]
    assert "replaced" in seen["informative"] and "kept aside" in seen["informative"]
    assert "open again" in seen["informative"] and seen["default"] == "Cancel"


def test_the_menu_item_goes_before_quit_in_the_file_menu(qtbot, ws: Workspace):
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    quit_action = QAction("&Quit", window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    file_menu.addAction(quit_action)
    window.menuBar().addMenu("&View")
    action = bd.install_backups_action(window, ws)
    items = [a for a in file_menu.actions() if not a.isSeparator()]
    assert items == [action, quit_action] and action.text() == "&Backups…"
    action.trigger()
    dialog = window.findChild(bd.BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_the_menu_item_on_the_main_window(qtbot, ws: Workspace):
    from moderator_app.ui.main_window import MainWindow

    window = MainWindow(ws, "en")
    qtbot.addWidget(window)
    window.show()
    action = bd.install_backups_action(window, ws)
    file_menu = window.menuBar().actions()[0].menu()
    items = [a for a in file_menu.actions() if not a.isSeparator()]
    assert items.index(action) == len(items) - 2  # just before Quit


def test_restore_and_reopen_puts_the_backup_in_place_and_keeps_the_rest(ws: Workspace, tmp_path: Path):
    root = ws.root
    _file(ws, "Đen Vâu")
    good = backups.create_backup(ws.paths, "manual")
    _file(ws, "Khánh Vy")
    new_ws, message, restored = bd.restore_and_reopen(ws, good.id)
    try:
        assert restored and message is None
        assert _cases(new_ws) == 1 and verify(new_ws).ok
        reasons = [b.reason for b in backups.list_backups(new_ws.paths)]
        assert "pre-restore" in reasons  # the replaced database can be restored in turn
        assert list((root / "replaced").glob("*.sqlite3"))
        _file(new_ws, "Hoa Hậu")  # the reopened workspace works
        assert _cases(new_ws) == 2
    finally:
        new_ws.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(ws: Workspace):
    _file(ws, "Đen Vâu")
    bad = backups.create_backup(ws.paths, "manual")
    data = bytearray(bad.path.read_bytes())
    data[100:8000] = b"\xa5" * (8000 - 100)
    bad.path.write_bytes(bytes(data))
    _file(ws, "Khánh Vy")
    new_ws, message, restored = bd.restore_and_reopen(ws, bad.id)
    try:
        assert not restored and message is not None and "nothing was changed" in message
        assert _cases(new_ws) == 2 and verify(new_ws).ok
        assert not (new_ws.root / "replaced").exists()
    finally:
        new_ws.close()


def test_in_a_committee_the_restore_syncs_back_its_own_later_changes(tmp_path: Path, tmp_path_factory):
    from moderator_app.services import sync as sync_settings

    chair, member = committee_copy(tmp_path_factory, tmp_path, (Role.MEMBER,))
    sync_settings.set_folder(chair.ws, chair.view)
    good = backups.create_backup(chair.ws.paths, "manual")
    _file(chair.ws, "Đen Vâu")
    chair.sync()  # published: the shared folder holds it
    before = event_count(chair.ws)
    new_ws, message, restored = bd.restore_and_reopen(chair.ws, good.id)
    try:
        assert restored and message is None
        assert event_count(new_ws) == before and _cases(new_ws) == 1  # taken back, not lost
        _file(new_ws, "Khánh Vy")  # and new work continues the same history: no fork
        from moderator_app.sync.round import run_round

        report = run_round(new_ws)
        assert report.rejected == [] and report.forks == []
        assert verify(new_ws).ok
    finally:
        new_ws.close()
        member.ws.close()


def test_request_restore_closes_the_windows_and_ends_the_event_loop(qtbot, ws: Workspace, monkeypatch):
    window = QMainWindow()
    window.show()
    app = QApplication.instance()
    exits: list[int] = []
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "exit", lambda *args: exits.append(args[-1]))  # the loop of run_gui
    app.lastWindowClosed.connect(lambda: quits.append(app.quitOnLastWindowClosed()))
    assert bd.request_restore("20260101T000000000000Z-manual")
    assert exits == [bd.RESTORE_EXIT_CODE] and not window.isVisible()
    assert True not in quits  # no "quit" left behind to end the restarted loop at once
    assert app.quitOnLastWindowClosed()
    assert bd.take_restore_request() == "20260101T000000000000Z-manual"
    assert bd.take_restore_request() is None


def test_the_dialog_renders(qtbot, ws: Workspace, tmp_path: Path):
    _file(ws, "Đen Vâu")
    for reason in ("daily", "manual", "pre-migrate-0001"):
        backups.create_backup(ws.paths, reason)
    dialog = bd.BackupsDialog(ws, on_restore=lambda _id: None)
    qtbot.addWidget(dialog)
    dialog.resize(700, 420)
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "backups.png"))


@pytest.fixture(autouse=True)
def _no_leftover_request():
    yield
    bd.take_restore_request()
