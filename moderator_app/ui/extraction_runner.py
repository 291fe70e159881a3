"""Indicator extraction in the background: a member never waits for it.

The window starts a run a few seconds after it opens (what an earlier session left, what sync
brought) and after every change that adds reports or evidence, one run at a time; a run that
finds more work arriving while it ran starts again. Runs stop with the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from moderator_app.services import indicators as service
from moderator_app.services.evidence_text import Ocr, OcrStatus
from moderator_app.services.workspace import Workspace

from . import workers

log = logging.getLogger(__name__)

START_DELAY_MS = 3000  # after the window opens: its first paint and counts come first
CHANGE_DELAY_MS = 1500  # after a change: an import's batches settle first
TRIGGERS = ("report.filed", "evidence.added", "evidence.link_added")


class ExtractionRunner(QObject):
    """Runs ``services.indicators.extract_pending`` on the thread pool when there is work."""

    progressed = Signal(int, int)  # done, total (while a run goes on)
    finished = Signal(object)  # the run's ``ExtractionRun``
    ocrChecked = Signal(object)  # the ``OcrStatus`` found at the first run
    _poke = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None, start_delay_ms: int = START_DELAY_MS) -> None:
        super().__init__(parent)
        self.ws = ws
        self.task: workers.Task | None = None
        self.again = False
        self.closed = False
        self.ocr: Ocr | None = None
        self.ocr_status: OcrStatus | None = None
        self.last: service.ExtractionRun | None = None
        self.timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self._poke.connect(self.schedule)
        ws.subscribe(self._on_events)
        QTimer.singleShot(start_delay_ms, self.run)

    def _on_events(self, events: list[Any]) -> None:
        # May be called on a worker's thread: only a queued signal crosses to the timer.
        if not self.closed and any(getattr(e, "type", "") in TRIGGERS for e in events):
            self._poke.emit()

    def schedule(self) -> None:
        if not self.closed:
            self.timer.start()

    @property
    def running(self) -> bool:
        return self.task is not None

    def run(self) -> None:
        if self.closed:
            return
        if self.task is not None:
            self.again = True
            return
        first = self.ocr_status is None

        def work(progress, cancelled) -> service.ExtractionRun:  # noqa: ANN001 - the worker's callbacks
            if first:
                self.ocr_status = Ocr.status()
                self.ocr = Ocr.find() if self.ocr_status.available else None
            return service.extract_pending(self.ws, ocr=self.ocr, progress=progress, should_stop=cancelled)

        self.task = workers.start(work, self._done, self._failed, self.progressed.emit)

    def _done(self, result: service.ExtractionRun) -> None:
        self.task = None
        self.last = result
        if self.ocr_status is not None:
            self.ocrChecked.emit(self.ocr_status)
        self.finished.emit(result)
        if self.again and not self.closed:
            self.again = False
            self.schedule()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        log.warning("indicator extraction stopped: %s", type(exc).__name__)

    def shutdown(self) -> None:
        """Stop: the current run ends after its batch (its work is committed batch by batch)."""
        self.closed = True
        self.timer.stop()
        self.ws.unsubscribe(self._on_events)
        if self.task is not None:
            self.task.cancel()
            self.task.finished.wait(60)
