"""Hostile spreadsheets: files built to exhaust memory or time, read other files, merge rows, hide
rows or carry terminal escapes are refused in one line (exit 2) or lose only their bad row.

Every file is built here: a plain workbook saved by openpyxl, with parts replaced by hand-written
XML, or CSV text. Speed is asserted by counting work (cells and rows parsed, whether openpyxl
parsed anything at all), never by a clock.
"""

from __future__ import annotations

import os
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from moderator_app.cli.common import Output, printable
from moderator_app.exports import sheets
from moderator_app.exports.sheets import UnreadableCell, UnreadableFile, read_sheet, stray_quote
from moderator_app.services import intake
from moderator_app.services.workspace import Workspace

from .conftest import Cli
from .faults import disk_full, leftovers

HEADER = ["Ngày tiếp nhận", "Tên KOL/KOC", "Nền tảng", "Đường dẫn", "Loại vi phạm"]
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
C0_C1 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _plain(tmp_path: Path) -> Path:
    """A workbook as Excel would save it; its style 1 is a date format (for the datetime cell)."""
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.active.append([datetime(2026, 10, 5, 9, 30), "Bảo Ngọc", "Facebook", "https://facebook.com/bongc/1", "Lừa đảo"])
    path = tmp_path / "plain.xlsx"
    wb.save(path)
    return path


def _rezipped(tmp_path: Path, name: str, replace: dict[str, bytes]) -> Path:
    target = tmp_path / name
    with zipfile.ZipFile(_plain(tmp_path)) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
    return target


def _cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _row(number: int, values: list[str], first: str = "") -> str:
    return f'<row r="{number}">{first}' + "".join(
        _cell(f"{'ABCDE'[i]}{number}", v) for i, v in enumerate(values) if not (first and i == 0)
    ) + "</row>"


def _sheet(rows: str, prolog: str = "", dimension: str = "A1:E3") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{NS}"><dimension ref="{dimension}"/>'
            f"<sheetData>{rows}</sheetData></worksheet>").encode()


def _data(number: int, name: str, first: str = "") -> str:
    return _row(number, ["05/10/2026", name, "TikTok", f"https://tiktok.com/@x/{number}", "Lừa đảo"], first)


def _count_cases(cli: Cli) -> int:
    return len(cli("cases", "list", "--json").json())


def _refused(cli: Cli, path: Path, *words: str, lang: str = "en") -> str:
    """Run the import: exit 2, nothing on stdout, one line on stderr naming the file and ``words``."""
    result = cli("reports", "import", str(path), lang=lang)
    assert result.code == 2, result.err
    assert result.out == "" and len(result.err.strip().splitlines()) == 1
    assert path.name in result.err and "internal error" not in result.err
    for word in words:
        assert word in result.err
    assert _count_cases(cli) == 0
    return result.err


# --- 1. XML built to expand or to read other files, damaged XML, unreadable cells ---------------------

LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1 or "") + ";") * 10}">' for i in range(1, 10))
          + "]>")


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Records every workbook openpyxl is asked to parse: a DTD must be refused before any is."""
    calls: list[object] = []
    real = openpyxl.load_workbook

    def load(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", load)
    return calls


def test_an_entity_bomb_is_refused_before_anything_is_parsed(cli: Cli, tmp_path: Path, no_openpyxl: list[object]):
    bomb = _rezipped(tmp_path, "laughs.xlsx", {SHEET: _sheet(_row(1, ["&lol9;"]), LAUGHS)})
    err = _refused(cli, bomb, "xl/worksheets/sheet1.xml", "declares a DTD", "nothing was read")
    assert no_openpyxl == []  # refused from the prolog: no entity was ever expanded
    assert "lollol" not in err
    vi = _refused(cli, bomb, "khai báo DTD", lang="vi")
    assert "xl/worksheets/sheet1.xml" in vi


def test_an_external_entity_is_refused_and_the_file_it_names_never_read(cli: Cli, tmp_path: Path,
                                                                         no_openpyxl: list[object]):
    secret = tmp_path / "secret.txt"
    secret.write_text("mat-khau-bi-mat", encoding="utf-8")
    xxe = f'<!DOCTYPE x [<!ENTITY x SYSTEM "file://{secret.as_posix()}">]>'
    path = _rezipped(tmp_path, "xxe.xlsx", {SHEET: _sheet(_row(1, [*HEADER[:4], "&x;"]) + _data(2, "A"), xxe)})
    err = _refused(cli, path, "declares a DTD")
    assert "mat-khau-bi-mat" not in err and no_openpyxl == []
    # In any part, in any encoding the XML parser reads (UTF-16 here).
    styles = ('<?xml version="1.0" encoding="UTF-16"?>' + xxe + f'<styleSheet xmlns="{NS}"/>').encode("utf-16")
    other = _rezipped(tmp_path, "xxe16.xlsx", {"xl/styles.xml": styles})
    _refused(cli, other, "xl/styles.xml", "declares a DTD")
    assert no_openpyxl == []


@pytest.mark.parametrize(("part", "content", "words"), [
    (SHEET, _sheet(_row(1, HEADER) + _data(2, "Đen Vâu"))[:-60], ("damaged.xlsx › Sheet", "the worksheet is damaged")),
    (SHEET, _sheet(_row(1, HEADER) + _data(2, "A") + '<row r="x7"/>'), ("is damaged after row 2", "'x7'")),
    (SHEET, _sheet(_row(1, HEADER) + '<row r="3"><c r="?!"><v>1</v></c></row>' + _data(4, "A")),
     ("is damaged after row 1",)),
    (SHEET, _sheet(_row(1, HEADER) + "<a>" * 200 + "</a>" * 200), ("nested more than",)),
    ("xl/styles.xml", b"<styleSheet", ("cannot read", "as an Excel workbook")),
    ("xl/workbook.xml", b"\x00\x01 not xml", ("cannot read", "as an Excel workbook")),
], ids=["cut short", "row number", "cell reference", "nested", "styles", "workbook"])
def test_damaged_xml_is_one_line_naming_the_file_and_the_sheet(cli: Cli, tmp_path: Path, part: str, content: bytes,
                                                               words: tuple[str, ...]):
    path = _rezipped(tmp_path, "damaged.xlsx", {part: content})
    _refused(cli, path, *words)


def test_a_cell_that_is_no_date_or_number_rejects_its_row_only(cli: Cli, tmp_path: Path):
    rows = (_row(1, HEADER) + _data(2, "Đen Vâu")
            + _data(3, "Khoa Pug", first='<c r="A3" t="d"><v>not-a-date</v></c>')
            + _data(4, "Bảo Ngọc", first='<c r="A4" s="1"><v>1e300</v></c>')  # style 1: a date format
            + _data(5, "Khánh Vy", first='<c r="A5"><v>nan</v></c>')
            + _data(6, "Lan Anh", first='<c r="A6" t="b"><v>maybe</v></c>')
            + _data(7, "Quang Linh", first='<c r="A7" s="1"><v>46300</v></c>')  # a real date serial
            .replace("</row>", '<c r="G7" t="d"><v>junk</v></c></row>'))  # in a column not imported
    path = _rezipped(tmp_path, "cells.xlsx", {SHEET: _sheet(rows)})
    errors = tmp_path / "errors.csv"
    result = cli("reports", "import", str(path), "--errors", str(errors), "--json")
    assert result.code == 1, result.err
    data = result.json()
    assert data["imported"] == 2
    assert data["rejected"] == [
        {"row": 3, "code": "bad_cell", "reason": "the cell A3 holds 'not-a-date', which is not a valid date"},
        # beyond year 9999
        {"row": 4, "code": "bad_cell", "reason": "the cell A4 holds '1e300', which is not a valid date"},
        {"row": 5, "code": "bad_cell", "reason": "the cell A5 holds 'nan', which is not a valid number"},
        {"row": 6, "code": "bad_cell", "reason": "the cell A6 holds 'maybe', which is not a valid true/false value"},
    ]
    lines = errors.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("3,") and "not-a-date" in lines[1] and "Khoa Pug" in lines[1]
    vi = cli("reports", "import", str(path), "--dry-run", lang="vi")
    assert "dòng 3: ô A3 chứa 'not-a-date', không phải ngày hợp lệ" in vi.out
    sheet = read_sheet(path)
    cell = sheet.rows[2].cells[0]
    assert isinstance(cell, UnreadableCell) and (cell.ref, cell.kind, str(cell)) == ("A3", "date", "not-a-date")
    assert isinstance(sheet.rows[-1].cells[6], UnreadableCell)  # row 7 was imported all the same


# --- 2. not a regular file; size bounded ----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_a_device_or_a_folder_is_refused_without_reading_it(cli: Cli, tmp_path: Path):
    fifo = tmp_path / "hotline.csv"
    os.mkfifo(fifo)  # no writer: reading it would wait for ever
    _refused(cli, fifo, "is a pipe, not a regular file", "nothing was read")
    if Path("/dev/zero").exists():  # reading it would fill the memory
        result = cli("reports", "import", "/dev/zero")
        assert result.code == 2 and "/dev/zero is a device, not a regular file" in result.err
        assert len(result.err.strip().splitlines()) == 1
        with pytest.raises(UnreadableFile, match="is a device") as caught:
            read_sheet(Path("/dev/zero"))
        assert caught.value.text("vi").startswith("/dev/zero là thiết bị, không phải tệp thông thường")
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    _refused(cli, folder, "is a folder")


def test_no_more_than_the_limit_is_read_even_from_a_file_that_says_it_is_empty(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_BYTES", 64)
    big = tmp_path / "big.csv"
    big.write_text(",".join(HEADER) + "\n" + "05/10/2026,A,TikTok,https://tiktok.com/@a/1,Lừa đảo\n" * 3,
                   encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r"big\.csv is larger than 0 MB"):
        read_sheet(big)
    # /proc files say they hold 0 bytes and hold more: the read itself stops at the limit.
    proc = Path(f"/proc/{os.getpid()}/maps")
    if not sys.platform.startswith("linux") or not proc.exists():
        pytest.skip("needs Linux /proc")
    assert proc.stat().st_size == 0
    with pytest.raises(UnreadableFile, match="maps is larger than"):
        read_sheet(proc)


# --- 3. the cost follows the cells that exist -----------------------------------------------------------


def test_a_sheet_that_declares_a_million_rows_costs_its_real_rows(ws: Workspace, tmp_path: Path, monkeypatch):
    rows = _row(1, HEADER) + _data(1_048_576, "Đen Vâu").replace("</row>", _cell("XFD1048576", "far") + "</row>")
    path = _rezipped(tmp_path, "far.xlsx", {SHEET: _sheet(rows, dimension="A1:XFD1048576")})
    assert path.stat().st_size < 8000
    parsed: list[str] = []
    parser = sheets._cell_parser()
    real = parser.parse_cell

    def counted(self: object, element: object) -> object:
        parsed.append(element.get("r"))  # type: ignore[attr-defined]
        return real(self, element)

    monkeypatch.setattr(parser, "parse_cell", counted)
    built: list[int] = []
    real_row = sheets._xlsx_row
    monkeypatch.setattr(sheets, "_xlsx_row", lambda parser, element, number, *rest: built.append(number)
                        or real_row(parser, element, number, *rest))
    sheet, _layout, plans, result = intake.import_file(ws, path)
    assert built == [1, 1_048_576]  # two rows in the XML: two rows read, not a million
    assert len(parsed) == 11  # the cells the file holds, none of the 16,384 columns it declares
    assert [r.number for r in sheet.rows] == [1, 1_048_576] and len(sheet.rows[1].cells) == 5
    assert result.count(intake.Fate.IMPORTED) == 1 and plans[0].number == 1_048_576


def test_rows_beyond_the_declared_dimension_are_read(ws: Workspace, tmp_path: Path):
    rows = _row(1, HEADER) + _data(2, "Đen Vâu") + _data(3, "Khoa Pug")
    path = _rezipped(tmp_path, "small.xlsx", {SHEET: _sheet(rows, dimension="A1:B1")})
    result = intake.import_file(ws, path)[3]
    assert result.count(intake.Fate.IMPORTED) == 2


# --- 4. a stray CSV quote -------------------------------------------------------------------------------

CSV_HEAD = ",".join(HEADER) + "\n"


def _csv(tmp_path: Path, text: str, name: str = "hotline.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_a_stray_quote_that_would_merge_rows_is_refused_naming_its_line(cli: Cli, tmp_path: Path):
    text = (CSV_HEAD
            + '01/10/2026,"Đen Vâu,TikTok,https://tiktok.com/@envu/1,Lừa đảo\n'
            + "02/10/2026,Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,Lừa đảo\n"
            + '03/10/2026,Khoa" Pug,TikTok,https://tiktok.com/@khoapug/3,Lừa đảo\n')
    path = _csv(tmp_path, text)
    _refused(cli, path, "the quotation mark opened on line 2", "merged into one cell")
    _refused(cli, path, "dấu ngoặc kép mở ở dòng 2", lang="vi")
    # The same with Windows line ends, and with the quote closing where the next cell starts.
    _refused(cli, _csv(tmp_path, text.replace("\n", "\r\n"), "crlf.csv"), "opened on line 2")
    closing = text.replace('Khoa" Pug', '"Khoa Pug"')
    _refused(cli, _csv(tmp_path, closing, "closing.csv"), "opened on line 2")


def test_quotes_that_spreadsheets_read_are_still_read(cli: Cli, tmp_path: Path):
    text = (CSV_HEAD
            + '01/10/2026,"Đen" Vâu,TikTok,https://tiktok.com/@envu/1,Lừa đảo\n'  # a stray quote on one line
            + '02/10/2026,Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,"Lừa đảo\nqua ""livestream"""\n'
            + '03/10/2026,Bảo "Ngọc",TikTok,https://tiktok.com/@bn/3,Lừa đảo\n')
    result = cli("reports", "import", str(_csv(tmp_path, text)), "--json")
    assert result.code == 0, result.err
    assert result.json()["imported"] == 3
    names = sorted(c["influencer"] for c in cli("cases", "list", "--json").json())
    assert names == ['Bảo "Ngọc"', "Khoa Pug", "Đen Vâu"]


