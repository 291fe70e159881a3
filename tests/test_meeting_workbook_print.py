"""The meeting's workbook as the chair reads it on paper: a title block, A4 landscape fitted to the
page width, labels instead of codes, no internal ids, every present member's vote, and names of
files a secretary can send. Where LibreOffice is installed, the workbook is printed to PDF and the
pages are measured: A4 landscape, every column on the first page, type at a normal size."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.exports import meeting_workbook
from moderator_app.services import cases as case_service
from moderator_app.services import documents, exports, reports
from moderator_app.services import meetings as svc
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .conftest import Cli
from .meeting_helpers import add_member

DAY = date(2026, 3, 12)
APPEAL_DAY = date(2026, 3, 26)
LONG_RATIONALE = ("Nội dung quảng cáo nêu công dụng sai sự thật, gây hiểu lầm cho người tiêu dùng; yêu cầu gỡ "
                  "hoặc sửa bài trong 24 giờ; cảnh cáo. ") * 3
SUMMARY_HEADERS_VI = ["STT", "Hồ sơ", "Người có ảnh hưởng", "Loại vi phạm, nội dung", "Hình thức xử lý",
                      "Biểu quyết", "Lý do", "Việc tiếp theo"]
SUMMARY_HEADERS_EN = ["No.", "Case", "Influencer", "Category, summary", "Outcome", "Votes", "Rationale",
                      "Follow-ups"]
HEADER_ROW = 9  # seven lines of title block, a spacer, then the header


def _case(ws: Workspace, influencer: str, platform: Platform, handle: str, n: int,
          category: Category = Category.FRAUD) -> str:
    """A case investigated, the influencer asked for a reply and replied: ready for a meeting."""
    filed = reports.file_report(ws, reports.ReportInput(
        influencer, platform, category, url=f"https://example.org/{handle.lstrip('@')}/{n}",
        description=f"Phản ánh số {n}: livestream bán tiền ảo", handle=handle))
    for status in (Status.TRIAGE, Status.INVESTIGATING, Status.AWAITING_REPLY, Status.INVESTIGATING):
        case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=status))
    return filed.ref


@pytest.fixture
def committee(ws: Workspace):
    """Two meetings: the first decides one case per member vote (one member present does not vote)
    and one by tallies, then amends the first; the second rules on an appeal against the tally."""
    secretary = add_member(ws, "Trần Thu Hà", "secretary")
    minh = add_member(ws, "Lê Văn Minh", "member")
    observer = add_member(ws, "Hồ Kim Ngân", "observer")
    by_member = _case(ws, "Sơn Săn Sale", Platform.OTHER, "@sonsansale", 1)
    by_tally = _case(ws, "Khánh Vy", Platform.TIKTOK, "@khanhvy", 2, Category.UNDISCLOSED_AD)
    meeting = svc.create_meeting(ws, "Phiên họp số 001/2026", DAY, "Phòng họp A", secretary="Trần Thu Hà")
    item = svc.add_to_agenda(ws, meeting, by_member)
    svc.add_to_agenda(ws, meeting, by_tally)
    for who in ("me", secretary, minh, observer):
        svc.set_attendance(ws, meeting, who, "present")
    svc.cast_vote(ws, item, "me", "for")
    svc.recuse(ws, item, secretary)
    first = svc.record_decision(
        ws, meeting, by_member, Outcome.WARNING_AMEND, LONG_RATIONALE, published=True,
        follow_ups=[svc.FollowUpInput("Gỡ bài vi phạm và gửi xác nhận cho ban", secretary, DAY + timedelta(days=7))])
    svc.record_decision(ws, meeting, by_tally, Outcome.REMINDER, "Lần đầu vi phạm",
                        votes={"for": 2, "against": 0, "abstain": 1})
    svc.finalize(ws, meeting)
    svc.amend_decision(ws, first, Outcome.PUBLIC_CORRECTION, "Sửa đổi: cải chính công khai")
    second = svc.create_meeting(ws, "Phiên họp số 002/2026", APPEAL_DAY, "Phòng họp B")
    svc.appeal(ws, by_tally, "Người có ảnh hưởng đề nghị phúc xét", meeting=second, today=DAY + timedelta(days=5))
    for who in ("me", secretary):
        svc.set_attendance(ws, second, who, "present")
    svc.record_decision(ws, second, by_tally, Outcome.NOT_UPHELD, "Đã có hợp đồng gắn nhãn",
                        votes={"for": 2, "against": 0, "abstain": 0})
    return ws, meeting, second


def _texts(sheet) -> list[str]:
    return [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]


def _internal_ids(ws: Workspace) -> set[str]:
    """Every id a person should never see: decisions, meetings, cases, members, influencers..."""
    ids: set[str] = set()
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        for table in ("decisions", "meetings", "cases", "members", "influencers", "agenda_items", "follow_ups"):
            ids.update(str(r[0]) for r in raw.execute(f"SELECT id FROM {table}"))
    return ids


def test_title_block_and_page_setup(committee, tmp_path: Path):
    ws, meeting, _second = committee
    wb = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "m.xlsx", "vi"))
    assert wb.sheetnames[0] == "Tổng hợp quyết định"
    sheet = wb.worksheets[0]
    # The alliance and the committee as the committee's documents name them, then the document's title.
    assert [sheet.cell(r, 1).value for r in range(1, 5)] == [
        "LIÊN MINH “NIỀM TIN SỐ”", "BAN TỰ GIÁM SÁT", "TỔNG HỢP QUYẾT ĐỊNH CỦA CUỘC HỌP", "Phiên họp số 001/2026"]
    assert sheet["A2"].font.b and not sheet["A1"].font.b and sheet["A3"].font.sz == 14
    assert sheet["A5"].value == "Ngày họp: 12/03/2026 · Địa điểm: Phòng họp A"
    assert sheet["A6"].value == ("Chủ trì: Nguyễn Văn Chủ Tịch · Thư ký: Trần Thu Hà · "
                                 "Có mặt: 3/3 thành viên có quyền biểu quyết")
    assert sheet["A7"].value == "Biên bản đã chốt · 3 quyết định"
    assert {f"A{r}:H{r}" for r in range(1, 8)} <= {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[HEADER_ROW]] == SUMMARY_HEADERS_VI
    # Printed: A4 landscape, one page wide, the header row on every page, margins, the meeting in the footer.
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and str(setup.paperSize) == sheet.PAPERSIZE_A4
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert 0.4 <= sheet.page_margins.left <= 0.8 and 0.4 <= sheet.page_margins.right <= 0.8
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert "Phiên họp số 001/2026 — 12/03/2026" in sheet.oddFooter.left.text
    assert sheet.oddFooter.center.text == "Trang &P/&N"
    # The columns add up to a page at a readable size: nothing like the 18 columns of the data sheet.
    widths = [sheet.column_dimensions[chr(ord("A") + i)].width for i in range(8)]
    assert sum(widths) <= 160
    # The administrative font, which LibreOffice prints as its metric twin.
    assert sheet[f"G{HEADER_ROW + 1}"].font.name == "Times New Roman" and sheet[f"G{HEADER_ROW + 1}"].font.sz == 11


def test_the_committee_data_and_english(committee, tmp_path: Path):
    ws, meeting, second = committee
    documents.set_profile(ws, {"issuing_body": ["BAN TỰ GIÁM SÁT THỬ NGHIỆM", "TEST MONITORING COMMITTEE"]})
    sheet = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "vi.xlsx", "vi")).worksheets[0]
    assert sheet["A2"].value == "BAN TỰ GIÁM SÁT THỬ NGHIỆM"
    wb = load_workbook(exports.export_decisions(ws, second, tmp_path / "en.xlsx", "en"))
    assert wb.sheetnames == ["Summary of decisions", "Decisions", "Attendance", "Agenda", "Follow-ups"]
    sheet = wb.worksheets[0]
    assert [sheet.cell(r, 1).value for r in range(1, 4)] == [
        "THE “NIỀM TIN SỐ” ALLIANCE", "TEST MONITORING COMMITTEE", "DECISIONS OF THE MEETING"]
    assert sheet["A5"].value == "Date: 26/03/2026 · Place: Phòng họp B"
    assert sheet["A7"].value == "DRAFT: the meeting's minutes are not finalized · 1 decision"
    assert [c.value for c in sheet[HEADER_ROW]] == SUMMARY_HEADERS_EN
    assert sheet.oddFooter.center.text == "Page &P of &N"


def test_labels_not_codes_and_no_internal_ids(committee, tmp_path: Path):
    ws, meeting, second = committee
    ids = _internal_ids(ws)
    codes = re.compile(r"\b(?:other|tiktok) @|\b[a-z]+_[a-z_]+\b")  # `other @handle`, `warning_amend`...
    for lang, meeting_id in (("vi", meeting), ("en", meeting), ("vi", second), ("en", second)):
        wb = load_workbook(exports.export_decisions(ws, meeting_id, tmp_path / f"{lang}-{meeting_id}.xlsx", lang))
        for sheet in wb.worksheets:
            for text in _texts(sheet):
                assert not [i for i in ids if i in text], (lang, sheet.title, text)
                assert not codes.search(text), (lang, sheet.title, text)
    summary = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "m.xlsx", "vi")).worksheets[0]
    rows = [list(r) for r in summary.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[0][2] == "Sơn Săn Sale\nKhác: @sonsansale" and rows[2][2] == "Khánh Vy\nTikTok: @khanhvy"
    assert rows[0][3] == "Lừa đảo, cờ bạc trá hình\nPhản ánh số 1: livestream bán tiền ảo"
    assert rows[0][4] == "Cảnh cáo, yêu cầu gỡ/sửa\nMức 2\nCông bố: Có\nĐã được sửa đổi, xem STT 2"
    assert rows[1][4] == "Cải chính, xin lỗi công khai\nMức 3\nCông bố: Có\nSửa đổi quyết định ở STT 1"
    assert rows[2][4] == "Nhắc nhở\nMức 1\nCông bố: Không\nĐã có đề nghị phúc xét"
    assert rows[0][6] == LONG_RATIONALE.strip()
    assert rows[0][7] == "• Gỡ bài vi phạm và gửi xác nhận cho ban — Trần Thu Hà, hạn 19/03/2026"
    # The ruling on appeal names the decision it replaces by its date and meeting.
    ruling = load_workbook(exports.export_decisions(ws, second, tmp_path / "r.xlsx", "vi")).worksheets[0]
    assert ruling.cell(HEADER_ROW + 1, 5).value == ("Không vi phạm\nMức 0\nCông bố: Không\n"
                                                    "Phúc xét quyết định ngày 12/03/2026 (Phiên họp số 001/2026)")


def test_every_present_member_has_a_vote(committee, tmp_path: Path):
    ws, meeting, _second = committee
    wb = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "vi.xlsx", "vi"))
    votes = [r[5] for r in wb.worksheets[0].iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert votes[0] == ("Tán thành: 1\n– Nguyễn Văn Chủ Tịch\nKhông tán thành: 0\nKhông ý kiến: 0\n"
                        "Rút lui: 1\n– Trần Thu Hà\nChưa biểu quyết: 1\n– Lê Văn Minh")
    assert "Hồ Kim Ngân" not in votes[0]  # an observer does not vote
    assert votes[2] == "Tán thành: 2\nKhông tán thành: 0\nKhông ý kiến: 1\n(theo tổng số phiếu)"
    agenda = [list(r) for r in wb["Chương trình"].iter_rows(values_only=True)]
    assert agenda[0][8] == "Biểu quyết từng thành viên"
    assert agenda[1][8] == ("Lê Văn Minh: Chưa biểu quyết\nNguyễn Văn Chủ Tịch: Tán thành\n"
                            "Trần Thu Hà: Rút lui (xung đột lợi ích)")
    english = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "en.xlsx", "en"))
    assert english.worksheets[0].cell(HEADER_ROW + 1, 6).value == (
        "For: 1\n– Nguyễn Văn Chủ Tịch\nAgainst: 0\nAbstain: 0\nRecused: 1\n– Trần Thu Hà\nNot voted: 1\n– Lê Văn Minh")
    assert english["Agenda"]["I2"].value.startswith("Lê Văn Minh: Not voted\n")


def test_rows_are_as_tall_as_their_wrapped_text(committee, tmp_path: Path):
    ws, meeting, _second = committee
    wb = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "m.xlsx", "vi"))
    for sheet in wb.worksheets:
        first = HEADER_ROW if sheet is wb.worksheets[0] else 1
        for r in range(first, sheet.max_row + 1):
            height = sheet.row_dimensions[r].height
            assert height is not None, (sheet.title, r)  # openpyxl does not size rows; we do
            breaks = max((str(c.value).count("\n") + 1 for c in sheet[r] if c.value is not None), default=1)
            assert height >= breaks * 11 * 1.15, (sheet.title, r, height, breaks)
            for c in sheet[r]:
                if isinstance(c.value, str) and "\n" in c.value:
                    assert c.alignment.wrap_text, (sheet.title, c.coordinate)
    summary = wb.worksheets[0]
    # The long rationale wraps to many lines in its column: its row is the tallest.
    assert summary.row_dimensions[HEADER_ROW + 1].height > 2 * summary.row_dimensions[HEADER_ROW + 3].height / 1.5
    assert summary.row_dimensions[HEADER_ROW + 1].height >= 8 * 11 * 1.15


def test_line_estimate_wraps_between_words():
    width = 20.0  # column units
    assert meeting_workbook.text_lines("Tán thành: 7", width) == 1
    assert meeting_workbook.text_lines("Tán thành: 7\nKhông tán thành: 1", width) == 2
    assert meeting_workbook.text_lines(LONG_RATIONALE, width) >= len(LONG_RATIONALE) // 30
    assert meeting_workbook.text_lines("W" * 80, width) >= 4  # a long word breaks inside


def test_an_empty_meeting_says_so(ws: Workspace, tmp_path: Path):
    meeting = svc.create_meeting(ws, "Phiên họp & bàn giao", DAY)
    sheet = load_workbook(exports.export_decisions(ws, meeting, tmp_path / "e.xlsx", "en")).worksheets[0]
    assert sheet.cell(HEADER_ROW + 1, 1).value == "No decision was recorded at this meeting."
    assert sheet.oddFooter.left.text.startswith("Phiên họp && bàn giao")  # & escaped in the footer


def test_default_file_names(ws: Workspace):
    meeting = svc.create_meeting(ws, "Phiên họp số 014/2026", date(2026, 12, 14))
    assert exports.decisions_file_name(ws, meeting, "vi") == Path("quyet-dinh-cuoc-hop-2026-12-14.xlsx")
    assert exports.decisions_file_name(ws, meeting, "en") == Path("decisions-2026-12-14.xlsx")
    # Two meetings on one day: the title, without diacritics, tells the files apart.
    extra = svc.create_meeting(ws, "Họp bất thường: đình chỉ", date(2026, 12, 14))
    assert exports.decisions_file_name(ws, extra, "vi") == Path(
        "quyet-dinh-cuoc-hop-2026-12-14-hop-bat-thuong-dinh-chi.xlsx")
    assert exports.decisions_file_name(ws, meeting, "en") == Path("decisions-2026-12-14-phien-hop-so-014-2026.xlsx")
    assert all(exports.decisions_file_name(ws, m, lang).name.isascii()
               for m in (meeting, extra) for lang in ("vi", "en"))


def test_the_command_line_writes_the_default_name(cli: Cli, tmp_path: Path, monkeypatch):
    created = cli("meeting", "create", "--title", "Phiên họp 001", "--date", "2026-12-14", "--json")
    assert created.code == 0, created.err
    meeting = created.json()["id"]
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    vi = cli("export", "decisions", meeting, lang="vi")
    assert vi.code == 0, vi.err
    assert "quyet-dinh-cuoc-hop-2026-12-14.xlsx" in vi.out
    en = cli("export", "decisions", meeting, lang="en")
    assert en.code == 0, en.err
    assert sorted(p.name for p in out.iterdir()) == ["decisions-2026-12-14.xlsx", "quyet-dinh-cuoc-hop-2026-12-14.xlsx"]
    assert meeting not in vi.out + en.out


def _pdf_pages(pdf: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, with pypdf if installed, else with pdfinfo."""
    try:
        from pypdf import PdfReader
    except ImportError:
        pdfinfo = shutil.which("pdfinfo")
        if pdfinfo is None:
            pytest.skip("neither pypdf nor poppler's pdfinfo is installed")
        out = subprocess.run([pdfinfo, "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True,
                             check=True).stdout
        return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(pdf).pages]


