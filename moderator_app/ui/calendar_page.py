"""The Settings tab of the working-day calendar: the year's days off, law and committee.

The chair and the secretary add a day off (a bridge day the government announced) or remove one
(a holiday the committee works); each change is recorded at once, as an event that sync carries
to every member, and the working-day deadlines move with it. Other members read the list.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import local_date
from moderator_app.domain.errors import UserError
from moderator_app.domain.permissions import ORGANISERS, role_names
from moderator_app.domain.working_calendar import COMMITTEE, FIRST_YEAR, LAST_YEAR, DayOff
from moderator_app.services import working_calendar as svc
from moderator_app.services.workspace import Workspace

from . import plain_text
from .i18n import refusal_text
from .plain_text import plain_label

WEEKDAYS = (("T2", "Mon"), ("T3", "Tue"), ("T4", "Wed"), ("T5", "Thu"), ("T6", "Fri"), ("T7", "Sat"), ("CN", "Sun"))


class CalendarPage(QWidget):
    """Lists a year's days off; adds and removes them for the chair and the secretary."""

    def __init__(self, ws: Workspace, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        # The interface's language, as the window was started in (``i18n.install_translations``).
        self.lang = lang or ("vi" if QLocale().language() == QLocale.Language.Vietnamese else "en")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(local_date(ws.clock.wall()).year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(plain_label(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        note = plain_label(self.tr(
            "Working-day deadlines skip weekends and the days below: not counting public holidays and Tết."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Day off"), self.tr("Set by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Days off"))
        layout.addWidget(self.table, 1)
        add_row = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Date of the day off"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("What the day off is (e.g. the government's announced bridge day)"))
        self.name.setAccessibleName(self.tr("Name of the day off"))
        self.add_button = QPushButton(self.tr("&Add day off"))
        self.add_button.clicked.connect(self.add_day_off)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        add_row.addWidget(self.day)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.why = plain_label()
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        editable = svc.can_edit(ws)
        for widget in (self.day, self.name, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        if editable:
            self.why.setText(self.tr("Changes are recorded at once and reach the other members with the next sync."))
        else:
            why = self.tr("Only the chair or the secretary changes the calendar ({0}); you are {1}.")
            self.why.setText(why.format(role_names(ORGANISERS, self.lang), role_names([ws.role()], self.lang)))
        self.rows: list[tuple[DayOff, bool]] = []
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        worked = 0 <= row < len(self.rows) and not self.rows[row][1]
        self.remove_button.setText(self.tr("&Make it a day off again") if worked else self.tr("&Remove selected"))

    def refresh(self) -> None:
        year = int(self.year.value())
        off = [(d, True) for d in svc.days_off(self.ws, year)]
        worked = [(d, False) for d in svc.worked_holidays(self.ws, year)]
        self.rows = sorted(off + worked, key=lambda row: row[0].day)
        self.table.setRowCount(len(self.rows))
        for i, (d, is_off) in enumerate(self.rows):
            weekday = WEEKDAYS[d.day.weekday()][1 if self.lang == "en" else 0]
            name = d.name(self.lang)
            if not is_off:
                name = self.tr("{0} (the committee works this day)").format(name)
            source = self.tr("Committee") if d.source == COMMITTEE or not is_off else self.tr("Law")
            for column, text in enumerate((f"{weekday} {d.day.strftime('%d/%m/%Y')}", name, source)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.day.isoformat())
                self.table.setItem(i, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if QDate(self.day.date()).year() != year:
            self.day.setDate(QDate(year, 1, 1))
        self._selection_changed()

    def add_day_off(self) -> None:
        chosen = self.day.date()
        try:
            svc.add_day_off(self.ws, date(chosen.year(), chosen.month(), chosen.day()), self.name.text(), self.lang)
        except UserError as exc:
            plain_text.warning(self, self.tr("Day off not added"), refusal_text(exc))
            return
        self.name.clear()
        self.refresh()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        d, is_off = self.rows[row]
        try:
            if is_off:
                svc.remove_day_off(self.ws, d.day, self.lang)
            else:  # a holiday the committee works: a day off again, with the law's name
                svc.add_day_off(self.ws, d.day, d.name_vi, self.lang)
        except UserError as exc:
            plain_text.warning(self, self.tr("Calendar not changed"), refusal_text(exc))
            return
        self.refresh()
