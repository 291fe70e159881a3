"""Importing reports from hotline spreadsheets: the column mapping, every row's fate, one transaction.

Hotlines send what their staff typed: a title above the header, Vietnamese or English headers,
platforms spelled many ways (``tik tok``, ``YT``, ``FB``), dates as real dates or as text
(``07/10/2026``, ``2026-10-07``, with or without a time), categories in their own words, the
same report twice, text that looks like a formula, rows without an influencer. The rules here
turn each data row into a report or into a reason it was not imported:

* the header is the first of the top rows that names at least three known columns; the rows
  above it (titles) and blank rows are not data;
* every data row has exactly one fate: **imported** (a new case), **attached** (to the open
  case about the same influencer and link), **duplicate** (the same report is already stored,
  or appears earlier in the file), or **rejected** with a reason;
* all rows of a file are written in one transaction: all valid rows, or nothing;
* text is stored as it is: a cell beginning with ``=`` is text, never a formula; only control
  characters are removed (``exports/sheets.py``), and the one-line fields (name, handle, reporter)
  hold no tabs or line breaks;
* a cell the file marks as a date or a number that is not one rejects its row, naming the cell.

``analyse`` needs no database; ``run_import`` (also with ``dry_run=True`` for the preview)
files the valid rows through ``reports.file_report_in``, the same path as a report typed by hand,
so re-importing a file finds every report already there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from moderator_app.domain.clock import local_date, ms_from_datetime
from moderator_app.domain.enums import Category, Platform, Role, Source
from moderator_app.domain.errors import UserError
from moderator_app.domain.hlc import wall_ms
from moderator_app.domain.sla import DAY_MS, VN_TZ
from moderator_app.domain.text import fold, platform_from_url
from moderator_app.exports.sheets import (
    CellValue,
    Sheet,
    SheetRow,
    UnreadableCell,
    as_text,
    is_blank,
    read_sheet,
    write_table,
)

from . import influencers
from .reports import MAX_DESCRIPTION, MAX_URL, ReportInput, file_report_in
from .workspace import Workspace

WRITERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER)
HEADER_SEARCH_ROWS = 20
MIN_HEADER_FIELDS = 3
MAX_REPORTER = 500
EARLIEST = date(2000, 1, 1)


# --- the columns -------------------------------------------------------------------------------


class Field(StrEnum):
    """What a column of the file holds."""

    RECEIVED = "received"
    INFLUENCER = "influencer"
    PLATFORM = "platform"
    URL = "url"
    CATEGORY = "category"
    DESCRIPTION = "description"
    REPORTER = "reporter"
    CONTACT = "contact"
    HANDLE = "handle"
    SEEN = "seen"
    SOURCE = "source"
    URGENT = "urgent"
    NOTES = "notes"
    SERIAL = "serial"  # the file's own row numbering: recognised so it is not mistaken, never stored


FIELD_LABELS: dict[Field, tuple[str, str]] = {
    Field.RECEIVED: ("Ngày tiếp nhận", "Date received"),
    Field.INFLUENCER: ("Tên người có ảnh hưởng", "Influencer"),
    Field.PLATFORM: ("Nền tảng", "Platform"),
    Field.URL: ("Đường dẫn", "Link"),
    Field.CATEGORY: ("Loại vi phạm", "Category"),
    Field.DESCRIPTION: ("Nội dung phản ánh", "Description"),
    Field.REPORTER: ("Người phản ánh", "Reporter"),
    Field.CONTACT: ("Liên hệ người phản ánh", "Reporter's contact"),
    Field.HANDLE: ("Tài khoản", "Account handle"),
    Field.SEEN: ("Thời điểm phát hiện", "Time seen"),
    Field.SOURCE: ("Nguồn", "Source"),
    Field.URGENT: ("Khẩn cấp", "Urgent"),
    Field.NOTES: ("Ghi chú", "Notes"),
    Field.SERIAL: ("Số thứ tự", "Serial number"),
}

# Folded header texts, exact matches first; then the longer ones also match inside a header.
HEADER_NAMES: dict[Field, tuple[str, ...]] = {
    Field.SERIAL: ("stt", "so tt", "so thu tu", "no", "no.", "#", "serial", "row"),
    Field.RECEIVED: ("ngay tiep nhan", "ngay nhan", "thoi gian tiep nhan", "ngay phan anh", "ngay", "thoi gian",
                     "date received", "received", "received at", "received on", "date", "reported on", "timestamp"),
    Field.INFLUENCER: ("ten kol/koc", "kol/koc", "ten kol", "ten koc", "kol", "koc", "nguoi co anh huong",
                       "ten nguoi co anh huong", "influencer", "influencer name", "kol name", "creator"),
    Field.PLATFORM: ("nen tang", "mang xa hoi", "platform", "network", "social network"),
    Field.URL: ("duong dan", "duong link", "link", "lien ket", "url", "content url", "link bai dang", "post url"),
    Field.CATEGORY: ("loai vi pham", "hanh vi vi pham", "phan loai", "loai", "category", "violation",
                     "violation type", "type"),
    Field.DESCRIPTION: ("noi dung phan anh", "noi dung", "mo ta", "chi tiet", "description", "details",
                        "content", "complaint", "summary"),
    Field.REPORTER: ("nguoi phan anh", "nguoi bao cao", "ho ten nguoi phan anh", "ho ten", "reporter",
                     "reporter name", "complainant", "reported by"),
    Field.CONTACT: ("sdt/email", "sdt", "so dien thoai", "dien thoai", "email", "lien he", "thong tin lien he",
                    "contact", "phone", "phone/email", "reporter contact"),
    Field.HANDLE: ("tai khoan", "ten tai khoan", "kenh", "handle", "account", "username"),
    Field.SEEN: ("thoi diem phat hien", "ngay phat hien", "ngay dang", "seen", "seen at", "date seen", "posted"),
    Field.SOURCE: ("nguon", "nguon tiep nhan", "kenh tiep nhan", "source"),
    Field.URGENT: ("khan cap", "khan", "urgent"),
    Field.NOTES: ("ghi chu", "note", "notes", "remarks", "comment", "comments"),
}

REQUIRED: tuple[Field, ...] = (Field.RECEIVED, Field.INFLUENCER, Field.CATEGORY)

Mapping = dict[Field, int]  # field -> column index (0-based)


def _header_key(value: CellValue) -> str:
    return " ".join(fold(as_text(value)).replace("_", " ").split()).strip(" :*")


def match_header(text: CellValue) -> Field | None:
    """The field a header cell names, if any."""
    key = _header_key(text)
    if not key:
        return None
    for fld, names in HEADER_NAMES.items():
        if key in names:
            return fld
    for fld, names in HEADER_NAMES.items():
        if any(len(n) >= 4 and n in key for n in names):
            return fld
    return None


def guess_mapping(header: Sequence[CellValue]) -> Mapping:
    """Each field's column, from the header's words; the first column naming a field wins."""
    mapping: Mapping = {}
    for index, cell in enumerate(header):
        fld = match_header(cell)
        if fld is not None and fld not in mapping:
            mapping[fld] = index
    return mapping


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the header is and what each column holds."""

    header_index: int  # index into sheet.rows
    mapping: Mapping

    def header_row(self, sheet: Sheet) -> SheetRow:
        return sheet.rows[self.header_index]


