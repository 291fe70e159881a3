"""The case window's Indicators tab, related cases by indicator, and extraction in the background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import indicators as service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.ui.case_detail import CaseDetailWindow
from moderator_app.ui.extraction_runner import ExtractionRunner

from .test_translations import untranslated, vietnamese, visible_texts  # noqa: F401 - a fixture


@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalogue, as the application installs it (plurals read "1 other case")."""
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    yield


SCAM = "Chuyển khoản vào STK 0123 456 789 Vietcombank, Zalo {phone}"


def _file(ws: Workspace, influencer: str, phone: str) -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput(influencer, Platform.FACEBOOK, Category.FRAUD,
                                                       description=SCAM.format(phone=phone)))


def test_the_tab_lists_the_indicators_and_where_else_they_are_seen(qtbot, qtmodeltester, ws: Workspace):
    a = _file(ws, "Đen Vâu", "0912 345 678")
    b = _file(ws, "Hòa Minzy", "0912.345.678")
    _file(ws, "Sơn Tùng", "0987 654 321")
    service.extract_pending(ws, ocr=None)
    w = CaseDetailWindow(ws, "en", a.case_id)
    qtbot.addWidget(w)
    w.show()
    panel = w.indicators_panel
    qtmodeltester.check(panel.model)
    rows = {r.indicator.value: r for r in panel.model.rows}
    assert rows["+84912345678"].other_cases == 1 and rows["vietcombank:0123456789"].other_cases == 2
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert f"Indicators ({len(rows)})" in titles
    # The most shared first, selected: its other cases are listed below.
    assert panel.model.rows[0].indicator.value == "vietcombank:0123456789"
    qtbot.waitUntil(lambda: panel.seen_model.rowCount() == 2)
    phone_row = next(i for i, r in enumerate(panel.model.rows) if r.indicator.value == "+84912345678")
    panel.table.selectRow(phone_row)
    qtbot.waitUntil(lambda: [s.ref for s in panel.seen_model.rows] == [b.ref])
    assert panel.seen_title.text() == "0912 345 678 is also seen in: 1 other case · 1 other influencer"
    with qtbot.waitSignal(panel.caseRequested) as opened:
        panel.seen_table.selectRow(0)
        panel.seen_table.doubleClicked.emit(panel.seen_model.index(0, 0))
    assert opened.args == [b.case_id]
    # Related cases say which indicator links them.
    related = {r.case.ref: r for r in w.related_model.rows}
    assert related[b.ref].reasons == ("indicator",)
    why = w._reason_text(related[b.ref])
    assert "0912 345 678" in why and "Vietcombank" in why


@pytest.mark.usefixtures("vietnamese")
def test_taken_off_by_hand_the_window_follows(qtbot, ws: Workspace):
    a = _file(ws, "Đen Vâu", "0912 345 678")
    _file(ws, "Hòa Minzy", "0912.345.678")
    service.extract_pending(ws, ocr=None)
    w = CaseDetailWindow(ws, "vi", a.case_id)
    qtbot.addWidget(w)
    w.show()
    before = w.indicators_panel.model.rowCount()
    service.remove_indicator(ws, a.ref, "0912345678", reason="số tổng đài")
    qtbot.waitUntil(lambda: w.indicators_panel.model.rowCount() == before - 1)
    assert f"Chỉ dấu ({before - 1})" in [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert untranslated(visible_texts(w.indicators_panel)) == []


def test_extraction_runs_in_the_background_and_again_after_a_change(qtbot, ws: Workspace):
    _file(ws, "Đen Vâu", "0912 345 678")
    runner = ExtractionRunner(ws, start_delay_ms=0)
    try:
        with qtbot.waitSignal(runner.finished, timeout=20_000) as first:
            pass
        assert first.args[0].reports == 1 and service.pending_count(ws) == 0
        assert runner.ocr_status is not None  # OCR looked for once, installed or not
        with qtbot.waitSignal(runner.finished, timeout=20_000) as second:
            _file(ws, "Hòa Minzy", "0912.345.678")
        assert second.args[0].reports == 1
        assert service.show(ws, "0912345678").row.case_count == 2
    finally:
        runner.shutdown()


def test_new_report_and_import_preview_name_open_cases_sharing_an_indicator(qtbot, ws: Workspace, tmp_path):
    from moderator_app.ui.import_dialog import ImportDialog
    from moderator_app.ui.new_report import NewReportDialog

    known = _file(ws, "Đen Vâu", "0912 345 678")
    service.extract_pending(ws, ocr=None)
    dialog = NewReportDialog(ws, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("Livestream kêu gọi nạp tiền, liên hệ 0912.345.678")
    qtbot.waitUntil(dialog.links.isVisible)
    assert known.ref in dialog.links.text() and "0912 345 678" in dialog.links.text()
    dialog.description.setPlainText("Không có số nào ở đây")
    qtbot.waitUntil(lambda: not dialog.links.isVisible())

    sheet = tmp_path / "hotline.csv"
    sheet.write_text("Ngày tiếp nhận,Tên KOL/KOC,Nền tảng,Loại vi phạm,Nội dung phản ánh\n"
                     "05/12/2026,Hòa Minzy,TikTok,Lừa đảo,Chuyển tiền vào Zalo +84 912 345 678\n"
                     "05/12/2026,Sơn Tùng,TikTok,Lừa đảo,Không liên quan\n", encoding="utf-8")
    preview = ImportDialog(ws, "en", path=str(sheet))
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.result is not None, timeout=10_000)
    model = preview.model
    column = model.LINKS
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Also in open cases"
    assert known.ref in model.data(model.index(0, column)) and model.data(model.index(1, column)) == ""
    assert "with open cases: 1 row (see the last column)" in preview.summary.text()
