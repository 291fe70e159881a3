"""Letter templates: their file format, their placeholders, and filling them in.

A template is a text file a committee can edit: a short header between ``---`` lines, then the
body in Markdown. Placeholders are ``{{name}}`` (lower case letters, digits and ``_``)::

    ---
    title: Thông báo về việc tiếp nhận phản ánh
    required: committee_name, recipient_name, case_ref, reply_deadline
    ---
    Kính gửi: **{{recipient_name}}**

``required`` lists the placeholders a letter cannot go without; any other placeholder left
without a value is printed empty. Values are plain text, escaped for Markdown, so what people
typed (a name with ``*``, a URL with ``_``) prints as typed. A few placeholders hold lists (the
evidence, the follow-ups): one item per line, printed as a bulleted list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .enums import LabelledEnum
from .errors import UserError
from .sla import HOUR_MS

PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)\s*\}\}")
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_TEMPLATE_BYTES = 200_000
MAX_VALUE = 5_000

REPLY_DAYS = 7  # DOMAIN.md: the influencer has 7 days to answer
APPEAL_DAYS = 21  # the appeal window
URGENT_TAKEDOWN_HOURS = 24  # urgent: ongoing fraud, harm to children
COMPLAINT_TAKEDOWN_HOURS = 48  # a user complaint with clear evidence


class LetterKind(LabelledEnum):
    COMPLAINT = "complaint"
    DECISION = "decision"
    TAKEDOWN = "takedown"
    ACKNOWLEDGEMENT = "acknowledgement"  # to the person who reported: received
    OUTCOME = "outcome"  # to the person who reported: what came of it

    @classmethod
    def _labels_table(cls) -> dict[str, tuple[str, str]]:
        return _KIND_LABELS


_KIND_LABELS: dict[str, tuple[str, str]] = {
    "complaint": ("Thông báo phản ánh", "Notice of complaint"),
    "decision": ("Thông báo quyết định", "Decision letter"),
    "takedown": ("Đề nghị gỡ nội dung", "Takedown request"),
    "acknowledgement": ("Thông báo tiếp nhận (người phản ánh)", "Acknowledgement (to the reporter)"),
    "outcome": ("Thông báo kết quả (người phản ánh)", "Outcome notice (to the reporter)"),
}

# What each placeholder the application knows means, for the dialog and error messages.
PLACEHOLDER_LABELS: dict[str, tuple[str, str]] = {
    "committee_name": ("Tên Ban tự giám sát", "The committee's name"),
    "case_ref": ("Số hồ sơ", "Case reference"),
    "letter_date": ("Ngày văn bản", "Date of the letter"),
    "letter_date_long": ("Ngày văn bản (viết đầy đủ)", "Date of the letter, in words"),
    "recipient_name": ("Người nhận", "Recipient"),
    "recipient_address": ("Địa chỉ người nhận", "Recipient's address"),
    "influencer_name": ("Tên người có ảnh hưởng", "Influencer"),
    "influencer_accounts": ("Tài khoản của người có ảnh hưởng", "Influencer's accounts"),
    "category": ("Loại vi phạm", "Category"),
    "platform": ("Nền tảng", "Platform"),
    "content_url": ("Đường dẫn nội dung", "Content URL"),
    "content_urls": ("Các đường dẫn nội dung", "Content URLs"),
    "complaint_summary": ("Nội dung phản ánh", "What was reported"),
    "evidence_list": ("Danh mục chứng cứ", "Evidence list"),
    "reply_days": ("Số ngày để phản hồi", "Days to reply"),
    "reply_deadline": ("Hạn phản hồi", "Reply deadline"),
    "decision_date": ("Ngày quyết định", "Date of the decision"),
    "meeting_title": ("Cuộc họp", "Meeting"),
    "grounds": ("Căn cứ", "Grounds"),
    "authority": ("Cơ quan có thẩm quyền", "Competent authority"),
    "report_date": ("Ngày phản ánh", "Date of the report"),
    "result": ("Kết quả", "Outcome"),
    "outcome": ("Hình thức xử lý", "Outcome"),
    "outcome_level": ("Mức xử lý", "Outcome level"),
    "rationale": ("Lý do", "Rationale"),
    "follow_ups": ("Việc cần làm và thời hạn", "Follow-up actions and deadlines"),
    "appeal_days": ("Số ngày để phúc xét", "Days to appeal"),
    "appeal_deadline": ("Hạn phúc xét", "Appeal deadline"),
    "rule_breached": ("Quy định bị vi phạm", "Rule breached"),
    "takedown_hours": ("Thời hạn gỡ (giờ)", "Hours to remove"),
    "takedown_basis": ("Căn cứ thời hạn gỡ", "Why this deadline"),
    "takedown_deadline": ("Hạn gỡ nội dung", "Removal deadline"),
    "signer_name": ("Người ký", "Signed by"),
    "signer_role": ("Chức vụ người ký", "Signer's role"),
}

# Placeholders whose values are lists: one item per line, printed as a bulleted list.
LIST_VALUES = frozenset({"complaint_summary", "evidence_list", "follow_ups", "content_urls"})
# Values printed one paragraph a line, in italics (the "Căn cứ ..." lines of an administrative document).
PARAGRAPH_VALUES = frozenset({"grounds"})

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")


def placeholder_label(name: str, lang: str) -> str:
    pair = PLACEHOLDER_LABELS.get(name)
    if pair is None:
        return name
    return pair[1] if lang == "en" else pair[0]


def escape_markdown(text: str) -> str:
    """Text that prints as typed in Markdown: punctuation escaped, line breaks kept as breaks."""
    lines = [_MARKDOWN_SPECIAL.sub(r"\\\1", line.strip()) for line in text.strip().splitlines()]
    return "\\\n".join(line for line in lines if line) if lines else ""


def markdown_list(items: list[str]) -> str:
    """A bulleted list of plain-text items (each escaped)."""
    return "\n".join(f"- {escape_markdown(' '.join(item.split()))}" for item in items if item.strip())


class TemplateError(UserError):
    """A template file that cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class Template:
    kind: LetterKind
    lang: str
    title: str
    required: tuple[str, ...]
    body: str
    source: str  # "built-in" or the path of the workspace's own copy
    subject: str = ""  # the summary line under the title ("V/v ..."), placeholders allowed

    def placeholders(self) -> tuple[str, ...]:
        """Every placeholder the title, subject and body use, in order of first use."""
        seen = dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(
            self.title + "\n" + self.subject + "\n" + self.body))
        return tuple(seen)

    def names(self) -> tuple[str, ...]:
        """The required placeholders, then the others the template uses."""
        return tuple(dict.fromkeys((*self.required, *self.placeholders())))


