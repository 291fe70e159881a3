"""The statistics dashboard on the hand-counted autumn: cards, charts, tables, tooltips, the
quarterly report as a workbook and as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QHorizontalStackedBarSeries, QLineSeries, QPieSeries

from moderator_app.domain.statistics import Period, quarter_period
from moderator_app.services.workspace import Workspace
from moderator_app.ui.statistics.charts import axis_label, build_chart, tooltip_text
from moderator_app.ui.statistics.window import StatisticsWindow, preset_period

from .letter_helpers import flat, pdf_pages
from .stats_fixtures import build_autumn


@pytest.fixture
def window(qtbot, ws: Workspace, tmp_path: Path):
    build_autumn(ws, tmp_path)  # the clock stays at "now": Friday 20 November 2026, noon
    w = StatisticsWindow(ws, "vi")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading and w.stats is not None, timeout=10_000)
    return w


def _table(w: StatisticsWindow, key: str) -> list[list[str]]:
    model = w.panels[key].model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_presets_name_the_quarter_the_year_and_the_last_quarter():
    today = date(2026, 11, 20)
    assert preset_period("quarter", today) == Period(date(2026, 10, 1), today)
    assert preset_period("last_quarter", today) == quarter_period("2026Q3")[1]
    assert preset_period("year", today) == Period(date(2026, 1, 1), today)
    assert preset_period("twelve_months", today).days == 365
    assert preset_period("custom", today) is None


def test_the_dashboard_shows_the_quarter_so_far(qtbot, window: StatisticsWindow, qtmodeltester):
    w = window
    assert w.period() == Period(date(2026, 10, 1), date(2026, 11, 20))
    cards = {k: v.text() for k, v in w.cards.items() if not k.endswith("_detail")}
    assert cards == {"reports": "6", "cases": "4", "decisions": "3", "triage": "33%", "takedown": "50%",
                     "overdue": "5"}
    assert w.cards["triage_detail"].text() == "1 on time, 2 late, 1 still running"
    assert _table(w, "activity") == [["Tháng 10/2026", "4", "3"], ["Tháng 11/2026", "2", "1"]]
    w.per_week.setChecked(True)
    assert _table(w, "activity")[1] == ["Tuần 41/2026", "05/10/2026", "11/10/2026", "3", "2"]
    assert _table(w, "deadlines") == [["Sàng lọc trong 5 ngày làm việc", "1", "2", "1", "33.3%"],
                                      ["Đề nghị gỡ khẩn trong 24 giờ", "1", "1", "1", "50.0%"]]
    assert _table(w, "overdue") == [["Đề nghị gỡ khẩn", "1"], ["Công bố quyết định", "4"]]
    assert ["Tín nhiệm cao", "2"] in _table(w, "bands") and ["Chưa đánh giá", "2"] in _table(w, "bands")
    assert [r for r in _table(w, "outcomes") if r[2] != "0"] == [
        ["1", "Nhắc nhở", "1"], ["2", "Cảnh cáo, yêu cầu gỡ/sửa", "1"],
        ["4", "Công bố danh sách không tuân thủ (3 tháng)", "1"]]
    for panel in w.panels.values():
        qtmodeltester.check(panel.model)
        assert panel.chart.chart() is not None and panel.chart.accessibleName()


def test_charts_draw_the_numbers_of_their_tables(window: StatisticsWindow):
    tables = window.tables
    months = build_chart(tables["months"])
    bars = next(s for s in months.series() if isinstance(s, QBarSeries))
    assert [[b.at(i) for i in range(b.count())] for b in bars.barSets()] == [[4, 2], [3, 1]]  # the quarter so far
    assert tooltip_text(tables["months"], 2, 0) == "Tháng 10/2026 — Phản ánh: 4"
    assert [axis_label(tables["months"], i) for i in range(2)] == ["10/2026", "11/2026"]
    assert axis_label(tables["weeks"], 1) == "41"
    weeks = build_chart(tables["weeks"])
    lines = [s for s in weeks.series() if isinstance(s, QLineSeries)]
    assert [p.y() for p in lines[0].points()][:3] == [0, 3, 1]
    deadlines = build_chart(tables["deadlines"])
    stacked = next(s for s in deadlines.series() if isinstance(s, QHorizontalStackedBarSeries))
    # Horizontal charts list from the bottom: the table's first row is drawn last, at the top.
    assert [b.label() for b in stacked.barSets()] == ["Đúng hạn", "Trễ hạn", "Đang trong hạn"]
    assert [b.at(1) for b in stacked.barSets()] == [1, 2, 1]
    assert tooltip_text(tables["deadlines"], 5, 1) == "Đề nghị gỡ khẩn trong 24 giờ — Tỷ lệ đúng hạn: 50.0%"
    bands = build_chart(tables["bands"])
    pie = next(s for s in bands.series() if isinstance(s, QPieSeries))
    assert [int(s.value()) for s in pie.slices()] == [2, 1, 0, 0, 0, 2]
    assert pie.slices()[0].label() == "Tín nhiệm cao (2)"


def test_changing_the_period_recomputes(qtbot, window: StatisticsWindow):
    window.set_period(Period(date(2026, 9, 1), date(2026, 9, 30)))
    qtbot.waitUntil(lambda: not window.loading and window.stats.period.start.month == 9, timeout=10_000)
    assert window.cards["reports"].text() == "2" and window.cards["decisions"].text() == "1"
    assert window.preset.currentData() == "custom"
    window.date_from.setDate(window.date_to.date().addDays(5))  # ends before it starts
    qtbot.waitUntil(lambda: "before it starts" in window.state.text(), timeout=5_000)


def test_the_quarterly_report_as_a_workbook_and_a_pdf(qtbot, window: StatisticsWindow, tmp_path: Path):
    xlsx = tmp_path / "q4.xlsx"
    window.export_report("2026Q4", "xlsx", xlsx)
    qtbot.waitUntil(lambda: window.last_report == xlsx, timeout=10_000)
    assert load_workbook(xlsx)["Tổng quan"]["B6"].value == 6
    pdf = tmp_path / "q4.pdf"
    window.export_report("2026Q4", "pdf", pdf)
    qtbot.waitUntil(lambda: window.last_report == pdf, timeout=20_000)
    pages = pdf_pages(pdf)
    assert len(pages) >= 3  # the administrative layout: tables follow one another, charts above them
    first, whole = flat(pages[0]), flat(" ".join(pages))
    assert "BÁO CÁO" in first and "Kết quả hoạt động tự giám sát Quý IV/2026" in first
    assert "BAN TỰ GIÁM SÁT" in first and "Trong Quý IV/2026, Ban tiếp nhận 6 phản ánh" in first
    assert "Phản ánh tiếp nhận 6" in first and "Sàng lọc trong 5 ngày làm việc 33,3%" in first  # the PDF's language
    assert "Trang" not in first and f"2/{len(pages)}" in flat(pages[1])  # numbered from the second page
    assert "Theo loại vi phạm" in whole and "Lừa đảo, cờ bạc trá hình 2 1" in whole
    assert "TM. BAN TỰ GIÁM SÁT" in flat(pages[-1])
    assert not list(tmp_path.glob(".*.tmp"))


def test_table_counts_are_written_as_the_cards_write_them(qapp):
    from PySide6.QtCore import QLocale

    from moderator_app.ui.statistics.window import _cell_text

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        assert _cell_text(1066, None) == "1.066" and _cell_text(7, None) == "7"
        assert _cell_text(0.578, None) == "57,8%"
    finally:
        QLocale.setDefault(before)
