"""Opening case, profile, register and proposal windows: one window per case or profile, raised
if it is already open, and links between them (a case's influencer, a profile's cases)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QWidget

from moderator_app.services import credibility
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .background import Loader
from .case_detail import CaseDetailWindow
from .detail_common import WARNING
from .evidence.viewer import EvidenceViewer
from .icons import action_icon
from .indicators_window import IndicatorsWindow
from .influencer_profile import ProfileWindow
from .influencer_register import InfluencerRegister
from .keys import portable_key
from .network_view import NetworkWindow
from .proposals import ProposalsWindow

PROPOSAL_EVENTS = ("decision.", "agenda.", "meeting.", "influencer.")
PROPOSALS_AFTER_START_MS = 1000


class DetailWindows(QObject):
    """Owns the detail windows of one main window."""

    evidenceRequested = Signal(str, str)  # (case id, evidence id), from any case window
    proposalsCounted = Signal(int)

    def __init__(self, ws: Workspace, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.cases: dict[str, CaseDetailWindow] = {}
        self.profiles: dict[str, ProfileWindow] = {}
        self.register: InfluencerRegister | None = None
        self.proposals: ProposalsWindow | None = None
        self.indicators: IndicatorsWindow | None = None
        self.networks: list[NetworkWindow] = []
        self.viewers: dict[str, EvidenceViewer] = {}
        self.proposal_count = 0
        self.proposals_counted = False
        # A failed count is logged by the loader; the notice simply stays as it was.
        self._counter = Loader(self._counted, lambda _exc: None, self)
        self._count_pending = False
        ws.subscribe(self._on_events)

    @staticmethod
    def _show(window: QMainWindow) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def open_case(self, case_id: str) -> CaseDetailWindow:
        window = self.cases.get(case_id)
        if window is None:
            window = CaseDetailWindow(self.ws, self.lang, case_id)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.caseRequested.connect(self.open_case)
            window.influencerRequested.connect(self.open_profile)
            window.evidenceRequested.connect(self.evidenceRequested)
            window.evidenceRequested.connect(self.open_evidence)
            window.indicators_panel.networkRequested.connect(lambda cid: self.open_network(seed_case=cid))
            window.destroyed.connect(lambda _o=None, key=case_id: self.cases.pop(key, None))
            self.cases[case_id] = window
        self._show(window)
        return window

    def open_evidence(self, case_id: str, evidence_id: str | None = None) -> EvidenceViewer:
        """The case's evidence viewer (one per case), showing ``evidence_id``."""
        viewer = self.viewers.get(case_id)
        if viewer is None:
            viewer = EvidenceViewer(self.ws, case_id, self.lang, evidence_id=evidence_id)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.destroyed.connect(lambda _o=None, key=case_id: self.viewers.pop(key, None))
            self.viewers[case_id] = viewer
        elif evidence_id is not None:
            viewer.select(evidence_id)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    def open_profile(self, influencer_id: str) -> ProfileWindow:
        window = self.profiles.get(influencer_id)
        if window is None:
            window = ProfileWindow(self.ws, self.lang, influencer_id)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.caseRequested.connect(self.open_case)
            window.profileRequested.connect(self.open_profile)
            window.destroyed.connect(lambda _o=None, key=influencer_id: self.profiles.pop(key, None))
            self.profiles[influencer_id] = window
        self._show(window)
        return window

    def open_register(self) -> InfluencerRegister:
        if self.register is None:
            window = InfluencerRegister(self.ws, self.lang)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.profileRequested.connect(self.open_profile)
            window.proposalsRequested.connect(self.open_proposals)
            window.destroyed.connect(lambda _o=None: setattr(self, "register", None))
            self.register = window
        self._show(self.register)
        return self.register

    def open_proposals(self) -> ProposalsWindow:
        if self.proposals is None:
            window = ProposalsWindow(self.ws, self.lang)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.profileRequested.connect(self.open_profile)
            window.destroyed.connect(lambda _o=None: setattr(self, "proposals", None))
            self.proposals = window
        self._show(self.proposals)
        return self.proposals

    def open_indicators(self) -> IndicatorsWindow:
        """The Indicators window: the most shared first, their cases, the network."""
        if self.indicators is None:
            window = IndicatorsWindow(self.ws, self.lang)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.caseRequested.connect(self.open_case)
            window.destroyed.connect(lambda _o=None: setattr(self, "indicators", None))
            self.indicators = window
        self._show(self.indicators)
        return self.indicators

    def open_network(self, seed_case: str | None = None, seed_indicator: str | None = None) -> NetworkWindow:
        """The network of a campaign around a case or an indicator (a window each: they are compared)."""
        window = NetworkWindow(self.ws, self.lang, seed_case=seed_case, seed_indicator=seed_indicator)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.caseRequested.connect(self.open_case)
        window.profileRequested.connect(self.open_profile)
        window.destroyed.connect(lambda _o=None, w=window: self.networks.remove(w) if w in self.networks else None)
        self.networks.append(window)
        self._show(window)
        return window

    def close_all(self) -> None:
        windows: list[QWidget | None] = [*self.cases.values(), *self.profiles.values(), *self.viewers.values(),
                                         self.register, self.proposals, self.indicators, *self.networks]
        for window in windows:
            if window is not None:
                window.close()
        self.ws.unsubscribe(self._on_events)

    # --- the count of pending proposals, for the main window's notice -------------------------

    def count_proposals(self) -> None:
        ws = self.ws

        def work() -> int:
            with ws.db.read() as conn:
                return len(credibility.pending_proposals(raw_connection(conn), credibility.today(ws)))

        self._counter.start(work)

    def _counted(self, count: int) -> None:
        self.proposal_count = count
        self.proposals_counted = True
        self.proposalsCounted.emit(count)

    def _on_events(self, events: list[object]) -> None:
        # Only decisions, agendas, meetings and profiles change who awaits a suspension proposal;
        # counting again after every triage step would cost seconds of a large workspace's time.
        if not any(str(getattr(ev, "type", "")).startswith(PROPOSAL_EVENTS) for ev in events):
            return
        if not self._count_pending:
            self._count_pending = True
            QTimer.singleShot(500, self._recount)

    def _recount(self) -> None:
        self._count_pending = False
        self.count_proposals()


