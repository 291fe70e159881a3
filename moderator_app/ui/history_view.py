"""A history timeline: every event, who, when (local time), what, filterable by kind.

Used for a case's history and an influencer profile's. The sentences come from
``services.history`` so the window, the command line and the printed case file agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from moderator_app.services.history import KIND_LABELS, describe, kind_of
from moderator_app.store.queries import HistoryEntry

from .detail_common import MUTED, local_datetime
from .plain_text import plain_label
from .rows_model import Column, RowsModel, fit_columns, table_view

ALL = "__all__"


@dataclass(frozen=True, slots=True)
class HistoryLine:
    event_id: str
    at: int
    who: str
    what: str
    kind: str
    synced: bool  # written on another member's device and imported


class HistoryView(QWidget):
    def __init__(self, device_id: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device_id = device_id
        self.lang = lang
        self.lines: list[HistoryLine] = []
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show events of kind"))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.count = plain_label()
        self.count.setStyleSheet(f"color: {MUTED}")
        self.model: RowsModel[HistoryLine] = RowsModel([
            Column(self.tr("When"), lambda h: local_datetime(h.at), sort_key=lambda h: h.at),
            Column(self.tr("Who"), lambda h: h.who),
            Column(self.tr("Kind"), lambda h: self._kind_label(h.kind)),
            Column(self.tr("Source"), lambda h: self.tr("Synced") if h.synced else self.tr("This device"),
                   tooltip=lambda h: (self.tr("Imported from another member's device") if h.synced
                                      else self.tr("Written on this computer"))),
            Column(self.tr("What"), lambda h: h.what, tooltip=lambda h: h.what),
        ], self)
        self.table = table_view(self.model, self.tr("History"), sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        top = QHBoxLayout()
        label = plain_label(self.tr("Show:"))
        label.setBuddy(self.kind_filter)
        top.addWidget(label)
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _kind_label(self, kind: str) -> str:
        vi, en = KIND_LABELS.get(kind, KIND_LABELS["other"])
        return en if self.lang == "en" else vi

    def set_entries(self, entries: Sequence[HistoryEntry], names: dict[str, str], refs: dict[str, str]) -> None:
        self.lines = [
            HistoryLine(e.event_id, e.at, e.author_name or e.author_id, describe(e, self.lang, names, refs),
                        kind_of(e.type), e.device_id != self.device_id)
            for e in entries
        ]
        current = self.kind_filter.currentData() or ALL
        kinds = sorted({line.kind for line in self.lines}, key=lambda k: list(KIND_LABELS).index(k)
                       if k in KIND_LABELS else len(KIND_LABELS))
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for kind in kinds:
            self.kind_filter.addItem(self._kind_label(kind), kind)
        index = self.kind_filter.findData(current)
        self.kind_filter.setCurrentIndex(max(0, index))
        self.kind_filter.blockSignals(False)
        self._apply_filter()

    def set_kind(self, kind: str | None) -> None:
        """Show only events of ``kind`` (a ``history.kind_of`` group), or all with None."""
        index = self.kind_filter.findData(kind or ALL)
        if index < 0:
            raise ValueError(f"no events of kind {kind!r} in this history")
        self.kind_filter.setCurrentIndex(index)

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData() or ALL
        shown = [line for line in self.lines if kind in (ALL, line.kind)]
        self.model.set_rows(shown)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.table, max_width=180)
        self.count.setText(self.tr("%n event(s)", "", len(shown)))
