"""The quarterly activity report: the dashboard's figures as tables with native Excel charts, for
the association's leadership.

``report_tables`` turns the figures into titled tables (with the chart each one gets); the
workbook, the PDF and the dashboard all draw from it, so they show the same rows under the same
headings. Sheets, in order: Summary, then one per table (by month, by week, by category, by
platform, deadlines, overdue now, outcomes, credibility, then the platforms' record: takedown
requests by platform, sent by quarter, answered in time by quarter). A data sheet has its header
in row 1 and its rows from row 2, with a chart to the right that reads those cells. Text goes
through the formula-injection guard of every export (``xlsx``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from moderator_app.domain.clock import vn_datetime
from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.formats import period_key_label, short_period_label
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.platform_record import PlatformRecord, PlatformsRecord
from moderator_app.domain.score import Band
from moderator_app.domain.sla import SLA_LABELS
from moderator_app.domain.statistics import Deadline, Statistics, quarter_period

from .guard import guard_text
from .xlsx import Properties, _set_properties, save_workbook

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E79")
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
PERCENT = "0.0%"
HOURS = "0.0"  # hours to a tenth (the median hours to removal)
DATE = "DD/MM/YYYY"
CHART_WIDTH = 18.0  # cm
CHART_HEIGHT = 9.0


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of the report and the chart drawn from it.

    ``chart`` is ``bar``, ``hbar`` (horizontal), ``stacked`` (horizontal, stacked), ``line`` or
    ``pie``; ``series`` are the (1-based) columns drawn, ``labels`` the column naming each row;
    ``axis`` a shorter name per row for a chart's axis (months and weeks), when there is one;
    ``chart_rows`` how many of the first rows the chart draws (not a total row), when not all.
    A cell holding ``None`` has no value (a share of nothing): empty in the workbook, a gap in a
    line, "—" in a table.
    """

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    formats: tuple[str | None, ...]
    chart: str
    series: tuple[int, ...]
    labels: int = 1
    note: str = ""
    axis: tuple[str, ...] = ()
    chart_rows: int | None = None

    @property
    def drawn(self) -> tuple[tuple[Any, ...], ...]:
        """The rows the chart draws."""
        return self.rows if self.chart_rows is None else self.rows[:self.chart_rows]


def _label(enum: type, code: str, lang: str) -> str:
    try:
        return str(enum(code).label(lang))
    except ValueError:
        return code


def _deadline_row(label: str, d: Deadline) -> tuple[Any, ...]:
    return (label, d.on_time, d.late, d.pending, d.share if d.share is not None else "—")


def report_title(quarter: str, lang: str) -> str:
    """``2026Q4`` → "Báo cáo hoạt động Quý IV/2026" / "Quarterly activity report, Q4 2026"."""
    label = period_key_label(quarter, lang)
    return _t(lang, f"Báo cáo hoạt động {label}", f"Quarterly activity report, {label}")


def summary_rows(stats: Statistics, lang: str) -> list[tuple[str, Any, str | None]]:
    """(figure, value, number format) of the summary."""
    letters = dict(stats.letters)
    return [
        (_t(lang, "Phản ánh tiếp nhận", "Reports received"), stats.reports, None),
        (_t(lang, "Hồ sơ mở", "Cases opened"), stats.cases, None),
        (_t(lang, "Quyết định (có hiệu lực)", "Decisions (in force)"), stats.decisions, None),
        (_t(lang, "Sàng lọc trong 5 ngày làm việc", "Triaged within 5 working days"),
         stats.triage.share if stats.triage.share is not None else "—", PERCENT),
        (_t(lang, "Đề nghị gỡ khẩn trong 24 giờ", "Urgent takedown requests within 24 hours"),
         stats.urgent_takedown.share if stats.urgent_takedown.share is not None else "—", PERCENT),
        (_t(lang, "Hồ sơ quá hạn (hiện tại)", "Overdue cases (now)"), stats.overdue_total, None),
        (_t(lang, "Văn bản đã gửi", "Letters sent"), sum(letters.values()), None),
        *[(k.label(lang), letters.get(k.value, 0), None) for k in LetterKind],
        (_t(lang, "Người có ảnh hưởng trong sổ tín nhiệm", "Influencers in the register"),
         sum(n for _, n in stats.bands), None),
        (_t(lang, "Đề nghị gỡ nội dung đã gửi cho nền tảng", "Takedown requests sent to platforms"),
         stats.platforms.total.sent, None),
        (_t(lang, "Đề nghị gỡ được nền tảng trả lời đúng hạn", "Takedown requests answered in time"),
         stats.platforms.total.share_in_time if stats.platforms.total.share_in_time is not None else "—", PERCENT),
    ]


