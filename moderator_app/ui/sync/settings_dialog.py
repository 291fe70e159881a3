"""Sync settings: the committee this workspace belongs to, the shared folder, and the interval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.errors import UserError
from moderator_app.services import sync as sync_settings
from moderator_app.services.workspace import Workspace

from .. import plain_text
from ..i18n import refusal_text
from ..plain_text import plain_label
from ..tab_order import LaidOutDialog


class SyncSettingsDialog(LaidOutDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Sync settings"))
        self.setMinimumWidth(560)
        info = sync_settings.committee(ws)

        self.committee_label = plain_label()
        self.committee_label.setWordWrap(True)
        self.committee_label.setAccessibleName(self.tr("Committee"))
        self.fingerprint_label = plain_label()
        self.fingerprint_label.setAccessibleName(self.tr("Root fingerprint"))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLineEdit(str(info.folder) if info and info.folder else "")
        self.folder.setAccessibleName(self.tr("Shared folder"))
        self.folder.setPlaceholderText(self.tr("The committee's shared folder (Syncthing, Dropbox, network share…)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the shared folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.interval = QSpinBox()
        self.interval.setRange(sync_settings.MIN_INTERVAL, sync_settings.MAX_INTERVAL)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(sync_settings.interval_minutes(ws))
        self.interval.setAccessibleName(self.tr("Sync interval in minutes"))

        form = QFormLayout()
        form.addRow(self.tr("Committee:"), self.committee_label)
        form.addRow(self.tr("Root fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Shared folder:"), row)
        form.addRow(self.tr("Sync every:"), self.interval)

        self.create_button = QPushButton(self.tr("Create a committee…"))
        self.create_button.setAccessibleName(self.tr("Create a committee"))
        self.join_button = QPushButton(self.tr("Join a committee…"))
        self.join_button.setAccessibleName(self.tr("Join a committee"))
        self.create_button.clicked.connect(self._create)
        self.join_button.clicked.connect(self._join)
        committee_row = QHBoxLayout()
        committee_row.addWidget(self.create_button)
        committee_row.addWidget(self.join_button)
        committee_row.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(committee_row)
        layout.addWidget(buttons)
        self._show_committee()

    def _show_committee(self) -> None:
        info = sync_settings.committee(self.ws)
        if info is None:
            self.committee_label.setText(self.tr("This workspace is not part of a committee yet."))
            self.fingerprint_label.setText("—")
        else:
            self.committee_label.setText(self.tr("{0} (id {1})").format(info.name, info.committee_id))
            self.fingerprint_label.setText(info.fingerprint)
            if info.folder is not None:
                self.folder.setText(str(info.folder))
        self.create_button.setVisible(info is None)
        self.join_button.setVisible(info is None)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The committee's shared folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _create(self) -> None:
        from .committee_dialogs import CreateCommitteeDialog

        if CreateCommitteeDialog(self.ws, self.folder.text(), self).exec():
            self._show_committee()

    def _join(self) -> None:
        from .committee_dialogs import JoinCommitteeDialog

        if JoinCommitteeDialog(self.ws, self.folder.text(), self).exec():
            self._show_committee()

    def _save(self) -> None:
        text = self.folder.text().strip()
        try:
            if text and not Path(text).expanduser().is_dir():
                raise UserError(self.tr("The folder {0} does not exist.").format(text))
            sync_settings.set_folder(self.ws, Path(text) if text else None)
            sync_settings.set_interval_minutes(self.ws, self.interval.value())
        except UserError as exc:
            plain_text.warning(self, self.tr("Sync settings"), refusal_text(exc))
            return
        self.accept()
