"""The meeting's workbook: a summary of its decisions laid out for paper, then the data sheets.

The first sheet is what the chair reads and signs off on paper: a title block (committee, meeting,
date, place, chair, secretary, attendance), then one row per decision with the columns that matter
for reading, in A4 landscape at a normal type size. The sheets after it hold every column, for
sorting, filtering and scripts: decisions, attendance, agenda, follow-ups.

People see labels (platforms, outcomes, statuses, votes) and case references, never internal ids.
A meeting has tens of decisions, not thousands, so the workbook is built in memory (openpyxl's
normal mode): that is what allows merged title cells and row heights. openpyxl does not size rows
to wrapped text and LibreOffice does not either when it prints a file as it opens it, so each
row's height is estimated from its text and the column widths (``text_lines``).
"""

from __future__ import annotations

import math
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

from moderator_app.domain.clock import local_date, vn_now
from moderator_app.domain.documents import DocumentProfile
from moderator_app.domain.enums import Category, Outcome, Platform, Role, Status
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.meetings import ATTENDANCE_LABELS, VOTE_LABELS, label
from moderator_app.store import meeting_queries as mq

from .guard import clean_text, guard_text
from .xlsx import DATE_FORMAT, Col, Progress, Properties, _set_properties, _widths, iso_date, save_workbook, yes_no

DECISION_COLUMNS = (
    Col("STT", "No.", "int", 6),
    Col("Hồ sơ", "Case", "text", 16),
    Col("Người có ảnh hưởng", "Influencer", "user", 28),
    Col("Tài khoản", "Accounts", "user", 34, wrap=True),
    Col("Loại vi phạm", "Category", "text", 30, wrap=True),
    Col("Tóm tắt", "Summary", "user", 50, wrap=True),
    Col("Hình thức xử lý", "Outcome", "text", 30, wrap=True),
    Col("Mức", "Level", "int", 7),
    Col("Tán thành", "For", "int", 10),
    Col("Không tán thành", "Against", "int", 10),
    Col("Không ý kiến", "Abstain", "int", 10),
    Col("Rút lui", "Recused", "int", 9),
    Col("Lý do", "Rationale", "user", 60, wrap=True),
    Col("Việc tiếp theo", "Follow-ups", "user", 50, wrap=True),
    Col("Hạn", "Deadline", "date", 12),
    Col("Công bố", "Published", "text", 10),
    Col("Ngày quyết định", "Decided on", "date", 12),
    Col("Phiên bản", "Version", "text", 36, wrap=True),
)
ATTENDANCE_COLUMNS = (
    Col("Thành viên", "Member", "user", 32),
    Col("Vai trò", "Role", "text", 18),
    Col("Biểu quyết", "Votes", "text", 11),
    Col("Điểm danh", "Attendance", "text", 18),
)
AGENDA_COLUMNS = (
    Col("STT", "No.", "int", 6),
    Col("Loại mục", "Item", "text", 22, wrap=True),
    Col("Hồ sơ", "Case", "text", 16),
    Col("Người có ảnh hưởng", "Influencer", "user", 28, wrap=True),
    Col("Loại vi phạm", "Category", "text", 30, wrap=True),
    Col("Trạng thái", "Status", "text", 16, wrap=True),
    Col("Đề xuất xử lý", "Recommended outcome", "text", 30, wrap=True),
    Col("Ý kiến thẩm định", "Recommendation", "user", 50, wrap=True),
    Col("Biểu quyết từng thành viên", "Members' votes", "user", 40, wrap=True),
    Col("Quyết định", "Decision", "text", 30, wrap=True),
)
FOLLOW_UP_COLUMNS = (
    Col("Hồ sơ", "Case", "text", 16),
    Col("Người có ảnh hưởng", "Influencer", "user", 28, wrap=True),
    Col("Việc cần làm", "Action", "user", 60, wrap=True),
    Col("Người phụ trách", "Owner", "user", 26, wrap=True),
    Col("Hạn", "Deadline", "date", 12),
    Col("Hoàn thành", "Done", "date", 12),
    Col("Hình thức xử lý", "Outcome", "text", 30, wrap=True),
)
# The summary's columns have fixed widths (``max_width``): the printed page keeps one layout
# whatever the text, and the widths add up to an A4 landscape page at about 95 %.
SUMMARY_COLUMNS = (
    Col("STT", "No.", "int", 5),
    Col("Hồ sơ", "Case", "text", 13, wrap=True),
    Col("Người có ảnh hưởng", "Influencer", "user", 20, wrap=True),
    Col("Loại vi phạm, nội dung", "Category, summary", "text", 27, wrap=True),
    Col("Hình thức xử lý", "Outcome", "text", 20, wrap=True),
    Col("Biểu quyết", "Votes", "text", 19, wrap=True),
    Col("Lý do", "Rationale", "user", 26, wrap=True),
    Col("Việc tiếp theo", "Follow-ups", "user", 20, wrap=True),
)

