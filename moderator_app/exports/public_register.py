"""The public register as files: a self-contained HTML page and two CSV files.

The page is one file anyone can put on a web site or open from a USB stick: inline CSS, no
script, nothing loaded from elsewhere, readable on a phone (tables become cards on a narrow
screen). It is well-formed XHTML as well as HTML, so a strict XML parser reads it. The CSV files
carry the same rows for people who want to count; a cell that starts like a formula is prefixed
with an apostrophe (OWASP "CSV injection").

What goes in is only what ``store.publication_queries`` selects: date, influencer, accounts,
category, outcome and the public summary. Nothing else about a decision is ever read here. The
page also says what a reader needs to use it: who publishes it and how to reach them, how the
influencer concerned may appeal, what the score and the lists mean, and when it was published.
Categories are written as what a report indicated ("có dấu hiệu ..."): the committee's finding is
the outcome, worded as the decision words it. When the committee chooses, the page also shows the
platforms' record: per platform, how many takedown requests were sent and how they were answered
(counts, a median, nothing about any case, content or address).
"""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from collections.abc import Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape as _html_escape
from pathlib import Path

from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.formats import decimal_text
from moderator_app.domain.letters import takedown_hours
from moderator_app.domain.meetings import APPEAL_WINDOW_DAYS
from moderator_app.domain.platform_record import PlatformRecord, PlatformsRecord
from moderator_app.domain.score import DEFAULT as SCORE
from moderator_app.domain.statistics import Period
from moderator_app.domain.text import CONTROL_CHARACTERS
from moderator_app.store.atomic import atomic_file
from moderator_app.store.publication_queries import PublicDecision

from .guard import ILLEGAL_XML, csv_text
from .quarterly import platform_label, record_headers

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


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def long_day(day: date, lang: str) -> str:
    """A date a reader cannot misread: 20/11/2026 in Vietnamese, 20 November 2026 in English (a
    reader abroad may read 05/12 as May)."""
    return day.strftime("%d/%m/%Y") if lang != "en" else f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


# What a report indicated, never a finding: the page states the committee's finding only as the
# outcome. Written out per category so both languages read naturally.
NEUTRAL_CATEGORY: dict[str, tuple[str, str]] = {
    "undisclosed_ad": ("Có dấu hiệu quảng cáo không gắn nhãn", "Indications of undisclosed advertising"),
    "false_claim": ("Có dấu hiệu quảng cáo sai sự thật, thổi phồng", "Indications of a false or exaggerated claim"),
    "unverified_product": ("Có dấu hiệu sản phẩm không kiểm chứng, hàng giả",
                           "Indications of an unverified or counterfeit product"),
    "restricted_product": ("Có dấu hiệu quảng cáo thực phẩm chức năng/thuốc/mỹ phẩm/tài chính sai quy định",
                           "Indications of a restricted-product breach"),
    "misinformation": ("Có dấu hiệu tin giả, thông tin sai lệch", "Indications of misinformation or fake news"),
    "fraud": ("Có dấu hiệu lừa đảo, cờ bạc trá hình", "Indications of fraud or disguised gambling"),
    "fake_engagement": ("Có dấu hiệu tương tác, đánh giá ảo", "Indications of fake engagement or reviews"),
    "offensive": ("Có dấu hiệu nội dung phản cảm, xúc phạm", "Indications of offensive content"),
    "privacy_child": ("Có dấu hiệu xâm phạm danh dự, đời tư, trẻ em",
                      "Indications of harm to privacy, dignity or children"),
    "impersonation": ("Có dấu hiệu mạo danh", "Indications of impersonation"),
    "failure_to_correct": ("Có dấu hiệu không cải chính, không hợp tác",
                           "Indications of a failure to correct or cooperate"),
}


def neutral_category(code: str, lang: str) -> str:
    """The category as what the report indicated (the page's wording; the CSV files keep the label)."""
    vi, en = NEUTRAL_CATEGORY[Category(code).value]
    return _t(lang, vi, en)


