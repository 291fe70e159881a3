"""Letters from templates: a notice of complaint, a decision letter, a takedown request.

Writing a letter is three steps, so a window can show what is missing and render the PDF with
Qt (the ui layer) between them:

1. ``draft_letter`` reads the template (the workspace's own copy in ``<data dir>/letters/`` if
   there is one, else the built-in one) and fills in everything the store knows;
2. ``Draft.letter()`` refuses (``MissingValues``) while a required placeholder has no value;
3. ``send_letter`` saves the PDF where the person chose, attaches it to the case as evidence and
   records a ``letter.sent`` event, in one transaction, so the letter shows in the case history
   and travels through sync like any event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from moderator_app.domain.clock import iso_utc, local_date
from moderator_app.domain.documents import DocumentMeta, DocumentProfile, citations, filing_line, signature_for
from moderator_app.domain.enums import Category, Outcome, Platform, Role
from moderator_app.domain.errors import NotFound, UserError, no_case
from moderator_app.domain.letters import (
    APPEAL_DAYS,
    NAME,
    REPLY_DAYS,
    Filled,
    LetterKind,
    Template,
    TemplateError,
    appeal_deadline,
    day_text,
    fill,
    long_day_text,
    missing_values,
    moment_text,
    parse_template,
    placeholder_label,
    reply_deadline,
    takedown_due_ms,
    takedown_hours,
)
from moderator_app.domain.letters import MAX_TEMPLATE_BYTES as _MAX_TEMPLATE
from moderator_app.domain.permissions import allowed_roles
from moderator_app.domain.sla import VN_TZ
from moderator_app.resources import resource
from moderator_app.store import letter_queries as lq
from moderator_app.store import meeting_queries as mq
from moderator_app.store.atomic import write_atomic
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import find_case_id
from moderator_app.store.sealing import SEALED

from . import documents
from . import evidence as evidence_service
from .files import check_pdf_target
from .reports import seal_personal
from .workspace import Workspace

LANGS = ("vi", "en")
SETTING_COMMITTEE_NAME = "committee_name"


class MissingValues(UserError):
    """A letter cannot be produced while required placeholders have no value."""

    def __init__(self, message: str, *, missing: list[str], vi: str | None = None,
                 code: str = "letter_values_missing") -> None:
        super().__init__(message, vi=vi, code=code)
        self.missing = missing


def _placeholder_names(missing: list[str], lang: str) -> str:
    """The placeholders as typed on the command line, each with its label in ``lang``."""
    return ", ".join(f"{n} ({placeholder_label(n, lang)})" if placeholder_label(n, lang) != n else n for n in missing)


@dataclass(frozen=True, slots=True)
class Letter:
    """A filled letter, ready to render: the title and Markdown body, and what goes in the header."""

    kind: LetterKind
    lang: str
    case_id: str
    ref: str
    committee_name: str
    title: str
    markdown: str
    values: dict[str, str]
    recipient: str
    decision_id: str | None
    deadline: str | None  # ISO date or UTC date-time the letter sets
    template_source: str
    meta: DocumentMeta | None = None  # the administrative layout around the body
    subject: str = ""  # "V/v ...", plain text

    @property
    def number(self) -> tuple[int, str, int] | None:
        return self.meta.number if self.meta else None


@dataclass(frozen=True, slots=True)
class Draft:
    """A letter being written: the template, the values known so far, and what is missing."""

    template: Template
    case_id: str
    ref: str
    known: dict[str, str]  # from the store and the settings
    overrides: dict[str, str] = field(default_factory=dict)  # what the person typed
    decision_id: str | None = None
    deadline: str | None = None
    meta: DocumentMeta | None = None
    warnings: tuple[tuple[str, str], ...] = ()  # (vi, en): things to check before sending

    def warning_texts(self, lang: str) -> list[str]:
        return [en if lang == "en" else vi for vi, en in self.warnings]

    @property
    def values(self) -> dict[str, str]:
        merged = dict(self.known)
        merged.update({k: v for k, v in self.overrides.items() if v.strip()})
        return merged

    @property
    def field_names(self) -> tuple[str, ...]:
        """The values a person can give: the template's placeholders, and the signer's name the
        signature block prints (the layout's, not the template's)."""
        names = self.template.names()
        return (*names, "signer_name") if self.meta is not None and "signer_name" not in names else names

    @property
    def required_names(self) -> tuple[str, ...]:
        required = self.template.required
        return (*required, "signer_name") if self.meta is not None and "signer_name" not in required else required

    @property
    def missing(self) -> list[str]:
        missing = missing_values(self.template, self.values)
        if self.meta is not None and not self.values.get("signer_name", "").strip() and "signer_name" not in missing:
            missing.append("signer_name")  # a signature block without the signer's name signs nothing
        return missing

    def with_values(self, overrides: dict[str, str]) -> Draft:
        return replace(self, overrides={**self.overrides, **clean_overrides(overrides)})

    def preview(self, missing_text: Callable[[str], str]) -> tuple[str, str]:
        """(title, Markdown body) with ``missing_text(name)`` where a required value is missing."""
        filled = fill(self.template, self.values, missing_text=missing_text)
        return filled.title, filled.markdown

    def preview_letter(self, missing_text: Callable[[str], str]) -> Letter:
        """The letter as it will print, with ``missing_text(name)`` where a required value is
        missing: what the dialog shows in the administrative layout before it can be sent."""
        letter = self._letter(fill(self.template, self.values, missing_text=missing_text))
        if letter.meta is not None and not letter.meta.signer_name:
            letter = replace(letter, meta=replace(letter.meta, signer_name=missing_text("signer_name")))
        return letter

    def _letter(self, filled: Filled) -> Letter:
        values = self.values
        meta = self.meta
        used = filled.values
        if meta is not None:  # the name the person gave for the signature block, else the roster's
            meta = replace(meta, signer_name=" ".join(values.get("signer_name", "").split()))
            used = {**used, "signer_name": meta.signer_name}  # recorded with the letter: who signed it
        return Letter(
            kind=self.template.kind, lang=self.template.lang, case_id=self.case_id, ref=self.ref,
            committee_name=values.get("committee_name", ""), title=filled.title, markdown=filled.markdown,
            values=used, recipient=values.get("recipient_name", ""), decision_id=self.decision_id,
            deadline=self.deadline, template_source=self.template.source, meta=meta, subject=filled.subject,
        )

    def letter(self) -> Letter:
        """The filled letter; ``MissingValues`` names every required placeholder without a value."""
        missing = self.missing
        if missing:
            raise MissingValues(
                f"the letter cannot be produced while these placeholders have no value: "
                f"{_placeholder_names(missing, 'en')}; give each a value (on the command line: --set NAME=VALUE)",
                vi=f"chưa thể lập văn bản khi các trường sau chưa có giá trị: {_placeholder_names(missing, 'vi')}; "
                   "hãy điền giá trị cho từng trường (trên dòng lệnh: --set TÊN=GIÁ_TRỊ)",
                code="letter_values_missing",
                missing=missing,
            )
        return self._letter(fill(self.template, self.values))


@dataclass(frozen=True, slots=True)
class SentLetter:
    id: str
    ref: str
    case_id: str
    evidence_id: str
    sha256: str
    path: Path


# --- templates ---------------------------------------------------------------------------------


def template_name(kind: LetterKind, lang: str) -> str:
    return f"{kind.value}.{lang}.md"


def workspace_template_path(ws: Workspace, kind: LetterKind, lang: str) -> Path:
    """Where a workspace keeps its own copy of a template (used instead of the built-in one)."""
    return ws.root / "letters" / template_name(kind, lang)


def builtin_template_path(kind: LetterKind, lang: str) -> Path:
    return resource("letters", template_name(kind, lang))


def load_template(ws: Workspace, kind: LetterKind, lang: str) -> Template:
    if lang not in LANGS:
        raise UserError(f"letters are written in vi or en, not {lang!r}",
                        vi=f"văn bản chỉ viết bằng vi hoặc en, không phải {lang!r}", code="letter_language_unknown")
    own = workspace_template_path(ws, kind, lang)
    path, source = (own, str(own)) if own.is_file() else (builtin_template_path(kind, lang), "built-in")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(f"the letter template {path} is missing from this installation",
                            vi=f"bản cài đặt này thiếu mẫu văn bản {path}", code="template_missing") from None
    except OSError as exc:
        raise TemplateError(f"cannot read the letter template {path} ({exc.strerror})",
                            vi=f"không đọc được mẫu văn bản {path} ({exc.strerror})",
                            code="template_unreadable") from None
    if len(data) > _MAX_TEMPLATE:
        raise TemplateError(f"the letter template {path} is larger than {_MAX_TEMPLATE:,} bytes",
                            vi=f"mẫu văn bản {path} lớn hơn {_MAX_TEMPLATE:,} byte", code="template_too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"the letter template {path} is not UTF-8 text; save it as UTF-8",
                            vi=f"mẫu văn bản {path} không phải văn bản UTF-8; hãy lưu lại ở dạng UTF-8",
                            code="template_not_utf8") from None
    return parse_template(text, kind, lang, source)


def committee_name(ws: Workspace) -> str:
    """The committee's name: from the committee this workspace joined, else the workspace setting."""
    return (ws.local_state("committee_name") or str(ws.setting(SETTING_COMMITTEE_NAME, "") or "")).strip()