def test_where_a_stray_quote_opens():
    assert stray_quote('a,b\n1,"x\n2,y" z\n', ",") == (2, False)
    assert stray_quote('a,b\r\n1,2\r\n3,"x\r\ny\r\nz" w\r\n', ",") == (3, False)
    assert stray_quote('a;b\n1;"x\n2;y\n', ";") == (2, True)
    assert stray_quote('a,b\n"ok" text,1\n2,"multi\nline"\n3,"a ""quoted"" word"\n', ",") is None
    # After a tolerated stray quote on one line, a quote never closed is still found.
    assert stray_quote('a,b\n"ok" t,1\n2,"never\n3,4\n', ",") == (3, True)


def test_a_quote_never_closed_after_a_stray_one_is_refused(cli: Cli, tmp_path: Path):
    text = (CSV_HEAD + '01/10/2026,"Đen" Vâu,TikTok,https://tiktok.com/@envu/1,Lừa đảo\n'
            + '02/10/2026,"Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,Lừa đảo\n'
            + "03/10/2026,Bảo Ngọc,TikTok,https://tiktok.com/@bn/3,Lừa đảo\n")
    _refused(cli, _csv(tmp_path, text), "opened on line 3 is never closed")


# --- 5. hidden worksheets -------------------------------------------------------------------------------


