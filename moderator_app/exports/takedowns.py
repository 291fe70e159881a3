"""The committee's takedown requests as a list to send a platform, or to keep: a workbook or a CSV file.

A secretary chasing a platform sends it the requests it has not answered (say TikTok's overdue
ones): which case, which addresses, when and how each was sent, the deadline, what the platform
answered and when, how long it took, its reason, the latest re-check and whether the content is
back online. One row per request, in the order given (the window's, or the latest sent first).

The list is read on paper as much as on screen, so the workbook is laid out as the meeting's
summary is (``meeting_workbook``): Times New Roman, a thin grid, each row as tall as its wrapped
text (LibreOffice does not size rows when it prints a file as it opens it), A4 landscape one page
wide with the header row on every page; the header row is frozen with an autofilter. A committee
sends thousands of requests at most, so it is built in memory. The text people typed (addresses,
the platform's reason) is never a formula (``guard``), and the file is written whole or not at
all (``xlsx.save_workbook``). The CSV file goes through ``sheets.write_table`` (UTF-8 with a
byte-order mark, the same guard, written whole). Times are Vietnam's: real date-times in the
workbook, ``YYYY-MM-DD HH:MM`` in the CSV file. See docs/takedowns.md and docs/exports.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from moderator_app.domain import takedowns as rules
from moderator_app.domain.clock import local_date, vn_datetime
from moderator_app.domain.enums import Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.text import fold

from . import meeting_workbook as paper
from .guard import clean_text
from .sheets import write_table
from .xlsx import DATETIME_FORMAT, Col, Properties, _set_properties, save_workbook, yes_no


class RecheckLike(Protocol):
    id: str
    at: int
    still_up: bool


class TakedownView(Protocol):
    """What a row is written from: the service's view of a request (``services.takedowns``), which
    this layer may not import."""

    ref: str
    platform: str
    urls: tuple[str, ...]
    via: str
    sent_at: int
    due_at: int
    result: str | None
    reason: str
    answered_at: int | None
    hours_to_answer: float | None
    late: bool
    overdue: bool
    back_online: bool
    asked_again_in: str | None
    rechecks: Sequence[RecheckLike]

# Vietnamese headers are set in the glossary's words and wrap between them (the column's width is
# its longest word's, then its content's), so a long header makes a taller header row, not a wider sheet.
COLUMNS = (
    Col("Hồ sơ", "Case", "text", 14),
    Col("Nền tảng", "Platform", "text", 11),
    Col("Địa chỉ nội dung", "Content addresses", "user", 38, wrap=True),
    Col("Thời điểm gửi", "Sent", "datetime", 16),
    Col("Gửi qua", "Sent by", "text", 12, wrap=True),
    Col("Hạn gỡ nội dung", "Deadline", "datetime", 16),
    Col("Tình trạng", "State", "text", 15, wrap=True),
    Col("Nhận kết quả xử lý lúc", "Answered", "datetime", 16),
    Col("Số giờ đến khi trả lời", "Hours to answer", "number", 7, number_format="0.0"),
    Col("Lý do nền tảng đưa ra", "The platform's reason", "user", 24, wrap=True),
    Col("Kiểm tra lại gần nhất", "Latest re-check", "text", 14, wrap=True),
    Col("Nội dung xuất hiện lại", "Content back online", "text", 9, wrap=True),
)
SUFFIXES = (".xlsx", ".csv")
KINDS = rules.WAITING  # what a list may be narrowed to, as the window's "Show"
_KIND_LABELS = {"overdue": rules.OVERDUE, "back_online": rules.BACK_ONLINE,
                "recheck_due": ("Cần kiểm tra lại", "Re-check due")}


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def _local(ms: int | None) -> datetime | None:
    """Vietnam's time to the minute, as a naive date-time (Excel has no time zones)."""
    if ms is None:
        return None
    return vn_datetime(ms).replace(tzinfo=None, second=0, microsecond=0)


def state_text(v: TakedownView, lang: str) -> str:
    """As the window's State column, without the hours (they have a column of their own)."""
    return rules.state_label(v.result, v.overdue, v.late, v.asked_again_in is not None, lang)


def recheck_text(v: TakedownView, lang: str) -> str:
    """The latest re-check's day and what it found ("13/12/2026: content gone"); empty without one."""
    if not v.rechecks:
        return ""
    last = max(v.rechecks, key=lambda r: (r.at, r.id))
    return rules.seen_on(last.at, last.still_up, lang)


def row_values(v: TakedownView, lang: str) -> list[Any]:
    """One request's cells, in ``COLUMNS`` order (empty cells are ``None``)."""
    return [
        v.ref,
        Platform(v.platform).label(lang),
        "\n".join(v.urls),
        _local(v.sent_at),
        rules.Channel(v.via).label(lang),
        _local(v.due_at),
        state_text(v, lang),
        _local(v.answered_at),
        v.hours_to_answer,
        v.reason or None,
        recheck_text(v, lang) or None,
        yes_no(True, lang) if v.back_online else None,
    ]


def scope_text(lang: str, platform: str | None = None, kind: str | None = None) -> str:
    """What the list holds, for its title: "TikTok · Overdue", or "Every request"."""
    if kind not in (None, "", *KINDS):
        raise ValueError(f"unknown kind {kind!r}: expected one of {KINDS}")
    parts = []
    if platform:
        parts.append(Platform(platform).label(lang))
    if kind:
        parts.append(rules.label(_KIND_LABELS[kind], lang))
    return " · ".join(parts) or _t(lang, "Mọi đề nghị", "Every request")


