"""An image with its marks drawn in, at full resolution: for minutes and letters."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from moderator_app.store.queries import AnnotationRow

from .canvas import HIGHLIGHT_FILL, MARK_COLOR, arrow_path, mark_shape

MAX_LABEL_CHARS = 60


def draw_marks(image: QImage, marks: list[tuple[int, str, dict[str, Any], str]]) -> QImage:
    """A copy of ``image`` with each ``(number, kind, geometry, label)`` drawn on it."""
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    size = QSizeF(out.width(), out.height())
    line = max(2.0, min(out.width(), out.height()) / 250)
    painter = QPainter(out)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(int(max(12, min(out.width(), out.height()) / 45)))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for number, kind, geometry, label in marks:
            # Outlines only: the previous mark's label left its filled brush on the painter, and a
            # rectangle drawn with it would hide the evidence under it.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect, arrow = mark_shape(kind, geometry, size)
            halo = QPen(QColor(255, 255, 255, 220), line + 3)
            pen = QPen(MARK_COLOR, line)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            if kind == "highlight" and rect is not None:
                painter.fillRect(rect, QBrush(HIGHLIGHT_FILL))
            elif rect is not None:
                painter.setPen(halo)
                painter.drawRect(rect)
                painter.setPen(pen)
                painter.drawRect(rect)
            elif arrow is not None:
                head = max(out.width(), out.height()) * 0.02
                for p in (halo, pen):
                    p.setCapStyle(Qt.PenCapStyle.RoundCap)
                    painter.setPen(p)
                    painter.drawPath(arrow_path(arrow.p1(), arrow.p2(), head))
            anchor = rect.topLeft() if rect is not None else (arrow.p1() if arrow is not None else QPointF())
            text = f"{number}" + (f"  {_short(label)}" if label else "")
            _tag(painter, metrics, text, anchor, out.width(), out.height())
    finally:
        painter.end()
    return out


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _tag(painter: QPainter, metrics: QFontMetricsF, text: str, anchor: QPointF, width: int, height: int) -> None:
    """A filled label just above the mark's corner (below it at the top edge), kept in the picture."""
    pad = metrics.height() * 0.25
    box = QRectF(0, 0, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad)
    x = min(max(0.0, anchor.x()), max(0.0, width - box.width()))
    y = anchor.y() - box.height() - 2
    if y < 0:
        y = anchor.y() + 2
    y = min(y, max(0.0, height - box.height()))
    box.moveTo(x, y)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MARK_COLOR)
    painter.drawRoundedRect(box, pad, pad)
    painter.setPen(QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


IMAGE_MARKS = ("rect", "arrow", "highlight")
EXPORT_SCALE = 2.0  # an exported PDF page: 144 dpi


def numbering(marks: list[AnnotationRow]) -> dict[str, int]:
    """Marks are numbered 1, 2, 3... in the order they were made, as the list beside shows them."""
    return {m.id: i for i, m in enumerate(marks, start=1)}


def image_with_marks(image: QImage, marks: list[AnnotationRow]) -> QImage:
    """A picture with its marks, as the viewer exports it and ``evidence render`` writes it."""
    numbers = numbering(marks)
    return draw_marks(image, [(numbers[m.id], m.kind, m.geometry, m.label) for m in marks if m.kind in IMAGE_MARKS])


def pdf_page_with_marks(doc: Any, page: int, page_size: QSizeF, marks: list[AnnotationRow]) -> QImage:
    """A PDF page at 144 dpi with the region marks made on it (numbered among all the file's marks)."""
    image = render_pdf_page(doc, page, QSize(math.ceil(page_size.width() * EXPORT_SCALE),
                                             math.ceil(page_size.height() * EXPORT_SCALE)))
    numbers = numbering(marks)
    return draw_marks(image, [(numbers[m.id], "rect", m.geometry, m.label) for m in marks
                              if m.kind == "page_rect" and m.geometry.get("page") == page])


def render_pdf_page(doc: Any, page: int, size: Any) -> QImage:
    """A PDF page on white paper (``QPdfDocument.render``'s ``fillColor`` is new in Qt 6.12)."""
    try:
        return doc.render(page, size, fillColor="white")
    except (TypeError, AttributeError):  # Qt 6.11 and older: an unknown keyword
        pass
    rendered = doc.render(page, size)
    out = QImage(rendered.size(), QImage.Format.Format_ARGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return out
