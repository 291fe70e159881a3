"""Reading a table of cells from an .xlsx or .csv file, and writing one back as CSV or .xlsx.

Files come from hotlines and other organisations, made with Excel, LibreOffice, Google Sheets
or a script: UTF-8 with or without a byte-order mark, UTF-16, or the Vietnamese Windows code
page; commas, semicolons or tabs. Cells are returned as the file holds them (text, numbers,
real dates); what they mean is the business of the service that reads them.

Row numbers are the ones a spreadsheet program shows: the worksheet row in Excel, and for CSV
the record number (a cell with a line break inside is still one row).

A cell that holds a formula is returned as its text (``=HYPERLINK(...)``): nothing is evaluated.
When writing, text that a spreadsheet program would take for a formula is written as text.

Files may also be built to harm (the hostile-spreadsheet section of docs/security.md). What is
read is bounded before it is parsed: only a regular file (not a folder, a device such as
``/dev/zero``, or a pipe) of at most ``MAX_BYTES``; no workbook part that declares a DTD (entity
expansion, external entities); a worksheet costs what its real rows and cells cost, whatever size
it declares. The XML parsers are defusedxml's (openpyxl takes them when the package is installed,
and the worksheet reader here asks for them), so a DTD that got past the prolog check is still
refused, never expanded. A damaged file is refused in one line (``UnreadableFile``, in both languages) naming
the file and, when known, the worksheet and row; a single cell whose value cannot be read (a date
cell that holds no date) becomes an ``UnreadableCell`` so that only its row is rejected. Control
characters (terminal escape sequences, NUL...) are removed from every cell: tabs and line breaks
stay, as a cell of several lines holds them.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import math
import os
import pyexpat
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from moderator_app.domain.errors import UserError
from moderator_app.domain.text import CONTROL_CHARACTERS
from moderator_app.store.atomic import atomic_path

from .guard import csv_text, guard_text

CellValue = str | int | float | bool | datetime | date | time | None

MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL = 1_000_000
# What the parts of a workbook may unpack to, checked before the workbook is parsed: a sheet of
# MAX_ROWS rows of hotline text is well under this, and ordinary workbooks compress 5–30 times;
# a file built to unpack to gigabytes (a zip bomb) is refused before it costs memory or time.
XLSX_MAX_UNPACKED = 384 * 1024 * 1024
XLSX_MAX_RATIO = 200
XLSX_RATIO_FLOOR = 1024 * 1024  # ratios are judged for parts that unpack to more than this
# Excel's own limits: a row number beyond them, a row of more elements, or XML nested deeper
# than any worksheet is a damaged (or built) file, refused before it costs memory.
EXCEL_MAX_ROW = 1_048_576
MAX_ROW_ELEMENTS = 100_000  # cells and their parts (rich-text runs) in one row
MAX_XML_DEPTH = 64


class UnreadableFile(UserError):
    """A file that cannot be imported as it is, said in both languages (``str`` is the English);
    ``code`` says why (``file_too_large``, ``old_excel_file``...) so that scripts need not read the text."""

    def __init__(self, en: str, *, vi: str, code: str = "unreadable_file") -> None:
        super().__init__(en, vi=vi, code=code)
        self.en = en


class UnreadableCell(str):
    """A cell the file marks as a date or a number but whose value is not one: its raw text, where
    it is (``ref``, as ``C7``) and what it should have been (``kind``: ``date``, ``number``,
    ``boolean`` or ``value``). The row it is in is rejected with that reason; the rest of the sheet is read."""

    ref: str
    kind: str

    def __new__(cls, raw: str, ref: str, kind: str) -> UnreadableCell:
        cell = super().__new__(cls, raw)
        cell.ref = ref
        cell.kind = kind
        return cell


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # as a spreadsheet program shows it (1-based)
    cells: tuple[CellValue, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """The non-blank rows of one worksheet or CSV file."""

    source: str  # file name, and the worksheet's name for a workbook
    rows: tuple[SheetRow, ...]
    worksheet: str = ""  # the worksheet read, for a workbook

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# Terminal escape sequences (colours, cursor moves, clearing the screen) go whole, so that no
# "[31m" is left; then every other C0 and C1 control character but tab and line feed.
_CSI = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]")


def clean_text(text: str) -> str:
    """Text as it is stored: NFC, line breaks as line feeds, no control characters but tab and
    line feed (nothing a terminal or another program would act on when the text is shown)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL_CHARACTERS.search(text):
        text = CONTROL_CHARACTERS.sub("", _CSI.sub("", text))
    return unicodedata.normalize("NFC", text)


