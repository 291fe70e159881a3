"""Importing hotline spreadsheets: every messy row of the sample files gets its fate, once."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from moderator_app.domain.clock import iso_utc
from moderator_app.domain.errors import UserError
from moderator_app.exports import sheets as sheets_module
from moderator_app.exports.sheets import read_sheet, write_table
from moderator_app.services import intake, reports
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .conftest import DATA, Cli
from .helpers import all_events

CSV = DATA / "hotline-2026-10.csv"
XLSX = DATA / "hotline-2026-10.xlsx"
DATA_ROWS = 40

# The sample's messy rows, by the serial number (STT) the hotline gave them.
MISSING_INFLUENCER = 4
IMPOSSIBLE_DATE = 6  # 32/13/2026
UNKNOWN_PLATFORM = 10  # "Myspace", with a TikTok link
DUPLICATE_OF = (11, 12)  # the same report typed twice
FORMULA = 8  # =HYPERLINK(...)
LONG_CELL = 14
EMOJI = 16


def spreadsheet_row(path: Path, serial: int) -> int:
    """The row number a spreadsheet program shows for the hotline's serial number."""
    return serial + (3 if path.suffix == ".xlsx" else 1)  # xlsx: title, blank, header; csv: header


def _reports_by_url(ws: Workspace) -> dict[str, queries.ReportRow]:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        out = {}
        for (case_id,) in raw.execute("SELECT id FROM cases"):
            detail = queries.case_detail(raw, case_id)
            assert detail is not None
            for r in detail.reports:
                out[r.url] = r
        return out


@pytest.mark.parametrize("path", [CSV, XLSX], ids=["csv", "xlsx"])
def test_every_messy_row_of_the_sample_has_its_fate(ws: Workspace, path: Path):
    sheet, layout, _plans, result = intake.import_file(ws, path)
    assert layout.header_row(sheet).number == (3 if path.suffix == ".xlsx" else 1)
    assert {f for f in layout.mapping} >= {intake.Field.RECEIVED, intake.Field.INFLUENCER, intake.Field.PLATFORM,
                                           intake.Field.URL, intake.Field.CATEGORY, intake.Field.DESCRIPTION,
                                           intake.Field.REPORTER, intake.Field.CONTACT, intake.Field.NOTES}
    fates = {r.number: r for r in result.rows}
    assert len(result.rows) == DATA_ROWS == len(fates)

    def fate(serial: int) -> intake.RowFate:
        return fates[spreadsheet_row(path, serial)]

    assert fate(MISSING_INFLUENCER).fate == intake.Fate.REJECTED
    assert fate(MISSING_INFLUENCER).reason() == "the influencer's name is missing"
    assert fate(IMPOSSIBLE_DATE).fate == intake.Fate.REJECTED
    assert "'32/13/2026' is not a valid date" in fate(IMPOSSIBLE_DATE).reason()
    assert fate(UNKNOWN_PLATFORM).fate == intake.Fate.REJECTED
    assert fate(UNKNOWN_PLATFORM).reason() == "the platform 'Myspace' does not match the link (TikTok)"
    first, second = (fate(s) for s in DUPLICATE_OF)
    assert first.fate == intake.Fate.IMPORTED
    assert second.fate == intake.Fate.DUPLICATE and second.same_as_row == first.number and second.ref == first.ref
    for serial in (FORMULA, LONG_CELL, EMOJI):
        assert fate(serial).fate == intake.Fate.IMPORTED
    summary = result.summary_json()
    assert summary == {
        "imported": 36,
        "attached": 0,
        "duplicates": 1,
        "rejected": [
            {"row": spreadsheet_row(path, MISSING_INFLUENCER), "code": "no_influencer",
             "reason": "the influencer's name is missing"},
            {"row": spreadsheet_row(path, IMPOSSIBLE_DATE), "code": "bad_date",
             "reason": "the date received '32/13/2026' is not a valid date (use dd/mm/yyyy or yyyy-mm-dd)"},
            {"row": spreadsheet_row(path, UNKNOWN_PLATFORM), "code": "platform_mismatch",
             "reason": "the platform 'Myspace' does not match the link (TikTok)"},
        ],
    }

    stored = _reports_by_url(ws)
    assert len(stored) == 36
    formula = stored["https://www.tiktok.com/@phmcanh/video/7783973978"]
    assert formula.description == '=HYPERLINK("http://evil.example/x","Bấm vào đây")'  # text, not a formula
    assert formula.platform == "tiktok"  # "tik tok"
    assert formula.reporter == "Phạm Quốc Dũng · 0912345678"
    assert iso_utc(formula.received_at) == "2026-10-07T01:36:00Z"  # 07/10/2026 08:36 in Vietnam
    long = stored["https://www.facebook.com/@bongc/video/8235631088"]
    assert long.description.startswith("Rất dài.") and len(long.description) > 3000
    emoji = stored["https://www.zalo.com/@chput/video/5842420453"]
    assert "🔥🔥" in emoji.description and "💊" in emoji.description
    assert emoji.description.endswith("Ghi chú: Đã gửi kèm ảnh chụp màn hình")  # the notes column is kept
    assert emoji.category == "restricted_product"  # "TPCN quảng cáo như thuốc chữa bệnh"
    iso = stored["https://www.instagram.com/@lthhngnhung/video/9651421847"]
    assert iso_utc(iso.received_at) == "2026-10-23T17:00:00Z"  # "2026-10-24", midnight in Vietnam
    assert iso.category == "undisclosed_ad"  # "quảng cáo ko gắn nhãn #ad"
    youtube = stored["https://www.youtube.com/@khnhvy/video/7367077856"]
    assert youtube.platform == "youtube" and youtube.category == "fake_engagement"  # "YT", "Tương tác ảo"
    assert stored["https://www.facebook.com/@tngtrncrypto/video/7140513132"].platform == "facebook"  # "FB"
    assert stored["https://www.instagram.com/@ngctrinhbeauty/video/1404639060"].platform == "instagram"  # "IG"
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        urgent = raw.execute("SELECT count(*) FROM cases WHERE urgent = 1").fetchone()[0]
        names = {r[0] for r in raw.execute("SELECT name FROM influencers")}
    assert urgent == 7  # the eight rows noted "Khẩn", less the rejected one
    assert "Đen Vâu" in names and "" not in names
    assert verify(ws).ok