def parse_template(text: str, kind: LetterKind, lang: str, source: str) -> Template:
    """Read a template file; ``TemplateError`` says what is wrong with it."""
    where = f"the letter template {source}"
    where_vi = "mẫu văn bản có sẵn" if source == "built-in" else f"mẫu văn bản {source}"
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise TemplateError(
            f"{where} must start with a line `---`, then `title:` and `required:` lines, then `---`",
            vi=f"{where_vi} phải bắt đầu bằng một dòng `---`, tiếp theo là các dòng `title:` và `required:`, "
               "rồi một dòng `---`",
            code="template_header_missing",
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise TemplateError(f"{where}: the header has no closing `---` line",
                            vi=f"{where_vi}: phần đầu thiếu dòng `---` để đóng lại",
                            code="template_header_unclosed") from None
    header: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        if not sep:
            raise TemplateError(f"{where}, line {number}: expected `name: value`, found {stripped!r}",
                                vi=f"{where_vi}, dòng {number}: cần dạng `tên: giá trị`, nhưng gặp {stripped!r}",
                                code="template_header_line_invalid")
        header[key.strip().lower()] = value.strip()
    title = header.get("title", "")
    if not title:
        raise TemplateError(f"{where}: the header needs a `title:` line",
                            vi=f"{where_vi}: phần đầu cần có dòng `title:`", code="template_title_missing")
    required = tuple(dict.fromkeys(n.strip() for n in header.get("required", "").split(",") if n.strip()))
    bad = [n for n in required if not NAME.match(n)]
    if bad:
        raise TemplateError(
            f"{where}: placeholder names are lower-case letters, digits and _; not {', '.join(bad)}",
            vi=f"{where_vi}: tên trường chỉ gồm chữ thường, chữ số và dấu _; không dùng được {', '.join(bad)}",
            code="template_placeholder_name_invalid",
        )
    body = "\n".join(lines[end + 1:]).strip("\n")
    if not body.strip():
        raise TemplateError(f"{where} has no text after its header",
                            vi=f"{where_vi} không có nội dung nào sau phần đầu", code="template_body_empty")
    return Template(kind, lang, title, required, body + "\n", source, header.get("subject", ""))


def missing_values(template: Template, values: dict[str, str]) -> list[str]:
    """Required placeholders without a value (blank counts as none), in the template's order."""
    return [n for n in template.required if not str(values.get(n, "")).strip()]


@dataclass(frozen=True, slots=True)
class Filled:
    title: str  # plain text
    markdown: str
    values: dict[str, str] = field(default_factory=dict)  # what each placeholder became (plain text)
    subject: str = ""  # plain text


def fill(
    template: Template,
    values: dict[str, str],
    list_names: frozenset[str] = LIST_VALUES,
    missing_text: Callable[[str], str] | None = None,
) -> Filled:
    """The template with every placeholder replaced.

    Required placeholders must all have values, unless ``missing_text`` is given: a preview then
    shows its words (escaped) where a value is missing.
    """
    missing = missing_values(template, values)
    if missing and missing_text is None:
        raise UserError(f"no value for {', '.join(missing)}", vi=f"chưa có giá trị cho {', '.join(missing)}",
                        code="letter_values_missing")
    for name, value in values.items():
        if len(str(value)) > MAX_VALUE * (10 if name in list_names else 1):
            raise UserError(f"the value of {name} is too long (at most {MAX_VALUE} characters)",
                            vi=f"giá trị của {name} quá dài (tối đa {MAX_VALUE} ký tự)", code="letter_value_too_long")

    def body_value(match: re.Match[str]) -> str:
        name = match.group(1)
        value = str(values.get(name, ""))
        if not value.strip() and missing_text is not None and name in missing:
            return escape_markdown(missing_text(name))
        if name in PARAGRAPH_VALUES:
            return "\n\n".join(f"*{escape_markdown(line.strip())}*" for line in value.splitlines() if line.strip())
        return markdown_list(value.splitlines()) if name in list_names else escape_markdown(value)

    def title_value(match: re.Match[str]) -> str:
        name = match.group(1)
        value = " ".join(str(values.get(name, "")).split())
        if not value and missing_text is not None and name in missing:
            return missing_text(name)
        return value

    used = {n: str(values.get(n, "")) for n in template.names()}
    return Filled(PLACEHOLDER.sub(title_value, template.title), PLACEHOLDER.sub(body_value, template.body), used,
                  PLACEHOLDER.sub(title_value, template.subject))


# --- dates and deadlines -------------------------------------------------------------------

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def long_day_text(day: date, lang: str) -> str:
    """"ngày 05 tháng 10 năm 2026", or "5 October 2026"."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def moment_text(moment: datetime) -> str:
    """A local date and time as people write it here: 14:30 05/10/2026."""
    return moment.strftime("%H:%M %d/%m/%Y")


def reply_deadline(sent_on: date) -> date:
    return sent_on + timedelta(days=REPLY_DAYS)


def appeal_deadline(decided_on: date) -> date:
    return decided_on + timedelta(days=APPEAL_DAYS)


def takedown_hours(urgent: bool) -> int:
    """24 hours for an urgent case (DOMAIN.md), 48 after a user complaint with clear evidence."""
    return URGENT_TAKEDOWN_HOURS if urgent else COMPLAINT_TAKEDOWN_HOURS


def takedown_due_ms(sent_ms: int, urgent: bool) -> int:
    return sent_ms + takedown_hours(urgent) * HOUR_MS
