"""The Excel exports, loaded back and checked cell by cell; formula-looking text stays text."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.exports.guard import is_formula_like
from moderator_app.exports.register import ScoredDecision, ScoreResult, domain_register_score
from moderator_app.services import exports, reports
from moderator_app.services import meetings as svc
from moderator_app.services.workspace import Workspace
from moderator_app.store.queries import CaseFilter

from .meeting_helpers import add_member, ready_case

DAY = date(2026, 3, 12)
NASTY = {
    "influencer": "=1+2",
    "description": "+1+2 livestream bán tiền ảo",
    "rationale": "-2+3 là lý do; xem =HYPERLINK(\"http://x\")",
    "action": "@SUM(1,2)",
    "phone": "+84 912 345 678 gọi lại cho KOL",
    "dash": "-Gỡ bài trong 24 giờ",
    "member": "-Minh",
}


@pytest.fixture
def meeting_ws(ws: Workspace):
    """A decided meeting whose people typed formula-looking text everywhere."""
    secretary = add_member(ws, "Trần Thu Hà", "secretary")
    minh = add_member(ws, NASTY["member"], "member")
    add_member(ws, "Hồ Kim Ngân", "observer")
    filed = reports.file_report(ws, reports.ReportInput(
        NASTY["influencer"], Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@x/video/1",
        description=NASTY["description"], handle="@eq"))
    from moderator_app.domain.enums import Status
    from moderator_app.services import cases as case_service

    for status in (Status.TRIAGE, Status.INVESTIGATING, Status.AWAITING_REPLY):  # the right of reply
        case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=status))
    second = ready_case(ws, "Khánh Vy", 2, Category.UNDISCLOSED_AD, "Không gắn nhãn quảng cáo")
    meeting = svc.create_meeting(ws, "Phiên họp số 001/2026", DAY, "Phòng họp A", secretary="Trần Thu Hà")
    item = svc.add_to_agenda(ws, meeting, filed.ref)
    svc.add_to_agenda(ws, meeting, second)
    svc.recommend(ws, item, NASTY["phone"], Outcome.WARNING_AMEND)
    svc.set_attendance(ws, meeting, "me", "present")
    svc.set_attendance(ws, meeting, secretary, "present")
    svc.set_attendance(ws, meeting, minh, "excused")
    svc.cast_vote(ws, item, "me", "for")
    svc.recuse(ws, item, secretary)
    first = svc.record_decision(
        ws, meeting, filed.ref, Outcome.WARNING_AMEND, NASTY["rationale"], published=True,
        follow_ups=[svc.FollowUpInput(NASTY["action"], secretary, DAY + timedelta(days=7)),
                    svc.FollowUpInput(NASTY["dash"], None, DAY + timedelta(days=3))])
    svc.record_decision(ws, meeting, second, Outcome.REMINDER, "Lần đầu", votes={"for": 2, "against": 0,
                                                                                 "abstain": 1})
    svc.finalize(ws, meeting)
    amendment = svc.amend_decision(ws, first, Outcome.PUBLIC_CORRECTION, "Sửa đổi: cải chính công khai")
    return ws, meeting, filed.ref, second, first, amendment


def _rows(sheet) -> list[list]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_meeting_workbook_cell_by_cell(meeting_ws, tmp_path: Path):
    ws, meeting, ref, second, first, amendment = meeting_ws
    path = exports.export_decisions(ws, meeting, tmp_path / "họp.xlsx", "vi")
    assert sorted(os.listdir(tmp_path)) == ["họp.xlsx", "ws"]  # written under a temp name, renamed
    wb = load_workbook(path)
    # The summary for paper comes first (tests/test_meeting_workbook_print.py); the data sheets follow.
    assert wb.sheetnames == ["Tổng hợp quyết định", "Quyết định", "Điểm danh", "Chương trình", "Việc tiếp theo"]
    sheet = wb["Quyết định"]
    rows = _rows(sheet)
    assert rows[0] == ["STT", "Hồ sơ", "Người có ảnh hưởng", "Tài khoản", "Loại vi phạm", "Tóm tắt",
                       "Hình thức xử lý", "Mức", "Tán thành", "Không tán thành", "Không ý kiến", "Rút lui",
                       "Lý do", "Việc tiếp theo", "Hạn", "Công bố", "Ngày quyết định", "Phiên bản"]
    assert len(rows) == 4  # the original, its amendment, the second case
    assert rows[1] == [
        1, ref, NASTY["influencer"], "TikTok: @eq", "Lừa đảo, cờ bạc trá hình", NASTY["description"],
        "Cảnh cáo, yêu cầu gỡ/sửa", 2, 1, 0, 0, 1, NASTY["rationale"],
        f"• {NASTY['dash']}, hạn 15/03/2026\n• {NASTY['action']} — Trần Thu Hà, hạn 19/03/2026",
        datetime(2026, 3, 15), "Có", datetime(2026, 3, 12), "Đã được sửa đổi, xem STT 2",
    ]  # platforms by their labels; other decisions by their No., never by an internal id
    assert rows[2][6] == "Cải chính, xin lỗi công khai" and rows[2][12] == "Sửa đổi: cải chính công khai"
    assert rows[2][17] == "Sửa đổi quyết định ở STT 1" and amendment not in str(rows) and first not in str(rows)
    assert rows[3][:2] == [3, second] and rows[3][8:12] == [2, 0, 1, 0] and rows[3][15] == "Không"
    # Formula-looking text is a string cell with a quote prefix; real dates and numbers are typed.
    for cell in (sheet["C2"], sheet["F2"], sheet["M2"]):
        assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert sheet["O2"].is_date and sheet["O2"].number_format == "DD/MM/YYYY" and sheet["I2"].data_type == "n"
    assert sheet["M2"].alignment.wrap_text
    # Layout and print setup.
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:R4"
    assert sheet.print_title_rows == "$1:$1" and sheet.page_setup.orientation == "landscape"
    # Eighteen columns print across several pages at a readable size, the case's columns on each.
    assert sheet.page_setup.fitToWidth > 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_cols == "$A:$B"
    assert 6 <= sheet.column_dimensions["A"].width <= 8
    assert sheet.column_dimensions["M"].width == len(NASTY["rationale"]) + 2
    assert wb.properties.title == "Phiên họp số 001/2026 — 12/03/2026"
    assert wb.properties.creator == "Digital Trust Moderator" and wb.properties.language == "vi-VN"

    attendance = _rows(wb["Điểm danh"])
    assert attendance[0] == ["Thành viên", "Vai trò", "Biểu quyết", "Điểm danh"]
    assert ["-Minh", "Thành viên", "Có", "Vắng có phép"] in attendance
    assert ["Hồ Kim Ngân", "Quan sát viên", "Không", "Chưa ghi nhận"] in attendance
    assert wb["Điểm danh"]["A" + str(attendance.index(["-Minh", "Thành viên", "Có", "Vắng có phép"]) + 1)].quotePrefix

    agenda = _rows(wb["Chương trình"])
    assert agenda[1] == [1, "Hồ sơ", ref, NASTY["influencer"], "Lừa đảo, cờ bạc trá hình", "Đã quyết định",
                         "Cảnh cáo, yêu cầu gỡ/sửa", NASTY["phone"],
                         "Nguyễn Văn Chủ Tịch: Tán thành\nTrần Thu Hà: Rút lui (xung đột lợi ích)",
                         "Cải chính, xin lỗi công khai"]
    assert agenda[2][8] == "Theo tổng số phiếu: Tán thành 2, Không tán thành 0, Không ý kiến 1"
    assert wb["Chương trình"]["H2"].quotePrefix

    follow_ups = _rows(wb["Việc tiếp theo"])
    assert follow_ups[0] == ["Hồ sơ", "Người có ảnh hưởng", "Việc cần làm", "Người phụ trách", "Hạn", "Hoàn thành",
                             "Hình thức xử lý"]
    assert follow_ups[1] == [ref, NASTY["influencer"], NASTY["dash"], None, datetime(2026, 3, 15), None,
                             "Cảnh cáo, yêu cầu gỡ/sửa"]
    assert follow_ups[2][2] == NASTY["action"] and wb["Việc tiếp theo"]["C3"].quotePrefix


def test_tab_and_carriage_return_and_control_characters(tmp_path: Path):
    from moderator_app.exports.xlsx import Col, Properties, Sheet, write_workbook

    values = ["\tthụt lề", "\rdòng", "=1+2", "a\x00b\x1fc", "x" * 40_000, "bình thường"]
    sheet = Sheet("Thử", "Test", [Col("Văn bản", "Text", "user")], [[v] for v in values], len(values))
    path = write_workbook(tmp_path / "t.xlsx", [sheet], Properties("T", "S"))
    cells = [c[0] for c in load_workbook(path).active.iter_rows(min_row=2)]
    assert [c.value for c in cells[:3]] == ["\tthụt lề", "\ndòng", "=1+2"]  # a line break is a line feed
    assert all(c.data_type == "s" and c.quotePrefix for c in cells[:3])
    assert cells[3].value == "a\ufffdb\ufffdc" and len(cells[4].value) == 32_767 and not cells[5].quotePrefix


def test_meeting_workbook_headers_in_english(meeting_ws, tmp_path: Path):
    ws, _meeting, *_ = meeting_ws
    wb = load_workbook(exports.export_decisions(ws, "2026-03-12", tmp_path / "m.xlsx", "en"))
    assert wb.sheetnames == ["Summary of decisions", "Decisions", "Attendance", "Agenda", "Follow-ups"]
    rows = _rows(wb["Decisions"])
    assert rows[0][:8] == ["No.", "Case", "Influencer", "Accounts", "Category", "Summary", "Outcome", "Level"]
    assert rows[1][6] == "Warning, amend or remove" and rows[1][15] == "Yes"
    assert wb.properties.language == "en-US"


def test_formula_text_stays_text_in_libreoffice(meeting_ws, tmp_path: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian package libreoffice-calc-nogui)")
    ws, meeting, *_ = meeting_ws
    path = exports.export_decisions(ws, meeting, tmp_path / "lo.xlsx", "en")
    out = tmp_path / "out"
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
         "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=240, check=False, env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    produced = sorted(out.iterdir())
    assert produced, result.stdout + result.stderr
    seen: dict[str, list[list[str]]] = {}
    for f in produced:
        seen[f.name] = list(csv.reader(io.StringIO(f.read_text(encoding="utf-8"), newline="")))
    decisions = next(rows for name, rows in seen.items() if "Decisions" in name)
    attendance = next(rows for name, rows in seen.items() if "Attendance" in name)
    agenda = next(rows for name, rows in seen.items() if "Agenda" in name)
    follow_ups = next(rows for name, rows in seen.items() if "Follow" in name)
    # What LibreOffice shows is exactly what was typed: nothing was evaluated.
    assert decisions[1][2] == NASTY["influencer"] and decisions[1][5] == NASTY["description"]
    assert decisions[1][12] == NASTY["rationale"] and decisions[1][8] == "1"
    assert decisions[1][14] == "15/03/2026"  # a real date, shown in the workbook's format
    assert [r[0] for r in attendance if r[0].startswith("-")] == [NASTY["member"]]
    assert agenda[1][7] == NASTY["phone"]
    assert follow_ups[2][2] == NASTY["action"] and follow_ups[1][2] == NASTY["dash"]


def test_register_scores_levels_and_as_of(ws: Workspace, tmp_path: Path):
    refs = [ready_case(ws, "Đen Vâu", n) for n in range(1, 4)] + [ready_case(ws, "Khánh Vy", 9)]
    first = svc.create_meeting(ws, "Họp 1", date(2026, 1, 8))
    for r in refs[:2] + refs[3:]:
        svc.add_to_agenda(ws, first, r)
    svc.record_decision(ws, first, refs[0], Outcome.WARNING_AMEND, "Lý do")
    svc.record_decision(ws, first, refs[1], Outcome.NOT_UPHELD, "Lý do")
    svc.record_decision(ws, first, refs[3], Outcome.REMINDER, "Lý do")
    second = svc.create_meeting(ws, "Họp 2", date(2026, 2, 5))
    svc.add_to_agenda(ws, second, refs[2])
    svc.record_decision(ws, second, refs[2], Outcome.SUSPENSION, "Lý do")
    path = exports.export_register(ws, tmp_path / "register.xlsx", "en", as_of=date(2026, 2, 5))
    rows = _rows(load_workbook(path).active)
    assert rows[0][:4] == ["Influencer", "Accounts", "Score", "Band"]
    assert rows[0][4] == "Level 0: Not upheld / Informally resolved" and rows[0][-3:] == [
        "Cases decided", "Last decision", "Last outcome"]
    den = next(r for r in rows if r[0] == "Đen Vâu")
    expected = domain_register_score([
        ScoredDecision(date(2026, 1, 8), Outcome.WARNING_AMEND, Category.FRAUD),
        ScoredDecision(date(2026, 1, 8), Outcome.NOT_UPHELD, Category.FRAUD),
        ScoredDecision(date(2026, 2, 5), Outcome.SUSPENSION, Category.FRAUD)], date(2026, 2, 5))
    assert expected.band == "caution" and (den[2], den[3]) == (expected.score, "Caution")
    assert den[4:12] == [1, 0, 1, 0, 0, 1, 0, 0]
    assert den[12:] == [3, datetime(2026, 2, 5), "Suspension from the alliance"]
    # As of a day before the second meeting: its decision does not count yet.
    earlier = _rows(load_workbook(exports.export_register(ws, tmp_path / "r2.xlsx", "vi",
                                                          as_of=date(2026, 2, 4))).active)
    den_before = next(r for r in earlier if r[0] == "Đen Vâu")
    assert den_before[12] == 2 and den_before[2] > den[2]


def test_register_score_follows_the_domain_formula():
    day = date(2026, 1, 1)
    assert domain_register_score([], day) == ScoreResult(None, "not_assessed")  # never "high" by default
    one = domain_register_score([ScoredDecision(day, Outcome.WARNING_AMEND, Category.FALSE_CLAIM)], day)
    assert (one.score, one.band) == (92.0, "high")
    later = domain_register_score([ScoredDecision(day, Outcome.WARNING_AMEND, Category.FALSE_CLAIM)],
                                   day + timedelta(days=90))
    assert later.score == 96.0  # half-life 90 days
    gone = domain_register_score([ScoredDecision(day, Outcome.EXPULSION, Category.FALSE_CLAIM)],
                                  day + timedelta(days=366))
    assert gone.score == 100.0
    repeat = domain_register_score([ScoredDecision(day, Outcome.WARNING_AMEND, Category.FALSE_CLAIM),
                                     ScoredDecision(day + timedelta(days=10), Outcome.WARNING_AMEND,
                                                    Category.FALSE_CLAIM)], day + timedelta(days=10))
    assert repeat.score == round(100 - 8 * 0.5 ** (10 / 90) - 8 * 1.5, 1)


def test_cases_export_uses_the_queue_filters(ws: Workspace, tmp_path: Path):
    a = ready_case(ws, "Đen Vâu", 1)
    reports.file_report(ws, reports.ReportInput("=cmd|' /C calc'!A0", Platform.YOUTUBE, Category.MISINFORMATION,
                                                url="https://youtube.com/watch?v=1"))
    path = tmp_path / "cases.xlsx"
    assert exports.export_cases(ws, CaseFilter(), path, "en", sort="influencer") == 2
    rows = _rows(load_workbook(path).active)
    assert rows[0] == ["Case", "Opened", "Status", "Priority", "Urgent", "Category", "Influencer", "Platform",
                       "Assignee", "Reports", "Deadline", "Due", "Last activity", "Title"]
    assert [r[6] for r in rows[1:]] == ["=cmd|' /C calc'!A0", "Đen Vâu"]
    assert isinstance(rows[1][1], datetime) and rows[1][9] == 1
    only = tmp_path / "only.xlsx"
    assert exports.export_cases(ws, CaseFilter(statuses=("investigating",)), only, "vi") == 1
    rows = _rows(load_workbook(only).active)
    assert len(rows) == 2 and rows[1][0] == a and rows[1][2] == "Xác minh"


def test_export_refusals(ws: Workspace, tmp_path: Path):
    with pytest.raises(UserError, match="no meeting"):
        exports.export_decisions(ws, "nope", tmp_path / "x.xlsx", "en")
    meeting = svc.create_meeting(ws, "Họp", DAY)
    with pytest.raises(UserError, match="does not exist"):
        exports.export_decisions(ws, meeting, tmp_path / "missing" / "x.xlsx", "en")
    with pytest.raises(UserError, match=r"end in \.xlsx"):
        exports.export_decisions(ws, meeting, tmp_path / "x.csv", "en")
    target = tmp_path / "again.xlsx"
    target.write_bytes(b"old")
    exports.export_decisions(ws, meeting, target, "en")  # replaced whole
    assert load_workbook(target).sheetnames[1] == "Decisions"
    assert is_formula_like("=x") and is_formula_like("\tx") and not is_formula_like("x=")


def test_observers_cannot_export(tmp_path: Path):
    chair = Workspace.open(tmp_path / "chair")
    observer = Workspace.open(tmp_path / "observer")
    try:
        add_member(chair, "Quan sát", "observer", device_of=observer)
        from .helpers import all_events, deliver

        deliver(observer, all_events(chair))
        with pytest.raises(NotAllowed, match="exporting"):
            exports.export_register(observer, tmp_path / "r.xlsx", "en")
    finally:
        chair.close()
        observer.close()
