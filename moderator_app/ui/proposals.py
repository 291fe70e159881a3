"""Suspension proposals: influencers who reached the trigger (3 decisions of level 2 or above
within 90 days) and whose suspension no meeting has considered yet. From here a proposal goes
on a meeting's agenda."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

from moderator_app.services import credibility
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store.database import raw_connection

from .background import Loader
from .coalesce import Coalesced
from .detail_common import BAND_COLORS, MUTED, number, show_error
from .plain_text import plain_label
from .profile_dialogs import ChooseMeetingDialog
from .rows_model import Column, RowsModel, current_row, refill, table_view
from .window_size import fit_resize


class ProposalsWindow(QMainWindow):
    profileRequested = Signal(str)

    def __init__(self, ws: Workspace, lang: str, as_of: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.fixed_as_of = as_of
        self.choose_meeting: Callable[[list[Q.OpenMeeting], str], str | None] = self._choose_meeting
        self.loader = Loader(self._loaded, lambda exc: show_error(self, exc), self)
        self.setWindowTitle(self.tr("Suspension proposals"))
        fit_resize(self, 900, 440)
        intro = plain_label(self.tr(
            "These influencers received 3 decisions of level 2 or above within 90 days. The application proposes "
            "that the next meeting consider suspending them. Put a proposal on a meeting's agenda to take it up."))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED}")
        self.model: RowsModel[credibility.Proposal] = RowsModel([
            Column(self.tr("Influencer"), lambda p: p.name),
            Column(self.tr("Reached on"), lambda p: p.reached_on.strftime("%d/%m/%Y"), sort_key=lambda p: p.reached_on),
            Column(self.tr("Score"), lambda p: number(p.score, self.lang), align_right=True,
                   color=lambda p: BAND_COLORS[p.band], sort_key=lambda p: p.score),
            Column(self.tr("Band"), lambda p: p.band.label(self.lang), color=lambda p: BAND_COLORS[p.band]),
            Column(self.tr("Decisions"), lambda p: ", ".join(p.case_refs)),
        ], self)
        self.table = table_view(self.model, self.tr("Suspension proposals"), sortable=True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_profile())
        self.empty = plain_label(self.tr("No suspension is waiting for a meeting."))
        self.empty.setStyleSheet(f"color: {MUTED}")
        open_button = QPushButton(self.tr("Open profile"))
        open_button.clicked.connect(self.open_profile)
        self.agenda_button = QPushButton(self.tr("Put on a meeting agenda…"))
        self.agenda_button.clicked.connect(self.put_on_agenda)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(open_button)
        buttons.addWidget(self.agenda_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        # Events → one reload for a burst of them (a sync brings many).
        self._on_events = Coalesced(self, self.reload)
        self.reload()
        ws.subscribe(self._on_events)

    @property
    def as_of(self) -> date:
        return self.fixed_as_of or credibility.today(self.ws)

    def reload(self) -> None:
        ws, as_of = self.ws, self.as_of

        def work() -> list[credibility.Proposal]:
            with ws.db.read() as conn:
                return credibility.pending_proposals(raw_connection(conn), as_of)

        self.loader.start(work)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _loaded(self, proposals: list[credibility.Proposal]) -> None:
        refill(self.table, proposals, max_width=260)
        self.empty.setVisible(not proposals)
        self.agenda_button.setEnabled(bool(proposals))
        if proposals and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def open_profile(self) -> None:
        p = current_row(self.table)
        if p is not None:
            self.profileRequested.emit(p.influencer_id)

    def put_on_agenda(self) -> bool:
        p = current_row(self.table)
        if p is None:
            return False
        with self.ws.db.read() as conn:
            meetings = Q.open_meetings(raw_connection(conn), max(self.as_of, p.reached_on).isoformat())
        meeting_id = self.choose_meeting(meetings, p.name)
        if meeting_id is None:
            return False
        try:
            credibility.propose_suspension(self.ws, meeting_id, p.influencer_id, self.as_of)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def _choose_meeting(self, meetings: list[Q.OpenMeeting], name: str) -> str | None:
        dialog = ChooseMeetingDialog(meetings, name, self)
        return dialog.meeting_id() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)