def find_layout(sheet: Sheet) -> Layout:
    """The header row (the first top row naming enough known columns) and the guessed mapping."""
    best: tuple[int, int, Mapping] | None = None
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        mapping = guess_mapping(row.cells)
        score = len(set(mapping) - {Field.SERIAL})
        if score >= MIN_HEADER_FIELDS and (best is None or score > best[1]):
            best = (index, score, mapping)
    if best is None:
        examples = "'Ngày tiếp nhận', 'Tên người có ảnh hưởng', 'Nền tảng', 'Đường dẫn', 'Loại vi phạm'"
        raise UserError(
            f"{sheet.source}: no header row found in the first {HEADER_SEARCH_ROWS} rows; the header should "
            f"name the columns, e.g. {examples}",
            vi=f"{sheet.source}: không tìm thấy dòng tiêu đề trong {HEADER_SEARCH_ROWS} dòng đầu; dòng tiêu đề cần "
               f"ghi tên các cột, ví dụ {examples}",
            code="no_header_row",
        )
    return Layout(best[0], best[2])


def missing_fields(mapping: Mapping) -> list[Field]:
    missing = [f for f in REQUIRED if f not in mapping]
    if Field.PLATFORM not in mapping and Field.URL not in mapping:
        missing.append(Field.PLATFORM)
    return missing


