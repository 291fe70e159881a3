"""Evidence in the case preview: thumbnails, opening the viewer, attaching by drop or dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import evidence as ev_service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.ui.evidence import EvidenceViewer
from moderator_app.ui.preview import CasePreview

from .conftest import DATA

SAMPLES = DATA / "evidence"


def _case(ws: Workspace) -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput("Tùng Trần Crypto", Platform.TIKTOK, Category.FRAUD,
                                                       url="https://www.tiktok.com/@tungtran/video/9"))


def test_the_preview_shows_thumbnails_and_opens_the_viewer(qtbot, ws: Workspace, tmp_path: Path):
    filed = _case(ws)
    items = ev_service.add_files(ws, filed.ref, sorted(SAMPLES.iterdir())).items
    preview = CasePreview(ws, "en")
    qtbot.addWidget(preview)
    preview.resize(460, 760)
    preview.show()
    preview.show_case(filed.case_id)
    bar = preview.evidence
    assert bar.model.rowCount() == 4 and bar.strip.isVisible()
    bar.model.wait_for_thumbnails()
    qtbot.waitUntil(lambda: len(bar.model._thumbs) == 4)
    assert preview.grab().save(str(tmp_path / "preview.png"))
    pdf = next(i for i in items if i.mime == "application/pdf")
    row = bar.model.row_of(pdf.id)
    assert row is not None
    bar.strip.activated.emit(bar.model.index(row, 0))
    viewer = bar.viewers[filed.case_id]
    assert isinstance(viewer, EvidenceViewer) and viewer.isVisible()
    qtbot.waitUntil(lambda: not viewer.loading)
    assert viewer.current is not None and viewer.current.id == pdf.id
    # Activating another item reuses the open viewer.
    bar.strip.activated.emit(bar.model.index(0, 0))
    assert bar.viewers[filed.case_id] is viewer and viewer.current.id == bar.model.rows[0].id
    qtbot.waitUntil(lambda: not viewer.loading)
    bar.shutdown()
    assert viewer._closed


def test_files_dropped_on_the_preview_are_attached_to_the_shown_case(qtbot, ws: Workspace, tmp_path: Path):
    filed = _case(ws)
    preview = CasePreview(ws, "en")
    qtbot.addWidget(preview)
    preview.show()
    preview.show_case(filed.case_id)
    assert not preview.evidence.strip.isVisible() and "drop files here" in preview.evidence.hint.text()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLES / "livestream-screenshot.png"))])
    preview.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: preview.evidence.model.rowCount() == 1, timeout=5000)
    assert "Attached 1 file(s)" in preview.evidence.hint.text()
    assert "livestream-screenshot.png" in preview.browser.toPlainText()
    # Nothing is attached when no case is shown.
    preview.show_case(None)
    preview.evidence.attach_paths([SAMPLES / "chat-export.txt"])
    assert not preview.evidence.attacher.busy
    preview.evidence.shutdown()
