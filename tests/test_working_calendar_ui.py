"""The Calendar tab of Settings (offscreen) and the working-day countdowns' tooltips."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from moderator_app.domain.clock import VN_TZ, ms_from_datetime
from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.services import reports
from moderator_app.services import working_calendar as cal
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui.calendar_page import CalendarPage
from moderator_app.ui.formatting import sla_tooltip
from moderator_app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def chair_ws(tmp_path: Path):
    ws = Workspace.open(tmp_path / "w", member_name="An")
    with ws.transaction() as tx:
        tx.ensure_founded()
    yield ws
    ws.close()


def _texts(page: CalendarPage) -> list[str]:
    return [" | ".join(page.table.item(r, c).text() for c in range(3)) for r in range(page.table.rowCount())]


def test_the_chair_adds_and_removes_a_day_off_in_settings(qtbot, chair_ws: Workspace):
    dialog = SettingsDialog(chair_ws)
    qtbot.addWidget(dialog)
    page = dialog.calendar
    page.lang = "vi"
    page.year.setValue(2027)
    rows = _texts(page)
    assert any("06/02/2027" in r and "Tết Nguyên Đán" in r for r in rows)
    assert any("16/04/2027" in r and "Hùng Vương" in r for r in rows)
    assert page.add_button.isEnabled() and page.remove_button.isEnabled()
    page.day.setDate(QDate(2027, 2, 1))
    page.name.setText("Nghỉ bù Tết")
    page.add_button.click()
    assert any("01/02/2027" in r and "Nghỉ bù Tết" in r for r in _texts(page))
    assert "2027-02-01" in {d.day.isoformat() for d in cal.days_off(chair_ws, 2027)}
    row = next(i for i, (d, _) in enumerate(page.rows) if d.day.isoformat() == "2027-02-01")
    page.table.selectRow(row)
    page.remove_button.click()
    assert not any("01/02/2027" in r for r in _texts(page))
    # A Tết day removed shows as worked, and the same button makes it a day off again.
    row = next(i for i, (d, _) in enumerate(page.rows) if d.day.isoformat() == "2027-02-08")
    page.table.selectRow(row)
    page.remove_button.click()
    row = next(i for i, (d, _) in enumerate(page.rows) if d.day.isoformat() == "2027-02-08")
    assert page.rows[row][1] is False
    page.table.selectRow(row)
    assert "day off again" in page.remove_button.text()
    page.remove_button.click()
    assert "2027-02-08" in {d.day.isoformat() for d in cal.days_off(chair_ws, 2027)}


def test_a_member_reads_the_calendar_and_is_told_why_it_cannot_change_it(qtbot, chair_ws: Workspace):
    with chair_ws.transaction() as tx:
        tx.emit("member.updated", chair_ws.identity.member_id,
                {"changes": {"role": {"to": Role.MEMBER.value, "from": Role.CHAIR.value, "base": []}}})
    page = CalendarPage(chair_ws, "en")
    qtbot.addWidget(page)
    page.year.setValue(2027)
    assert page.table.rowCount() > 10
    assert not page.add_button.isEnabled() and not page.remove_button.isEnabled()
    assert "chair" in page.why.text() and "secretary" in page.why.text() and "member" in page.why.text()


def test_a_working_day_countdown_says_it_skips_holidays_and_tet(chair_ws: Workspace):
    received = ms_from_datetime(datetime(2027, 1, 29, 10, 0, tzinfo=VN_TZ))
    reports.file_report(chair_ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD,
                                                      url="https://www.tiktok.com/@denvau/video/9",
                                                      received_at=received, urgent=False))
    reports.file_report(chair_ws, reports.ReportInput("Sơn Tùng", Platform.TIKTOK, Category.FRAUD,
                                                      url="https://www.tiktok.com/@st/video/9",
                                                      received_at=received, urgent=True))
    with chair_ws.db.read() as conn:
        rows = queries.list_cases(raw_connection(conn), queries.CaseFilter(), "ref", False, 10, 0)
    by_kind = {r.sla_kind: r for r in rows}
    assert "không tính ngày nghỉ lễ, Tết" in sla_tooltip(by_kind["acknowledge"], received, "vi")
    assert "not counting public holidays and Tết" in sla_tooltip(by_kind["acknowledge"], received, "en")
    assert "Tết" not in sla_tooltip(by_kind["urgent_removal"], received, "vi")  # counted in hours
