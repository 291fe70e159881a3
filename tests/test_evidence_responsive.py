"""Heavy evidence does not freeze the window: a PDF page that takes seconds to draw and a large
image are worked on by other threads while the window goes on handling events."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QTimer
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QPen

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import evidence as ev_service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.ui.evidence import EvidenceViewer
from moderator_app.ui.evidence.image_pane import ImagePane
from moderator_app.ui.evidence.pdf_pane import PdfPane

DRAWN_WITHIN_MS = 240_000  # a generous bound for the worker; the test is about the window meanwhile


def _heavy_pdf(lines: int) -> bytes:
    """One A4 page of ``lines`` coloured vector lines: small to store, slow to draw."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    rng = random.Random(1)
    for _ in range(lines):
        painter.setPen(QPen(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)), rng.uniform(0.1, 3)))
        painter.drawLine(QPointF(rng.uniform(0, 595), rng.uniform(0, 842)),
                         QPointF(rng.uniform(0, 595), rng.uniform(0, 842)))
    painter.end()
    return bytes(buffer.data().data())


def _viewer(qtbot, ws: Workspace, files: list[Path]) -> tuple[EvidenceViewer, list[str]]:
    filed = reports.file_report(ws, reports.ReportInput("Hà Linh Review", Platform.TIKTOK, Category.FALSE_CLAIM))
    ids = [i.id for i in ev_service.add_files(ws, filed.ref, files).items]
    viewer = EvidenceViewer(ws, filed.case_id, "en")
    qtbot.addWidget(viewer)
    viewer.resize(1100, 760)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer, ids


def _ticks_while(qtbot, busy) -> int:
    """Count timer ticks the window's event loop delivers while ``busy()`` holds."""
    ticks = {"n": 0}
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.__setitem__("n", ticks["n"] + 1))
    timer.start()
    qtbot.waitUntil(lambda: ticks["n"] >= 3 or not busy(), timeout=DRAWN_WITHIN_MS)
    seen = ticks["n"]
    timer.stop()
    return seen if busy() else -1


def test_a_pdf_page_that_takes_long_to_draw_leaves_the_window_responsive(qtbot, ws: Workspace, tmp_path: Path):
    heavy = tmp_path / "so-do-day-dac.pdf"
    heavy.write_bytes(_heavy_pdf(12_000))
    viewer, [pdf_id] = _viewer(qtbot, ws, [heavy])
    viewer.select(pdf_id)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=DRAWN_WITHIN_MS)
    pane = viewer.current_pane()
    assert isinstance(pane, PdfPane) and pane.page_count() == 1
    assert pane.canvas.content is not None  # a blank sheet of the page's size, at once
    if pane.rendering:  # on a fast machine the page may be drawn already
        assert _ticks_while(qtbot, lambda: pane.rendering) != 0
        assert pane.select_between(QPointF(10, 10), QPointF(50, 50)) == ""  # refused, not waited for
    qtbot.waitUntil(lambda: not pane.rendering, timeout=DRAWN_WITHIN_MS)
    assert pane.rendered_scale > 0
    viewer.close()


def test_a_large_image_is_decoded_while_the_window_goes_on(qtbot, ws: Workspace, tmp_path: Path):
    big = QImage(7000, 5000, QImage.Format.Format_RGB32)
    big.fill(QColor("#8ab4f8"))
    painter = QPainter(big)
    rng = random.Random(2)
    for _ in range(3000):
        painter.setPen(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        painter.drawLine(rng.randrange(7000), rng.randrange(5000), rng.randrange(7000), rng.randrange(5000))
    painter.end()
    path = tmp_path / "anh-chup-lon.png"
    assert big.save(str(path))
    viewer, [image_id] = _viewer(qtbot, ws, [path])
    viewer.select(image_id)
    if viewer.loading:
        assert _ticks_while(qtbot, lambda: viewer.loading) != 0
    qtbot.waitUntil(lambda: not viewer.loading, timeout=DRAWN_WITHIN_MS)
    pane = viewer.current_pane()
    assert isinstance(pane, ImagePane) and pane.image is not None and pane.image.width() == 7000
    viewer.close()
