"""File → Personal data…: a reporter's details found and erased on request, the retention rules
set and what they remove, and the menu item with its start-up hint for the chair."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from moderator_app.domain.enums import Category, Platform, Role, Status
from moderator_app.domain.errors import UserError
from moderator_app.services import backups, encryption, privacy, reports
from moderator_app.services import cases as case_service
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import driver
from moderator_app.store.database import raw_connection
from moderator_app.ui import privacy_dialog as pd

REPORTER = "Nguyễn Văn An · 0912 345 678"
DAY_MS = 86_400_000


def _file(ws: Workspace, influencer: str, reporter: str = REPORTER, files: tuple[Path, ...] = ()):
    return reports.file_report(ws, reports.ReportInput(influencer, Platform.TIKTOK, Category.FRAUD, reporter=reporter),
                               files=files)


def _reporters(ws: Workspace) -> dict[str, str]:
    with ws.db.read() as conn:
        return dict(raw_connection(conn).execute("SELECT id, reporter FROM reports"))


def _dialog(qtbot, ws: Workspace) -> pd.PrivacyDialog:
    dialog = pd.PrivacyDialog(ws)
    qtbot.addWidget(dialog)
    return dialog


def _cells(model, columns: int) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(columns)] for r in range(model.rowCount())]


def test_finding_and_erasing_a_reporter_on_request(qtbot, ws: Workspace, monkeypatch):
    a = _file(ws, "Đen Vâu")
    b = _file(ws, "Khánh Vy", reporter="nguyen van an")  # the same person, typed differently
    other = _file(ws, "Hoa Hậu", reporter="Trần Thị Bình")
    backups.create_backup(ws.paths, "manual")  # made before: it still holds the details afterwards
    dialog = _dialog(qtbot, ws)
    assert not dialog.erase_button.isEnabled() and not dialog.find_button.isEnabled()

    dialog.query.setText("Nguyễn Văn An")
    dialog.find_button.click()
    rows = _cells(dialog.found_model, 4)
    assert [r[0] for r in rows] == [a.ref, b.ref]
    assert [r[2] for r in rows] == [REPORTER, "nguyen van an"]
    assert all(r[1].count("/") == 2 and len(r[1]) == 10 for r in rows)  # dd/mm/yyyy
    assert all(r[3] == "Sealed: erased for good" for r in rows)
    assert "2 reports (2 cases)" in dialog.found_label.text()
    assert dialog.letters_table.isHidden()  # no letter was sent to this reporter
    assert not dialog.erase_button.isEnabled()  # no reason yet

    dialog.reason.setText("Yêu cầu ngày 05/12/2026")
    assert dialog.erase_button.isEnabled()
    asked: list[tuple[str, str, str, str]] = []
    dialog.confirm = lambda *args: asked.append(args) or False
    dialog.erase_button.click()
    assert len(asked) == 1 and _reporters(ws)[a.report_id] == REPORTER  # declined: nothing erased
    _title, question, informative, _button = asked[0]
    assert "2 reports (2 cases)" in question and "cannot be undone" in informative
    assert "next sync" in informative and "Yêu cầu ngày 05/12/2026" in informative

    def accept(box: QMessageBox) -> int:  # the person clicks "Erase for good"
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    dialog.confirm = dialog._confirm
    dialog.erase_button.click()
    stored = _reporters(ws)
    assert stored[a.report_id] == "" and stored[b.report_id] == ""
    assert stored[other.report_id] == "Trần Thị Bình"
    assert dialog.erased is not None and dialog.erased.backups_before == 1
    result = dialog.erase_result.text()
    assert result.startswith("Erased: the reporter's details in 2 reports (2 cases)")
    assert "1 backups made earlier" in result and str(ws.paths.backups) in result
    assert dialog.found_model.rowCount() == 0 and dialog.reason.text() == ""
    assert not dialog.erase_button.isEnabled()
    assert verify(ws).ok

    dialog.find_button.click()  # searched again: nothing names them any more
    assert dialog.found_model.rowCount() == 0 and "No report names" in dialog.found_label.text()


def test_a_new_search_drops_what_was_found_for_the_last_one(qtbot, ws: Workspace):
    _file(ws, "Đen Vâu")
    dialog = _dialog(qtbot, ws)
    dialog.query.setText("0912345678")  # a phone number matches by its digits
    dialog.find()
    dialog.reason.setText("Yêu cầu ngày 05/12/2026")
    assert dialog.found_model.rowCount() == 1 and dialog.erase_button.isEnabled()
    dialog.query.setText("0912345679")
    assert dialog.found_model.rowCount() == 0 and dialog.plan is None and not dialog.erase_button.isEnabled()


def test_the_confirmation_warns_that_it_cannot_be_undone(qtbot, ws: Workspace, monkeypatch):
    dialog = _dialog(qtbot, ws)
    seen: dict[str, str] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen.update(text=box.text(), informative=box.informativeText(), default=box.defaultButton().text(),
                    format=str(box.textFormat()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialog._confirm("Erase personal data", "<b>Erase?</b>", "It cannot be undone.", "Erase for good") is False
    assert seen["text"] == "<b>Erase?</b>" and "PlainText" in seen["format"]
    assert seen["default"] == "Cancel"


def test_retention_rules_set_by_the_chair_and_applied(qtbot, ws: Workspace, tmp_path: Path, monkeypatch):
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 500)
    closed = _file(ws, "Đen Vâu", files=(shot,))
    still_open = _file(ws, "Khánh Vy", reporter="Lê Văn Cường")
    case_service.update_cases(ws, [closed.ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(ws, [closed.ref], case_service.CaseChanges(status=Status.CLOSED, reason="Đã gỡ bài"))
    dialog = _dialog(qtbot, ws)
    assert dialog.reporters_months.text() == "Keep until erased" and dialog.evidence_months.value() == 0
    assert "No retention rules" in dialog.due_label.text() and not dialog.save_button.isEnabled()
    assert not dialog.save_button.isHidden() and dialog.rules_note.isHidden()

    dialog.reporters_months.setValue(6)
    dialog.evidence_months.setValue(12)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert privacy.retention_rules(ws) == privacy.RetentionRules(6, 12)
    assert not dialog.save_button.isEnabled() and "saved" in dialog.rules_status.text()
    assert dialog.due_model.rowCount() == 0 and "Nothing is due" in dialog.due_label.text()
    assert not dialog.remove_button.isEnabled()

    later = ws.clock.wall() + 400 * DAY_MS  # 400 days on: the case was closed longer ago than both rules say
    monkeypatch.setattr(ws.clock, "_now_ms", lambda: later)
    dialog.refresh_due()
    rows = _cells(dialog.due_model, 3)
    assert [r[0] for r in rows] == [closed.ref, closed.ref]
    assert rows[0][1] == f"Reporter's contact details: {REPORTER}"
    assert rows[1][1].startswith("Evidence file: shot.png (") and rows[1][1].endswith(" B)")
    due = privacy.retention_plan(ws)
    assert rows[0][2] == due.reporters_before.strftime("%d/%m/%Y")
    assert rows[1][2] == due.evidence_before.strftime("%d/%m/%Y")
    assert dialog.remove_button.isEnabled()

    asked: list[tuple[str, ...]] = []
    dialog.confirm = lambda *args: asked.append(args) or True
    dialog.remove_button.click()
    assert "1 reports and 1 evidence files, in 1 cases" in asked[0][1] and "cannot be undone" in asked[0][2]
    stored = _reporters(ws)
    assert stored[closed.report_id] == "" and stored[still_open.report_id] == "Lê Văn Cường"
    assert dialog.erased is not None and dialog.erased.files_removed == 1
    assert "Removed under the retention rules" in dialog.retention_result.text()
    assert dialog.due_model.rowCount() == 0 and not dialog.remove_button.isEnabled()
    assert privacy.retention_plan(ws).plan.empty and verify(ws).ok


@pytest.mark.parametrize("role", [Role.SECRETARY, Role.MEMBER])
def test_others_see_the_rules_read_only(qtbot, ws: Workspace, monkeypatch, role: Role):
    privacy.set_retention(ws, "reporters", 24)
    _file(ws, "Đen Vâu")
    monkeypatch.setattr(Workspace, "role", lambda self: role)
    dialog = _dialog(qtbot, ws)
    assert dialog.reporters_months.value() == 24 and dialog.reporters_months.isReadOnly()
    assert dialog.evidence_months.isReadOnly() and dialog.save_button.isHidden()
    assert not dialog.rules_note.isHidden() and "Only the chair" in dialog.rules_note.text()
    assert dialog.remove_button.isHidden()
    dialog.query.setText("Nguyễn Văn An")
    dialog.find()
    dialog.reason.setText("Yêu cầu ngày 05/12/2026")
    assert dialog.found_model.rowCount() == 1
    assert dialog.erase_button.isEnabled() is (role == Role.SECRETARY)
    assert dialog.erase_note.isHidden() is (role == Role.SECRETARY)


def test_the_menu_item_follows_backups_and_the_chair_is_told_when_data_is_due(qtbot, ws: Workspace, monkeypatch):
    from moderator_app.ui.backups_dialog import ACTION_NAME as BACKUPS
    from moderator_app.ui.main_window import MainWindow

    ref = _file(ws, "Đen Vâu")
    case_service.update_cases(ws, [ref.ref], case_service.CaseChanges(status=Status.REJECTED, reason="Ngoài phạm vi"))
    privacy.set_retention(ws, "reporters", 1)
    later = ws.clock.wall() + 90 * DAY_MS
    monkeypatch.setattr(ws.clock, "_now_ms", lambda: later)
    window = MainWindow(ws, "en", remember_layout=False, sync_rounds=False)
    qtbot.addWidget(window)
    window.show()
    items = [a for a in window.menuBar().actions()[0].menu().actions() if not a.isSeparator()]
    names = [a.objectName() for a in items]
    assert names[names.index(BACKUPS) + 1] == pd.ACTION_NAME
    action = items[names.index(pd.ACTION_NAME)]
    assert action.text() == "Personal &data…"
    qtbot.waitUntil(lambda: "due for removal" in window.statusBar().currentMessage(), timeout=5000)
    action.trigger()
    dialog = window.findChild(pd.PrivacyDialog)
    assert dialog is not None and dialog.isVisible() and dialog.due_model.rowCount() == 1
    dialog.close()


def test_the_dialog_shows_reporters_as_plain_text(qtbot, ws: Workspace):
    hostile = '<img src="file:///etc/hosts"><b>VERIFIED</b>'
    _file(ws, "Đen Vâu", reporter=hostile)
    dialog = _dialog(qtbot, ws)
    dialog.query.setText(hostile)
    dialog.find()
    assert dialog.found_model.index(0, 2).data() == hostile
    tip = dialog.found_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip  # escaped for the tooltip, which Qt would render as HTML


# --- encryption at rest ---------------------------------------------------------------------------

PASS = "mật khẩu của Ban 2026"
NEW_PASS = "một mật khẩu mới 2027"
needs_sqlcipher = pytest.mark.skipif(not driver.available(), reason="sqlcipher3 is not installed")


def _click_destructive(box: QMessageBox) -> int:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    return 0


@needs_sqlcipher
def test_encrypting_asks_twice_then_hands_the_passphrase_to_the_restart(qtbot, ws: Workspace, monkeypatch,
                                                                        tmp_path: Path):
    from PySide6.QtWidgets import QApplication

    from moderator_app.ui.conversion_progress import ConversionProgress

    screenshot = tmp_path / "tin-nhan.txt"
    screenshot.write_text("Chuyển khoản vào số tài khoản 0123456789", encoding="utf-8")
    _file(ws, "Đen Vâu", files=(screenshot,))
    root = ws.root
    dialog = _dialog(qtbot, ws)
    assert dialog.tabs.tabText(2) == "Encryption"
    assert "are not encrypted" in dialog.encryption_status.text()
    assert not dialog.encrypt_box.isHidden() and dialog.change_box.isHidden()
    assert dialog.use_keyring.isChecked() and not dialog.encrypt_button.isEnabled()
    assert dialog.new_passphrase.echoMode() == dialog.new_passphrase.EchoMode.Password

    asked: list[tuple[str, ...]] = []
    dialog.confirm = lambda *args: asked.append(args) or False
    dialog.new_passphrase.setText(PASS)
    dialog.new_passphrase_again.setText(PASS + "x")
    dialog.encrypt_button.click()
    assert "not the same" in dialog.encryption_result.text() and asked == []
    dialog.new_passphrase.setText("ngắn")
    dialog.new_passphrase_again.setText("ngắn")
    dialog.encrypt_button.click()
    assert "at least 8 characters" in dialog.encryption_result.text() and asked == []

    dialog.new_passphrase.setText(PASS)
    dialog.new_passphrase_again.setText(PASS)
    dialog.use_keyring.setChecked(False)
    dialog.encrypt_button.click()  # declined: nothing asked of the application
    assert len(asked) == 1 and not dialog.encrypt_requested and pd.take_encrypt_request() is None
    informative = asked[0][2]
    assert "backup" in informative and "open again" in informative and "write the passphrase down" in informative
    assert "asked at every start" in informative

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda *args: exits.append(args[-1]))  # the loop of run_gui
    monkeypatch.setattr(QMessageBox, "exec", _click_destructive)
    dialog.confirm = dialog._confirm
    dialog.encrypt_button.click()
    assert dialog.encrypt_requested and exits == [pd.ENCRYPT_EXIT_CODE] and not dialog.isVisible()
    assert dialog.new_passphrase.text() == ""
    request = pd.take_encrypt_request()
    assert request == (PASS, False) and pd.take_encrypt_request() is None
    assert not encryption.is_encrypted(root)  # nothing done until the windows are closed

    shown: list[str] = []
    original_show = ConversionProgress._show

    def record_progress(self: ConversionProgress, done: int, total: int) -> None:
        original_show(self, done, total)
        shown.append(self.label.text())

    monkeypatch.setattr(ConversionProgress, "_show", record_progress)
    new_ws, message, done = pd.encrypt_and_reopen(ws, *request)
    try:
        assert done and message is None
        assert shown == ["Encrypting the evidence files: 1 of 1…"]
        assert [p.name for p in new_ws.paths.blobs.rglob("*") if p.is_file()
                and b"0123456789" in p.read_bytes()] == []  # the evidence file is sealed too
        assert encryption.is_encrypted(root) and not encryption.read_protection(root).keyring
        assert not new_ws.paths.db.read_bytes().startswith(b"SQLite format 3\x00")
        assert all(not b.path.read_bytes().startswith(b"SQLite format 3\x00")
                   for b in backups.list_backups(new_ws.paths))
        assert len(_reporters(new_ws)) == 1 and verify(new_ws).ok  # it opens and keeps its rows
        _file(new_ws, "Khánh Vy")
        assert len(_reporters(new_ws)) == 2
        again = _dialog(qtbot, new_ws)
        assert "are encrypted" in again.encryption_status.text() and "asked at every start" in \
            again.encryption_status.text()
    finally:
        new_ws.close()
        driver.forget(root)


@needs_sqlcipher
def test_a_refused_encryption_reopens_the_workspace_as_it_was(ws: Workspace):
    _file(ws, "Đen Vâu")
    new_ws, message, done = pd.encrypt_and_reopen(ws, "ngắn", False)
    try:
        assert not done and message is not None and "at least 8 characters" in message
        assert not encryption.is_encrypted(new_ws.root) and len(_reporters(new_ws)) == 1
    finally:
        new_ws.close()


@needs_sqlcipher
def test_the_passphrase_of_an_encrypted_workspace_is_changed_in_place(qtbot, ws: Workspace):
    _file(ws, "Đen Vâu")
    root = ws.root
    new_ws, _message, done = pd.encrypt_and_reopen(ws, PASS, False)
    assert done
    try:
        dialog = _dialog(qtbot, new_ws)
        assert "evidence files on this computer are encrypted (AES-256)" in dialog.encryption_status.text()
        assert dialog.encrypt_box.isHidden() and not dialog.change_box.isHidden()
        assert not dialog.change_button.isEnabled()

        dialog.current_passphrase.setText("không phải mật khẩu")
        dialog.changed_passphrase.setText(NEW_PASS)
        dialog.changed_passphrase_again.setText(NEW_PASS)
        dialog.change_button.click()
        assert "not the passphrase" in dialog.encryption_result.text()
        dialog.current_passphrase.setText(PASS)
        dialog.changed_passphrase_again.setText(NEW_PASS + "x")
        dialog.change_button.click()
        assert "not the same" in dialog.encryption_result.text()
        dialog.changed_passphrase_again.setText(NEW_PASS)
        dialog.change_button.click()
        assert "is changed" in dialog.encryption_result.text()
        assert dialog.current_passphrase.text() == "" and dialog.changed_passphrase.text() == ""

        driver.forget(root)  # as in a new process: nothing unlocked
        with pytest.raises(UserError):
            encryption.unlock(root, PASS)
        assert encryption.unlock(root, NEW_PASS)
        assert len(_reporters(new_ws)) == 1
    finally:
        new_ws.close()
        driver.forget(root)
