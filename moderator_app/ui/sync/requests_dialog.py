"""The chair's join requests: who asked, from which device and key, and approval with a role."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import UserError
from moderator_app.services.workspace import Workspace

from .. import plain_text
from ..i18n import refusal_text
from ..plain_text import plain_label
from ..tab_order import LaidOutDialog

APPROVABLE = (Role.MEMBER, Role.REVIEWER, Role.SECRETARY, Role.OBSERVER, Role.CHAIR)


class JoinRequestsDialog(LaidOutDialog):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.setWindowTitle(self.tr("Join requests"))
        self.resize(720, 360)
        self.table = QTableWidget(0, 3)  # a handful of rows: a plain table widget is enough
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Device"), self.tr("Key fingerprint")])
        self.table.setAccessibleName(self.tr("Pending join requests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 130)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role for the new member"))
        for role in APPROVABLE:
            self.role.addItem(role.label(lang), role.value)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve the selected request"))
        self.approve_button.clicked.connect(self._approve)
        self.message = plain_label()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Role:")))
        row.addWidget(self.role)
        row.addStretch(1)
        row.addWidget(self.approve_button)
        hint = plain_label(self.tr("Before approving, compare the key fingerprint with the one the person reads to you "
                                   "from their screen."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.requests: list = []
        self.reload()

    def reload(self) -> None:
        from moderator_app.sync.committee import pending_requests

        try:
            self.requests = pending_requests(self.ws)
        except UserError as exc:
            self.requests = []
            self.message.setText(refusal_text(exc))
        self.table.setRowCount(len(self.requests))
        for i, r in enumerate(self.requests):
            for j, text in enumerate((r.name, r.device_id, r.fingerprint)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        if self.requests:
            self.table.selectRow(0)
        elif not self.message.text():
            self.message.setText(self.tr("No join requests are waiting."))
        self.approve_button.setEnabled(bool(self.requests))

    def _approve(self) -> None:
        from moderator_app.sync.committee import approve

        row = self.table.currentRow()
        if not 0 <= row < len(self.requests):
            return
        request = self.requests[row]
        role = Role(self.role.currentData())
        try:
            approve(self.ws, request.device_id, role)
        except UserError as exc:
            plain_text.warning(self, self.tr("Join requests"), refusal_text(exc))
            return
        self.message.setText(self.tr("{0} was approved as {1}; the next sync round tells the committee.")
                             .format(request.name, role.label(self.lang)))
        self.reload()
