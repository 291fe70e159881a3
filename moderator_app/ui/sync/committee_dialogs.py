"""Creating a committee (the chair) and joining one (a member), from the window.

Joining needs a workspace with no changes of its own (see ``docs/sync-format.md``); when this
one has some, the dialog offers to prepare a fresh workspace for the committee and open it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.errors import UserError
from moderator_app.services import committee as roster
from moderator_app.services.workspace import Workspace

from ..i18n import refusal_text
from ..plain_text import as_text, plain_label
from ..tab_order import LaidOutDialog


def _folder_row(dialog: QDialog, edit: QLineEdit) -> QHBoxLayout:
    browse = QPushButton(QCoreApplication.translate("CommitteeDialogs", "Browse…"))
    browse.setAccessibleName(QCoreApplication.translate("CommitteeDialogs", "Choose the shared folder"))

    def choose() -> None:
        chosen = QFileDialog.getExistingDirectory(
            dialog, QCoreApplication.translate("CommitteeDialogs", "The committee's shared folder"), edit.text()
        )
        if chosen:
            edit.setText(chosen)

    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class CreateCommitteeDialog(LaidOutDialog):
    """The chair, once: name the committee and choose the shared folder."""

    def __init__(self, ws: Workspace, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Create a committee"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Committee name"))
        self.member_name = QLineEdit(ws.identity.member_name)
        self.member_name.setAccessibleName(self.tr("Your name"))
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Shared folder"))
        form = QFormLayout()
        form.addRow(self.tr("Committee name:"), self.name)
        form.addRow(self.tr("Your name:"), self.member_name)
        form.addRow(self.tr("Shared folder:"), _folder_row(self, self.folder))
        note = plain_label(
            self.tr(
                "You become the committee's chair. Members join from their own computers by "
                "choosing the same shared folder; you approve them."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.fingerprint: str | None = None

    def _create(self) -> None:
        from moderator_app.sync.committee import create

        try:
            created = create(self.ws, self.name.text(), self.member_name.text(), Path(self.folder.text().strip()))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Create a committee"), as_text(refusal_text(exc)))
            return
        self.fingerprint = created.fingerprint
        QMessageBox.information(
            self,
            self.tr("Committee created"),
            as_text(self.tr(
                "The committee is ready. Its root fingerprint is:\n\n{0}\n\nRead it to members when they join "
                "so they can check they chose the right folder."
            ).format(created.fingerprint)),
        )
        self.accept()


class JoinCommitteeDialog(LaidOutDialog):
    """A new member: choose the folder, compare the fingerprint with the chair's, give a name."""

    def __init__(self, ws: Workspace, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Join a committee"))
        self.setMinimumWidth(560)
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Shared folder"))
        self.folder.editingFinished.connect(self._read_root)
        self.root_label = plain_label("—")
        self.root_label.setWordWrap(True)
        self.root_label.setAccessibleName(self.tr("Committee and root fingerprint"))
        self.member_name = QLineEdit(ws.identity.member_name)
        self.member_name.setAccessibleName(self.tr("Your name"))
        form = QFormLayout()
        form.addRow(self.tr("Shared folder:"), _folder_row(self, self.folder))
        form.addRow(self.tr("Committee:"), self.root_label)
        form.addRow(self.tr("Your name:"), self.member_name)
        note = plain_label(
            self.tr(
                "Compare the fingerprint with the one the chair reads to you by phone. The chair then "
                "approves your request; the next sync brings you the committee's work."
            )
        )
        note.setWordWrap(True)
        self.has_own_work = roster.own_event_count(ws) > 0
        self.fresh_note = plain_label(
            self.tr(
                "This workspace already holds work of its own, so it cannot join a committee. "
                "Choose a new folder for a fresh workspace for the committee; it opens in a new window."
            )
        )
        self.fresh_note.setWordWrap(True)
        self.fresh_note.setStyleSheet("color: #8a4b00")
        self.fresh_note.setVisible(self.has_own_work)
        self.fresh_dir = QLineEdit()
        self.fresh_dir.setAccessibleName(self.tr("Folder for the fresh workspace"))
        self.fresh_dir.setVisible(self.has_own_work)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._join)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.fresh_note)
        if self.has_own_work:
            form.addRow(self.tr("Fresh workspace:"), _folder_row(self, self.fresh_dir))
        layout.addWidget(buttons)
        self._read_root()

    def _read_root(self) -> None:
        from moderator_app.sync.root import read_root

        text = self.folder.text().strip()
        if not text:
            self.root_label.setText("—")
            return
        try:
            root = read_root(Path(text).expanduser())
        except UserError as exc:
            self.root_label.setText(refusal_text(exc))
            return
        self.root_label.setText(self.tr("{0}\nRoot fingerprint: {1}").format(root.name, root.fingerprint))

    def _join(self) -> None:
        from moderator_app.sync.committee import join

        folder = Path(self.folder.text().strip()).expanduser()
        try:
            if not self.has_own_work:
                joined = join(self.ws, folder, self.member_name.text())
            else:
                target = Path(self.fresh_dir.text().strip()).expanduser()
                if not self.fresh_dir.text().strip():
                    raise UserError(self.tr("Choose a folder for the fresh workspace."))
                fresh = Workspace.open(target, member_name=self.member_name.text())
                try:
                    joined = join(fresh, folder, self.member_name.text())
                finally:
                    fresh.close()
                QProcess.startDetached(sys.executable, ["-m", "moderator_app", "--data-dir", str(target)])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Join a committee"), as_text(refusal_text(exc)))
            return
        QMessageBox.information(
            self,
            self.tr("Join request sent"),
            as_text(self.tr(
                "Your request to join {0} was written from device {1}.\nRoot fingerprint: {2}\n"
                "Your key fingerprint (read it to the chair): {3}\n\n"
                "Once the chair approves it, the next sync brings you the committee's work."
            ).format(joined.committee_name, joined.device_id, joined.fingerprint, joined.key_fingerprint)),
        )
        self.accept()