def remember_committee_name(ws: Workspace, name: str) -> None:
    """Keep the committee's name as this workspace's setting (used when no committee is joined)."""
    ws.set_setting(SETTING_COMMITTEE_NAME, " ".join(name.split()))


def clean_overrides(values: dict[str, str]) -> dict[str, str]:
    out = {}
    for name, value in values.items():
        key = name.strip().lower()
        if not NAME.match(key):
            raise UserError(f"{name!r} is not a placeholder name: lower-case letters, digits and _ (e.g. "
                            "recipient_address)",
                            vi=f"{name!r} không phải tên trường: tên trường chỉ gồm chữ thường, chữ số và dấu _ "
                               "(ví dụ recipient_address)",
                            code="placeholder_name_invalid")
        out[key] = str(value).strip()
    return out


def parse_assignments(items: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs from the command line."""
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"expected NAME=VALUE, not {item!r}", vi=f"cần dạng TÊN=GIÁ_TRỊ, không phải {item!r}",
                            code="assignment_invalid")
        values[name] = value
    return clean_overrides(values)


# --- what the store knows ------------------------------------------------------------------------


def _accounts_text(accounts: tuple[tuple[str, str], ...], lang: str) -> str:
    return ", ".join(f"{Platform(p).label(lang)} {h}".strip() for p, h in accounts if h) or "—"


def _ms_day(ms: int | None) -> str:
    return "" if ms is None else day_text(local_date(ms))


def _complaint_items(facts: lq.CaseLetterFacts, lang: str) -> list[str]:
    items = []
    for r in facts.reports:
        when = _ms_day(r.seen_at or r.received_at)
        head = f"{when} · {Platform(r.platform).label(lang)} · {Category(r.category).label(lang)}"
        text = " ".join(r.description.split())
        if len(text) > 600:
            text = text[:599] + "…"
        parts = [head]
        if text:
            parts.append(text)
        if r.url:
            parts.append(r.url)
        items.append(" — ".join(parts))
    return items


def _evidence_items(facts: lq.CaseLetterFacts, lang: str) -> list[str]:
    from moderator_app.domain import mime

    items = []
    for e in facts.evidence:
        if e.kind == "link":
            items.append(f"{e.url} ({'liên kết' if lang == 'vi' else 'link'}, {_ms_day(e.added_at)})")
        else:
            items.append(f"{e.name} ({mime.describe(e.mime, lang)}, {_ms_day(e.captured_at or e.added_at)}, "
                         f"SHA-256 {(e.sha256 or '')[:12]}…)")
    return items


def _urls(facts: lq.CaseLetterFacts) -> list[str]:
    return list(dict.fromkeys(r.url for r in facts.reports if r.url))


def _rule_breached(profile: DocumentProfile, category: Category, lang: str) -> str:
    """The clause of the code of conduct the content shows signs of breaching (not yet a finding)."""
    return profile.rule(category.value, lang) or category.label(lang)


def _takedown_basis(urgent: bool, lang: str) -> str:
    if urgent:
        return ("trường hợp khẩn cấp (lừa đảo đang diễn ra hoặc nội dung gây hại cho trẻ em)" if lang == "vi"
                else "an urgent case (ongoing fraud, or content harming children)")
    return ("phản ánh của người dùng có chứng cứ rõ ràng (Nghị định 147/2024/NĐ-CP: nội dung vi phạm được xử lý "
            "trong 48 giờ sau khi nhận phản ánh có căn cứ)" if lang == "vi"
            else "a user complaint with clear evidence (Decree 147/2024: infringing content is dealt with within "
            "48 hours of a well-founded complaint)")


def _signer(ws: Workspace, lang: str) -> tuple[str, str]:
    """Who signs: the chair on the committee's roster (never the computer's login name: without a
    name on the roster the letter asks for one)."""
    return documents.signer_name(ws), Role.CHAIR.label(lang)


def _grounds(profile: DocumentProfile, category: str, lang: str, extra: list[str] | None = None) -> str:
    """"Căn cứ ..." lines: the charter, the code of conduct, the laws for the category, then ``extra``."""
    word = "Pursuant to" if lang == "en" else "Căn cứ"
    items = [*citations(profile, category, lang), *(extra or [])]
    return "\n".join(f"{word} {item};" for item in items)


def _copies(kind: LetterKind, profile: DocumentProfile, lang: str) -> tuple[str, ...]:
    """Nơi nhận: the addressee, the authority for a takedown request, the office's copy."""
    first = "As above;" if lang == "en" else "Như trên;"
    lines = [first]
    if kind == LetterKind.TAKEDOWN:
        lines.append(f"{profile.text('authority', lang)} ({'for information' if lang == 'en' else 'để biết'});")
    lines.append(filing_line(profile, lang))
    return tuple(lines)


