"""The list of takedown requests a secretary sends a platform: the workbook and the CSV file, the
command line's `takedown list -o`, and the window's Export of the rows it shows."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import statistics
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from moderator_app.cli import build_parser
from moderator_app.cli.common import Output
from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import UserError
from moderator_app.exports import takedowns as export
from moderator_app.services import reports
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import find_case_id

from .conftest import Cli
from .stats_fixtures import SimClock, at

URL = "https://www.tiktok.com/@denvau/video/7351234567890123456"
MORE = ("https://www.tiktok.com/@denvau/video/7351234567890123457", "https://www.tiktok.com/@denvau/live/20261201")
REASON = '=HYPERLINK("http://x") Nội dung không vi phạm Tiêu chuẩn cộng đồng'
HEADERS_EN = ["Case", "Platform", "Content addresses", "Sent", "Sent by", "Deadline", "State", "Answered",
              "Hours to answer", "The platform's reason", "Latest re-check", "Content back online"]
HEADERS_VI = ["Hồ sơ", "Nền tảng", "Địa chỉ nội dung", "Thời điểm gửi", "Gửi qua", "Hạn gỡ nội dung", "Tình trạng",
              "Nhận kết quả xử lý lúc", "Số giờ đến khi trả lời", "Lý do nền tảng đưa ra", "Kiểm tra lại gần nhất",
              "Nội dung xuất hiện lại"]




def _case(ws: Workspace, url: str, platform: Platform = Platform.TIKTOK, name: str = "Đen Vâu") -> str:
    return reports.file_report(ws, reports.ReportInput(name, platform, Category.FRAUD, url=url,
                                                       description="Quảng cáo lừa đảo")).ref


@dataclass(frozen=True)
class Chase:
    """Five requests as of 12 December 2026, 09:00 in Hà Nội, the latest sent first."""

    again: service.TakedownView  # TikTok, asked again by letter after no answer: overdue
    unanswered: service.TakedownView  # TikTok, "no answer" recorded, then asked again
    removed: service.TakedownView  # Facebook, removed in 10.5 hours, back online at the re-check
    refused: service.TakedownView  # TikTok, refused late (57.5 hours), a formula-looking reason
    overdue: service.TakedownView  # TikTok, three addresses, no answer past its deadline

    def ids(self, *views: service.TakedownView) -> list[str]:
        return [v.id for v in views]



@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalogue, as the application installs it."""
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    yield


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[tuple[Workspace, SimClock]]:
    """A workspace whose every event is stamped by a simulated clock, from before its first event."""
    ws = Workspace.open(tmp_path / "ws", member_name="Thư ký Bình")
    clock = SimClock(ws)
    clock.set(2026, 12, 1, 8)
    yield ws, clock
    ws.close()

def _chase(ws: Workspace, clock: SimClock) -> Chase:
    first = _case(ws, URL)
    second = _case(ws, "https://www.tiktok.com/@hoaminzy/video/2", name="Hòa Minzy")
    third = _case(ws, "https://www.facebook.com/sontung/posts/1", Platform.FACEBOOK, name="Sơn Tùng")
    fourth = _case(ws, "https://www.tiktok.com/@khoapug/video/9", name="Khoa Pug")
    clock.set(2026, 12, 12, 9)
    overdue = service.request(ws, first, Platform.TIKTOK, [URL, *MORE], at=at(2026, 12, 1, 10))
    refused = service.request(ws, second, Platform.TIKTOK, via="form", at=at(2026, 12, 2, 23, 30))
    service.answer(ws, refused.id, "refused", REASON, at=at(2026, 12, 5, 9))
    removed = service.request(ws, third, Platform.FACEBOOK, at=at(2026, 12, 3, 9))
    service.answer(ws, removed.id, "removed", at=at(2026, 12, 3, 19, 30))
    service.recheck(ws, removed.id, still_up=True, at=at(2026, 12, 11, 9))
    unanswered = service.request(ws, fourth, Platform.TIKTOK, at=at(2026, 12, 4, 9))
    service.answer(ws, unanswered.id, "none", at=at(2026, 12, 7, 9))
    again = service.request(ws, fourth, Platform.TIKTOK, via="letter", at=at(2026, 12, 8, 9))
    return Chase(*(service.get(ws, v.id) for v in (again, unanswered, removed, refused, overdue)))


def _sheet(path: Path) -> Any:
    wb = load_workbook(path)
    assert len(wb.worksheets) == 1
    return wb.worksheets[0]


def _values(ws: Any) -> list[list[Any]]:
    return [[c.value for c in row] for row in ws.iter_rows()]


# --- the workbook ----------------------------------------------------------------------------------


