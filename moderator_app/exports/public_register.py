"""The public register as files: a self-contained HTML page and two CSV files.

The page is one file anyone can put on a web site or open from a USB stick: inline CSS, no
script, nothing loaded from elsewhere, readable on a phone (tables become cards on a narrow
screen). It is well-formed XHTML as well as HTML, so a strict XML parser reads it. The CSV files
carry the same rows for people who want to count; a cell that starts like a formula is prefixed
with an apostrophe (OWASP "CSV injection").

What goes in is only what ``store.publication_queries`` selects: date, influencer, accounts,
category, outcome and the public summary. Nothing else about a decision is ever read here.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape as _html_escape
from pathlib import Path

from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.text import CONTROL_CHARACTERS
from moderator_app.store.atomic import atomic_file
from moderator_app.store.publication_queries import PublicDecision

from .guard import ILLEGAL_XML, csv_text

HTML_NAME = "index.html"
DECISIONS_CSV = "decisions.csv"
NAMED_CSV = "named-noncompliant.csv"
NAMED_MONTHS = 3


def _printable(text: str) -> str:
    """Without the characters XML does not allow, nor control characters: a name holding them
    made the page invalid markup. The CSV files keep the text as stored (their guard is against
    formulas)."""
    return CONTROL_CHARACTERS.sub("", ILLEGAL_XML.sub("", text))


def escape(text: str) -> str:
    """Text for the page: unshowable characters dropped, then HTML-escaped."""
    return _html_escape(_printable(text))


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def named_until(decided_on: date) -> date:
    """The last day a level-4 decision keeps the influencer on the named list: three months, less a day."""
    return add_months(decided_on, NAMED_MONTHS) - timedelta(days=1)


def neutral_summary(d: PublicDecision, lang: str) -> str:
    """What the register says of a decision whose public summary was left empty."""
    category = Category(d.category).label(lang)
    outcome = Outcome(d.outcome).label(lang)
    return _t(lang, f"Ban tự giám sát đã xem xét phản ánh thuộc loại “{category}” và quyết định: {outcome}.",
              f"The committee considered a complaint of “{category}” and decided: {outcome}.")


def summary_of(d: PublicDecision, lang: str) -> str:
    return d.public_summary.strip() or neutral_summary(d, lang)


def accounts_text(d: PublicDecision, lang: str) -> str:
    return ", ".join(f"{Platform(p).label(lang)} {h}".strip() if p in Platform.codes() else h
                     for p, h in d.accounts) or "—"


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class RegisterContent:
    committee: str
    as_of: date
    decisions: tuple[PublicDecision, ...]
    named: tuple[PublicDecision, ...]  # level-4 decisions whose three months have not run out
    lang: str = "vi"


def split_named(decisions: Sequence[PublicDecision], as_of: date) -> tuple[PublicDecision, ...]:
    """The named non-compliant list on ``as_of``: published level-4 decisions of the last three months."""
    return tuple(
        d for d in decisions
        if d.outcome == Outcome.NAMED_NONCOMPLIANT.value
        and date.fromisoformat(d.decided_on) <= as_of <= named_until(date.fromisoformat(d.decided_on))
    )


# --- the page ---------------------------------------------------------------------------------

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 16px; line-height: 1.5; color: #1b1f24; background: #f4f6f8; }
header { background: #1f4e79; color: #ffffff; padding: 20px 16px; }
.wrap { max-width: 1100px; margin: 0 auto; }
header h1 { margin: 0 0 4px; font-size: 1.5rem; line-height: 1.25; }
header p { margin: 0; opacity: 0.92; }
main { max-width: 1100px; margin: 0 auto; padding: 8px 16px 24px; }
section { background: #ffffff; border: 1px solid #d7dde3; border-radius: 8px; padding: 16px; margin: 16px 0; }
h2 { font-size: 1.2rem; margin: 0 0 8px; color: #1f4e79; }
p.note { color: #4a5561; margin: 0 0 12px; font-size: 0.95rem; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid #e3e8ed; }
th { background: #eef2f6; font-size: 0.9rem; color: #33414f; }
td.date { white-space: nowrap; }
.outcome { font-weight: 600; }
.level { display: inline-block; min-width: 1.6em; padding: 0 6px; margin-right: 4px; border-radius: 10px;
  background: #e3ecf7; color: #1f4e79; font-size: 0.85rem; text-align: center; }
.named td { background: #fff6f5; }
footer { max-width: 1100px; margin: 0 auto; padding: 0 16px 32px; color: #4a5561; font-size: 0.9rem; }
a { color: #1f5fa0; }
@media (max-width: 700px) {
  header h1 { font-size: 1.25rem; }
  main { padding: 4px 10px 16px; }
  section { padding: 12px; }
  table, thead, tbody, tr, th, td { display: block; width: 100%; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid #d7dde3; border-radius: 8px; margin: 0 0 12px; padding: 6px 10px; background: #ffffff; }
  td { border: none; padding: 4px 0; }
  td::before { content: attr(data-label); display: block; font-size: 0.8rem; color: #5b6875; font-weight: 600; }
  td.date { white-space: normal; }
  tr.named { background: #fff6f5; }
  .named td { background: transparent; }
}
"""