class ProposalsNotice(QPushButton):
    """A flat status-bar button: "2 suspension proposals", hidden when there are none."""

    def __init__(self, windows: DetailWindows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setStyleSheet(f"color: {WARNING}; font-weight: 600")
        self.setAccessibleName(self.tr("Suspension proposals waiting for a meeting"))
        self.setVisible(False)
        self.clicked.connect(windows.open_proposals)
        windows.proposalsCounted.connect(self._show_count)

    def _show_count(self, count: int) -> None:
        self.setText(self.tr("⚑ %n suspension proposal(s)", "", count))
        self.setVisible(count > 0)


def install_menu(window: QMainWindow, windows: DetailWindows) -> None:
    """Add the Influencers menu and the proposals notice to the main window."""
    menu = QMenu(QCoreApplication.translate("DetailWindows", "&Influencers"), window)
    register = QAction(QCoreApplication.translate("DetailWindows", "Influencer &register…"), window)
    register.setIcon(action_icon("influencer"))
    register.setShortcut(portable_key("Ctrl+Shift+I"))
    register.triggered.connect(windows.open_register)
    proposals = QAction(QCoreApplication.translate("DetailWindows", "&Suspension proposals…"), window)
    proposals.triggered.connect(windows.open_proposals)
    menu.addAction(register)
    menu.addAction(proposals)
    actions = window.menuBar().actions()
    if actions:  # before Help, which stays last
        window.menuBar().insertMenu(actions[-1], menu)
    else:
        window.menuBar().addMenu(menu)
    window.statusBar().addPermanentWidget(ProposalsNotice(windows, window))
    # After the first rows are on screen: on a large workspace the count takes seconds of Python
    # that would otherwise compete with the window's start.
    QTimer.singleShot(PROPOSALS_AFTER_START_MS, windows, windows.count_proposals)
