"""Reading a table of cells from an .xlsx or .csv file, and writing one back as CSV or .xlsx.

Files come from hotlines and other organisations, made with Excel, LibreOffice, Google Sheets
or a script: UTF-8 with or without a byte-order mark, UTF-16, or the Vietnamese Windows code
page; commas, semicolons or tabs. Cells are returned as the file holds them (text, numbers,
real dates); what they mean is the business of the service that reads them.

Row numbers are the ones a spreadsheet program shows: the worksheet row in Excel, and for CSV
the record number (a cell with a line break inside is still one row).

A cell that holds a formula is returned as its text (``=HYPERLINK(...)``): nothing is evaluated.
When writing, text that a spreadsheet program would take for a formula is written as text.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO

from moderator_app.domain.errors import UserError
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


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # as a spreadsheet program shows it (1-based)
    cells: tuple[CellValue, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """The non-blank rows of one worksheet or CSV file."""

    source: str  # file name, and the worksheet's name for a workbook
    rows: tuple[SheetRow, ...]

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: CellValue) -> CellValue:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _trimmed(cells: Sequence[CellValue]) -> tuple[CellValue, ...]:
    end = len(cells)
    while end and is_blank(cells[end - 1]):
        end -= 1
    return tuple(_clean(c) for c in cells[:end])


def read_sheet(path: Path) -> Sheet:
    """The rows of an .xlsx workbook's first worksheet with data, or of a CSV file.

    Raises ``UserError`` when the file cannot be read (missing, too large, not a spreadsheet).
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a spreadsheet file")
    if size > MAX_BYTES:
        raise UserError(f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB; split it into smaller files")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(f"{path.name} is an old-style Excel file (.xls); save it as .xlsx or .csv and import that")
    with path.open("rb") as fh:
        head = fh.read(8)
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(f"{path.name} is an old-style Excel file (.xls); save it as .xlsx or .csv and import that")
    return _read_csv(path)


# --- xlsx ------------------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    # Opened by us, not by name: openpyxl refuses a workbook whose name does not end in .xlsx, and
    # the content, not the name, decided that this is one (``read_sheet``).
    try:
        fh = open(path, "rb")  # noqa: SIM115 - read-only workbooks read from it until closed below
    except OSError as exc:
        raise UserError(f"cannot read {path.name}: {exc.strerror}") from exc
    try:
        _check_unpacked_size(path, fh)
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=False)
    except UserError:
        fh.close()
        raise
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        fh.close()
        raise UserError(f"cannot read {path.name} as an Excel workbook ({exc}); is it a real .xlsx file?") from exc
    try:
        sheets = [wb.active, *(s for s in wb.worksheets if s is not wb.active)]
        for ws in sheets:
            if ws is None:
                continue
            rows = _xlsx_rows(ws, path)
            if rows:
                return Sheet(f"{path.name} › {ws.title}", tuple(rows))
        return Sheet(path.name, ())
    finally:
        wb.close()
        fh.close()


def _check_unpacked_size(path: Path, fh: BinaryIO) -> None:
    """Refuse a workbook whose parts would unpack to far more than any hotline sheet (the sizes
    the zip directory declares bound what reading a part yields: more fails its check)."""
    with zipfile.ZipFile(fh) as zf:
        parts = zf.infolist()
    mb = 1024 * 1024
    for part in parts:
        if part.file_size > XLSX_RATIO_FLOOR and part.file_size > XLSX_MAX_RATIO * max(part.compress_size, 1):
            raise UserError(
                f"{path.name} is not a spreadsheet to import: its part {part.filename} would unpack from "
                f"{part.compress_size // 1024 + 1} KB to {part.file_size // mb} MB, as files built to exhaust "
                "memory do; nothing was read"
            )
    total = sum(p.file_size for p in parts)
    if total > XLSX_MAX_UNPACKED:
        raise UserError(
            f"{path.name} unpacks to {total // mb} MB, more than a sheet of {MAX_ROWS:,} rows needs "
            f"({XLSX_MAX_UNPACKED // mb} MB); split it into smaller files"
        )
    fh.seek(0)


def _xlsx_rows(ws: object, path: Path) -> list[SheetRow]:
    rows: list[SheetRow] = []
    number = 0
    for raw in ws.iter_rows():  # type: ignore[attr-defined]
        number += 1
        for cell in raw:
            row_attr = getattr(cell, "row", None)
            if row_attr:
                number = int(row_attr)
                break
        values: list[CellValue] = []
        for cell in raw[:MAX_COLUMNS]:
            value = getattr(cell, "value", None)
            if isinstance(value, str) and len(value) > MAX_CELL:
                raise UserError(f"{path.name}: a cell in row {number} holds more than {MAX_CELL} characters")
            if value is not None and not isinstance(value, (str, int, float, bool, datetime, date, time)):
                value = str(value)  # formulas held as objects (array formulas), rich text: their text
            values.append(value)
        cells = _trimmed(values)
        if any(not is_blank(c) for c in cells):
            rows.append(SheetRow(number, cells))
            if len(rows) > MAX_ROWS:
                raise UserError(f"{path.name} has more than {MAX_ROWS} rows; split it into smaller files")
    return rows


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
                    raise UserError(f"{path.name} has more than {MAX_ROWS} rows; split it into smaller files")
    except csv.Error as exc:
        if strict and "unexpected end of data" in str(exc):
            raise _OpenQuote(ended + 1) from None
        if strict:
            raise
        raise UserError(f"{path.name}: not a readable CSV file near line {reader.line_num}: {exc}") from exc
    return rows


def _read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UserError(f"{path.name} is not a text (CSV) file nor an .xlsx workbook")
    try:
        text = decode(data)
    except UnicodeDecodeError as exc:
        raise UserError(f"{path.name} is not valid UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    delimiter = _delimiter(text)
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        try:
            rows = _csv_rows(path, text, delimiter, strict=True)
        except _OpenQuote as exc:
            raise UserError(
                f"{path.name}: the quotation mark opened on line {exc.line} is never closed, so every line after "
                "it would be read into one cell; close or remove that quote and import the file again"
            ) from None
        except csv.Error:
            # A stray quote inside a cell ('"ok" text'): read as a spreadsheet program reads it.
            rows = _csv_rows(path, text, delimiter, strict=False)
    finally:
        csv.field_size_limit(previous_limit)
    return Sheet(path.name, tuple(rows))


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