TEXTS: dict[str, tuple[str, str]] = {
    "alliance": ("Liên minh “Niềm tin số”", "The “Niềm tin số” (Digital Trust) alliance"),
    "updated": ("Cập nhật ngày", "Updated on"),
    "named_note": (
        "Người có ảnh hưởng bị Ban quyết định công bố là không tuân thủ; tên được giữ trong danh sách 3 tháng "
        "kể từ ngày quyết định.",
        "Influencers the committee decided to name as non-compliant; a name stays on this list for 3 months "
        "from the decision.",
    ),
    "ladder_note": (
        "Mức 0–7 theo thang xử lý của Liên minh, từ “Không vi phạm” đến “Chuyển cơ quan có thẩm quyền”.",
        "Levels 0–7 of the alliance’s ladder of outcomes, from “Not upheld” to “Referral to the authorities”.",
    ),
}


def _cell(label: str, content: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<td{klass} data-label="{escape(label)}">{content}</td>'


def _outcome_html(code: str, lang: str) -> str:
    o = Outcome(code)
    return f'<span class="level">{o.level}</span><span class="outcome">{escape(o.label(lang))}</span>'


def render_html(content: RegisterContent) -> str:
    lang = content.lang
    t = lambda vi, en: _t(lang, vi, en)  # noqa: E731
    committee = content.committee or t("Ban tự giám sát", "Self-monitoring committee")
    updated = content.as_of.strftime("%d/%m/%Y")
    cols = [t("Ngày quyết định", "Date"), t("Người có ảnh hưởng", "Influencer"), t("Tài khoản", "Accounts"),
            t("Loại vi phạm", "Category"), t("Hình thức xử lý", "Outcome"), t("Tóm tắt", "Summary")]
    rows = []
    for d in content.decisions:
        rows.append(
            "<tr>"
            + _cell(cols[0], f'<time datetime="{d.decided_on}">{_day(d.decided_on)}</time>', "date")
            + _cell(cols[1], escape(d.influencer))
            + _cell(cols[2], escape(accounts_text(d, lang)))
            + _cell(cols[3], escape(Category(d.category).label(lang)))
            + _cell(cols[4], _outcome_html(d.outcome, lang))
            + _cell(cols[5], escape(summary_of(d, lang)))
            + "</tr>"
        )
    named_cols = [t("Người có ảnh hưởng", "Influencer"), t("Tài khoản", "Accounts"), t("Loại vi phạm", "Category"),
                  t("Từ ngày", "Since"), t("Đến hết ngày", "Until")]
    named_rows = []
    for d in content.named:
        until = named_until(date.fromisoformat(d.decided_on)).isoformat()
        named_rows.append(
            '<tr class="named">'
            + _cell(named_cols[0], f"<strong>{escape(d.influencer)}</strong>")
            + _cell(named_cols[1], escape(accounts_text(d, lang)))
            + _cell(named_cols[2], escape(Category(d.category).label(lang)))
            + _cell(named_cols[3], f'<time datetime="{d.decided_on}">{_day(d.decided_on)}</time>', "date")
            + _cell(named_cols[4], f'<time datetime="{until}">{_day(until)}</time>', "date")
            + "</tr>"
        )

    def table(headers: list[str], body: list[str]) -> str:
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"

    none = f'<p class="note">{escape(t("Hiện không có.", "None at present."))}</p>'
    title = t("Sổ công khai các quyết định", "Public register of decisions")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f'<meta name="description" content="{escape(title)} — {escape(committee)}" />',
        f"<title>{escape(title)} — {escape(committee)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        '<div class="wrap">',
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(committee)} · {escape(t(*TEXTS['alliance']))}</p>",
        f'<p>{escape(t(*TEXTS["updated"]))} <time datetime="{content.as_of.isoformat()}">{updated}</time></p>',
        "</div>",
        "</header>",
        "<main>",
        '<section id="named" aria-labelledby="named-title">',
        f'<h2 id="named-title">{escape(t("Danh sách không tuân thủ", "Named as non-compliant"))}</h2>',
        f'<p class="note">{escape(t(*TEXTS["named_note"]))}</p>',
        table(named_cols, named_rows) if named_rows else none,
        "</section>",
        '<section id="decisions" aria-labelledby="decisions-title">',
        f'<h2 id="decisions-title">{escape(t("Các quyết định đã công bố", "Published decisions"))} ({len(rows)})</h2>',
        f'<p class="note">{escape(t(*TEXTS["ladder_note"]))}</p>',
        table(cols, rows) if rows else none,
        "</section>",
        "</main>",
        "<footer>",
        f'<p>{escape(t("Tải dữ liệu", "Download the data"))}: <a href="{DECISIONS_CSV}">{DECISIONS_CSV}</a> · '
        f'<a href="{NAMED_CSV}">{NAMED_CSV}</a></p>',
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