def check_mapping(sheet: Sheet, mapping: Mapping) -> None:
    missing = missing_fields(mapping)
    if missing:
        names = ", ".join(f"{FIELD_LABELS[f][1]} ({FIELD_LABELS[f][0]})" for f in missing)
        names_vi = ", ".join(FIELD_LABELS[f][0] for f in missing)
        raise UserError(f"{sheet.source}: no column for {names}; name it in the header row or choose it",
                        vi=f"{sheet.source}: không có cột {names_vi}; hãy ghi tên cột ở dòng tiêu đề hoặc chọn cột",
                        code="missing_columns")


# --- reading values --------------------------------------------------------------------------------


class Problem(StrEnum):
    """Why a row was not imported."""

    NO_INFLUENCER = "no_influencer"
    BAD_INFLUENCER = "bad_influencer"
    NO_DATE = "no_date"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    TOO_OLD = "too_old"
    BAD_SEEN = "bad_seen"
    NO_PLATFORM = "no_platform"
    UNKNOWN_PLATFORM = "unknown_platform"
    PLATFORM_MISMATCH = "platform_mismatch"
    NO_CATEGORY = "no_category"
    UNKNOWN_CATEGORY = "unknown_category"
    UNKNOWN_SOURCE = "unknown_source"
    BAD_URL = "bad_url"
    TOO_LONG = "too_long"
    BAD_CELL = "bad_cell"


PROBLEM_TEXT: dict[Problem, tuple[str, str]] = {
    Problem.NO_INFLUENCER: ("thiếu tên người có ảnh hưởng", "the influencer's name is missing"),
    Problem.BAD_INFLUENCER: ("tên người có ảnh hưởng không hợp lệ: {0}", "the influencer's name is not usable: {0}"),
    Problem.NO_DATE: ("thiếu ngày tiếp nhận", "the date received is missing"),
    Problem.BAD_DATE: ("ngày tiếp nhận '{0}' không phải ngày hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd)",
                       "the date received '{0}' is not a valid date (use dd/mm/yyyy or yyyy-mm-dd)"),
    Problem.FUTURE_DATE: ("ngày tiếp nhận '{0}' ở tương lai", "the date received '{0}' is in the future"),
    Problem.TOO_OLD: ("ngày tiếp nhận '{0}' trước năm 2000: hãy kiểm tra lại năm",
                      "the date received '{0}' is before 2000: check the year"),
    Problem.BAD_SEEN: ("thời điểm phát hiện '{0}' không phải ngày hợp lệ",
                       "the time seen '{0}' is not a valid date"),
    Problem.NO_PLATFORM: ("thiếu nền tảng và đường dẫn không cho biết nền tảng",
                          "the platform is missing and the link does not tell it"),
    Problem.UNKNOWN_PLATFORM: ("không rõ nền tảng '{0}'", "unknown platform '{0}'"),
    Problem.PLATFORM_MISMATCH: ("nền tảng '{0}' không khớp với đường dẫn ({1})",
                                "the platform '{0}' does not match the link ({1})"),
    Problem.NO_CATEGORY: ("thiếu loại vi phạm", "the category is missing"),
    Problem.UNKNOWN_CATEGORY: ("không rõ loại vi phạm '{0}'", "unknown category '{0}'"),
    Problem.UNKNOWN_SOURCE: ("không rõ nguồn '{0}'", "unknown source '{0}'"),
    Problem.BAD_URL: ("đường dẫn '{0}' không phải liên kết http(s)", "the link '{0}' is not an http(s) link"),
    Problem.TOO_LONG: ("{0} dài {1} ký tự, tối đa {2}", "{0} has {1} characters, at most {2}"),
    Problem.BAD_CELL: ("ô {0} chứa '{1}', không phải {2} hợp lệ", "the cell {0} holds '{1}', which is not a valid {2}"),
}