def file_name(lang: str, day_ms: int, platform: str | None = None, kind: str | None = None,
              suffix: str = ".xlsx") -> str:
    """``de-nghi-go-noi-dung-tiktok-qua-han-2026-12-20.xlsx`` (``takedown-requests-tiktok-overdue-…``
    in English): plain ASCII, so any file system, mail attachment or USB stick keeps the name."""
    words = [_t(lang, "de-nghi-go-noi-dung", "takedown-requests")]
    if platform:
        words.append(Platform(platform).label(lang))
    if kind:
        words.append(rules.label(_KIND_LABELS[kind], lang))
    words.append(local_date(day_ms).isoformat())
    return re.sub(r"[^a-z0-9]+", "-", fold(" ".join(words))).strip("-") + suffix


def _check_target(path: Path) -> Path:
    """A name ending in .xlsx or .csv, in a folder that exists: refused before anything is written."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(f"the file name must end in .xlsx or .csv: {path}",
                        vi=f"tên tệp phải kết thúc bằng .xlsx hoặc .csv: {path}", code="xlsx_or_csv_name_required")
    if not path.parent.is_dir():
        raise UserError(f"the folder {path.parent} does not exist", vi=f"thư mục {path.parent} không tồn tại",
                        code="folder_missing")
    return path


# Where a spreadsheet may break a line inside an address: after its separators (LibreOffice does),
# else anywhere (Excel breaks a word too long for the column).
_URL_PARTS = re.compile(r"[^/?&=#.-]*[/?&=#.-]?")
MARGIN_IN = 0.4  # a little narrower than the meeting's (1.4 cm): twelve columns across one page


def _url_lines(text: str, width: float) -> int:
    """Lines a cell of addresses (one a line) takes: each wrapped at its separators, a part too
    long for the line broken inside."""
    return paper.text_lines(text, width, pieces=lambda url: [p for p in _URL_PARTS.findall(url) if p])


def _cell_lines(value: Any, col: Col, width: float) -> int:
    if value is None or not col.wrap:
        return 1
    lines = paper.text_lines(str(value), width)
    return max(lines, _url_lines(str(value), width)) if col is COLUMNS[2] else lines


def _sheet_rows(ws: Any, rows: Sequence[Sequence[Any]], widths: Sequence[float], lang: str) -> None:
    """The header row and one row per request, each as tall as its wrapped text."""
    header_lines = 1
    for i, col in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i, value=clean_text(col.header(lang)))
        cell.font = paper.BOLD_FONT
        cell.fill = paper.HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = paper.GRID
        header_lines = max(header_lines, paper.text_lines(col.header(lang), widths[i - 1], bold=True))
    ws.row_dimensions[1].height = paper.row_height(header_lines)
    for r, values in enumerate(rows, start=2):
        lines = 1
        for i, (value, col) in enumerate(zip(values, COLUMNS, strict=True), start=1):
            paper.put_cell(ws, r, i, value, col)  # people's text never a formula, every cell in the grid
            cell = ws.cell(row=r, column=i)
            if col.kind in ("datetime", "number"):  # centred: clear of the next column's text
                cell.number_format = col.number_format or DATETIME_FORMAT
                cell.alignment = Alignment(vertical="top", horizontal="center")
            lines = max(lines, _cell_lines(value, col, widths[i - 1]))
        ws.row_dimensions[r].height = paper.row_height(lines)


def write_takedowns(views: Sequence[TakedownView], path: Path, lang: str = "vi", *, scope: str = "",
                    now_ms: int) -> int:
    """Write ``views`` (in their order) to ``path``: a workbook for ``.xlsx``, a CSV file for ``.csv``.

    ``scope`` says what the list holds (``scope_text``); with the day (``now_ms``, Vietnam's) it
    titles the printed pages and the document. Returns the number of requests written."""
    path = _check_target(path)
    rows = [row_values(v, lang) for v in views]
    stamp = vn_datetime(now_ms).replace(second=0, microsecond=0)
    day = stamp.strftime("%d/%m/%Y")
    what = _t(lang, "Đề nghị gỡ nội dung", "Takedown requests")
    title = " — ".join(part for part in (what, scope) if part)
    if path.suffix.lower() == ".csv":
        write_table(path, [c.header(lang) for c in COLUMNS], rows)
        return len(rows)
    wb = paper.new_workbook()
    _set_properties(wb, Properties(
        title=f"{title} — {day}",
        subject=_t(lang, "Đề nghị gỡ nội dung gửi các nền tảng và kết quả xử lý",
                   "Takedown requests sent to platforms and their answers"),
        keywords=_t(lang, "Niềm tin số; đề nghị gỡ nội dung", "Niem tin so; takedown requests"),
        lang=lang,
        created=stamp,
    ))
    ws = wb.create_sheet(what)
    widths = paper.data_widths(COLUMNS, rows, lang)
    _sheet_rows(ws, rows, widths, lang)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    page = paper.PaperPage(left=title.replace("&", "&&"), center=_t(lang, "Trang &P/&N", "Page &P of &N"),
                       right=_t(lang, f"Lập ngày {day}", f"Prepared {day}"))
    paper.print_setup(ws, widths, "1:1", page, pages=1)
    ws.page_margins.left = ws.page_margins.right = MARGIN_IN
    save_workbook(wb, path)
    return len(rows)
