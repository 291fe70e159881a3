"""The review queue's table model: knows the total, fetches windows of rows by SQL as the view
scrolls, and never holds more than a few pages of a million-row queue in memory.

Sorting and filtering re-run SQL (no proxy model over big data). A page next to one already
held is fetched by keyset (it continues from that page's first or last sort key, a seek in the
index); a page near the end is read with the order reversed, so jumping to the last row costs
what the first does; only a jump into the middle pays for an offset.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.services.workspace import Workspace
from moderator_app.store import driver, queries
from moderator_app.store.database import raw_connection

from . import workers
from .formatting import age_text, sla_text, sla_tooltip, span_text
from .plain_text import as_text

log = logging.getLogger(__name__)

PAGE = 200
MAX_PAGES = 40

ModelIndex = QModelIndex | QPersistentModelIndex


class Column:
    REF = 0
    AGE = 1
    SLA = 2
    PRIORITY = 3
    URGENT = 4
    CATEGORY = 5
    INFLUENCER = 6
    PLATFORM = 7
    STATUS = 8
    ASSIGNEE = 9
    REPORTS = 10
    ACTIVITY = 11
    COUNT = 12


SORT_KEYS = {
    Column.REF: "ref",
    Column.AGE: "age",
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
COLUMN_OF_SORT = {v: k for k, v in SORT_KEYS.items()}

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROW_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE = QColor("#b3261e")
URGENT_ROW = QColor(211, 47, 47, 40)  # translucent: readable on the light and the dark theme


@dataclass(slots=True)
class _Page:
    rows: list[queries.CaseRow]
    keys: list[queries.SortKey]


class QueueModel(QAbstractTableModel):
    """Rows are ``queries.CaseRow``; ``CASE_ID_ROLE`` gives a row's case id."""

    countChanged = Signal(int)
    searching = Signal(bool)  # a refresh is running in the background
    refreshed = Signal()  # a background refresh has landed

    def __init__(self, ws: Workspace, lang: str, parent: Any = None, flt: queries.CaseFilter | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.flt = flt or queries.CaseFilter()
        self.sort_key = "sla"
        self.desc = False
        self._total = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self.now_ms = int(time.time() * 1000)
        self.fetches = 0  # pages read from the database since the last reset (for tests and benchmarks)
        self._generation = 0  # bumped by every refresh; a background result for an older one is dropped
        self._task: workers.Task | None = None
        self._busy_lock = threading.Lock()
        self._busy_conn: sqlite3.Connection | None = None
        self._pending_flt: queries.CaseFilter | None = None  # what a background refresh will show
        self._headers = [
            self.tr("Reference"),
            self.tr("Elapsed"),
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
        self._header_tips = {
            Column.AGE: self.tr("Time since the case was opened"),
            Column.SLA: self.tr("Time left until the current deadline (red when overdue)"),
            Column.URGENT: self.tr("Urgent: a takedown request is due within 24 hours"),
            Column.REPORTS: self.tr("Number of reports in the case"),
        }
        self.refresh()

    # --- querying ---------------------------------------------------------------------------

    def set_filter(self, flt: queries.CaseFilter) -> None:
        self._pending_flt = None
        self.flt = flt
        self.refresh()

    def set_search(self, text: str) -> None:
        self.flt = replace(self.flt, search=text.strip() or None)
        self.refresh()

    def set_sort(self, key: str, desc: bool) -> None:
        queries.sort_expr(key)  # validates
        self.sort_key, self.desc = key, desc
        self.refresh()

    def pending_filter(self) -> queries.CaseFilter:
        """The filter the queue shows, or will show once a background refresh lands."""
        return self._pending_flt or self.flt

    def refresh(self) -> None:
        """Re-count and drop cached pages (after a filter change or new events)."""
        if self._pending_flt is not None:  # a search still on its way: show it now
            self.flt, self._pending_flt = self._pending_flt, None
        self._cancel_background()
        with self.ws.db.read() as conn:
            total = queries.count_cases(raw_connection(conn), self.flt)
        self._reset(total, None)

    def _reset(self, total: int, first: queries.Page | None) -> None:
        self.beginResetModel()
        self._pages.clear()
        self.fetches = 0
        self.now_ms = int(time.time() * 1000)
        self._total = total
        if first is not None:
            self._pages[0] = _Page(first.rows, first.keys)
        self.endResetModel()
        self.countChanged.emit(self._total)

    # --- refreshing in the background (search while typing) -----------------------------------------

    def set_filter_in_background(self, flt: queries.CaseFilter) -> None:
        """Count and read the first window off the GUI thread; the rows shown stay until it lands.

        For searches: a broad one over a million cases takes a moment, and typing must not wait.
        A newer refresh interrupts an older one still running (``sqlite3.Connection.interrupt``).
        """
        self._cancel_background()
        self._generation += 1
        self._pending_flt = flt
        generation, ws, sort, desc = self._generation, self.ws, self.sort_key, self.desc

        def work(_progress: Any, cancelled: Any) -> tuple[int, queries.CaseFilter, int, queries.Page] | None:
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                with self._busy_lock:
                    if cancelled():
                        return None
                    self._busy_conn = raw
                try:
                    total = queries.count_cases(raw, flt)
                    first = queries.page_cases(raw, flt, sort, desc, min(PAGE, total), total=total) if total else \
                        queries.Page([], [])
                except driver.OperationalError:
                    if cancelled():
                        return None  # interrupted by a newer refresh
                    raise
                finally:
                    with self._busy_lock:
                        self._busy_conn = None
            return generation, flt, total, first

        self.searching.emit(True)
        self._task = workers.start(work, self._landed, self._failed)

    def _landed(self, result: tuple[int, queries.CaseFilter, int, queries.Page] | None) -> None:
        if result is None or result[0] != self._generation:
            return
        _, flt, total, first = result
        self._task = None
        self._pending_flt = None
        self.flt = flt
        self._reset(total, first)
        self.searching.emit(False)
        self.refreshed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.searching.emit(False)
        log.warning("background refresh failed: %s", exc)

    def _cancel_background(self) -> None:
        """Drop (and interrupt) a background refresh: a newer state of the queue replaces it."""
        self._generation += 1
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with self._busy_lock:
            if self._busy_conn is not None:
                self._busy_conn.interrupt()
        self.searching.emit(False)

    def wait_idle(self, timeout_s: float = 30) -> bool:
        """For tests and shutdown: wait until a background refresh has finished."""
        task = self._task
        return task is None or task.finished.wait(timeout_s)

    def close(self) -> None:
        """Stop a background refresh and wait for it (the workspace may be closed next)."""
        task = self._task
        self._pending_flt = None
        self._cancel_background()
        if task is not None:
            task.finished.wait(30)

    def total(self) -> int:
        return self._total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE
        size = min(PAGE, self._total - start)
        last_number = (self._total - 1) // PAGE
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)

            def fetch(desc: bool, **kw: Any) -> queries.Page:
                return queries.page_cases(raw, self.flt, self.sort_key, desc, size, total=self._total, **kw)

            if number == 0:
                got = fetch(self.desc)
            elif before is not None and before.keys:
                got = fetch(self.desc, after=before.keys[-1])
            elif after is not None and after.keys:
                got = fetch(not self.desc, after=after.keys[0])
                got = queries.Page(got.rows[::-1], got.keys[::-1])
            elif number == last_number or start > self._total / 2:
                # Near the end: read backwards from the last row, so the offset stays small.
                got = fetch(not self.desc, offset=self._total - (start + size))
                got = queries.Page(got.rows[::-1], got.keys[::-1])
            else:
                got = fetch(self.desc, offset=start)
        self.fetches += 1
        page = _Page(got.rows, got.keys)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> queries.CaseRow | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page.rows[offset] if offset < len(page.rows) else None

    def case_id_at(self, row: int) -> str | None:
        r = self.row_at(row)
        return None if r is None else r.id

    def row_of(self, case_id: str, near: int | None = None) -> int | None:
        """The row showing ``case_id``: among cached pages, else in the pages around ``near``."""
        for number, page in self._pages.items():
            for i, r in enumerate(page.rows):
                if r.id == case_id:
                    return number * PAGE + i
        if near is not None and self._total:
            centre = max(0, min(near, self._total - 1)) // PAGE
            for number in (centre, centre - 1, centre + 1):
                if 0 <= number * PAGE < self._total:
                    for i, r in enumerate(self._page(number).rows):
                        if r.id == case_id:
                            return number * PAGE + i
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "⚑" if section == Column.URGENT else self._headers[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._header_tips.get(section, self._headers[section])
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
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.URGENT and r.urgent:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and r.urgent and Status(r.status).is_open:
            return QBrush(URGENT_ROW)
        if role == Qt.ItemDataRole.FontRole and (
            (col == Column.SLA and self._overdue(r)) or (col == Column.URGENT and r.urgent)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.URGENT, Column.REPORTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(r, col)
            return as_text(tip) if tip else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == Column.URGENT:
                return self.tr("Urgent") if r.urgent else self.tr("Not urgent")
            return self._display(r, col)
        return None

    def _tooltip(self, r: queries.CaseRow, col: int) -> str | None:
        if col == Column.SLA:
            return sla_tooltip(r, self.now_ms, self.lang)
        if col == Column.REF:
            return r.title
        if col == Column.URGENT and r.urgent:
            return self.tr("Urgent")
        if col in (Column.CATEGORY, Column.INFLUENCER):
            return self._display(r, col)
        return None

    def _overdue(self, r: queries.CaseRow) -> bool:
        return r.sla_due_at is not None and r.sla_due_at < self.now_ms

    def _display(self, r: queries.CaseRow, col: int) -> str:
        lang = self.lang
        match col:
            case Column.REF:
                return r.ref
            case Column.AGE:
                return span_text(self.now_ms - r.opened_at, lang)
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
