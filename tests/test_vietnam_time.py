"""The committee's dates are Vietnam's whatever the computer's time zone: a report received at
00:00 on 1 October in Hà Nội is "01/10/2026" on a machine set to UTC (where it is still
30 September, 17:00) or to New York. Also the period and percentage formats of both languages."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from moderator_app.domain import sla
from moderator_app.domain.clock import VN_TZ, date_text, datetime_text, local_date, ms_from_datetime
from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.formats import (
    month_label,
    percent_text,
    period_key_label,
    quarter_label,
    week_label,
)
from moderator_app.domain.statistics import Period, quarter_of, quarter_period
from moderator_app.services import reports, statistics
from moderator_app.services.workspace import Workspace

from .conftest import Cli

RECEIVED = ms_from_datetime(datetime(2026, 10, 1, 0, 0, tzinfo=VN_TZ))  # Thursday, midnight in Hà Nội


@pytest.fixture(params=["UTC", "America/New_York"])
def machine_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """The process runs in another time zone, as on a member's laptop abroad; restored after."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        # The machine's own reading of the moment is the day before: the test can tell.
        assert time.strftime("%d/%m %H:%M", time.localtime(RECEIVED / 1000)) in ("30/09 17:00", "30/09 13:00")
        yield request.param
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def _file_at(ws: Workspace, ms: int) -> str:
    ws.clock._now_ms = lambda: ms  # type: ignore[method-assign]
    return reports.file_report(ws, reports.ReportInput(
        "Người Thử Múi Giờ", Platform.FACEBOOK, next(iter(Category)), url="https://facebook.com/mui-gio/1",
        description="Phản ánh nhận lúc nửa đêm ở Hà Nội")).ref


def test_the_zone_is_hanoi_from_the_iana_database():
    assert getattr(VN_TZ, "key", None) == "Asia/Ho_Chi_Minh"
    assert datetime(2026, 10, 1, tzinfo=VN_TZ).utcoffset().total_seconds() == 7 * 3600
    assert sla.VN_TZ is VN_TZ  # one zone, however it is imported


def test_case_display_helpers_show_hanoi_dates(machine_tz: str):
    from moderator_app.ui.detail_common import local_datetime, local_day
    from moderator_app.ui.formatting import age_text

    assert local_date(RECEIVED) == date(2026, 10, 1)
    assert date_text(RECEIVED) == "01/10/2026" and datetime_text(RECEIVED) == "01/10/2026 00:00"
    assert local_datetime(RECEIVED) == "01/10/2026 00:00" and local_day(RECEIVED) == "01/10/2026"
    assert age_text(RECEIVED, RECEIVED + 90 * sla.DAY_MS, "vi") == "01/10/2026"  # old enough to show its date


def test_the_cli_shows_hanoi_dates(machine_tz: str, cli: Cli):
    ws = Workspace.open(cli.data_dir, member_name="Nguyễn Văn Chủ Tịch")
    try:
        ref = _file_at(ws, RECEIVED)
    finally:
        ws.close()
    shown = cli("case", "show", ref)
    assert shown.code == 0, shown.err
    assert "Opened: 01/10/2026" in shown.out and "30/09/2026" not in shown.out
    listed = cli("cases", "list")
    assert "01/10/2026" in listed.out and "30/09/2026" not in listed.out


def test_statistics_buckets_and_the_quarter_are_hanois(machine_tz: str, ws: Workspace):
    _file_at(ws, RECEIVED)
    assert quarter_of(local_date(RECEIVED)) == "2026Q4"
    q4 = statistics.compute(ws, quarter_period("2026Q4")[1], RECEIVED + sla.DAY_MS)
    assert q4.reports == 1 and q4.cases == 1
    assert [(b.key, b.reports) for b in q4.months if b.reports] == [("2026-10", 1)]
    assert [(b.key, b.start, b.reports) for b in q4.weeks if b.reports] == [("2026-W40", date(2026, 10, 1), 1)]
    q3 = statistics.compute(ws, quarter_period("2026Q3")[1], RECEIVED + sla.DAY_MS)
    assert q3.reports == 0  # not on 30 September, as the machine's clock would have it
    day = statistics.compute(ws, Period(date(2026, 10, 1), date(2026, 10, 1)), RECEIVED + sla.DAY_MS)
    assert day.reports == 1


def test_the_quarterly_report_names_hanois_quarter(machine_tz: str, ws: Workspace, tmp_path: Path):
    from openpyxl import load_workbook

    _file_at(ws, RECEIVED)
    quarter = quarter_of(local_date(RECEIVED))
    path = tmp_path / "q.xlsx"
    statistics.quarterly_report(ws, quarter, path, "vi", now_ms=RECEIVED)
    wb = load_workbook(path)
    assert wb.properties.title == "Báo cáo hoạt động Quý IV/2026"
    assert wb["Tổng quan"]["B3"].value == datetime(2026, 10, 1, 0, 0)  # figures as of Hà Nội's midnight
    assert wb["Theo tháng"]["A2"].value == "Tháng 10/2026" and wb["Theo tháng"]["B2"].value == 1


def test_working_day_deadlines_count_hanois_days(machine_tz: str):
    from moderator_app.store.queries import CaseRow
    from moderator_app.ui.formatting import sla_text

    acknowledge = sla.due(sla.ACKNOWLEDGE, RECEIVED)
    triage = sla.due(sla.TRIAGE, RECEIVED)
    assert datetime_text(acknowledge) == "02/10/2026 00:00"  # Thursday → Friday
    assert datetime_text(triage) == "08/10/2026 00:00"  # Fri 2, Mon 5, Tue 6, Wed 7, Thu 8
    row = CaseRow.__new__(CaseRow)
    object.__setattr__(row, "sla_due_at", triage)
    object.__setattr__(row, "sla_kind", "triage")
    assert sla_text(row, RECEIVED, "vi", long=True) == "Sàng lọc: còn 7 ngày (08/10/2026)"


def test_periods_as_each_language_writes_them():
    assert quarter_label(2026, 3, "vi") == "Quý III/2026" and quarter_label(2026, 3, "en") == "Q3 2026"
    assert [quarter_label(2026, q, "vi").split("/")[0] for q in (1, 2, 4)] == ["Quý I", "Quý II", "Quý IV"]
    assert month_label(2026, 10, "vi") == "Tháng 10/2026" and month_label(2026, 10, "en") == "October 2026"
    assert week_label(2026, 27, "vi") == "Tuần 27/2026" and week_label(2026, 27, "en") == "Week 27, 2026"
    assert period_key_label("2026Q3", "vi") == "Quý III/2026" and period_key_label("2026-10", "en") == "October 2026"
    assert period_key_label("2026-W53", "vi") == "Tuần 53/2026" and period_key_label("other", "vi") == "other"


def test_percentages_without_a_space_and_with_the_languages_decimal_mark():
    assert percent_text(0.57, "vi", 0) == "57%" and percent_text(0.57, "en", 0) == "57%"
    assert percent_text(0.575, "vi") == "57,5%" and percent_text(0.575, "en") == "57.5%"


def test_the_interface_writes_percentages_as_the_exports_do(qapp):
    from PySide6.QtCore import QLocale

    from moderator_app.ui.detail_common import percent_text as ui_percent

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        assert ui_percent(0.575) == "57,5%" and ui_percent(0.57, 0) == "57%"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert ui_percent(0.575) == "57.5%" and ui_percent(0.575, lang="vi") == "57,5%"
    finally:
        QLocale.setDefault(before)