def _refuse_takedown(facts: lq.CaseLetterFacts, outcome: str | None) -> None:
    """A takedown request asks a platform to act on content the committee found signs of a breach
    in: never for a case it declined, or decided breached nothing."""
    from moderator_app.domain.enums import Status

    if facts.status == Status.REJECTED.value or outcome == Outcome.NOT_UPHELD.value:
        what: Status | Outcome = Status.REJECTED if facts.status == Status.REJECTED.value else Outcome.NOT_UPHELD
        what_en, what_vi = what.label("en"), what.label("vi")
        raise UserError(
            f"{facts.ref} is {what_en}: no takedown request is written for it",
            vi=f"hồ sơ {facts.ref} ở trạng thái {what_vi}: không lập văn bản đề nghị gỡ nội dung cho hồ sơ này",
            code="takedown_not_for_case")


def draft_letter(
    ws: Workspace,
    kind: LetterKind,
    ref: str,
    lang: str,
    overrides: dict[str, str] | None = None,
    decision: str | None = None,
    now_ms: int | None = None,
) -> Draft:
    """The template filled with what the store knows; ``overrides`` are the person's own values."""
    ws.require_role(*sorted(allowed_roles("letter.sent")), action="writing a letter")
    template = load_template(ws, kind, lang)
    now = ws.clock.wall() if now_ms is None else now_ms
    today = local_date(now)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_id = find_case_id(raw, ref)
        if case_id is None:
            raise no_case(ref)
        facts = lq.letter_facts(raw, case_id)
        assert facts is not None
        chosen = None
        if kind == LetterKind.DECISION:
            decision_id = decision.strip().lower() if decision else facts.decision_id
            if decision_id is None:
                raise UserError(
                    f"{facts.ref} has no decision yet: a decision letter follows a meeting's decision",
                    vi=f"hồ sơ {facts.ref} chưa có quyết định: Thông báo quyết định chỉ lập sau khi cuộc họp "
                       "đã ra quyết định",
                    code="case_has_no_decision",
                )
            chosen = mq.get_decision(raw, decision_id)
            if chosen is None or chosen.case_id != case_id:
                raise NotFound(f"case {facts.ref} has no decision {decision!r}",
                               vi=f"hồ sơ {facts.ref} không có quyết định {decision!r}", code="no_decision")
        latest = mq.get_decision(raw, facts.decision_id) if facts.decision_id else None
        series = documents.series_of(kind.value)
        seq = documents.next_number(raw, today.year, series)
    if kind == LetterKind.TAKEDOWN:
        _refuse_takedown(facts, latest.outcome if latest else None)
    profile = documents.profile(ws)
    signer, signer_role = _signer(ws, lang)
    signer_for, signer_title = signature_for(profile, lang)
    meta = DocumentMeta(profile, lang, today, (today.year, series, seq), "", _copies(kind, profile, lang),
                        signer_for, signer_title, signer)
    default_name = "Ban tự giám sát" if lang == "vi" else "Self-monitoring Committee"
    known: dict[str, str] = {
        "committee_name": committee_name(ws) or default_name,
        "case_ref": facts.ref,
        "letter_date": day_text(today),
        "letter_date_long": long_day_text(today, lang),
        "influencer_name": facts.influencer,
        "influencer_accounts": _accounts_text(facts.accounts, lang),
        "category": Category(facts.category).label(lang),
        "platform": Platform(facts.platform).label(lang),
        "signer_name": signer,
        "signer_role": signer_role,
        "recipient_name": facts.influencer,
        "recipient_address": facts.influencer_contact,
        "grounds": _grounds(profile, facts.category, lang),
        "authority": profile.text("authority", lang),
    }
    warnings: list[tuple[str, str]] = []
    urls = _urls(facts)
    known["content_url"] = urls[0] if urls else ""
    known["content_urls"] = "\n".join(urls)
    deadline: str | None = None
    if kind == LetterKind.COMPLAINT:
        due = reply_deadline(today)
        none = "Chưa có." if lang == "vi" else "None yet."
        known["complaint_summary"] = "\n".join(_complaint_items(facts, lang)) or none
        known["evidence_list"] = "\n".join(_evidence_items(facts, lang)) or none
        known["reply_days"] = str(REPLY_DAYS)
        known["reply_deadline"] = day_text(due)
        deadline = due.isoformat()
    elif kind == LetterKind.DECISION:
        assert chosen is not None
        decided = date.fromisoformat(chosen.decided_on)
        due = appeal_deadline(decided)
        outcome = Outcome(chosen.outcome)
        late = [f for f in chosen.follow_ups if f.due_on and date.fromisoformat(f.due_on) < today]
        for f in late:
            warnings.append((f"Việc “{f.action}” có hạn {day_text(date.fromisoformat(f.due_on))}, trước ngày của "
                             "văn bản: hãy kiểm tra lại thời hạn trước khi gửi.",
                             f"The follow-up “{f.action}” was due {day_text(date.fromisoformat(f.due_on))}, before "
                             "the letter's date: check the deadline before sending."))
        known.update({
            "decision_date": day_text(decided),
            "meeting_title": chosen.meeting_title,
            "outcome": outcome.label(lang),
            "outcome_level": str(outcome.level),
            "rationale": chosen.rationale,
            "follow_ups": "\n".join(
                f.action + (f" — {'hạn' if lang == 'vi' else 'by'} {day_text(date.fromisoformat(f.due_on))}"
                            if f.due_on else "") for f in chosen.follow_ups) or
            ("Không có." if lang == "vi" else "None."),
            "appeal_days": str(APPEAL_DAYS),
            "appeal_deadline": day_text(due),
            "category": Category(chosen.category).label(lang),
        })
        deadline = due.isoformat()
    elif kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.OUTCOME):
        # To the person who reported: their own report, the case's reference and outcome; nothing
        # private about anyone else (no other reporter, no notes, no evidence).
        first = next((r for r in facts.reports if r.reporter.strip()), facts.reports[0] if facts.reports else None)
        known.update({
            "recipient_name": first.reporter.strip() if first else "",
            "recipient_address": "",
            "report_date": _ms_day(first.received_at) if first else "",
            "result": _result_for_reporter(facts, latest, lang),
        })
    else:
        hours = takedown_hours(facts.urgent)
        due_ms = takedown_due_ms(now, facts.urgent)
        legal_name, address = profile.platform(facts.platform)
        known.update({
            "recipient_name": legal_name,
            "recipient_address": address,
            "rule_breached": _rule_breached(profile, Category(facts.category), lang),
            "takedown_hours": str(hours),
            "takedown_basis": _takedown_basis(facts.urgent, lang),
            "takedown_deadline": moment_text(datetime.fromtimestamp(due_ms / 1000, VN_TZ)),
        })
        deadline = iso_utc(due_ms)
    draft = Draft(template, case_id, facts.ref, known, {}, chosen.id if chosen else None, deadline, meta,
                  tuple(warnings))
    return draft.with_values(overrides or {})