def report_tables(stats: Statistics, lang: str) -> list[ReportTable]:
    reports, cases = _t(lang, "Phản ánh", "Reports"), _t(lang, "Hồ sơ", "Cases")
    deadline_headers = (_t(lang, "Thời hạn", "Deadline"), _t(lang, "Đúng hạn", "On time"),
                        _t(lang, "Trễ hạn", "Late"), _t(lang, "Đang trong hạn", "Still running"),
                        _t(lang, "Tỷ lệ đúng hạn", "Share on time"))
    return [
        ReportTable("months", _t(lang, "Phản ánh và hồ sơ theo tháng", "Reports and cases per month"),
                    (_t(lang, "Tháng", "Month"), reports, cases),
                    tuple((period_key_label(b.key, lang), b.reports, b.cases) for b in stats.months),
                    (None, None, None), "bar", (2, 3),
                    axis=tuple(short_period_label(b.key, lang) for b in stats.months)),
        ReportTable("weeks", _t(lang, "Phản ánh và hồ sơ theo tuần", "Reports and cases per week"),
                    (_t(lang, "Tuần", "Week"), _t(lang, "Từ ngày", "From"), _t(lang, "Đến ngày", "To"), reports,
                     cases),
                    tuple((period_key_label(b.key, lang), b.start, b.end, b.reports, b.cases) for b in stats.weeks),
                    (None, DATE, DATE, None, None), "line", (4, 5),
                    axis=tuple(short_period_label(b.key, lang) for b in stats.weeks)),
        ReportTable("categories", _t(lang, "Theo loại vi phạm", "By category"),
                    (_t(lang, "Loại vi phạm", "Category"), reports, cases),
                    tuple((_label(Category, c.code, lang), c.reports, c.cases) for c in stats.by_category),
                    (None, None, None), "hbar", (2, 3)),
        ReportTable("platforms", _t(lang, "Theo nền tảng", "By platform"),
                    (_t(lang, "Nền tảng", "Platform"), reports, cases),
                    tuple((_label(Platform, c.code, lang), c.reports, c.cases) for c in stats.by_platform),
                    (None, None, None), "bar", (2, 3)),
        ReportTable("deadlines", _t(lang, "Thời hạn xử lý", "Deadlines"), deadline_headers,
                    (_deadline_row(_t(lang, "Sàng lọc trong 5 ngày làm việc", "Triage within 5 working days"),
                                   stats.triage),
                     _deadline_row(_t(lang, "Đề nghị gỡ khẩn trong 24 giờ", "Urgent takedown request within 24 hours"),
                                   stats.urgent_takedown)),
                    (None, None, None, None, PERCENT), "stacked", (2, 3, 4),
                    note=_t(lang, "Tỷ lệ đúng hạn tính trên các hồ sơ đã biết kết quả (đúng hạn + trễ hạn).",
                            "The share on time counts the cases whose outcome is known (on time + late).")),
        ReportTable("overdue", _t(lang, "Hồ sơ quá hạn hiện tại, theo bước", "Cases overdue now, by step"),
                    (_t(lang, "Bước", "Step"), _t(lang, "Hồ sơ", "Cases")),
                    tuple((_t(lang, *SLA_LABELS.get(k, (k, k))), n) for k, n in stats.overdue),
                    (None, None), "hbar", (2,)),
        ReportTable("outcomes", _t(lang, "Quyết định theo hình thức xử lý", "Decisions by outcome"),
                    (_t(lang, "Mức", "Level"), _t(lang, "Hình thức xử lý", "Outcome"),
                     _t(lang, "Quyết định", "Decisions")),
                    tuple((o.level, Outcome(o.outcome).label(lang), o.count) for o in stats.outcomes),
                    (None, None, None), "hbar", (3,), labels=2),
        ReportTable("bands", _t(lang, "Người có ảnh hưởng theo mức tín nhiệm", "Influencers by credibility band"),
                    (_t(lang, "Mức tín nhiệm", "Band"), _t(lang, "Số người có ảnh hưởng", "Influencers")),
                    tuple((Band(b).label(lang), n) for b, n in stats.bands), (None, None), "pie", (2,),
                    note=_t(lang, f"Tính đến ngày {stats.bands_as_of:%d/%m/%Y}.",
                            f"As of {stats.bands_as_of:%d/%m/%Y}.")),
        *platform_tables(stats.platforms, lang),
    ]