# What an unreadable cell should have held (``UnreadableCell.kind``).
CELL_KINDS: dict[str, tuple[str, str]] = {
    "date": ("ngày", "date"),
    "number": ("số", "number"),
    "boolean": ("giá trị đúng/sai", "true/false value"),
    "value": ("giá trị ô", "cell value"),
}


class RowProblem(Exception):
    """Why one row cannot be imported: a code and the values the message names.

    A value may be a refusal (``UserError``): it is shown in the reader's language."""

    def __init__(self, problem: Problem, params: tuple[str | UserError, ...] = ()) -> None:
        super().__init__(problem.value, *params)
        self.problem = problem
        self.params = params

    def text(self, lang: str = "en") -> str:
        vi, en = PROBLEM_TEXT[self.problem]
        template = en if lang == "en" else vi
        index = 1 if lang == "en" else 0
        values = [p.text(lang) if isinstance(p, UserError)
                  else FIELD_LABELS[Field(p)][index] if p in Field._value2member_map_ else p for p in self.params]
        if self.problem == Problem.BAD_CELL:
            values[2] = CELL_KINDS.get(values[2], CELL_KINDS["value"])[index]
        return template.format(*values)


def _short(value: CellValue, limit: int = 60) -> str:
    text = " ".join(as_text(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"
)
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:,?\s+(\d{1,2})[:hg](\d{2})(?::(\d{2}))?)?$")


def parse_when(value: CellValue) -> int | None:
    """UTC ms of a date cell (Vietnam time when no zone is given); ``None`` if blank.

    Accepts real dates and times, and text as ``dd/mm/yyyy`` (also with ``-`` or ``.``, a two-digit
    year, and an ``hh:mm`` time) or ISO ``yyyy-mm-dd[Thh:mm[:ss]][zone]``. Raises ``ValueError``
    for anything else, including impossible dates such as 32/13/2026.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return ms_from_datetime(value)
    if isinstance(value, date):
        return ms_from_datetime(datetime(value.year, value.month, value.day, tzinfo=VN_TZ))
    if isinstance(value, (time, bool, int, float)):
        raise ValueError("not a date")
    text = str(value).strip()
    m = _ISO.match(text)
    if m:
        y, mo, d, h, mi, s, zone = m.groups()
        dt = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
        if zone:
            dt = datetime.fromisoformat(text.replace(" ", "T").replace("Z", "+00:00"))
        return ms_from_datetime(dt)
    m = _DMY.match(text)
    if m:
        d, mo, y, h, mi, s = m.groups()
        year = int(y) + (2000 if len(y) == 2 else 0)
        return ms_from_datetime(datetime(year, int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0)))
    raise ValueError("not a date")


_PLATFORM_ALIASES: dict[str, Platform] = {
    "tiktok": Platform.TIKTOK, "tt": Platform.TIKTOK, "tiktokshop": Platform.TIKTOK,
    "facebook": Platform.FACEBOOK, "fb": Platform.FACEBOOK, "face": Platform.FACEBOOK, "meta": Platform.FACEBOOK,
    "youtube": Platform.YOUTUBE, "yt": Platform.YOUTUBE, "youtu": Platform.YOUTUBE,
    "instagram": Platform.INSTAGRAM, "ig": Platform.INSTAGRAM, "insta": Platform.INSTAGRAM,
    "zalo": Platform.ZALO,
    "threads": Platform.THREADS, "thread": Platform.THREADS,
    "other": Platform.OTHER, "khac": Platform.OTHER,
}


def parse_platform(cell: CellValue, url: str) -> Platform:
    """The platform a row names, checked against its link's host."""
    from_url = platform_from_url(url) if url else None
    if is_blank(cell):
        if from_url is None:
            raise RowProblem(Problem.NO_PLATFORM)
        return Platform(from_url)
    compact = re.sub(r"[^a-z0-9]", "", fold(as_text(cell)))
    named = _PLATFORM_ALIASES.get(compact)
    if named is None:
        for alias, platform in _PLATFORM_ALIASES.items():
            if len(alias) >= 5 and compact.startswith(alias):
                named = platform
                break
    if named is None:
        if from_url is not None:
            raise RowProblem(Problem.PLATFORM_MISMATCH, (_short(cell), Platform(from_url).label("en")))
        raise RowProblem(Problem.UNKNOWN_PLATFORM, (_short(cell),))
    if from_url is not None and named == Platform.OTHER:
        return Platform(from_url)
    if from_url is not None and from_url != named.value:
        raise RowProblem(Problem.PLATFORM_MISMATCH, (_short(cell), Platform(from_url).label("en")))
    return named