# --- the CSV files -----------------------------------------------------------------------------


def _csv(headers: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_text(h) for h in headers])
    for row in rows:
        writer.writerow([csv_text(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM tells Excel it is UTF-8


def decisions_csv(content: RegisterContent) -> bytes:
    lang = content.lang
    headers = [_t(lang, "ngay_quyet_dinh", "date"), _t(lang, "nguoi_co_anh_huong", "influencer"),
               _t(lang, "tai_khoan", "accounts"), _t(lang, "loai_vi_pham", "category"),
               _t(lang, "hinh_thuc_xu_ly", "outcome"), _t(lang, "muc", "level"), _t(lang, "tom_tat", "summary")]
    return _csv(headers, [[d.decided_on, d.influencer, accounts_text(d, lang), Category(d.category).label(lang),
                           Outcome(d.outcome).label(lang), str(Outcome(d.outcome).level), summary_of(d, lang)]
                          for d in content.decisions])


def named_csv(content: RegisterContent) -> bytes:
    lang = content.lang
    headers = [_t(lang, "nguoi_co_anh_huong", "influencer"), _t(lang, "tai_khoan", "accounts"),
               _t(lang, "loai_vi_pham", "category"), _t(lang, "tu_ngay", "since"), _t(lang, "den_het_ngay", "until")]
    return _csv(headers, [[d.influencer, accounts_text(d, lang), Category(d.category).label(lang), d.decided_on,
                           named_until(date.fromisoformat(d.decided_on)).isoformat()] for d in content.named])


# --- writing -------------------------------------------------------------------------------------


def write_register(content: RegisterContent, folder: Path) -> dict[str, str]:
    """Write the page and the CSV files into ``folder``; returns {file name: SHA-256}.

    Each file is written to a temporary name in the folder, flushed, then renamed over its final
    name, so a web server or a reader never sees half a file.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file; give a folder for the public register",
                        vi=f"{folder} là một tệp; hãy chọn một thư mục cho sổ công khai",
                        code="register_folder_is_file")
    if not folder.parent.is_dir():
        raise UserError(f"the folder {folder.parent} does not exist", vi=f"thư mục {folder.parent} không tồn tại",
                        code="folder_missing")
    created = not folder.exists()
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the folder {folder} ({exc.strerror})",
                        vi=f"không tạo được thư mục {folder} ({exc.strerror})", code="folder_not_created") from None
    files = {
        HTML_NAME: render_html(content).encode("utf-8"),
        DECISIONS_CSV: decisions_csv(content),
        NAMED_CSV: named_csv(content),
    }
    # Every file is written in full before any takes its name; published files are readable by a
    # web server, not only by us.
    try:
        with ExitStack() as stack:
            for name, data in files.items():
                stack.enter_context(atomic_file(folder / name, mode="public")).write(data)
    except BaseException:
        if created:  # a failed publication leaves nothing behind, not even its folder
            with suppress(OSError):
                folder.rmdir()
        raise
    return {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