def test_a_hidden_sheet_is_never_imported(cli: Cli, tmp_path: Path):
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Nháp"
    hidden.append(HEADER)
    hidden.append(["04/10/2026", "Ẩn Danh", "TikTok", "https://tiktok.com/@an/1", "Lừa đảo"])
    hidden.sheet_state = "hidden"
    shown = wb.create_sheet("Phản ánh")
    shown.append(HEADER)
    shown.append(["05/10/2026", "Hiện Rõ", "TikTok", "https://tiktok.com/@hien/1", "Lừa đảo"])
    wb.active = 0  # the hidden sheet is even the one marked active
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    result = cli("reports", "import", str(path))
    assert result.code == 0, result.err
    assert "Read the worksheet 'Phản ánh'." in result.out
    assert [c["influencer"] for c in cli("cases", "list", "--json").json()] == ["Hiện Rõ"]
    assert "Đã đọc trang tính 'Phản ánh'." in cli("reports", "import", str(path), "--dry-run", lang="vi").out

    shown.delete_rows(1, 2)
    shown.sheet_state = "visible"
    very = wb.create_sheet("Cũ")
    very.append(HEADER)
    very.sheet_state = "veryHidden"
    only_hidden = tmp_path / "only-hidden.xlsx"
    wb.save(only_hidden)
    _refused_hidden = cli("reports", "import", str(only_hidden))
    assert _refused_hidden.code == 2 and "hidden worksheets ('Nháp', 'Cũ') are not imported" in _refused_hidden.err
    assert len(cli("cases", "list", "--json").json()) == 1


# --- 6. control characters ------------------------------------------------------------------------------


