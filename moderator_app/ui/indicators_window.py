"""The indicators of every case: the most shared first, where each is seen, and what links them.

An indicator seen in several cases about different influencers is how a scam campaign shows
itself; this window lists them (filtered by value, kind and number of cases), the cases each is
seen in, and opens the network around one. A reviewer marks a hotline or the committee's own
address not relevant, so it stops linking cases for every member. The indicators are drawn from
reports and evidence in the background; nothing here waits for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.indicators import Kind
from moderator_app.domain.permissions import allowed_roles
from moderator_app.services import indicator_export
from moderator_app.services import indicators as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import indicator_queries as iq
from moderator_app.store.database import raw_connection

from . import plain_text
from .background import Loader
from .case_indicators import seen_cases_model
from .coalesce import Coalesced
from .detail_common import MUTED, WARNING, show_error
from .dialogs import TextDialog
from .flow_layout import FlowLayout
from .plain_text import plain_label
from .rows_model import Column, RowsModel, current_row, refill, table_view
from .save_dialog import with_extension
from .wheel_guard import guard_wheel
from .window_size import fit_resize

ALL = "__all__"
SEARCH_DELAY_MS = 200
LIMIT = 1000  # indicators listed at once: the most shared; a search or a filter finds the others
CASES_LIMIT = 1000  # cases listed under one indicator


@dataclass(frozen=True, slots=True)
class Listed:
    """One row of the list: the indicator and how many influencers its cases are about."""

    row: iq.IndicatorRow
    influencers: int


@dataclass(frozen=True, slots=True)
class _Read:
    rows: list[Listed]
    more: bool  # more matched than LIMIT
    any_indicator: bool  # the workspace holds at least one indicator, whatever the filters
    pending: int  # reports and evidence items not read yet (counted only when nothing is listed)


class IndicatorsWindow(QMainWindow):
    caseRequested = Signal(str)  # a case id

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.read: _Read | None = None
        self.network_windows: list[QMainWindow] = []
        self.loader = Loader(self._loaded, lambda exc: show_error(self, exc), self)
        self.cases_loader = Loader(self._cases_loaded, lambda exc: show_error(self, exc), self)
        self.setWindowTitle(self.tr("Indicators"))
        fit_resize(self, 1200, 760)
        self._build()
        self.reload()
        # Events → one reload for a burst of them (a sync brings many).
        self._on_events = Coalesced(self, self.reload)
        ws.subscribe(self._on_events)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a number, an account, a link…"))
        self.search.setAccessibleName(self.tr("Search indicators"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of indicator"))
        self.kind.addItem(self.tr("All kinds"), ALL)
        for k in Kind:
            self.kind.addItem(k.label(self.lang), k.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.min_cases = QSpinBox()
        self.min_cases.setRange(1, 100_000)
        self.min_cases.setValue(2)
        self.min_cases.setAccessibleName(self.tr("Seen in at least this many cases"))
        self.min_cases.valueChanged.connect(lambda _v: self._search_timer.start())
        self.show_not_relevant = QCheckBox(self.tr("Show those marked not relevant"))
        self.show_not_relevant.toggled.connect(lambda _on: self.reload())

        self.model: RowsModel[Listed] = RowsModel([
            Column(self.tr("Kind"), lambda r: Kind(r.row.kind).label(self.lang)),
            Column(self.tr("Indicator"), lambda r: r.row.display or r.row.value, tooltip=lambda r: r.row.value),
            Column(self.tr("Cases"), lambda r: str(r.row.case_count), align_right=True,
                   sort_key=lambda r: r.row.case_count),
            Column(self.tr("Influencers"), lambda r: str(r.influencers), align_right=True,
                   sort_key=lambda r: r.influencers, color=lambda r: WARNING if r.influencers > 1 else None),
            Column(self.tr("Status"), self._status_text, tooltip=self._status_text,
                   color=lambda r: None if r.row.relevant else MUTED),
        ], self)
        self.table = table_view(self.model, self.tr("Indicators"), sortable=True)
        self._restoring = False
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: None if self._restoring else self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.open_network())

        self.cases_model = seen_cases_model(self, self.lang)
        self.cases_table = table_view(self.cases_model, self.tr("Cases with this indicator"), sortable=True)
        self.cases_table.doubleClicked.connect(lambda _i: self.open_case())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.cases_table, self.open_case)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.cases_table, self.open_case)
        self.cases_title = plain_label()
        self.cases_title.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.clicked.connect(self.open_case)

        self.mark_button = QPushButton(self.tr("Mark not relevant…"))
        self.mark_button.clicked.connect(self.mark_clicked)
        self.network_button = QPushButton(self.tr("Network…"))
        self.network_button.setToolTip(self.tr("The influencers and cases this indicator links, and what else links "
                                               "them"))
        self.network_button.clicked.connect(self.open_network)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write the relevant indicators of this kind, seen in at least this "
                                              "many cases, to JSON, CSV or STIX 2.1"))
        self.export_button.clicked.connect(self.export_clicked)
        self.count = plain_label()
        self.count.setStyleSheet(f"color: {MUTED}")

        filters = QWidget()
        bar = FlowLayout(filters, spacing=8)
        bar.addWidget(self.search)
        bar.addWidget(plain_label(self.tr("Kind:")))
        bar.addWidget(self.kind)
        seen_label = plain_label(self.tr("Seen in at least"))
        seen_label.setBuddy(self.min_cases)
        bar.addWidget(seen_label)
        bar.addWidget(self.min_cases)
        bar.addWidget(plain_label(self.tr("cases")))
        bar.addWidget(self.show_not_relevant)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.mark_button)
        actions.addWidget(self.network_button)
        top_layout.addLayout(actions)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.cases_title, 1)
        heading.addWidget(self.open_button)
        bottom_layout.addLayout(heading)
        bottom_layout.addWidget(self.cases_table, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(top)
        self.split.addWidget(bottom)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        self.empty = plain_label()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {MUTED}")
        self.empty.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)  # lines short enough to read
        empty_page = QWidget()
        empty_layout = QHBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty, 4)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.split)
        self.stack.addWidget(empty_page)

        bottom_bar = QHBoxLayout()
        bottom_bar.addStretch(1)
        bottom_bar.addWidget(self.export_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom_bar)
        self.setCentralWidget(central)
        guard_wheel(central)
        self._selection_changed()

    def _status_text(self, r: Listed) -> str:
        if r.row.relevant:
            return self.tr("relevant")
        if r.row.marked_reason:
            return self.tr("not relevant: {0}").format(r.row.marked_reason)
        return self.tr("not relevant")

    # --- reading -------------------------------------------------------------------------------

    def filters(self) -> tuple[str | None, int, str, bool]:
        kind = self.kind.currentData()
        return (None if kind in (None, ALL) else str(kind), self.min_cases.value(), self.search.text().strip(),
                self.show_not_relevant.isChecked())

    def reload(self) -> None:
        ws = self.ws
        kind, min_cases, contains, include_not_relevant = self.filters()

        def work() -> _Read:
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                rows = iq.top(raw, kind, min_cases, contains, include_not_relevant, limit=LIMIT + 1)
                listed = [Listed(r, iq.influencer_count(raw, r.id)) for r in rows[:LIMIT]]
                anything = bool(rows) or raw.execute("SELECT 1 FROM indicators LIMIT 1").fetchone() is not None
            pending = 0 if listed else service.pending_count(ws)
            return _Read(listed, len(rows) > LIMIT, anything, pending)

        self.count.setText(self.tr("Reading…"))
        self.loader.start(work)

    @property
    def loading(self) -> bool:
        return self.loader.busy or self.cases_loader.busy

    def _loaded(self, read: _Read) -> None:
        self.read = read
        selected: Listed | None = current_row(self.table)
        refill(self.table, read.rows, max_width=360)
        if read.rows:
            index = next((i for i, r in enumerate(self.model.rows)
                          if selected is not None and r.row.id == selected.row.id), 0)
            self._restoring = True  # one reading of its cases, below
            self.table.selectRow(index)
            self._restoring = False
        self._selection_changed()
        if read.rows:
            text = self.tr("%n indicator(s)", "", len(read.rows))
            if read.more:
                text = self.tr("The %n most shared indicator(s); search or filter to find others", "", len(read.rows))
            self.count.setText(text)
        else:
            self.count.setText("")
        self.empty.setText(self._empty_text(read))
        self.export_button.setEnabled(read.any_indicator)
        self.stack.setCurrentIndex(0 if read.rows else 1)

    def _empty_text(self, read: _Read) -> str:
        if read.any_indicator:
            return self.tr("No indicator matches these filters. Fewer cases, another kind or a shorter search "
                           "may find one.")
        text = self.tr("No indicators yet. Phone numbers, bank accounts, links, social accounts, e-mails, wallets "
                       "and similar images are drawn from reports and evidence in the background; those seen in "
                       "several cases are listed here.")
        if read.pending:
            text += "\n\n" + self.tr("%n report(s) or evidence item(s) still to read.", "", read.pending)
        return text

    def _selection_changed(self) -> None:
        entry: Listed | None = current_row(self.table)
        can_mark = self.ws.role() in allowed_roles("indicator.marked")
        self.mark_button.setEnabled(entry is not None and can_mark)
        self.mark_button.setText(self.tr("Mark relevant") if entry is not None and not entry.row.relevant
                                 else self.tr("Mark not relevant…"))
        if not can_mark:
            self.mark_button.setToolTip(self.tr("Only the chair, the secretary and reviewers mark indicators"))
        else:
            self.mark_button.setToolTip("")
        self.network_button.setEnabled(entry is not None)
        self.open_button.setEnabled(False)
        if entry is None:
            self.cases_title.setText("")
            refill(self.cases_table, [])
            return
        shown = entry.row.display or entry.row.value
        self.cases_title.setText(self.tr("{0} ({1}) is seen in %n case(s):", "", entry.row.case_count)
                                 .format(shown, Kind(entry.row.kind).label(self.lang)))
        ws, ident = self.ws, entry.row.id

        def work() -> list[iq.SeenCase]:
            with ws.db.read() as conn:
                return iq.seen_in(raw_connection(conn), ident, limit=CASES_LIMIT)

        self.cases_loader.start(work)

    def _cases_loaded(self, rows: list[iq.SeenCase]) -> None:
        refill(self.cases_table, rows, max_width=260)
        if rows:
            self.cases_table.selectRow(0)
        self.open_button.setEnabled(bool(rows))

    # --- acting --------------------------------------------------------------------------------

    def open_case(self) -> None:
        seen: iq.SeenCase | None = current_row(self.cases_table)
        if seen is not None:
            self.caseRequested.emit(seen.case_id)

    def selected(self) -> iq.IndicatorRow | None:
        entry: Listed | None = current_row(self.table)
        return None if entry is None else entry.row

    def mark_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        shown = row.display or row.value
        if row.relevant:
            dialog = TextDialog(self, self.tr("Mark not relevant"), self.tr(
                "Why does {0} not link cases? It stops linking them for every member, and can be marked relevant "
                "again.").format(shown), presets=self.not_relevant_presets())
            if not dialog.exec():
                return
            self._mark(row, False, dialog.text())
        else:
            answer = plain_text.question(self, self.tr("Mark relevant"), self.tr(
                "Mark {0} relevant again? It links the cases it is seen in again for every member.").format(shown))
            if answer == plain_text.StandardButton.Yes:
                self._mark(row, True, "")

    def not_relevant_presets(self) -> list[str]:
        return [self.tr("A hotline of a bank, a platform or a public service"),
                self.tr("The committee's own contact"),
                self.tr("A marketplace or platform everyone uses"),
                self.tr("Read wrongly from the text")]

    def _mark(self, row: iq.IndicatorRow, relevant: bool, reason: str) -> None:
        try:
            service.mark_indicator(self.ws, row.value, relevant, kind=row.kind, reason=reason)
        except Exception as exc:  # a refusal (the role) is shown; nothing changed
            show_error(self, exc)
            return
        self.reload()

    def open_network(self) -> QMainWindow | None:
        row = self.selected()
        if row is None:
            return None
        from .network_view import NetworkWindow

        window = NetworkWindow(self.ws, self.lang, seed_indicator=row.id, min_cases=2, parent=self)
        window.caseRequested.connect(self.caseRequested)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.network_windows.append(window)
        window.show()
        return window

    def _forget(self, window: QMainWindow) -> None:
        if window in self.network_windows:
            self.network_windows.remove(window)

    EXPORT_FORMATS = (("json", "JSON (*.json)"), ("csv", "CSV (*.csv)"), ("stix", "STIX 2.1 (*.json)"))

    def ask_export_path(self) -> tuple[Path, str] | None:
        """Where to write and in which format (the chosen filter's); None when cancelled."""
        filters = ";;".join(f for _fmt, f in self.EXPORT_FORMATS)
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export indicators"), "chi-dau.json", filters)
        if not name:
            return None
        fmt = next((fmt for fmt, f in self.EXPORT_FORMATS if f == chosen), "json")
        return with_extension(name, chosen, filters), fmt

    def export_clicked(self) -> None:
        where = self.ask_export_path()
        if where is None:
            return
        path, fmt = where
        kind, min_cases, _contains, _all = self.filters()
        try:
            written = indicator_export.write_export(self.ws, path, fmt, min_cases=min_cases, kind=kind)
        except Exception as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("%n indicator(s) written to {0}", "", written).format(path.name), 8000)

    # --- events --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)
