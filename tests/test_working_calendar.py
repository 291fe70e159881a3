"""The working-day calendar: the law's holidays (Tết, Giỗ Tổ Hùng Vương) from the ``holidays``
package, the committee's days off as events that sync, and every working-day deadline using both."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from moderator_app.domain.clock import VN_TZ, local_date, ms_from_datetime
from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.domain.sla import TRIAGE, add_working_days, due
from moderator_app.domain.working_calendar import COMMITTEE, LAW, LAW_CALENDAR, committee_calendar, law_holidays
from moderator_app.services import reports
from moderator_app.services import working_calendar as cal
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .conftest import Cli
from .sync_support import close_all, committee_copy, propagate

FRIDAY = ms_from_datetime(datetime(2027, 1, 29, 10, 0, tzinfo=VN_TZ))  # the Friday before a bridge Monday
BRIDGE = date(2027, 2, 1)


def _at(y: int, m: int, d: int) -> int:
    return ms_from_datetime(datetime(y, m, d, 10, 0, tzinfo=VN_TZ))


# --- domain ------------------------------------------------------------------------------------


def test_tet_2027_and_the_hung_kings_come_from_the_package_in_both_languages():
    days = law_holidays(2027)
    assert date(2027, 2, 6) in days and "Tết Nguyên Đán" in days[date(2027, 2, 6)][0]
    assert days[date(2027, 2, 6)][1] == "Lunar New Year"
    assert "Hùng Vương" in days[date(2027, 4, 16)][0]  # the 10th of the 3rd lunar month moves every year
    assert date(2026, 4, 16) not in law_holidays(2026) and date(2026, 4, 26) in law_holidays(2026)
    # Tết's weekdays are not working days: 5 working days from Monday 1 Feb 2027 end on Monday 15 Feb.
    assert [LAW_CALENDAR.is_working_day(date(2027, 2, d)) for d in range(3, 12)] == [
        True, False, False, False, False, False, False, False, True]
    assert local_date(due(TRIAGE, _at(2027, 2, 1))) == date(2027, 2, 15)


def test_a_committee_bridge_day_moves_a_deadline_and_removing_it_moves_it_back():
    assert local_date(add_working_days(FRIDAY, 1)) == BRIDGE
    bridged = committee_calendar([(BRIDGE, True, "Nghỉ bù")])
    assert local_date(add_working_days(FRIDAY, 1, bridged)) == date(2027, 2, 2)
    assert add_working_days(FRIDAY, 1, committee_calendar([(BRIDGE, False, "")])) == add_working_days(FRIDAY, 1)
    # A law holiday the committee works counts as a working day.
    worked = committee_calendar([(date(2027, 2, 10), False, "")])
    assert worked.is_working_day(date(2027, 2, 10)) and not LAW_CALENDAR.is_working_day(date(2027, 2, 10))
    listed = {d.day: d.source for d in bridged.days_off(2027)}
    assert listed[BRIDGE] == COMMITTEE and listed[date(2027, 2, 6)] == LAW
    assert date(2027, 2, 10) not in {d.day for d in worked.days_off(2027)}
    assert [d.day for d in worked.worked_holidays(2027)] == [date(2027, 2, 10)]


# --- services and projection ---------------------------------------------------------------------


def _file(ws: Workspace, received_at: int = FRIDAY) -> str:
    filed = reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@denvau/video/7",
        received_at=received_at))
    return filed.case_id


def _deadline(ws: Workspace, case_id: str) -> tuple[str, int, int]:
    with ws.db.read() as conn:
        row = raw_connection(conn).execute(
            "SELECT sla_kind, sla_due_at, sla_sort FROM cases WHERE id = ?", (case_id,)).fetchone()
    return row[0], row[1], row[2]


def test_adding_and_removing_a_day_off_recomputes_open_deadlines(tmp_path: Path):
    ws = Workspace.open(tmp_path / "w", member_name="An")
    try:
        case_id = _file(ws)
        kind, before, _ = _deadline(ws, case_id)
        assert kind == "acknowledge" and local_date(before) == BRIDGE
        cal.add_day_off(ws, BRIDGE, "Nghỉ bù Tết")
        kind, moved, sort = _deadline(ws, case_id)
        assert local_date(moved) == date(2027, 2, 2) and sort == moved
        assert [(d.day, d.source, d.name_vi) for d in cal.days_off(ws, 2027) if d.day == BRIDGE] == [
            (BRIDGE, COMMITTEE, "Nghỉ bù Tết")]
        cal.remove_day_off(ws, BRIDGE)
        assert _deadline(ws, case_id)[1] == before
        checked = verify(ws)  # a replay of the log gives the same deadlines
        assert checked.ok, checked.problems
    finally:
        ws.close()


def test_refusals_name_the_problem(tmp_path: Path):
    ws = Workspace.open(tmp_path / "w", member_name="An")
    try:
        with pytest.raises(UserError, match="weekend"):
            cal.add_day_off(ws, date(2027, 1, 30), "Thứ Bảy", lang="en")
        with pytest.raises(UserError, match="already"):
            cal.add_day_off(ws, date(2027, 2, 8), "Tết", lang="en")
        with pytest.raises(UserError, match="not a day off"):
            cal.remove_day_off(ws, date(2027, 3, 3), lang="en")
        with pytest.raises(UserError, match="needs a name"):
            cal.add_day_off(ws, BRIDGE, "  ", lang="en")
    finally:
        ws.close()


# --- sync ------------------------------------------------------------------------------------------


def test_a_day_off_added_by_the_secretary_moves_another_members_deadline_the_same_way(tmp_path: Path,
                                                                                       tmp_path_factory):
    committee = committee_copy(tmp_path_factory, tmp_path)
    chair, secretary, member = committee
    try:
        case_id = _file(member.ws)
        member.sync()
        propagate(member.view, chair.view)
        propagate(member.view, secretary.view)
        chair.sync()
        secretary.sync()
        before = _deadline(chair.ws, case_id)
        assert local_date(before[1]) == BRIDGE
        with pytest.raises(NotAllowed, match="secretary"):  # an ordinary member may not change the calendar
            cal.add_day_off(member.ws, BRIDGE, "Nghỉ bù")
        cal.add_day_off(secretary.ws, BRIDGE, "Nghỉ bù Tết theo thông báo của Chính phủ")
        secretary.sync()
        propagate(secretary.view, chair.view)
        chair.sync()
        moved = _deadline(chair.ws, case_id)
        assert local_date(moved[1]) == date(2027, 2, 2)
        assert moved == _deadline(secretary.ws, case_id)
        assert {d.day: d.name_vi for d in cal.days_off(chair.ws, 2027)}[BRIDGE] == \
            "Nghỉ bù Tết theo thông báo của Chính phủ"
        checked = verify(chair.ws)
        assert checked.ok, checked.problems
    finally:
        close_all(committee)


def test_concurrent_add_and_remove_of_a_date_settle_the_same_on_every_member(tmp_path: Path, tmp_path_factory):
    committee = committee_copy(tmp_path_factory, tmp_path)
    chair, secretary, _ = committee
    try:
        case_id = _file(chair.ws)
        cal.add_day_off(chair.ws, BRIDGE, "Nghỉ bù")
        chair.sync()
        propagate(chair.view, secretary.view)
        secretary.sync()
        # Offline at once: the chair renames the day off, the secretary removes it.
        cal.add_day_off(chair.ws, BRIDGE, "Nghỉ bù (đổi tên)")
        cal.remove_day_off(secretary.ws, BRIDGE)
        for m in (chair, secretary):
            m.sync()
        propagate(chair.view, secretary.view)
        propagate(secretary.view, chair.view)
        for m in (chair, secretary):
            m.sync()
        assert cal.days_off(chair.ws, 2027) == cal.days_off(secretary.ws, 2027)
        assert _deadline(chair.ws, case_id) == _deadline(secretary.ws, case_id)
    finally:
        close_all(committee)


# --- command line -----------------------------------------------------------------------------------


def test_cli_calendar_contract(cli: Cli):
    listed = cli("calendar", "--year", "2027", "--json")
    assert listed.code == 0, listed.err
    days = json.loads(listed.out)
    assert {"date": "2027-02-06", "name": "Lunar New Year", "name_vi": "Tết Nguyên Đán",
            "name_en": "Lunar New Year", "source": "law"} in days
    assert all(set(d) == {"date", "name", "name_vi", "name_en", "source"} for d in days)
    added = cli("calendar", "add", "2027-02-01", "--name", "Nghỉ bù Tết")
    assert added.code == 0, added.err
    days = json.loads(cli("calendar", "--year", "2027", "--json").out)
    assert {"date": "2027-02-01", "name": "Nghỉ bù Tết", "name_vi": "Nghỉ bù Tết", "name_en": "Nghỉ bù Tết",
            "source": "committee"} in days
    text = cli("calendar", "--year", "2027", lang="vi")
    assert "01/02/2027" in text.out and "Ban" in text.out and "Mùng hai Tết Nguyên Đán" in text.out
    removed = cli("calendar", "remove", "2027-02-08")  # a Tết day the committee works
    assert removed.code == 0, removed.err
    assert "2027-02-08" not in {d["date"] for d in json.loads(cli("calendar", "--year", "2027", "--json").out)}
    assert "08/02/2027" in cli("calendar", "--year", "2027").out  # listed among the holidays worked
    bad = cli("calendar", "add", "2027-02-30", "--name", "x")
    assert bad.code == 2 and "YYYY-MM-DD" in bad.err and "Traceback" not in bad.err
    bad = cli("calendar", "remove", "2027-03-03", lang="vi")
    assert bad.code == 2 and "không phải ngày nghỉ" in bad.err
    assert cli("calendar", "--year", "99999").code == 2


def test_cli_calendar_refuses_a_member_naming_the_role(tmp_path: Path):
    ws = Workspace.open(tmp_path / "w", member_name="An")
    try:
        with ws.transaction() as tx:  # the founder becomes an ordinary member
            tx.emit("member.updated", ws.identity.member_id,
                    {"changes": {"role": {"to": Role.MEMBER.value, "from": Role.CHAIR.value, "base": []}}})
    finally:
        ws.close()
    result = Cli(tmp_path / "w")("calendar", "add", "2027-02-01", "--name", "Nghỉ bù")
    assert result.code == 2
    assert "chair" in result.err and "secretary" in result.err