def test_control_characters_are_removed_at_intake(cli: Cli, tmp_path: Path):
    padding = "02/10/2026,Lan,TikTok,https://tiktok.com/@lan/{0},Lừa đảo,bình thường\n"
    text = (",".join([*HEADER, "Nội dung", "Tài khoản"]) + "\n"
            + "".join(padding.format(i) for i in range(60))  # past the first 4 KB, where NUL means binary
            + '01/10/2026,Đen\x1b[31m Vâu\x07,TikTok,https://tiktok.com/@envu/1,Lừa đảo,'
            + '"dòng một\x1b[2J\r\ndòng\thai\x00\x9b6n\x9d",@en\tvu\n')
    path = _csv(tmp_path, text)
    assert text.index("\x00") > 4096
    result = cli("reports", "import", str(path), "--json")
    assert result.code == 0, result.err
    case = next(c for c in cli("cases", "list", "--json").json() if c["influencer"].startswith("Đen"))
    assert case["influencer"] == "Đen Vâu"
    report = cli("case", "show", case["ref"], "--json").json()["reports"][0]
    assert report["description"] == "dòng một\ndòng\thai"  # line break and tab kept in a text of lines
    assert report["handle"] == "@en vu"  # a one-line field holds no tab

    wb = openpyxl.Workbook()
    wb.active.title = "Phản\x85ánh"  # C1 controls are legal XML
    wb.active.append([*HEADER, "Nội dung"])
    wb.active.append(["03/10/2026", "Khoa\x9b31m Pug", "TikTok", "https://tiktok.com/@kp/1", "Lừa đảo", "x\x85y\x9fz"])
    book = tmp_path / "c1.xlsx"
    wb.save(book)
    imported = cli("reports", "import", str(book))
    assert imported.code == 0 and "Read the worksheet 'Phảnánh'." in imported.out
    stored = [c for c in cli("cases", "list", "--json").json() if c["influencer"].startswith("Khoa")]
    assert [c["influencer"] for c in stored] == ["Khoa Pug"]
    assert cli("case", "show", stored[0]["ref"], "--json").json()["reports"][0]["description"] == "xyz"


def test_the_command_line_never_prints_a_control_character(cli: Cli, tmp_path: Path):
    # Stored before intake removed them (or typed, or synced from another member's device).
    name, description = "Đen\x1b[31m Vâu\x9b2J", "một\x1b]0;title\x07\nhai\r\x08\x7f"
    added = cli("report", "add", "--influencer", name, "--platform", "tiktok", "--category", "fraud",
                "--description", description, "--json")
    assert added.code == 0
    ref = added.json()["ref"]
    for argv in (("cases", "list"), ("case", "show", ref), ("search", "Vâu")):
        shown = cli(*argv)
        assert shown.code == 0 and not C0_C1.search(shown.out.replace("\n", "").replace("\t", ""))
        assert "\ufffd" in shown.out
    listed = cli("cases", "list", "--json")
    assert not C0_C1.search(listed.out.replace("\n", ""))
    assert listed.json()[0]["influencer"] == name  # JSON escapes them: programs get the text exactly
    detail = cli("case", "show", ref, "--json")
    assert detail.json()["reports"][0]["description"].startswith("một\x1b]0;title\x07\nhai")
    assert printable("a\x1b[1mb\tc\nd\x9b") == "a\ufffd[1mb\tc\nd\ufffd"
    # Error messages quote what people typed and files' names: no control character either.
    sheet = _csv(tmp_path, CSV_HEAD + "05/10/2026,A,TikTok,https://tiktok.com/@a/1,Lừa đảo\n")
    err = cli("reports", "import", str(sheet), "--errors", str(tmp_path / "no\x1b[2J" / "e.csv")).err
    assert "no\ufffd[2J does not exist" in err and not C0_C1.search(err.rstrip("\n"))
    bad = _csv(tmp_path, "x", name="bad\x1b[2J\x07.csv")
    err = cli("reports", "import", str(bad)).err
    assert "bad.csv: no header row" in err and not C0_C1.search(err.rstrip("\n"))


def test_output_escapes_what_json_leaves_raw():
    import io

    out = io.StringIO()
    Output(stdout=out).json({"a": "x\x9by\x1b"})
    assert out.getvalue() == '{\n  "a": "x\\u009by\\u001b"\n}\n'


# --- 7. the errors file on a full disk ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["errors.csv", "errors.xlsx"])
def test_a_full_disk_at_any_point_of_the_errors_file_imports_nothing(cli: Cli, tmp_path: Path, name: str):
    sheet = _csv(tmp_path, CSV_HEAD + "".join(f"01/01/1999,KOL {i},TikTok,https://tiktok.com/@k{i}/1,Lừa đảo\n"
                                              for i in range(40))
                 + "02/10/2026,Khoa Pug,TikTok,https://tiktok.com/@khoapug/2,Lừa đảo\n")
    out = tmp_path / "out"
    out.mkdir()
    failed = 0
    for after in (0, 1, 2, 10, 30, 10_000):
        with disk_full(out, after=after) as budget:
            result = cli("reports", "import", str(sheet), "--errors", str(out / name))
        if budget.failed:
            failed += 1
            assert result.code == 2 and result.out == "", (after, result.err)
            assert len(result.err.strip().splitlines()) == 1 and "disk is full" in result.err
            assert _count_cases(cli) == 0
            assert not (out / name).exists() and leftovers(out) == []
        else:
            assert result.code == 1 and (out / name).exists()
            assert _count_cases(cli) == 1
            break
    assert failed >= 1 and _count_cases(cli) == 1

