"""The quarterly activity report as a workbook: the dashboard's figures as tables with native
Excel charts, for the association's leadership.

Sheets, in order: Summary; By month; By week; By category; By platform; Deadlines; Outcomes;
Credibility. Every data sheet has its header in row 1 and its rows from row 2, with a chart
to the right that reads those cells (so it redraws if someone corrects a number). Text goes
through the same formula-injection guard as every export (``xlsx``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.score import Band
from moderator_app.domain.sla import SLA_LABELS, VN_TZ
from moderator_app.domain.statistics import Deadline, Statistics

from .xlsx import Properties, _save_atomically, _set_properties, clean_text, is_formula_like

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E79")
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
PERCENT = "0.0%"
DATE = "DD/MM/YYYY"
CHART_WIDTH = 18.0  # cm
CHART_HEIGHT = 9.0


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> None:
    """One cell; text is never a formula (quote prefix), dates and numbers stay themselves."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format


def _table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           formats: Sequence[str | None] | None = None, widths: Sequence[float] | None = None) -> None:
    for c, h in enumerate(headers, start=1):
        put(ws, 1, c, h)
        cell = ws.cell(row=1, column=c)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, values in enumerate(rows, start=2):
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v, formats[c - 1] if formats else None)
    ws.freeze_panes = "A2"
    for c, h in enumerate(headers, start=1):
        longest = max([len(str(h))] + [len(str(row[c - 1])) for row in rows if row[c - 1] is not None])
        width = widths[c - 1] if widths else min(48.0, max(10.0, longest + 2.0))
        ws.column_dimensions[get_column_letter(c)].width = width


def _print_setup(ws: Worksheet, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.center.text = "&P / &N"


def _bar(title: str, ws: Worksheet, rows: int, series_cols: Sequence[int], horizontal: bool = False,
         stacked: bool = False, y_title: str = "") -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.y_axis.title = y_title
    chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    for col in series_cols:
        chart.add_data(Reference(ws, min_col=col, min_row=1, max_row=max(rows + 1, 2)), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=max(rows + 1, 2)))
    chart.legend.position = "b"
    _show_axes(chart)
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top, as in the table
        chart.height = max(CHART_HEIGHT, 1.1 * rows + 3)
    return chart


