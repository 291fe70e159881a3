"""The main window: views and saved filters on the left, the queue in the centre, the selected
case beside it with its triage actions. Keyboard first: every action has a key (Help → Keyboard
shortcuts), single-letter keys act on the queue, and Ctrl+K finds any command by name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from moderator_app import __version__
from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Platform, Priority, Role, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.ids import ref_candidates
from moderator_app.domain.text import MIN_PREFIX, tokens
from moderator_app.services import saved_filters, triage
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from . import plain_text, workers
from .detail_common import show_error
from .detail_windows import DetailWindows, install_menu
from .extraction_runner import ExtractionRunner
from .filter_bar import FilterBar
from .formatting import age_text, sla_phrase, span_text
from .i18n import refusal_text
from .icons import TOOLBAR_ICON_SIZE, action_icon
from .keys import portable_key
from .palette import Command, CommandPalette, menu_commands
from .plain_text import ElidedLabel, as_text, plain_label
from .preview import CasePreview
from .queue_model import CASE_ID_ROLE, CASE_ROW_ROLE, COLUMN_OF_SORT, Column, QueueModel
from .save_dialog import ask_save_path
from .shortcuts_dialog import NATIVE_KEYS, ShortcutsDialog, shortcut_text
from .takedown_reminder import TakedownReminder
from .triage import TriageController
from .views import VIEW_BY_KEY, VIEWS, view_filter

if TYPE_CHECKING:
    from moderator_app.services.takedowns import TakedownQueue

    from .case_takedowns import TakedownsWindow

log = logging.getLogger(__name__)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # ("view", key) or ("saved", name) on the left panel
LAYOUT_VERSION = 2  # bump when the queue's columns change, so an old header state is not restored
WRITE_ROLES = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER)
# How often the window looks at the clock: a takedown request falls overdue at its deadline, and a
# re-check falls due on its day, with no event to say so. Each look costs nothing unless one of
# those moments has passed (``TakedownQueue.next_change``).
CLOCK_TICK_MS = 60_000


def _thousands(n: int) -> str:
    """A count with the interface locale's digit grouping (1.234.567 / 1,234,567)."""
    return QLocale().toString(n)