def test_the_csv_and_the_xlsx_hold_the_same_reports(ws: Workspace):
    first = intake.import_file(ws, CSV)[3]
    again = intake.import_file(ws, XLSX)[3]  # real dates in Excel, text dates in CSV: the same reports
    assert first.count(intake.Fate.IMPORTED) == 36
    assert again.summary_json()["duplicates"] == 37
    assert again.count(intake.Fate.IMPORTED) == again.count(intake.Fate.ATTACHED) == 0


def test_reimporting_a_file_stores_nothing_new(ws: Workspace):
    intake.import_file(ws, XLSX)
    events = len(all_events(ws))
    again = intake.import_file(ws, XLSX)[3]
    assert again.count(intake.Fate.DUPLICATE) == 37 and len(again.rejected) == 3
    assert len(all_events(ws)) == events


def test_a_report_about_an_open_case_attaches_to_it(ws: Workspace):
    earlier = reports.file_report(ws, reports.ReportInput(
        "Khánh Vy", reports.Platform.YOUTUBE, reports.Category.FRAUD,
        url="youtube.com/@khnhvy/video/7367077856", description="Gọi điện báo trước",
    ))
    result = intake.import_file(ws, CSV)[3]
    row = next(r for r in result.rows if r.number == 3)
    assert row.fate == intake.Fate.ATTACHED and row.ref == earlier.ref and row.case_id == earlier.case_id
    assert result.summary_json()["attached"] == 1 and result.summary_json()["imported"] == 35


def test_a_preview_writes_nothing(ws: Workspace):
    result = intake.import_file(ws, CSV, dry_run=True)[3]
    assert result.dry_run and result.count(intake.Fate.IMPORTED) == 36
    assert all_events(ws) == []


