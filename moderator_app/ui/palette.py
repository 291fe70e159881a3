"""The command palette (Ctrl+K): type a few letters of any command, view or case reference.

Matching ignores case and diacritics, like search: "gan cho toi" finds "Giao cho tôi".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from moderator_app.domain.text import fold

from .plain_text import as_text


@dataclass(frozen=True, slots=True)
class Command:
    title: str
    run: Callable[[], None]
    shortcut: str = ""
    group: str = ""


class CommandPalette(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        commands: list[Command],
        dynamic: Callable[[str], list[Command]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.setMinimumSize(520, 380)
        self.commands = commands
        self.dynamic = dynamic
        self.chosen: Command | None = None
        layout = QVBoxLayout(self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a command, a view or a case reference…"))
        self.edit.setAccessibleName(self.tr("Command"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i: self._accept_current())
        self._shown: list[Command] = []
        self._filter("")

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        found = list(self.dynamic(text) if self.dynamic else [])
        for cmd in self.commands:
            hay = fold(f"{cmd.group} {cmd.title} {cmd.shortcut}")
            if all(w in hay for w in words):
                found.append(cmd)
        self._shown = found
        self.list.clear()
        for cmd in found:
            label = f"{cmd.group}: {cmd.title}" if cmd.group else cmd.title
            item = QListWidgetItem(f"{label}\t{cmd.shortcut}" if cmd.shortcut else label)
            item.setToolTip(as_text(cmd.shortcut))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_current()
                return True
        return super().eventFilter(obj, event)

    def _accept_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._shown):
            self.chosen = self._shown[row]
            self.accept()

    def run_chosen(self) -> None:
        if self.chosen is not None:
            self.chosen.run()