# --- type and paper ---------------------------------------------------------------------------

FONT_NAME = "Times New Roman"  # the administrative font; LibreOffice prints it as Liberation Serif
BODY_SIZE = 11.0
# The workbook's default font is FONT_NAME too (``new_workbook``): a unit of column width is one digit
# of it, about 5.25 pt (7 px at 96 dpi), the same in Excel and LibreOffice on any machine.
UNIT_PT = 5.25
CELL_PADDING_PT = 4.0  # the cell's inner margins, left and right together
# Advance widths of Times New Roman (and Liberation Serif, its metric twin) for the printable ASCII
# characters, space to tilde, in thousandths of an em: a Vietnamese letter is as wide as its base
# letter give or take 4 %, which UNIT_PT's rounding down covers. Bold is at most 6 % wider.
_TIMES_ASCII = (
    "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 500 500 500 278 278 "
    "564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 "
    "722 722 611 333 278 333 469 500 333 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 "
    "278 500 500 722 500 500 444 480 200 480 541"
)
CHAR_EM = {chr(32 + i): int(w) / 1000 for i, w in enumerate(_TIMES_ASCII.split())} | {
    "—": 1.0, "…": 1.0, "–": 0.5, "“": 0.444, "”": 0.444, "‘": 0.333, "’": 0.333, "•": 0.35, "·": 0.333,
    "đ": 0.5, "Đ": 0.722,
}
OTHER_EM = 0.6  # a character of another script
BOLD_FACTOR = 1.06
LINE_FACTOR = 1.18  # line height over type size: Excel gives 11-point Times 12.75 pt, LibreOffice 12.2
ROW_PADDING_PT = 6.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit
# Width units that fit across A4 landscape inside the margins at 100 %: a data sheet wider than
# this prints across several pages rather than shrinking to unreadable type.
PAGE_UNITS = 135.0
MARGIN_IN = 0.55  # 1.4 cm
HEADER_FILL = PatternFill("solid", start_color="D9E2F3")
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def _day(value: str | date | None) -> str:
    if value is None:
        return ""
    day = iso_date(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y") if day else ""


def char_em(char: str) -> float:
    """A character's width: its base letter's (CHAR_EM also keeps each character once looked up)."""
    em = CHAR_EM.get(char)
    if em is None:
        base = unicodedata.normalize("NFD", char)[:1]
        em = CHAR_EM.get(base)
        if em is None:
            if unicodedata.combining(char):
                em = 0.0  # a mark of decomposed text sits on its letter
            else:
                em = 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else OTHER_EM
        CHAR_EM[char] = em
    return em


def text_lines(text: str, width: float, size: float = BODY_SIZE, bold: bool = False,
               pieces: Callable[[str], list[str]] | None = None) -> int:
    """Lines a wrapped cell takes in a column ``width`` units wide: each paragraph wrapped between
    words as a spreadsheet does, a word longer than the line broken inside. With ``pieces``, a
    paragraph breaks between the pieces it returns, with no space between them (an address breaks
    after its slashes)."""
    line = width * UNIT_PT - CELL_PADDING_PT
    scale = size * (BOLD_FACTOR if bold else 1.0)
    space = CHAR_EM[" "] * scale if pieces is None else 0.0
    total = 0
    for paragraph in text.split("\n"):
        lines, x = 1, 0.0
        for word in (paragraph.split(" ") if pieces is None else pieces(paragraph)):
            w = sum(char_em(c) for c in word) * scale
            if x > 0 and x + space + w <= line:
                x += space + w
                continue
            if x > 0:
                lines += 1
            x = w
            while x > line:
                lines += 1
                x -= line
        total += lines
    return total


def row_height(lines: int, size: float = BODY_SIZE) -> float:
    return min(MAX_ROW_HEIGHT, round(lines * size * LINE_FACTOR + ROW_PADDING_PT, 1))


# --- what the cells say ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Context:
    """What the rows need besides the decisions: names for ids, and the people present."""

    lang: str
    detail: mq.MeetingDetail
    accounts: dict[str, list[tuple[str, str]]]  # influencer id -> (platform code, handle)
    number: dict[str, int] = field(default_factory=dict)  # decision id -> its No. in this workbook
    elsewhere: dict[str, mq.DecisionFull] = field(default_factory=dict)  # decisions of other meetings

    @property
    def present_voters(self) -> list[mq.AttendanceRow]:
        return [a for a in self.detail.attendance if a.voting and a.status == "present"]


def _accounts(conn: sqlite3.Connection, influencer_ids: set[str]) -> dict[str, list[tuple[str, str]]]:
    """Each influencer's accounts (platform code, handle), read here so that no handle is split on a comma."""
    out: dict[str, list[tuple[str, str]]] = {}
    for influencer_id in sorted(influencer_ids):
        out[influencer_id] = [(str(r[0]), str(r[1])) for r in conn.execute(
            "SELECT platform, min(handle) FROM influencer_accounts WHERE influencer_id = ? AND removed = 0 "
            "GROUP BY platform, handle_key ORDER BY platform, handle_key", (influencer_id,))]
    return out


def platform_label(code: str, lang: str) -> str:
    try:
        return Platform(code).label(lang)
    except ValueError:  # a platform a newer version knows
        return code


def _account_texts(ctx: _Context, influencer_id: str) -> list[str]:
    return [f"{platform_label(p, ctx.lang)}: {handle}" for p, handle in ctx.accounts.get(influencer_id, ())]


def _follow_up_text(d: mq.DecisionFull, lang: str) -> str:
    lines = []
    for f in d.follow_ups:
        text = f"• {f.action}"
        if f.owner_name:
            text += f" — {f.owner_name}"
        if f.due_on:
            text += _t(lang, f", hạn {_day(f.due_on)}", f", due {_day(f.due_on)}")
        if f.done_at:
            text += _t(lang, f" (đã hoàn thành {_day(local_date(f.done_at))})",
                       f" (done {_day(local_date(f.done_at))})")
        lines.append(text)
    return "\n".join(lines)


def _decision_ref(ctx: _Context, decision_id: str) -> tuple[str, str]:
    """Where people find another decision (vi, en): its No. in this workbook, else its date and meeting
    (the decision an amendment or a ruling on appeal replaces is always on the same case)."""
    if decision_id in ctx.number:
        n = ctx.number[decision_id]
        return f"ở STT {n}", f"at No. {n}"
    other = ctx.elsewhere.get(decision_id)
    if other is None:
        return "trước đó", "taken earlier"
    day = _day(other.decided_on)
    return f"ngày {day} ({other.meeting_title})", f"of {day} ({other.meeting_title})"


def _version(d: mq.DecisionFull, ctx: _Context) -> str:
    lang = ctx.lang
    notes = []
    if d.amends:
        vi, en = _decision_ref(ctx, d.amends)
        notes.append(_t(lang, f"Sửa đổi quyết định {vi}", f"Amends the decision {en}"))
    if d.amended_by:  # an amendment keeps its meeting: it is listed here
        numbers = ", ".join(str(ctx.number[a]) for a in d.amended_by if a in ctx.number)
        notes.append(_t(lang, f"Đã được sửa đổi, xem STT {numbers}", f"Superseded, see No. {numbers}") if numbers
                     else _t(lang, "Đã được sửa đổi", "Superseded"))
    if d.appeal_of:
        vi, en = _decision_ref(ctx, d.appeal_of)
        notes.append(_t(lang, f"Phúc xét quyết định {vi}", f"Ruling on appeal of the decision {en}"))
    if d.appealed_at is not None:
        notes.append(_t(lang, "Đã có đề nghị phúc xét", "Appealed"))
    if d.conflicted:
        notes.append(_t(lang, "Có thay đổi xung đột cần xử lý", "Conflicting changes to resolve"))
    return "\n".join(notes) or _t(lang, "Bản gốc", "Original")


def _vote_word(choice: str, lang: str) -> str:
    if choice == "none":
        return _t(lang, "Chưa biểu quyết", "Not voted")
    return label(VOTE_LABELS, choice, lang)


def member_votes(ctx: _Context, item_id: str | None) -> list[tuple[str, str]]:
    """(name, choice) for every voting member present and anyone who voted; ``none`` when no vote."""
    recorded = ctx.detail.votes.get(item_id or "", ())
    by_member = {v.member_id: v.choice for v in recorded}
    present = ctx.present_voters
    out = [(a.name, by_member.get(a.member_id, "none")) for a in present]
    seen = {a.member_id for a in present}
    out += [(v.name, v.choice) for v in recorded if v.member_id not in seen]
    return out


def _count_line(word: str, count: int, who: list[str]) -> str:
    """``Tán thành: 2`` and, on a line of their own, who (a name is not split across the narrow column)."""
    return f"{word}: {count}" + (f"\n– {', '.join(who)}" if who else "")


def _tally_lines(d: mq.DecisionFull, ctx: _Context, names: dict[str, list[str]]) -> list[str]:
    lang = ctx.lang
    lines = [_count_line(label(VOTE_LABELS, choice, lang), count, names.get(choice, []))
             for choice, count in (("for", d.votes_for), ("against", d.votes_against), ("abstain", d.votes_abstain))]
    if d.votes_recused or names.get("recused"):
        lines.append(_count_line(_t(lang, "Rút lui", "Recused"), d.votes_recused, names.get("recused", [])))
    return lines


def _summary_votes(d: mq.DecisionFull, ctx: _Context) -> str:
    """The counts, with who voted how when votes were recorded per member (those present who did
    not vote are named too); tallies counted in the room name only those who stood aside."""
    names: dict[str, list[str]] = {}
    if d.vote_mode == "tally":
        for v in ctx.detail.votes.get(d.agenda_item_id or "", ()):
            if v.choice == "recused":
                names.setdefault("recused", []).append(v.name)
        return "\n".join([*_tally_lines(d, ctx, names), _t(ctx.lang, "(theo tổng số phiếu)", "(as tallies)")])
    for name, choice in member_votes(ctx, d.agenda_item_id):
        names.setdefault(choice, []).append(name)
    lines = _tally_lines(d, ctx, names)
    if names.get("none"):
        lines.append(_count_line(_vote_word("none", ctx.lang), len(names["none"]), names["none"]))
    return "\n".join(lines)


def _outcome_text(d: mq.DecisionFull, ctx: _Context) -> Rich:
    """The outcome in bold, then its level, whether it is published, and any amendment or appeal."""
    lang = ctx.lang
    outcome = Outcome(d.outcome)
    lines = [_t(lang, f"Mức {outcome.level}", f"Level {outcome.level}"),
             _t(lang, "Công bố: ", "Published: ") + yes_no(d.published, lang)]
    if d.amends or d.amended_by or d.appeal_of or d.appealed_at is not None or d.conflicted:
        lines.append(_version(d, ctx))
    return Rich(outcome.label(lang), "\n".join(lines))


def summary_rows(decisions: Sequence[mq.DecisionFull], ctx: _Context) -> list[list[Any]]:
    lang = ctx.lang
    rows = []
    for d in decisions:
        who = Rich(d.influencer, "\n".join(_account_texts(ctx, d.influencer_id)))
        what = Rich(Category(d.category).label(lang), d.summary)
        rows.append([ctx.number[d.id], d.ref, who, what, _outcome_text(d, ctx), _summary_votes(d, ctx), d.rationale,
                     _follow_up_text(d, lang)])
    return rows


def decision_rows(decisions: Sequence[mq.DecisionFull], ctx: _Context) -> list[list[Any]]:
    lang = ctx.lang
    rows = []
    for d in decisions:
        outcome = Outcome(d.outcome)
        dues = sorted(f.due_on for f in d.follow_ups if f.due_on)
        rows.append([
            ctx.number[d.id], d.ref, d.influencer, "\n".join(_account_texts(ctx, d.influencer_id)),
            Category(d.category).label(lang), d.summary, outcome.label(lang), outcome.level, d.votes_for,
            d.votes_against, d.votes_abstain, d.votes_recused, d.rationale, _follow_up_text(d, lang),
            iso_date(dues[0]) if dues else None, yes_no(d.published, lang), iso_date(d.decided_on), _version(d, ctx),
        ])
    return rows


def _attendance_rows(detail: mq.MeetingDetail, lang: str) -> list[list[Any]]:
    return [
        [a.name, Role(a.role).label(lang), yes_no(a.voting, lang),
         label(ATTENDANCE_LABELS, a.status, lang) if a.status else _t(lang, "Chưa ghi nhận", "Not recorded")]
        for a in detail.attendance
    ]


def _agenda_votes(item: mq.AgendaItemRow, ctx: _Context) -> str:
    decision = item.decision
    lines = [f"{name}: {_vote_word(choice, ctx.lang)}" for name, choice in member_votes(ctx, item.id)]
    if decision is not None and decision.vote_mode == "tally":
        counts = ", ".join(f"{label(VOTE_LABELS, c, ctx.lang)} {n}" for c, n in (
            ("for", decision.votes_for), ("against", decision.votes_against), ("abstain", decision.votes_abstain)))
        # Counted in the room: nobody's own vote is known, so only the votes members recorded are named.
        named = [f"{v.name}: {_vote_word(v.choice, ctx.lang)}" for v in ctx.detail.votes.get(item.id, ())]
        lines = [_t(ctx.lang, f"Theo tổng số phiếu: {counts}", f"As tallies: {counts}"), *named]
    return "\n".join(lines)


def _agenda_rows(ctx: _Context) -> list[list[Any]]:
    lang = ctx.lang
    rows = []
    for n, item in enumerate(ctx.detail.agenda, start=1):
        decision = item.decision
        if item.kind == "trigger":
            kind = _t(lang, "Đề xuất đình chỉ (tín nhiệm)", "Suspension proposal (credibility)")
        else:
            kind = _t(lang, "Hồ sơ", "Case")
        rows.append([
            n, kind, item.ref or None, item.influencer, Category(item.category).label(lang) if item.category else None,
            Status(item.case_status).label(lang) if item.case_status else None,
            Outcome(item.recommended_outcome).label(lang) if item.recommended_outcome else None,
            item.recommendation, _agenda_votes(item, ctx),
            Outcome(decision.outcome).label(lang) if decision else _t(lang, "Chưa quyết định", "Not decided"),
        ])
    return rows


def _follow_up_rows(decisions: Sequence[mq.DecisionFull], lang: str) -> list[list[Any]]:
    rows = []
    for d in decisions:
        for f in d.follow_ups:
            done = local_date(f.done_at) if f.done_at else None
            rows.append([d.ref, d.influencer, f.action, f.owner_name, iso_date(f.due_on), done,
                         Outcome(d.outcome).label(lang)])
    return rows


# --- writing the sheets ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaperPage:
    """What every sheet's page says at the bottom: the meeting, the page number, the day of printing."""

    left: str
    center: str
    right: str


@dataclass(frozen=True, slots=True)
class Rich:
    """A cell whose first line is bold (the category above the summary, the name above the accounts)."""

    head: str
    rest: str = ""

    def __str__(self) -> str:
        return f"{self.head}\n{self.rest}" if self.rest else self.head


BODY_FONT = Font(name=FONT_NAME, size=BODY_SIZE)
BOLD_FONT = Font(name=FONT_NAME, size=BODY_SIZE, bold=True)


def _rich_text(value: Rich) -> CellRichText:
    head = InlineFont(rFont=FONT_NAME, sz=BODY_SIZE, b=True)
    body = InlineFont(rFont=FONT_NAME, sz=BODY_SIZE)
    blocks = [TextBlock(head, clean_text(value.head))]
    if value.rest:
        blocks.append(TextBlock(body, clean_text("\n" + value.rest)))
    return CellRichText(blocks)


def put_cell(ws: Worksheet, row: int, column: int, value: Any, col: Col) -> None:
    """One table cell: people's text is never a formula, dates are real dates, every cell has its grid."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Rich):
        cell.value = _rich_text(value)  # an inline string: never a formula
        if guard_text(value.head).quoted:
            cell.quotePrefix = True  # and kept text if someone edits it
    elif isinstance(value, str) and value:
        guarded = guard_text(value)
        cell.value = guarded.text
        cell.data_type = "s"  # never a formula
        if guarded.quoted:
            cell.quotePrefix = True
    elif isinstance(value, bool):
        raise TypeError("booleans are written as words in the interface language")
    elif value is not None and value != "":
        cell.value = value
        if col.kind == "date":
            cell.number_format = col.number_format or DATE_FORMAT
    cell.font = BODY_FONT
    cell.alignment = Alignment(vertical="top", wrap_text=col.wrap,
                               horizontal="center" if col.kind in ("int", "date") else None)
    cell.border = GRID


def _cell_lines(value: Any, width: float, wrap: bool) -> int:
    if value is None:
        return 1
    if isinstance(value, Rich):
        if not wrap:
            return str(value).count("\n") + 1
        return text_lines(value.head, width, bold=True) + (text_lines(value.rest, width) if value.rest else 0)
    text = "00/00/0000" if isinstance(value, datetime | date) else str(value)
    return text_lines(text, width) if wrap else text.count("\n") + 1


def _text_units(value: Any) -> float:
    """The width in column units of the longest line of a value."""
    if value is None:
        return 0.0
    text = "00/00/0000" if isinstance(value, datetime | date) else str(value)
    longest = max((sum(char_em(c) for c in line) for line in text.split("\n")), default=0.0)
    return longest * BODY_SIZE / UNIT_PT


def data_widths(columns: Sequence[Col], rows: Sequence[Sequence[Any]], lang: str) -> list[float]:
    """Widths measured from the content as the other workbooks do, widened where capitals and
    wide letters (a reference such as 2026-QJ5WW) would touch the border."""
    widths = _widths(columns, rows, lang)
    for i, col in enumerate(columns):
        needed = max((_text_units(r[i]) for r in rows), default=0.0) + 1.5
        widths[i] = max(widths[i], min(float(col.max_width), math.ceil(needed)))
    return widths


def _table(ws: Worksheet, columns: Sequence[Col], rows: Sequence[Sequence[Any]], widths: Sequence[float],
           first: int, lang: str) -> int:
    """Write a header row at ``first`` and the rows under it, each as tall as its wrapped text; returns
    the last row written."""
    header_lines = 1
    for i, col in enumerate(columns, start=1):
        cell = ws.cell(row=first, column=i, value=clean_text(col.header(lang)))
        cell.font = BOLD_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
        header_lines = max(header_lines, text_lines(col.header(lang), widths[i - 1], bold=True))
    ws.row_dimensions[first].height = row_height(header_lines)
    r = first
    for values in rows:
        if len(values) != len(columns):
            raise ValueError(f"a row has {len(values)} values for {len(columns)} columns")
        r += 1
        lines = 1
        for i, (value, col) in enumerate(zip(values, columns, strict=True), start=1):
            put_cell(ws, r, i, value, col)
            lines = max(lines, _cell_lines(value, widths[i - 1], col.wrap))
        ws.row_dimensions[r].height = row_height(lines)
    return r


def print_setup(ws: Worksheet, widths: Sequence[float], title_rows: str, page: PaperPage, title_cols: str = "",
                 pages: int | None = None) -> None:
    """A4 landscape, as many pages wide as the columns need at a readable size (``pages``: exactly so many)."""
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    pages = pages or max(1, math.ceil(sum(widths) / PAGE_UNITS))
    if pages > 1 and title_cols:
        ws.print_title_cols = title_cols  # every page says which case a row is about
    ws.page_setup.fitToWidth = pages
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_IN
    ws.page_margins.top = ws.page_margins.bottom = MARGIN_IN + 0.1
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = False
    for part, text in ((ws.oddFooter.left, page.left), (ws.oddFooter.center, page.center),
                       (ws.oddFooter.right, page.right)):
        part.text = text
        part.font = FONT_NAME
        part.size = 9


def _data_sheet(wb: Workbook, title: str, columns: Sequence[Col], rows: list[list[Any]], lang: str,
                page: PaperPage, title_cols: str = "") -> None:
    ws = wb.create_sheet(title[:31])
    widths = data_widths(columns, rows, lang)
    _table(ws, columns, rows, widths, 1, lang)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    print_setup(ws, widths, "1:1", page, title_cols)


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The lines above the summary table, in the order printed."""

    issuer: tuple[str, ...]  # the alliance, then the committee, as the committee's documents print them
    heading: str
    meeting: str
    when_where: str
    people: str
    state: str

    def lines(self) -> list[tuple[str, Font, float]]:
        *above, committee = self.issuer
        return [
            *((line, Font(name=FONT_NAME, size=BODY_SIZE), BODY_SIZE) for line in above),
            (committee, Font(name=FONT_NAME, size=12, bold=True), 12),
            (self.heading, Font(name=FONT_NAME, size=14, bold=True), 14),
            (self.meeting, Font(name=FONT_NAME, size=12, bold=True), 12),
            (self.when_where, Font(name=FONT_NAME, size=BODY_SIZE), BODY_SIZE),
            (self.people, Font(name=FONT_NAME, size=BODY_SIZE), BODY_SIZE),
            (self.state, Font(name=FONT_NAME, size=BODY_SIZE, italic=True), BODY_SIZE),
        ]


def title_block(detail: mq.MeetingDetail, decisions: int, issuer: Sequence[str], lang: str) -> TitleBlock:
    """``issuer``: the lines naming who the document is from (the committee's document data); the
    alliance's defaults when none is given."""
    m = detail.meeting
    lines = tuple(line.strip() for line in issuer if line.strip())
    if not lines:
        defaults = DocumentProfile()
        lines = (defaults.text("alliance", lang), defaults.text("issuing_body", lang))
    voters = [a for a in detail.attendance if a.voting]
    present = sum(1 for a in voters if a.status == "present")
    when = _t(lang, f"Ngày họp: {_day(m.date)}", f"Date: {_day(m.date)}")
    if m.place:
        when += _t(lang, f" · Địa điểm: {m.place}", f" · Place: {m.place}")
    people = []
    if m.chair_name:
        people.append(_t(lang, f"Chủ trì: {m.chair_name}", f"Chair: {m.chair_name}"))
    if m.secretary_name:
        people.append(_t(lang, f"Thư ký: {m.secretary_name}", f"Secretary: {m.secretary_name}"))
    people.append(_t(lang, f"Có mặt: {present}/{len(voters)} thành viên có quyền biểu quyết",
                     f"Present: {present} of {len(voters)} voting members"))
    count = _t(lang, f"{decisions} quyết định", f"{decisions} decision" + ("" if decisions == 1 else "s"))
    state = (_t(lang, f"Biên bản đã chốt · {count}", f"Minutes finalized · {count}") if m.finalized
             else _t(lang, f"DỰ THẢO: cuộc họp chưa chốt biên bản · {count}",
                     f"DRAFT: the meeting's minutes are not finalized · {count}"))
    return TitleBlock(
        issuer=lines,
        heading=_t(lang, "TỔNG HỢP QUYẾT ĐỊNH CỦA CUỘC HỌP", "DECISIONS OF THE MEETING"),
        meeting=m.title, when_where=when, people=" · ".join(people), state=state,
    )


def _summary_sheet(wb: Workbook, block: TitleBlock, rows: list[list[Any]], lang: str, page: PaperPage) -> None:
    ws = wb.create_sheet(_t(lang, "Tổng hợp quyết định", "Summary of decisions"))
    widths = [float(c.max_width) for c in SUMMARY_COLUMNS]
    last = get_column_letter(len(SUMMARY_COLUMNS))
    total = sum(widths)
    r = 0
    for text, font, size in block.lines():
        r += 1
        cell = ws.cell(row=r, column=1, value=clean_text(text))
        if guard_text(text).quoted:
            cell.quotePrefix = True
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.row_dimensions[r].height = row_height(text_lines(text, total, size, bold=font.b), size)
    r += 1
    ws.row_dimensions[r].height = 8  # a little air above the table
    header = r + 1
    end = _table(ws, SUMMARY_COLUMNS, rows, widths, header, lang)
    if not rows:
        end = header + 1
        cell = ws.cell(row=end, column=1, value=_t(lang, "Cuộc họp chưa có quyết định nào.",
                                                   "No decision was recorded at this meeting."))
        cell.font = Font(name=FONT_NAME, size=BODY_SIZE, italic=True)
        cell.alignment = Alignment(horizontal="center")
        ws.merge_cells(f"A{end}:{last}{end}")
    ws.freeze_panes = f"A{header + 1}"
    print_setup(ws, widths, f"{header}:{header}", page, pages=1)
    ws.print_area = f"A1:{last}{end}"


def new_workbook() -> Workbook:
    """An empty workbook whose default font is FONT_NAME.

    The default (Normal) font sets the unit of column widths. Calibri, openpyxl's default, is
    missing on most Linux machines and LibreOffice's stand-in is wider, so the same widths gave
    other pages there; with the administrative font, which every system has or matches
    (Liberation Serif), a width means the same everywhere and the estimated row heights hold.
    openpyxl has no public way to change it: the first font of its list is the Normal style's.
    """
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    wb._fonts = IndexedList([Font(name=FONT_NAME, size=BODY_SIZE, family=1)])
    return wb


def _check_target(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"the file name must end in .xlsx: {path}", vi=f"tên tệp phải kết thúc bằng .xlsx: {path}",
                        code="xlsx_name_required")
    if not path.parent.exists():
        raise UserError(f"the folder {path.parent} does not exist", vi=f"thư mục {path.parent} không tồn tại",
                        code="folder_missing")


def export_meeting(
    conn: sqlite3.Connection, meeting_id: str, path: Path, lang: str = "vi",
    progress: Progress | None = None, now: datetime | None = None, issuer: Sequence[str] = (),
) -> Path:
    """Write the workbook of one meeting; every decision version is listed, amendments marked.

    ``issuer``: the lines of the title block naming the alliance and the committee."""
    detail = mq.meeting_detail(conn, meeting_id)
    if detail is None:
        raise NotFound(f"no meeting {meeting_id!r}", vi=f"không có cuộc họp {meeting_id!r}", code="no_meeting")
    path = Path(path)
    _check_target(path)
    decisions = mq.meeting_decisions(conn, meeting_id)
    ctx = _Context(lang, detail, _accounts(conn, {d.influencer_id for d in decisions}),
                   number={d.id: n for n, d in enumerate(decisions, start=1)})
    for d in decisions:
        for other in (d.amends, d.appeal_of, *d.amended_by):
            if other and other not in ctx.number and other not in ctx.elsewhere:
                found = mq.get_decision(conn, other)
                if found is not None:
                    ctx.elsewhere[other] = found
    m = detail.meeting
    created = now or vn_now().replace(microsecond=0)
    page = PaperPage(
        left=f"{m.title} — {_day(m.date)}".replace("&", "&&"),
        center=_t(lang, "Trang &P/&N", "Page &P of &N"),
        right=_t(lang, f"Lập ngày {_day(created.date())}", f"Prepared {_day(created.date())}"),
    )
    sheets: list[tuple[str, Sequence[Col], list[list[Any]], str]] = [
        (_t(lang, "Quyết định", "Decisions"), DECISION_COLUMNS, decision_rows(decisions, ctx), "A:B"),
        (_t(lang, "Điểm danh", "Attendance"), ATTENDANCE_COLUMNS, _attendance_rows(detail, lang), ""),
        (_t(lang, "Chương trình", "Agenda"), AGENDA_COLUMNS, _agenda_rows(ctx), "A:C"),
        (_t(lang, "Việc tiếp theo", "Follow-ups"), FOLLOW_UP_COLUMNS, _follow_up_rows(decisions, lang), "A:A"),
    ]
    summary = summary_rows(decisions, ctx)
    total = len(summary) + sum(len(sheet[2]) for sheet in sheets)
    wb = new_workbook()
    _set_properties(wb, Properties(
        title=f"{m.title} — {_day(m.date)}",
        subject=_t(lang, "Quyết định của Ban tự giám sát", "Decisions of the self-monitoring committee"),
        keywords=_t(lang, "Niềm tin số; quyết định; biên bản", "Niem tin so; decisions; minutes"),
        description=_t(lang, f"{m.title}, {_day(m.date)}" + (f", {m.place}" if m.place else ""),
                       f"{m.title}, {_day(m.date)}" + (f", {m.place}" if m.place else "")),
        lang=lang,
        created=created,
    ))
    _summary_sheet(wb, title_block(detail, len(decisions), issuer, lang), summary, lang, page)
    done = len(summary)
    if progress is not None:
        progress(done, total)
    for title, columns, rows, title_cols in sheets:
        _data_sheet(wb, title, columns, rows, lang, page, title_cols)
        done += len(rows)
        if progress is not None:
            progress(done, total)
    save_workbook(wb, path)
    return path