def _clean(value: CellValue) -> CellValue:
    if isinstance(value, UnreadableCell):
        return UnreadableCell(clean_text(value), value.ref, value.kind)
    if isinstance(value, str):
        return clean_text(value)
    return value


def _trimmed(cells: Sequence[CellValue]) -> tuple[CellValue, ...]:
    end = len(cells)
    while end and is_blank(cells[end - 1]):
        end -= 1
    return tuple(_clean(c) for c in cells[:end])


def _name(path: Path) -> str:
    """A file's name as messages show it (a name is text from outside too)."""
    return clean_text(path.name).replace("\n", " ").replace("\t", " ")


_KINDS = {stat.S_IFCHR: ("thiết bị", "a device"), stat.S_IFBLK: ("thiết bị", "a device"),
          stat.S_IFIFO: ("đường ống (pipe)", "a pipe"), stat.S_IFSOCK: ("socket", "a socket")}


def _open_regular(path: Path) -> BinaryIO:
    """The file opened for reading if it is a regular file of at most ``MAX_BYTES``.

    Opened without blocking and checked on the open descriptor, so that a pipe with no writer
    does not hang and a device (``/dev/zero``) is never read from, even if the name changes between
    a check and the open."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        reason, shown = exc.strerror or str(exc), clean_text(str(path))
        raise UnreadableFile(f"cannot read {shown}: {reason}", vi=f"không đọc được {shown}: {reason}",
                             code="cannot_open_file") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(f"{clean_text(str(path))} is a folder, not a spreadsheet file",
                                 vi=f"{clean_text(str(path))} là một thư mục, không phải tệp bảng tính",
                                 code="file_is_a_folder")
        if not stat.S_ISREG(info.st_mode):
            vi, en = _KINDS.get(stat.S_IFMT(info.st_mode), ("tệp đặc biệt", "a special file"))
            name = clean_text(str(path))
            raise UnreadableFile(
                f"{name} is {en}, not a regular file: only a spreadsheet file saved on a disk can be imported; "
                "nothing was read from it",
                vi=f"{name} là {vi}, không phải tệp thông thường: chỉ nhập được tệp bảng tính lưu trên đĩa; "
                   "không đọc gì từ nó",
                code="not_a_regular_file",
            )
        if info.st_size > MAX_BYTES:
            raise _too_large(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _too_large(path: Path) -> UnreadableFile:
    mb = MAX_BYTES // (1024 * 1024)
    return UnreadableFile(f"{_name(path)} is larger than {mb} MB; split it into smaller files",
                          vi=f"{_name(path)} lớn hơn {mb} MB; hãy chia thành các tệp nhỏ hơn",
                          code="file_too_large")


def _old_excel(path: Path) -> UnreadableFile:
    return UnreadableFile(
        f"{_name(path)} is an old-style Excel file (.xls); save it as .xlsx or .csv and import that",
        vi=f"{_name(path)} là tệp Excel kiểu cũ (.xls); hãy lưu thành .xlsx hoặc .csv rồi nhập tệp đó",
        code="old_excel_file",
    )


def _vi_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _too_many_rows(path: Path) -> UnreadableFile:
    return UnreadableFile(f"{_name(path)} has more than {MAX_ROWS:,} rows; split it into smaller files",
                          vi=f"{_name(path)} có hơn {_vi_number(MAX_ROWS)} dòng; hãy chia thành các tệp nhỏ hơn",
                          code="file_has_too_many_rows")


def read_sheet(path: Path) -> Sheet:
    """The rows of an .xlsx workbook's worksheet (the one shown when it opens, else the first
    visible one with data; never a hidden one), or of a CSV file.

    Raises ``UnreadableFile`` (a ``UserError``) when the file cannot be read: missing, not a
    regular file, too large, not a spreadsheet, damaged, or built to harm.
    """
    if path.is_dir():
        raise UnreadableFile(f"{clean_text(str(path))} is a folder, not a spreadsheet file",
                             vi=f"{clean_text(str(path))} là một thư mục, không phải tệp bảng tính",
                             code="file_is_a_folder")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _old_excel(path)
    with _open_regular(path) as fh:
        head = fh.read(8)
        fh.seek(0)
        if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
            return _read_xlsx(path, fh)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise _old_excel(path)
        data = fh.read(MAX_BYTES + 1)  # bounded even if the file grew since it was opened
    if len(data) > MAX_BYTES:
        raise _too_large(path)
    return _read_csv(path, data)


# --- xlsx ------------------------------------------------------------------------------------

# What a damaged or hostile workbook makes the zip and XML readers and openpyxl raise (LookupError:
# an XML declaration naming an encoding Python does not know; KeyError, a part that is missing).
_DAMAGE = (ParseError, pyexpat.ExpatError, ValueError, TypeError, LookupError, IndexError, AttributeError,
           OverflowError, EOFError, RuntimeError, NotImplementedError, OSError, zipfile.BadZipFile, zlib.error)


def _defused(exc: BaseException) -> bool:
    """Whether defusedxml refused the XML (a DTD, an entity), itself or wrapped by openpyxl."""
    return isinstance(exc, DefusedXmlException) or isinstance(exc.__cause__, DefusedXmlException)


def _why(exc: BaseException) -> str:
    """The first line of what went wrong (openpyxl wraps the parser's words in several lines)."""
    cause = exc.__cause__ if isinstance(exc, ValueError) and exc.__cause__ is not None else exc
    text = (str(cause) or type(cause).__name__).strip().splitlines()
    line = clean_text(text[0] if text else type(cause).__name__)
    return line if len(line) <= 160 else line[:159] + "…"


def _read_xlsx(path: Path, fh: BinaryIO) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    # Read from the file we opened, not by name: openpyxl refuses a workbook whose name does not end
    # in .xlsx, and the content, not the name, decided that this is one (``read_sheet``).
    name = _name(path)
    _check_parts(path, fh)
    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=False)
    except (InvalidFileException, *_DAMAGE) as exc:
        if _defused(exc):
            raise _declares_a_dtd(name) from exc
        why = _why(exc)
        raise UnreadableFile(
            f"cannot read {name} as an Excel workbook ({why}); is it a real .xlsx file?",
            vi=f"không đọc được {name} như một tệp Excel ({why}); đây có phải tệp .xlsx thật không?",
            code="not_an_excel_workbook",
        ) from exc
    try:
        worksheets = list(wb.worksheets)
        visible = [ws for ws in worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        active = wb.active
        first = [active] if any(ws is active for ws in visible) else []
        for ws in [*first, *(ws for ws in visible if ws is not active)]:
            title = clean_text(str(ws.title)).replace("\n", " ")
            rows = _xlsx_rows(wb, ws, path, title)
            if rows:
                return Sheet(f"{name} › {title}", tuple(rows), title)
        hidden = [clean_text(str(ws.title)) for ws in worksheets if ws not in visible]
        if hidden:
            names = ", ".join(f"'{t}'" for t in hidden)
            raise UnreadableFile(
                f"{name}: its visible worksheets hold no data; hidden worksheets ({names}) are not imported, "
                "as the person who sent the file never saw their rows. Unhide the sheet and save the file to "
                "import it",
                vi=f"{name}: các trang tính đang hiện không có dữ liệu; trang tính ẩn ({names}) không được nhập: "
                   "người gửi chưa từng thấy các dòng ở đó. Nếu cần nhập, hãy cho hiện trang tính đó rồi lưu lại",
                code="data_only_in_hidden_worksheets",
            )
        return Sheet(name, ())
    finally:
        wb.close()


def _check_parts(path: Path, fh: BinaryIO) -> None:
    """Refuse a workbook whose parts would unpack to far more than any hotline sheet (the sizes
    the zip directory declares bound what reading a part yields: more fails its check), or whose
    XML declares a DTD: Excel never writes one, and entities are how a part expands to gigabytes
    ("billion laughs") or pulls in another file (XXE). Checked before openpyxl parses anything."""
    name = _name(path)
    mb = 1024 * 1024
    try:
        with zipfile.ZipFile(fh) as zf:
            parts = zf.infolist()
            for part in parts:
                if part.file_size > XLSX_RATIO_FLOOR and part.file_size > XLSX_MAX_RATIO * max(part.compress_size, 1):
                    kb, big = part.compress_size // 1024 + 1, part.file_size // mb
                    raise UnreadableFile(
                        f"{name} is not a spreadsheet to import: its part {part.filename} would unpack from "
                        f"{kb} KB to {big} MB, as files built to exhaust memory do; nothing was read",
                        vi=f"{name} không phải bảng tính để nhập: phần {part.filename} của nó sẽ bung từ {kb} KB "
                           f"ra {big} MB, như các tệp được tạo ra để làm cạn bộ nhớ; chưa đọc gì",
                        code="workbook_part_overcompressed",
                    )
            total = sum(p.file_size for p in parts)
            if total > XLSX_MAX_UNPACKED:
                limit = XLSX_MAX_UNPACKED // mb
                raise UnreadableFile(
                    f"{name} unpacks to {total // mb} MB, more than a sheet of {MAX_ROWS:,} rows needs "
                    f"({limit} MB); split it into smaller files",
                    vi=f"{name} bung ra {total // mb} MB, nhiều hơn mức một trang tính {_vi_number(MAX_ROWS)} "
                       f"dòng cần ({limit} MB); hãy chia thành các tệp nhỏ hơn",
                    code="workbook_unpacks_too_large",
                )
            for part in parts:
                if _declares_dtd(zf, part):
                    raise _declares_a_dtd(name, part.filename)
    except UnreadableFile:
        raise
    except _DAMAGE as exc:
        why = _why(exc)
        raise UnreadableFile(
            f"cannot read {name} as an Excel workbook ({why}); is it a real .xlsx file?",
            vi=f"không đọc được {name} như một tệp Excel ({why}); đây có phải tệp .xlsx thật không?",
            code="not_an_excel_workbook",
        ) from exc
    fh.seek(0)


def _declares_a_dtd(name: str, part: str | None = None) -> UnreadableFile:
    """The one refusal of a workbook whose XML declares a DTD, found by the prolog check (``part``:
    the part's name) or, past it, by defusedxml's parsers (``None``: they do not say which part)."""
    where = f"its part {part}" if part else "one of its parts"
    where_vi = f"phần {part} của nó" if part else "một phần của nó"
    return UnreadableFile(
        f"{name} is not a spreadsheet to import: {where} declares a DTD "
        "(<!DOCTYPE>), which Excel never writes and which serves to expand entities or read other "
        "files; nothing was read",
        vi=f"{name} không phải bảng tính để nhập: {where_vi} khai báo DTD "
           "(<!DOCTYPE>), điều Excel không bao giờ viết, dùng để bung dữ liệu hoặc đọc tệp khác; "
           "chưa đọc gì",
        code="workbook_declares_dtd",
    )


class _Dtd(Exception):
    """An XML part declares a DTD."""


class _Prolog(Exception):
    """An XML part's first element started: no DTD can come after it."""


def _declares_dtd(zf: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether a part is XML with a DTD (``<!DOCTYPE``), in whatever encoding the XML parser would
    read it. Only the prolog is read; a part that is not XML (an image) fails at once and is left
    to the reader that uses it."""

    def dtd(*_args: object) -> None:
        raise _Dtd

    def element(*_args: object) -> None:
        raise _Prolog

    parser = pyexpat.ParserCreate()
    parser.StartDoctypeDeclHandler = dtd
    parser.EntityDeclHandler = dtd
    parser.StartElementHandler = element
    try:
        with zf.open(part) as stream:
            while chunk := stream.read(64 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Dtd:
        return True
    except (_Prolog, pyexpat.ExpatError):
        return False
    return False


@functools.cache
def _cell_parser() -> type:
    """openpyxl's worksheet cell reader, made to return an ``UnreadableCell`` for a cell whose value
    cannot be converted, instead of stopping the whole sheet; dates are converted here, so that a
    serial number far out of range is said to be so (openpyxl would warn and write ``#VALUE!``)."""
    from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter
    from openpyxl.utils.datetime import from_excel
    from openpyxl.worksheet._reader import VALUE_TAG, WorkSheetParser

    def ref(row: int, column: int) -> str:
        try:
            return f"{get_column_letter(column)}{row}"
        except ValueError:
            return f"R{row}C{column}"

    class CellParser(WorkSheetParser):  # type: ignore[misc]
        def __init__(self, src: Any, shared_strings: Any, epoch: Any, dates: set[int], durations: set[int]) -> None:
            super().__init__(src, shared_strings, data_only=False, epoch=epoch)
            self.dates = dates
            self.durations = durations

        def parse_cell(self, element: Any) -> dict[str, Any]:
            column_before = self.col_counter
            data_type = element.get("t", "n")
            try:
                cell: dict[str, Any] = super().parse_cell(element)
            except (ValueError, TypeError, IndexError, KeyError, OverflowError, AttributeError):
                coordinate = element.get("r")
                if coordinate:
                    row, column = coordinate_to_tuple(coordinate)  # a reference that is not one: damaged
                else:
                    row, column = self.row_counter, column_before + 1
                self.col_counter = column
                return {"row": row, "column": column, "value": self.unreadable(element, row, column),
                        "data_type": "e", "style_id": 0}
            value = cell["value"]
            if cell["data_type"] == "n" and value is not None and cell["style_id"] in self.dates:
                try:
                    cell["value"] = from_excel(value, self.epoch, timedelta=cell["style_id"] in self.durations)
                    cell["data_type"] = "d"
                except (OverflowError, ValueError, TypeError):
                    cell["value"] = self.unreadable(element, cell["row"], cell["column"])
            elif isinstance(value, float) and not math.isfinite(value) and data_type == "n":
                cell["value"] = self.unreadable(element, cell["row"], cell["column"])
            return cell

        def unreadable(self, element: Any, row: int, column: int) -> UnreadableCell:
            data_type = element.get("t", "n")
            try:
                dated = data_type == "n" and int(element.get("s", 0) or 0) in self.dates
            except ValueError:
                dated = False
            kind = ("date" if data_type == "d" or dated else "number" if data_type == "n"
                    else "boolean" if data_type == "b" else "value")
            raw = element.findtext(VALUE_TAG) or ""
            return UnreadableCell(raw[:200], ref(row, column), kind)

    return CellParser


def _xlsx_rows(wb: Any, ws: Any, path: Path, title: str) -> list[SheetRow]:
    """The non-blank rows of a worksheet, from its XML as it streams: the cost follows the rows and
    cells the sheet holds, never the size it declares (a one-row sheet that declares A1:XFD1048576
    is one row), and whatever else the XML holds (formatting, views) is passed over unread."""
    from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG

    where = f"{_name(path)} › {title}"
    parser = _cell_parser()(None, ws._shared_strings, wb.epoch, wb._date_formats, wb._timedelta_formats)
    rows: list[SheetRow] = []
    number = done = 0  # the row being read, the last one read whole
    stack: list[Any] = []
    in_row = 0  # elements read in the current row
    try:
        with ws._get_source() as src:
            for event, element in iterparse(src, events=("start", "end"), forbid_dtd=True):
                if event == "start":
                    stack.append(element)
                    if len(stack) > MAX_XML_DEPTH:
                        raise ValueError(f"elements nested more than {MAX_XML_DEPTH} deep")
                    if in_row:
                        in_row += 1
                        if in_row > MAX_ROW_ELEMENTS:
                            raise ValueError(f"row {number + 1} holds more than {MAX_ROW_ELEMENTS:,} elements")
                    elif element.tag == ROW_TAG:
                        in_row = 1
                    continue
                stack.pop()
                if element.tag == ROW_TAG:
                    in_row = 0
                    number = _row_number(element.get("r"), number)
                    row = _xlsx_row(parser, element, number, CELL_TAG, where)
                    done = number
                    if row is not None:
                        rows.append(row)
                        if len(rows) > MAX_ROWS:
                            raise _too_many_rows(path)
                elif in_row:
                    continue  # a cell or a part of one: read with its row
                if stack:
                    stack[-1].remove(element)  # what has been read is dropped: memory stays one row
    except UnreadableFile:
        raise
    except _DAMAGE as exc:
        if _defused(exc):
            raise _declares_a_dtd(_name(path)) from exc
        why = _why(exc)
        after = f" sau dòng {done}" if done else ""
        after_en = f" after row {done}" if done else ""
        raise UnreadableFile(
            f"{where}: the worksheet is damaged{after_en} and cannot be read ({why}); open the file in Excel or "
            "LibreOffice, save it again and import that",
            vi=f"{where}: trang tính bị hỏng{after}, không đọc được ({why}); hãy mở và lưu lại tệp bằng Excel "
               "hoặc LibreOffice rồi nhập lại",
            code="damaged_worksheet",
        ) from exc
    return rows


def _row_number(attribute: str | None, previous: int) -> int:
    if attribute is None:
        number = previous + 1
    else:
        value = float(attribute)  # some writers give "7.0"; openpyxl accepts it too
        if not value.is_integer():
            raise ValueError(f"{attribute[:20]!r} is not a row number")
        number = int(value)
    if not 1 <= number <= EXCEL_MAX_ROW:
        raise ValueError(f"row number {number} is outside 1–{EXCEL_MAX_ROW:,}")
    return number


def _xlsx_row(parser: Any, element: Any, number: int, cell_tag: str, where: str) -> SheetRow | None:
    parser.row_counter = number
    parser.col_counter = 0
    values: dict[int, CellValue] = {}
    for child in element:
        if child.tag != cell_tag:
            continue
        cell = parser.parse_cell(child)
        column = cell["column"]
        if not 1 <= column <= MAX_COLUMNS:
            continue
        value = cell["value"]
        if isinstance(value, str) and len(value) > MAX_CELL:
            raise UnreadableFile(f"{where}: a cell in row {number} holds more than {MAX_CELL:,} characters",
                                 vi=f"{where}: một ô ở dòng {number} chứa hơn {_vi_number(MAX_CELL)} ký tự",
                                 code="cell_too_long")
        if value is not None and not isinstance(value, (str, int, float, bool, datetime, date, time)):
            value = str(getattr(value, "text", None) or value)  # an array formula, a duration: their text
        values[column] = value
    if not values:
        return None
    cells = _trimmed([values.get(c) for c in range(1, max(values) + 1)])
    return SheetRow(number, cells) if any(not is_blank(c) for c in cells) else None


# --- csv -------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:30])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


class _OpenQuote(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _csv_rows(path: Path, text: str, delimiter: str, strict: bool) -> list[SheetRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows: list[SheetRow] = []
    ended = 0  # the line the last complete record ended on
    try:
        for number, record in enumerate(reader, start=1):
            ended = reader.line_num
            cells = _trimmed(record[:MAX_COLUMNS])
            if any(not is_blank(c) for c in cells):
                rows.append(SheetRow(number, cells))
                if len(rows) > MAX_ROWS:
                    raise _too_many_rows(path)
    except csv.Error as exc:
        if strict and "unexpected end of data" in str(exc):
            raise _OpenQuote(ended + 1) from None
        if strict:
            raise
        line = reader.line_num
        raise UnreadableFile(f"{_name(path)}: not a readable CSV file near line {line}: {exc}",
                             vi=f"{_name(path)}: không phải tệp CSV đọc được, gần dòng {line}: {exc}",
                             code="unreadable_csv") from exc
    return rows


def stray_quote(text: str, delimiter: str) -> tuple[int, bool] | None:
    """Where a quoted cell opens that swallows rows: ``(line, never_closed)``, else ``None``.

    A quoted cell swallows rows when it runs over a line break and is then closed in the middle
    of a cell (``"Đen Vâu,TikTok,…`` closed two lines later by ``Khoa" Pug``), or is never closed.
    A quote closed in the middle of a cell on the line it opened on (``"ok" text``) is read as
    spreadsheet programs read it, and is not reported; nor is a cell of several lines quoted as
    it should be. Lines are counted as the csv module counts them (``\\r\\n``, ``\\r`` or ``\\n``)."""
    line = 1
    opened = 0  # the line the current quoted cell opened on
    state = "start"  # of a cell; "plain" in an unquoted cell, "quoted", "closing" after a quote in one
    at = 0
    # Only quotes, delimiters and line breaks change the state; a run of other characters
    # changes it as one character does.
    for token in re.finditer(rf'"|\r\n|\r|\n|{re.escape(delimiter)}', text):
        if token.start() > at:  # other characters before this token
            if state == "closing" and line != opened:
                return opened, False
            if state != "quoted":
                state = "plain"
        at = token.end()
        ch = token.group()
        newline = ch[0] in "\r\n"
        if state == "quoted":
            if ch == '"':
                state = "closing"
            elif newline:
                line += 1
        elif state == "closing" and ch == '"':
            state = "quoted"  # a doubled quote inside the cell
        elif newline:
            line += 1
            state = "start"
        elif ch == delimiter:
            state = "start"
        elif state == "start":
            state, opened = "quoted", line
        # a quote inside an unquoted cell is a character of it
    if at < len(text) and state == "closing" and line != opened:
        return opened, False
    return (opened, True) if state == "quoted" else None


def _never_closed(name: str, line: int) -> UnreadableFile:
    return UnreadableFile(
        f"{name}: the quotation mark opened on line {line} is never closed, so every line after "
        "it would be read into one cell; close or remove that quote and import the file again",
        vi=f"{name}: dấu ngoặc kép mở ở dòng {line} không bao giờ được đóng, nên mọi dòng sau nó sẽ bị "
           "đọc vào một ô; hãy đóng hoặc xóa dấu ngoặc đó rồi nhập lại tệp",
        code="unclosed_quote",
    )


def _read_csv(path: Path, data: bytes) -> Sheet:
    name = _name(path)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableFile(f"{name} is not a text (CSV) file nor an .xlsx workbook",
                             vi=f"{name} không phải tệp văn bản (CSV) hay tệp Excel .xlsx",
                             code="not_a_spreadsheet")
    try:
        text = decode(data)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{name} is not valid UTF-8 text: {exc.reason} at byte {exc.start}",
                             vi=f"{name} không phải văn bản UTF-8 hợp lệ: {exc.reason} ở byte {exc.start}",
                             code="invalid_utf8") from exc
    delimiter = _delimiter(text)
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        try:
            rows = _csv_rows(path, text, delimiter, strict=True)
        except _OpenQuote as exc:
            raise _never_closed(name, exc.line) from None
        except csv.Error:
            # A stray quote: one inside a cell on one line ('"ok" text') is read as spreadsheet
            # programs read it; one whose quoted cell runs over line breaks has swallowed rows.
            stray = stray_quote(text, delimiter)
            if stray is not None and stray[1]:
                raise _never_closed(name, stray[0]) from None
            if stray is not None:
                opened = stray[0]
                raise UnreadableFile(
                    f"{name}: the quotation mark opened on line {opened} is only closed in the middle of a cell on "
                    "a later line, so the lines between would be merged into one cell; correct or remove that "
                    "quote and import the file again",
                    vi=f"{name}: dấu ngoặc kép mở ở dòng {opened} chỉ được đóng ở giữa một ô ở dòng sau, nên các "
                       "dòng giữa chúng sẽ bị gộp vào một ô; hãy sửa hoặc xóa dấu ngoặc đó rồi nhập lại tệp",
                    code="stray_quote",
                ) from None
            rows = _csv_rows(path, text, delimiter, strict=False)
    finally:
        csv.field_size_limit(previous_limit)
    return Sheet(name, tuple(rows))


# --- writing ---------------------------------------------------------------------------------


def as_text(value: CellValue) -> str:
    """A cell as text: dates in ISO form, nothing for empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def safe_text(value: CellValue) -> str:
    """Text a spreadsheet program will show as text, never run as a formula (CSV injection)."""
    return csv_text(as_text(value))


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[CellValue]]) -> None:
    """Write a table as CSV (UTF-8 with BOM, so Excel reads the diacritics) or as .xlsx, under a
    temporary name renamed into place when complete."""
    with atomic_path(path) as tmp:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(tmp, header, rows)
            return
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([safe_text(h) for h in header])
            for row in rows:
                writer.writerow([safe_text(c) for c in row])


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[CellValue]]) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    bold = Font(bold=True)

    def cell(value: CellValue, header_cell: bool = False) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=None)
        if isinstance(value, (int, float, datetime, date)) and not isinstance(value, bool):
            c.value = value
        else:
            guarded = guard_text(as_text(value))
            c.value = guarded.text
            c.data_type = "s"  # text starting with "=" stays text
            if guarded.quoted:
                c.quotePrefix = True
        if header_cell:
            c.font = bold
        return c

    ws.append([cell(h, True) for h in header])
    for row in rows:
        ws.append([cell(v) for v in row])
    # Built in memory (a table of rows to fix is small), then written in one go: a full disk is
    # then one clear error, not openpyxl's half-closed zip complaining as it is collected.
    data = io.BytesIO()
    wb.save(data)
    path.write_bytes(data.getvalue())
