"""Writing workbooks people can use as they open them, and that cannot turn text into formulas.

Every export goes through ``write_workbook``: streaming (openpyxl's write-only mode) so a large
sheet costs little memory, with a frozen header row, an autofilter, column widths measured from
the content, wrapped long text, print setup (landscape, fit to width, header row on every page)
and document properties. The file is written under a temporary name beside the target and
renamed over it, so a reader never sees half a workbook.

**Formula injection.** Text that people wrote (names, rationale, descriptions, notes) is never a
formula: every text cell goes through ``guard.guard_text`` (a formula-looking value is a string
cell with Excel's "quote prefix" style, shown exactly as typed and kept text when edited).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from moderator_app import __version__
from moderator_app.domain.errors import UserError
from moderator_app.store.atomic import atomic_file

from .guard import clean_text, guard_text
from .progress import Progress

MAX_ROWS = 1_048_575  # below the header row
MEASURE_ROWS = 2_000  # rows looked at to size the columns
PROGRESS_EVERY = 500
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"

@dataclass(frozen=True, slots=True)
class Col:
    """One column: its header (vi, en), the kind of value, and how wide it may grow."""

    vi: str
    en: str
    kind: str = "text"  # text (our own words), user (people's text), int, number, date, datetime
    max_width: int = 40
    wrap: bool = False
    number_format: str | None = None

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


@dataclass(slots=True)
class Sheet:
    vi: str
    en: str
    columns: Sequence[Col]
    rows: Iterable[Sequence[Any]]
    row_count: int  # known in advance for the autofilter and progress

    def title(self, lang: str) -> str:
        return (self.en if lang == "en" else self.vi)[:31]


@dataclass(frozen=True, slots=True)
class Properties:
    title: str
    subject: str
    keywords: str = ""
    description: str = ""
    lang: str = "vi"
    created: datetime | None = None


@dataclass(slots=True)
class _Styles:
    header_font: Font = field(default_factory=lambda: Font(bold=True, color="FFFFFF"))
    header_fill: PatternFill = field(default_factory=lambda: PatternFill("solid", start_color="1F4E79"))
    header_align: Alignment = field(default_factory=lambda: Alignment(vertical="center", wrap_text=True))
    wrap: Alignment = field(default_factory=lambda: Alignment(vertical="top", wrap_text=True))
    top: Alignment = field(default_factory=lambda: Alignment(vertical="top"))
    border: Border = field(default_factory=lambda: Border(bottom=Side(style="thin", color="1F4E79")))


def _display_len(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 10
    if kind == "datetime":
        return 16
    if isinstance(value, float):
        return len(f"{value:.1f}")
    text = str(value)
    return max((len(line) for line in text.split("\n")), default=0)


def _widths(columns: Sequence[Col], sample: Sequence[Sequence[Any]], lang: str) -> list[float]:
    widths = []
    for i, col in enumerate(columns):
        header = max(len(w) for w in col.header(lang).split())  # headers wrap between words
        longest = max((_display_len(r[i], col.kind) for r in sample), default=0)
        widths.append(float(min(col.max_width, max(header, longest, 6) + 2)))
    return widths


class _Writer:
    """Turns rows of values into styled write-only cells.

    Styles are resolved once per column into a template cell; each new cell copies the
    template's style array instead of looking every font and alignment up again (ten
    thousand rows of a dozen columns would otherwise spend most of their time there).
    """

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Col], styles: _Styles) -> None:
        self.ws = ws
        self.columns = columns
        self.styles = styles
        self.plain = [self._template(col, quoted=False)._style for col in columns]
        self.quoted = [self._template(col, quoted=True)._style for col in columns]

    def _template(self, col: Col, quoted: bool) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        cell.alignment = self.styles.wrap if col.wrap else self.styles.top
        if col.kind == "date":
            cell.number_format = col.number_format or DATE_FORMAT
        elif col.kind == "datetime":
            cell.number_format = col.number_format or DATETIME_FORMAT
        elif col.number_format:
            cell.number_format = col.number_format
        if quoted:
            cell.quotePrefix = True
        return cell

    def header(self, lang: str) -> list[WriteOnlyCell]:
        cells = []
        for col in self.columns:
            cell = WriteOnlyCell(self.ws, value=clean_text(col.header(lang)))
            cell.font = self.styles.header_font
            cell.fill = self.styles.header_fill
            cell.alignment = self.styles.header_align
            cell.border = self.styles.border
            cells.append(cell)
        return cells

    def row(self, values: Sequence[Any]) -> list[Cell | None]:
        """One row of cells; an empty value is no cell at all (``None``), as in a bare dump.

        Cells of a column share its template's style array: a write-only cell is written as soon
        as its row is appended and never restyled, so nothing can change the shared array.
        """
        if len(values) != len(self.columns):
            raise ValueError(f"a row has {len(values)} values for {len(self.columns)} columns")
        out: list[Cell | None] = []
        ws = self.ws
        for i, value in enumerate(values):
            if value is None or value == "":
                out.append(None)
                continue
            cell = Cell(ws)
            if isinstance(value, str):
                guarded = guard_text(value)
                cell._value = guarded.text
                cell.data_type = "s"  # never a formula
                cell._style = self.quoted[i] if guarded.quoted else self.plain[i]
            elif isinstance(value, bool):
                raise TypeError("booleans are written as words in the interface language")
            else:
                cell.value = value  # numbers, dates and datetimes; the column's template formats them
                cell._style = self.plain[i]
            out.append(cell)
        return out


def _place_cells(cells: Sequence[Cell | None], row_idx: int) -> Iterator[Cell]:
    """Number a row of ready-made cells for the streaming writer.

    openpyxl's write-only sheet turns each appended value into a cell by first trying it as a
    cell's value, which for a cell costs a failed conversion (an exception and a repr) per cell;
    our rows are cells already, so each sheet uses this instead (see ``_stream_cells``).
    """
    for col_idx, cell in enumerate(cells, 1):
        if cell is not None:
            cell.column = col_idx
            cell.row = row_idx
            yield cell


def _stream_cells(ws: WriteOnlyWorksheet) -> None:
    """Have ``ws`` take rows of cells as they are (openpyxl 3.1's ``_values_to_row`` hook)."""
    if not callable(getattr(ws, "_values_to_row", None)):
        return  # another openpyxl: its own conversion still gives the same cells, only slower
    ws._values_to_row = _place_cells  # type: ignore[method-assign]


def _setup_sheet(ws: WriteOnlyWorksheet, sheet: Sheet, widths: list[float], title: str) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(len(sheet.columns))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{sheet.row_count + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.center.text = "&P / &N"


def write_workbook(
    path: Path,
    sheets: Sequence[Sheet],
    props: Properties,
    progress: Progress | None = None,
) -> Path:
    """Write ``sheets`` (in order) to ``path`` through a temporary file; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"the file name must end in .xlsx: {path}", vi=f"tên tệp phải kết thúc bằng .xlsx: {path}",
                        code="xlsx_name_required")
    if not path.parent.exists():
        raise UserError(f"the folder {path.parent} does not exist", vi=f"thư mục {path.parent} không tồn tại",
                        code="folder_missing")
    lang = props.lang
    total = sum(s.row_count for s in sheets)
    for s in sheets:
        if s.row_count > MAX_ROWS:
            raise UserError(f"{s.row_count:,} rows do not fit in one Excel sheet (at most {MAX_ROWS:,}); "
                            "narrow the selection",
                            vi=f"{s.row_count:,} dòng không vừa một trang tính Excel (tối đa {MAX_ROWS:,}); "
                               "hãy thu hẹp phạm vi chọn",
                            code="too_many_rows")
    wb = Workbook(write_only=True)
    _set_properties(wb, props)
    styles = _Styles()
    done = 0
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title(lang))
        rows = iter(sheet.rows)
        sample = list(islice(rows, MEASURE_ROWS))
        _setup_sheet(ws, sheet, _widths(sheet.columns, sample, lang), props.title)
        writer = _Writer(ws, sheet.columns, styles)
        _stream_cells(ws)
        ws.append(writer.header(lang))
        for values in chain(sample, rows):
            ws.append(writer.row(values))
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
    if progress is not None:
        progress(done, total)
    save_workbook(wb, path)
    return path


def _set_properties(wb: Workbook, props: Properties) -> None:
    p = wb.properties
    p.title = props.title
    p.subject = props.subject
    p.creator = "Digital Trust Moderator"
    p.lastModifiedBy = "Digital Trust Moderator"
    p.keywords = props.keywords
    p.description = props.description
    p.language = "en-US" if props.lang == "en" else "vi-VN"
    p.category = "Niềm tin số"
    p.version = __version__
    if props.created is not None:
        created = props.created
        if created.tzinfo is not None:  # the file stores UTC; an aware Vietnam time is converted
            created = created.astimezone(UTC).replace(tzinfo=None)
        p.created = created
        p.modified = created


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save through a temporary file beside ``path``: a reader never sees half a workbook.

    This is openpyxl's ``save_workbook`` on a zip we own, so that after a failure (a full disk)
    nothing more is written to the abandoned file, now or when the objects are collected.
    """
    archive: ZipFile | None = None
    try:
        with atomic_file(path) as fh:
            archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
            wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
            ExcelWriter(wb, archive).save()
    except BaseException:
        if archive is not None:
            archive.fp = None  # the zip would otherwise write its end record into the abandoned file
        for sheet in wb.worksheets:  # streaming sheets: the same for their row writers
            rows = getattr(sheet, "_rows", None)
            if rows is not None:
                with suppress(ValueError, OSError):
                    rows.close()
        raise


def yes_no(value: bool, lang: str) -> str:
    if lang == "en":
        return "Yes" if value else "No"
    return "Có" if value else "Không"


def iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