def test_the_import_is_one_transaction(ws: Workspace, monkeypatch):
    calls = {"n": 0}
    real = intake.file_report_in

    def failing(tx, inp):
        calls["n"] += 1
        if calls["n"] == 20:
            raise RuntimeError("disk on fire")
        return real(tx, inp)

    monkeypatch.setattr(intake, "file_report_in", failing)
    with pytest.raises(RuntimeError):
        intake.import_file(ws, CSV)
    assert all_events(ws) == []

    monkeypatch.setattr(intake, "file_report_in", real)
    sheet = read_sheet(CSV)
    plans = intake.analyse(sheet, intake.find_layout(sheet))
    asked = []

    def cancel_half_way() -> bool:
        asked.append(1)
        return len(asked) > 30

    with pytest.raises(intake.ImportCancelled):
        intake.run_import(ws, plans, cancelled=cancel_half_way)
    assert all_events(ws) == []


def test_progress_is_reported(ws: Workspace):
    sheet = read_sheet(CSV)
    plans = intake.analyse(sheet, intake.find_layout(sheet))
    seen: list[tuple[int, int]] = []
    intake.run_import(ws, plans, dry_run=True, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (DATA_ROWS, DATA_ROWS) and seen == sorted(seen)


# --- reading files as hotlines write them ---------------------------------------------------------


TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows writes it in code page 1258: letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in decomposed if c not in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in decomposed if c in TONE_MARKS))
    return "".join(out).encode("cp1258")


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


ENGLISH = (
    "Date received;Influencer;Platform;Link;Category;Description;Reporter;Urgent\n"
    "2026-10-03 14:05;Đen Vâu;TikTok;https://www.tiktok.com/@envu/video/1;Fraud;Scam livestream;Lan;x\n"
    "03.10.26;Khánh Vy;;https://youtu.be/abc;fake news;Tin giả;;\n"
)


def test_english_headers_semicolons_and_a_platform_from_the_link(ws: Workspace, tmp_path: Path):
    path = _csv(tmp_path, ENGLISH)
    _sheet, _layout, plans, result = intake.import_file(ws, path)
    assert result.summary_json() == {"imported": 2, "attached": 0, "duplicates": 0, "rejected": []}
    assert plans[0].report is not None and plans[0].report.urgent and plans[0].report.platform.value == "tiktok"
    assert plans[1].report is not None and plans[1].report.platform.value == "youtube"
    assert plans[1].report.category.value == "misinformation"
    assert iso_utc(plans[1].report.received_at) == "2026-10-02T17:00:00Z"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1258", "utf-8-sig"])
def test_csv_encodings_excel_and_windows_write(ws: Workspace, tmp_path: Path, encoding: str):
    text = ("Ngày tiếp nhận,Tên KOL/KOC,Nền tảng,Đường dẫn,Loại vi phạm\n"
            "01/10/2026,Lê Thị Hồng Nhung,Facebook,https://facebook.com/x/1,Lừa đảo\n")
    sheet = read_sheet(_csv(tmp_path, text, encoding))
    plans = intake.analyse(sheet, intake.find_layout(sheet))
    assert plans[0].report is not None and plans[0].report.influencer == "Lê Thị Hồng Nhung"


def test_a_real_formula_cell_is_stored_as_its_text(ws: Workspace, tmp_path: Path):
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["Ngày tiếp nhận", "Tên KOL/KOC", "Nền tảng", "Đường dẫn", "Loại vi phạm", "Nội dung"])
    sheet.append([datetime(2026, 10, 5, 9, 30), "Bảo Ngọc", "FB", "https://facebook.com/bongc/1", "Lừa đảo",
                  "=1+1"])
    path = tmp_path / "formula.xlsx"
    wb.save(path)
    result = intake.import_file(ws, path)[3]
    assert result.count(intake.Fate.IMPORTED) == 1
    assert next(iter(_reports_by_url(ws).values())).description == "=1+1"


def test_files_that_cannot_be_read(ws: Workspace, tmp_path: Path):
    with pytest.raises(UserError, match="No such file"):
        intake.import_file(ws, tmp_path / "missing.csv")
    with pytest.raises(UserError, match="no header row"):
        intake.import_file(ws, _csv(tmp_path, "a,b,c\n1,2,3\n"))
    with pytest.raises(UserError, match="Excel workbook"):
        intake.import_file(ws, _csv(tmp_path, "PK\x03\x04 not a zip", name="bad.xlsx"))
    with pytest.raises(UserError, match=r"\.xls"):
        intake.import_file(ws, _csv(tmp_path, "whatever", name="old.xls"))
    with pytest.raises(UserError, match="no column for"):
        intake.import_file(ws, _csv(tmp_path, "Tên KOL/KOC,Nền tảng,Đường dẫn\nA,TikTok,x.com\n"))
    assert all_events(ws) == []


