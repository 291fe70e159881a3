"""The sync log: every round that ran here, and for the selected one what was written, applied,
rejected (file and reason), what waits, and the open conflicts."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import datetime_text
from moderator_app.domain.enums import Status
from moderator_app.services import sync as sync_settings
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.sync.report import recorded_reason

from ..detail_common import conflict_field
from ..i18n import interface_language
from ..tab_order import LaidOutDialog
from ..window_size import fit_resize

ModelIndex = QModelIndex | QPersistentModelIndex


def _when(ms: int) -> str:
    return datetime_text(ms, seconds=True)


def _conflict_value(field: str, value: object) -> str:
    """A conflicting value as people read it: a status by its name, a decision by its short id."""
    if field == "status" and isinstance(value, str) and value in Status._value2member_map_:
        lang = "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"
        return Status(value).label(lang)
    return str(value)[:8] if field == "decision" and value else str(value)


class RoundsModel(QAbstractTableModel):
    """Rounds, latest first (a few hundred at most: loaded whole)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[sync_settings.RoundRow] = []
        self.headers = [self.tr("When"), self.tr("Written"), self.tr("Applied"), self.tr("Changes in"),
                        self.tr("Rejected"), self.tr("Pending"), self.tr("Conflicts")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.ws.db.read() as conn:
            self.rows = sync_settings.rounds(raw_connection(conn))
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (_when(r.started_at), r.written, r.applied, r.events_in, r.rejected, r.pending,
                    r.conflicts)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.rejected:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#b3261e"))
        return None


class SyncLogWindow(LaidOutDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        fit_resize(self, 900, 560)
        self.model = RoundsModel(ws, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sync rounds"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Every heading whole, in either language ("Thay đổi nhận về" is wider than the default).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Round details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            text_0 = self.tr("No sync round has run yet.")
            self.details.setHtml(f"<p style='color:#7d838a'>{html.escape(text_0)}</p>")

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        self.details.setHtml(self.render(self.model.rows[row]))

    def render(self, r: sync_settings.RoundRow) -> str:
        e = html.escape
        rep = r.report
        parts = [f"<p><b>{e(_when(r.started_at))}</b> · {e(r.source)}</p>"]

        def section(title: str, items: list[str]) -> None:
            if items:
                parts.append(f"<h4>{e(title)}</h4><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")

        section(self.tr("Written"), [e(w) for w in rep.get("written", [])])
        section(self.tr("Applied"), [
            e(self.tr("{0}: {1} change(s)").format(a["file"], a["events"])) for a in rep.get("applied", [])])
        lang = interface_language()
        section(self.tr("Rejected"), [
            f"<span style='color:#b3261e'>{e(p['file'])}</span><br>{e(recorded_reason(p, lang))}"
            for p in rep.get("rejected", [])])
        section(self.tr("Waiting"), [f"{e(p['file'])}<br>{e(p['reason'])}" for p in rep.get("pending", [])])
        section(self.tr("Skipped until complete"), [f"{e(p['file'])}<br>{e(p['reason'])}"
                                                    for p in rep.get("skipped", [])])
        section(self.tr("Conflicts waiting"), [
            e(f"{c.get('ref') or c['id']} · {conflict_field(c['field'])}: "
              + " / ".join(_conflict_value(c["field"], v) for v in c["values"]))
            for c in rep.get("conflicts", [])])
        if len(parts) == 1:
            text_1 = self.tr("Nothing new in this round.")
            parts.append(f"<p style='color:#7d838a'>{e(text_1)}</p>")
        return "".join(parts)
