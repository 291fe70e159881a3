"""The quarterly activity report as a PDF: the workbook's tables, each under its chart.

Charts are drawn by QtCharts into images (so this needs the window's application, not only a
headless one) and laid out with the tables in one QTextDocument, printed with the committee's
name and the report's title at the head of every page and page numbers at the foot.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QPdfWriter, QTextDocument

from moderator_app.domain.clock import local_date, vn_datetime
from moderator_app.domain.documents import DocumentMeta, DocumentProfile, filing_line, signature_for
from moderator_app.domain.formats import decimal_text, period_key_label
from moderator_app.domain.statistics import Statistics
from moderator_app.exports.quarterly import HOURS, report_tables, report_title, summary_rows
from moderator_app.services.workspace import Workspace

from ..detail_common import percent_text
from ..documents_layout import admin_decor, document_html, keep_closing_whole
from ..printing import PageDecor, document_font, ensure_gui_application, pdf_bytes
from .charts import chart_image


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def _cell(value: Any, lang: str, fmt: str | None = None) -> str:
    if value is None:  # a share of nothing
        return "—"
    if isinstance(value, float):  # shares, and the median hours to removal
        return decimal_text(value, lang) if fmt == HOURS else percent_text(value, lang=lang)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return html.escape(str(value))


WIDE = 6  # a table with more columns is set smaller, its first column kept on one line


def _table(headers: list[str] | tuple[str, ...], rows: list[tuple[Any, ...]] | tuple[tuple[Any, ...], ...],
           lang: str, formats: tuple[str | None, ...] = ()) -> str:
    wide = len(headers) > WIDE

    def style(i: int, size: int) -> str:
        css = (f"font-size:{size}pt;" if wide else "") + ("white-space:nowrap;" if wide and i == 0 else "")
        return f" style='{css}'" if css else ""

    # Headers a size smaller still, so that no word of theirs is cut in a narrow column.
    head = "".join(f"<th align='left' bgcolor='#1f4e79'{style(i, 8)}><font color='#ffffff'>{html.escape(h)}</font>"
                   "</th>" for i, h in enumerate(headers))
    body = []
    for row in rows:
        cells = []
        for i, v in enumerate(row):
            align = "right" if v is None or isinstance(v, int | float) else "left"
            text = _cell(v, lang, formats[i] if i < len(formats) else None)
            cells.append(f"<td align='{align}'{style(i, 9)}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    # The header row is the table's head: repeated on the next page when the table runs over.
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='{3 if wide else 4}' "
            f"style='border-collapse:collapse; border-color:#c9ced6'><thead><tr>{head}</tr></thead>{''.join(body)}"
            "</table>")


def summary_paragraph(stats: Statistics, quarter: str, lang: str) -> str:
    """The key figures in a sentence or two, as the report opens."""
    period = period_key_label(quarter, lang)
    triage = percent_text(stats.triage.share, lang=lang) if stats.triage.share is not None else "—"
    urgent = percent_text(stats.urgent_takedown.share, lang=lang) if stats.urgent_takedown.share is not None else "—"
    letters = sum(n for _, n in stats.letters)
    record = stats.platforms.total
    in_time = percent_text(record.share_in_time, lang=lang) if record.share_in_time is not None else "—"
    if lang == "en":
        platforms = (f" It sent {record.sent} takedown requests to platforms; {in_time} of those whose outcome is "
                     f"known were answered in time." if record.sent else "")
        return (f"In {period} the committee received {stats.reports} reports, opened {stats.cases} cases and took "
                f"{stats.decisions} decisions now in force; {triage} of cases were triaged within 5 working days "
                f"and {urgent} of urgent takedown requests were sent within 24 hours. It sent {letters} letters; "
                f"{stats.overdue_total} cases are past a deadline today." + platforms)
    platforms = (f" Ban đã gửi {record.sent} đề nghị gỡ nội dung cho các nền tảng; {in_time} đề nghị đã biết kết quả "
                 "được nền tảng trả lời đúng hạn." if record.sent else "")
    return (f"Trong {period}, Ban tiếp nhận {stats.reports} phản ánh, mở {stats.cases} hồ sơ và ra {stats.decisions} "
            f"quyết định đang có hiệu lực; {triage} hồ sơ được sàng lọc trong 5 ngày làm việc và {urgent} đề nghị "
            f"gỡ khẩn được gửi trong 24 giờ. Ban đã gửi {letters} văn bản; hiện có {stats.overdue_total} hồ sơ quá "
            "hạn." + platforms)


def report_html(stats: Statistics, quarter: str, lang: str, committee: str, image_width: int,
                meta: DocumentMeta | None = None, breaks: frozenset[int] = frozenset()) -> str:
    """The report's body; with ``meta``, in the administrative layout (heading, title, closing).
    The sections numbered in ``breaks`` start a new page."""
    title = report_title(quarter, lang)
    as_of = vn_datetime(stats.as_of_ms).strftime("%H:%M %d/%m/%Y")  # Hà Nội's time on any computer
    period = period_key_label(quarter, lang)
    body = [
        f"<p>{html.escape(summary_paragraph(stats, quarter, lang))}</p>",
        f"<p><i>{html.escape(_t(lang, 'Kỳ báo cáo', 'Period'))}: {html.escape(stats.period.label())} · "
        f"{html.escape(_t(lang, 'Số liệu tính đến', 'Figures as of'))} {as_of}</i></p>",
        f"<p><b>{html.escape(_t(lang, '1. Các chỉ số chính', '1. Key figures'))}</b></p>",
        _table([_t(lang, "Chỉ số", "Figure"), _t(lang, "Giá trị", "Value")],
               [(label, value) for label, value, _ in summary_rows(stats, lang)], lang),
    ]
    for n, table in enumerate(report_tables(stats, lang), start=2):
        style = "margin-top:12px" + ("; page-break-before:always" if n in breaks else "")
        body.append(f"<p style='{style}'><b>{n}. {html.escape(table.title)}</b></p>")
        body.append(f"<p align='center'><img src='chart:{table.key}' width='{image_width}'></p>")
        body.append(_table(table.headers, table.rows, lang, table.formats))
        if table.note:
            body.append(f"<p><i>{html.escape(table.note)}</i></p>")
    if meta is None:
        head = (f"<h1 align='center'>{html.escape(title)}</h1><p align='center'>{html.escape(committee)}</p>")
        return "<html><body>" + head + "".join(body) + "</body></html>"
    subject = _t(lang, f"Kết quả hoạt động tự giám sát {period}", f"Self-monitoring activity, {period}")
    return document_html(meta, _t(lang, "BÁO CÁO", "REPORT"), "".join(body), subject=subject)


SECTION = re.compile(r"^(\d+)\. ")  # a section's heading: "10. Takedown requests by platform"
IMAGE = "\ufffc"  # the character that stands for an image in a block's text


def headings_to_move(doc: QTextDocument) -> set[int]:
    """The sections (by number) whose heading would end a page without its chart."""
    page = doc.pageSize().height()
    if page <= 0:
        return set()
    layout = doc.documentLayout()
    found: set[int] = set()
    block = doc.begin()
    while block.isValid():
        image = block.next()
        heading = SECTION.match(block.text())
        if heading and image.isValid() and IMAGE in image.text():
            top = layout.blockBoundingRect(block).top()
            chart_end = layout.blockBoundingRect(image).bottom()
            if int(top // page) != int((chart_end - 1) // page) and top % page > 1:
                found.add(int(heading.group(1)))
        block = block.next()
    return found


def report_meta(profile: DocumentProfile, lang: str, day: date, chair: str) -> DocumentMeta:
    """The report goes to the alliance's board, signed for the committee by its chair."""
    signer_for, signer_title = signature_for(profile, lang)
    board = _t(lang, "Ban Điều hành Liên minh “Niềm tin số”;", "The Executive Board of the “Niềm tin số” alliance;")
    return DocumentMeta(profile, lang, day, None, "", (board, filing_line(profile, lang)), signer_for, signer_title,
                        chair)


