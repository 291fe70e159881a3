"""The quarterly activity workbook, cell by cell, on the hand-counted autumn (tests/stats_fixtures.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart, PieChart

from moderator_app.domain.errors import UserError
from moderator_app.services import statistics
from moderator_app.services.workspace import Workspace

from .stats_fixtures import build_autumn


@pytest.fixture
def autumn(ws: Workspace, tmp_path: Path):
    return build_autumn(ws, tmp_path)


def _values(sheet, rows: int, cols: int) -> list[list[object]]:
    return [[sheet.cell(row=r, column=c).value for c in range(1, cols + 1)] for r in range(1, rows + 1)]


def test_the_workbook_holds_the_hand_counted_figures(ws: Workspace, autumn, tmp_path: Path):
    path = tmp_path / "q4.xlsx"
    statistics.quarterly_report(ws, "2026Q4", path, "vi", now_ms=autumn.now_ms)
    assert not list(tmp_path.glob(".q4.xlsx.*"))  # written through a temporary name
    wb = load_workbook(path)
    assert wb.sheetnames == ["Tổng quan", "Theo tháng", "Theo tuần", "Theo loại vi phạm", "Theo nền tảng", "Thời hạn",
                             "Quá hạn", "Hình thức xử lý", "Tín nhiệm", "Đề nghị gỡ theo nền tảng",
                             "Đề nghị gỡ theo quý", "Trả lời đúng hạn theo quý"]
    assert wb.properties.title == "Báo cáo hoạt động Quý IV/2026" and wb.properties.language == "vi-VN"

    s = wb["Tổng quan"]
    assert s["A1"].value == "Báo cáo hoạt động Quý IV/2026 — Ban tự giám sát thử nghiệm"
    assert (s["A2"].value, s["B2"].value, s["C2"].value) == ("Kỳ báo cáo", datetime(2026, 10, 1),
                                                             datetime(2026, 12, 31))
    assert s["B2"].number_format == "DD/MM/YYYY"
    assert s["B3"].value == datetime(2026, 11, 20, 12, 0)
    assert _values(s, 18, 2)[4:] == [
        ["Chỉ số", "Giá trị"],
        ["Phản ánh tiếp nhận", 6],
        ["Hồ sơ mở", 4],
        ["Quyết định (có hiệu lực)", 3],
        ["Sàng lọc trong 5 ngày làm việc", pytest.approx(1 / 3)],
        ["Đề nghị gỡ khẩn trong 24 giờ", 0.5],
        ["Hồ sơ quá hạn (hiện tại)", 5],
        ["Văn bản đã gửi", 1],
        ["Thông báo phản ánh", 0],
        ["Thông báo quyết định", 0],
        ["Đề nghị gỡ nội dung", 1],
        ["Thông báo tiếp nhận (người phản ánh)", 0],
        ["Thông báo kết quả (người phản ánh)", 0],
        ["Người có ảnh hưởng trong sổ tín nhiệm", 5],
    ]
    assert s["B9"].number_format == "0.0%" and s["B10"].number_format == "0.0%"

    m = wb["Theo tháng"]
    assert _values(m, 4, 3) == [["Tháng", "Phản ánh", "Hồ sơ"], ["Tháng 10/2026", 4, 3],
                                ["Tháng 11/2026", 2, 1], ["Tháng 12/2026", 0, 0]]
    assert m["A1"].font.bold and m.freeze_panes == "A2"

    w = wb["Theo tuần"]
    assert w.max_row == 15
    assert _values(w, 3, 5) == [["Tuần", "Từ ngày", "Đến ngày", "Phản ánh", "Hồ sơ"],
                                ["Tuần 40/2026", datetime(2026, 10, 1), datetime(2026, 10, 4), 0, 0],
                                ["Tuần 41/2026", datetime(2026, 10, 5), datetime(2026, 10, 11), 3, 2]]
    assert [w.cell(row=r, column=4).value for r in range(2, 16)] == [0, 3, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]
    assert w["A15"].value == "Tuần 53/2026" and w["C15"].value == datetime(2026, 12, 31)

    c = wb["Theo loại vi phạm"]
    assert c.max_row == 12 and c["A2"].value == "Quảng cáo không gắn nhãn"
    rows = {c.cell(row=r, column=1).value: (c.cell(row=r, column=2).value, c.cell(row=r, column=3).value)
            for r in range(2, 13)}
    assert rows["Lừa đảo, cờ bạc trá hình"] == (2, 1) and rows["Quảng cáo sai sự thật, thổi phồng"] == (2, 1)
    assert rows["Tin giả, thông tin sai lệch"] == (2, 2) and sum(r for r, _ in rows.values()) == 6

    p = wb["Theo nền tảng"]
    assert _values(p, 8, 3)[1:] == [["TikTok", 1, 1], ["Facebook", 2, 1], ["YouTube", 2, 2], ["Instagram", 1, 0],
                                    ["Zalo", 0, 0], ["Threads", 0, 0], ["Khác", 0, 0]]

    d = wb["Thời hạn"]
    assert _values(d, 3, 5) == [
        ["Thời hạn", "Đúng hạn", "Trễ hạn", "Đang trong hạn", "Tỷ lệ đúng hạn"],
        ["Sàng lọc trong 5 ngày làm việc", 1, 2, 1, pytest.approx(1 / 3)],
        ["Đề nghị gỡ khẩn trong 24 giờ", 1, 1, 1, 0.5],
    ]
    assert d["E2"].number_format == "0.0%"
    assert d["A5"].value.startswith("Tỷ lệ đúng hạn tính trên")

    o = wb["Quá hạn"]
    assert _values(o, 3, 2) == [["Bước", "Hồ sơ"], ["Đề nghị gỡ khẩn", 1], ["Công bố quyết định", 4]]

    h = wb["Hình thức xử lý"]
    assert h.max_row == 10
    assert _values(h, 10, 3)[1:] == [
        [0, "Không vi phạm", 0], [0, "Giải quyết không chính thức", 0], [1, "Nhắc nhở", 1],
        [2, "Cảnh cáo, yêu cầu gỡ/sửa", 1], [3, "Cải chính, xin lỗi công khai", 0],
        [4, "Công bố danh sách không tuân thủ (3 tháng)", 1], [5, "Tạm đình chỉ tư cách thành viên", 0],
        [6, "Khai trừ khỏi liên minh", 0], [7, "Chuyển cơ quan có thẩm quyền", 0]]

    b = wb["Tín nhiệm"]
    assert _values(b, 7, 2) == [["Mức tín nhiệm", "Số người có ảnh hưởng"], ["Tín nhiệm cao", 2], ["Tín nhiệm", 1],
                                ["Có lưu ý", 0], ["Thận trọng", 0], ["Không đủ tín nhiệm", 0], ["Chưa đánh giá", 2]]
    assert b["A9"].value == "Tính đến ngày 20/11/2026."


def test_every_data_sheet_has_a_native_chart_reading_its_cells(ws: Workspace, autumn, tmp_path: Path):
    path = tmp_path / "q4-en.xlsx"
    statistics.quarterly_report(ws, "2026Q4", path, "en", now_ms=autumn.now_ms)
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Summary" and wb["By month"]["A1"].value == "Month"
    kinds = {}
    for sheet in wb.worksheets[1:]:
        charts = sheet._charts
        assert len(charts) == 1, sheet.title
        chart = charts[0]
        kinds[sheet.title] = type(chart)
        refs = [s.val.numRef.f for s in chart.series]
        assert all(f"'{sheet.title}'!" in r for r in refs), refs
    assert kinds == {"By month": BarChart, "By week": LineChart, "By category": BarChart, "By platform": BarChart,
                     "Deadlines": BarChart, "Overdue": BarChart, "Outcomes": BarChart, "Credibility": PieChart,
                     "Takedowns by platform": BarChart, "Takedowns by quarter": BarChart,
                     "Answered in time by quarter": LineChart}
    month = wb["By month"]._charts[0]
    assert [s.val.numRef.f for s in month.series] == ["'By month'!$B$2:$B$4", "'By month'!$C$2:$C$4"]
    assert [s.tx.strRef.f for s in month.series] == ["'By month'!B1", "'By month'!C1"]  # named by the header
    assert wb["Deadlines"]._charts[0].grouping == "stacked"


def test_a_wide_sheet_prints_on_one_page_its_note_wrapped_and_its_chart_below(ws: Workspace, autumn,
                                                                               tmp_path: Path):
    """Printed, a table of many columns beside its chart (and a note running on to the right in
    one cell) made the page so wide it was shrunk beyond reading: the chart goes below, the note
    is wrapped across the table, and the sheet fits one landscape page."""
    path = tmp_path / "q4.xlsx"
    statistics.quarterly_report(ws, "2026Q4", path, "vi", now_ms=autumn.now_ms)
    wb = load_workbook(path)
    record = wb["Đề nghị gỡ theo nền tảng"]
    columns = record.max_column
    assert columns == 10
    [note] = record.merged_cells.ranges
    note_row = note.min_row
    assert str(note) == f"A{note_row}:J{note_row}" and record.cell(note_row, 1).value
    assert record.cell(note_row, 1).alignment.wrap_text and record.row_dimensions[note_row].height >= 30
    chart = record._charts[0]
    assert (chart.anchor._from.col, chart.anchor._from.row) == (0, note_row + 1)  # column A, under the note
    assert record.page_setup.fitToHeight == 1 and record.page_setup.fitToWidth == 1
    assert sum(record.column_dimensions[c].width for c in "ABCDEFGHIJ") < 130
    shares = wb["Trả lời đúng hạn theo quý"]
    assert all(shares.column_dimensions[c].width <= 16 for c in "BCDEFGHI")  # 83,3%, not 0.8333333333
    narrow = wb["Theo nền tảng"]  # three columns: the chart stays beside the table
    assert narrow._charts[0].anchor._from.col == 4 and narrow.page_setup.fitToHeight == 0


def test_text_in_the_workbook_is_never_a_formula(ws: Workspace, autumn, tmp_path: Path):
    ws.set_setting("committee_name", "=HYPERLINK(\"http://x\")")
    path = tmp_path / "q4.xlsx"
    statistics.quarterly_report(ws, "2026Q4", path, "vi", now_ms=autumn.now_ms)
    cell = load_workbook(path)["Tổng quan"]["A1"]
    assert cell.data_type == "s" and cell.value.startswith("Báo cáo")
    from openpyxl import Workbook

    from moderator_app.exports.quarterly import put

    sheet = Workbook().active
    put(sheet, 1, 1, "=1+1")
    assert sheet["A1"].data_type == "s" and sheet["A1"].quotePrefix and sheet["A1"].value == "=1+1"


def test_bad_quarters_and_paths_are_refused(ws: Workspace, autumn, tmp_path: Path):
    with pytest.raises(UserError, match="2026Q4"):
        statistics.quarterly_report(ws, "Q4/2026", tmp_path / "x.xlsx", "vi")
    with pytest.raises(UserError, match=r"\.xlsx"):
        statistics.quarterly_report(ws, "2026Q4", tmp_path / "x.csv", "vi")
    with pytest.raises(UserError, match="does not exist"):
        statistics.quarterly_report(ws, "2026Q4", tmp_path / "no" / "x.xlsx", "vi")


def test_cli_quarterly_report(cli, tmp_path: Path, monkeypatch):
    ws = Workspace.open(cli.data_dir, member_name="Chủ tịch")
    try:
        build_autumn(ws, tmp_path)
    finally:
        ws.close()
    out = tmp_path / "report.xlsx"
    r = cli("report", "quarterly", "--quarter", "2026Q4", "-o", str(out), "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["quarter"] == "2026Q4" and data["path"] == str(out)
    # Figures that do not depend on the day the command runs:
    assert (data["reports"], data["cases"], data["decisions"]) == (6, 4, 3)
    assert data["months"][0] == {"month": "2026-10", "reports": 4, "cases": 3}
    assert data["levels"] == {"0": 0, "1": 1, "2": 1, "3": 0, "4": 1, "5": 0, "6": 0, "7": 0}
    assert data["letters"] == {"complaint": 0, "decision": 0, "takedown": 1, "acknowledgement": 0, "outcome": 0}
    assert load_workbook(out).sheetnames[0] == "Summary"
    r = cli("report", "quarterly", "--quarter", "2026Q3", "-o", str(tmp_path / "q3.xlsx"), lang="vi")
    assert r.code == 0 and "Đã xuất" in r.out and "2 phản ánh" in r.out
    assert cli("report", "quarterly", "--quarter", "2026Q9", "-o", str(out)).code == 2
    monkeypatch.chdir(tmp_path)
    assert cli("report", "quarterly", "--quarter", "2026Q2").code == 0
    assert (tmp_path / "quarterly-2026Q2.xlsx").is_file()
    assert cli("report", "add", "--influencer", "A", "--platform", "tiktok", "--category", "fraud").code == 0


def test_the_period_label_and_quarter_dates():
    from moderator_app.domain.statistics import quarter_period

    assert quarter_period("2026Q4")[1].label() == "01/10/2026 – 31/12/2026"
    assert quarter_period("2027Q1")[1].end == date(2027, 3, 31)