def _result_for_reporter(facts: lq.CaseLetterFacts, decision: mq.DecisionFull | None, lang: str) -> str:
    """What came of a report, in words a member of the public reads: the decision's outcome, or
    the case's status while it is still open."""
    from moderator_app.domain.enums import Status

    if decision is not None:
        return Outcome(decision.outcome).label(lang)
    status = Status(facts.status)
    if status.is_open:
        return ("Ban đang tiếp tục xem xét phản ánh" if lang == "vi" else "the committee is still considering it") + \
            f" ({status.label(lang)})"
    return status.label(lang)


def prepare_letter(
    ws: Workspace,
    kind: LetterKind,
    ref: str,
    lang: str,
    overrides: dict[str, str] | None = None,
    decision: str | None = None,
) -> Letter:
    """The filled letter, or ``MissingValues`` naming every required placeholder without a value."""
    return draft_letter(ws, kind, ref, lang, overrides, decision).letter()


# --- sending -------------------------------------------------------------------------------------


def check_target(target: Path) -> Path:
    """A PDF path a letter can be saved to; ``UserError`` saying what is wrong otherwise."""
    return check_pdf_target(target)


def _check_number_free(execute: Callable[..., Any], letter: Letter) -> None:
    """Refuse a letter whose number another letter took since it was drafted (another window, or
    a sync round that brought one in): the letter is made again to take the next number."""
    number = letter.number
    if number is None or execute("SELECT 1 FROM letters WHERE doc_year = ? AND doc_series = ? AND doc_seq = ?",
                                 number).fetchone() is None:
        return
    shown = letter.meta.number_line() if letter.meta else str(number[2])
    raise UserError(
        f"the number {shown} was taken by another letter meanwhile; make the letter again to take the next number",
        vi=f"số {shown} vừa được cấp cho một văn bản khác; hãy lập lại văn bản để nhận số tiếp theo",
        code="letter_number_taken")