# Words hotline staff use for each category, folded; checked in this order after exact labels.
_CATEGORY_WORDS: tuple[tuple[Category, tuple[str, ...]], ...] = (
    (Category.IMPERSONATION, ("mao danh", "gia mao", "impersonat", "fake account")),
    (Category.PRIVACY_CHILD, ("tre em", "doi tu", "danh du", "rieng tu", "privacy", "child", "dignity")),
    (Category.FAILURE_TO_CORRECT, ("khong cai chinh", "khong hop tac", "failure to correct", "refus")),
    (Category.FRAUD, ("lua dao", "co bac", "danh bac", "ca do", "fraud", "scam", "gambl", "ponzi", "da cap")),
    (Category.FAKE_ENGAGEMENT, ("tuong tac ao", "danh gia ao", "view ao", "like ao", "binh luan ao", "seeding",
                                "tuong tac", "fake engagement", "fake review", "bot")),
    (Category.UNDISCLOSED_AD, ("gan nhan", "khong ghi quang cao", "khong cong khai", "an quang cao", "#ad",
                               "undisclosed", "not labelled", "not labeled", "unlabelled", "unlabeled",
                               "hidden ad", "sponsored")),
    (Category.RESTRICTED_PRODUCT, ("tpcn", "thuc pham chuc nang", "thuc pham bao ve", "thuoc", "my pham",
                                   "tai chinh", "restricted", "supplement", "medicine", "cosmetic")),
    (Category.UNVERIFIED_PRODUCT, ("hang gia", "hang nhai", "khong ro nguon goc", "kem chat luong",
                                   "khong kiem chung", "counterfeit", "unverified", "fake product")),
    (Category.MISINFORMATION, ("tin gia", "sai lech", "tin don", "misinformation", "fake news", "disinformation")),
    (Category.OFFENSIVE, ("phan cam", "xuc pham", "tuc tiu", "dung tuc", "offensive", "vulgar", "insult",
                          "hate")),
    (Category.FALSE_CLAIM, ("sai su that", "thoi phong", "phong dai", "false", "exaggerat", "misleading")),
)


_CATEGORY_NAMES: dict[str, Category] = {
    name: cat
    for cat in Category
    for name in (cat.value, cat.value.replace("_", " "), fold(cat.label("vi")), fold(cat.label("en")))
}


