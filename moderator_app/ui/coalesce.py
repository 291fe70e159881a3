"""Many changes, one reload: a sync brings hundreds of events, and a window reloads once for them.

Workspace listeners run on the window's thread (``Workspace.set_dispatcher``), so a plain timer
owned by the window serves; it stops with the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Coalesced:
    """Call it with the events of each transaction; ``apply`` runs once, ``delay_ms`` after the
    first of a burst."""

    def __init__(self, owner: QObject, apply: Callable[[], None], delay_ms: int = 300) -> None:
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(apply)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def __call__(self, _events: object = None) -> None:
        if not self.timer.isActive():
            self.timer.start()
