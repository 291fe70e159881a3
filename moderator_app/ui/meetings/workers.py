"""Exports off the GUI thread: a QRunnable reporting progress by signal, cancellable."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from moderator_app.domain.errors import UserError
from moderator_app.exports.progress import ExportCancelled, Progress

from ..i18n import refusal_text

log = logging.getLogger(__name__)


class ExportSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


class ExportTask(QRunnable):
    """Runs ``job(progress)`` (an export writing to ``path``) on a pool thread."""

    def __init__(self, job: Callable[[Progress], object], path: Path) -> None:
        super().__init__()
        self.job = job
        self.path = path
        self.signals = ExportSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            self.job(self._progress)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(refusal_text(exc))
        except Exception:
            log.exception("export to %s failed", self.path)
            self.signals.failed.emit("")  # a bug: the window apologises in the interface language
        else:
            self.signals.finished.emit(str(self.path))
