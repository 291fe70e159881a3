"""The review queue's table model: knows the total, fetches windows of rows by SQL as the view
scrolls, and never holds more than a few pages of a million-row queue in memory.

Sorting and filtering re-run SQL (no proxy model over big data). A page near the end of the
list is fetched with the order reversed, so jumping to the last row costs what the first does.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .formatting import age_text, sla_text

PAGE = 200
MAX_PAGES = 40

ModelIndex = QModelIndex | QPersistentModelIndex


class Column:
    REF = 0
    SLA = 1
    PRIORITY = 2
    URGENT = 3
    CATEGORY = 4
    INFLUENCER = 5
    PLATFORM = 6
    STATUS = 7
    ASSIGNEE = 8
    REPORTS = 9
    ACTIVITY = 10
    COUNT = 11


SORT_KEYS = {
    Column.REF: "ref",
    Column.SLA: "sla",
    Column.PRIORITY: "priority",
    Column.URGENT: "urgent",
    Column.CATEGORY: "category",
    Column.INFLUENCER: "influencer",
    Column.PLATFORM: "platform",
    Column.STATUS: "status",
    Column.ASSIGNEE: "assignee",
    Column.REPORTS: "reports",
    Column.ACTIVITY: "activity",
}

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class QueueModel(QAbstractTableModel):
    """Rows are ``queries.CaseRow``; ``CASE_ID_ROLE`` gives a row's case id."""

    countChanged = Signal(int)

    def __init__(self, ws: Workspace, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.flt = queries.CaseFilter()
        self.sort_key = "sla"
        self.desc = False
        self._total = 0
        self._pages: OrderedDict[int, list[queries.CaseRow]] = OrderedDict()
        self.now_ms = int(time.time() * 1000)
        self._headers = [
            self.tr("Reference"),
            self.tr("SLA"),
            self.tr("Priority"),
            self.tr("Urgent"),
            self.tr("Category"),
            self.tr("Influencer"),
            self.tr("Platform"),
            self.tr("Status"),
            self.tr("Assignee"),
            self.tr("Reports"),
            self.tr("Last activity"),
        ]
        self.refresh()

    # --- querying ---------------------------------------------------------------------------

    def set_filter(self, flt: queries.CaseFilter) -> None:
        self.flt = flt
        self.refresh()

    def set_search(self, text: str) -> None:
        self.flt = replace(self.flt, search=text.strip() or None)
        self.refresh()

    def refresh(self) -> None:
        """Re-count and drop cached pages (after a filter change or new events)."""
        self.beginResetModel()
        self._pages.clear()
        self.now_ms = int(time.time() * 1000)
        with self.ws.db.read() as conn:
            self._total = queries.count_cases(raw_connection(conn), self.flt)
        self.endResetModel()
        self.countChanged.emit(self._total)

    def total(self) -> int:
        return self._total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.desc = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def _page(self, number: int) -> list[queries.CaseRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE
        size = min(PAGE, self._total - start)
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            if start > self._total / 2:
                # Near the end: read backwards from the last row, so the offset stays small.
                offset = self._total - (start + size)
                rows = queries.list_cases(raw, self.flt, self.sort_key, not self.desc, size, offset)
                rows.reverse()
            else:
                rows = queries.list_cases(raw, self.flt, self.sort_key, self.desc, size, start)
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_at(self, row: int) -> queries.CaseRow | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, case_id: str) -> int | None:
        """The row showing ``case_id`` among the cached pages, if any."""
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == case_id:
                    return number * PAGE + i
        return None

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == CASE_ID_ROLE:
            return r.id
        if role == CASE_ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.SLA and self._overdue(r):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and (
            (col == Column.SLA and self._overdue(r)) or (col == Column.URGENT and r.urgent)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.SLA:
                return sla_text(r, self.now_ms, self.lang, long=True)
            if col in (Column.CATEGORY, Column.INFLUENCER):
                return self._display(r, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(r, col)
        return None

    def _overdue(self, r: queries.CaseRow) -> bool:
        return r.sla_due_at is not None and r.sla_due_at < self.now_ms

    def _display(self, r: queries.CaseRow, col: int) -> str:
        lang = self.lang
        match col:
            case Column.REF:
                return r.ref
            case Column.SLA:
                return sla_text(r, self.now_ms, lang)
            case Column.PRIORITY:
                return Priority.from_level(r.priority).label(lang)
            case Column.URGENT:
                return "⚑" if r.urgent else ""
            case Column.CATEGORY:
                return Category(r.category).label(lang)
            case Column.INFLUENCER:
                return r.influencer
            case Column.PLATFORM:
                return Platform(r.platform).label(lang)
            case Column.STATUS:
                label = Status(r.status).label(lang)
                return label + (" ↪" if r.merged_into else "")
            case Column.ASSIGNEE:
                return r.assignee_name or "—"
            case Column.REPORTS:
                return str(r.reports)
            case Column.ACTIVITY:
                return age_text(r.last_activity_at, self.now_ms, lang)
        return ""
