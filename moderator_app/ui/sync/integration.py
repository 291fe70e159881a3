"""Everything sync adds to the main window, in one object: the Sync menu, the status-bar
indicator, the round controller (timer, start, before quit), notices, and the dialogs.

The window calls ``SyncUi(window)`` once and ``shutdown()`` when it closes; nothing else of the
window knows about sync, apart from ``current_case_id()`` used to resolve a case's conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from moderator_app.domain.enums import Role

from .. import plain_text
from ..icons import action_icon
from ..keys import portable_key
from .controller import SyncController
from .notices import SyncNotice, notice_text
from .status import SyncStatusButton

if TYPE_CHECKING:
    from moderator_app.ui.main_window import MainWindow


class _VerifySignals(QObject):
    done = Signal(object)


class _VerifyTask(QRunnable):
    def __init__(self, window: MainWindow, signals: _VerifySignals) -> None:
        super().__init__()
        self.ws = window.ws
        self.signals = signals

    def run(self) -> None:
        from moderator_app.services.verify import verify
        from moderator_app.sync.verify import check_archive

        report = verify(self.ws)
        report.problems += check_archive(self.ws).problems
        self.signals.done.emit(report)


class SyncUi(QObject):
    def __init__(self, window: MainWindow, start: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.ws
        self.controller = SyncController(self.ws, self)
        self.status = SyncStatusButton(self.controller)
        self.status.clicked.connect(self.open_log)
        window.statusBar().addPermanentWidget(self.status)
        self.controller.roundFinished.connect(self._on_round)
        self.log_window = None
        self.notice: SyncNotice | None = None
        self._verify_signals = _VerifySignals(self)
        self._verify_signals.done.connect(self._on_verified)
        self.menu = self._build_menu()
        self.rounds = start  # False: a rendered screenshot, which must not sync
        if start:
            self.controller.start()

    def _action(self, menu: QMenu, text: str, slot, shortcut: str | None = None,  # noqa: ANN001
                icon: str = "") -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(action_icon(icon))
        if shortcut:
            action.setShortcut(portable_key(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu(self) -> QMenu:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Sync"), self.window)
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], menu)  # before Help
        else:
            bar.addMenu(menu)
        self.sync_now_action = self._action(menu, self.tr("Sync &now"), self.sync_now, "F9",
                                            icon="sync")
        self._action(menu, self.tr("Sync &log…"), self.open_log)
        menu.addSeparator()
        self.conflicts_action = self._action(menu, self.tr("&Resolve conflicts of the selected case…"),
                                             self.resolve_conflicts, "Ctrl+Shift+R")
        self.requests_action = self._action(menu, self.tr("&Join requests…"), self.open_requests)
        menu.addSeparator()
        self._action(menu, self.tr("Sync &settings…"), self.open_settings, icon="settings")
        self._action(menu, self.tr("&Verify the store"), self.verify)
        menu.aboutToShow.connect(self._update_actions)
        return menu

    def _update_actions(self) -> None:
        configured = self.controller.configured()
        self.sync_now_action.setEnabled(configured and not self.controller.running)
        self.requests_action.setEnabled(configured and self.ws.role() == Role.CHAIR)
        self.conflicts_action.setEnabled(self.window.current_case_id() is not None)

    # --- actions ---------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.controller.configured():
            self.open_settings()
            return
        self.controller.sync_now()

    def open_settings(self) -> None:
        from .settings_dialog import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.ws, self.window)
        if dialog.exec():
            self.controller.apply_settings()
            self.status.update_text()
            self.controller.sync_now()

    def open_log(self) -> None:
        from .log_window import SyncLogWindow

        if self.log_window is None:
            self.log_window = SyncLogWindow(self.ws, self.window)
        self.log_window.reload()
        self.log_window.show()
        self.log_window.raise_()

    def open_requests(self) -> None:
        from .requests_dialog import JoinRequestsDialog

        JoinRequestsDialog(self.ws, self.window.lang, self.window).exec()
        self.controller.sync_now()

    def resolve_conflicts(self) -> None:
        from moderator_app.ui.conflicts import ConflictDialog

        case_id = self.window.current_case_id()
        if case_id is None:
            return
        ConflictDialog(self.ws, case_id, self.window.lang, self.window).exec()

    def verify(self) -> None:
        self.window.statusBar().showMessage(self.tr("Verifying the store…"))
        self.controller.pool.start(_VerifyTask(self.window, self._verify_signals))

    def _on_verified(self, report: object) -> None:
        self.window.statusBar().clearMessage()
        problems = getattr(report, "problems", [])
        if problems:
            plain_text.warning(self.window, self.tr("Verify the store"),
                               self.tr("Problems found:\n{0}").format("\n".join(problems[:20])))
        else:
            plain_text.information(self.window, self.tr("Verify the store"),
                                   self.tr("No problems: the database, the evidence files, the event chains and "
                                            "the signed bundles all check out."))

    def _on_round(self, report: object) -> None:
        if self.log_window is not None and self.log_window.isVisible():
            self.log_window.reload()
        text = notice_text(report)
        if text:
            if self.notice is not None:
                self.notice.close()
            self.notice = SyncNotice(self.window, text)
            self.notice.show()

    def shutdown(self) -> None:
        """Before the window closes: a last round, then stop."""
        self.controller.shutdown(final_round=self.rounds)