class MainWindow(QMainWindow):
    eventsCommitted = Signal()

    def __init__(self, ws: Workspace, lang: str, *, remember_layout: bool = True, sync_rounds: bool = True,
                 extract: bool = False) -> None:
        """``sync_rounds=False`` (a rendered screenshot): the window never runs a sync round.
        ``extract``: indicators are drawn from new reports and evidence in the background (the
        application's window; tests that do not look at it leave their store as they built it)."""
        super().__init__()
        self.remember_layout = remember_layout
        self.sync_rounds = sync_rounds
        self.ws = ws
        self.lang = lang
        self.me = ws.identity.member_id
        self.setWindowTitle(self.tr("Digital Trust Moderator"))
        self.setObjectName("MainWindow")
        self.view_key = "triage"
        self.saved_name: str | None = None
        self._pending_selection: tuple[list[str], int | None] | None = None
        self._count_task: workers.Task | None = None
        self._count_again = False
        # The takedown views' cases as last worked out, and whether something recorded since
        # (a request, an answer, a re-check, here or synced) calls for working them out again.
        self._takedowns: TakedownQueue | None = None
        self._takedowns_stale = True
        self._takedowns_window: TakedownsWindow | None = None
        self._closing = False
        self.model = QueueModel(ws, lang, self, flt=VIEW_BY_KEY[self.view_key].make(self.me))
        self.triage = TriageController(self)
        self.details = DetailWindows(ws, lang, self)
        self._build()
        self._build_actions()
        restored = remember_layout and self._restore_layout()
        self._load_members()
        self._fill_left_panel()
        if not restored:
            self._fit_panels()
        self.select_view(self.view_key)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_now)
        self.eventsCommitted.connect(self._refresh_timer.start, Qt.ConnectionType.QueuedConnection)
        ws.subscribe(self._on_events)
        self._clock_timer = QTimer(self, interval=CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self.tick)
        self._clock_timer.start()
        self.extraction: ExtractionRunner | None = None
        if extract:
            self.extraction = ExtractionRunner(ws, self)
            self.extraction.progressed.connect(self._show_extraction)
            self.extraction.finished.connect(lambda _run: self.extraction_label.hide())
        self._apply_role()
        QTimer.singleShot(0, self.update_view_counts)
        # The window opens with the queue in hand: J, K, A… act at once; "/" goes to search.
        self.queue_stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.views = QListWidget()
        self.views.setAccessibleName(self.tr("Views and saved filters"))
        self.views.currentItemChanged.connect(self._on_left_changed)
        self.views.setMinimumWidth(170)
        self.views.setSpacing(1)
        self.views.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long view name at a large font takes two lines rather than losing its middle: the panel
        # stays narrow enough for the queue.
        self.views.setWordWrap(True)
        self.views.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.views.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        self.views.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.views.customContextMenuRequested.connect(self._left_menu)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases: influencer, words, URL, reference… (/ to focus)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_done)
        leave = QAction(self.search)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        leave.triggered.connect(lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.search.addAction(leave)  # Esc: back to the queue, the words typed kept

        self.filter_bar = FilterBar(self.lang)
        self.filter_bar.changed.connect(self._apply_filter)
        self.filter_bar.saveRequested.connect(self.save_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Case queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.SLA, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(max(26, self.table.fontMetrics().height() + 8))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _i: self.open_case())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for col, width in self._column_widths().items():
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection_changed())

        self.preview = CasePreview(self.ws, self.lang)
        self.preview.setMinimumWidth(300)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.filter_bar)

        # The body holds the keyboard: single-letter shortcuts act while focus is in it, never
        # while typing in the search box or the filter bar.
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("QueueBody")
        self.body.addWidget(self.views)
        self.body.addWidget(self._build_queue_stack())
        self.body.addWidget(self.preview)
        self.body.setStretchFactor(1, 3)
        self.body.setStretchFactor(2, 2)
        self.body.setSizes([220, 860, 360])
        self.splitter = self.body

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(top)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)

        self.count_label = plain_label()
        self.selection_label = plain_label()
        self.ws_label = ElidedLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.selection_label)
        self.extraction_label = plain_label()
        self.extraction_label.hide()
        self.takedown_reminder = TakedownReminder()
        self.takedown_reminder.viewRequested.connect(self.show_reminded_view)
        self.statusBar().addPermanentWidget(self.takedown_reminder)
        self.statusBar().addPermanentWidget(self.extraction_label)
        self.statusBar().addPermanentWidget(self.ws_label, 1)
        self.ws_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        role = self.ws.role()
        self.ws_label.setText(
            self.tr("Member: {0} ({1}) · Workspace: {2}").format(
                self.ws.identity.member_name, role.label(self.lang), str(self.ws.root))
        )
        # The longest and least urgent part of the status bar: it gives way to the reminders and the
        # sync state on a narrow screen, and its tooltip keeps it whole.
        self.ws_label.setToolTip(as_text(self.ws_label.text()))
        self.model.countChanged.connect(self._on_count)
        self.model.searching.connect(self._on_searching)
        self.model.refreshed.connect(self._search_landed)

    def _column_widths(self) -> dict[int, int]:
        """Widths that fit the longest usual text in this language (Vietnamese runs longer)."""
        fm = self.table.fontMetrics()
        day = 86_400_000

        def fit(*samples: str, extra: int = 18) -> int:
            return max(fm.horizontalAdvance(s) for s in samples) + extra

        bold = self.table.font()
        bold.setBold(True)
        overdue = sla_phrase(-888 * day, self.lang)
        widths = {
            Column.REF: fit("2026-WWWWW"),
            Column.AGE: fit(span_text(888 * day, self.lang)),
            Column.SLA: QFontMetrics(bold).horizontalAdvance(overdue) + 18,
            Column.PRIORITY: fit(*(p.label(self.lang) for p in Priority)),
            Column.URGENT: 30,
            Column.CATEGORY: 196,
            Column.INFLUENCER: 150,
            Column.PLATFORM: fit(*(p.label(self.lang) for p in Platform)),
            Column.STATUS: fit(*(s.label(self.lang) for s in Status)) + 10,
            Column.ASSIGNEE: 120,
            Column.REPORTS: 48,
            Column.ACTIVITY: fit("28/11/2026", age_text(0, 59 * day, self.lang)),
        }
        # Every heading whole, with room for the sort arrow ("Thời gian đã qua" is longer than its cells).
        header = self.table.horizontalHeader().fontMetrics()

        def whole(col: int, width: int) -> int:
            title = self.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not isinstance(title, str) or col == Column.URGENT:
                return width
            return max(width, header.horizontalAdvance(title) + 30)

        return {col: whole(col, width) for col, width in widths.items()}

    def _action(self, text: str, slot: Any, keys: list[str] | None = None, *, queue_only: bool = False,
                standard: QKeySequence.StandardKey | None = None, tip: str = "", icon: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(action_icon(icon))
        shortcuts = [QKeySequence(standard)] if standard is not None else []
        shortcuts += [portable_key(k) for k in keys or []]
        if shortcuts:
            action.setShortcuts(shortcuts)
        if queue_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.body.addAction(action)
        else:
            self.addAction(action)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(as_text(f"{tip} ({shortcut_text(action)})" if shortcuts else tip))
        elif shortcuts:
            action.setToolTip(as_text(f"{text.replace('&', '')} ({shortcut_text(action)})"))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        t = self.triage
        a = self._action
        self.act_new_report = a(self.tr("&New report…"), self.new_report, standard=QKeySequence.StandardKey.New,
                                tip=self.tr("File a report received by phone, email or in person"),
                                icon="new-report")
        self.act_import = a(self.tr("&Import reports…"), self.import_reports, ["Ctrl+I"],
                            tip=self.tr("Import reports from a hotline's Excel or CSV file"), icon="import")
        self.act_export = a(self.tr("&Export these cases to Excel…"), self.export_cases, ["Ctrl+Shift+E"],
                            tip=self.tr("Write the cases of this view, with its search and filters, to a workbook"),
                            icon="export")
        self.act_settings = a(self.tr("&Settings…"), self.open_settings, ["Ctrl+,"], icon="settings")
        self.act_quit = a(self.tr("&Quit"), self.close, ["Ctrl+Q"], icon="quit")

        self.act_undo = a(self.tr("&Undo last triage action"), t.undo, standard=QKeySequence.StandardKey.Undo,
                          icon="undo")
        self.act_undo.setEnabled(False)
        t.undoChanged.connect(self.act_undo.setEnabled)
        self.act_find = a(self.tr("&Find"), self.focus_search, ["/"], queue_only=True, icon="find")
        self.act_find_std = a(self.tr("&Find"), self.focus_search, standard=QKeySequence.StandardKey.Find,
                              icon="find")
        self.act_palette = a(self.tr("Command &palette…"), self.command_palette, ["Ctrl+K"], icon="command-palette")

        self.act_refresh = a(self.tr("&Refresh"), self.refresh, standard=QKeySequence.StandardKey.Refresh,
                             icon="refresh")
        self.act_next = a(self.tr("Next case"), partial(self.move_current, 1), ["J"], queue_only=True,
                          icon="next-case")
        self.act_prev = a(self.tr("Previous case"), partial(self.move_current, -1), ["K"], queue_only=True,
                          icon="previous-case")
        # The arrows move in the queue table natively; the shortcuts list shows them with J and K.
        self.act_next.setProperty(NATIVE_KEYS, ["Down"])
        self.act_prev.setProperty(NATIVE_KEYS, ["Up"])
        self.act_save_filter = a(self.tr("&Save filter…"), self.save_filter, ["Ctrl+Shift+S"], icon="save-filter")
        self.act_clear_filters = a(self.tr("&Clear filters"), self.filter_bar.clear, ["Ctrl+Shift+X"],
                                   icon="clear-filters")

        self.act_open = a(self.tr("&Open case"), self.open_case, ["Return", "Enter"], queue_only=True,
                          icon="open-case")
        self.act_claim = a(self.tr("&Assign to me"), t.claim, ["A"], queue_only=True, icon="claim")
        self.act_assign = a(self.tr("Assign &to…"), t.assign, ["Shift+A"], queue_only=True, icon="assign")
        self.act_priorities = []
        for p in Priority:
            act = a(self.tr("Priority {0}: {1}").format(p.level, p.label(self.lang)), partial(t.set_priority, p),
                    [str(p.level)], queue_only=True)
            self.act_priorities.append(act)
        self.priority_menu = QMenu(self.tr("&Priority"), self)
        self.priority_menu.setIcon(action_icon("priority"))
        self.priority_menu.addActions(self.act_priorities)
        self.act_priority = QAction(action_icon("priority"), self.tr("Priority"), self)
        self.act_priority.setMenu(self.priority_menu)
        self.act_urgent = a(self.tr("Toggle &urgent"), t.toggle_urgent, ["U"], queue_only=True, icon="urgent")
        self.move_menu = QMenu(self.tr("&Move to"), self)
        self.move_menu.setIcon(action_icon("move"))
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.act_move = a(self.tr("&Move to…"), self._popup_move_menu, ["S"], queue_only=True, icon="move")
        self.act_move_menu = QAction(action_icon("move"), self.tr("Move to"), self)
        self.act_move_menu.setMenu(self.move_menu)
        self.act_note = a(self.tr("Add &note…"), t.note, ["N"], queue_only=True, icon="note")
        self.act_merge = a(self.tr("&Merge duplicates…"), t.merge, ["M"], queue_only=True, icon="merge")
        self.act_reject = a(self.tr("&Reject…"), t.reject, ["R"], queue_only=True, icon="reject")
        self.act_submit_next = QAction(self.tr("Submit && next: select the next case after an action"), self)
        self.act_submit_next.setCheckable(True)
        self.act_submit_next.setChecked(bool(self.ws.setting("queue.submit_and_next", True)))
        self.triage.submit_and_next = self.act_submit_next.isChecked()
        self.act_submit_next.toggled.connect(self._set_submit_next)

        self.act_shortcuts = a(self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "?"], icon="shortcuts")
        self.act_guide = a(self.tr("&User guide"), self.show_guide, ["Shift+F1"], icon="shortcuts")
        self.act_about = a(self.tr("&About"), self._about, icon="about")

        bar = self.menuBar()
        self.menus: list[tuple[str, list[QAction]]] = []

        def menu(title: str, actions: list[QAction | None]) -> QMenu:
            m = bar.addMenu(title)
            for act in actions:
                if act is None:
                    m.addSeparator()
                else:
                    m.addAction(act)
            self.menus.append((title, [x for x in actions if x is not None]))
            return m

        menu(self.tr("&File"), [self.act_new_report, self.act_import, self.act_export, None, self.act_settings, None,
                                self.act_quit])
        menu(self.tr("&Edit"), [self.act_undo, None, self.act_find_std, self.act_find, self.act_palette])
        view_menu = menu(self.tr("&View"), [self.act_refresh, None, self.act_next, self.act_prev, None,
                                            self.act_save_filter, self.act_clear_filters])
        view_menu.addSeparator()
        views_menu = view_menu.addMenu(self.tr("&Go to view"))
        for view in VIEWS:
            act = QAction(view.label(), self)
            act.triggered.connect(partial(self.select_view, view.key))
            views_menu.addAction(act)
        case_menu = menu(self.tr("&Case"), [self.act_open, None, self.act_claim, self.act_assign])
        case_menu.addMenu(self.priority_menu)
        case_menu.addAction(self.act_urgent)
        case_menu.addMenu(self.move_menu)
        for act in (self.act_note, self.act_merge, self.act_reject):
            case_menu.addAction(act)
        self.act_indicators = QAction(action_icon("indicators"), self.tr("In&dicators…"), self)
        self.act_indicators.setToolTip(self.tr("Phone numbers, bank accounts, links and images seen across cases"))
        self.act_indicators.triggered.connect(self.details.open_indicators)
        self.act_takedowns = QAction(action_icon("takedown-requests"), self.tr("Ta&kedown requests…"), self)
        self.act_takedowns.setToolTip(self.tr("Every takedown request sent to platforms: answers, deadlines, "
                                              "re-checks"))
        self.act_takedowns.triggered.connect(lambda _checked=False: self.open_takedowns())
        case_menu.addSeparator()
        case_menu.addAction(self.act_indicators)
        case_menu.addAction(self.act_takedowns)
        case_menu.addSeparator()
        case_menu.addAction(self.act_submit_next)
        self.menus[-1] = (self.menus[-1][0], [self.act_open, self.act_claim, self.act_assign, *self.act_priorities,
                                              self.act_urgent, self.act_move, self.act_note, self.act_merge,
                                              self.act_reject, self.act_indicators, self.act_takedowns])
        self._install_feature_menus()
        menu(self.tr("&Help"), [self.act_guide, self.act_shortcuts, self.act_about])

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(TOOLBAR_ICON_SIZE, TOOLBAR_ICON_SIZE))
        toolbar.setMovable(False)
        for act in (self.act_new_report, self.act_import, None, self.act_undo, self.act_refresh, None,
                    self.act_palette, self.act_shortcuts):
            if act is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(act)
        self.addToolBar(toolbar)

        buttons = [self.act_claim, self.act_assign, self.act_priority, self.act_urgent, self.act_move_menu,
                   self.act_note, self.act_merge, self.act_reject, self.act_open]
        for act, text in zip(buttons, (
            self.tr("Assign to me [A]"), self.tr("Assign… [Shift+A]"), self.tr("Priority [1–4]"),
            self.tr("Urgent [U]"), self.tr("Move to [S]"), self.tr("Note [N]"), self.tr("Merge [M]"),
            self.tr("Reject [R]"), self.tr("Open [Enter]"),
        ), strict=True):
            act.setIconText(text)
        self.preview.set_actions(buttons)
        self.triage.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _install_feature_menus(self) -> None:
        """The menus of the other windows: backups, influencers, meetings, reports and letters, sync."""
        from .backups_dialog import install_backups_action  # File → Backups…

        install_backups_action(self, self.ws)
        from .privacy_dialog import install_privacy_action  # File → Personal data…

        install_privacy_action(self, self.ws)
        install_menu(self, self.details)
        from .meetings.queue_hooks import install_meetings_menu  # the meetings window, "Add to next meeting"

        install_meetings_menu(self, self.ws, self.lang, self.selected_case_ids)
        from .reports_menu import install_reports_menu  # statistics, letters, the public register

        install_reports_menu(self, self.ws, self.lang, self.current_case_ref)
        from .sync.integration import SyncUi  # the Sync menu, the status-bar indicator, the rounds

        self.sync_ui = SyncUi(self, start=self.sync_rounds)

    def open_settings(self) -> None:
        from .app import apply_preferences
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self)
        if dialog.exec():
            app = QApplication.instance()
            if isinstance(app, QApplication):
                font_before = app.font()
                apply_preferences(app, self.ws)
                if app.font() != font_before:
                    self.fit_to_font()
            self.sync_ui.controller.apply_settings()
            if dialog.changed_language:
                self.statusBar().showMessage(
                    self.tr("The new language applies when the application starts again."), 8000)

    def fit_to_font(self) -> None:
        """After the font size changed: rows, columns and side panels sized for the new text."""
        self.table.verticalHeader().setDefaultSectionSize(max(26, self.table.fontMetrics().height() + 8))
        for col, width in self._column_widths().items():
            self.table.setColumnWidth(col, width)
        self._fit_panels()

    def write_actions(self) -> list[QAction]:
        return [self.act_new_report, self.act_import, self.act_claim, self.act_assign, *self.act_priorities,
                self.act_priority, self.act_urgent, self.act_move, self.act_move_menu, self.act_note,
                self.act_merge, self.act_reject]

    def _apply_role(self) -> None:
        allowed = self.ws.role() in WRITE_ROLES
        for act in self.write_actions():
            act.setEnabled(allowed)
        from moderator_app.services.exports import EXPORTERS

        self.act_export.setEnabled(self.ws.role() in EXPORTERS)
        self.filter_bar.save_button.setEnabled(True)

    # --- the left panel: views and saved filters ---------------------------------------------------

    def _fill_left_panel(self) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        for view in VIEWS:
            item = QListWidgetItem(view.label())
            item.setData(ITEM_ROLE, ("view", view.key))
            item.setToolTip(as_text(view.tooltip()))
            self.views.addItem(item)
        saved = saved_filters.load(self.ws)
        header = QListWidgetItem(self.tr("Saved filters"))
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.views.addItem(header)
        if not saved:
            hint = QListWidgetItem(self.tr("(none yet: Save filter…)"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.views.addItem(hint)
        for f in saved:
            item = QListWidgetItem(f.name)
            item.setData(ITEM_ROLE, ("saved", f.name))
            item.setToolTip(as_text(self.tr("Saved filter: {0}").format(f.name)))
            self.views.addItem(item)
        self.views.blockSignals(False)
        self._select_left_item()

    def _select_left_item(self) -> None:
        wanted = ("saved", self.saved_name) if self.saved_name else ("view", self.view_key)
        for i in range(self.views.count()):
            if self.views.item(i).data(ITEM_ROLE) == wanted:
                self.views.blockSignals(True)
                self.views.setCurrentRow(i)
                self.views.blockSignals(False)
                return

    def select_view(self, key: str) -> None:
        if key not in VIEW_BY_KEY:
            raise ValueError(f"unknown view {key!r}; expected one of: {', '.join(VIEW_BY_KEY)}")
        for i in range(self.views.count()):
            if self.views.item(i).data(ITEM_ROLE) == ("view", key):
                if self.views.currentRow() == i:
                    self._on_left_changed(self.views.item(i), None)
                else:
                    self.views.setCurrentRow(i)
                return

    def current_view_key(self) -> str:
        return self.view_key

    def _on_left_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        data = current.data(ITEM_ROLE) if current else None
        if not data:
            return
        kind, key = data
        if kind == "view":
            self.view_key, self.saved_name = key, None
            self._apply_filter(select_first=True)
        else:
            self.apply_saved_filter(key)

    def apply_saved_filter(self, name: str) -> None:
        found = next((f for f in saved_filters.load(self.ws) if f.name == name), None)
        if found is None:
            return
        self.view_key = found.view if found.view in VIEW_BY_KEY else "all"
        self.saved_name = found.name
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_choice(found.choice)
        self.filter_bar.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(found.search)
        self.search.blockSignals(False)
        self._set_sort(found.sort, found.desc)
        self._apply_filter(select_first=True)
        self._select_left_item()

    def _left_menu(self, pos: QPoint) -> None:
        item = self.views.itemAt(pos)
        data = item.data(ITEM_ROLE) if item else None
        if not data or data[0] != "saved":
            return
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename…"))
        delete = menu.addAction(self.tr("Delete"))
        chosen = menu.exec(self.views.viewport().mapToGlobal(pos))
        name = data[1]
        try:
            if chosen is rename:
                new, ok = QInputDialog.getText(self, self.tr("Rename saved filter"), self.tr("New name:"), text=name)
                if ok:
                    saved_filters.rename(self.ws, name, new)
                    if self.saved_name == name:
                        self.saved_name = " ".join(new.split())
            elif chosen is delete:
                saved_filters.delete(self.ws, name)
                if self.saved_name == name:
                    self.saved_name = None
        except UserError as exc:
            plain_text.warning(self, self.tr("Saved filters"), refusal_text(exc))
        self._fill_left_panel()
        self.update_view_counts()

    def save_filter(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"),
                                        self.tr("Name for this view, its filters, search and sort:"),
                                        text=self.saved_name or "")
        if not ok:
            return
        saved = saved_filters.SavedFilter(name, self.view_key, self.filter_bar.choice(), self.search.text(),
                                          self.model.sort_key, self.model.desc)
        try:
            try:
                saved = saved_filters.save(self.ws, saved)
            except UserError:
                if name.strip() and plain_text.question(
                    self, self.tr("Save filter"), self.tr("Replace the saved filter “{0}”?").format(name.strip())
                ) != QMessageBox.StandardButton.Yes:
                    return
                saved = saved_filters.save(self.ws, saved, replace=True)
        except UserError as exc:
            plain_text.warning(self, self.tr("Save filter"), refusal_text(exc))
            return
        self.saved_name = saved.name
        self._fill_left_panel()
        self.update_view_counts()
        self.statusBar().showMessage(self.tr("Saved the filter “{0}”.").format(saved.name), 5000)

    # --- filtering, sorting, selection ------------------------------------------------------------

    def view_filter(self, key: str) -> queries.CaseFilter:
        """The view's own filter (before the filter bar and the search); a takedown view's holds the
        cases last worked out, worked out here only if the count has not brought them yet."""
        view = VIEW_BY_KEY[key]
        if view.takedowns is not None and self._takedowns is None:
            from moderator_app.services import takedowns as takedown_service

            self._takedowns = takedown_service.queue(self.ws)
        return view_filter(view, self.me, self._takedowns)

    def current_filter(self) -> queries.CaseFilter:
        flt = self.view_filter(self.view_key).narrowed(self.filter_bar.choice().case_filter(self.me))
        text = self.search.text().strip()
        words = tokens(text)
        if len(words) == 1 and len(words[0]) < MIN_PREFIX:
            text = ""  # one letter typed: wait for the second before searching a million cases
        return replace(flt, search=text or None)

    def _apply_filter(self, select_first: bool = False) -> None:
        if self.saved_name and not select_first:
            self.saved_name = None  # the view was changed by hand: no longer the saved filter
            self._select_left_item()
        keep = [] if select_first else self.selected_case_ids()
        self.model.set_filter(self.current_filter())
        self._reselect(keep, 0)

    def _apply_search(self) -> None:
        """Search while typing: counted off the GUI thread, so typing never waits for the database."""
        if self.saved_name:
            self.saved_name = None
            self._select_left_item()
        self.model.set_filter_in_background(self.current_filter())

    def _search_landed(self) -> None:
        self._select_rows([0])

    def _on_searching(self, busy: bool) -> None:
        if busy:
            self.count_label.setText(self.tr("Searching…"))
        else:
            self._on_count(self.model.rowCount())

    def _set_sort(self, key: str, desc: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF_SORT.get(key, Column.SLA),
                                Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.sort_key, self.model.desc = key, desc

    def _search_done(self) -> None:
        self._search_timer.stop()
        self._apply_filter()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount():
            self._select_rows([0])

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def selected_case_ids(self) -> list[str]:
        ids = []
        for row in self.selected_rows():
            cid = self.model.case_id_at(row)
            if cid:
                ids.append(cid)
        return ids

    def selected_refs_text(self) -> str:
        refs = [str(self.model.data(self.model.index(r, Column.REF))) for r in self.selected_rows()[:5]]
        more = len(self.selected_rows()) - len(refs)
        return ", ".join(refs) + (self.tr(" and {0} more").format(more) if more > 0 else "")

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, CASE_ID_ROLE)
        return str(value) if value else None

    def current_case_ref(self) -> str | None:
        """The current case's reference, as people read it (a letter's title names it)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(self.model.index(index.row(), Column.REF))
        return str(value) if value else None

    def _select_rows(self, rows: list[int]) -> None:
        total = self.model.rowCount()
        sm = self.table.selectionModel()
        if total == 0 or not rows:
            sm.clearSelection()
            self._on_selection_changed()
            return
        rows = sorted({max(0, min(r, total - 1)) for r in rows})
        selection = QItemSelection()
        for r in rows:
            selection.select(self.model.index(r, 0), self.model.index(r, Column.COUNT - 1))
        flags = QItemSelectionModel.SelectionFlag
        sm.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)
        sm.select(selection, flags.ClearAndSelect)
        self.table.scrollTo(self.model.index(rows[0], 0))
        self._on_selection_changed()

    def _reselect(self, ids: list[str], fallback: int | None) -> None:
        rows = [r for r in (self.model.row_of(i, near=fallback) for i in ids) if r is not None]
        if rows:
            self._select_rows(rows)
        else:
            self._select_rows([fallback if fallback is not None else 0])

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def select_after_refresh(self, ids: list[str], fallback: int | None) -> None:
        """After the action's events land: select these cases (looked for around ``fallback``, else
        around the current row), or the row at ``fallback`` if they left the view."""
        self._pending_selection = (ids, self.current_row() if fallback is None else fallback)
        self._refresh_timer.start()

    def move_current(self, step: int) -> None:
        total = self.model.rowCount()
        if not total:
            return
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        self._select_rows([max(0, min(total - 1, current + step))])

    def _on_selection_changed(self, *_args: object) -> None:
        ids = self.selected_case_ids()
        if tuple(ids) != self.preview.case_ids:
            self.preview.show_cases(ids)
        n = len(ids)
        self.selection_label.setText("· " + self.tr("%n selected", "", n) if n > 1 else "")

    def _on_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total).replace(str(total), _thousands(total)))
        self._show_empty_state(total == 0)

    def _build_queue_stack(self) -> QStackedWidget:
        """The queue, or in its place a sentence saying why it is empty and what to do."""
        self.empty_text = plain_label()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_all = QPushButton(self.tr("Search all cases"))
        self.empty_all.clicked.connect(lambda: self.select_view("all"))
        self.empty_clear = QPushButton(self.tr("Clear the search and filters"))
        self.empty_clear.clicked.connect(self._clear_search_and_filters)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_all)
        buttons.addWidget(self.empty_clear)
        buttons.addStretch(1)
        self.empty_page = QWidget()
        self.empty_page.setObjectName("EmptyQueue")
        self.empty_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the queue's keys still answer here
        page = QVBoxLayout(self.empty_page)
        page.addStretch(1)
        page.addWidget(self.empty_text)
        page.addLayout(buttons)
        page.addStretch(2)
        self.queue_stack = QStackedWidget()
        self.queue_stack.addWidget(self.table)
        self.queue_stack.addWidget(self.empty_page)
        return self.queue_stack

    def _show_empty_state(self, empty: bool) -> None:
        searched = self.search.text().strip()
        filtered = not self.filter_bar.choice().is_empty()
        if not empty:
            had_focus = self.empty_page.hasFocus()
            self.queue_stack.setCurrentWidget(self.table)
            if had_focus:
                self.table.setFocus()
            return
        view = VIEW_BY_KEY[self.view_key].label()
        if searched:
            text = self.tr("No case in “{0}” matches “{1}”.").format(view, searched)
        elif filtered:
            text = self.tr("No case in “{0}” matches the filters.").format(view)
        else:
            text = self.tr("There is no case in “{0}” now.").format(view)
        self.empty_text.setText(text)
        self.empty_all.setVisible(self.view_key != "all" and bool(searched or filtered))
        self.empty_clear.setVisible(bool(searched or filtered))
        had_focus = self.table.hasFocus() or (self.focusWidget() in (None, self.table))
        self.queue_stack.setCurrentWidget(self.empty_page)
        if had_focus:
            self.empty_page.setFocus()

    def _clear_search_and_filters(self) -> None:
        self.search.clear()
        self.filter_bar.clear()
        self._apply_filter(select_first=True)

    # --- refreshing ------------------------------------------------------------------------------

    def _show_extraction(self, done: int, total: int) -> None:
        if total >= 20:  # a few items go by unnoticed; an import's hundreds are worth a word
            self.extraction_label.setText(self.tr("Extracting indicators: {0} of {1}").format(done, total))
            self.extraction_label.show()

    def _on_events(self, events: list[object]) -> None:
        # May run on a worker's thread (an import): only signal; the refresh runs on the GUI thread.
        if any(str(getattr(e, "type", "")).startswith("takedown.") for e in events):
            self._takedowns_stale = True
        self.eventsCommitted.emit()

    def refresh(self) -> None:
        self._pending_selection = None
        self._takedowns_stale = True
        self._refresh_now()

    def tick(self) -> None:
        """The clock moved on: count the takedown views again once a request has fallen overdue or a
        re-check due since they were last worked out (nothing is read before)."""
        held = self._takedowns
        if held is not None and held.next_change is not None and self.ws.clock.wall() >= held.next_change:
            self._takedowns_stale = True
        if self._takedowns_stale:
            self.update_view_counts()

    def _refresh_now(self) -> None:
        if self._pending_selection is not None:
            ids, fallback = self._pending_selection
            self._pending_selection = None
        else:
            ids = self.selected_case_ids()
            fallback = self.current_row()
        self.model.refresh()
        self._reselect(ids, fallback)
        self.preview.show_cases(self.selected_case_ids())
        self._load_members()
        self.update_view_counts()

    def _load_members(self) -> None:
        with self.ws.db.read() as conn:
            self.filter_bar.set_members(queries.members(raw_connection(conn)))

    def update_view_counts(self) -> None:
        """Count every view and saved filter off the GUI thread (a million rows take a moment)."""
        if self._closing:
            return
        if self._count_task is not None and not self._count_task.finished.is_set():
            self._count_again = True
            return
        me = self.me
        # Each target's filter is made once the takedown views' cases are known (in the worker).
        targets: list[tuple[int, Callable[[TakedownQueue | None], queries.CaseFilter]]] = []
        saved = {f.name: f for f in saved_filters.load(self.ws)}
        for i in range(self.views.count()):
            data = self.views.item(i).data(ITEM_ROLE)
            if not data:
                continue
            if data[0] == "view":
                targets.append((i, partial(view_filter, VIEW_BY_KEY[data[1]], me)))
            elif data[1] in saved:
                f = saved[data[1]]
                targets.append((i, partial(_saved_filter, VIEW_BY_KEY.get(f.view, VIEW_BY_KEY["all"]), me, f)))
        ws = self.ws
        held = self._takedowns
        fresh = self._takedowns_stale or held is None or (
            held.next_change is not None and ws.clock.wall() >= held.next_change)
        self._takedowns_stale = False  # a takedown event from now on sets it again for the next count

        def work(_progress: Any, cancelled: Any) -> tuple[list[tuple[int, int]], TakedownQueue | None]:
            from moderator_app.services import takedowns as takedown_service

            found = takedown_service.queue(ws) if fresh else held
            out = []
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                for index, make in targets:
                    if cancelled():
                        break
                    out.append((index, queries.count_cases(raw, make(found))))
            return out, found

        def failed(exc: BaseException) -> None:
            self._takedowns_stale = self._takedowns_stale or fresh
            log.warning("counting failed: %s", exc)

        self._count_task = workers.start(work, self._show_counts, failed)

    def _show_counts(self, result: tuple[list[tuple[int, int]], TakedownQueue | None]) -> None:
        counts, found = result
        if found is not None and found is not self._takedowns:
            self._takedowns = found
            self.takedown_reminder.show_counts(found.counts)
            self._follow_takedowns()
        for index, count in counts:
            item = self.views.item(index)
            if item is None or not item.data(ITEM_ROLE):
                continue
            kind, key = item.data(ITEM_ROLE)
            label = VIEW_BY_KEY[key].label() if kind == "view" else key
            item.setText(f"{label}  ({_thousands(count)})")
        if self._count_again:
            self._count_again = False
            QTimer.singleShot(0, self.update_view_counts)

    def _follow_takedowns(self) -> None:
        """A takedown view on screen shows the cases just worked out (a request answered, a deadline
        passed), the selection kept where it can be."""
        wanted = self.current_filter().case_ids
        shown = self.model.pending_filter()
        if wanted == shown.case_ids:
            return
        ids, row = self.selected_case_ids(), self.current_row()
        self.model.set_filter(replace(shown, case_ids=wanted))
        self._reselect(ids, row)

    def show_reminded_view(self, key: str) -> None:
        """From the status bar's reminder: the takedown view, the queue in hand."""
        self.select_view(key)
        self.queue_stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- commands ------------------------------------------------------------------------------

    def open_takedowns(self, kind: str | None = None) -> None:
        """Every takedown request in a window of its own (Case → Takedown requests…), ``kind``'s only
        when given (one of services.takedowns.QUEUE_KINDS)."""
        window = self._takedowns_window
        if window is None:
            from .case_takedowns import TakedownsWindow

            window = self._takedowns_window = TakedownsWindow(self.ws, self.lang)  # a window of its own, as the others
            window.caseRequested.connect(self.details.open_case)
            window.evidenceRequested.connect(self.details.open_evidence)
        window.show_only(kind)
        window.show()
        window.raise_()
        window.activateWindow()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.details.open_case(case_id)

    def new_report(self) -> None:
        from .new_report import NewReportDialog

        dialog = NewReportDialog(self.ws, self.lang, self)
        if dialog.exec() and dialog.filed is not None:
            filed = dialog.filed
            if filed.duplicate:
                text = self.tr("This report is already in case {0}.").format(filed.ref)
            elif filed.attached:
                text = self.tr("The report was added to the open case {0}.").format(filed.ref)
            else:
                text = self.tr("Opened case {0}.").format(filed.ref)
            self.statusBar().showMessage(text, 8000)
            self.select_after_refresh([filed.case_id], None)

    def export_cases(self, path: Path | None = None) -> workers.Task | None:
        """The queue as shown (view, search, filters, sort) to a workbook, written off the GUI thread."""
        if path is None:
            stamp = local_date(self.ws.clock.wall()).isoformat()
            suggested = str(Path.home() / f"cases-{stamp}.xlsx")
            path = ask_save_path(self, self.tr("Export these cases to Excel"), suggested,
                                 self.tr("Excel workbooks (*.xlsx)"))
            if path is None:
                return None
        from moderator_app.services import exports  # openpyxl: loaded when a workbook is written

        flt, sort, desc, target = self.current_filter(), self.model.sort_key, self.model.desc, path
        self.statusBar().showMessage(self.tr("Writing {0}…").format(target.name))

        def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> int:
            return exports.export_cases(self.ws, flt, target, self.lang, sort, desc, progress)

        def done(count: int) -> None:
            self.statusBar().showMessage(self.tr("Wrote %n case(s) to {0}", "", count).format(str(target)), 10000)

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            show_error(self, exc)

        return workers.start(work, done, failed)

    def import_reports(self, path: str | None = None) -> None:
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.ws, self.lang, self, path=path)
        dialog.exec()
        self.table.setFocus()

    def command_palette(self) -> None:
        # Every action of every menu (the feature menus too: meetings, the register, statistics,
        # letters, backups, sync), including "Go to view", so the palette does what menus do.
        commands: list[Command] = menu_commands(self.menuBar(), shortcut_text)
        for f in saved_filters.load(self.ws):
            commands.append(Command(f.name, partial(self.apply_saved_filter, f.name), group=self.tr("Saved filter")))

        def dynamic(text: str) -> list[Command]:
            found: list[Command] = []
            with self.ws.db.read() as conn:
                for ref in ref_candidates(text, local_date(self.ws.clock.wall()).year):
                    case_id = queries.find_case_id(raw_connection(conn), ref)
                    if case_id is not None:
                        found.append(Command(self.tr("Open case {0}").format(ref), partial(self.open_case_id, case_id),
                                             group=self.tr("Case")))
            return found

        palette = CommandPalette(self, commands, dynamic)
        if palette.exec():
            palette.run_chosen()

    def open_case_id(self, case_id: str) -> None:
        self.details.open_case(case_id)

    def show_guide(self) -> None:
        from .user_guide import UserGuide

        UserGuide(self.lang, self).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.menus).exec()

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        statuses = []
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            for cid in self.selected_case_ids():
                row = queries.get_case(raw, cid)
                if row is not None:
                    statuses.append(Status(row.status))
        options = triage.common_next_statuses(statuses)
        if not options:
            empty = self.move_menu.addAction(self.tr("No move allowed for this selection"))
            empty.setEnabled(False)
            return
        for status in options:
            act = self.move_menu.addAction(status.label(self.lang))
            act.triggered.connect(partial(self.triage.move, status))

    def _popup_move_menu(self) -> None:
        index = self.table.currentIndex()
        rect = self.table.visualRect(index) if index.isValid() else self.table.rect()
        self.move_menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def _set_submit_next(self, on: bool) -> None:
        self.triage.submit_and_next = on
        self.ws.set_setting("queue.submit_and_next", on)

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

    def _restore_layout(self) -> bool:
        """The window as the member left it; whether the panels' widths were among it."""
        restored = False
        s = self._settings()
        geometry = s.value(self._geometry_key())
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._first_size()
        state = s.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if s.value("layout_version") == str(LAYOUT_VERSION):
            header = s.value("queue_header")
            if isinstance(header, QByteArray):
                self.table.horizontalHeader().restoreState(header)
            splitter = s.value("splitter")
            if isinstance(splitter, QByteArray):
                restored = self.body.restoreState(splitter)
        view = s.value("view")
        if isinstance(view, str) and view in VIEW_BY_KEY:
            self.view_key = view
        sort = s.value("sort")
        if isinstance(sort, str) and sort in queries.SORTS:
            self._set_sort(sort, s.value("desc") in (True, "true"))
        else:
            self._set_sort("sla", False)
        return restored

    def _geometry_key(self) -> str:
        """The window's size is remembered per screen: a laptop alone and at its desk monitor."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return "geometry"
        size = screen.size()
        name = "".join(c if c.isalnum() else "_" for c in screen.name()) or "screen"
        return f"geometry_{name}_{size.width()}x{size.height()}"

    def _first_size(self) -> None:
        """At first start, most of the screen (a queue needs room), centred; later starts keep
        whatever size the member left it at."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width, height = min(1600, room.width() * 92 // 100), min(1000, room.height() * 92 // 100)
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)

    def _fit_panels(self) -> None:
        """The side panels as wide as their words need at the chosen font size (never narrower
        than at the normal size); the queue takes the rest."""
        fm = self.views.fontMetrics()
        labels = [self.views.item(i).text() for i in range(self.views.count())]
        count = fm.horizontalAdvance("  (10.000)")  # the counts come after
        # The window's own width (the splitter's may not be laid out yet): on a 1366-pixel screen at
        # 14 pt the views list would otherwise take a quarter and leave the queue three columns.
        total = max(self.width() - 8, 900)
        left = min(max([200, *(fm.horizontalAdvance(t) + count + 16 for t in labels)]), total * 18 // 100)
        right = min(max(340, self.preview.minimum_actions_width(2)), total * 2 // 5)
        self.body.setSizes([left, max(300, total - left - right), right])

    def save_layout(self) -> None:
        s = self._settings()
        s.setValue("layout_version", str(LAYOUT_VERSION))
        s.setValue(self._geometry_key(), self.saveGeometry())
        s.setValue("window_state", self.saveState())
        s.setValue("queue_header", self.table.horizontalHeader().saveState())
        s.setValue("splitter", self.body.saveState())
        s.setValue("view", self.view_key)
        s.setValue("sort", self.model.sort_key)
        s.setValue("desc", self.model.desc)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_layout()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop listening and wait for background reads: the workspace may be closed next."""
        if self._closing:
            return
        self._closing = True
        self.sync_ui.shutdown()
        if self.extraction is not None:
            self.extraction.shutdown()
        self.details.close_all()
        if self._takedowns_window is not None:
            self._takedowns_window.close()
        self._clock_timer.stop()
        self._refresh_timer.stop()
        self._search_timer.stop()
        self.model.close()
        self.ws.unsubscribe(self._on_events)
        if self._count_task is not None:
            self._count_task.cancel()
            self._count_task.finished.wait(30)


def _saved_filter(base: Any, me: str, saved: saved_filters.SavedFilter,
                  takedowns: TakedownQueue | None) -> queries.CaseFilter:
    """A saved filter's cases: its view, narrowed by its filter bar's choices and its search."""
    flt = view_filter(base, me, takedowns).narrowed(saved.choice.case_filter(me))
    return replace(flt, search=saved.search or None)


__all__ = ["CASE_ROW_ROLE", "MainWindow"]