def test_the_workbook_holds_each_request_with_real_times_and_numbers(clocked, tmp_path: Path):
    ws, clock = clocked
    chase = _chase(ws, clock)
    views = service.list_takedowns(ws)
    assert [v.id for v in views] == chase.ids(chase.again, chase.unanswered, chase.removed, chase.refused,
                                              chase.overdue)
    path = tmp_path / "list.xlsx"
    assert export.write_takedowns(views, path, "en", scope="Every request", now_ms=clock.now) == 5
    sheet = _sheet(path)
    rows = _values(sheet)
    assert rows[0] == HEADERS_EN and len(rows) == 6
    again, unanswered, removed, refused, overdue = rows[1:]
    assert again == [chase.again.ref, "TikTok", "https://www.tiktok.com/@khoapug/video/9", datetime(2026, 12, 8, 9),
                     "Official letter", datetime(2026, 12, 10, 9), "Overdue", None, None, None, None, None]
    assert unanswered[6:10] == ["No answer · asked again", datetime(2026, 12, 7, 9), None, None]
    assert removed == [chase.removed.ref, "Facebook", "https://www.facebook.com/sontung/posts/1",
                       datetime(2026, 12, 3, 9), "E-mail", datetime(2026, 12, 5, 9), "Removed",
                       datetime(2026, 12, 3, 19, 30), 10.5, None, "11/12/2026: content still up", "Yes"]
    assert refused[3:10] == [datetime(2026, 12, 2, 23, 30), "The platform's reporting form",
                             datetime(2026, 12, 4, 23, 30), "Refused · answered late", datetime(2026, 12, 5, 9), 57.5,
                             REASON]
    assert overdue[2] == "\n".join((URL, *MORE)) and overdue[6] == "Overdue"
    # Times are real date-times in Vietnam's time with the workbook's format, hours a real number.
    for column in (4, 6, 8):
        cell = sheet.cell(row=4, column=column)
        assert cell.is_date and cell.number_format == "DD/MM/YYYY HH:MM"
    hours = sheet.cell(row=4, column=9)
    assert hours.data_type == "n" and isinstance(hours.value, float) and hours.number_format == "0.0"
    # The platform's reason starts with "=": a text cell, marked so it stays text when edited.
    reason = sheet.cell(row=5, column=10)
    assert reason.data_type == "s" and reason.value == REASON and reason.quotePrefix
    assert sheet.cell(row=2, column=3).alignment.wrap_text  # one address a line
    assert not list(tmp_path.glob(".tmp-*"))  # written under a temporary name, then renamed


def test_the_workbook_prints_one_landscape_page_wide_with_its_header_on_every_page(clocked, tmp_path: Path):
    ws, clock = clocked
    _chase(ws, clock)
    path = tmp_path / "danh-sach.xlsx"
    scope = export.scope_text("vi", "tiktok", "overdue")
    assert scope == "TikTok · Quá hạn"
    export.write_takedowns(service.list_takedowns(ws), path, "vi", scope=scope, now_ms=clock.now)
    sheet = _sheet(path)
    assert sheet.title == "Đề nghị gỡ nội dung" and _values(sheet)[0] == HEADERS_VI
    assert _values(sheet)[1][6] == "Quá hạn" and _values(sheet)[3][11] == "Có"
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0) and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows.replace("$", "") == "1:1" and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L6"
    assert "TikTok · Quá hạn" in sheet.oddFooter.left.text
    # Vietnamese headers wrap between words rather than widen their columns: a taller header row.
    widths = {h: sheet.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(HEADERS_VI)}
    assert widths["Số giờ đến khi trả lời"] < len("Số giờ đến khi trả lời") / 2
    assert widths["Nội dung xuất hiện lại"] < len("Nội dung xuất hiện lại") / 2
    assert sum(widths.values()) < 200
    heights = [sheet.row_dimensions[r].height for r in range(1, 7)]
    assert heights[0] >= 3 * heights[1]
    assert heights[5] >= 3 * heights[1]  # three addresses, each on its own lines: a row as tall as they are
    assert load_workbook(path).properties.language == "vi-VN"


def test_the_csv_file_has_a_byte_order_mark_and_keeps_a_formula_as_text(clocked, tmp_path: Path):
    ws, clock = clocked
    chase = _chase(ws, clock)
    path = tmp_path / "list.csv"
    assert export.write_takedowns([chase.refused, chase.removed], path, "vi", now_ms=clock.now) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADERS_VI
    assert rows[1][:9] == [chase.refused.ref, "TikTok", "https://www.tiktok.com/@hoaminzy/video/2", "2026-12-02 23:30",
                           "Biểu mẫu báo cáo của nền tảng", "2026-12-04 23:30", "Từ chối gỡ · trả lời muộn",
                           "2026-12-05 09:00", "57.5"]
    assert rows[1][9] == "'" + REASON  # a spreadsheet shows it as typed, never runs it
    assert rows[2][10:] == ["11/12/2026: nội dung vẫn còn", "Có"]