def quarterly_pdf(stats: Statistics, quarter: str, lang: str, committee: str,
                  meta: DocumentMeta | None = None) -> tuple[bytes, int]:
    """The report's PDF bytes and page count (administrative layout when ``meta`` is given)."""
    tables = report_tables(stats, lang)
    images = {t.key: chart_image(t, QSize(820, 460 if t.chart in ("hbar", "pie") else 360)) for t in tables}

    def fill(doc: QTextDocument, width: int, breaks: frozenset[int]) -> None:
        for key, image in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{key}"), image)
        doc.setHtml(report_html(stats, quarter, lang, committee, width, meta, breaks))

    def build(writer: QPdfWriter) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(document_font(11 if meta else 9.5, serif=meta is not None))
        # Image sizes in a document are in 96-dpi pixels, scaled up to the printer's resolution.
        width = int(writer.width() * 96 / writer.resolution() * (0.75 if meta else 0.95))
        fill(doc, width, frozenset())
        doc.setProperty("image_width", width)
        return doc

    def keep_together(doc: QTextDocument) -> None:
        """A heading that would end a page without its chart starts the next page with it. The
        document is laid out afresh each time (a break moves what follows), until none is left."""
        breaks: frozenset[int] = frozenset()
        for _ in range(len(images)):
            more = headings_to_move(doc)
            if not more:
                break
            breaks = breaks | more
            fill(doc, int(doc.property("image_width")), breaks)
        if meta is not None:
            keep_closing_whole(doc)

    if meta is not None:
        return pdf_bytes(build, replace(admin_decor(meta, report_title(quarter, lang)), after_layout=keep_together))
    footer = (lambda page, pages: f"Page {page} of {pages}") if lang == "en" else \
        (lambda page, pages: f"Trang {page}/{pages}")
    decor = PageDecor(header_left=committee, header_right=report_title(quarter, lang), footer=footer,
                      title=report_title(quarter, lang), after_layout=keep_together)
    return pdf_bytes(build, decor)


def render_quarterly_pdf(ws: Workspace, stats: Statistics, quarter: str, lang: str) -> bytes:
    """The quarterly report as the committee sends it: administrative layout, signed by its chair."""
    from moderator_app.services import documents
    from moderator_app.services.letters import committee_name

    ensure_gui_application(widgets=True)
    meta = report_meta(documents.profile(ws), lang, local_date(ws.clock.wall()), documents.chair_name(ws))
    pdf, _pages = quarterly_pdf(stats, quarter, lang, committee_name(ws), meta)
    return pdf
