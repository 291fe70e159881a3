"""The status-bar indicator: when the last round ran, what came in, and how many conflicts wait."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from moderator_app.domain.clock import vn_datetime

from ..plain_text import as_text
from .controller import SyncController


class SyncStatusButton(QToolButton):
    """A flat button in the status bar; clicking it opens the sync log."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Sync status"))
        controller.roundStarted.connect(self.update_text)
        controller.roundFinished.connect(lambda _r: self.update_text())
        controller.roundFailed.connect(lambda _m: self.update_text())
        self.update_text()

    def update_text(self) -> None:
        c = self.controller
        if c.running:
            self.setText(self.tr("Syncing…"))
            self.setToolTip(self.tr("A sync round is running"))
            return
        if not c.configured():
            self.setText(self.tr("Sync: not set up"))
            self.setToolTip(self.tr("Choose the committee's shared folder in Sync ▸ Sync settings"))
            return
        if c.last_finished is None:
            self.setText(self.tr("Sync: not yet run"))
            self.setToolTip("")
            return
        at = vn_datetime(int(c.last_finished * 1000)).strftime("%H:%M")
        if c.last_error is not None:
            self.setText(self.tr("Sync failed at {0}").format(at))
            self.setToolTip(as_text(c.last_error))
            return
        report = c.last_report
        events = getattr(report, "events_in", 0)
        conflicts = len(getattr(report, "conflicts", []))
        rejected = len(getattr(report, "rejected", []))
        text = self.tr("Synced {0} · {1} change(s) in · {2} conflict(s)").format(at, events, conflicts)
        if rejected:
            text += " · " + self.tr("{0} file(s) rejected").format(rejected)
        tip = self.tr("Open the sync log")
        if getattr(report, "own_clock_ahead", 0):
            text += " · " + self.tr("⚠ this computer's clock is wrong")
            tip = self.tr("Other members see this computer's changes dated about {0} hour(s) ahead and are "
                          "holding them. Set the computer's date and time right; they apply at the next sync.").format(
                max(1, round(report.own_clock_ahead / 3_600_000)))
        self.setText(text)
        self.setToolTip(as_text(tip))
