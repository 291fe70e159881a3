"""The filter bar above the queue: status, category, platform, priority, assignee, date range.

It narrows whatever view is chosen on the left. Its state is a ``FilterChoice`` (codes), so a
saved filter restores it exactly.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
)

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.services.saved_filters import ME, FilterChoice
from moderator_app.store.queries import UNASSIGNED, MemberRow

from .flow_layout import FlowLayout
from .plain_text import as_text, plain_label

NO_DATE = QDate(2000, 1, 1)


class MultiChoice(QToolButton):
    """A button with a menu of checkable codes; its text says what is chosen."""

    changed = Signal()

    def __init__(self, title: str, options: list[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(title)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self._actions: list[tuple[object, QAction]] = []
        for code, label in options:
            action = QAction(label, menu)
            action.setCheckable(True)
            action.toggled.connect(self._on_toggled)
            menu.addAction(action)
            self._actions.append((code, action))
        menu.addSeparator()
        clear = QAction(self.tr("Any"), menu)
        clear.triggered.connect(lambda: self.set_values(()))
        menu.addAction(clear)
        self.setMenu(menu)
        self._quiet = False
        self._update_text()

    def values(self) -> tuple[object, ...]:
        return tuple(code for code, a in self._actions if a.isChecked())

    def set_values(self, values: tuple[object, ...]) -> None:
        self._quiet = True
        for code, action in self._actions:
            action.setChecked(code in values)
        self._quiet = False
        self._update_text()
        self.changed.emit()

    def _on_toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self._update_text()
            self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for _, a in self._actions if a.isChecked()]
        if not chosen:
            text = self.tr("{0}: any").format(self.title)
        elif len(chosen) <= 2:
            text = f"{self.title}: {', '.join(chosen)}"
        else:
            text = self.tr("{0}: {1} chosen").format(self.title, len(chosen))
        self.setText(text)
        self.setToolTip(as_text(", ".join(chosen) if chosen else text))


class FilterBar(QWidget):
    changed = Signal()
    saveRequested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.status = MultiChoice(self.tr("Status"), [(s.value, s.label(lang)) for s in Status], self)
        self.category = MultiChoice(self.tr("Category"), [(c.value, c.label(lang)) for c in Category], self)
        self.platform = MultiChoice(self.tr("Platform"), [(p.value, p.label(lang)) for p in Platform], self)
        self.priority = MultiChoice(
            self.tr("Priority"), [(p.level, f"{p.level} · {p.label(lang)}") for p in Priority], self
        )
        self.assignee = QComboBox(self)
        self.assignee.setAccessibleName(self.tr("Assignee"))
        self.assignee.setToolTip(self.tr("Assignee"))
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_members([])

        self.date_from = self._date_edit(self.tr("Opened from"))
        self.date_to = self._date_edit(self.tr("Opened until"))

        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the filter bar"))
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save filter…"))
        self.save_button.setToolTip(self.tr("Keep this view, filters, search and sort under a name"))
        self.save_button.clicked.connect(self.saveRequested)

        # The dates stay together on one line; the bar wraps when the window is narrower than it
        # (large font sizes), and never makes the window wider than the screen.
        opened_box = QWidget(self)
        opened_row = QHBoxLayout(opened_box)
        opened_row.setContentsMargins(0, 0, 0, 0)
        opened_row.setSpacing(4)
        opened_row.addWidget(plain_label(self.tr("Opened:"), opened_box))
        opened_row.addWidget(self.date_from)
        opened_row.addWidget(plain_label("–", opened_box))
        opened_row.addWidget(self.date_to)
        layout = FlowLayout(self)
        for w in (self.status, self.category, self.platform, self.priority, self.assignee, opened_box):
            layout.addWidget(w)
        layout.add_break_point()
        layout.addWidget(self.clear_button)
        layout.addWidget(self.save_button)

        for multi in (self.status, self.category, self.platform, self.priority):
            multi.changed.connect(self.changed)
        self.assignee.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.date_from.dateChanged.connect(lambda _d: self.changed.emit())
        self.date_to.dateChanged.connect(lambda _d: self.changed.emit())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        edit.setToolTip(as_text(self.tr("{0} (choose the earliest date to clear)").format(name)))
        return edit

    def set_members(self, members: list[MemberRow]) -> None:
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Assignee: anyone"), None)
        self.assignee.addItem(self.tr("Assignee: me"), ME)
        self.assignee.addItem(self.tr("Assignee: nobody"), UNASSIGNED)
        for m in members:
            self.assignee.addItem(m.name, m.id)
        index = self.assignee.findData(current)
        self.assignee.setCurrentIndex(max(0, index))
        self.assignee.blockSignals(False)

    # --- state -----------------------------------------------------------------------------

    def choice(self) -> FilterChoice:
        def day(edit: QDateEdit) -> str | None:
            d = edit.date()
            return None if d == NO_DATE else date(d.year(), d.month(), d.day()).isoformat()

        return FilterChoice(
            statuses=tuple(str(v) for v in self.status.values()),
            categories=tuple(str(v) for v in self.category.values()),
            platforms=tuple(str(v) for v in self.platform.values()),
            priorities=tuple(int(str(v)) for v in self.priority.values()),
            assignee=self.assignee.currentData(),
            opened_from=day(self.date_from),
            opened_to=day(self.date_to),
        )

    def set_choice(self, choice: FilterChoice) -> None:
        was_blocked = self.blockSignals(True)
        try:
            self.status.set_values(choice.statuses)
            self.category.set_values(choice.categories)
            self.platform.set_values(choice.platforms)
            self.priority.set_values(choice.priorities)
            index = self.assignee.findData(choice.assignee)
            self.assignee.setCurrentIndex(max(0, index))
            for edit, value in ((self.date_from, choice.opened_from), (self.date_to, choice.opened_to)):
                if value:
                    d = date.fromisoformat(value)
                    edit.setDate(QDate(d.year, d.month, d.day))
                else:
                    edit.setDate(NO_DATE)
        finally:
            self.blockSignals(was_blocked)
        if not was_blocked:
            self.changed.emit()

    def clear(self) -> None:
        self.set_choice(FilterChoice())
