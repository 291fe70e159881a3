"""A small table model over a list of frozen rows, for the lists of one case or one profile.

These lists are short (a case's reports, a profile's decisions, a register of influencers), so
the rows live in memory and sorting is a Python sort; the million-row queue has its own model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .plain_text import as_text

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its (translated) title and how a row shows in it."""

    title: str
    text: Callable[[T], str]
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None
    color: Callable[[T], str | None] | None = None  # "#rrggbb" or None
    sort_key: Callable[[T], Any] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows are frozen dataclasses; ``ROW_ROLE`` gives a row back."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(col.tooltip(row) if col.tooltip else col.text(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.color:
            color = col.color(row)
            return QColor(color) if color else None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        key = col.sort_key or col.text
        self.layoutAboutToBeChanged.emit()
        old = list(self.rows)
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        # Keep persistent indexes (the selection) on their rows.
        positions = {id(r): i for i, r in enumerate(self.rows)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(old):
                new_row = positions[id(old[index.row()])]
                self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()


def table_view(model: QAbstractTableModel, accessible_name: str, parent: QWidget | None = None,
               *, sortable: bool = False, stretch_last: bool = True) -> QTableView:
    """A read-only table configured the same way everywhere in the case and profile windows."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    view.setSortingEnabled(sortable)
    if sortable:  # the rows' own order until the person clicks a header
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def refill(view: QTableView, rows: Sequence[Any], max_width: int = 320) -> None:
    """Show ``rows`` in the view's ``RowsModel``, in the order its header indicates, and size
    the columns to them."""
    model = view.model()
    assert isinstance(model, RowsModel)
    model.set_rows(rows)
    if view.isSortingEnabled():
        header = view.horizontalHeader()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
    fit_columns(view, max_width)


def fit_columns(view: QTableView, max_width: int = 320, min_width: int = 60) -> None:
    """Size every column but the last to its contents (headers included), within bounds."""
    model = view.model()
    last = model.columnCount() - 1
    for col in range(last):
        view.resizeColumnToContents(col)
        view.setColumnWidth(col, max(min_width, min(max_width, view.columnWidth(col) + 8)))


def current_row(view: QTableView) -> Any:
    """The row object under the view's current index, or None."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index, ROW_ROLE)
