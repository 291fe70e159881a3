"""The main window: views on the left, the queue in the centre, the selected case beside it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app import __version__
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .detail_windows import DetailWindows, install_menu
from .preview import CasePreview
from .queue_model import CASE_ID_ROLE, Column, QueueModel
from .views import VIEW_BY_KEY, VIEWS

VIEW_KEY_ROLE = Qt.ItemDataRole.UserRole + 10


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, lang: str) -> None:
        super().__init__()
        self.ws = ws
        self.lang = lang
        self.setWindowTitle(self.tr("Digital Trust Moderator"))
        self.model = QueueModel(ws, lang, self)
        self._build()
        self.details = DetailWindows(ws, lang, self)
        install_menu(self, self.details)
        self._restore_layout()
        self.select_view("triage")
        self._events_pending = False
        ws.subscribe(self._on_events)
        self._build_sync()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.views = QListWidget()
        self.views.setAccessibleName(self.tr("Views"))
        for view in VIEWS:
            item = QListWidgetItem(view.label())
            item.setData(VIEW_KEY_ROLE, view.key)
            self.views.addItem(item)
        self.views.currentItemChanged.connect(self._on_view_changed)
        self.views.setMinimumWidth(200)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases: influencer, words, URL… (no need for diacritics)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Case queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.SLA, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for col, width in {
            Column.REF: 110, Column.SLA: 110, Column.PRIORITY: 100, Column.URGENT: 36, Column.CATEGORY: 220,
            Column.INFLUENCER: 170, Column.PLATFORM: 90, Column.STATUS: 110, Column.ASSIGNEE: 130,
            Column.REPORTS: 60, Column.ACTIVITY: 110,
        }.items():
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

        self.preview = CasePreview(self.ws, self.lang)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([210, 820, 410])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.ws_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.ws_label)
        self.ws_label.setText(
            self.tr("Workspace: {0} · Member: {1}").format(str(self.ws.root), self.ws.identity.member_name)
        )
        self.model.countChanged.connect(self._on_count)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        find = QAction(self.tr("&Find"), self)
        find.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("/")])
        find.triggered.connect(self.focus_search)
        view_menu.addAction(find)

        from .meetings.queue_hooks import install_meetings_menu  # meetings window, "Add to next meeting"

        install_meetings_menu(self, self.ws, self.lang, lambda: [
            str(self.model.data(i, CASE_ID_ROLE)) for i in self.table.selectionModel().selectedRows()])

        from .reports_menu import install_reports_menu  # statistics, letters, the public register

        install_reports_menu(self, self.ws, self.lang, self.current_case_id)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- behaviour -----------------------------------------------------------------------

    def select_view(self, key: str) -> None:
        if key not in VIEW_BY_KEY:
            raise ValueError(f"unknown view {key!r}; expected one of: {', '.join(VIEW_BY_KEY)}")
        for i in range(self.views.count()):
            if self.views.item(i).data(VIEW_KEY_ROLE) == key:
                self.views.setCurrentRow(i)
                return

    def current_view_key(self) -> str:
        item = self.views.currentItem()
        return str(item.data(VIEW_KEY_ROLE)) if item else "all"

    def _on_view_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        view = VIEW_BY_KEY[str(current.data(VIEW_KEY_ROLE))]
        flt = view.make(self.ws.identity.member_id)
        text = self.search.text().strip()
        if text:
            from dataclasses import replace

            flt = replace(flt, search=text)
        self.model.set_filter(flt)
        self._select_row(0)

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.preview.show_case(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def open_case(self, case_id: str) -> None:
        """Show the case's full detail window (raised if it is already open)."""
        self.details.open_case(case_id)

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, CASE_ID_ROLE)
        return str(value) if value else None

    def _show_current(self) -> None:
        self.preview.show_case(self.current_case_id())

    def _on_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total))
        self._update_view_counts()

    def _update_view_counts(self) -> None:
        me = self.ws.identity.member_id
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            for i in range(self.views.count()):
                item = self.views.item(i)
                view = VIEW_BY_KEY[str(item.data(VIEW_KEY_ROLE))]
                count = queries.count_cases(raw, view.make(me))
                item.setText(f"{view.label()}  ({count:,})".replace(",", "."))

    def refresh(self) -> None:
        case_id = self.current_case_id()
        self.model.refresh()
        row = self.model.row_of(case_id) if case_id else None
        self._select_row(row or 0)

    def _on_events(self, _events: list[object]) -> None:
        if not self._events_pending:
            self._events_pending = True
            QTimer.singleShot(0, self._apply_events)

    def _apply_events(self) -> None:
        self._events_pending = False
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Digital Trust Moderator"),
            self.tr("Digital Trust Moderator {0}\nThe desk of the Niềm tin số alliance's self-monitoring committee.")
            .format(__version__),
        )

    # --- remembered layout ---------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self.ws.root / "window.ini"), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        s = self._settings()
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = s.value("queue_header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        splitter = s.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self._settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("queue_header", self.table.horizontalHeader().saveState())
        s.setValue("splitter", self.splitter.saveState())
        self._stop_sync()
        self.ws.unsubscribe(self._on_events)
        self.details.close_all()
        super().closeEvent(event)

    # --- sync: menu, status-bar indicator, rounds (all in ui/sync) ---------------------------------

    def _build_sync(self) -> None:
        from .sync.integration import SyncUi

        self.sync_ui = SyncUi(self)

    def _stop_sync(self) -> None:
        self.sync_ui.shutdown()
