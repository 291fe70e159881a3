"""The command palette (Ctrl+K): type a few letters of any command, view or case reference.

Matching ignores case and diacritics, like search: "gan cho toi" finds "Giao cho tôi". The
commands are every action of every menu of the window (``menu_commands``), so what a menu can
do the palette can do; each one's shortcut is shown in a column of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.text import fold

from .plain_text import as_text
from .tab_order import LaidOutDialog


@dataclass(frozen=True, slots=True)
class Command:
    title: str
    run: Callable[[], None]
    shortcut: str = ""
    group: str = ""


class CommandPalette(LaidOutDialog):
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
        self.list = _CommandList(self)
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.list.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i, _c: self._accept_current())
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
            item = QTreeWidgetItem([label, cmd.shortcut])
            item.setToolTip(0, as_text(label))
            self.list.addTopLevelItem(item)
        if found:
            self.list.setCurrentItem(self.list.topLevelItem(0))

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
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        if 0 <= row < len(self._shown):
            self.chosen = self._shown[row]
            self.accept()

    def run_chosen(self) -> None:
        if self.chosen is not None:
            self.chosen.run()


class _CommandList(QTreeWidget):
    """A flat two-column list: the command, then its shortcut right-aligned in a column of its own."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def count(self) -> int:
        return self.topLevelItemCount()

    def titles(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.count())]


def menu_commands(bar: QMenuBar, shortcut_of: Callable[[QAction], str]) -> list[Command]:
    """Every enabled action of every menu and submenu of ``bar``, grouped by its menu's path.

    Actions that only open a submenu are not commands (their submenu's actions are); a menu
    filled when it opens (the "Move to" list) is asked to fill itself first.
    """
    found: list[Command] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus that fill themselves on opening
        for act in menu.actions():
            if act.isSeparator() or not act.isVisible():
                continue
            sub = act.menu()
            title = act.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {title}")
            elif act.isEnabled() and id(act) not in seen and title:
                seen.add(id(act))
                found.append(Command(title, act.trigger, shortcut_of(act), path))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    return found
