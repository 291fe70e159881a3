"""The quarterly activity report as a PDF: the workbook's tables, each under its chart.

Charts are drawn by QtCharts into images (so this needs the window's application, not only a
headless one) and laid out with the tables in one QTextDocument, printed with the committee's
name and the report's title at the head of every page and page numbers at the foot.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QPdfWriter, QTextDocument

from moderator_app.domain.clock import vn_datetime
from moderator_app.domain.statistics import Statistics
from moderator_app.exports.quarterly import report_tables, report_title, summary_rows

from ..detail_common import percent_text
from ..printing import PageDecor, document_font, pdf_bytes
from .charts import chart_image


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def _cell(value: Any, lang: str) -> str:
    if isinstance(value, float):  # the only fractions in the report are shares
        return percent_text(value, lang=lang)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return html.escape(str(value))


def _table(headers: list[str] | tuple[str, ...], rows: list[tuple[Any, ...]] | tuple[tuple[Any, ...], ...],
           lang: str) -> str:
    head = "".join(f"<th align='left' bgcolor='#1f4e79'><font color='#ffffff'>{html.escape(h)}</font></th>"
                   for h in headers)
    body = []
    for row in rows:
        cells = []
        for v in row:
            align = "right" if isinstance(v, int | float) else "left"
            cells.append(f"<td align='{align}'>{_cell(v, lang)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse; "
            f"border-color:#c9ced6'><tr>{head}</tr>{''.join(body)}</table>")


def report_html(stats: Statistics, quarter: str, lang: str, committee: str, image_width: int) -> str:
    title = report_title(quarter, lang)
    as_of = vn_datetime(stats.as_of_ms).strftime("%H:%M %d/%m/%Y")  # Hà Nội's time on any computer
    parts = [
        f"<h1 align='center'>{html.escape(title)}</h1>",
        f"<p align='center'>{html.escape(committee)}<br>"
        + html.escape(_t(lang, "Kỳ báo cáo", "Period")) + f": {html.escape(stats.period.label())} · "
        + html.escape(_t(lang, "Số liệu tính đến", "Figures as of")) + f" {as_of}</p>",
        f"<h2>{html.escape(_t(lang, 'Tổng quan', 'Summary'))}</h2>",
        _table([_t(lang, "Chỉ số", "Figure"), _t(lang, "Giá trị", "Value")],
               [(label, value) for label, value, _ in summary_rows(stats, lang)], lang),
    ]
    for table in report_tables(stats, lang):
        parts.append(f"<h2 style='page-break-before: always'>{html.escape(table.title)}</h2>")
        parts.append(f"<p><img src='chart:{table.key}' width='{image_width}'></p>")
        parts.append(_table(table.headers, table.rows, lang))
        if table.note:
            parts.append(f"<p><i>{html.escape(table.note)}</i></p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def quarterly_pdf(stats: Statistics, quarter: str, lang: str, committee: str) -> tuple[bytes, int]:
    """The report's PDF bytes and page count."""
    tables = report_tables(stats, lang)
    images = {t.key: chart_image(t, QSize(820, 460 if t.chart in ("hbar", "pie") else 360)) for t in tables}

    def build(writer: QPdfWriter) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(document_font(9.5, serif=False))
        for key, image in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{key}"), image)
        # Image sizes in a document are in 96-dpi pixels, scaled up to the printer's resolution.
        width = int(writer.width() * 96 / writer.resolution() * 0.95)
        doc.setHtml(report_html(stats, quarter, lang, committee, width))
        return doc

    footer = (lambda page, pages: f"Page {page} of {pages}") if lang == "en" else \
        (lambda page, pages: f"Trang {page}/{pages}")
    decor = PageDecor(header_left=committee, header_right=report_title(quarter, lang), footer=footer,
                      title=report_title(quarter, lang))
    return pdf_bytes(build, decor)