def test_a_name_or_folder_that_cannot_be_written_is_refused_before_anything_is_written(clocked, tmp_path: Path):
    ws, clock = clocked
    views = _chase(ws, clock)
    with pytest.raises(UserError) as wrong:
        export.write_takedowns([views.overdue], tmp_path / "list.txt", "en", now_ms=clock.now)
    assert wrong.value.code == "xlsx_or_csv_name_required" and ".xlsx or .csv" in wrong.value.text("en")
    with pytest.raises(UserError) as missing:
        export.write_takedowns([views.overdue], tmp_path / "none" / "list.csv", "en", now_ms=clock.now)
    assert missing.value.code == "folder_missing"
    (tmp_path / "a-folder.xlsx").mkdir()
    with pytest.raises(UserError) as folder:
        export.write_takedowns([views.overdue], tmp_path / "a-folder.xlsx", "en", now_ms=clock.now)
    assert folder.value.code == "target_is_folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.xlsx", "ws"]


def test_file_names_are_plain_ascii():
    day = at(2026, 12, 20, 10)
    assert export.file_name("vi", day, "tiktok", "overdue") == "de-nghi-go-noi-dung-tiktok-qua-han-2026-12-20.xlsx"
    assert export.file_name("en", day, None, "back_online") == "takedown-requests-content-back-online-2026-12-20.xlsx"
    assert export.scope_text("en") == "Every request"


def _pdf_text(path: Path, tmp_path: Path, *options: str) -> tuple[str, str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian package libreoffice-calc-nogui)")
    pdfinfo, pdftotext = shutil.which("pdfinfo"), shutil.which("pdftotext")
    if pdfinfo is None or pdftotext is None:
        pytest.skip("poppler's pdfinfo and pdftotext are not installed (Debian package poppler-utils)")
    out = tmp_path / "pdf"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=240, check=False, env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    pdf = out / (path.stem + ".pdf")
    assert pdf.exists(), result.stdout + result.stderr
    info = subprocess.run([pdfinfo, "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    text = subprocess.run([pdftotext, *options, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return info, text


def test_printed_with_libreoffice_on_one_landscape_page_readable_and_whole(clocked, tmp_path: Path):
    ws, clock = clocked
    _chase(ws, clock)
    path = tmp_path / "de-nghi.xlsx"
    export.write_takedowns(service.list_takedowns(ws), path, "vi", now_ms=clock.now)
    info, text = _pdf_text(path, tmp_path, "-layout")
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert len(sizes) == 1 and abs(float(sizes[0][0]) - 841.9) < 2 and abs(float(sizes[0][1]) - 595.3) < 2
    # Every address whole (a row too short would hide its last lines), the reason as typed.
    for url in (URL, *MORE):
        assert url.rsplit("/", 1)[1] in text, url
    assert '=HYPERLINK("http://x")' in text and "Lý do nền tảng đưa ra" in text and "Từ chối gỡ" in text
    _info, boxes = _pdf_text(path, tmp_path, "-bbox")
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)]
    assert heights and statistics.median(heights) >= 9, statistics.median(heights)  # type of about 10 points


# --- the command line ------------------------------------------------------------------------------


def _run(ws: Workspace, *argv: str, lang: str = "en") -> str:
    """A command run in-process on ``ws`` (so on its simulated clock); what it printed."""
    args = build_parser().parse_args(list(argv))
    out = io.StringIO()
    assert args.func(ws, args, Output(lang=lang, stdout=out)) == 0
    return out.getvalue()


def test_the_command_line_writes_the_requests_it_lists(clocked, tmp_path: Path):
    ws, clock = clocked
    chase = _chase(ws, clock)
    tiktok = tmp_path / "tiktok.xlsx"
    assert _run(ws, "takedown", "list", "--platform", "tiktok", "-o", str(tiktok)) == f"Wrote {tiktok}: 4 requests\n"
    rows = _values(_sheet(tiktok))
    refs = [chase.again.ref, chase.unanswered.ref, chase.refused.ref, chase.overdue.ref]
    assert [r[0] for r in rows[1:]] == refs and {r[1] for r in rows[1:]} == {"TikTok"}
    assert "TikTok" in _sheet(tiktok).oddFooter.left.text
    overdue = tmp_path / "qua-han.csv"
    printed = _run(ws, "takedown", "list", "--overdue", "--platform", "tiktok", "-o", str(overdue), lang="vi")
    assert printed == f"Đã xuất {overdue}: 2 đề nghị gỡ nội dung\n"
    rows = list(csv.reader(io.StringIO(overdue.read_text("utf-8-sig"), newline="")))
    assert rows[0][0] == "Hồ sơ" and [(r[0], r[6]) for r in rows[1:]] == [(chase.again.ref, "Quá hạn"),
                                                                           (chase.overdue.ref, "Quá hạn")]
    facebook = tmp_path / "facebook.xlsx"
    assert _run(ws, "takedown", "list", "--platform", "facebook", "-o", str(facebook), "--json") == (
        f'{{\n  "file": "{facebook}",\n  "requests": 1\n}}\n')