def test_printed_with_libreoffice(committee, tmp_path: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian package libreoffice-calc-nogui)")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("poppler's pdftotext is not installed (Debian package poppler-utils)")
    ws, meeting, _second = committee
    path = exports.export_decisions(ws, meeting, tmp_path / "quyet-dinh.xlsx", "vi")
    out = tmp_path / "pdf"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=240, check=False, env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    pdf = out / "quyet-dinh.pdf"
    assert pdf.exists(), result.stdout + result.stderr
    pages = _pdf_pages(pdf)
    assert pages and all(abs(w - 841.9) < 2 and abs(h - 595.3) < 2 for w, h in pages), pages  # A4 landscape
    assert len(pages) <= 8  # the summary, the data sheets: no sheet shrunk to one page nor spread over dozens
    first = subprocess.run([pdftotext, "-f", "1", "-l", "1", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    # The title block and every column of the summary on the first page, headers whole.
    for text in ("TỔNG HỢP QUYẾT ĐỊNH CỦA CUỘC HỌP", "Phiên họp số 001/2026", "Phòng họp A",
                 "Chưa biểu quyết: 1", "– Lê Văn Minh", "Khác: @sonsansale", *SUMMARY_HEADERS_VI):
        assert text in first, text
    assert "gỡ hoặc sửa bài trong 24" in first  # the rationale column is on the page, not cut off to the right
    # Type at a normal size: body words about 10 points high, not the 4 points of 18 columns on one page.
    bbox = subprocess.run([pdftotext, "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)]
    assert heights and statistics.median(heights) >= 9, statistics.median(heights)
