"""Takedown requests followed to the end: the case window's tab, and the window of every request.

Each row is a request sent to a platform: when and how, its deadline (24 or 48 hours), the
platform's answer (or "overdue" once the deadline passed with none), the hours it took, the
latest re-check with what is due (a re-check 7 or 30 days after a removal, content back online)
and the letter it went with. Selecting one shows its addresses and every re-check; a re-check's
screenshot, like the letter's PDF, opens in the evidence viewer. The window of every request
writes the rows it shows to a workbook or a CSV file (``exports.takedowns``), the list a secretary
sends a platform. Recording goes through the
dialogs of ``takedown_dialogs``; members whose role does not record something find its button
disabled, saying why. See docs/takedowns.md.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain import takedowns as rules
from moderator_app.domain.clock import date_text
from moderator_app.domain.documents import number_symbol
from moderator_app.domain.enums import Platform, Role
from moderator_app.domain.errors import NotFound
from moderator_app.domain.permissions import allowed_roles
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import takedown_queries as tq
from moderator_app.store.database import raw_connection
from moderator_app.store.evidence_queries import case_evidence
from moderator_app.store.queries import member_names

from .coalesce import Coalesced
from .detail_common import MUTED, WARNING, local_datetime, number, show_error
from .flow_layout import FlowLayout
from .plain_text import ElidedLabel, as_text, plain_label
from .rows_model import Column, ModelIndex, RowsModel, current_row, refill, table_view
from .save_dialog import ask_save_path
from .takedown_dialogs import AnswerDialog, RecheckDialog, RequestDialog, letter_text, service_abbreviation
from .window_size import fit_resize

LATE_COLOR = "#8a4b00"
ALL = ""
KINDS = rules.WAITING  # what ``show_only`` narrows the list to
REFRESH_MS = 60_000  # a request falls overdue with the clock, not with an event


@dataclass(frozen=True, slots=True)
class _Read:
    views: list[service.TakedownView]
    letters: dict[str, tq.LetterRef]
    names: dict[str, str]
    abbreviation: str
    role: Role


class _Model(RowsModel[service.TakedownView]):
    """Rows of requests; an overdue request's state is set in bold as well as in red."""

    state_column = -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.state_column
                and 0 <= index.row() < len(self.rows) and self.rows[index.row()].overdue):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class TakedownsPanel(QWidget):
    """The requests of one case (``case_id``), or of every case (None: with a Case column, filters
    and "Open case")."""

    caseRequested = Signal(str)  # a case id
    evidenceRequested = Signal(str, str)  # (case id, evidence id): a screenshot or a letter's PDF
    reloaded = Signal()
    statusMessage = Signal(str)  # what was done (a file written), for the window's status bar

    def __init__(self, ws: Workspace, lang: str, case_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id = case_id
        self.read: _Read | None = None
        self.all_views: list[service.TakedownView] = []
        # How a dialog is run; tests replace it to fill the dialog in and accept it.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        # Where the export goes (None: not exported); tests replace it to answer for the person.
        self.ask_path: Callable[[], Path | None] = self._ask_path
        self._build()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(lambda: self.reload() if self.isVisible() else None)
        self._timer.start()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        everything = self.case_id is None
        columns: list[Column[service.TakedownView]] = []
        if everything:
            columns.append(Column(self.tr("Case"), lambda v: v.ref))
        columns += [
            Column(self.tr("Platform"), lambda v: Platform(v.platform).label(self.lang)),
            Column(self.tr("Sent"), self._sent_text, sort_key=lambda v: v.sent_at, tooltip=self._sent_tooltip),
            Column(self.tr("Deadline"), self._deadline_text, sort_key=lambda v: v.due_at,
                   tooltip=self._deadline_tooltip),
            Column(self.tr("State"), self._state_text, color=self._state_color, tooltip=self._state_tooltip,
                   sort_key=lambda v: (not v.overdue, v.result or "", v.sent_at)),
            Column(self.tr("Re-checks"), self._rechecks_text, color=self._rechecks_color,
                   tooltip=self._rechecks_tooltip,
                   sort_key=lambda v: (v.back_online, v.recheck_due or 0, v.rechecks[-1].at if v.rechecks else 0)),
            Column(self.tr("Letter"), self._letter_text, tooltip=self._letter_tooltip),
        ]
        # The widest a column starts in the case's tab, where they share the room (its tooltip holds
        # it whole); the window of every request has room for them.
        first = 1 if everything else 0
        self.caps = {} if everything else {4: 190}
        self.model = _Model(columns, self)
        self.model.state_column = first + 3
        self.table = table_view(self.model, self.tr("Takedown requests"), sortable=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
        if everything:
            self.table.doubleClicked.connect(lambda _i: self.open_case())
        else:
            # In the case's tab the state gives way (its tooltip holds it whole), never the letter
            # behind a scroll bar.
            header = self.table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(self.model.state_column, QHeaderView.ResizeMode.Stretch)

        self.empty = plain_label(
            self.tr("No takedown request recorded for this case yet. A request sent to a platform (by e-mail, "
                    "its reporting form or an official letter) is recorded here with its deadline, the platform's "
                    "answer and the re-checks of the content.") if not everything
            else self.tr("No takedown request matches."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}")

        self.new_button = QPushButton(self.tr("&New request…"))
        self.new_button.clicked.connect(lambda *_a: self.new_request())
        self.answer_button = QPushButton(self.tr("Record &answer…"))
        self.answer_button.clicked.connect(self.record_answer)
        self.recheck_button = QPushButton(self.tr("&Re-check…"))
        self.recheck_button.clicked.connect(self.recheck)
        self.letter_button = QPushButton(self.tr("Open the &letter"))
        self.letter_button.setToolTip(self.tr("The letter the request went with, in the evidence viewer"))
        self.letter_button.clicked.connect(self.open_letter)
        self.case_button = QPushButton(self.tr("&Open case"))
        self.case_button.clicked.connect(self.open_case)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Write the requests shown (the platform and the requests chosen above) "
                                              "to an Excel workbook or a CSV file, to send the platform or keep"))
        self.export_button.clicked.connect(lambda *_a: self.export_shown())
        self.export_button.setVisible(everything)  # a case's few requests are in its printed file
        self.counts = ElidedLabel()  # gives way to the buttons rather than narrowing the case's summary
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counts.setStyleSheet(f"color: {MUTED}")
        buttons = QHBoxLayout()
        if everything:
            buttons.addWidget(self.case_button)
        else:
            buttons.addWidget(self.new_button)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.recheck_button)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.counts, 1)
        self.new_button.setVisible(not everything)
        self.case_button.setVisible(everything)

        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(self.tr("Platform"))
        self.platform_filter.addItem(self.tr("All platforms"), ALL)
        for p in Platform:
            self.platform_filter.addItem(p.label(self.lang), p.value)
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Show"))
        self.show_filter.addItem(self.tr("All requests"), ALL)
        self.show_filter.addItem(self.tr("Overdue only"), "overdue")
        self.show_filter.addItem(rules.label(rules.BACK_ONLINE, self.lang), "back_online")
        self.show_filter.addItem(self.tr("Re-check due"), "recheck_due")
        self.platform_filter.currentIndexChanged.connect(lambda _i: self._show())
        self.show_filter.currentIndexChanged.connect(lambda _i: self._show())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        if everything:
            filters = QWidget()
            bar = FlowLayout(filters, spacing=8)
            platform_label = plain_label(self.tr("&Platform:"))
            platform_label.setBuddy(self.platform_filter)
            show_label = plain_label(self.tr("&Show:"))
            show_label.setBuddy(self.show_filter)
            for widget in (platform_label, self.platform_filter, show_label, self.show_filter, self.export_button):
                bar.addWidget(widget)
            top_layout.addWidget(filters)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Selected request"))
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.rechecks_model: RowsModel[service.RecheckView] = RowsModel([
            Column(self.tr("Checked"), lambda r: local_datetime(r.at), sort_key=lambda r: r.at),
            Column(self.tr("Content"), lambda r: rules.label(rules.STILL_UP if r.still_up else rules.GONE, self.lang),
                   color=lambda r: WARNING if r.still_up else None),
            Column(self.tr("Screenshot"), self._evidence_text),
        ], self)
        self.rechecks_table = table_view(self.rechecks_model, self.tr("Re-checks of the selected request"))
        self.rechecks_table.doubleClicked.connect(lambda _i: self.open_evidence())
        self.rechecks_table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_evidence_button())
        self.rechecks_title = plain_label(self.tr("Re-checks"))
        self.evidence_button = QPushButton(self.tr("Open the &screenshot"))
        self.evidence_button.clicked.connect(self.open_evidence)
        checks = QWidget()
        checks_layout = QVBoxLayout(checks)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        checks_layout.addWidget(self.rechecks_title)
        checks_layout.addWidget(self.rechecks_table, 1)
        evidence_row = QHBoxLayout()
        evidence_row.addStretch(1)
        evidence_row.addWidget(self.evidence_button)
        checks_layout.addLayout(evidence_row)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        lower.addWidget(self.details)
        lower.addWidget(checks)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        if self.case_id is not None:
            layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self._evidence_names: dict[str, str] = {}

    # --- what a row shows -----------------------------------------------------------------------

    # The table keeps to moments, so its six columns fit beside the case's summary; how it was sent
    # and the deadline's basis are in the tooltips and the details below.
    def _sent_text(self, v: service.TakedownView) -> str:
        return local_datetime(v.sent_at)

    def _sent_tooltip(self, v: service.TakedownView) -> str:
        return f"{local_datetime(v.sent_at)} · {rules.Channel(v.via).label(self.lang)}"

    def _deadline_text(self, v: service.TakedownView) -> str:
        return local_datetime(v.due_at)

    def _deadline_tooltip(self, v: service.TakedownView) -> str:
        return (self.tr("24 hours after sending: the case was urgent when the request was sent") if v.urgent
                else self.tr("48 hours after sending"))

    def _state_text(self, v: service.TakedownView, hours: bool = True) -> str:
        """"Overdue", "Awaiting an answer", or the answer, "answered late", and the hours it took."""
        text = rules.state_label(v.result, v.overdue, v.late, v.asked_again_in is not None, self.lang,
                                 self._hours_text(v) if hours else "")
        if v.conflicted:
            text += " · " + self.tr("conflict")
        return text

    def _state_color(self, v: service.TakedownView) -> str | None:
        if v.overdue or v.conflicted:
            return WARNING
        return LATE_COLOR if v.late else None

    def _state_tooltip(self, v: service.TakedownView) -> str:
        lines = [self._state_text(v)]
        if v.answered_at is not None:
            lines.append(self.tr("Answered {0}").format(local_datetime(v.answered_at)))
        if v.hours_to_answer is not None:
            lines.append(self.tr("Hours to answer: {0}").format(number(v.hours_to_answer, self.lang)))
        if v.reason:
            lines.append(v.reason)
        if v.asked_again_in is not None:
            lines.append(self.tr("The same content was asked for again by a later request: that one is followed "
                                 "now."))
        if v.conflicted:
            lines.append(self.tr("Members recorded different answers: record the answer again to settle it."))
        return "\n".join(lines)

    def _hours_text(self, v: service.TakedownView) -> str:
        if v.hours_to_answer is None:
            return ""
        return self.tr("{0} h").format(number(v.hours_to_answer, self.lang))

    def _seen_text(self, r: service.RecheckView) -> str:
        return rules.found_label(r.still_up, self.lang)

    def _rechecks_text(self, v: service.TakedownView) -> str:
        """What is due first (content back online, a re-check), else what the latest re-check found."""
        last = max(v.rechecks, key=lambda r: (r.at, r.id)) if v.rechecks else None
        if v.back_online and last is not None:
            return f"{date_text(last.at)}: {rules.label(rules.BACK_ONLINE, self.lang).lower()}"
        if v.recheck_due is not None:
            return self.tr("re-check due ({0} days)").format(v.recheck_due)
        return "" if last is None else rules.seen_on(last.at, last.still_up, self.lang)

    def _rechecks_tooltip(self, v: service.TakedownView) -> str:
        lines = [f"{local_datetime(r.at)}: {self._seen_text(r)}" for r in v.rechecks]
        if v.recheck_due is not None:
            lines.append(self.tr("re-check due ({0} days)").format(v.recheck_due))
        return "\n".join(lines) or self.tr("No re-check yet")

    def _rechecks_color(self, v: service.TakedownView) -> str | None:
        if v.back_online:
            return WARNING
        return LATE_COLOR if v.recheck_due is not None else None

    def _letter(self, v: service.TakedownView) -> tq.LetterRef | None:
        if v.letter_id is None or self.read is None:
            return None
        return self.read.letters.get(v.letter_id)

    def _letter_text(self, v: service.TakedownView) -> str:
        """The letter's number ("3/CV-BTGS"), or its day for one written before letters were numbered."""
        letter = self._letter(v)
        if letter is None or self.read is None:
            return "" if v.letter_id is None else v.letter_id
        return (number_symbol(letter.seq, letter.series, self.read.abbreviation)
                if letter.seq is not None and letter.series is not None else date_text(letter.sent_at))

    def _letter_tooltip(self, v: service.TakedownView) -> str:
        if v.letter_id is None or self.read is None:
            if v.via == rules.Channel.LETTER.value:  # an official letter written outside the application
                return self.tr("No letter of the register linked")
            return self.tr("Sent without a letter")
        return letter_text(self._letter(v), self.read.abbreviation) or v.letter_id

    def _evidence_text(self, r: service.RecheckView) -> str:
        if r.evidence_id is None:
            return ""
        return self._evidence_names.get(r.evidence_id) or self.tr("removed")

    # --- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the requests again (a case's few, or every one: the store's own indexed list)."""
        try:
            views = service.list_takedowns(self.ws, case_ref=self.case_id)
        except NotFound:  # the case is no longer in the store: nothing to list
            views = []
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            letters = tq.letter_refs(raw, [v.letter_id for v in views if v.letter_id])
            names = member_names(raw)
        self.read = _Read(views, letters, names, service_abbreviation(self.ws), self.ws.role())
        self.all_views = views
        self._show()
        self.reloaded.emit()

    def _show(self) -> None:
        if self.read is None:
            return
        keep = current_row(self.table)
        views = self.all_views
        platform = self.platform_filter.currentData()
        kind = self.show_filter.currentData()
        if self.case_id is None:
            views = [v for v in views if (not platform or v.platform == platform) and service.waits(v, kind)]
        refill(self.table, views, max_width=260 if self.case_id is not None else 320)
        for column, cap in self.caps.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        if self.case_id is not None:
            last = self.model.columnCount() - 1
            self.table.resizeColumnToContents(last)
        self.empty.setVisible(not views)
        self.export_button.setEnabled(bool(views))
        if views:
            index = next((i for i, v in enumerate(self.model.rows) if keep is not None and v.id == keep.id), 0)
            self.table.selectRow(index)
        everyone = self.all_views
        # What waits, and only that: nothing when every request is settled.
        overdue = sum(v.overdue for v in everyone)
        back = sum(v.back_online for v in everyone)
        due = sum(v.recheck_due is not None for v in everyone)
        parts = ([self.tr("Overdue: {0}").format(overdue)] if overdue else []) + (
            [self.tr("Back online: {0}").format(back)] if back else []) + (
            [self.tr("Re-checks due: {0}").format(due)] if due else [])
        self.counts.setText(" · ".join(parts))
        self.counts.setToolTip(as_text(self.counts.text()))
        self._selection_changed()

    def count(self) -> int:
        """The requests listed (the case's, for its tab's title)."""
        return len(self.all_views)

    def show_only(self, kind: str | None) -> None:
        """List only the requests overdue, with content back online, or with a re-check due (None: all)."""
        if kind not in (None, *KINDS):
            raise ValueError(f"unknown kind {kind!r}: expected one of {KINDS}")
        self.show_filter.setCurrentIndex(max(0, self.show_filter.findData(kind or ALL)))

    def select(self, takedown_id: str) -> bool:
        """Select a request by its id (when it is listed)."""
        index = next((i for i, v in enumerate(self.model.rows) if v.id == takedown_id), None)
        if index is None:
            return False
        self.table.selectRow(index)
        return True

    # --- the selected request -------------------------------------------------------------------

    def current(self) -> service.TakedownView | None:
        return current_row(self.table)

    def _can(self, event_type: str) -> bool:
        return self.read is not None and self.read.role in allowed_roles(event_type)

    def _selection_changed(self) -> None:
        v = self.current()
        self._update_buttons(v)
        self._fill_details(v)

    def _update_buttons(self, v: service.TakedownView | None) -> None:
        role = self.read.role.label(self.lang) if self.read is not None else ""
        chase = self.tr("Recorded by the chair, the secretary or a reviewer; your role is {0}.").format(role)
        look = self.tr("Recorded by every member but observers; your role is {0}.").format(role)
        none = self.tr("Select a request first.")
        may_request = self._can("takedown.requested")
        self.new_button.setEnabled(may_request and self.case_id is not None)
        self.new_button.setToolTip(as_text("" if may_request else chase))
        may_answer = self._can("takedown.answered")
        self.answer_button.setEnabled(may_answer and v is not None)
        self.answer_button.setToolTip(as_text(chase if not may_answer else none if v is None else ""))
        may_look = self._can("takedown.rechecked")
        self.recheck_button.setEnabled(may_look and v is not None)
        self.recheck_button.setToolTip(as_text(look if not may_look else none if v is None else ""))
        letter = self._letter(v) if v is not None else None
        self.letter_button.setEnabled(letter is not None and letter.evidence_id is not None)
        self.case_button.setEnabled(v is not None)

    def _fill_details(self, v: service.TakedownView | None) -> None:
        self._evidence_names = {}
        if v is None or self.read is None:
            self.details.setHtml("")
            refill(self.rechecks_table, [])
            self._update_evidence_button()
            return
        if any(r.evidence_id for r in v.rechecks):
            with self.ws.db.read() as conn:
                self._evidence_names = {e.id: e.name or e.url for e in case_evidence(raw_connection(conn), v.case_id)}
        e = html.escape
        names = self.read.names
        via = rules.Channel(v.via).label(self.lang)
        sent = " · ".join(part for part in (local_datetime(v.sent_at), via, names.get(v.requested_by, "")) if part)
        rows = [(self.tr("Sent"), sent),
                (self.tr("Deadline"), f"{local_datetime(v.due_at)} — {self._deadline_tooltip(v)}")]
        answer = self._state_text(v, hours=False)
        if v.answered_at is not None:
            answer += " · " + local_datetime(v.answered_at)
            who = names.get(v.answered_by or "", "")
            if who:
                answer += f" · {who}"
        rows.append((self.tr("Answer"), answer))
        if v.hours_to_answer is not None:
            rows.append((self.tr("Hours to answer"), self._hours_text(v)))
        if v.reason:
            rows.append((self.tr("Reason given"), v.reason))
        rows.append((self.tr("Letter"), self._letter_tooltip(v)))
        answer_colour = self._state_color(v)
        cells = []
        for k, val in rows:
            style = f" style='color:{answer_colour}'" if k == self.tr("Answer") and answer_colour else ""
            cells.append(f"<tr><td style='color:{MUTED}; padding-right:10px'>{e(k)}</td><td{style}>{e(val)}</td></tr>")
        table = "".join(cells)
        addresses = "".join(f"<li>{e(url)}</li>" for url in v.urls)
        heading = f"{Platform(v.platform).label(self.lang)} · {v.ref}"
        title = self.tr("Content addresses")
        self.details.setHtml(f"<h3>{e(heading)}</h3><table>{table}</table>"
                             f"<p><b>{e(title)}</b></p><ul style='margin-top:0'>{addresses}</ul>")
        checks = sorted(v.rechecks, key=lambda r: (r.at, r.id), reverse=True)
        refill(self.rechecks_table, checks, max_width=200)
        flags = []
        if v.back_online:
            flags.append(rules.label(rules.BACK_ONLINE, self.lang))
        if v.recheck_due is not None:
            flags.append(self.tr("re-check due ({0} days)").format(v.recheck_due))
        self.rechecks_title.setText(" · ".join([self.tr("Re-checks ({0})").format(len(checks)), *flags]))
        self.rechecks_title.setStyleSheet(f"color: {WARNING}" if v.back_online else "")
        if checks:
            self.rechecks_table.selectRow(0)
        self._update_evidence_button()

    def _update_evidence_button(self) -> None:
        check: service.RecheckView | None = current_row(self.rechecks_table)
        self.evidence_button.setEnabled(check is not None and check.evidence_id is not None)

    # --- actions --------------------------------------------------------------------------------

    def _after(self, view: service.TakedownView | None) -> None:
        self.reload()
        if view is not None:
            self.select(view.id)

    def new_request(self, platform: str | None = None, letter_id: str | None = None) -> None:
        """Record a request sent about this case (the case's own panel only)."""
        if self.case_id is None:
            return
        try:
            dialog = RequestDialog(self.ws, self.lang, self.case_id, platform, letter_id, self)
        except Exception as exc:
            show_error(self, exc)
            return
        if self.run_dialog(dialog):
            self._after(dialog.view)

    def record_answer(self) -> None:
        v = self.current()
        if v is None:
            return
        dialog = AnswerDialog(self.ws, self.lang, v, self)
        if self.run_dialog(dialog):
            self._after(dialog.view)

    def recheck(self) -> None:
        v = self.current()
        if v is None:
            return
        dialog = RecheckDialog(self.ws, self.lang, v, self)
        if self.run_dialog(dialog):
            self._after(dialog.view)

    def open_letter(self) -> None:
        v = self.current()
        letter = self._letter(v) if v is not None else None
        if letter is not None and letter.evidence_id is not None:
            self.evidenceRequested.emit(letter.case_id, letter.evidence_id)

    def open_evidence(self) -> None:
        v = self.current()
        check: service.RecheckView | None = current_row(self.rechecks_table)
        if v is not None and check is not None and check.evidence_id is not None:
            self.evidenceRequested.emit(v.case_id, check.evidence_id)

    def open_case(self) -> None:
        v = self.current()
        if v is not None:
            self.caseRequested.emit(v.case_id)

    def _filters(self) -> tuple[str | None, str | None]:
        """(platform, kind) the list is narrowed to; None for every one."""
        return self.platform_filter.currentData() or None, self.show_filter.currentData() or None

    def _ask_path(self) -> Path | None:
        from moderator_app.exports import takedowns as export  # openpyxl: loaded when a file is written

        platform, kind = self._filters()
        suggested = Path.home() / export.file_name(self.lang, self.ws.clock.wall(), platform, kind)
        return ask_save_path(self, self.tr("Export the requests shown"), str(suggested),
                             self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"))

    def export_shown(self) -> Path | None:
        """Write the requests shown (after the platform and "show" filters, in the table's order) to
        a workbook or a CSV file; the window of every request only. Returns the file written."""
        if self.case_id is not None:
            return None
        rows = list(self.model.rows)
        path = self.ask_path()
        if path is None:
            return None
        from moderator_app.exports import takedowns as export

        platform, kind = self._filters()
        try:
            count = export.write_takedowns(rows, path, self.lang, scope=export.scope_text(self.lang, platform, kind),
                                           now_ms=self.ws.clock.wall())
        except Exception as exc:
            show_error(self, exc)
            return None
        self.statusMessage.emit(self.tr("Wrote %n request(s) to {0}", "", count).format(str(path)))
        return path


class TakedownsWindow(QMainWindow):
    """Every takedown request, the latest sent first, with filters by platform and by what is due."""

    caseRequested = Signal(str)
    evidenceRequested = Signal(str, str)

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.setWindowTitle(self.tr("Takedown requests"))
        self.panel = TakedownsPanel(ws, lang, None, self)
        self.panel.caseRequested.connect(self.caseRequested)
        self.panel.evidenceRequested.connect(self.evidenceRequested)
        self.panel.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.setCentralWidget(self.panel)
        fit_resize(self, 1200, 720)
        # Events → one reload for a burst of them (a sync brings many).
        self._on_events = Coalesced(self, self.panel.reload)
        self.panel.reload()
        ws.subscribe(self._on_events)

    def show_only(self, kind: str | None) -> None:
        """Preselect "overdue", "back_online" or "recheck_due" (None: every request)."""
        self.panel.show_only(kind)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)
