"""First run: open the demo, create a committee (as its chair), or join one and wait for approval."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import vn_now
from moderator_app.domain.errors import UserError
from moderator_app.resources import resource
from moderator_app.services.workspace import Workspace

from . import plain_text
from .i18n import refusal_text
from .plain_text import plain_label
from .tab_order import LaidOutDialog

DEMO_CASES = 3000
APPROVAL_POLL_MS = 15_000


class WelcomeDialog(LaidOutDialog):
    """Three ways to start; ``choice`` says which was taken (``demo``, ``created``, ``joined``, ``alone``)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.choice: str | None = None
        self.ask_name: Callable[[], str | None] = self._ask_name  # tests answer for the person
        self.setWindowTitle(self.tr("Welcome to Digital Trust Moderator"))
        self.setMinimumWidth(640)
        title = plain_label(self.tr("Welcome"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        icon = plain_label()
        icon.setPixmap(QIcon(str(resource("icons", "moderator-app.svg"))).pixmap(64, 64))
        intro = plain_label(self.tr(
            "This is the desk of the Niềm tin số self-monitoring committee. Your work stays on this computer "
            "and is shared with the other members through a shared folder. How would you like to start?"))
        intro.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(intro)
        head.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(head)
        self.demo_button = self._choice(
            layout, self.tr("Open the demo workspace"),
            self.tr("A simulated committee with a few thousand cases, to look around. It is kept apart from "
                    "your own work."), self._demo)
        self.create_button = self._choice(
            layout, self.tr("Create a committee"),
            self.tr("You are the chair: name the committee and choose the shared folder members will use."),
            self._create)
        self.join_button = self._choice(
            layout, self.tr("Join a committee"),
            self.tr("Choose the committee's shared folder, compare its fingerprint with the chair's, and "
                    "wait for the chair to approve you."), self._join)
        alone = QPushButton(self.tr("Start on my own for now"))
        alone.setFlat(True)
        alone.clicked.connect(self._alone)
        layout.addWidget(alone, 0, Qt.AlignmentFlag.AlignRight)

    def _choice(self, layout: QVBoxLayout, title: str, detail: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(title)
        button.setAccessibleName(title)
        button.setAccessibleDescription(detail)
        button.setMinimumHeight(44)
        font = QFont(button.font())
        font.setBold(True)
        button.setFont(font)
        button.clicked.connect(slot)
        label = plain_label(detail)
        label.setWordWrap(True)
        label.setContentsMargins(12, 0, 12, 0)
        group = QVBoxLayout()
        group.setSpacing(4)
        group.addWidget(button)
        group.addWidget(label)
        layout.addLayout(group)
        return button

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _alone(self) -> None:
        # Working alone still signs letters and history lines: the name is asked, never guessed
        # from the computer's login.
        name = self.ask_name()
        if name is None:
            return
        from moderator_app.services import committee

        try:
            committee.set_own_name(self.ws, name)
        except UserError as exc:
            plain_text.warning(self, self.tr("Your name"), refusal_text(exc))
            return
        self.choice = "alone"
        self.accept()

    def _ask_name(self) -> str | None:
        dialog = YourNameDialog(self)
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _create(self) -> None:
        from .sync.committee_dialogs import CreateCommitteeDialog

        dialog = CreateCommitteeDialog(self.ws, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.choice = "created"
            self.accept()

    def _join(self) -> None:
        from .sync.committee_dialogs import JoinCommitteeDialog

        dialog = JoinCommitteeDialog(self.ws, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.choice = "joined"
            self.accept()


class YourNameDialog(LaidOutDialog):
    """Who is working here: the name the committee knows, shown in history and on letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        prompt = plain_label(self.tr("Your full name, as the committee knows you. It is shown in each case's "
                                     "history and signs the letters you write; you can change it later."))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Your name"))
        self.edit.setPlaceholderText(self.tr("e.g. Nguyễn Thu Hà"))
        self.edit.setMaxLength(120)
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))

    def name(self) -> str:
        return " ".join(self.edit.text().split())


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            self.signals.done.emit(self.work())
        except UserError as exc:
            self.signals.failed.emit(refusal_text(exc))


class DemoProgressDialog(LaidOutDialog):
    """Builds the demo workspace off the GUI thread, with a progress bar."""

    def __init__(self, ws: Workspace, cases: int = DEMO_CASES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preparing the demo workspace"))
        self.setMinimumWidth(420)
        self.error: str | None = None
        self.label = plain_label(self.tr("Simulating a committee's work: {0} cases…").format(cases))
        self.bar = QProgressBar()
        self.bar.setRange(0, cases)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._signals = _Signals(self)
        self._signals.done.connect(lambda _summary: self.accept())
        self._signals.failed.connect(self._failed)
        progress = _Signals(self)
        progress.done.connect(lambda done: self.bar.setValue(int(done)))

        def work() -> object:
            from moderator_app.services.demo import generate

            return generate(ws, cases=cases, seed=1, progress=lambda done, _total: progress.done.emit(done))

        self._pool = QThreadPool(self)
        self._pool.start(_Job(work, self._signals))

    def _failed(self, message: str) -> None:
        self.error = message
        self.reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)


class WaitingForApproval(LaidOutDialog):
    """After a join request: sync now and then until the chair's approval arrives."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None,
                 check: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.approved = False
        self.setWindowTitle(self.tr("Waiting for the chair's approval"))
        self.setMinimumWidth(520)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Approval status"))
        key = ws.identity.fingerprint
        explain: QLabel = plain_label(self.tr(
            "Your request to join has been written to the shared folder. Read your key fingerprint to the chair "
            "so they can check it before approving:\n\n{0}").format(key))
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.clicked.connect(self.check_now)
        later = QPushButton(self.tr("Continue without waiting (read only)"))
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._check = check or self._sync_and_check
        self._signals = _Signals(self)
        self._signals.done.connect(self._checked)
        self._signals.failed.connect(self._check_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self, interval=APPROVAL_POLL_MS)
        self._timer.timeout.connect(self.check_now)
        self._timer.start()
        self.status.setText(self.tr("Not approved yet."))
        self.check_now()

    def _sync_and_check(self) -> bool:
        from moderator_app.sync.round import run_round

        run_round(self.ws)
        return self.ws.is_founded()

    def check_now(self) -> None:
        if self._pool.activeThreadCount():
            return
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking the shared folder…"))
        self._pool.start(_Job(self._check, self._signals))

    def _checked(self, approved: object) -> None:
        self.check_button.setEnabled(True)
        when = vn_now().strftime("%H:%M")
        if approved:
            self.approved = True
            self._timer.stop()
            self.status.setText(self.tr("Approved. Welcome to the committee."))
            self.accept()
            return
        self.status.setText(self.tr("Not approved yet (last checked {0}). The application checks again every "
                                    "few seconds.").format(when))

    def _check_failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(self.tr("The shared folder could not be read: {0}").format(message))

    def done(self, result: int) -> None:
        self._timer.stop()
        self._pool.waitForDone()
        super().done(result)


def needs_welcome(ws: Workspace) -> bool:
    """A brand-new workspace that is in no committee and has not been welcomed yet."""
    return ws.is_new() and ws.local_state("committee_id") is None and not ws.setting("welcome_done", False)


def first_run_choice(ws: Workspace) -> str | None:
    """Show the welcome screen; returns the path taken, or ``None`` if closed."""
    dialog = WelcomeDialog(ws)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.choice == "joined":
        WaitingForApproval(ws).exec()
    ws.set_setting("welcome_done", True)
    return dialog.choice
