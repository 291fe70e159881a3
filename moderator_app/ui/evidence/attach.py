"""Attaching files from the window: copy them into the evidence store off the GUI thread, then
write the events on the GUI thread (``services.evidence.stage_files`` / ``record_files``)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from moderator_app.domain.errors import UserError
from moderator_app.services import evidence as evidence_service
from moderator_app.services.workspace import Workspace

from ..i18n import refusal_text

log = logging.getLogger(__name__)


class StageSignals(QObject):
    staged = Signal(str, object)  # the caller's key (a case id), list of StagedFile
    failed = Signal(str)


class StageJob(QRunnable):
    """Copies files into the evidence store off the GUI thread (``services.evidence.stage_files``)."""

    def __init__(self, ws: Workspace, case_id: str, paths: list[Path], signals: StageSignals) -> None:
        super().__init__()
        self.ws, self.case_id, self.paths, self.signals = ws, case_id, paths, signals

    def run(self) -> None:
        try:
            staged = evidence_service.stage_files(self.ws, self.paths)
        except UserError as exc:
            self.signals.failed.emit(refusal_text(exc))
            return
        except Exception:
            log.exception("copying evidence files failed")
            self.signals.failed.emit(QCoreApplication.translate(
                "Attacher", "The files could not be copied because of an error in the application; the details are "
                "in the log file."))
            return
        self.signals.staged.emit(self.case_id, staged)


class Attacher(QObject):
    """Attaches files to a case; says how it went by ``finished`` or ``failed``."""

    started = Signal(int)  # number of files
    finished = Signal(object)  # services.evidence.Attached
    failed = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = StageSignals(self)
        self._signals.staged.connect(self._record)
        self._signals.failed.connect(self.failed)
        self.busy = False

    def attach(self, case_id: str, paths: list[Path]) -> None:
        if not paths:
            return
        self.busy = True
        self.started.emit(len(paths))
        self.pool.start(StageJob(self.ws, case_id, list(paths), self._signals))

    def _record(self, case_id: str, staged: list[evidence_service.StagedFile]) -> None:
        self.busy = False
        try:
            attached = evidence_service.record_files(self.ws, case_id, staged)
        except UserError as exc:
            self.failed.emit(refusal_text(exc))
            return
        self.finished.emit(attached)

    def choose_and_attach(self, parent: QWidget, case_id: str) -> None:
        """The "Attach evidence…" file dialog."""
        names, _filter = QFileDialog.getOpenFileNames(
            parent, self.tr("Attach evidence"), "",
            self.tr("Evidence (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.html *.htm *.mp4 *.webm *.mp3 "
                    "*.zip);;All files (*)"),
        )
        self.attach(case_id, [Path(n) for n in names])

    def shutdown(self) -> None:
        self.pool.waitForDone()


def dropped_paths(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped URLs (a dropped web link is not a file)."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]
