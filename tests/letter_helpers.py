"""Reading back the PDFs letters and reports are printed to (QtPdf's text extraction)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument


def pdf_pages(data: bytes | Path) -> list[str]:
    """The text of every page of a PDF, in order."""
    if QGuiApplication.instance() is None:
        from moderator_app.ui.printing import ensure_gui_application

        ensure_gui_application()
    raw = data.read_bytes() if isinstance(data, Path) else data
    buffer = QBuffer()
    buffer.setData(QByteArray(raw))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    assert doc.status() == QPdfDocument.Status.Ready, doc.status()
    try:
        return [doc.getAllText(i).text() for i in range(doc.pageCount())]
    finally:
        doc.close()


def flat(text: str) -> str:
    """Whitespace folded to single spaces (lines break where the layout chose)."""
    return " ".join(text.split())