def parse_category(cell: CellValue) -> Category:
    if is_blank(cell):
        raise RowProblem(Problem.NO_CATEGORY)
    key = fold(as_text(cell))
    exact = _CATEGORY_NAMES.get(key)
    if exact is not None:
        return exact
    for cat, words in _CATEGORY_WORDS:
        if any(w in key for w in words):
            return cat
    raise RowProblem(Problem.UNKNOWN_CATEGORY, (_short(cell),))


_SOURCE_WORDS: tuple[tuple[Source, tuple[str, ...]], ...] = (
    (Source.HOTLINE, ("hotline", "duong day nong", "nguoi dan", "public", "email", "dien thoai")),
    (Source.PLATFORM, ("nen tang", "platform")),
    (Source.PRESS, ("bao chi", "bao", "press", "media")),
    (Source.MEMBER, ("thanh vien", "member")),
    (Source.AUTHORITY, ("co quan", "bo ", "cuc ", "so ", "authority", "police", "cong an", "ministry")),
)


_SOURCE_NAMES: dict[str, Source] = {
    name: src for src in Source for name in (src.value, fold(src.label("vi")), fold(src.label("en")))
}


def parse_source(cell: CellValue) -> Source:
    if is_blank(cell):
        return Source.HOTLINE
    key = fold(as_text(cell))
    if key in _SOURCE_NAMES:
        return _SOURCE_NAMES[key]
    for src, words in _SOURCE_WORDS:
        if any(key == w.strip() or key.startswith(w) for w in words):
            return src
    raise RowProblem(Problem.UNKNOWN_SOURCE, (_short(cell),))


_URGENT_WORD = re.compile(r"(?<!\w)khẩn(?!\w)", re.IGNORECASE)
_TRUE = {"x", "1", "yes", "y", "true", "co", "khan", "khan cap", "urgent", "dung"}


def is_urgent_mark(value: CellValue) -> bool:
    """A cell that says "urgent": ``Khẩn``, ``khẩn cấp``, ``KHAN``, ``urgent``, or in an urgency column ``x``."""
    if is_blank(value):
        return False
    text = as_text(value).strip()
    return bool(_URGENT_WORD.search(text)) or fold(text) in ("khan", "khan cap", "urgent")


def _text(value: CellValue) -> str:
    return as_text(value).strip()


def _line(value: CellValue) -> str:
    """A one-line field's text: tabs, line breaks and runs of spaces become one space."""
    return " ".join(as_text(value).split())


# --- rows --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowPlan:
    """One data row: the report it becomes, or why it cannot."""

    number: int
    cells: tuple[CellValue, ...]
    report: ReportInput | None
    problem: RowProblem | None = None


def plan_row(row: SheetRow, mapping: Mapping, header: Sequence[CellValue], now_ms: int) -> RowPlan:
    def cell(fld: Field) -> CellValue:
        index = mapping.get(fld)
        return row.cells[index] if index is not None and index < len(row.cells) else None

    try:
        for fld in mapping:
            value = cell(fld)
            if isinstance(value, UnreadableCell) and fld != Field.SERIAL:
                raise RowProblem(Problem.BAD_CELL, (value.ref, _short(value), value.kind))
        report = _report_from(cell, mapping, header, now_ms)
    except RowProblem as problem:
        return RowPlan(row.number, row.cells, None, problem)
    return RowPlan(row.number, row.cells, report)


