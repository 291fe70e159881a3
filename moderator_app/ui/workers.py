"""Slow work off the GUI thread: a function run by the thread pool, its results back by signal.

The function receives ``progress(done, total)`` and ``cancelled()``; signals cross back to the
GUI thread by Qt's queued connections. The owner keeps the task until it reports, so nothing is
collected while running.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from moderator_app.domain.errors import UserError

log = logging.getLogger(__name__)

_RUNNING: set[Task] = set()  # tasks between start and their last signal: kept from the collector

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception: a UserError for people, anything else is a bug
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.finished.set()
            _RUNNING.discard(self)


def start(
    work: Work,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``work`` in the global thread pool; keep the returned task until it reports."""
    task = Task(work)
    _RUNNING.add(task)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
