"""Small dialogs of the triage actions: a reason, a note, a member, the cases to merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Status
from moderator_app.store.queries import CaseRow, MemberRow

from .plain_text import plain_label
from .tab_order import LaidOutDialog

MAX_TEXT = 20_000


class TextDialog(LaidOutDialog):
    """Asks for a reason or a note; OK stays disabled until something is written."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        presets: list[str] | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = plain_label(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.presets = QComboBox(self)
        if presets:
            self.presets.addItem(self.tr("Choose a common reason…"), "")
            for p in presets:
                self.presets.addItem(p, p)
            self.presets.setAccessibleName(self.tr("Common reasons"))
            self.presets.currentIndexChanged.connect(self._preset_chosen)
            layout.addWidget(self.presets)
        else:
            self.presets.hide()
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(prompt)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.edit.setFocus()

    def _preset_chosen(self, index: int) -> None:
        text = self.presets.itemData(index)
        if text:
            self.edit.setPlainText(text)
            self.edit.setFocus()

    def _update(self) -> None:
        text = self.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) and len(text) <= MAX_TEXT)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        # Ctrl+Enter submits from the text box (Enter alone adds a line).
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
                self.accept()
            return
        super().keyPressEvent(event)


def with_ok_cancel(dialog: QDialog, body: QLayout) -> QDialogButtonBox:
    """Lay out a dialog as ``body`` above OK and Cancel (accept and reject); returns the buttons."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(body)
    layout.addWidget(buttons)
    return buttons


def reject_presets(widget: QWidget) -> list[str]:
    return [
        QCoreApplication.translate("Dialogs", "Out of the committee's scope"),
        QCoreApplication.translate("Dialogs", "No evidence of a violation"),
        QCoreApplication.translate("Dialogs", "Duplicate of another case"),
        QCoreApplication.translate("Dialogs", "Not about an influencer"),
    ]


def close_presets(widget: QWidget) -> list[str]:
    return [
        QCoreApplication.translate("Dialogs", "Informally resolved: the post was corrected or removed"),
        QCoreApplication.translate("Dialogs", "The influencer complied after contact"),
    ]


class MemberDialog(LaidOutDialog):
    """Choose whom to assign: a member, or nobody."""

    NOBODY = "__nobody__"

    def __init__(self, parent: QWidget | None, members: list[MemberRow], me: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Assign the selected cases to:"), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Members"))
        nobody = QListWidgetItem(self.tr("Nobody (unassign)"))
        nobody.setData(Qt.ItemDataRole.UserRole, self.NOBODY)
        self.list.addItem(nobody)
        for m in members:
            if not m.active or m.role == "observer":
                continue
            text = self.tr("{0} (me)").format(m.name) if m.id == me else m.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def member_id(self) -> str | None:
        """The chosen member id; ``None`` to unassign."""
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else self.NOBODY
        return None if value == self.NOBODY else str(value)


class MergeDialog(LaidOutDialog):
    """Confirm a merge, or (one case selected) choose its duplicates among the influencer's cases."""

    def __init__(self, parent: QWidget | None, lang: str, selected: list[CaseRow], candidates: list[CaseRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicate cases"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases to merge"))
        rows = selected if len(selected) > 1 else selected + candidates
        for r in rows:
            item = QListWidgetItem(f"{r.ref} · {r.influencer} · {Status(r.status).label(lang)} · {r.title}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r in selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if len(selected) > 1:
            text = self.tr(
                "These cases will be merged into the oldest open one of them. Their reports move over; "
                "each keeps its history, and the others are closed as merged."
            )
        elif candidates:
            text = self.tr(
                "Tick the open cases that duplicate {0}. They are merged into the oldest open one; "
                "reports move over and each case keeps its history."
            ).format(selected[0].ref)
        else:
            text = self.tr(
                "{0} has no other open case about the same influencer. Select two or more "
                "cases in the queue to merge them."
            ).format(selected[0].ref)
        label = plain_label(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(lambda _i: self._update())
        self._update()

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        self.merge_button.setEnabled(len(self.chosen()) >= 2)
