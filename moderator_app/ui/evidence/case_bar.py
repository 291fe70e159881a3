"""A case's evidence where the case is shown: thumbnails, "Attach evidence…", files dropped on
it, and the viewer opened on the item activated. One widget, so the windows that show cases
(the queue's preview, the case window) need one line each to get all of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from moderator_app.services import evidence as evidence_service
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries
from moderator_app.store.database import raw_connection

from .. import plain_text
from ..plain_text import plain_label
from .attach import Attacher, dropped_paths
from .strip import EvidenceListModel, EvidenceStrip
from .viewer import EvidenceViewer


class CaseEvidenceBar(QWidget):
    """Thumbnails of one case's evidence with the actions on it."""

    attached = Signal(object)  # services.evidence.Attached, after files were attached

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id: str | None = None
        self.viewers: dict[str, EvidenceViewer] = {}
        self.model = EvidenceListModel(ws.blobs, lang, self)
        self.strip = EvidenceStrip(self.model)
        self.strip.itemActivated.connect(self.open_viewer)
        self.strip.itemClicked.connect(self._on_click)
        self.attacher = Attacher(ws, self)
        self.attacher.finished.connect(self._on_attached)
        self.attacher.failed.connect(self._on_failed)
        self.attacher.started.connect(lambda n: self.hint.setText(self.tr("Copying {0} file(s)…").format(n)))
        self.hint = plain_label()
        self.hint.setStyleSheet("color: #7d838a;")
        self.attach_button = QPushButton(self.tr("Attach evidence…"))
        self.attach_button.setToolTip(self.tr("Add files to this case (or drop them here)"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open evidence viewer"))
        self.open_button.clicked.connect(lambda: self.open_viewer(None))
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._button_row = row
        for button in (self.attach_button, self.open_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(0)
            row.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.strip)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.show_case(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side when both labels fit whole (a large font, a narrow panel: one above the other).
        need = sum(b.sizeHint().width() for b in (self.attach_button, self.open_button)) + self._button_row.spacing()
        direction = QBoxLayout.Direction.LeftToRight if need <= self.width() - 8 else QBoxLayout.Direction.TopToBottom
        if self._button_row.direction() != direction:
            self._button_row.setDirection(direction)

    def show_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        rows = []
        if case_id is not None:
            with self.ws.db.read() as conn:
                rows = evidence_queries.case_evidence(raw_connection(conn), case_id)
        self.model.set_sensitive(bool(self.ws.setting(evidence_service.SETTING_SENSITIVE_BLUR, False)))
        self.model.set_rows(rows)
        self.strip.setVisible(bool(rows))
        self.attach_button.setEnabled(case_id is not None)
        self.open_button.setEnabled(case_id is not None)
        if case_id is None:
            self.hint.setText("")
        elif rows:
            self.hint.setText(self.tr("Enter or double-click opens an item"))
        else:
            self.hint.setText(self.tr("No evidence yet: drop files here"))

    def _on_click(self, evidence_id: str) -> None:
        self.model.reveal(evidence_id)

    def open_viewer(self, evidence_id: str | None) -> EvidenceViewer | None:
        if self.case_id is None:
            return None
        viewer = self.viewers.get(self.case_id)
        if viewer is None or viewer._closed:
            viewer = EvidenceViewer(self.ws, self.case_id, self.lang, self.window(), evidence_id=evidence_id)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            case_id = self.case_id
            viewer.destroyed.connect(lambda *_: self.viewers.pop(case_id, None))
            self.viewers[self.case_id] = viewer
        elif evidence_id is not None:
            viewer.select(evidence_id)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    def choose_files(self) -> None:
        if self.case_id is not None:
            self.attacher.choose_and_attach(self, self.case_id)

    def attach_paths(self, paths: list[Path]) -> None:
        if self.case_id is not None and paths:
            self.attacher.attach(self.case_id, paths)

    def accepts(self, event: QDragEnterEvent) -> bool:
        """Whether a drag carries files this case can take (for the widget the bar sits in)."""
        return self.case_id is not None and event.mimeData().hasUrls() and bool(
            dropped_paths(event.mimeData().urls()))

    def take_drop(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData().urls())
        if self.case_id is not None and paths:
            event.acceptProposedAction()
            self.attach_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.take_drop(event)

    def _on_attached(self, attached: evidence_service.Attached) -> None:
        if attached.case_id == self.case_id:
            self.show_case(self.case_id)
        self.attached.emit(attached)
        new = sum(1 for i in attached.items if not i.duplicate)
        self.hint.setText(self.tr("Attached {0} file(s) to {1}").format(new, attached.ref))

    def _on_failed(self, message: str) -> None:
        self.show_error(message)  # looked up at call time, so a test or a window can replace it

    def show_error(self, message: str) -> None:
        self.hint.setText("")
        plain_text.warning(self, self.tr("Evidence"), message)

    def shutdown(self) -> None:
        for viewer in list(self.viewers.values()):
            viewer.close()
        self.attacher.shutdown()
        self.model.shutdown()