# --- the platforms' record -------------------------------------------------------------------------


def platform_label(code: str, lang: str) -> str:
    return _t(lang, "Tổng cộng", "Total") if code == "" else _label(Platform, code, lang)


def record_headers(lang: str) -> tuple[str, ...]:
    """The platforms' record's columns (the public register's page uses them too)."""
    return (_t(lang, "Nền tảng", "Platform"), _t(lang, "Đã gửi", "Sent"),
            _t(lang, "Trả lời đúng hạn", "In time"), _t(lang, "Trả lời muộn", "Late"),
            _t(lang, "Không trả lời", "No answer"), _t(lang, "Chưa đến hạn", "Not yet due"),
            _t(lang, "Từ chối gỡ", "Refused"), _t(lang, "Đã gỡ, gỡ một phần", "Removed (all or part)"),
            _t(lang, "Số giờ đến khi gỡ (trung vị)", "Median hours to removal"),
            _t(lang, "Nội dung xuất hiện lại", "Content back online"))


def record_row(r: PlatformRecord, lang: str) -> tuple[Any, ...]:
    return (platform_label(r.platform, lang), r.sent, r.in_time, r.late, r.no_answer, r.awaiting, r.refused,
            r.removed, r.median_hours if r.median_hours is not None else "—", r.back_online)


RECORD_FORMATS: tuple[str | None, ...] = (None, None, None, None, None, None, None, None, HOURS, None)


def record_note(lang: str) -> str:
    return _t(
        lang,
        "Mỗi đề nghị đã gửi thuộc đúng một trong bốn cột: trả lời đúng hạn, trả lời muộn, không trả lời (đã ghi "
        "“Không trả lời”, hoặc đã quá hạn mà chưa có kết quả) và chưa đến hạn (chưa trả lời, còn trong hạn). Từ chối "
        "gỡ và đã gỡ (toàn bộ hoặc một phần) chia các đề nghị đã được trả lời; số giờ đến khi gỡ tính từ khi gửi đề "
        "nghị; nội dung xuất hiện lại: một lần kiểm tra lại sau khi gỡ thấy nội dung vẫn còn.",
        "Each request sent is in exactly one of four columns: answered in time, answered late, no answer (“no "
        "answer” recorded, or past the deadline with nothing recorded) and not yet due (awaiting an answer within "
        "the deadline). Refused and removed (all or part) split the answered requests; hours to removal run from "
        "sending the request; content back online: a re-check after the removal found the content up.")


def no_requests_text(lang: str) -> str:
    return _t(lang, "Không có đề nghị gỡ nội dung nào được gửi trong kỳ.",
              "No takedown request was sent in the period.")


def platform_tables(record: PlatformsRecord, lang: str) -> list[ReportTable]:
    """The platforms' record (per platform, and a total row the chart leaves out) and the quarters."""
    rows = tuple(record_row(r, lang) for r in (*record.rows, record.total)) if record.rows else ()
    table = ReportTable("takedowns", _t(lang, "Đề nghị gỡ nội dung theo nền tảng", "Takedown requests by platform"),
                        record_headers(lang), rows, RECORD_FORMATS, "stacked", (3, 4, 5, 6),
                        note=record_note(lang) if rows else no_requests_text(lang), chart_rows=len(record.rows))
    platforms = record.platforms
    heads = (_t(lang, "Quý", "Quarter"), *(platform_label(p, lang) for p in platforms),
             _t(lang, "Tất cả nền tảng", "All platforms"))
    every = len(heads)
    # The platforms' lines, or the whole's alone when no platform had a request.
    sent_series = tuple(range(2, every)) or (every,)
    quarters = [(period_key_label(q.quarter, lang), q) for q in record.quarters]
    cut = ""
    if record.quarters and record.quarters[-1].end < quarter_period(record.quarters[-1].quarter)[1].end:
        last = record.quarters[-1].end  # a quarter so far
        cut = _t(lang, f"Quý cuối tính đến hết ngày {last:%d/%m/%Y}.", f"The last quarter runs to {last:%d/%m/%Y}.")
    sent = ReportTable(
        "takedown_quarters", _t(lang, "Đề nghị gỡ nội dung đã gửi theo quý", "Takedown requests sent, by quarter"),
        heads, tuple((label, *(r.sent for r in q.rows), q.total.sent) for label, q in quarters),
        (None,) * every, "bar", sent_series, note=cut)
    shares = ReportTable(
        "takedown_shares", _t(lang, "Tỷ lệ nền tảng trả lời đúng hạn theo quý", "Share answered in time, by quarter"),
        heads, tuple((label, *(r.share_in_time for r in q.rows), q.total.share_in_time) for label, q in quarters),
        (None, *(PERCENT,) * (every - 1)), "line", tuple(range(2, every + 1)),
        note=" ".join(filter(None, (_t(
            lang, "Tỷ lệ tính trên các đề nghị gửi trong quý đã biết kết quả (trả lời đúng hạn, trả lời muộn hoặc "
                  "không trả lời); để trống khi chưa có đề nghị nào như vậy.",
            "The share counts the requests sent in the quarter whose outcome is known (answered in time, late, or "
            "no answer); empty when there are none."), cut))))
    return [table, sent, shares]