def _show_axes(chart: BarChart | LineChart) -> None:
    """Excel hides an axis openpyxl leaves undecided; say it is shown."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _deadline_row(label: str, d: Deadline) -> list[Any]:
    return [label, d.on_time, d.late, d.pending, d.share if d.share is not None else "—"]


def build_workbook(stats: Statistics, quarter: str, lang: str, committee: str = "") -> Workbook:
    wb = Workbook()
    title = _t(lang, f"Báo cáo hoạt động quý {quarter}", f"Quarterly activity report {quarter}")
    if committee:
        title = f"{title} — {committee}"
    period = stats.period

    # 1. Summary
    ws = wb.active
    ws.title = _t(lang, "Tổng quan", "Summary")
    put(ws, 1, 1, title)
    ws.cell(row=1, column=1).font = TITLE_FONT
    put(ws, 2, 1, _t(lang, "Kỳ báo cáo", "Period"))
    put(ws, 2, 2, period.start, DATE)
    put(ws, 2, 3, period.end, DATE)
    as_of = datetime.fromtimestamp(stats.as_of_ms / 1000, VN_TZ).replace(tzinfo=None)
    put(ws, 3, 1, _t(lang, "Số liệu tính đến", "Figures as of"))
    put(ws, 3, 2, as_of.replace(second=0, microsecond=0), "DD/MM/YYYY HH:MM")
    headers = [_t(lang, "Chỉ số", "Figure"), _t(lang, "Giá trị", "Value")]
    for c, h in enumerate(headers, start=1):
        put(ws, 5, c, h)
        ws.cell(row=5, column=c).font = HEADER_FONT
        ws.cell(row=5, column=c).fill = HEADER_FILL
    letters = dict(stats.letters)
    summary: list[tuple[str, Any, str | None]] = [
        (_t(lang, "Phản ánh tiếp nhận", "Reports received"), stats.reports, None),
        (_t(lang, "Hồ sơ mở", "Cases opened"), stats.cases, None),
        (_t(lang, "Quyết định (có hiệu lực)", "Decisions (in force)"), stats.decisions, None),
        (_t(lang, "Sàng lọc trong 5 ngày làm việc", "Triaged within 5 working days"),
         stats.triage.share if stats.triage.share is not None else "—", PERCENT),
        (_t(lang, "Yêu cầu gỡ khẩn trong 24 giờ", "Urgent takedown requests within 24 hours"),
         stats.urgent_takedown.share if stats.urgent_takedown.share is not None else "—", PERCENT),
        (_t(lang, "Hồ sơ quá hạn (hiện tại)", "Overdue cases (now)"), stats.overdue_total, None),
        (_t(lang, "Thư đã gửi", "Letters sent"), sum(letters.values()), None),
        *[(k.label(lang), letters.get(k.value, 0), None) for k in LetterKind],
        (_t(lang, "KOL/KOC trong sổ tín nhiệm", "Influencers in the register"), sum(n for _, n in stats.bands), None),
    ]
    for i, (label, value, fmt) in enumerate(summary, start=6):
        put(ws, i, 1, label)
        put(ws, i, 2, value, fmt if not isinstance(value, str) else None)
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 14
    _print_setup(ws, title)

    # 2. By month
    ws = wb.create_sheet(_t(lang, "Theo tháng", "By month"))
    _table(ws, [_t(lang, "Tháng", "Month"), _t(lang, "Phản ánh", "Reports"), _t(lang, "Hồ sơ", "Cases")],
           [[b.key, b.reports, b.cases] for b in stats.months])
    ws.add_chart(_bar(_t(lang, "Phản ánh và hồ sơ theo tháng", "Reports and cases per month"), ws,
                      len(stats.months), (2, 3)), "E2")
    _print_setup(ws, title)

    # 3. By week
    ws = wb.create_sheet(_t(lang, "Theo tuần", "By week"))
    _table(ws, [_t(lang, "Tuần", "Week"), _t(lang, "Từ ngày", "From"), _t(lang, "Đến ngày", "To"),
                _t(lang, "Phản ánh", "Reports"), _t(lang, "Hồ sơ", "Cases")],
           [[b.key, b.start, b.end, b.reports, b.cases] for b in stats.weeks], [None, DATE, DATE, None, None])
    line = LineChart()
    line.title = _t(lang, "Phản ánh và hồ sơ theo tuần", "Reports and cases per week")
    line.width, line.height = CHART_WIDTH, CHART_HEIGHT
    last = max(len(stats.weeks) + 1, 2)
    for col in (4, 5):
        line.add_data(Reference(ws, min_col=col, min_row=1, max_row=last), titles_from_data=True)
    line.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    line.legend.position = "b"
    _show_axes(line)
    ws.add_chart(line, "G2")
    _print_setup(ws, title)

    # 4. By category, 5. By platform
    for name_vi, name_en, counts, enum in (
        ("Theo loại vi phạm", "By category", stats.by_category, Category),
        ("Theo nền tảng", "By platform", stats.by_platform, Platform),
    ):
        ws = wb.create_sheet(_t(lang, name_vi, name_en))
        rows = [[_label(enum, c.code, lang), c.reports, c.cases] for c in counts]
        _table(ws, [_t(lang, "Loại vi phạm", "Category") if enum is Category else _t(lang, "Nền tảng", "Platform"),
                    _t(lang, "Phản ánh", "Reports"), _t(lang, "Hồ sơ", "Cases")], rows)
        ws.add_chart(_bar(_t(lang, name_vi, name_en), ws, len(rows), (2, 3), horizontal=enum is Category), "E2")
        _print_setup(ws, title)

    # 6. Deadlines
    ws = wb.create_sheet(_t(lang, "Thời hạn", "Deadlines"))
    _table(ws, [_t(lang, "Thời hạn", "Deadline"), _t(lang, "Đúng hạn", "On time"), _t(lang, "Trễ hạn", "Late"),
                _t(lang, "Đang trong hạn", "Still running"), _t(lang, "Tỷ lệ đúng hạn", "Share on time")],
           [_deadline_row(_t(lang, "Sàng lọc trong 5 ngày làm việc", "Triage within 5 working days"), stats.triage),
            _deadline_row(_t(lang, "Yêu cầu gỡ khẩn trong 24 giờ", "Urgent takedown request within 24 hours"),
                          stats.urgent_takedown)],
           [None, None, None, None, PERCENT], [40, 12, 12, 14, 14])
    ws.add_chart(_bar(_t(lang, "Thời hạn", "Deadlines"), ws, 2, (2, 3, 4), horizontal=True, stacked=True), "G2")
    put(ws, 5, 1, _t(lang, "Hồ sơ quá hạn hiện tại, theo bước", "Cases overdue now, by step"))
    ws.cell(row=5, column=1).font = Font(bold=True)
    for i, (kind, n) in enumerate(stats.overdue, start=6):
        vi, en = SLA_LABELS.get(kind, (kind, kind))
        put(ws, i, 1, _t(lang, vi, en))
        put(ws, i, 2, n)
    total_row = 6 + len(stats.overdue)
    put(ws, total_row, 1, _t(lang, "Tổng", "Total"))
    put(ws, total_row, 2, stats.overdue_total)
    ws.cell(row=total_row, column=1).font = Font(bold=True)
    _print_setup(ws, title)

    # 7. Outcomes
    ws = wb.create_sheet(_t(lang, "Hình thức xử lý", "Outcomes"))
    _table(ws, [_t(lang, "Mức", "Level"), _t(lang, "Hình thức xử lý", "Outcome"), _t(lang, "Quyết định", "Decisions")],
           [[o.level, Outcome(o.outcome).label(lang), o.count] for o in stats.outcomes], widths=[8, 44, 12])
    chart = _bar(_t(lang, "Quyết định theo hình thức xử lý", "Decisions by outcome"), ws, len(stats.outcomes), (3,),
                 horizontal=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=len(stats.outcomes) + 1))
    chart.legend = None
    ws.add_chart(chart, "E2")
    _print_setup(ws, title)

    # 8. Credibility
    ws = wb.create_sheet(_t(lang, "Tín nhiệm", "Credibility"))
    _table(ws, [_t(lang, "Mức tín nhiệm", "Band"), _t(lang, "Số KOL/KOC", "Influencers")],
           [[Band(b).label(lang), n] for b, n in stats.bands], widths=[28, 14])
    put(ws, len(stats.bands) + 3, 1, _t(lang, "Tính đến ngày", "As of"))
    put(ws, len(stats.bands) + 3, 2, stats.bands_as_of, DATE)
    pie = PieChart()
    pie.title = _t(lang, "KOL/KOC theo mức tín nhiệm", "Influencers by credibility band")
    pie.width, pie.height = 14.0, CHART_HEIGHT
    pie.add_data(Reference(ws, min_col=2, min_row=1, max_row=len(stats.bands) + 1), titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(stats.bands) + 1))
    pie.dataLabels = DataLabelList()
    pie.dataLabels.showVal = True
    pie.dataLabels.showPercent = False
    pie.dataLabels.showSerName = False
    pie.dataLabels.showCatName = False
    pie.dataLabels.showLegendKey = False
    ws.add_chart(pie, "D2")
    _print_setup(ws, title)
    return wb


def _label(enum: type, code: str, lang: str) -> str:
    try:
        return str(enum(code).label(lang))
    except ValueError:
        return code


def export_quarterly(stats: Statistics, quarter: str, path: Path, lang: str, committee: str = "",
                     created: datetime | None = None) -> Path:
    """Write the quarterly workbook through a temporary file; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"the file name must end in .xlsx: {path}")
    if not path.parent.exists():
        raise UserError(f"the folder {path.parent} does not exist")
    wb = build_workbook(stats, quarter, lang, committee)
    _set_properties(wb, Properties(
        title=_t(lang, f"Báo cáo hoạt động quý {quarter}", f"Quarterly activity report {quarter}"),
        subject=_t(lang, "Hoạt động của Ban tự giám sát", "The self-monitoring committee's activity"),
        keywords="Niềm tin số",
        description=stats.period.label(),
        lang=lang,
        created=created,
    ))
    _save_atomically(wb, path)
    return path
