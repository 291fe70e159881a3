"""The minutes of a meeting as a PDF, in the administrative layout (``documents_layout``): the
chair signs on the right, the secretary on the left."""

from __future__ import annotations

from PySide6.QtGui import QPdfWriter, QTextDocument

from moderator_app.services.minutes import Minutes

from .documents_layout import admin_decor, document_html, markdown_html
from .printing import document_font, ensure_gui_application, pdf_bytes

POINT_SIZE = 12.0


def minutes_html(minutes: Minutes) -> str:
    return document_html(minutes.meta, minutes.title, markdown_html(minutes.markdown), subject=minutes.subject)


def render_minutes_pdf(minutes: Minutes) -> tuple[bytes, int]:
    """The PDF bytes and the page count."""
    ensure_gui_application()

    def build(_writer: QPdfWriter) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(document_font(POINT_SIZE, serif=True))
        doc.setHtml(minutes_html(minutes))
        return doc

    return pdf_bytes(build, admin_decor(minutes.meta, f"{minutes.title} — {minutes.subject}"))