def test_the_error_file_lists_rejected_rows_and_neutralises_formulas(ws: Workspace, tmp_path: Path):
    sheet, layout, plans, _ = intake.import_file(ws, CSV)
    out = tmp_path / "errors.csv"
    assert intake.write_errors(out, sheet, layout, plans) == 3
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("Row,Reason,STT,Ngày tiếp nhận")
    assert [line.split(",")[0] for line in text[1:]] == ["5", "7", "11"]
    write_table(tmp_path / "f.csv", ["a"], [["=cmd()"], ["+1"], ["ok"]])
    assert (tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines() == ["a", "'=cmd()", "'+1", "ok"]
    write_table(tmp_path / "f.xlsx", ["a"], [["=cmd()"]])
    cell = openpyxl.load_workbook(tmp_path / "f.xlsx").active["A2"]
    assert cell.value == "=cmd()" and cell.data_type == "s"


def test_dates_as_hotlines_write_them():
    def when(text: object) -> str | None:
        ms = intake.parse_when(text)  # type: ignore[arg-type]
        return iso_utc(ms)

    assert when("07/10/2026") == "2026-10-06T17:00:00Z"
    assert when("7/10/2026 8:36") == "2026-10-07T01:36:00Z"
    assert when("2026-10-07") == "2026-10-06T17:00:00Z"
    assert when("2026-10-07T08:36:00Z") == "2026-10-07T08:36:00Z"
    assert when(datetime(2026, 10, 7, 8, 36)) == "2026-10-07T01:36:00Z"
    assert when("") is None
    for bad in ("32/13/2026", "10/25/2026", "hôm qua", "2026-02-30", 45567):
        with pytest.raises(ValueError):
            intake.parse_when(bad)  # type: ignore[arg-type]


# --- the command line ----------------------------------------------------------------------------


def test_cli_import_contract(cli: Cli, tmp_path: Path):
    errors = tmp_path / "errors.csv"
    first = cli("reports", "import", str(XLSX), "--errors", str(errors), "--json")
    assert first.code == 1, first.err
    data = first.json()
    assert list(data) == ["imported", "attached", "duplicates", "rejected"]
    assert (data["imported"], data["attached"], data["duplicates"]) == (36, 0, 1)
    assert [r["row"] for r in data["rejected"]] == [7, 9, 13]
    assert all(set(r) == {"row", "code", "reason"} for r in data["rejected"])
    assert [r["code"] for r in data["rejected"]] == ["no_influencer", "bad_date", "platform_mismatch"]
    assert data["imported"] + data["attached"] + data["duplicates"] + len(data["rejected"]) == DATA_ROWS
    assert errors.read_text(encoding="utf-8-sig").count("\n") == 4

    again = cli("reports", "import", str(CSV), "--json")
    assert again.code == 1
    assert again.json()["duplicates"] == 37 and [r["row"] for r in again.json()["rejected"]] == [5, 7, 11]

    human = cli("reports", "import", str(CSV))
    assert human.code == 1 and "40 rows: 0 new cases" in human.out and "row 5: the influencer" in human.out

    clean = tmp_path / "clean.csv"
    clean.write_text(CSV.read_text(encoding="utf-8-sig").splitlines()[0] + "\n" + "\n".join(
        line for line in CSV.read_text(encoding="utf-8-sig").splitlines()[1:]
        if not line.startswith(("4,", "6,", "10,"))) + "\n", encoding="utf-8")
    ok = cli("reports", "import", str(clean), "--json")
    assert ok.code == 0 and ok.json()["rejected"] == []

    unreadable = cli("reports", "import", str(tmp_path / "nope.xlsx"), "--json")
    assert unreadable.code == 2 and "nope.xlsx" in unreadable.err
    # With --json, scripts get the refusal as data: a stable code and the message.
    assert unreadable.json()["error"]["code"] and "nope.xlsx" in unreadable.json()["error"]["message"]
    garbage = tmp_path / "garbage.csv"
    garbage.write_text("hello\nworld\n", encoding="utf-8")
    assert cli("reports", "import", str(garbage)).code == 2


def test_cli_dry_run_writes_nothing(cli: Cli):
    result = cli("reports", "import", str(CSV), "--dry-run", "--json")
    assert result.code == 1 and json.loads(result.out)["imported"] == 36
    listed = cli("cases", "list", "--json")
    assert listed.json() == []


@pytest.mark.parametrize("target", ["missing-folder/errors.csv", "."], ids=["missing folder", "a folder"])
def test_cli_an_unwritable_error_file_exits_2_before_importing(cli: Cli, tmp_path: Path, target: str):
    result = cli("reports", "import", str(CSV), "--errors", str(tmp_path / target), "--json")
    assert result.code == 2 and set(result.json()) == {"error"}
    assert len(result.err.strip().splitlines()) == 1
    assert cli("cases", "list", "--json").json() == []  # nothing was imported


def test_a_quote_never_closed_is_refused_naming_its_line(ws: Workspace, tmp_path: Path):
    text = ("Ngày tiếp nhận,Tên KOL/KOC,Nền tảng,Đường dẫn,Loại vi phạm,Nội dung\n"
            "01/10/2026,Đen Vâu,TikTok,https://tiktok.com/@envu/1,Lừa đảo,\"Câu mở ngoặc không đóng\n"
            "02/10/2026,Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,Lừa đảo,Hàng sau\n")
    with pytest.raises(UserError, match="opened on line 2 is never closed"):
        intake.import_file(ws, _csv(tmp_path, text))
    assert all_events(ws) == []
    # A stray quote inside a cell is read as spreadsheet programs read it.
    stray = text.replace('"Câu mở ngoặc không đóng', '"Câu" có ngoặc')
    result = intake.import_file(ws, _csv(tmp_path, stray, name="stray.csv"))[3]
    assert result.count(intake.Fate.IMPORTED) == 2


def test_a_workbook_named_csv_is_read_as_the_workbook_it_is(ws: Workspace, tmp_path: Path):
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["Ngày tiếp nhận", "Tên KOL/KOC", "Nền tảng", "Đường dẫn", "Loại vi phạm"])
    sheet.append([datetime(2026, 10, 5, 9, 30), "Bảo Ngọc", "Facebook", "https://facebook.com/bongc/1", "Lừa đảo"])
    path = tmp_path / "hotline.csv"
    wb.save(tmp_path / "hotline.xlsx")
    (tmp_path / "hotline.xlsx").rename(path)
    result = intake.import_file(ws, path)[3]
    assert result.count(intake.Fate.IMPORTED) == 1


