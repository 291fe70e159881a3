"""Paged PDF documents with a header and page numbers, by Qt's printing (works without a screen).

``QTextDocument.print_`` numbers pages but has no header; letters need the committee's name and
the case reference on every page, and "page 2 of 3" at the foot. So the document is laid out on
the printable area minus a header and a footer band, and each page is painted by hand:
header, that page's slice of the document, footer.

Vietnamese needs a font with its stacked diacritics (ữ, ệ, Đ); ``document_font`` picks the first
installed family that has every one of them, so the PDF embeds glyphs rather than boxes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

VIETNAMESE_SAMPLE = "ĐđƯưƠơẠạẢảẤấẦầẨẩẪẫẬậẮắỮữỆệỘộỢợỰựỸỹ"
SERIF_FAMILIES = ("Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", "Cambria", "Georgia")
SANS_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica Neue", "Roboto")
RESOLUTION = 300  # dots per inch of the PDF's coordinate system


def ensure_gui_application(widgets: bool = False) -> QGuiApplication:
    """A Qt application for fonts and painting, for the command line: it opens no window, and on a
    Linux machine without a display it runs on Qt's offscreen platform. ``widgets``: QtCharts
    draws charts with widgets, which need a QApplication."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        argv = [sys.argv[0] if sys.argv else "moderator-app"]
        if widgets:
            from PySide6.QtWidgets import QApplication

            app = QApplication(argv)
        else:
            app = QGuiApplication(argv)
    assert isinstance(app, QGuiApplication)
    return app


def has_vietnamese(family: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in VIETNAMESE_SAMPLE)


def document_font(point_size: float = 11.0, serif: bool = True) -> QFont:
    """The first installed family (serif or sans) that sets Vietnamese completely."""
    installed = set(QFontDatabase.families())
    preferred = (SERIF_FAMILIES + SANS_FAMILIES) if serif else (SANS_FAMILIES + SERIF_FAMILIES)
    for family in preferred:
        if family in installed and has_vietnamese(family):
            font = QFont(family)
            break
    else:
        candidates = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese) if has_vietnamese(f)]
        font = QFont(candidates[0]) if candidates else QFont()
    font.setPointSizeF(point_size)
    return font


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page carries: a header (left and right) and a footer from (page, pages)."""

    header_left: str
    header_right: str
    footer: Callable[[int, int], str]
    title: str = ""
    margins_mm: tuple[float, float, float, float] = (20.0, 14.0, 20.0, 14.0)  # left, top, right, bottom
    header_rule: bool = True  # a line under the running header (none on administrative documents)
    # Called once the document is laid out on its pages (keeping a signature block whole, say).
    after_layout: Callable[[QTextDocument], None] | None = None


def style_headings(doc: QTextDocument, base: QFont, center_first: bool = True) -> None:
    """Markdown headings at letter sizes (Qt's defaults are poster-sized); the first one centred."""
    sizes = {1: base.pointSizeF() + 3, 2: base.pointSizeF() + 1.5, 3: base.pointSizeF() + 0.5}
    block = doc.firstBlock()
    first = True
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid():
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    fmt = fragment.charFormat()
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    fmt.setFontPointSize(sizes.get(level, base.pointSizeF()))
                    fmt.setFontWeight(QFont.Weight.Bold)
                    cursor.setCharFormat(fmt)
                it += 1
            bfmt = block.blockFormat()
            bfmt.setTopMargin(base.pointSizeF() * (0.6 if first else 1.0))
            bfmt.setBottomMargin(base.pointSizeF() * (1.2 if first else 0.4))
            if first and center_first and level == 1:
                bfmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            QTextCursor(block).setBlockFormat(bfmt)
            first = False
        block = block.next()


def _mm(writer: QPdfWriter, mm: float) -> float:
    return mm / 25.4 * writer.resolution()


def write_pdf(build: Callable[[QPdfWriter], QTextDocument], decor: PageDecor, device: QIODevice) -> int:
    """Lay the document out on A4 pages and paint them to ``device``; returns the page count."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setTitle(decor.title)
    writer.setCreator("Digital Trust Moderator")
    left, top, right, bottom = decor.margins_mm
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter))
    doc = build(writer)
    base = doc.defaultFont()
    small = QFont(base)
    small.setPointSizeF(max(7.0, base.pointSizeF() - 2))
    page = QRectF(0, 0, writer.width(), writer.height())  # the printable area, in device pixels
    header_h = _mm(writer, 12)
    footer_h = _mm(writer, 10)
    body = QRectF(page.left(), page.top() + header_h, page.width(), page.height() - header_h - footer_h)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    if decor.after_layout is not None:
        decor.after_layout(doc)
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start painting the PDF")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#333333"))
            header = QRectF(page.left(), page.top(), page.width(), header_h - _mm(writer, 3))
            painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             decor.header_left)
            painter.drawText(header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             decor.header_right)
            if decor.header_rule:
                pen = QPen(QColor("#7a7a7a"))
                pen.setWidthF(_mm(writer, 0.2))
                painter.setPen(pen)
                rule_y = page.top() + header_h - _mm(writer, 2)
                painter.drawLine(int(page.left()), int(rule_y), int(page.right()), int(rule_y))
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#333333"))
            footer = QRectF(page.left(), page.bottom() - footer_h + _mm(writer, 3), page.width(),
                            footer_h - _mm(writer, 3))
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             decor.footer(index + 1, pages))
    finally:
        painter.end()
    return pages


def pdf_bytes(build: Callable[[QPdfWriter], QTextDocument], decor: PageDecor) -> tuple[bytes, int]:
    """The PDF in memory (to be written atomically and hashed), and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = write_pdf(build, decor, buffer)
    buffer.close()
    return bytes(data.data()), pages