def send_letter(ws: Workspace, letter: Letter, pdf: bytes, target: Path) -> SentLetter:
    """Save the PDF at ``target``, attach it to the case as evidence, and record that it was sent."""
    ws.require_role(*sorted(allowed_roles("letter.sent")), action="sending a letter")
    target = check_target(target)
    if not pdf.startswith(b"%PDF"):
        raise UserError("the letter was not rendered as a PDF", vi="văn bản chưa được xuất ra dạng PDF",
                        code="letter_not_pdf")
    number = letter.number
    with ws.db.read() as conn:  # before the file is written: a refused letter leaves no PDF behind
        _check_number_free(raw_connection(conn).execute, letter)
    write_atomic(target, pdf)
    staged = evidence_service.stage_files(ws, [target])
    kind_label = letter.kind.label(letter.lang)
    to_reporter = letter.kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.OUTCOME)
    # A letter to a reporter names them: the note says only "to the reporter", and who it went to
    # is sealed under the report's key, so erasing the reporter erases it too.
    shown = ("người phản ánh" if letter.lang == "vi" else "the reporter") if to_reporter else letter.recipient
    note = (f"Văn bản đã gửi: {kind_label} tới {shown}" if letter.lang == "vi"
            else f"Letter sent: {kind_label} to {shown}")
    try:
        with ws.transaction() as tx:
            key = evidence_service.live_case(tx, letter.case_id)
            try:
                _check_number_free(tx.conn.execute, letter)  # again, where it counts: in the transaction
            except UserError:
                target.unlink(missing_ok=True)
                raise
            added = evidence_service.record_staged_in(tx, key, staged, note=note[:evidence_service.MAX_NOTE])
            item = added[0]
            letter_id = tx.new_id()
            personal: dict[str, Any] = {"recipient": letter.recipient, "values": letter.values}
            if to_reporter:
                held = tx.one("SELECT sealed_key FROM reports WHERE case_id = ? AND sealed_key IS NOT NULL "
                              "AND reporter = ? ORDER BY received_at, id LIMIT 1", (key.id, letter.recipient.strip()))
                personal = {SEALED: seal_personal(tx, personal, held[0] if held else None)}
            tx.emit(
                "letter.sent",
                letter_id,
                {
                    "kind": letter.kind.value,
                    "lang": letter.lang,
                    "title": letter.title,
                    "decision": letter.decision_id,
                    "evidence": item.id,
                    "sha256": item.sha256,
                    "file_name": item.name,
                    "deadline": letter.deadline,
                    "template": "built-in" if letter.template_source == "built-in" else "workspace",
                    **personal,
                    **({"number": {"year": number[0], "series": number[1], "seq": number[2]}} if number else {}),
                },
                case_id=key.id,
            )
    except BaseException:
        evidence_service.discard(ws, staged)
        raise
    return SentLetter(letter_id, key.ref, key.id, item.id, item.sha256, target)


def suggested_file_name(ws: Workspace, letter_kind: LetterKind, ref: str, lang: str) -> str:
    """``2026-K7Q3M-takedown-vi-20261012.pdf``."""
    stamp = local_date(ws.clock.wall()).strftime("%Y%m%d")
    return f"{ref}-{letter_kind.value}-{lang}-{stamp}.pdf"