def _rezipped(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
    return target


def test_a_workbook_built_to_unpack_to_gigabytes_is_refused_before_it_is_read(ws: Workspace, tmp_path: Path,
                                                                               monkeypatch):
    wb = openpyxl.Workbook()
    wb.active.append(["Ngày tiếp nhận", "Tên KOL/KOC", "Nền tảng", "Đường dẫn", "Loại vi phạm"])
    wb.save(tmp_path / "plain.xlsx")
    rows = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 200_000  # 10 MB, deflates ~1000 times
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b"<sheetData>" + rows + b"</sheetData></worksheet>")
    bomb = _rezipped(tmp_path / "plain.xlsx", tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    with pytest.raises(UserError, match=r"part xl/worksheets/sheet1.xml would unpack from \d+ KB to 9 MB"):
        intake.import_file(ws, bomb)
    monkeypatch.setattr(sheets_module, "XLSX_MAX_UNPACKED", 1024)
    with pytest.raises(UserError, match="unpacks to 0 MB, more than a sheet of 100,000 rows needs"):
        intake.import_file(ws, tmp_path / "plain.xlsx")
    assert all_events(ws) == []


def test_a_date_before_2000_is_said_to_be_so(ws: Workspace, tmp_path: Path):
    text = ("Ngày tiếp nhận,Tên KOL/KOC,Nền tảng,Đường dẫn,Loại vi phạm\n"
            "01/01/1999,Đen Vâu,TikTok,https://tiktok.com/@envu/1,Lừa đảo\n"
            "32/13/2026,Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,Lừa đảo\n")
    result = intake.import_file(ws, _csv(tmp_path, text), dry_run=True)[3]
    reasons = [r.reason("en") for r in result.rejected]
    assert reasons[0] == "the date received '01/01/1999' is before 2000: check the year"
    assert "is not a valid date" in reasons[1]
