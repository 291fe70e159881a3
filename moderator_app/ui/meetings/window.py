"""The meetings window: the list of meetings, and for the one selected its agenda (built by
dragging ready cases in, reorderable), attendance with a live quorum, each item's
recommendation, votes, recusals and decision, the minutes with a generated summary,
finalization, amendments, appeals, and the Excel export (off the GUI thread, with progress)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Outcome, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.meetings import Quorum, appeal_deadline
from moderator_app.services import meetings as svc
from moderator_app.services.meeting_summary import meeting_summary
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .. import plain_text
from ..coalesce import Coalesced
from ..dialogs import TextDialog
from ..i18n import refusal_text
from ..plain_text import as_text, plain_label, rich_label
from ..save_dialog import ask_save_path
from ..wheel_guard import guard_wheel
from ..window_size import fit_resize
from .dialogs import AmendDialog, AppealDialog, ChoiceDelegate, MeetingDialog, outcome_combo, pydate, qdate
from .models import (
    ID_ROLE,
    AgendaModel,
    AttendanceModel,
    FollowUpsModel,
    MeetingListModel,
    SchedulableModel,
    VotesModel,
)
from .workers import ExportTask

GOOD = "#1b6e20"
BAD = "#b3261e"


# The keys that vote for the member chosen in the votes table (then the next member is chosen).
VOTE_KEYS = {Qt.Key.Key_1: "for", Qt.Key.Key_2: "against", Qt.Key.Key_3: "abstain", Qt.Key.Key_4: "recused",
             Qt.Key.Key_0: "none"}


def _wrap_list(view: QListView) -> None:
    """Two-line entries that wrap inside the column instead of scrolling sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def _d(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


class MeetingsWindow(QMainWindow):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.meeting_id: str | None = None
        self.item_id: str | None = None
        self.detail: mq.MeetingDetail | None = None
        self.quorum: Quorum | None = None
        self.members: list[queries.MemberRow] = []
        self._form_key: tuple[Any, ...] | None = None
        self._minutes_loaded_for: tuple[str, str] | None = None
        # Events → one reload for a burst of them (a sync brings many).
        self._on_events = Coalesced(self, self.reload, 0)
        self.export_task: ExportTask | None = None
        self.pool = QThreadPool(self)
        # Asked before a decision is recorded while members present have not voted; tests answer.
        self.confirm_unvoted: Callable[[list[str]], bool] = self._confirm_unvoted
        self._vote_row_next: int | None = None  # the member to choose after the votes reload
        self.ask_skip_reply_reason: Callable[[str], str | None] = self._ask_skip_reply_reason
        self._sized = False
        self.setWindowTitle(self.tr("Meetings — Digital Trust Moderator"))
        self._build()
        fit_resize(self, 1440, 900)
        guard_wheel(self)
        ws.subscribe(self._on_events)
        self.reload()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.meetings_model = MeetingListModel(self)
        self.meeting_list = QListView()
        self.meeting_list.setModel(self.meetings_model)
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.setSpacing(2)
        _wrap_list(self.meeting_list)
        self.meeting_list.selectionModel().currentChanged.connect(lambda cur, _p: self._select_meeting(
            cur.data(ID_ROLE) if cur.isValid() else None))
        new_button = QPushButton(self.tr("New meeting…"))
        new_button.setAccessibleName(self.tr("New meeting"))
        new_button.clicked.connect(self.new_meeting)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        text_0 = self.tr("Meetings")
        lv.addWidget(rich_label(f"<b>{html.escape(text_0)}</b>"))
        lv.addWidget(self.meeting_list)
        lv.addWidget(new_button)

        self.title_label = rich_label()
        self.info_label = plain_label()
        self.info_label.setWordWrap(True)
        self.quorum_label = rich_label()
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.finalize_button = QPushButton(self.tr("Finalize"))
        self.finalize_button.setToolTip(self.tr("Close the record: decisions become read-only, later changes are "
                                                "amendments"))
        self.finalize_button.clicked.connect(self.finalize)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.choose_export)
        header = QWidget()
        hl = QHBoxLayout(header)
        hl.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.addWidget(self.title_label)
        texts.addWidget(self.info_label)
        texts.addWidget(self.quorum_label)
        hl.addLayout(texts, 1)
        for b in (self.edit_button, self.finalize_button, self.export_button):
            hl.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_agenda_tab(), self.tr("Agenda and decisions"))
        self.tabs.addTab(self._build_attendance_tab(), self.tr("Attendance"))
        self.tabs.addTab(self._build_minutes_tab(), self.tr("Minutes"))

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(header)
        rv.addWidget(self.tabs, 1)
        self.empty_label = plain_label(self.tr("No meeting yet. Create one with “New meeting…”."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rv.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1140])
        self.setCentralWidget(splitter)
        self._build_menus()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Meeting"))
        for text, slot, shortcut in (
            (self.tr("&New meeting…"), self.new_meeting, QKeySequence.StandardKey.New),
            (self.tr("&Export meeting to Excel…"), self.choose_export, None),
            (self.tr("&Print minutes (PDF)…"), self.choose_minutes, QKeySequence.StandardKey.Print),
            (self.tr("Export credibility &register…"), self.choose_register_export, None),
            (self.tr("&Close"), self.close, QKeySequence.StandardKey.Close),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)

    def _build_agenda_tab(self) -> QWidget:
        self.ready_model = SchedulableModel(self.lang, self)
        self.ready_list = QListView()
        self.ready_list.setModel(self.ready_model)
        self.ready_list.setAccessibleName(self.tr("Cases ready for a meeting"))
        self.ready_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ready_list.setDragEnabled(True)
        self.ready_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.ready_list.setAlternatingRowColors(True)
        self.ready_list.setSpacing(1)
        _wrap_list(self.ready_list)
        add = QPushButton(self.tr("Add to agenda →"))
        add.clicked.connect(self.add_selected_ready)
        ready = QWidget()
        v = QVBoxLayout(ready)
        v.setContentsMargins(0, 0, 0, 0)
        hint = plain_label(self.tr("Cases ready for a meeting — drag them onto the agenda"))
        hint.setWordWrap(True)
        v.addWidget(hint)
        v.addWidget(self.ready_list)
        v.addWidget(add)

        self.agenda_model = AgendaModel(self.lang, self._drop_cases, self._move_item, self)
        self.agenda_list = QListView()
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        self.agenda_list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.agenda_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda_list.setDropIndicatorShown(True)
        self.agenda_list.setAlternatingRowColors(True)
        self.agenda_list.setSpacing(1)
        _wrap_list(self.agenda_list)
        self.agenda_list.selectionModel().currentChanged.connect(lambda cur, _p: self._select_item(
            cur.data(ID_ROLE) if cur.isValid() else None))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._step_item(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._step_item(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        agenda = QWidget()
        v = QVBoxLayout(agenda)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(plain_label(self.tr("Agenda (drag to reorder)")))
        v.addWidget(self.agenda_list)
        row = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        v.addLayout(row)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_item_panel())
        # The decision's buttons stay in sight under the scrolled form, whatever the screen's height.
        item_side = QWidget()
        side = QVBoxLayout(item_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(scroll, 1)
        side.addWidget(self.decision_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(ready)
        splitter.addWidget(agenda)
        splitter.addWidget(item_side)
        self.agenda_splitter = splitter
        # The decision panel gets most of the room: its forms need it, the two lists wrap their lines.
        splitter.setSizes([200, 250, 720])
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 3)
        return splitter

    def _build_item_panel(self) -> QWidget:
        panel = QWidget()
        v = QVBoxLayout(panel)
        self.item_title = rich_label()
        self.item_title.setWordWrap(True)
        v.addWidget(self.item_title)

        rec = QGroupBox(self.tr("Reviewer's recommendation"))
        form = QFormLayout(rec)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rec_outcome = outcome_combo(self.lang, allow_none=True)
        self.rec_outcome.setAccessibleName(self.tr("Recommended outcome"))
        self.rec_text = QPlainTextEdit()
        self.rec_text.setAccessibleName(self.tr("Recommendation"))
        self.rec_text.setFixedHeight(56)
        self.rec_save = QPushButton(self.tr("Save recommendation"))
        self.rec_save.clicked.connect(self.save_recommendation)
        form.addRow(self.tr("Outcome"), self.rec_outcome)
        form.addRow(self.tr("Opinion"), self.rec_text)
        form.addRow("", self.rec_save)
        v.addWidget(rec)

        votes = QGroupBox(self.tr("Votes"))
        vv = QVBoxLayout(votes)
        mode = QHBoxLayout()
        self.per_member = QRadioButton(self.tr("Per member"))
        self.per_member.setChecked(True)
        self.tallies = QRadioButton(self.tr("As tallies"))
        group = QButtonGroup(self)
        group.addButton(self.per_member)
        group.addButton(self.tallies)
        self.per_member.toggled.connect(self._vote_mode_changed)
        mode.addWidget(self.per_member)
        mode.addWidget(self.tallies)
        mode.addStretch(1)
        vv.addLayout(mode)
        self.votes_model = VotesModel(self.lang, self._set_vote, self)
        self.votes_table = QTableView()
        self.votes_table.setModel(self.votes_model)
        self.votes_table.setAccessibleName(self.tr("Votes per member"))
        self.votes_table.setItemDelegateForColumn(VotesModel.CHOICE_COLUMN, ChoiceDelegate(self, popup=True))
        # One click on a vote opens its list; the arrows move between members; 1–4 and 0 vote.
        self.votes_table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.votes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.votes_table.clicked.connect(self._vote_clicked)
        self.votes_table.installEventFilter(self)
        self.votes_table.verticalHeader().setVisible(False)
        self.votes_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.votes_table.setMinimumHeight(120)
        self.votes_table.setMaximumHeight(230)
        vv.addWidget(self.votes_table)
        self.vote_hint = plain_label(self._vote_hint_text())
        self.vote_hint.setWordWrap(True)
        self.vote_hint.setStyleSheet("color:#7d838a")
        vv.addWidget(self.vote_hint)
        tally_row = QHBoxLayout()
        self.tally_spins: dict[str, QSpinBox] = {}
        for code, text in (("for", self.tr("For")), ("against", self.tr("Against")),
                           ("abstain", self.tr("Abstain"))):
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setAccessibleName(text)
            tally_row.addWidget(plain_label(text))
            tally_row.addWidget(spin)
            self.tally_spins[code] = spin
        tally_row.addStretch(1)
        self.tally_box = QWidget()
        self.tally_box.setLayout(tally_row)
        self.tally_box.setVisible(False)
        vv.addWidget(self.tally_box)
        v.addWidget(votes)

        dec = QGroupBox(self.tr("Decision"))
        form = QFormLayout(dec)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outcome = outcome_combo(self.lang)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setMinimumHeight(80)
        self.rationale.setMaximumHeight(140)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Rationale"), self.rationale)
        self.follow_model = FollowUpsModel(self)
        self.follow_table = QTableView()
        self.follow_table.setModel(self.follow_model)
        self.follow_table.setAccessibleName(self.tr("Follow-up actions"))
        self.follow_table.verticalHeader().setVisible(False)
        self.follow_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.follow_table.setFixedHeight(110)
        form.addRow(self.tr("Follow-ups"), self.follow_table)
        self.fu_action = QLineEdit()
        self.fu_action.setPlaceholderText(self.tr("Action, e.g. send the takedown request"))
        self.fu_action.setAccessibleName(self.tr("Follow-up action"))
        self.fu_owner = QComboBox()
        self.fu_owner.setAccessibleName(self.tr("Owner"))
        self.fu_due = QDateEdit(qdate(self.today()))
        self.fu_due.setCalendarPopup(True)
        self.fu_due.setDisplayFormat("dd/MM/yyyy")
        self.fu_due.setAccessibleName(self.tr("Deadline"))
        self.fu_add = QPushButton(self.tr("Add"))
        self.fu_add.clicked.connect(self.add_follow_up)
        self.fu_remove = QPushButton(self.tr("Remove"))
        self.fu_remove.clicked.connect(lambda: self.follow_model.remove(self.follow_table.currentIndex().row()))
        # The action on a line of its own (a sentence needs room), then who, by when, and the buttons.
        self.fu_action.setMinimumWidth(240)
        self.fu_owner.setMinimumContentsLength(10)
        self.fu_owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        fu_grid = QVBoxLayout()
        fu_grid.setContentsMargins(0, 0, 0, 0)
        fu_grid.addWidget(self.fu_action)
        fu_row = QHBoxLayout()
        fu_row.addWidget(self.fu_owner, 1)
        fu_row.addWidget(self.fu_due)
        fu_row.addWidget(self.fu_add)
        fu_row.addWidget(self.fu_remove)
        fu_grid.addLayout(fu_row)
        self.fu_inputs = QWidget()
        self.fu_inputs.setLayout(fu_grid)
        form.addRow("", self.fu_inputs)
        self.published = QCheckBox(self.tr("Published"))
        self.published.setAccessibleName(self.tr("Published"))
        self.published.clicked.connect(self._published_clicked)
        form.addRow("", self.published)
        self.public_summary = QLineEdit()
        self.public_summary.setAccessibleName(self.tr("Public summary"))
        self.public_summary.setPlaceholderText(self.tr("What the public register says; empty: a neutral sentence "
                                                       "naming the category and the outcome"))
        self.public_summary.setMaxLength(svc.MAX_PUBLIC_SUMMARY)
        self.public_summary.editingFinished.connect(self._public_summary_edited)
        form.addRow(self.tr("Public summary"), self.public_summary)
        self.decision_state = rich_label()
        self.decision_state.setWordWrap(True)
        form.addRow("", self.decision_state)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record decision"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record_decision)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_decision)
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.clicked.connect(self.amend)
        self.appeal_button = QPushButton(self.tr("Appeal…"))
        self.appeal_button.clicked.connect(self.appeal)
        for b in (self.record_button, self.save_button, self.amend_button, self.appeal_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.decision_buttons = QWidget()
        self.decision_buttons.setLayout(buttons)
        v.addWidget(dec)
        v.addStretch(1)
        self.item_panel = panel
        return panel

    def _build_attendance_tab(self) -> QWidget:
        self.attendance_model = AttendanceModel(self.lang, self._set_attendance, self)
        self.attendance_table = QTableView()
        self.attendance_table.setModel(self.attendance_model)
        self.attendance_table.setAccessibleName(self.tr("Attendance"))
        self.attendance_table.setItemDelegateForColumn(AttendanceModel.CHOICE_COLUMN, ChoiceDelegate(self))
        self.attendance_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.attendance_table.verticalHeader().setVisible(False)
        self.attendance_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 160), (2, 140), (3, 170)):
            self.attendance_table.setColumnWidth(col, width)
        self.attendance_quorum = rich_label()
        self.attendance_quorum.setWordWrap(True)
        self.all_present = QPushButton(self.tr("Mark everyone present"))
        self.all_present.clicked.connect(self.mark_all_present)
        w = QWidget()
        v = QVBoxLayout(w)
        v.addWidget(self.attendance_quorum)
        v.addWidget(self.attendance_table)
        row = QHBoxLayout()
        row.addWidget(self.all_present)
        row.addStretch(1)
        v.addLayout(row)
        return w

    def _build_minutes_tab(self) -> QWidget:
        self.minutes = QPlainTextEdit()
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setPlaceholderText(self.tr("The meeting's minutes, in free text"))
        self.minutes_save = QPushButton(self.tr("Save minutes"))
        self.minutes_save.clicked.connect(self.save_minutes)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Generated summary"))
        self.summary_copy = QPushButton(self.tr("Add the summary to the minutes"))
        self.summary_copy.clicked.connect(self.copy_summary)
        left = QWidget()
        lv = QVBoxLayout(left)
        text_1 = self.tr("Minutes")
        lv.addWidget(rich_label(f"<b>{html.escape(text_1)}</b>"))
        lv.addWidget(self.minutes)
        lv.addWidget(self.minutes_save, 0, Qt.AlignmentFlag.AlignRight)
        right = QWidget()
        rv = QVBoxLayout(right)
        text_2 = self.tr("Generated summary")
        rv.addWidget(rich_label(f"<b>{html.escape(text_2)}</b>"))
        rv.addWidget(self.summary)
        rv.addWidget(self.summary_copy, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        return splitter

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            meetings = mq.list_meetings(raw)
            self.members = queries.members(raw)
            ready = mq.schedulable_cases(raw)
        self.meetings_model.set_rows(meetings)
        self.ready_model.set_rows(ready)
        self._fill_owner_choices()
        wanted = self.meeting_id if self.meetings_model.row_of(self.meeting_id) is not None else (
            meetings[0].id if meetings else None)
        row = self.meetings_model.row_of(wanted)
        if row is not None:
            self.meeting_list.selectionModel().setCurrentIndex(
                self.meetings_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._select_meeting(wanted, force=True)

    def _fill_owner_choices(self) -> None:
        current = self.fu_owner.currentData()
        self.fu_owner.clear()
        self.fu_owner.addItem(self.tr("(no owner)"), None)
        for m in self.members:
            if m.active and m.role != "observer":
                self.fu_owner.addItem(m.name, m.id)
        self.fu_owner.setCurrentIndex(max(0, self.fu_owner.findData(current)))

    def _select_meeting(self, meeting_id: str | None, force: bool = False) -> None:
        if meeting_id == self.meeting_id and not force:
            return
        if meeting_id != self.meeting_id:
            self.item_id = None
            self._form_key = None
        self.meeting_id = meeting_id
        self.detail = None
        if meeting_id is not None:
            with self.ws.db.read() as conn:
                raw = raw_connection(conn)
                self.detail = mq.meeting_detail(raw, meeting_id)
                self.quorum = mq.meeting_quorum(raw, meeting_id, self.ws.identity.member_id)
        has = self.detail is not None
        self.tabs.setVisible(has)
        for w in (self.edit_button, self.finalize_button, self.export_button):
            w.setVisible(has)
        self.empty_label.setVisible(not has)
        if self.detail is None:
            self.title_label.setText("")
            self.info_label.setText("")
            self.quorum_label.setText("")
            return
        self._show_meeting(self.detail)

    def _show_meeting(self, d: mq.MeetingDetail) -> None:
        m = d.meeting
        editable = not m.finalized
        self.title_label.setText(f"<span style='font-size:15pt; font-weight:600'>{html.escape(m.title)}</span>")
        parts = [_d(m.date)]
        if m.place:
            parts.append(m.place)
        if m.chair_name:
            parts.append(self.tr("Chair: {0}").format(m.chair_name))
        if m.secretary_name:
            parts.append(self.tr("Secretary: {0}").format(m.secretary_name))
        state = self.tr("Finalized: decisions are read-only; changes are amendments") if m.finalized \
            else self.tr("Open")
        self.info_label.setText(" · ".join(parts) + "  —  " + state)
        quorum = self._quorum_text()
        self.quorum_label.setText(quorum)
        self.attendance_quorum.setText(quorum)
        self.edit_button.setEnabled(editable)
        self.finalize_button.setEnabled(editable)
        self.agenda_model.set_items(d.agenda, editable)
        self.attendance_model.set_rows(d.attendance, editable)
        self.all_present.setEnabled(editable)
        for b in (self.up_button, self.down_button, self.remove_button):
            b.setEnabled(editable)
        if self._minutes_loaded_for != (m.id, m.minutes):
            self.minutes.setPlainText(m.minutes)
            self._minutes_loaded_for = (m.id, m.minutes)
        self.minutes.setReadOnly(not editable)
        self.minutes_save.setEnabled(editable)
        self.summary_copy.setEnabled(editable)
        assert self.quorum is not None
        self.summary.setPlainText(meeting_summary(d, self.quorum, self.lang))
        ids = [i.id for i in d.agenda]
        if self.item_id not in ids:
            self.item_id = ids[0] if ids else None
            self._form_key = None
        if self.item_id is not None:
            row = ids.index(self.item_id)
            self.agenda_list.selectionModel().setCurrentIndex(
                self.agenda_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_item()

    def _quorum_text(self) -> str:
        q = self.quorum
        if q is None:
            return ""
        colour, mark = (GOOD, "✓") if q.met else (BAD, "✗")
        text = self.tr("Quorum {0}: {1} of {2} voting members present, {3} needed ({4})").format(
            mark, q.present, q.voting, q.required, q.rule.describe(self.lang))
        return f"<span style='color:{colour}; font-weight:600'>{html.escape(text)}</span>"

    def _select_item(self, item_id: str | None) -> None:
        if item_id == self.item_id:
            return
        self.item_id = item_id
        self._form_key = None
        self._show_item()

    def current_item(self) -> mq.AgendaItemRow | None:
        if self.detail is None or self.item_id is None:
            return None
        return self.detail.item(self.item_id)

    def _show_item(self) -> None:
        item = self.current_item()
        self.item_panel.setEnabled(item is not None)
        if item is None or self.detail is None:
            text_3 = self.tr("Select an agenda item.")
            self.item_title.setText(f"<i>{html.escape(text_3)}</i>")
            self.votes_model.set_rows([], False)
            self.follow_model.set_rows([])
            self.decision_state.setText("")
            return
        finalized = self.detail.meeting.finalized
        decision = item.decision
        title = item.ref if item.kind == "case" else self.tr("Suspension proposal")
        self.item_title.setText(
            f"<span style='font-size:12pt; font-weight:600'>{html.escape(title)} · {html.escape(item.influencer)}"
            f"</span><br><span style='color:#7d838a'>{html.escape(item.case_title or '')} "
            f"{('— ' + html.escape(Status(item.case_status).label(self.lang))) if item.case_status else ''}</span>")
        # Votes: voting members present, plus anyone with a recorded vote or recusal.
        recorded = {v.member_id: v for v in self.detail.votes.get(item.id, ())}
        rows = []
        for a in self.detail.attendance:
            present = a.status == "present" or (self.quorum is not None and self.quorum.voting == 1
                                                and a.member_id == self.ws.identity.member_id and a.status is None)
            if a.voting and (present or a.member_id in recorded):
                rows.append((a.member_id, a.name, recorded[a.member_id].choice if a.member_id in recorded else "none"))
        chosen = self.votes_table.currentIndex()
        keep_row = self._vote_row_next if self._vote_row_next is not None else chosen.row()
        self._vote_row_next = None
        self.votes_model.set_rows(rows, not finalized and decision is None)
        if 0 <= keep_row < len(rows):  # the member being voted for stays chosen across the reload
            self.votes_table.setCurrentIndex(self.votes_model.index(keep_row, VotesModel.CHOICE_COLUMN))
        if not rows and decision is None:
            self.vote_hint.setText(self.tr("No voting member is recorded as present yet: record attendance first, "
                                           "or enter the votes as tallies."))
        else:
            self.vote_hint.setText(self._vote_hint_text())
        key = (item.id, decision.id if decision else None, decision.outcome if decision else None,
               decision.rationale if decision else None, item.recommendation, item.recommended_outcome, finalized,
               decision.public_summary if decision else None)
        if key != self._form_key:
            self._form_key = key
            self.rec_outcome.setCurrentIndex(max(0, self.rec_outcome.findData(item.recommended_outcome)))
            self.rec_text.setPlainText(item.recommendation)
            if decision is not None:
                self.outcome.setCurrentIndex(max(0, self.outcome.findData(decision.outcome)))
                self.rationale.setPlainText(decision.rationale)
                self.published.setChecked(decision.published)
                self.public_summary.setText(decision.public_summary)
                self.follow_model.set_rows([
                    (f.action, f.owner_id, f.owner_name, date.fromisoformat(f.due_on) if f.due_on else None)
                    for f in decision.follow_ups])
                if decision.vote_mode == "tally":
                    self.tallies.setChecked(True)
                    for code, value in (("for", decision.votes_for), ("against", decision.votes_against),
                                        ("abstain", decision.votes_abstain)):
                        self.tally_spins[code].setValue(value)
            else:
                self.outcome.setCurrentIndex(max(0, self.outcome.findData(item.recommended_outcome)))
                self.rationale.setPlainText("")
                self.published.setChecked(False)
                self.public_summary.setText("")
                self.follow_model.set_rows([])
                self.per_member.setChecked(True)
                for spin in self.tally_spins.values():
                    spin.setValue(0)
        can_edit = not finalized
        self.rec_outcome.setEnabled(can_edit)
        self.rec_text.setReadOnly(not can_edit)
        self.rec_save.setEnabled(can_edit)
        self.outcome.setEnabled(can_edit)
        self.rationale.setReadOnly(not can_edit)
        self.fu_inputs.setVisible(can_edit and decision is None)
        self.per_member.setEnabled(can_edit)
        self.tallies.setEnabled(can_edit)
        for spin in self.tally_spins.values():
            spin.setEnabled(can_edit)
        self.record_button.setVisible(decision is None and item.kind == "case")
        self.record_button.setEnabled(can_edit)
        self.save_button.setVisible(decision is not None and can_edit)
        self.amend_button.setVisible(decision is not None and finalized)
        can_appeal = (decision is not None and item.case_status in ("decided", "monitoring")
                      and decision.appealed_at is None and self.today() <= appeal_deadline(
                          date.fromisoformat(decision.decided_on)))
        self.appeal_button.setVisible(can_appeal)
        self.decision_state.setText(self._decision_state(item))

    def _decision_state(self, item: mq.AgendaItemRow) -> str:
        e = html.escape
        d = item.decision
        if d is None:
            if self.quorum is not None and not self.quorum.met:
                text_4 = self.tr("No quorum yet: a decision cannot be recorded.")
                return f"<span style='color:{BAD}'>{e(text_4)}</span>"
            return ""
        lines = [f"<b style='color:{GOOD}'>" + e(self.tr("Decided on {0}: {1}").format(
            _d(d.decided_on), Outcome(d.outcome).label(self.lang))) + "</b>"]
        lines.append(e(self.tr("Votes: {0} for, {1} against, {2} abstaining, {3} recused").format(
            d.votes_for, d.votes_against, d.votes_abstain, d.votes_recused)))
        if d.is_amendment:
            lines.append(e(self.tr("This is an amendment of an earlier decision of this meeting.")))
        earlier = [x for x in item.decisions if x.amended_by]
        for x in earlier:
            lines.append("<span style='color:#7d838a'>" + e(self.tr("Earlier version, amended: {0} — {1}").format(
                Outcome(x.outcome).label(self.lang), x.rationale[:120])) + "</span>")
        if d.appealed_at is not None:
            lines.append(f"<span style='color:{BAD}'>" + e(self.tr("Appealed: the case went back to a meeting.")) +
                         "</span>")
        if d.conflicted:
            lines.append(f"<span style='color:{BAD}'>" + e(self.tr("Conflicting changes to the outcome await a "
                                                                   "resolution.")) + "</span>")
        return "<br>".join(lines)

    # --- acting ------------------------------------------------------------------------------

    def _act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service call; a person's mistake is explained, never a crash."""
        try:
            result = fn(*args, **kwargs)
        except UserError as exc:
            plain_text.warning(self, self.tr("Not done"), refusal_text(exc))
            return None
        self.reload()
        return result if result is not None else True

    def new_meeting(self) -> None:
        dialog = MeetingDialog(self.members, None, self.ws.identity.member_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        meeting_id = self._act(svc.create_meeting, self.ws, v["title"], v["day"], v["place"], v["chair"],
                               v["secretary"])
        if meeting_id:
            self.meeting_id = meeting_id
            self.reload()

    def edit_meeting(self) -> None:
        if self.detail is None:
            return
        dialog = MeetingDialog(self.members, self.detail.meeting, self.ws.identity.member_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._act(svc.update_meeting, self.ws, self.detail.meeting.id, title=v["title"], day=v["day"],
                  place=v["place"], chair=v["chair"], secretary=v["secretary"])

    def finalize(self) -> None:
        if self.detail is None:
            return
        undecided = sum(1 for i in self.detail.agenda if i.decision is None and i.kind == "case")
        text = self.tr("Finalize “{0}”? Its decisions become read-only; later changes are amendments.").format(
            self.detail.meeting.title)
        if undecided:
            text += "\n\n" + self.tr("{0} agenda item(s) have no decision.").format(undecided)
        if plain_text.question(self, self.tr("Finalize the meeting"), text) != QMessageBox.StandardButton.Yes:
            return
        self._act(svc.finalize, self.ws, self.detail.meeting.id)

    def add_selected_ready(self) -> None:
        ids = [i.data(ID_ROLE) for i in self.ready_list.selectionModel().selectedIndexes()]
        if ids:
            self._drop_cases(ids, len(self.agenda_model.items))

    def _drop_cases(self, case_ids: list[str], row: int) -> None:
        if self.meeting_id is None:
            return
        try:
            added = []
            for case_id in case_ids:
                item = self._with_reply_reason(lambda reason, c=case_id: svc.add_to_agenda(
                    self.ws, self.meeting_id or "", c, skip_reply_reason=reason))
                if item is None:
                    break  # the person chose not to give a reason: the rest wait too
                added.append(item)
            order = [i.id for i in self.agenda_model.items]
            for n, item in enumerate(added):
                order.insert(min(row + n, len(order)), item)
            svc.reorder_agenda(self.ws, self.meeting_id, order)
        except UserError as exc:
            plain_text.warning(self, self.tr("Not done"), refusal_text(exc))
        self.reload()

    def _move_item(self, item_id: str, to_row: int) -> None:
        self._act(svc.move_agenda_item, self.ws, item_id, to_row)

    def _step_item(self, delta: int) -> None:
        ids = [i.id for i in self.agenda_model.items]
        if self.item_id in ids:
            self._move_item(self.item_id, max(0, ids.index(self.item_id) + delta))

    def remove_item(self) -> None:
        if self.item_id is not None:
            self._act(svc.remove_from_agenda, self.ws, self.item_id)

    def _set_attendance(self, member_id: str, status: str) -> None:
        if self.meeting_id is not None:
            # Deferred: the model is mid-edit when it asks.
            QTimer.singleShot(0, lambda: self._act(svc.set_attendance, self.ws, self.meeting_id, member_id, status))

    def mark_all_present(self) -> None:
        if self.detail is None:
            return
        for a in self.detail.attendance:
            if a.voting and a.status != "present" and not self._act(
                    svc.set_attendance, self.ws, self.detail.meeting.id, a.member_id, "present"):
                return

    def _set_vote(self, member_id: str, choice: str) -> None:
        if self.item_id is None:
            return
        item_id = self.item_id
        if choice == "recused":
            job = lambda: self._act(svc.recuse, self.ws, item_id, member_id)  # noqa: E731
        else:
            current = dict((r[0], r[2]) for r in self.votes_model.rows).get(member_id)
            if current == "recused":
                def job() -> Any:
                    if choice == "none":
                        return self._act(svc.recuse, self.ws, item_id, member_id, False)
                    ok = self._act(svc.recuse, self.ws, item_id, member_id, False)
                    return ok and self._act(svc.cast_vote, self.ws, item_id, member_id, choice)
            else:
                job = lambda: self._act(svc.cast_vote, self.ws, item_id, member_id, choice)  # noqa: E731
        QTimer.singleShot(0, job)

    def _vote_hint_text(self) -> str:
        return self.tr("Members present vote; a member with a conflict of interest is recused and cannot vote on "
                       "this item. Keys: ↑ ↓ choose a member, 1 for, 2 against, 3 abstain, 4 recused, 0 clear; "
                       "a click or Space opens the list.")

    def _vote_clicked(self, index: QModelIndex) -> None:
        if index.column() == VotesModel.CHOICE_COLUMN and self.votes_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.votes_table.edit(index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.votes_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            row = self.votes_table.currentIndex().row()
            if 0 <= row < self.votes_model.rowCount() and self.votes_model.editable:
                choice = VOTE_KEYS.get(Qt.Key(event.key()))
                if choice is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                    self.votes_model.setData(self.votes_model.index(row, VotesModel.CHOICE_COLUMN), choice)
                    following = min(row + 1, self.votes_model.rowCount() - 1)
                    self._vote_row_next = following
                    self.votes_table.setCurrentIndex(self.votes_model.index(following, VotesModel.CHOICE_COLUMN))
                    return True
                if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.votes_table.edit(self.votes_model.index(row, VotesModel.CHOICE_COLUMN))
                    return True
        return super().eventFilter(obj, event)

    def _vote_mode_changed(self) -> None:
        self.votes_table.setVisible(self.per_member.isChecked())
        self.vote_hint.setVisible(self.per_member.isChecked())
        self.tally_box.setVisible(self.tallies.isChecked())

    def save_recommendation(self) -> None:
        if self.item_id is None:
            return
        code = self.rec_outcome.currentData()
        self._act(svc.recommend, self.ws, self.item_id, self.rec_text.toPlainText(), Outcome(code) if code else None)

    def add_follow_up(self) -> None:
        action = " ".join(self.fu_action.text().split())
        if not action:
            plain_text.warning(self, self.tr("Not done"), self.tr("Describe the follow-up action first."))
            return
        self.follow_model.add((action, self.fu_owner.currentData(),
                               self.fu_owner.currentText() if self.fu_owner.currentData() else "",
                               pydate(self.fu_due.date())))
        self.fu_action.clear()

    def _votes(self) -> dict[str, int] | None:
        if self.tallies.isChecked():
            return {code: spin.value() for code, spin in self.tally_spins.items()}
        return None

    def record_decision(self) -> None:
        item = self.current_item()
        if item is None or item.case_id is None or self.meeting_id is None:
            return
        if not self._votes_complete():
            return
        follow_ups = [svc.FollowUpInput(a, owner, due) for a, owner, _, due in self.follow_model.rows]
        meeting_id, case_id = self.meeting_id, item.case_id
        outcome, rationale, votes = Outcome(self.outcome.currentData()), self.rationale.toPlainText(), self._votes()
        published, summary = self.published.isChecked(), self.public_summary.text()
        try:
            decision = self._with_reply_reason(lambda reason: svc.record_decision(
                self.ws, meeting_id, case_id, outcome, rationale, votes, published, follow_ups, summary,
                skip_reply_reason=reason))
        except UserError as exc:
            plain_text.warning(self, self.tr("Not done"), refusal_text(exc))
            return
        self.reload()
        if decision:
            self.statusBar().showMessage(self.tr("Decision recorded for {0}").format(item.ref), 5000)

    def _with_reply_reason(self, call: Callable[[str], Any]) -> Any:
        """Run ``call``; when the influencer was not asked for a reply (the right of reply), ask for
        the reason for skipping it and run it again with that reason. ``None`` if the person declines."""
        try:
            return call("")
        except svc.ReplyNotAsked as exc:
            reason = self.ask_skip_reply_reason(refusal_text(exc))
            if not reason:
                return None
            return call(reason)

    def _ask_skip_reply_reason(self, refusal: str) -> str | None:
        dialog = TextDialog(self, self.tr("Right of reply"), refusal + "\n\n" + self.tr(
            "To go on without the reply, record why it is skipped (the case's history keeps it):"),
            presets=[self.tr("The influencer could not be reached"),
                     self.tr("The influencer already explained in writing"),
                     self.tr("The content is still online and harms the public")])
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _votes_complete(self) -> bool:
        """Members present who have not voted are named before a decision is recorded without them."""
        if self.tallies.isChecked():
            return True
        silent = [name for _, name, choice in self.votes_model.rows if choice == "none"]
        if not silent:
            return True
        return self.confirm_unvoted(silent)

    def _confirm_unvoted(self, names: list[str]) -> bool:
        answer = plain_text.question(
            self, self.tr("Record decision"),
            self.tr("%n member(s) present have not voted: {0}. Record the decision without their votes?", "",
                    len(names)).format(", ".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return bool(answer == QMessageBox.StandardButton.Yes)

    def save_decision(self) -> None:
        item = self.current_item()
        if item is None or item.decision is None:
            return
        votes = self._votes()
        self._act(svc.update_decision, self.ws, item.decision.id, outcome=Outcome(self.outcome.currentData()),
                  rationale=self.rationale.toPlainText(), votes=votes, recount=votes is None)

    def _public_summary_edited(self) -> None:
        """The public summary may change at any time, like publication (after finalization too)."""
        item = self.current_item()
        if item is None or item.decision is None:
            return
        if " ".join(self.public_summary.text().split()) != item.decision.public_summary:
            self._act(svc.set_public_summary, self.ws, item.decision.id, self.public_summary.text())

    def _published_clicked(self, checked: bool) -> None:
        item = self.current_item()
        if item is not None and item.decision is not None:
            self._act(svc.set_published, self.ws, item.decision.id, checked)

    def amend(self) -> None:
        item = self.current_item()
        if item is None or item.decision is None:
            return
        dialog = AmendDialog(self.lang, item.decision.outcome, item.ref, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._act(svc.amend_decision, self.ws, item.decision.id, Outcome(dialog.outcome.currentData()),
                  dialog.rationale.toPlainText())

    def appeal(self) -> None:
        item = self.current_item()
        if item is None or item.decision is None or item.case_id is None:
            return
        dialog = AppealDialog(item.ref, appeal_deadline(date.fromisoformat(item.decision.decided_on)), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = self._act(svc.appeal, self.ws, item.case_id, dialog.reason.toPlainText())
        if isinstance(result, svc.Appeal):
            if result.meeting_id:
                text = self.tr("The appeal was recorded and {0} is on the next meeting's agenda.").format(result.ref)
            else:
                text = self.tr("The appeal was recorded; {0} waits for the next meeting to be created.").format(
                    result.ref)
            plain_text.information(self, self.tr("Appeal"), text)

    def save_minutes(self) -> None:
        if self.meeting_id is not None:
            self._act(svc.update_meeting, self.ws, self.meeting_id, minutes=self.minutes.toPlainText())

    def copy_summary(self) -> None:
        text = self.minutes.toPlainText().rstrip()
        self.minutes.setPlainText((text + "\n\n" if text else "") + self.summary.toPlainText())

    # --- exporting ---------------------------------------------------------------------------

    def choose_export(self) -> None:
        if self.detail is None:
            return
        m = self.detail.meeting
        from moderator_app.services import exports

        suggested = str(Path.home() / exports.decisions_file_name(self.ws, m.id, self.lang))
        path = ask_save_path(self, self.tr("Export the meeting to Excel"), suggested,
                             self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_meeting_to(path)

    def choose_minutes(self) -> None:
        if self.detail is None:
            return
        m = self.detail.meeting
        suggested = str(Path.home() / (f"bien-ban-hop-{m.date}.pdf" if self.lang == "vi" else f"minutes-{m.date}.pdf"))
        path = ask_save_path(self, self.tr("Print the minutes"), suggested, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.write_minutes(path)

    def write_minutes(self, path: Path) -> Path | None:
        """The minutes of the meeting shown, as a PDF to sign (the administrative layout)."""
        if self.meeting_id is None:
            return None
        from moderator_app.services.minutes import issue_minutes, minutes_document

        from ..minutes_pdf import render_minutes_pdf

        try:
            minutes = minutes_document(self.ws, self.meeting_id, self.lang)
            pdf, _pages = render_minutes_pdf(minutes)
            issue_minutes(self.ws, minutes, pdf, path)
        except UserError as exc:
            plain_text.warning(self, self.tr("Not saved"), refusal_text(exc))
            return None
        self.statusBar().showMessage(self.tr("Saved {0}").format(str(path)), 8000)
        return path

    def today(self) -> date:
        """Today in Vietnam by the workspace clock: the committee's day, not this computer's."""
        return local_date(self.ws.clock.wall())

    def choose_register_export(self) -> None:
        chosen = ask_save_path(self, self.tr("Export the credibility register"),
                               str(Path.home() / f"register-{self.today().isoformat()}.xlsx"),
                               self.tr("Excel workbooks (*.xlsx)"))
        if chosen is not None:
            path = chosen
            from moderator_app.services import exports  # openpyxl: loaded when a workbook is written

            self._run_export(lambda progress: exports.export_register(self.ws, path, self.lang, None, progress), path)

    def export_meeting_to(self, path: Path) -> ExportTask | None:
        if self.meeting_id is None:
            return None
        meeting_id = self.meeting_id
        from moderator_app.services import exports  # openpyxl: loaded when a workbook is written

        return self._run_export(
            lambda progress: exports.export_decisions(self.ws, meeting_id, path, self.lang, progress), path)

    def _run_export(self, job: Callable[[Any], object], path: Path) -> ExportTask:
        task = ExportTask(job, path)
        dialog = QProgressDialog(as_text(self.tr("Writing {0}…").format(path.name)), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        def finished(written: str) -> None:
            dialog.close()
            self.statusBar().showMessage(self.tr("Wrote {0}").format(written), 8000)

        def failed(message: str) -> None:
            dialog.close()
            plain_text.warning(self, self.tr("Export failed"), message or self.tr(
                "The export failed because of a bug; the details are in the log file of the data folder."))

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(dialog.close)
        self.export_task = task
        self.pool.start(task)
        return task

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._share_agenda_room)

    def _share_agenda_room(self) -> None:
        """The decision panel gets the room its form needs (or most of it on a small screen); the
        ready list and the agenda share the rest."""
        total = self.agenda_splitter.width()
        item = max(total * 55 // 100, min(self.item_panel.minimumSizeHint().width() + 24, total - 360))
        rest = max(total - item, 0)
        self.agenda_splitter.setSizes([rest * 45 // 100, rest - rest * 45 // 100, item])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
        self.pool.waitForDone(10_000)
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)


def select_agenda_row(window: MeetingsWindow, row: int) -> None:
    """Select an agenda item by its row (tests and keyboard helpers)."""
    index: QModelIndex = window.agenda_model.index(row)
    window.agenda_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
