"""The register of influencers: every profile with its score, band and cases; search; open one.

Scores are computed for every profile (in the background: at a committee's scale that is tens
of thousands of profiles); sorting the list is a click on a column header.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Platform
from moderator_app.domain.score import Band
from moderator_app.services import credibility
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .background import Loader
from .coalesce import Coalesced
from .detail_common import BAND_COLORS, MUTED, WARNING, iso_day, number, show_error
from .plain_text import plain_label
from .rows_model import Column, RowsModel, current_row, refill, table_view
from .window_size import fit_resize

ALL = "__all__"
SEARCH_DELAY_MS = 200


def _score_order(e: credibility.RegisterEntry) -> tuple[bool, float]:
    """Scores in order, the not yet assessed apart after them (they have no score to rank)."""
    return (e.score is None, e.score or 0.0)


class InfluencerRegister(QMainWindow):
    profileRequested = Signal(str)
    proposalsRequested = Signal()

    def __init__(self, ws: Workspace, lang: str, as_of: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.fixed_as_of = as_of
        self.entries: list[credibility.RegisterEntry] = []
        self.loader = Loader(self._loaded, lambda exc: show_error(self, exc), self)
        self.setWindowTitle(self.tr("Influencer register"))
        fit_resize(self, 1100, 720)
        self._build()
        self.reload()
        # Events → one reload for a burst of them (a sync brings many).
        self._on_events = Coalesced(self, self.reload)
        ws.subscribe(self._on_events)

    @property
    def as_of(self) -> date:
        return self.fixed_as_of or credibility.today(self.ws)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or handle (no need for diacritics)"))
        self.search.setAccessibleName(self.tr("Search influencers"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.band = QComboBox()
        self.band.setAccessibleName(self.tr("Band"))
        self.band.addItem(self.tr("All bands"), ALL)
        for band in Band:
            self.band.addItem(band.label(self.lang), band.value)
        self.band.currentIndexChanged.connect(lambda _i: self.reload())
        self.proposals_button = QPushButton()
        self.proposals_button.setStyleSheet(f"color: {WARNING}")
        self.proposals_button.clicked.connect(self.proposalsRequested)
        self.proposals_button.setVisible(False)
        self.count = plain_label()
        self.count.setStyleSheet(f"color: {MUTED}")

        self.model: RowsModel[credibility.RegisterEntry] = RowsModel([
            Column(self.tr("Name"), lambda e: e.influencer.name, sort_key=lambda e: e.influencer.name_sort),
            Column(self.tr("Score"), lambda e: "—" if e.score is None else number(e.score, self.lang),
                   align_right=True, sort_key=_score_order, color=lambda e: BAND_COLORS[e.band]),
            Column(self.tr("Band"), lambda e: e.band.label(self.lang), color=lambda e: BAND_COLORS[e.band],
                   sort_key=_score_order),
            Column(self.tr("Cases"), lambda e: str(e.influencer.case_count), align_right=True,
                   sort_key=lambda e: e.influencer.case_count),
            Column(self.tr("Penalties"), lambda e: str(e.counting), align_right=True,
                   tooltip=lambda e: self.tr("Decisions whose penalty still counts: {0}").format(e.counting),
                   sort_key=lambda e: e.counting),
            Column(self.tr("Proposal"), lambda e: self.tr("suspension") if e.proposal else "",
                   tooltip=lambda e: self.tr("Suspension proposed by the trigger") if e.proposal else "",
                   color=lambda e: WARNING, sort_key=lambda e: e.proposal is None),
            Column(self.tr("Platforms"), lambda e: ", ".join(Platform(p).label(self.lang)
                                                            for p in e.influencer.platforms)),
            Column(self.tr("Agency"), lambda e: e.influencer.agency),
            Column(self.tr("Member since"), lambda e: iso_day(e.influencer.member_since),
                   sort_key=lambda e: e.influencer.member_since or ""),
        ], self)
        self.table = table_view(self.model, self.tr("Influencers"), sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_current)
        open_button = QPushButton(self.tr("Open profile"))
        open_button.clicked.connect(self.open_current)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(plain_label(self.tr("Band:")))
        top.addWidget(self.band)
        top.addWidget(self.proposals_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(open_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

    def reload(self) -> None:
        ws, as_of = self.ws, self.as_of
        band = None if self.band.currentData() in (None, ALL) else Band(self.band.currentData())
        search = self.search.text().strip() or None

        def work() -> tuple[list[credibility.RegisterEntry], int]:
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                entries = credibility.register(raw, as_of, band, "name", search)
                proposals = len(credibility.pending_proposals(raw, as_of))
            return entries, proposals

        self.count.setText(self.tr("Computing scores…"))
        self.loader.start(work)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _loaded(self, result: tuple[list[credibility.RegisterEntry], int]) -> None:
        self.entries, proposals = result
        selected = current_row(self.table)
        refill(self.table, self.entries, max_width=200)
        if selected is not None:
            for row, entry in enumerate(self.model.rows):
                if entry.influencer.id == selected.influencer.id:
                    self.table.selectRow(row)
        self.count.setText(self.tr("%n influencer(s) · scores as of {0}", "", len(self.entries))
                           .format(self.as_of.strftime("%d/%m/%Y")))
        self.proposals_button.setText(self.tr("%n suspension proposal(s)…", "", proposals))
        self.proposals_button.setVisible(proposals > 0)

    def open_current(self) -> None:
        entry = current_row(self.table)
        if entry is not None:
            self.profileRequested.emit(entry.influencer.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)
