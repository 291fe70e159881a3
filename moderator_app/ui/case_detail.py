"""The case window: everything about one case, its summary editable in place, and its history.

Every edit goes through the services (one action, one transaction of events); the window then
reloads from the store when the events land, so what it shows is always what the log says.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Source, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.permissions import allowed_roles
from moderator_app.domain.sla import TRACK_LABELS, TRACKS
from moderator_app.domain.workflow import NEEDS_REASON, allowed_next
from moderator_app.services import cases as case_service
from moderator_app.services import credibility
from moderator_app.services.case_file import CaseFile, Deadline, load_case_file
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.case_queries import AnnotationRow, CaseDecision, RelatedCase
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import EvidenceRow, ReportRow

from . import case_pdf, plain_text
from .case_indicators import CaseIndicatorsPanel
from .case_takedowns import TakedownsPanel
from .detail_common import (
    MUTED,
    WARNING,
    conflict_field,
    iso_day,
    local_datetime,
    local_day,
    show_error,
    size_text,
)
from .evidence.attach import Attacher
from .formatting import sla_text, sla_tooltip
from .history_view import HistoryView
from .i18n import refusal_text
from .icons import TOOLBAR_ICON_SIZE, action_icon
from .keys import portable_key
from .plain_text import as_text, plain_label, rich_label
from .profile_dialogs import CorrectionDialog, CorrectionInput
from .rows_model import Column, RowsModel, current_row, refill, table_view
from .save_dialog import ask_save_path
from .wheel_guard import guard_wheel
from .window_size import fit_resize

UNASSIGNED = "__none__"


def _now_ms() -> int:
    return int(time.time() * 1000)


class CaseDetailWindow(QMainWindow):
    """One case. ``open_evidence`` is where the evidence viewer plugs in."""

    caseRequested = Signal(str)  # a related case was opened
    influencerRequested = Signal(str)  # the influencer's profile was asked for
    evidenceRequested = Signal(str, str)  # (case id, evidence id) to show in the evidence viewer

    def __init__(self, ws: Workspace, lang: str, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id = case_id
        self.file: CaseFile | None = None
        self.track: str | None = None
        self._loading = False
        self._reload_pending = False
        # Questions asked of the person; tests replace them.
        self.ask_reason: Callable[[Status], str | None] = self._ask_reason
        self.ask_pdf_path: Callable[[], Path | None] = self._ask_pdf_path
        self.ask_correction: Callable[[CaseDecision], CorrectionInput | None] = self._ask_correction
        self.confirm_discard_comment: Callable[[], bool] = self._confirm_discard_comment
        fit_resize(self, 1320, 800)
        self._build()
        guard_wheel(self)
        self.reload()
        ws.subscribe(self._on_events)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = rich_label()
        self.heading.setWordWrap(True)
        self.banner = plain_label()
        self.banner.setStyleSheet(f"color: {WARNING}")
        self.banner.setWordWrap(True)

        summary = QGroupBox(self.tr("Summary"))
        form = QFormLayout(summary)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Case title"))
        self.title_edit.editingFinished.connect(self._save_title)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.activated.connect(lambda _i: self._change_status())
        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName(self.tr("Priority"))
        for p in Priority:
            self.priority_combo.addItem(p.label(self.lang), p.value)
        self.priority_combo.activated.connect(lambda _i: self._change_priority())
        self.urgent_check = QCheckBox(self.tr("Urgent: request removal within 24 hours"))
        self.urgent_check.setAccessibleName(self.tr("Urgent"))
        self.urgent_check.toggled.connect(self._change_urgent)
        # A countdown of the case's own (DOMAIN.md): a removal request within 48 hours after a
        # well-founded complaint, or an informal resolution in 28 days.
        self.track_combo = QComboBox()
        self.track_combo.setAccessibleName(self.tr("Track"))
        self.track_combo.addItem(self.tr("Normal path"), None)
        for code in TRACKS:
            self.track_combo.addItem(TRACK_LABELS[code][1 if self.lang == "en" else 0], code)
        self.track_combo.setToolTip(self.tr("Starts a countdown of its own, counted in hours (holidays included)"))
        self.track_combo.activated.connect(lambda _i: self._change_track())
        self.assignee_combo = QComboBox()
        self.assignee_combo.setAccessibleName(self.tr("Assignee"))
        self.assignee_combo.activated.connect(lambda _i: self._change_assignee())
        self.influencer_button = QPushButton()
        self.influencer_button.setFlat(True)
        self.influencer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.influencer_button.setStyleSheet("text-align: left; color: #2462a6; text-decoration: underline; "
                                             "padding: 0")
        self.influencer_button.setAccessibleName(self.tr("Open the influencer's profile"))
        self.influencer_button.clicked.connect(self._open_influencer)
        self.facts: dict[str, QLabel] = {}
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Priority"), self.priority_combo)
        form.addRow("", self.urgent_check)
        form.addRow(self.tr("Track"), self.track_combo)
        form.addRow(self.tr("Assignee"), self.assignee_combo)
        form.addRow(self.tr("Influencer"), self.influencer_button)
        for key, label in (
            ("platform", self.tr("Platform")),
            ("category", self.tr("Category")),
            ("opened", self.tr("Opened")),
            ("activity", self.tr("Last activity")),
            ("deadline", self.tr("Deadline")),
            ("merged", self.tr("Merged")),
        ):
            value = plain_label()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            form.addRow(label, value)
        summary.setMinimumWidth(340)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self._build_reports_tab()
        self._build_evidence_tab()
        self._build_notes_tab()
        self._build_annotations_tab()
        self._build_related_tab()
        self.indicators_panel = CaseIndicatorsPanel(self.ws, self.lang, self)
        self.indicators_panel.caseRequested.connect(self.caseRequested.emit)
        self.tabs.addTab(self.indicators_panel, "")
        self._build_deadlines_tab()
        self._build_decisions_tab()
        self.takedowns_panel = TakedownsPanel(self.ws, self.lang, self.case_id, self)
        self.takedowns_panel.evidenceRequested.connect(self.evidenceRequested.emit)
        self.tabs.addTab(self.takedowns_panel, "")
        self.history = HistoryView(self.ws.identity.device_id, self.lang)
        self.tabs.addTab(self.history, self.tr("History"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(summary)
        left_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 940])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Case"))
        bar.setObjectName("case_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(TOOLBAR_ICON_SIZE, TOOLBAR_ICON_SIZE))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        refresh = QAction(action_icon("refresh"), self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        self.pdf_action = QAction(action_icon("export-pdf"), self.tr("Export PDF…"), self)
        self.pdf_action.setShortcut(portable_key("Ctrl+E"))
        self.pdf_action.triggered.connect(self._export_pdf_clicked)
        print_action = QAction(action_icon("print"), self.tr("Print…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_case)
        profile = QAction(action_icon("influencer"), self.tr("Influencer profile"), self)
        profile.triggered.connect(self._open_influencer)
        from .letters.hooks import letter_action

        self.letter_action = letter_action(self, self.ws, self.lang,
                                           lambda: self.file.detail.case.ref if self.file else None)
        self.takedown_action = QAction(action_icon("takedown"), self.tr("Request &takedown…"), self)
        self.takedown_action.setToolTip(self.tr("Record a takedown request sent to a platform about this case's "
                                                "content"))
        self.takedown_action.triggered.connect(self.request_takedown)
        for action in (refresh, self.pdf_action, print_action, profile, self.letter_action, self.takedown_action):
            bar.addAction(action)
        close = QAction(self.tr("Close"), self)
        close.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close),
                            portable_key("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addAction(close)  # Esc and Ctrl+W close the case window, as they close a document's

    def _build_reports_tab(self) -> None:
        self.reports_model: RowsModel[ReportRow] = RowsModel([
            Column(self.tr("Received"), lambda r: local_datetime(r.received_at), sort_key=lambda r: r.received_at),
            Column(self.tr("Source"), lambda r: Source(r.source).label(self.lang)),
            Column(self.tr("Platform"), lambda r: Platform(r.platform).label(self.lang)),
            Column(self.tr("Account"), lambda r: r.handle),
            Column(self.tr("Category"), lambda r: Category(r.category).label(self.lang)),
            Column(self.tr("Description"), lambda r: " ".join(r.description.split())),
        ], self)
        self.reports_table = table_view(self.reports_model, self.tr("Reports"), sortable=True)
        self.report_text = QTextBrowser()
        self.report_text.setOpenExternalLinks(False)
        self.report_text.setAccessibleName(self.tr("Selected report"))
        self.reports_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_report())
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(self.reports_table)
        page.addWidget(self.report_text)
        page.setSizes([300, 200])
        self.tabs.addTab(page, "")

    def _build_evidence_tab(self) -> None:
        self.evidence_model: RowsModel[EvidenceRow] = RowsModel([
            Column(self.tr("Item"), lambda e: e.name or e.url, tooltip=lambda e: e.note or (e.name or e.url)),
            Column(self.tr("Type"), lambda e: e.mime or (self.tr("Link") if e.kind == "link" else e.kind)),
            Column(self.tr("Size"), lambda e: size_text(e.size), align_right=True,
                   sort_key=lambda e: e.size or 0),
            Column(self.tr("Added"), lambda e: local_datetime(e.added_at), sort_key=lambda e: e.added_at),
            Column(self.tr("SHA-256"), lambda e: (e.sha256 or "")[:16], tooltip=lambda e: e.sha256 or ""),
        ], self)
        self.evidence_table = table_view(self.evidence_model, self.tr("Evidence"), sortable=True)
        self.evidence_table.doubleClicked.connect(lambda _i: self._open_current_evidence())
        self.open_evidence_button = QPushButton(self.tr("Open in the evidence viewer"))
        self.open_evidence_button.clicked.connect(self._open_current_evidence)
        self.attach_evidence_button = QPushButton(self.tr("Attach evidence…"))
        self.attach_evidence_button.setToolTip(self.tr("Add files to this case"))
        self.attach_evidence_button.clicked.connect(self._attach_evidence)
        self.attacher = Attacher(self.ws, self)
        self.attacher.failed.connect(lambda message: plain_text.warning(self, self.tr("Not attached"), message))
        self.evidence_table.selectionModel().selectionChanged.connect(lambda *_: self._update_evidence_buttons())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.evidence_table)
        row = QHBoxLayout()
        row.addWidget(self.attach_evidence_button)
        row.addStretch(1)
        row.addWidget(self.open_evidence_button)
        layout.addLayout(row)
        self.tabs.addTab(page, "")

    def _build_notes_tab(self) -> None:
        self.notes_view = QTextBrowser()
        self.notes_view.setAccessibleName(self.tr("Notes and comments"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Write a comment for the committee… (Ctrl+Enter to add)"))
        self.note_edit.setAccessibleName(self.tr("New comment"))
        self.note_edit.setMaximumHeight(90)
        self.add_note_button = QPushButton(self.tr("Add comment"))
        self.add_note_button.clicked.connect(self.add_note)
        shortcut = QAction(self.note_edit)
        shortcut.setShortcut(portable_key("Ctrl+Return"))
        shortcut.triggered.connect(self.add_note)
        self.note_edit.addAction(shortcut)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.notes_view, 1)
        layout.addWidget(self.note_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_note_button)
        layout.addLayout(row)
        self.tabs.addTab(page, "")

    def _build_annotations_tab(self) -> None:
        self.annotations_model: RowsModel[AnnotationRow] = RowsModel([
            Column(self.tr("Evidence"), lambda a: a.evidence_name),
            Column(self.tr("Mark"), lambda a: a.label or a.kind),
            Column(self.tr("By"), lambda a: a.author_name),
            Column(self.tr("Updated"), lambda a: local_datetime(a.updated_at), sort_key=lambda a: a.updated_at),
            Column(self.tr("Comment"), lambda a: " ".join(a.comment.split()), tooltip=lambda a: a.comment),
        ], self)
        self.annotations_table = table_view(self.annotations_model, self.tr("Annotations"), sortable=True)
        self.annotations_table.doubleClicked.connect(lambda _i: self._open_annotated_evidence())
        self.tabs.addTab(self.annotations_table, "")

    def _reason_text(self, rc: RelatedCase) -> str:
        names = {"url": self.tr("same URL"), "evidence": self.tr("same evidence file"),
                 "image": self.tr("similar image"), "indicator": self.tr("shared indicators"),
                 "influencer": self.tr("same influencer")}
        parts = []
        for r in rc.reasons:
            if r == "indicator" and rc.shared:
                shown = [display for _kind, display in rc.shared[:3]]
                more = len(rc.shared) - len(shown)
                parts.append(self.tr("same {0}").format(", ".join(shown)) + (f" (+{more})" if more > 0 else ""))
            else:
                parts.append(names[r])
        return ", ".join(parts)

    def _reason_tooltip(self, rc: RelatedCase) -> str:
        from moderator_app.domain.indicators import Kind

        lines = [self._reason_text(rc)]
        lines += [f"{Kind(kind).label(self.lang)}: {display}" for kind, display in rc.shared]
        return "\n".join(lines)

    def _build_related_tab(self) -> None:
        self.related_model: RowsModel[RelatedCase] = RowsModel([
            Column(self.tr("Case"), lambda r: r.case.ref),
            Column(self.tr("Why"), self._reason_text, tooltip=self._reason_tooltip),
            Column(self.tr("Status"), lambda r: Status(r.case.status).label(self.lang)),
            Column(self.tr("Opened"), lambda r: local_day(r.case.opened_at),
                   sort_key=lambda r: r.case.opened_at),
            Column(self.tr("Category"), lambda r: Category(r.case.category).label(self.lang)),
            Column(self.tr("Title"), lambda r: r.case.title),
        ], self)
        self.related_table = table_view(self.related_model, self.tr("Related cases"), sortable=True)
        self.related_table.doubleClicked.connect(lambda _i: self._open_related())
        self.tabs.addTab(self.related_table, "")

    def _deadline_state(self, d: Deadline) -> str:
        if d.done:
            return self.tr("Done")
        left = d.due_ms - _now_ms()
        return self.tr("Overdue") if left < 0 else self.tr("Open")

    def _build_deadlines_tab(self) -> None:
        self.deadlines_model: RowsModel[Deadline] = RowsModel([
            Column(self.tr("Deadline"), lambda d: d.label(self.lang) + (f": {d.detail}" if d.detail else "")),
            Column(self.tr("Due"), lambda d: local_datetime(d.due_ms), sort_key=lambda d: d.due_ms),
            Column(self.tr("State"), self._deadline_state,
                   color=lambda d: WARNING if not d.done and d.due_ms < _now_ms() else None),
        ], self)
        self.deadlines_table = table_view(self.deadlines_model, self.tr("Deadlines"))
        self.tabs.addTab(self.deadlines_table, "")

    def _build_decisions_tab(self) -> None:
        self.decisions_model: RowsModel[CaseDecision] = RowsModel([
            Column(self.tr("Date"), lambda d: iso_day(d.decided_on), sort_key=lambda d: d.decided_on),
            Column(self.tr("Meeting"), lambda d: d.meeting_title),
            Column(self.tr("Outcome"), lambda d: Outcome(d.outcome).label(self.lang)),
            Column(self.tr("For / against / abstain"), lambda d: f"{d.votes_for} / {d.votes_against} / "
                   f"{d.votes_abstain}"),
            Column(self.tr("Published"), lambda d: self.tr("yes") if d.published else ""),
            Column(self.tr("Remedied"), lambda d: iso_day(d.corrected_on)),
        ], self)
        self.decisions_table = table_view(self.decisions_model, self.tr("Decisions"))
        self.decisions_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_decision())
        self.decision_text = QTextBrowser()
        self.decision_text.setAccessibleName(self.tr("Selected decision"))
        self.correction_button = QPushButton(self.tr("Record completed correction…"))
        self.correction_button.clicked.connect(self.record_correction)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.decision_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.correction_button)
        lower_layout.addLayout(row)
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(self.decisions_table)
        page.addWidget(lower)
        page.setSizes([220, 280])
        self.tabs.addTab(page, "")

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again from the store (a few indexed queries: fast enough to do here)."""
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            self.file = load_case_file(raw, self.case_id, _now_ms())
            members = queries.members(raw)
            track = raw.execute("SELECT track FROM cases WHERE id = ?", (self.case_id,)).fetchone()
        self.track = track[0] if track else None
        if self.file is None:
            self.heading.setText(html.escape(self.tr("This case no longer exists.")))
            return
        self._loading = True
        try:
            self._fill(self.file, members)
        finally:
            self._loading = False

    def _fill(self, cf: CaseFile, members: list[queries.MemberRow]) -> None:
        c = cf.detail.case
        e = html.escape
        lang = self.lang
        self.setWindowTitle(self.tr("Case {0} — {1}").format(c.ref, c.title))
        urgent_word = self.tr("URGENT")
        self.heading.setText(
            f"<span style='font-size:17pt; font-weight:600'>{e(c.ref)}</span>&nbsp;&nbsp;"
            f"<span style='font-size:12pt'>{e(c.title)}</span>"
            + (f"&nbsp;&nbsp;<span style='color:{WARNING}; font-weight:600'>{e(urgent_word)}</span>"
               if c.urgent else "")
        )
        warnings = []
        if cf.detail.conflicts:
            warnings.append(self.tr("Conflicting changes to resolve: {0}").format(
                ", ".join(conflict_field(f) for f in cf.detail.conflicts)))
        if c.merged_into:
            warnings.append(self.tr("This case was merged into {0}.").format(cf.refs.get(c.merged_into,
                                                                                         c.merged_into)))
        self.banner.setText(" ".join(warnings))
        self.banner.setVisible(bool(warnings))
        if not self.title_edit.hasFocus():
            self.title_edit.setText(c.title)
            self.title_edit.setCursorPosition(0)
        status = Status(c.status)
        self.status_combo.clear()
        self.status_combo.addItem(status.label(lang), status.value)
        for s in allowed_next(status):
            self.status_combo.addItem(self.tr("→ {0}").format(s.label(lang)), s.value)
        self.status_combo.setCurrentIndex(0)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(Priority.from_level(c.priority).value))
        self.urgent_check.setChecked(c.urgent)
        self.track_combo.setCurrentIndex(max(0, self.track_combo.findData(self.track)))
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("Unassigned"), UNASSIGNED)
        for m in members:
            if m.active or m.id == c.assignee_id:
                self.assignee_combo.addItem(m.name, m.id)
        self.assignee_combo.setCurrentIndex(max(0, self.assignee_combo.findData(c.assignee_id or UNASSIGNED)))
        self.influencer_button.setText(c.influencer)
        now = _now_ms()
        self.facts["platform"].setText(Platform(c.platform).label(lang))
        self.facts["category"].setText(Category(c.category).label(lang))
        self.facts["opened"].setText(local_datetime(c.opened_at))
        self.facts["activity"].setText(local_datetime(c.last_activity_at))
        self.facts["deadline"].setText(sla_text(c, now, lang, long=True))
        self.facts["deadline"].setToolTip(as_text(sla_tooltip(c, now, lang)))
        merged = []
        if c.merged_into:
            merged.append(self.tr("into {0}").format(cf.refs.get(c.merged_into, c.merged_into)))
        if cf.detail.merged_from:
            merged.append(self.tr("from {0}").format(", ".join(cf.detail.merged_from)))
        self.facts["merged"].setText("; ".join(merged) or "—")

        d = cf.detail
        refill(self.reports_table, d.reports)
        refill(self.evidence_table, d.evidence)
        self._update_evidence_buttons()
        refill(self.annotations_table, cf.annotations)
        refill(self.related_table, cf.related, max_width=260)
        self.indicators_panel.show_case(c.id, c.ref, cf.indicators)
        refill(self.deadlines_table, cf.deadlines, max_width=420)
        refill(self.decisions_table, cf.decisions)
        self.takedowns_panel.reload()
        self._update_takedown_action()
        self._fill_notes(cf)
        self.history.set_entries(d.history, cf.names, {**cf.refs, c.influencer_id: c.influencer})
        titles = (
            self.tr("Reports ({0})").format(len(d.reports)),
            self.tr("Evidence ({0})").format(len(d.evidence)),
            self.tr("Notes ({0})").format(len(d.notes)),
            self.tr("Annotations ({0})").format(len(cf.annotations)),
            self.tr("Related ({0})").format(len(cf.related)),
            self.tr("Indicators ({0})").format(len(cf.indicators)),
            self.tr("Deadlines ({0})").format(len(cf.deadlines)),
            self.tr("Decisions ({0})").format(len(cf.decisions)),
            self.tr("Takedowns ({0})").format(self.takedowns_panel.count()),
            self.tr("History"),  # every change of the case: a count would only grow
        )
        for i, title in enumerate(titles):
            # An empty tab goes without its "(0)": ten tabs then fit beside the summary at 1366 pixels.
            self.tabs.setTabText(i, title.removesuffix(" (0)"))
        if d.reports and not self.reports_table.currentIndex().isValid():
            self.reports_table.selectRow(0)
        self._show_report()
        if cf.decisions and not self.decisions_table.currentIndex().isValid():
            self.decisions_table.selectRow(len(cf.decisions) - 1)
        self._show_decision()

    def _fill_notes(self, cf: CaseFile) -> None:
        e = html.escape
        notes = cf.detail.notes
        if not notes:
            text_1 = self.tr("No notes or comments yet.")
            self.notes_view.setHtml(f"<p style='color:{MUTED}'>{e(text_1)}</p>")
            return
        parts = []
        for n in notes:
            who = n.author_name or n.author_id
            parts.append(
                f"<p style='margin-bottom:10px'><b>{e(who)}</b> <span style='color:{MUTED}'>· "
                f"{e(local_datetime(n.created_at))}</span><br>{e(n.body).replace(chr(10), '<br>')}</p>"
            )
        self.notes_view.setHtml("".join(parts))
        bar = self.notes_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _show_report(self) -> None:
        r = current_row(self.reports_table)
        if r is None:
            self.report_text.setHtml("")
            return
        e = html.escape
        rows = [
            (self.tr("Received"), local_datetime(r.received_at)),
            (self.tr("Seen"), local_datetime(r.seen_at) if r.seen_at else "—"),
            (self.tr("Source"), Source(r.source).label(self.lang)),
            (self.tr("Reporter's contact (private)"), r.reporter or "—"),
            (self.tr("URL"), r.url or "—"),
            (self.tr("Attachments"), ", ".join(
                [ev.name for ev in self.evidence_model.rows if ev.report_id == r.id] + list(r.attachments)) or "—"),
        ]
        table = "".join(f"<tr><td style='color:{MUTED}; padding-right:10px'>{e(k)}</td><td>{e(v)}</td></tr>"
                        for k, v in rows)
        self.report_text.setHtml(f"<p>{e(r.description).replace(chr(10), '<br>')}</p><table>{table}</table>")

    def _show_decision(self) -> None:
        d = current_row(self.decisions_table)
        self.correction_button.setEnabled(d is not None and Outcome(d.outcome).level >= 1)
        if self.file is None:
            return
        e = html.escape
        parts = []
        if d is not None:
            parts.append(f"<h3>{e(Outcome(d.outcome).label(self.lang))} · {e(iso_day(d.decided_on))}</h3>")
            parts.append(f"<p>{e(d.rationale).replace(chr(10), '<br>')}</p>")
            if d.corrected_on:
                text_2 = self.tr("Remedied on {0}").format(iso_day(d.corrected_on))
                parts.append(f"<p>{e(text_2)}</p>")
            if d.follow_ups:
                text_3 = self.tr("Follow-up actions")
                parts.append(f"<p><b>{e(text_3)}</b></p><ul>")
                for f in d.follow_ups:
                    due = iso_day(f.due_on)
                    state = self.tr("done") if f.done_at else ""
                    parts.append(f"<li>{e(f.action)} — {e(f.owner_name)} {e(due)} {e(state)}</li>")
                parts.append("</ul>")
        elif not self.file.decisions:
            text_4 = self.tr("No decision yet.")
            parts.append(f"<p style='color:{MUTED}'>{e(text_4)}</p>")
        if self.file.appeals:
            text_5 = self.tr("Appeals")
            parts.append(f"<p><b>{e(text_5)}</b></p><ul>")
            for a in self.file.appeals:
                change = f"{Status(a.from_status).label(self.lang)} → {Status(a.to_status).label(self.lang)}"
                reason = f" — {a.reason}" if a.reason else ""
                parts.append(f"<li>{e(local_datetime(a.at))} · {e(a.author_name)}: {e(change)}{e(reason)}</li>")
            parts.append("</ul>")
        self.decision_text.setHtml("".join(parts))

    # --- editing through the services -----------------------------------------------------

    def _apply(self, changes: case_service.CaseChanges) -> bool:
        if self.file is None:
            return False
        try:
            case_service.update_cases(self.ws, [self.file.detail.case.ref], changes)
        except Exception as exc:
            show_error(self, exc)
            self.reload()
            return False
        self.reload()
        return True

    def _save_title(self) -> None:
        if self._loading or self.file is None:
            return
        text = self.title_edit.text().strip()
        if text and text != self.file.detail.case.title:
            self._apply(case_service.CaseChanges(title=text))

    def _change_status(self) -> None:
        if self._loading or self.file is None:
            return
        status = Status(self.status_combo.currentData())
        if status.value == self.file.detail.case.status:
            return
        reason = None
        if status in NEEDS_REASON:
            reason = self.ask_reason(status)
            if not reason:
                self.reload()
                return
        self._apply(case_service.CaseChanges(status=status, reason=reason))

    def _change_priority(self) -> None:
        if not self._loading:
            self._apply(case_service.CaseChanges(priority=Priority(self.priority_combo.currentData())))

    def _change_track(self) -> None:
        if not self._loading:
            self._apply(case_service.CaseChanges(track=self.track_combo.currentData()))

    def _change_urgent(self, checked: bool) -> None:
        if not self._loading:
            self._apply(case_service.CaseChanges(urgent=checked))

    def _change_assignee(self) -> None:
        if self._loading:
            return
        value = self.assignee_combo.currentData()
        self._apply(case_service.CaseChanges(assignee=None if value == UNASSIGNED else value))

    def add_note(self) -> None:
        """Add the comment written below the thread."""
        text = self.note_edit.toPlainText().strip()
        if not text or self.file is None:
            return
        try:
            case_service.add_note(self.ws, self.file.detail.case.ref, text)
        except Exception as exc:
            show_error(self, exc)
            return
        self.note_edit.clear()
        self.reload()

    def record_correction(self) -> None:
        """Record that the influencer completed the correction the selected decision asked for."""
        decision = current_row(self.decisions_table)
        if decision is None or self.file is None:
            return
        value = self.ask_correction(decision)
        if value is None:
            return
        try:
            credibility.record_correction(self.ws, decision.id, value.corrected_on, value.note)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()

    def _ask_correction(self, decision: CaseDecision) -> CorrectionInput | None:
        assert self.file is not None
        dialog = CorrectionDialog(self.file.detail.case.ref, decision.decided_on, decision.corrected_on,
                                  credibility.today(self.ws), self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _ask_reason(self, status: Status) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Reason"), as_text(self.tr("Why is this case now “{0}”?").format(status.label(self.lang))))
        return text.strip() if ok and text.strip() else None

    # --- takedown requests --------------------------------------------------------------------

    def request_takedown(self) -> None:
        """Record a takedown request sent about this case, from its tab."""
        self.tabs.setCurrentWidget(self.takedowns_panel)
        self.takedowns_panel.new_request()

    def _update_takedown_action(self) -> None:
        allowed = self.ws.role() in allowed_roles("takedown.requested")
        self.takedown_action.setEnabled(allowed)
        self.takedown_action.setToolTip(
            self.tr("Record a takedown request sent to a platform about this case's content") if allowed
            else self.tr("Recorded by the chair, the secretary or a reviewer"))

    # --- opening other things ----------------------------------------------------------------

    def open_evidence(self, evidence_id: str) -> None:
        """Open one item of evidence in the evidence viewer (the viewer connects to
        ``evidenceRequested``)."""
        self.evidenceRequested.emit(self.case_id, evidence_id)

    def _open_current_evidence(self) -> None:
        row = current_row(self.evidence_table)
        if row is None and self.evidence_model.rows:
            row = self.evidence_model.rows[0]  # nothing chosen: the viewer opens on the first item
        if row is not None:
            self.open_evidence(row.id)

    def _update_evidence_buttons(self) -> None:
        has = bool(self.evidence_model.rows)
        self.open_evidence_button.setEnabled(has)
        self.open_evidence_button.setToolTip("" if has else self.tr("No evidence yet: attach files first"))

    def _attach_evidence(self) -> None:
        self.attacher.choose_and_attach(self, self.case_id)

    def _open_annotated_evidence(self) -> None:
        row = current_row(self.annotations_table)
        if row is not None:
            self.open_evidence(row.evidence_id)

    def _open_related(self) -> None:
        row = current_row(self.related_table)
        if row is not None:
            self.caseRequested.emit(row.case.id)

    def _open_influencer(self) -> None:
        if self.file is not None:
            self.influencerRequested.emit(self.file.detail.case.influencer_id)

    # --- the printed case file --------------------------------------------------------------

    def case_file_html(self) -> str:
        assert self.file is not None
        return case_pdf.case_file_html(self.file, self.lang, _now_ms())

    def export_pdf(self, path: Path) -> Path:
        """Save the case file as a PDF for the committee's records."""
        assert self.file is not None
        return case_pdf.write_pdf(self.case_file_html(), path, self.file.detail.case.ref)

    def _export_pdf_clicked(self) -> None:
        path = self.ask_pdf_path()
        if path is None:
            return
        try:
            self.export_pdf(path)
        except UserError as exc:
            plain_text.warning(self, self.tr("Not saved"), refusal_text(exc))
            return
        self.statusBar().showMessage(self.tr("Saved {0}").format(str(path)), 5000)

    def _ask_pdf_path(self) -> Path | None:
        ref = self.file.detail.case.ref if self.file else "case"
        return ask_save_path(self, self.tr("Export the case file"), f"{ref}.pdf", self.tr("PDF files (*.pdf)"))

    def print_case(self) -> None:
        if self.file is not None:
            case_pdf.print_with_dialog(self.case_file_html(), self.file.detail.case.ref, self)

    # --- staying current ------------------------------------------------------------------------

    def _on_events(self, events: list[object]) -> None:
        mine = any(getattr(ev, "case_id", None) == self.case_id or getattr(ev, "entity", None) == self.case_id
                   for ev in events)
        if mine and not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self._reload_now)

    def _reload_now(self) -> None:
        self._reload_pending = False
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.note_edit.toPlainText().strip() and not self.confirm_discard_comment():
            event.ignore()  # a comment being written is not lost to a stray Esc
            return
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)

    def _confirm_discard_comment(self) -> bool:
        answer = plain_text.question(
            self, self.tr("Close the case"),
            self.tr("The comment you are writing has not been added. Close the case and discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return bool(answer == QMessageBox.StandardButton.Discard)