SHEET_NAMES: dict[str, tuple[str, str]] = {
    "months": ("Theo tháng", "By month"),
    "weeks": ("Theo tuần", "By week"),
    "categories": ("Theo loại vi phạm", "By category"),
    "platforms": ("Theo nền tảng", "By platform"),
    "deadlines": ("Thời hạn", "Deadlines"),
    "overdue": ("Quá hạn", "Overdue"),
    "outcomes": ("Hình thức xử lý", "Outcomes"),
    "bands": ("Tín nhiệm", "Credibility"),
    "takedowns": ("Đề nghị gỡ theo nền tảng", "Takedowns by platform"),
    "takedown_quarters": ("Đề nghị gỡ theo quý", "Takedowns by quarter"),
    "takedown_shares": ("Trả lời đúng hạn theo quý", "Answered in time by quarter"),
}


# --- the workbook --------------------------------------------------------------------------------


def put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> None:
    """One cell; text is never a formula (quote prefix), dates and numbers stay themselves."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        guarded = guard_text(value)
        cell.value = guarded.text
        cell.data_type = "s"
        if guarded.quoted:
            cell.quotePrefix = True
    else:
        cell.value = value
        if number_format:
            cell.number_format = number_format


def _header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for c, h in enumerate(headers, start=1):
        put(ws, row, c, h)
        cell = ws.cell(row=row, column=c)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _width(value: Any) -> int:
    if isinstance(value, date):
        return 10
    if isinstance(value, float):  # shown as 83,3% or 14,6: its digits, not Python's
        return 7
    return len(str(value)) if value is not None else 0


def _print_setup(ws: Worksheet, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.center.text = "&P / &N"


def _show_axes(chart: BarChart | LineChart) -> None:
    """Excel hides an axis openpyxl leaves undecided; say it is shown."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _chart(ws: Worksheet, table: ReportTable) -> BarChart | LineChart | PieChart:
    last = max(len(table.drawn) + 1, 2)
    categories = Reference(ws, min_col=table.labels, min_row=2, max_row=last)
    chart: BarChart | LineChart | PieChart
    if table.chart == "pie":
        chart = PieChart()
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showVal = True
        chart.dataLabels.showPercent = False
        chart.dataLabels.showSerName = False
        chart.dataLabels.showCatName = False
        chart.dataLabels.showLegendKey = False
    elif table.chart == "line":
        chart = LineChart()
    else:
        chart = BarChart()
        chart.type = "col" if table.chart == "bar" else "bar"
        if table.chart == "stacked":
            chart.grouping = "stacked"
            chart.overlap = 100
    chart.title = table.title
    chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
    for col in table.series:
        chart.add_data(Reference(ws, min_col=col, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(categories)
    if chart.legend is not None:
        chart.legend.position = "b"
    if isinstance(chart, BarChart | LineChart):
        _show_axes(chart)
    if isinstance(chart, BarChart) and chart.type == "bar":
        chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top, as in the table
        chart.height = max(CHART_HEIGHT, 1.1 * len(table.drawn) + 3)
    if isinstance(chart, LineChart) and all(table.formats[c - 1] == PERCENT for c in table.series):
        chart.y_axis.number_format = "0%"  # shares: 0 to 100%, an empty cell a gap in the line
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        chart.display_blanks = "gap"
        for series in chart.series:  # a share known in one quarter only is a point of its own
            series.marker.symbol = "circle"
            series.marker.size = 7
    if len(table.series) == 1 and table.chart != "pie":
        chart.legend = None
    return chart


WIDE = 6  # a table of more columns has its chart below it, so a printed page is not shrunk to fit both


def _header_width(header: str) -> int:
    """A header wraps onto up to three lines: its column need be only as wide as its longest word,
    or a third of it."""
    words = header.split()
    return max([len(w) for w in words] + [-(-len(header) // 3)])


def _table_sheet(wb: Workbook, table: ReportTable, lang: str, title: str) -> None:
    ws = wb.create_sheet(_t(lang, *SHEET_NAMES[table.key])[:31])
    _header(ws, 1, table.headers)
    for r, row in enumerate(table.rows, start=2):
        for c, value in enumerate(row, start=1):
            put(ws, r, c, value, table.formats[c - 1])
    widths = []
    for c, h in enumerate(table.headers, start=1):
        longest = max([_header_width(h), *(_width(row[c - 1]) for row in table.rows)])
        widths.append(min(48.0, max(9.0, longest + 2.0)))
        ws.column_dimensions[get_column_letter(c)].width = widths[-1]
    lines = max(-(-len(h) // max(1, int(w) - 2)) for h, w in zip(table.headers, widths, strict=True))
    ws.row_dimensions[1].height = 15.0 * min(3, max(1, lines)) + 3
    below = len(table.rows) + 3
    if table.note:
        # Across the table's width, wrapped: a note in one cell would run on to the right and
        # widen the printed page.
        last = get_column_letter(len(table.headers))
        ws.merge_cells(f"A{below}:{last}{below}")
        put(ws, below, 1, table.note)
        cell = ws.cell(row=below, column=1)
        cell.font = Font(italic=True, color="555555")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[below].height = 15.0 * (-(-len(table.note) // max(20, int(sum(widths) * 1.1))) + 1)
        below += 2
    ws.freeze_panes = "A2"
    wide = len(table.headers) > WIDE
    anchor = f"A{below}" if wide else get_column_letter(len(table.headers) + 2) + "2"
    ws.add_chart(_chart(ws, table), anchor)
    _print_setup(ws, title)
    if wide:  # a few rows and the chart under them: one page, the chart never cut in two
        ws.page_setup.fitToHeight = 1


def build_workbook(stats: Statistics, quarter: str, lang: str, committee: str = "") -> Workbook:
    wb = Workbook()
    title = report_title(quarter, lang) + (f" — {committee}" if committee else "")
    ws = wb.active
    ws.title = _t(lang, "Tổng quan", "Summary")
    put(ws, 1, 1, title)
    ws.cell(row=1, column=1).font = TITLE_FONT
    put(ws, 2, 1, _t(lang, "Kỳ báo cáo", "Period"))
    put(ws, 2, 2, stats.period.start, DATE)
    put(ws, 2, 3, stats.period.end, DATE)
    put(ws, 3, 1, _t(lang, "Số liệu tính đến", "Figures as of"))
    as_of = vn_datetime(stats.as_of_ms).replace(tzinfo=None, second=0, microsecond=0)  # Hà Nội's time
    put(ws, 3, 2, as_of, "DD/MM/YYYY HH:MM")
    _header(ws, 5, [_t(lang, "Chỉ số", "Figure"), _t(lang, "Giá trị", "Value")])
    for i, (label, value, fmt) in enumerate(summary_rows(stats, lang), start=6):
        put(ws, i, 1, label)
        put(ws, i, 2, value, fmt)
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 14
    _print_setup(ws, title)
    for table in report_tables(stats, lang):
        _table_sheet(wb, table, lang, title)
    return wb


def export_quarterly(stats: Statistics, quarter: str, path: Path, lang: str, committee: str = "",
                     created: datetime | None = None) -> Path:
    """Write the quarterly workbook through a temporary file; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"the file name must end in .xlsx: {path}", vi=f"tên tệp phải kết thúc bằng .xlsx: {path}",
                        code="xlsx_name_required")
    if not path.parent.exists():
        raise UserError(f"the folder {path.parent} does not exist", vi=f"thư mục {path.parent} không tồn tại",
                        code="folder_missing")
    wb = build_workbook(stats, quarter, lang, committee)
    _set_properties(wb, Properties(
        title=report_title(quarter, lang),
        subject=_t(lang, "Hoạt động của Ban tự giám sát", "The self-monitoring committee's activity"),
        keywords="Niềm tin số",
        description=stats.period.label(),
        lang=lang,
        created=created,
    ))
    save_workbook(wb, path)
    return path