def test_the_command_line_refuses_a_bad_name_or_folder_with_codes(cli: Cli, tmp_path: Path):
    bad = cli("takedown", "list", "-o", str(tmp_path / "list.pdf"), "--json")
    assert bad.code == 2 and bad.json()["error"]["code"] == "xlsx_or_csv_name_required"
    missing = cli("takedown", "list", "-o", str(tmp_path / "none" / "list.xlsx"), lang="vi")
    assert missing.code == 2 and "không tồn tại" in missing.err
    empty = tmp_path / "empty.xlsx"
    assert cli("takedown", "list", "-o", str(empty)).out == f"Wrote {empty}: 0 requests\n"
    assert _values(_sheet(empty)) == [HEADERS_EN]


# --- the window ------------------------------------------------------------------------------------


def _case_id(ws: Workspace, ref: str) -> str:
    with ws.db.read() as conn:
        found = find_case_id(raw_connection(conn), ref)
    assert found is not None
    return found


def test_the_window_exports_the_rows_it_shows(qtbot, clocked, tmp_path: Path, monkeypatch):
    from PySide6.QtCore import Qt

    from moderator_app.ui import case_takedowns
    from moderator_app.ui.case_detail import CaseDetailWindow
    from moderator_app.ui.case_takedowns import TakedownsWindow

    ws, clock = clocked
    chase = _chase(ws, clock)
    window = TakedownsWindow(ws, "en")
    qtbot.addWidget(window)
    window.show()
    panel = window.panel
    assert panel.export_button.isVisibleTo(panel) and panel.export_button.text() == "&Export…"
    panel.platform_filter.setCurrentIndex(panel.platform_filter.findData("tiktok"))
    window.show_only("overdue")
    assert [v.id for v in panel.model.rows] == chase.ids(chase.again, chase.overdue)
    target = tmp_path / "out" / "tiktok-overdue.xlsx"
    target.parent.mkdir()
    panel.ask_path = lambda: target
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    rows = _values(_sheet(target))
    assert [r[0] for r in rows[1:]] == [chase.again.ref, chase.overdue.ref]
    assert "TikTok · Overdue" in _sheet(target).oddFooter.left.text
    assert window.statusBar().currentMessage() == f"Wrote 2 requests to {target}"
    # Sorted by the Case column, the file follows the table's order.
    panel.show_only(None)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [v.ref for v in panel.model.rows]
    assert len(shown) == 4 and shown == sorted(shown)
    as_csv = tmp_path / "out" / "tiktok.csv"
    panel.ask_path = lambda: as_csv
    assert panel.export_shown() == as_csv
    assert [r[0] for r in csv.reader(io.StringIO(as_csv.read_text("utf-8-sig")))][1:] == shown
    # A refusal is shown as every refusal is; cancelling the save dialog writes nothing.
    shown_errors: list[BaseException] = []
    monkeypatch.setattr(case_takedowns, "show_error", lambda _parent, exc: shown_errors.append(exc))
    panel.ask_path = lambda: tmp_path / "out" / "list.txt"
    assert panel.export_shown() is None
    assert [getattr(e, "code", None) for e in shown_errors] == ["xlsx_or_csv_name_required"]
    panel.ask_path = lambda: None
    assert panel.export_shown() is None and sorted(p.name for p in target.parent.iterdir()) == [
        "tiktok-overdue.xlsx", "tiktok.csv"]
    # Nothing shown, nothing to export.
    panel.platform_filter.setCurrentIndex(panel.platform_filter.findData("youtube"))
    assert panel.model.rows == [] and not panel.export_button.isEnabled()
    window.close()
    # A case's tab has no Export: its requests are in the case's printed file.
    case_window = CaseDetailWindow(ws, "en", _case_id(ws, chase.overdue.ref))
    qtbot.addWidget(case_window)
    case_window.show()
    tab = case_window.takedowns_panel
    assert not tab.export_button.isVisibleTo(tab)
    tab.ask_path = lambda: tmp_path / "never.xlsx"
    assert tab.export_shown() is None and not (tmp_path / "never.xlsx").exists()
    case_window.close()
