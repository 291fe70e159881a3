"""A letter as a PDF, in the administrative layout (``ui.documents_layout``): the heading with the
number, place and date, the title (or a công văn's subject under its number), the body set from
the template's Markdown in a font that has every Vietnamese letter, then the recipients and the
signature block; "2/3" at the foot from the second page.

A letter made without the committee's document data (``Letter.meta`` is None) keeps the older
page: the committee's name and the case reference on every page, "Trang 1/2" at the foot. The
words of either are in the letter's language, not the interface's.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont, QPdfWriter, QTextCursor, QTextDocument, QTextFormat

from moderator_app.services.letters import Letter

from ..documents_layout import admin_decor, document_html, markdown_html
from ..printing import PageDecor, document_font, ensure_gui_application, pdf_bytes, style_headings

POINT_SIZE = 11.0


def _escape_heading(text: str) -> str:
    from moderator_app.domain.letters import escape_markdown

    return escape_markdown(" ".join(text.split()))


def letter_markdown(letter: Letter) -> str:
    """The whole letter as Markdown: the title as its first heading, then the body."""
    return f"# {_escape_heading(letter.title)}\n\n{letter.markdown}"


def letter_document(markdown: str) -> QTextDocument:
    doc = QTextDocument()
    font = document_font(POINT_SIZE, serif=True)
    doc.setDefaultFont(font)
    doc.setMarkdown(markdown)
    style_headings(doc, font)
    return doc


def decor_for(letter: Letter) -> PageDecor:
    if letter.lang == "en":
        right = f"Case {letter.ref}"

        def footer(page: int, pages: int) -> str:
            return f"Page {page} of {pages}"
    else:
        right = f"Hồ sơ số {letter.ref}"

        def footer(page: int, pages: int) -> str:
            return f"Trang {page}/{pages}"
    return PageDecor(header_left=letter.committee_name, header_right=right, footer=footer, title=letter.title)


def letter_html(letter: Letter) -> str:
    """The letter in the administrative layout: heading, number, place and date, title or subject,
    body, recipients and the signature block."""
    assert letter.meta is not None
    official = bool(letter.number and letter.number[1] == "CV")  # a công văn: its subject under its number
    meta = replace(letter.meta, subject=letter.subject if official else "")
    return document_html(meta, letter.title, markdown_html(letter.markdown),
                         subject="" if official else letter.subject, show_title=not official)


def admin_letter_document(letter: Letter) -> QTextDocument:
    doc = QTextDocument()
    font = document_font(POINT_SIZE + 1, serif=True)  # 13 pt: the decree's body size
    doc.setDefaultFont(font)
    doc.setHtml(letter_html(letter))
    body_headings(doc, font)
    return doc


def body_headings(doc: QTextDocument, base: QFont) -> None:
    """The template's section headings ("## Lý do") bold at the body's size: in an administrative
    document nothing under the title is larger than it (Qt's defaults are poster-sized)."""
    block = doc.firstBlock()
    while block.isValid():
        if block.blockFormat().headingLevel():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid():
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    fmt = fragment.charFormat()
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)  # "x-large" from the Markdown
                    fmt.setFontPointSize(base.pointSizeF())
                    fmt.setFontWeight(QFont.Weight.Bold)
                    cursor.setCharFormat(fmt)
                it += 1
            bfmt = block.blockFormat()
            bfmt.setTopMargin(base.pointSizeF() * 0.6)
            bfmt.setBottomMargin(base.pointSizeF() * 0.2)
            QTextCursor(block).setBlockFormat(bfmt)
        block = block.next()


def render_letter_pdf(letter: Letter) -> tuple[bytes, int]:
    """The letter's PDF bytes and its page count."""
    ensure_gui_application()
    if letter.meta is None:  # a letter made without the committee's document data (older callers)
        markdown = letter_markdown(letter)

        def build(_writer: QPdfWriter) -> QTextDocument:
            return letter_document(markdown)

        return pdf_bytes(build, decor_for(letter))

    def build_admin(_writer: QPdfWriter) -> QTextDocument:
        return admin_letter_document(letter)

    return pdf_bytes(build_admin, admin_decor(letter.meta, letter.title))
