"""First run: the welcome screen's three paths, the demo built in the background, waiting for approval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from moderator_app.services.workspace import Workspace
from moderator_app.ui import welcome
from moderator_app.ui.welcome import DemoProgressDialog, WaitingForApproval, WelcomeDialog, needs_welcome


def test_a_new_workspace_is_welcomed_once(ws: Workspace):
    assert needs_welcome(ws)
    ws.set_setting("welcome_done", True)
    assert not needs_welcome(ws)


def test_the_demo_path(qtbot, ws: Workspace):
    dialog = WelcomeDialog(ws)
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "demo"


def test_the_create_path_makes_this_member_the_chair(qtbot, ws: Workspace, tmp_path: Path, monkeypatch):
    from moderator_app.ui.sync import committee_dialogs

    def run_create(self: committee_dialogs.CreateCommitteeDialog) -> int:
        self.name.setText("Ban tự giám sát Niềm tin số")
        self.folder.setText(str(tmp_path / "shared"))
        monkeypatch.setattr(committee_dialogs.QMessageBox, "information", lambda *a, **k: None)
        self._create()
        return self.result()

    monkeypatch.setattr(committee_dialogs.CreateCommitteeDialog, "exec", run_create)
    dialog = WelcomeDialog(ws)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.choice == "created"
    assert (tmp_path / "shared" / "committee.json").exists()
    assert ws.local_state("committee_id") is not None


def test_waiting_for_approval_shows_the_status_until_approved(qtbot, ws: Workspace):
    answers = iter([False, True])
    dialog = WaitingForApproval(ws, check=lambda: next(answers))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Not approved yet (last checked" in dialog.status.text(), timeout=3000)
    assert ws.identity.fingerprint.split()[0] in dialog.findChildren(welcome.QLabel)[0].text()
    dialog.check_now()
    qtbot.waitUntil(lambda: dialog.approved, timeout=3000)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_demo_is_built_off_the_gui_thread(qtbot, tmp_path: Path):
    ws = Workspace.open(tmp_path / "demo")
    try:
        dialog = DemoProgressDialog(ws, cases=150)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.finished, timeout=60_000):
            dialog.show()
        assert dialog.error is None and not ws.is_new()
        assert dialog.bar.value() == 150
    finally:
        ws.close()