def _report_from(
    cell: Callable[[Field], CellValue], mapping: Mapping, header: Sequence[CellValue], now_ms: int
) -> ReportInput:
    name = _line(cell(Field.INFLUENCER))
    if not name:
        raise RowProblem(Problem.NO_INFLUENCER)
    try:
        influencers.clean_name(name)
    except UserError as exc:
        raise RowProblem(Problem.BAD_INFLUENCER, (exc,)) from None

    raw_date = cell(Field.RECEIVED)
    try:
        received = parse_when(raw_date)
    except (ValueError, OverflowError):
        raise RowProblem(Problem.BAD_DATE, (_short(raw_date),)) from None
    if received is None:
        raise RowProblem(Problem.NO_DATE)
    if local_date(received) < EARLIEST:
        raise RowProblem(Problem.TOO_OLD, (_short(raw_date),))
    if received > now_ms + DAY_MS:
        raise RowProblem(Problem.FUTURE_DATE, (_short(raw_date),))

    raw_seen = cell(Field.SEEN)
    try:
        seen = parse_when(raw_seen)
    except (ValueError, OverflowError):
        raise RowProblem(Problem.BAD_SEEN, (_short(raw_seen),)) from None

    url = _text(cell(Field.URL))
    if url:
        if len(url) > MAX_URL:
            raise RowProblem(Problem.TOO_LONG, (Field.URL.value, str(len(url)), str(MAX_URL)))
        scheme = url.split("://", 1)[0].lower() if "://" in url else ""
        if (scheme and scheme not in ("http", "https")) or any(ch.isspace() for ch in url) or "." not in url:
            raise RowProblem(Problem.BAD_URL, (_short(url),))
    platform = parse_platform(cell(Field.PLATFORM), url)
    category = parse_category(cell(Field.CATEGORY))
    source = parse_source(cell(Field.SOURCE))

    description = _text(cell(Field.DESCRIPTION))
    urgent = is_urgent_mark(cell(Field.URGENT)) or fold(_text(cell(Field.URGENT))) in _TRUE
    notes = _text(cell(Field.NOTES))
    if notes and is_urgent_mark(notes):
        urgent = True
        if fold(notes) in ("khan", "khan cap", "urgent"):
            notes = ""
    if notes:
        label = _text(header[mapping[Field.NOTES]]) or "Ghi chú"
        description = f"{description}\n\n{label}: {notes}" if description else f"{label}: {notes}"
    if len(description) > MAX_DESCRIPTION:
        raise RowProblem(Problem.TOO_LONG, (Field.DESCRIPTION.value, str(len(description)), str(MAX_DESCRIPTION)))

    reporter = " · ".join(p for p in (_line(cell(Field.REPORTER)), _line(cell(Field.CONTACT))) if p)
    if len(reporter) > MAX_REPORTER:
        raise RowProblem(Problem.TOO_LONG, (Field.REPORTER.value, str(len(reporter)), str(MAX_REPORTER)))

    return ReportInput(
        influencer=name,
        platform=platform,
        category=category,
        url=url,
        description=description,
        reporter=reporter,
        source=source,
        handle=_line(cell(Field.HANDLE)),
        seen_at=seen,
        received_at=received,
        urgent=urgent,
    )


def analyse(sheet: Sheet, layout: Layout, now_ms: int | None = None) -> list[RowPlan]:
    """Every data row below the header, turned into a report or a reason; writes nothing."""
    check_mapping(sheet, layout.mapping)
    now = wall_ms() if now_ms is None else now_ms
    header = layout.header_row(sheet).cells
    return [plan_row(row, layout.mapping, header, now) for row in sheet.rows[layout.header_index + 1:]]


# --- importing ------------------------------------------------------------------------------------


class Fate(StrEnum):
    IMPORTED = "imported"
    ATTACHED = "attached"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class RowFate:
    number: int
    fate: Fate
    ref: str | None = None  # the case the report went to (or already was in)
    case_id: str | None = None
    problem: RowProblem | None = None
    same_as_row: int | None = None  # a duplicate or attachment of a row earlier in this file

    def reason(self, lang: str = "en") -> str:
        return self.problem.text(lang) if self.problem else ""


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: tuple[RowFate, ...]
    dry_run: bool = False

    def count(self, fate: Fate) -> int:
        return sum(1 for r in self.rows if r.fate == fate)

    @property
    def rejected(self) -> list[RowFate]:
        return [r for r in self.rows if r.fate == Fate.REJECTED]

    def summary_json(self, lang: str = "en") -> dict[str, object]:
        """The command line's contract: every data row counted exactly once; a rejected row's
        ``code`` (a ``Problem``) is stable for scripts, its ``reason`` is in ``lang``."""
        return {
            "imported": self.count(Fate.IMPORTED),
            "attached": self.count(Fate.ATTACHED),
            "duplicates": self.count(Fate.DUPLICATE),
            "rejected": [
                {"row": r.number, "code": r.problem.problem.value if r.problem else "", "reason": r.reason(lang)}
                for r in self.rejected
            ],
        }


