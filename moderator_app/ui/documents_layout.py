"""The administrative layout of the committee's documents, as Vietnamese associations set them
(Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body and the number top left, the national name
and motto and the place and date top right, the title, the body, then the recipients (Nơi nhận)
bottom left and the signature block bottom right.

Letters, minutes and the quarterly report are laid out by ``document_html`` from a
``DocumentMeta`` (``domain.documents``); ``admin_decor`` gives their pages: A4, the decree's
margins, the page number at the foot.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QTextDocument, QTextFormat, QTextTable

from moderator_app.domain.documents import MOTTO, NATIONAL_NAME, DocumentMeta

from .printing import PageDecor

MARGINS_MM = (30.0, 20.0, 15.0, 20.0)  # left, top, right, bottom: the decree's ranges


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def markdown_html(markdown: str) -> str:
    """A Markdown body as an HTML fragment the layout can hold."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    full = doc.toHtml()
    match = re.search(r"<body[^>]*>(.*)</body>", full, re.S)
    return match.group(1) if match else _e(markdown)


def heading_html(meta: DocumentMeta) -> str:
    """The two blocks at the top of the first page."""
    p, lang = meta.profile, meta.lang
    left = [f"<div>{_e(p.text('parent_body', lang))}</div>", f"<div>{_e(p.text('alliance', lang))}</div>",
            f"<div><b><u>{_e(p.text('issuing_body', lang))}</u></b></div>"]
    number = meta.number_line()
    if number:
        left.append(f"<div style='margin-top:6px'>{_e(number)}</div>")
    if meta.subject:
        left.append(f"<div style='font-size:small'>{_e(meta.subject)}</div>")
    right = []
    if p.national_motto:
        index = 1 if lang == "en" else 0
        right += [f"<div><b>{_e(NATIONAL_NAME[index])}</b></div>", f"<div><b><u>{_e(MOTTO[index])}</u></b></div>"]
    right.append(f"<div style='margin-top:6px'><i>{_e(meta.place_date())}</i></div>")
    return ("<table width='100%' cellspacing='0' cellpadding='0' style='font-size:10pt'><tr>"
            f"<td width='46%' align='center' valign='top'>{''.join(left)}</td>"
            f"<td width='54%' align='center' valign='top'>{''.join(right)}</td></tr></table>")


def title_html(title: str, subject: str = "") -> str:
    """The title (THÔNG BÁO, BIÊN BẢN...) and, under it, what the document is about."""
    parts = [f"<p align='center' style='margin-top:18px; margin-bottom:0'><b><span style='font-size:large'>"
             f"{_e(title)}</span></b></p>"]
    if subject:
        parts.append(f"<p align='center' style='margin-top:2px'><b>{_e(subject)}</b></p>")
    return "".join(parts)


def closing_html(meta: DocumentMeta) -> str:
    """Nơi nhận (bottom left) and the signature block (bottom right), with room to sign and seal."""
    lang = meta.lang
    copies = "".join(f"<div>- {_e(line)}</div>" for line in meta.copies)
    left = ""
    if meta.second_signer is not None:  # minutes: the secretary signs on the left
        title, name = meta.second_signer
        left = (f"<div><b>{_e(title)}</b></div><div style='margin-top:60px'><b>{_e(name)}</b></div>")
    elif copies:
        word = "Recipients:" if lang == "en" else "Nơi nhận:"
        left = f"<div><b><i>{_e(word)}</i></b></div><div style='font-size:small'>{copies}</div>"
    right = ""
    if meta.signer_name:
        lines = [f"<div><b>{_e(meta.signer_for)}</b></div>" if meta.signer_for else "",
                 f"<div><b>{_e(meta.signer_title)}</b></div>" if meta.signer_title else "",
                 f"<div style='margin-top:60px'><b>{_e(meta.signer_name)}</b></div>"]
        right = "".join(lines)
    align_left = "center" if meta.second_signer is not None else "left"
    return ("<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:14px'><tr>"
            f"<td width='50%' align='{align_left}' valign='top'>{left}</td>"
            f"<td width='50%' align='center' valign='top'>{right}</td></tr></table>")


def document_html(meta: DocumentMeta, title: str, body_html: str, subject: str = "", show_title: bool = True) -> str:
    """The whole document: heading, title (a công văn has none: its subject sits under its number),
    body and closing."""
    parts = [heading_html(meta)]
    if show_title:
        parts.append(title_html(title, subject))
    else:
        parts.append("<p></p>")
    parts += [body_html, closing_html(meta)]
    return "".join(parts)


def admin_decor(meta: DocumentMeta, title: str) -> PageDecor:
    """A4 with the decree's margins, no running header, the page number at the foot from page 2
    (the decree shows no number on the first page)."""
    def footer(page: int, pages: int) -> str:
        return "" if page == 1 else f"{page}/{pages}"

    return PageDecor(header_left="", header_right="", footer=footer, title=title, margins_mm=MARGINS_MM,
                     header_rule=False, after_layout=keep_closing_whole)


def keep_closing_whole(doc: QTextDocument) -> None:
    """The recipients and the signature block on one page: a signature alone on the next page
    signs nothing, so the block moves over whole when the page would split it."""
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if not tables:
        return
    closing = tables[-1]
    rect = doc.documentLayout().frameBoundingRect(closing)
    page = doc.pageSize().height()
    if page <= 0 or int(rect.top() // page) == int((rect.bottom() - 1) // page):
        return
    fmt = closing.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    closing.setFormat(fmt)
