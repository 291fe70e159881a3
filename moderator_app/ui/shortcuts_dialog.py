"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .keys import portable_key
from .tab_order import LaidOutDialog
from .window_size import fit_resize

NATIVE_KEYS = "native_keys"  # an action's property: keys a widget handles itself (the table's arrows)


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts, then the keys that do the same natively (listed, not bound)."""
    keys = list(action.shortcuts()) + [portable_key(k) for k in action.property(NATIVE_KEYS) or []]
    names = (s.toString(QKeySequence.SequenceFormat.NativeText) for s in keys)
    return ", ".join(dict.fromkeys(names))  # Return and Enter share a name in Vietnamese


class ShortcutsDialog(LaidOutDialog):
    def __init__(self, parent: QWidget | None, groups: list[tuple[str, list[QAction]]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fit_resize(self, 560, 620)
        rows = [(group, a) for group, actions in groups for a in actions if a.shortcuts()]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for i, (group, action) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(shortcut_text(action)))
            self.table.setItem(i, 1, QTableWidgetItem(action.text().replace("&", "")))
            self.table.setItem(i, 2, QTableWidgetItem(group.replace("&", "")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
