"""The case window: every section, edits in place through the services, history, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Status
from moderator_app.services import annotations, evidence, reports
from moderator_app.services import cases as case_service
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui.case_detail import CaseDetailWindow
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.profile_dialogs import CorrectionInput

from .conftest import DATA
from .score_fixtures import decide, file_case


def _case_id(ws: Workspace, ref: str) -> str:
    with ws.db.read() as conn:
        found = queries.find_case_id(raw_connection(conn), ref)
    assert found is not None
    return found


def _add_evidence(ws: Workspace, ref: str) -> str:
    """A screenshot attached to the case, with a mark on it, through the evidence services."""
    attached = evidence.add_files(ws, ref, [DATA / "evidence" / "livestream-screenshot.png"], note="Ảnh chụp màn hình")
    evidence_id = attached.items[0].id
    annotations.add_annotation(ws, evidence_id, "rect", {"x": 0.6, "y": 0.1, "w": 0.3, "h": 0.2},
                               label="Nhãn QC bị che", comment="Góc phải")
    return evidence_id


@pytest.fixture
def case(ws: Workspace) -> str:
    filed = file_case(ws, "Đen Vâu", url="https://news.example.vn/bai/1")
    file_case(ws, "den vau", url="https://news.example.vn/bai/1")
    case_service.add_note(ws, filed.ref, "Đã liên hệ KOL qua email")
    file_case(ws, "Khánh Vy", url="https://news.example.vn/bai/1")  # same URL, another influencer
    decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 10))
    return filed.ref


def _window(qtbot, ws: Workspace, ref: str, lang: str = "en") -> CaseDetailWindow:
    window = CaseDetailWindow(ws, lang, _case_id(ws, ref))
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_section_is_shown_and_every_model_passes_the_tester(qtbot, qtmodeltester, ws: Workspace, case: str):
    other = file_case(ws, "Sơn Tùng", url="https://news.example.vn/bai/99")
    _add_evidence(ws, case)
    _add_evidence(ws, other.ref)  # the same file in another case
    w = _window(qtbot, ws, case)
    assert w.file is not None
    assert w.windowTitle().startswith(f"Case {case}")
    assert w.reports_model.rowCount() == 2 and w.evidence_model.rowCount() == 1
    assert w.annotations_model.rowCount() == 1 and w.annotations_model.data(w.annotations_model.index(0, 1)) == (
        "Nhãn QC bị che")
    related = {r.case.ref: r.reasons for r in w.related_model.rows}
    assert related[other.ref] == ("evidence",)
    assert [reasons for ref, reasons in related.items() if ref != other.ref] == [("url",), ("influencer",)]
    assert w.deadlines_model.rowCount() >= 1
    assert "Đã liên hệ KOL qua email" in w.notes_view.toPlainText()
    assert [w.tabs.tabText(i) for i in range(3)] == ["Reports (2)", "Evidence (1)", "Notes (1)"]
    for model in (w.reports_model, w.evidence_model, w.annotations_model, w.related_model, w.deadlines_model,
                  w.decisions_model, w.history.model):
        qtmodeltester.check(model)


def test_the_history_is_complete_local_and_filterable(qtbot, ws: Workspace, case: str):
    w = _window(qtbot, ws, case)
    with ws.db.read() as conn:
        events = queries.case_history(raw_connection(conn), _case_id(ws, case))
    assert [line.event_id for line in w.history.model.rows] == [e.event_id for e in events]
    whats = [line.what for line in w.history.model.rows]
    assert whats[0] == "Case opened from a report (TikTok, False or exaggerated claim)"
    assert "Note: Đã liên hệ KOL qua email" in whats
    assert not any(line.synced for line in w.history.model.rows)
    w.history.set_kind("note")
    assert [line.kind for line in w.history.model.rows] == ["note"]
    w.history.set_kind(None)
    assert w.history.model.rowCount() == len(events)
    vi = _window(qtbot, ws, case, lang="vi")
    assert "Ghi chú: Đã liên hệ KOL qua email" in [line.what for line in vi.history.model.rows]


def test_summary_fields_are_edited_in_place_through_the_services(qtbot, ws: Workspace, case: str):
    w = _window(qtbot, ws, case)
    w.priority_combo.setCurrentIndex(w.priority_combo.findData(Priority.HIGH.value))
    w.priority_combo.activated.emit(w.priority_combo.currentIndex())
    w.urgent_check.setChecked(True)
    w.assignee_combo.setCurrentIndex(w.assignee_combo.findData(ws.identity.member_id))
    w.assignee_combo.activated.emit(w.assignee_combo.currentIndex())
    w.title_edit.setText("Quảng cáo tiền ảo trá hình")
    w.title_edit.editingFinished.emit()
    w.ask_reason = lambda status: "Trùng với hồ sơ khác"
    w.status_combo.setCurrentIndex(w.status_combo.findData(Status.REJECTED.value))
    w.status_combo.activated.emit(w.status_combo.currentIndex())
    w.note_edit.setPlainText("KOL đã gỡ bài")
    w.add_note()
    with ws.db.read() as conn:
        row = queries.get_case(raw_connection(conn), w.case_id)
    assert row is not None
    assert (row.priority, row.urgent, row.assignee_id, row.title, row.status) == (
        Priority.HIGH.level, True, ws.identity.member_id, "Quảng cáo tiền ảo trá hình", "rejected")
    assert w.status_combo.currentText() == "Rejected"
    assert "KOL đã gỡ bài" in w.notes_view.toPlainText() and w.note_edit.toPlainText() == ""
    assert any("reason: Trùng với hồ sơ khác" in line.what for line in w.history.model.rows)


def test_a_refused_change_says_why_and_changes_nothing(qtbot, ws: Workspace, case: str, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("moderator_app.ui.case_detail.show_error", lambda _parent, exc: shown.append(str(exc)))
    w = _window(qtbot, ws, case)
    w.title_edit.setText("x" * 400)
    w.title_edit.editingFinished.emit()
    assert shown and "1 to 300 characters" in shown[0]
    assert w.title_edit.text() != "x" * 400


def test_changes_made_elsewhere_show_up(qtbot, ws: Workspace, case: str):
    w = _window(qtbot, ws, case)
    case_service.add_note(ws, case, "Ghi chú từ cửa sổ khác")
    qtbot.waitUntil(lambda: "Ghi chú từ cửa sổ khác" in w.notes_view.toPlainText(), timeout=2000)


def test_evidence_opens_through_one_method(qtbot, ws: Workspace, case: str):
    evidence_id = _add_evidence(ws, case)
    w = _window(qtbot, ws, case)
    with qtbot.waitSignal(w.evidenceRequested) as signal:
        w.evidence_table.selectRow(0)
        w.open_evidence_button.click()
    assert signal.args == [w.case_id, evidence_id]


def test_a_correction_is_recorded_from_the_decisions(qtbot, ws: Workspace):
    ref, _ = decide(ws, "Đen Vâu", Outcome.REMINDER, date(2026, 1, 10))
    w = _window(qtbot, ws, ref)
    w.decisions_table.selectRow(0)
    assert w.correction_button.isEnabled()
    w.ask_correction = lambda decision: CorrectionInput(date(2026, 1, 12), "Đã gỡ")
    w.record_correction()
    assert w.decisions_model.row_at(0).corrected_on == "2026-01-12"
    assert "Remedied on 12/01/2026 — Đã gỡ" in [line.what for line in w.history.model.rows]


def test_the_case_file_is_exported_as_pdf(qtbot, ws: Workspace, case: str, tmp_path: Path):
    w = _window(qtbot, ws, case, lang="vi")
    html = w.case_file_html()
    assert case in html and "Đã liên hệ KOL qua email" in html and "Cảnh cáo, yêu cầu gỡ/sửa" not in html
    target = tmp_path / "ho-so.pdf"
    w.ask_pdf_path = lambda: target
    w.pdf_action.trigger()
    data = target.read_bytes()
    assert data[:5] == b"%PDF-" and len(data) > 5_000
    decided = _window(qtbot, ws, w.related_model.rows[-1].case.ref, lang="vi")
    assert "Cảnh cáo, yêu cầu gỡ/sửa" in decided.case_file_html()


def test_the_main_window_opens_a_case_and_the_influencer_menu(qtbot, ws: Workspace, case: str):
    window = MainWindow(ws, "en")
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Influencers" in titles and titles[-1] == "&Help"
    window.open_case_id(_case_id(ws, case))
    opened = window.details.cases[_case_id(ws, case)]
    assert opened.isVisible()
    window.open_case_id(_case_id(ws, case))
    assert len(window.details.cases) == 1
    with qtbot.waitSignal(opened.influencerRequested):
        opened.influencer_button.click()
    window.close()


def test_screenshots_render_in_both_languages(qtbot, ws: Workspace, case: str, tmp_path: Path):
    reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", Platform.FACEBOOK, Category.FRAUD, url="https://fb.com/p/1",
        description="Livestream mời đầu tư tiền ảo lợi nhuận 30%/tháng"))
    for lang in ("vi", "en"):
        w = _window(qtbot, ws, case, lang=lang)
        w.resize(1240, 800)
        for tab in range(w.tabs.count()):
            w.tabs.setCurrentIndex(tab)
            shot = tmp_path / f"case-{lang}-{tab}.png"
            assert w.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_the_case_window_opens_its_evidence_in_the_viewer(qtbot, ws: Workspace, case: str):
    from moderator_app.ui.detail_windows import DetailWindows

    evidence_id = _add_evidence(ws, case)
    windows = DetailWindows(ws, "en")
    try:
        w = windows.open_case(_case_id(ws, case))  # closed (and deleted) by close_all
        w.open_evidence(evidence_id)
        viewer = windows.viewers[_case_id(ws, case)]
        qtbot.waitUntil(lambda: viewer.current is not None and viewer.current.id == evidence_id, timeout=5000)
    finally:
        windows.close_all()


def test_closing_the_window_twice_is_harmless(qtbot, ws: Workspace, case: str):
    window = _window(qtbot, ws, case)
    window.close()
    window.show()  # shown again (a window kept open from the Window menu), closed again
    window.close()
    assert not window.isVisible()


def test_the_case_file_speaks_the_interface_language(qapp, ws: Workspace, case: str):
    from PySide6.QtCore import QLocale

    from moderator_app.services.case_file import load_case_file
    from moderator_app.store.database import raw_connection
    from moderator_app.store.queries import find_case_id
    from moderator_app.ui import case_pdf
    from moderator_app.ui.i18n import install_translations, remove_translations

    locale = QLocale()
    install_translations(qapp, "vi")
    try:
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            cf = load_case_file(raw, find_case_id(raw, case) or "", 0)
        assert cf is not None
        html = case_pdf.case_file_html(cf, "vi", 0)
        assert f"Hồ sơ {case}</h1>" in html and "Người có ảnh hưởng" in html and "Phản ánh" in html
        assert "Case file" not in html and "Influencer<" not in html
    finally:
        remove_translations(qapp)
        QLocale.setDefault(locale)
