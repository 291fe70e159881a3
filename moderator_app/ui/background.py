"""Running slow reads off the GUI thread (QThreadPool + QRunnable), results back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from moderator_app.domain.errors import UserError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries one job's outcome; its signal is queued to the loader in the GUI thread."""

    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, generation: int) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.generation = generation

    def run(self) -> None:
        try:
            outcome = (self.generation, True, self.fn())
        except UserError as exc:  # a person's mistake: shown, not a bug to log
            outcome = (self.generation, False, exc)
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.exception("background job failed")
            outcome = (self.generation, False, exc)
        self.relay.finished.emit(outcome)


class Loader(QObject):
    """Runs one kind of read at a time; a newer request makes older results stale.

    ``on_done`` runs in the GUI thread with the latest request's result only, so a window that
    asked twice quickly never shows the older answer last.
    """

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self._generation = 0
        self._relays: dict[int, _Relay] = {}
        self.busy = False

    def start(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        relay = _Relay()
        relay.finished.connect(self._deliver)
        self._relays[self._generation] = relay
        self.busy = True
        QThreadPool.globalInstance().start(_Job(fn, relay, self._generation))

    @Slot(object)
    def _deliver(self, outcome: tuple[int, bool, Any]) -> None:
        generation, ok, value = outcome
        self._relays.pop(generation, None)
        if generation != self._generation:
            return
        self.busy = False
        if ok:
            self._on_done(value)
        else:
            self._on_failed(value)
