"""Sync in the window: rounds off the GUI thread, the queue refreshing with what came in, the
status bar, the log, notices, join requests, settings and the conflict dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QRadioButton

from moderator_app.domain.enums import Role, Status
from moderator_app.services import cases as case_service
from moderator_app.services import sync as sync_settings
from moderator_app.services.workspace import Workspace
from moderator_app.sync import committee
from moderator_app.ui.conflicts import ConflictDialog
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.sync.log_window import RoundsModel, SyncLogWindow
from moderator_app.ui.sync.requests_dialog import JoinRequestsDialog
from moderator_app.ui.sync.settings_dialog import SyncSettingsDialog

from .sync_support import close_all, committee_copy, file_report


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the dialogs are rendered (to look at them while working on them)."""
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder


@pytest.fixture
def pair(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path, (Role.SECRETARY,), shared_view=True)
    for m in members:
        sync_settings.set_folder(m.ws, m.view)
    yield members
    close_all(members)


def _round(qtbot, window: MainWindow) -> object:
    with qtbot.waitSignal(window.sync_ui.controller.roundFinished, timeout=20_000) as blocker:
        assert window.sync_ui.controller.sync_now()
    return blocker.args[0]


def test_rounds_run_off_the_gui_thread_and_the_queue_shows_what_came_in(qtbot, pair, shots):
    chair, secretary = pair
    window = MainWindow(secretary.ws, "en")
    qtbot.addWidget(window)
    window.select_view("all")
    controller = window.sync_ui.controller
    assert controller.timer.interval() == 5 * 60_000 and controller.timer.isActive()
    qtbot.waitUntil(lambda: controller.last_finished is not None, timeout=20_000)  # the round at start
    assert window.model.rowCount() == 0
    file_report(chair.ws)
    file_report(chair.ws, "Sơn Tùng", "https://facebook.com/st/1")
    chair.sync()
    report = _round(qtbot, window)
    assert report.events_in >= 4
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5_000)
    assert "Synced" in window.sync_ui.status.text() and "change(s) in" in window.sync_ui.status.text()
    window.resize(1300, 700)
    assert window.grab().save(str(shots / "sync-status.png"))


def test_the_log_lists_rounds_and_a_notice_names_rejected_files(qtbot, qtmodeltester, pair, shots):
    chair, secretary = pair
    window = MainWindow(secretary.ws, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync_ui.controller.last_finished is not None, timeout=20_000)
    bad = chair.view / "devices" / chair.device / "bundles" / "0000000090-0000000091.zip"
    bad.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    _round(qtbot, window)
    assert window.sync_ui.notice is not None and window.sync_ui.notice.isVisible()
    assert "0000000090-0000000091.zip" in window.sync_ui.notice.text()
    log = SyncLogWindow(secretary.ws, window)
    qtbot.addWidget(log)
    assert log.model.rowCount() >= 2
    qtmodeltester.check(log.model)
    html = log.details.toHtml()
    assert "0000000090-0000000091.zip" in html
    log.show()
    log.grab().save(str(shots / "sync-log.png"))
    qtmodeltester.check(RoundsModel(chair.ws))


def test_the_chair_approves_a_join_request_from_a_dialog(qtbot, pair, shots, tmp_path: Path):
    chair, _ = pair
    newcomer = Workspace.open(tmp_path / "newcomer")
    committee.join(newcomer, chair.view, "Lê Thị Mới")
    dialog = JoinRequestsDialog(chair.ws, "en")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Lê Thị Mới"
    dialog.show()
    dialog.grab().save(str(shots / "sync-join-requests.png"))
    dialog.role.setCurrentIndex(dialog.role.findData(Role.REVIEWER.value))
    dialog.approve_button.click()
    assert dialog.table.rowCount() == 0 and "approved" in dialog.message.text()
    chair.sync()
    from moderator_app.sync.round import run_round

    run_round(newcomer, chair.view)
    assert newcomer.role() == Role.REVIEWER
    newcomer.close()


def test_settings_keep_the_folder_and_interval(qtbot, pair, shots, tmp_path: Path):
    _, secretary = pair
    dialog = SyncSettingsDialog(secretary.ws)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint_label.text() == sync_settings.committee(secretary.ws).fingerprint
    assert not dialog.create_button.isVisible()
    dialog.interval.setValue(12)
    dialog.show()
    dialog.grab().save(str(shots / "sync-settings.png"))
    dialog._save()
    assert sync_settings.interval_minutes(secretary.ws) == 12
    lone = Workspace.open(tmp_path / "lone")
    fresh = SyncSettingsDialog(lone)
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.create_button.isVisible() and fresh.join_button.isVisible()
    lone.close()


def test_resolving_a_conflict_in_the_dialog(qtbot, pair, shots):
    chair, secretary = pair
    filed = file_report(chair.ws)
    chair.sync()
    secretary.sync()
    case_service.update_cases(chair.ws, [filed.ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(secretary.ws, [filed.ref],
                              case_service.CaseChanges(status=Status.REJECTED, reason="ngoài phạm vi"))
    chair.sync()
    secretary.sync()
    chair.sync()
    dialog = ConflictDialog(secretary.ws, filed.case_id, "en")
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(QRadioButton)
    assert len(buttons) == 2 and any("(shown now)" in b.text() for b in buttons)
    assert {n for b in buttons for n in ("Chủ tịch Hà", "Thư ký Bình") if n in b.text()} == {"Chủ tịch Hà",
                                                                                             "Thư ký Bình"}
    dialog.show()
    dialog.grab().save(str(shots / "sync-conflict.png"))
    other = next(b for b in buttons if "(shown now)" not in b.text())
    other.setChecked(True)
    expected = dialog.chosen()["status"]
    dialog.resolve()
    secretary.sync()
    chair.sync()
    for m in pair:
        with m.ws.db.read() as conn:
            from moderator_app.store.database import raw_connection

            raw = raw_connection(conn)
            assert raw.execute("SELECT count(*) FROM conflicts").fetchone() == (0,)
            assert raw.execute("SELECT status FROM cases").fetchone() == (expected,)


def test_closing_the_window_publishes_this_devices_work_first(qtbot, pair):
    chair, secretary = pair
    window = MainWindow(secretary.ws, "en")  # closed here, not by qtbot: the window closes once
    window.show()
    qtbot.waitUntil(lambda: window.sync_ui.controller.last_finished is not None, timeout=20_000)
    file_report(secretary.ws, "Hòa Minzy", "https://youtube.com/@hm/1")
    window.close()
    window.deleteLater()
    assert window.sync_ui.controller.timer.isActive() is False
    report = chair.sync()
    assert [a.device for a in report.applied] == [secretary.device]


def test_a_rendered_screenshot_never_syncs(qtbot, pair, tmp_path: Path):
    _chair, secretary = pair
    file_report(secretary.ws, "Hòa Minzy", "https://youtube.com/@hm/1")
    before = sorted(p.relative_to(secretary.view) for p in secretary.view.rglob("*") if p.is_file())
    window = MainWindow(secretary.ws, "en", remember_layout=False, sync_rounds=False)
    window.show()
    qtbot.wait(300)
    assert window.sync_ui.controller.last_finished is None and not window.sync_ui.controller.timer.isActive()
    assert window.grab().save(str(tmp_path / "shot.png"))
    window.close()
    window.deleteLater()
    assert sorted(p.relative_to(secretary.view) for p in secretary.view.rglob("*") if p.is_file()) == before