@dataclass(frozen=True, slots=True)
class RegisterContent:
    committee: str
    as_of: date
    decisions: tuple[PublicDecision, ...]
    named: tuple[PublicDecision, ...]  # level-4 decisions whose three months have not run out
    lang: str = "vi"
    contact: str = ""  # how the public reaches the committee (a setting); empty: not printed
    published_on: date | None = None  # the day of publication in Vietnam; None: the register's date
    platforms: PlatformsRecord | None = None  # the platforms' record, when the committee shows it
    platforms_period: Period | None = None  # the days it covers

    @property
    def publication_day(self) -> date:
        return self.published_on or self.as_of


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
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
tr.total td { font-weight: 600; border-top: 2px solid #c9d3dd; }
#platforms td:first-child { white-space: nowrap; }
section ul { margin: 0; padding-left: 1.25em; }
section li { margin: 0 0 8px; }
section p { margin: 0 0 8px; }
p.contact { font-weight: 600; }
footer p { margin: 0 0 6px; }
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
  td.num { text-align: left; }
  tr.named { background: #fff6f5; }
  .named td { background: transparent; }
}
"""


def _years(days: int, lang: str) -> str:
    """A score period as people say it: whole years when it is whole years, else days."""
    if days % 365 == 0:
        years = days // 365
        return _t(lang, f"{years} năm", f"{years} year{'s' if years != 1 else ''}")
    return _t(lang, f"{days} ngày", f"{days} days")


def _quoted_labels(labels: list[str], lang: str) -> str:
    return _t(lang, " hoặc ", " or ").join(f"“{label}”" for label in labels)


TEXTS: dict[str, tuple[str, str]] = {
    "alliance": ("Liên minh “Niềm tin số”", "“Niềm tin số” (Digital Trust) alliance"),
    "committee": ("Ban tự giám sát", "Self-monitoring committee"),
    "published": ("Ngày công bố", "Publication date"),
    "as_of": ("Số liệu tính đến ngày", "Figures as of"),
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
    "grounds_note": (
        "Cột “Nội dung phản ánh” cho biết phản ánh gửi đến Ban có dấu hiệu gì; kết luận của Ban là hình thức xử "
        "lý ghi trong quyết định. Mức 0 (“Không vi phạm”, “Giải quyết không chính thức”) không phải là kết luận "
        "có vi phạm.",
        "The “Grounds reported” column says what the report to the committee indicated; the committee’s finding "
        "is the outcome its decision records. Level 0 (“Not upheld”, “Informally resolved”) is not a finding of "
        "a breach.",
    ),
    "method_decided": (
        "Trang này chỉ đăng các quyết định Ban tự giám sát đã thông qua tại cuộc họp và quyết định công bố. Phản "
        "ánh chưa có quyết định không được đăng và không được tính.",
        "This page lists only decisions the committee has taken in a meeting and decided to publish. Reports not "
        "yet decided are neither listed nor counted.",
    ),
    "method_score": (
        "Điểm tín nhiệm của một người có ảnh hưởng (từ 0 đến 100) được tính từ các quyết định của Ban và cho biết "
        "mức độ tuân thủ của người đó. Chỉ hồ sơ đã có quyết định mới được tính: phản ánh đang xem xét không làm "
        "giảm điểm, và người chưa có hồ sơ nào được quyết định là “Chưa đánh giá”.",
        "An influencer’s credibility score (0 to 100) is computed from the committee’s decisions and shows how far "
        "they comply. Only decided cases count: a report under consideration never lowers it, and someone with no "
        "decided case is “not yet assessed”.",
    ),
    "method_decay": (
        f"Mỗi quyết định từ mức 1 trở lên trừ một số điểm theo mức xử lý. Số điểm trừ giảm dần theo chu kỳ bán rã "
        f"{SCORE.half_life_days} ngày (còn một nửa sau mỗi {SCORE.half_life_days} ngày) và không còn được tính "
        f"sau {_years(SCORE.expiry_days, 'vi')}; với các quyết định về "
        + _quoted_labels([Category(c).label("vi") for c in sorted(SCORE.serious_categories)], "vi")
        + " hoặc có hình thức xử lý "
        + _quoted_labels([Outcome(o).label("vi") for o in sorted(SCORE.serious_outcomes)], "vi")
        + f", chu kỳ bán rã là {SCORE.serious_half_life_days} ngày và thời hạn tính là "
        f"{_years(SCORE.serious_expiry_days, 'vi')}.",
        f"Each decision of level 1 or above takes off points according to its level. The points taken off halve "
        f"every {SCORE.half_life_days} days (the half-life) and stop counting after "
        f"{_years(SCORE.expiry_days, 'en')}; for decisions on "
        + _quoted_labels([Category(c).label("en") for c in sorted(SCORE.serious_categories)], "en")
        + " or with the outcome "
        + _quoted_labels([Outcome(o).label("en") for o in sorted(SCORE.serious_outcomes)], "en")
        + f", the half-life is {SCORE.serious_half_life_days} days and they count for "
        f"{_years(SCORE.serious_expiry_days, 'en')}.",
    ),
    "method_shown": (
        f"Một quyết định được đăng từ khi Ban quyết định công bố và chừng nào còn hiệu lực: khi Ban sửa đổi quyết "
        f"định hoặc ra quyết định sau phúc xét, quyết định cũ không còn được đăng. Tên trong danh sách không tuân "
        f"thủ được giữ {NAMED_MONTHS} tháng kể từ ngày quyết định.",
        f"A decision is listed once the committee decides to publish it, for as long as it is in force: when the "
        f"committee amends a decision or rules on an appeal, the earlier decision is no longer listed. A name "
        f"stays on the non-compliant list for {NAMED_MONTHS} months from the decision.",
    ),
    "appeal": (
        f"Người có ảnh hưởng được nêu trong một quyết định có thể đề nghị phúc xét quyết định đó trong thời hạn "
        f"{APPEAL_WINDOW_DAYS} ngày kể từ ngày quyết định, bằng văn bản gửi Ban tự giám sát.",
        f"The influencer named in a decision may ask for a review of it (phúc xét) within {APPEAL_WINDOW_DAYS} "
        f"days of the decision, in writing to the committee.",
    ),
    "appeal_how": (
        "Văn bản đề nghị phúc xét cần nêu rõ quyết định nào (ngày quyết định, tên người có ảnh hưởng) và căn cứ "
        "đề nghị. Trong thời gian Ban xem xét, quyết định vẫn được đăng; quyết định sau phúc xét sẽ thay thế quyết "
        "định cũ trên trang này.",
        "The request should name the decision (its date and the influencer’s name) and give its grounds. The "
        "decision stays listed while the committee reviews it; the ruling on the review then replaces it on this "
        "page.",
    ),
    "appeal_contact": ("Địa chỉ liên hệ ở mục “Liên hệ” bên dưới.", "The address is under “Contact” below."),
    "publisher": ("Đơn vị công bố", "Published by"),
    "contact": ("Liên hệ", "Contact"),
    "contact_why": (
        "Để gửi phản ánh, hoặc báo cho Ban thông tin chưa chính xác trên trang này, xin liên hệ Ban tự giám sát.",
        "To send a report, or to tell the committee that something on this page is inaccurate, please contact "
        "the committee.",
    ),
}


def publisher(content: RegisterContent) -> str:
    """Who publishes the page: the committee, then the alliance (once, if the name already says it)."""
    lang = content.lang
    committee = " ".join(content.committee.split()) or _t(lang, *TEXTS["committee"])
    alliance = _t(lang, *TEXTS["alliance"])
    if "niềm tin số" in unicodedata.normalize("NFC", committee).casefold():
        return committee
    return f"{committee} – {alliance}"


def _cell(label: str, content: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<td{klass} data-label="{escape(label)}">{content}</td>'


def _outcome_html(code: str, lang: str) -> str:
    o = Outcome(code)
    return f'<span class="level">{o.level}</span><span class="outcome">{escape(o.label(lang))}</span>'


def _time(day: date, text: str) -> str:
    return f'<time datetime="{day.isoformat()}">{escape(text)}</time>'


def _platforms_section(content: RegisterContent) -> str:
    """The platforms' record: per platform, the requests sent and how they were answered (numbers
    only; the total row last), or a sentence when none was sent."""
    record, period = content.platforms, content.platforms_period
    if record is None or period is None:
        return ""
    lang = content.lang
    t = lambda vi, en: _t(lang, vi, en)  # noqa: E731
    heads = record_headers(lang)
    start, end = long_day(period.start, lang), long_day(period.end, lang)
    urgent, normal = takedown_hours(True), takedown_hours(False)
    note = t(f"Các đề nghị gỡ nội dung Ban đã gửi cho từng nền tảng từ ngày {start} đến ngày {end}. Liên minh đề "
             f"nghị, không thể yêu cầu bắt buộc: nền tảng xem xét và tự quyết định. Hạn trả lời là {urgent} giờ kể từ "
             f"khi gửi với nội dung khẩn cấp, {normal} giờ với các nội dung khác. “Không trả lời”: quá hạn mà nền "
             "tảng chưa trả lời, hoặc Ban đã ngừng chờ; “Nội dung xuất hiện lại”: khi kiểm tra lại sau khi gỡ, "
             "nội dung vẫn còn.",
             f"The takedown requests the committee sent to each platform from {start} to {end}. The alliance asks; "
             f"it cannot order: the platform considers and decides. An answer is due {urgent} hours after sending "
             f"for urgent content, {normal} hours otherwise. “No answer”: past the deadline without an answer, or "
             "the committee stopped waiting; “Content back online”: a re-check after the removal found the content "
             "up.")

    def row(r: PlatformRecord, cls: str = "") -> str:
        values = [str(r.sent), str(r.in_time), str(r.late), str(r.no_answer), str(r.awaiting), str(r.refused),
                  str(r.removed), "—" if r.median_hours is None else decimal_text(r.median_hours, lang),
                  str(r.back_online)]
        klass = f' class="{cls}"' if cls else ""
        return (f"<tr{klass}>" + _cell(heads[0], escape(platform_label(r.platform, lang)))
                + "".join(_cell(h, escape(v), "num") for h, v in zip(heads[1:], values, strict=True)) + "</tr>")

    if record.rows:
        head = f'<th scope="col">{escape(heads[0])}</th>' + "".join(
            f'<th scope="col" class="num">{escape(h)}</th>' for h in heads[1:])
        body = "".join(row(r) for r in record.rows) + row(record.total, "total")
        table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    else:
        none = t("Không có đề nghị gỡ nội dung nào được gửi trong thời gian này.",
                 "No takedown request was sent in this time.")
        table = f'<p class="note">{escape(none)}</p>'
    title = t("Các nền tảng trả lời đề nghị gỡ nội dung", "How platforms answered takedown requests")
    return "\n".join([
        '<section id="platforms" aria-labelledby="platforms-title">',
        f'<h2 id="platforms-title">{escape(title)}</h2>',
        f'<p class="note">{escape(note)}</p>',
        table,
        "</section>",
    ])


def render_html(content: RegisterContent) -> str:
    lang = content.lang
    t = lambda vi, en: _t(lang, vi, en)  # noqa: E731
    committee = content.committee or t(*TEXTS["committee"])
    by = publisher(content)
    published = content.publication_day
    contact = " ".join(_printable(content.contact).split())
    cols = [t("Ngày quyết định", "Date"), t("Người có ảnh hưởng", "Influencer"), t("Tài khoản", "Accounts"),
            t("Nội dung phản ánh", "Grounds reported"), t("Hình thức xử lý", "Outcome"), t("Tóm tắt", "Summary")]
    rows = []
    for d in content.decisions:
        rows.append(
            "<tr>"
            + _cell(cols[0], f'<time datetime="{d.decided_on}">{_day(d.decided_on)}</time>', "date")
            + _cell(cols[1], escape(d.influencer))
            + _cell(cols[2], escape(accounts_text(d, lang)))
            + _cell(cols[3], escape(neutral_category(d.category, lang)))
            + _cell(cols[4], _outcome_html(d.outcome, lang))
            + _cell(cols[5], escape(summary_of(d, lang)))
            + "</tr>"
        )
    named_cols = [t("Người có ảnh hưởng", "Influencer"), t("Tài khoản", "Accounts"),
                  t("Nội dung phản ánh", "Grounds reported"), t("Từ ngày", "Since"), t("Đến hết ngày", "Until")]
    named_rows = []
    for d in content.named:
        until = named_until(date.fromisoformat(d.decided_on)).isoformat()
        named_rows.append(
            '<tr class="named">'
            + _cell(named_cols[0], f"<strong>{escape(d.influencer)}</strong>")
            + _cell(named_cols[1], escape(accounts_text(d, lang)))
            + _cell(named_cols[2], escape(neutral_category(d.category, lang)))
            + _cell(named_cols[3], f'<time datetime="{d.decided_on}">{_day(d.decided_on)}</time>', "date")
            + _cell(named_cols[4], f'<time datetime="{until}">{_day(until)}</time>', "date")
            + "</tr>"
        )

    def table(headers: list[str], body: list[str]) -> str:
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"

    def items(*keys: str) -> str:
        return "<ul>" + "".join(f"<li>{escape(t(*TEXTS[k]))}</li>" for k in keys) + "</ul>"

    none = f'<p class="note">{escape(t("Hiện không có.", "None at present."))}</p>'
    title = t("Sổ công khai các quyết định", "Public register of decisions")
    dates = f'{escape(t(*TEXTS["published"]))}: {_time(published, long_day(published, lang))}'
    if content.as_of != published:  # a register as of another day says so
        dates += f' · {escape(t(*TEXTS["as_of"]))} {_time(content.as_of, long_day(content.as_of, lang))}'
    appeal = escape(t(*TEXTS["appeal"]))
    if contact:
        appeal += " " + escape(t(*TEXTS["appeal_contact"]))
    contact_line = f'<p class="contact">{escape(contact)}</p>' if contact else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f'<meta name="description" content="{escape(title)} — {escape(by)}" />',
        f"<title>{escape(title)} — {escape(committee)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        '<div class="wrap">',
        f"<h1>{escape(title)}</h1>",
        f'<p id="publisher">{escape(by)}</p>',
        f'<p id="published">{dates}</p>',
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
        _platforms_section(content),
        '<section id="method" aria-labelledby="method-title">',
        f'<h2 id="method-title">{escape(t("Cách đọc sổ công khai", "How to read this register"))}</h2>',
        items("method_decided", "grounds_note", "method_score", "method_decay", "method_shown"),
        "</section>",
        '<section id="appeal" aria-labelledby="appeal-title">',
        f'<h2 id="appeal-title">{escape(t("Phúc xét quyết định", "Appealing a decision"))}</h2>',
        f"<p>{appeal}</p>",
        f"<p>{escape(t(*TEXTS['appeal_how']))}</p>",
        "</section>",
        '<section id="contact" aria-labelledby="contact-title">',
        f'<h2 id="contact-title">{escape(t(*TEXTS["contact"]))}</h2>',
        f'<p>{escape(t(*TEXTS["publisher"]))}: <strong>{escape(by)}</strong></p>',
        contact_line,
        f"<p>{escape(t(*TEXTS['contact_why']))}</p>",
        "</section>",
        "</main>",
        "<footer>",
        f"<p>{escape(by)} · {dates}</p>",
        f'<p>{escape(t("Tải dữ liệu", "Download the data"))}: <a href="{DECISIONS_CSV}">{DECISIONS_CSV}</a> · '
        f'<a href="{NAMED_CSV}">{NAMED_CSV}</a></p>',
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


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