class ImportCancelled(UserError):
    """The person stopped the import; nothing was written."""


class _DryRun(Exception):
    """Raised inside the transaction of a preview so that it rolls back."""


Progress = Callable[[int, int], None]


def run_import(
    ws: Workspace,
    plans: Sequence[RowPlan],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """File every valid row in one transaction (or, for a preview, file and roll back)."""
    ws.require_role(*WRITERS, action="importing reports")
    fates: list[RowFate] = []
    total = len(plans)
    try:
        with ws.transaction() as tx:
            first_row_of_case: dict[str, int] = {}
            for done, plan in enumerate(plans, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled("the import was cancelled; nothing was imported",
                                          vi="đã hủy việc nhập phản ánh; chưa nhập gì", code="import_cancelled")
                if plan.report is None:
                    fates.append(RowFate(plan.number, Fate.REJECTED, problem=plan.problem))
                else:
                    filed = file_report_in(tx, plan.report)
                    earlier = first_row_of_case.get(filed.case_id)
                    if filed.duplicate:
                        fate = Fate.DUPLICATE
                    elif filed.attached:
                        fate = Fate.ATTACHED
                    else:
                        fate = Fate.IMPORTED
                        first_row_of_case[filed.case_id] = plan.number
                    fates.append(RowFate(plan.number, fate, filed.ref, filed.case_id, same_as_row=earlier))
                if progress is not None and (done % 25 == 0 or done == total):
                    progress(done, total)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return ImportResult(tuple(fates), dry_run)


def import_file(
    ws: Workspace,
    path: Path,
    *,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> tuple[Sheet, Layout, list[RowPlan], ImportResult]:
    """Read, analyse and import a file."""
    sheet, layout, plans = analyse_file(path, mapping)
    return sheet, layout, plans, run_import(ws, plans, dry_run=dry_run, progress=progress)


def analyse_file(path: Path, mapping: Mapping | None = None) -> tuple[Sheet, Layout, list[RowPlan]]:
    """Read a file and decide each row's fate, writing nothing."""
    sheet = read_sheet(path)
    layout = find_layout(sheet)
    if mapping is not None:
        layout = Layout(layout.header_index, mapping)
    return sheet, layout, analyse(sheet, layout)


def write_errors(path: Path, sheet: Sheet, layout: Layout, plans: Sequence[RowPlan], lang: str = "en") -> int:
    """Save the rejected rows (row number, reason, then the row as it was) to fix and import again."""
    header = list(layout.header_row(sheet).cells)
    width = max([len(header), *(len(p.cells) for p in plans)])
    header += [""] * (width - len(header))
    rejected = [p for p in plans if p.problem is not None]
    labels = ("Row", "Reason") if lang == "en" else ("Dòng", "Lý do")
    write_table(
        path,
        [*labels, *(as_text(h) for h in header)],
        ([p.number, p.problem.text(lang) if p.problem else "", *p.cells] for p in rejected),
    )
    return len(rejected)


__all__ = [
    "FIELD_LABELS",
    "Fate",
    "Field",
    "ImportCancelled",
    "ImportResult",
    "Layout",
    "Mapping",
    "Problem",
    "RowFate",
    "RowPlan",
    "analyse",
    "analyse_file",
    "check_mapping",
    "find_layout",
    "guess_mapping",
    "import_file",
    "missing_fields",
    "parse_when",
    "read_sheet",
    "run_import",
    "write_errors",
]
