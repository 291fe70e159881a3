"""Runs sync rounds off the GUI thread: on a timer, at start, on "Sync now" and before quitting.

One round at a time, in a one-thread pool (the database has one writer at a time anyway). The
controller also makes workspace notifications safe: a round's transactions run in the worker
thread, and their listeners (the queue) are called back on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from moderator_app.domain.errors import UserError
from moderator_app.services import sync as sync_settings
from moderator_app.services.workspace import Workspace

from ..i18n import refusal_text

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 60_000


class _Dispatcher(QObject):
    """Calls functions on the thread this object lives in (the GUI thread)."""

    _post = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._post.connect(self._call)

    def post(self, fn: Callable[[], object]) -> None:
        if QThread.currentThread() is self.thread():
            fn()
        else:
            self._post.emit(fn)

    def _call(self, fn: Callable[[], object]) -> None:
        fn()


class _RoundSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _RoundTask(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _RoundSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except UserError as exc:
            self.signals.failed.emit(refusal_text(exc))
        except Exception:  # a bug: logged with its traceback, reported without crashing the window
            log.exception("sync round failed")
            self.signals.failed.emit(QCoreApplication.translate(
                "Sync", "the sync round failed unexpectedly; the details are in the log file"))
        else:
            self.signals.finished.emit(result)


class SyncController(QObject):
    """Owns the timer and the worker; tells the window when rounds start and end."""

    roundStarted = Signal()
    roundFinished = Signal(object)  # sync.report.RoundReport
    roundFailed = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.running = False
        self.last_report: object | None = None
        self.last_finished: float | None = None  # time.time()
        self.last_error: str | None = None
        self._signals = _RoundSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._dispatcher = _Dispatcher(self)
        ws.set_dispatcher(self._dispatcher.post)
        self._stopped = False

    def configured(self) -> bool:
        info = sync_settings.committee(self.ws)
        return info is not None and info.folder is not None

    def start(self) -> None:
        """Begin the timer and run a first round now."""
        self.apply_settings()
        QTimer.singleShot(0, self.sync_now)

    def apply_settings(self) -> None:
        self.timer.setInterval(sync_settings.interval_minutes(self.ws) * 60_000)
        if self.configured() and not self._stopped:
            self.timer.start()
        else:
            self.timer.stop()

    def sync_now(self) -> bool:
        """Start a round unless one is running or sync is not set up; ``True`` if started."""
        if self.running or self._stopped or not self.configured():
            return False
        from moderator_app.sync.round import run_round

        self.running = True
        self.roundStarted.emit()
        self.pool.start(_RoundTask(lambda: run_round(self.ws), self._signals))
        return True

    def _on_finished(self, report: object) -> None:
        self.running = False
        self.last_report = report
        self.last_finished = time.time()
        self.last_error = None
        self.roundFinished.emit(report)

    def _on_failed(self, message: str) -> None:
        self.running = False
        self.last_finished = time.time()
        self.last_error = message
        self.roundFailed.emit(message)

    def wait(self, msecs: int = QUIT_WAIT_MS) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self, final_round: bool = True) -> None:
        """Before quitting: one last round (so this device's work is published), then stop."""
        if self._stopped:
            return
        self.timer.stop()
        if final_round and not self.running:
            self.sync_now()
        self.wait()
        self._stopped = True
        self.ws.set_dispatcher(None)
