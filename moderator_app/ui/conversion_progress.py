"""Encrypting a closed workspace with the window's progress in view.

The conversion runs while every window is closed (as a restore does); sealing the evidence files
takes a while when there are many, so a small dialog says what is being done and counts the
files, and cannot be closed half-way (a conversion stopped there is finished at the next start,
but a member should not be invited to try).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from moderator_app.services.encryption import Progress

from .plain_text import plain_label
from .tab_order import LaidOutDialog


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal()


class ConversionProgress(LaidOutDialog):
    """Runs ``work(progress)`` on a thread while showing how far it is; ``run`` returns its
    result or raises what it raised."""

    def __init__(self, work: Callable[[Progress], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypting the data"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        self.label = plain_label(self.tr("Encrypting the database and its backups…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the evidence files are counted
        self.bar.setAccessibleName(self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._work = work
        self._result: Any = None
        self._error: BaseException | None = None
        self._running = False
        self._signals = _Signals(self)
        self._signals.progress.connect(self._show)
        self._signals.finished.connect(self._finished)

    def _show(self, done: int, total: int) -> None:
        self.label.setText(self.tr("Encrypting the evidence files: {0} of {1}…").format(done, total))
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _finished(self) -> None:
        self._running = False
        self.accept()

    def _thread(self) -> None:
        try:
            self._result = self._work(self._signals.progress.emit)
        except BaseException as exc:  # handed to the caller on the GUI thread
            self._error = exc
        finally:
            self._signals.finished.emit()

    def run(self) -> Any:
        self._running = True
        thread = threading.Thread(target=self._thread, name="encrypt-workspace", daemon=True)
        thread.start()
        self.exec()
        thread.join()
        if self._error is not None:
            raise self._error
        return self._result

    def reject(self) -> None:  # Escape does nothing while the files are being converted
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)
