"""What each event type must hold, checked before it is applied: local writes and synced alike.

A member's device signs its events, so a malformed one (a bug, an older or newer version, or bad
faith) arrives with a valid signature. Applying it blindly would either stop the projection (every
member's sync, on every round) or store a value the rest of the application cannot read (a
priority of ``"very high"`` breaks the case list on every member). So every event is checked here
first, against its type's declaration below:

* the keys its handler reads are required, with their types and, for codes, the known values;
* optional keys, when present, have the declared type; keys nobody declared are allowed (a newer
  version may add information an older one ignores);
* field changes (``{"from", "to", "base"}``) name fields of the entity's kind, with values of
  the field's type;
* whether the event names its case, and the shape of every identifier.

The declarations are data, so ``verify`` and the tests use the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from moderator_app.domain.annotations import MarkKind
from moderator_app.domain.documents import PROFILE_KEYS, SERIES
from moderator_app.domain.enums import Category, Outcome, Platform, Role, Source, Status
from moderator_app.domain.indicators import Kind
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.meetings import ATTENDANCE, NO_VOTE, RECUSED, VOTE_CHOICES
from moderator_app.domain.score import Pillar
from moderator_app.domain.sla import TRACKS
from moderator_app.domain.takedowns import MAX_REASON, MAX_URL, MAX_URLS, Channel, Result

# The vocabulary of event types and payloads this version writes and reads. A newer version that
# adds a type, a code or a field raises it, so an older reader can tell "update the application"
# from "a malformed file".
VOCABULARY = 7  # 2: evidence.accessed (the chain of custody); 3: calendar.day_off_added/removed;
# 4: committee.profile_set (the documents' committee data), letter.renumbered, letter.sent's number,
# a case's track (the 48-hour removal request and the 28-day informal resolution countdowns),
# meeting.minutes_issued (minutes in the register); 5: sealed personal fields (report.filed's reporter,
# a letter to a reporter), privacy.erased, privacy.retention_set; 6: indicators (indicator.extracted,
# indicator.added, indicator.removed, indicator.marked); 7: takedown requests followed to the end
# (takedown.requested, takedown.answered, takedown.rechecked)

# What a member did with evidence, recorded in the case's history (``services.custody``).
ACCESS_ACTIONS = ("opened", "opened_externally", "copy_saved", "pack_exported")

MAX_INT = 2**53  # what every JSON reader holds exactly; far beyond any count or date here
SHORT = 10_000  # names, titles, codes and one-line values (characters)
LONG = 2_000_000  # note bodies, descriptions, minutes, rationales
MAX_ITEMS = 10_000  # list and map entries

_ID = re.compile(r"[0-9a-z]{1,32}")
_EVENT_ID = re.compile(r"[0-9a-z]{1,32}\.[1-9][0-9]{0,15}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class InvalidEvent(Exception):
    """An event its type's declaration does not allow; the message names the event and the fault."""

    def __init__(self, event_id: str, event_type: str, where: str, problem_en: str, problem_vi: str) -> None:
        self.event_id = event_id
        self.event_type = event_type
        self.where = where
        self.problem_en = problem_en
        self.problem_vi = problem_vi
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        place = f" {self.where}" if self.where else ""
        if lang == "en":
            return f"event {self.event_id} ({self.event_type}) is not valid:{place} {self.problem_en}"
        return f"sự kiện {self.event_id} ({self.event_type}) không hợp lệ:{place} {self.problem_vi}"


class MissingReference(InvalidEvent):
    """A valid event that names something (a case, a meeting, a piece of evidence) not held here."""


class _Bad(Exception):
    def __init__(self, where: str, en: str, vi: str) -> None:
        super().__init__(en)
        self.where, self.en, self.vi = where, en, vi


Check = Callable[[Any, str], None]


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


# --- value checks ------------------------------------------------------------------------------


def text(limit: int = SHORT) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, str):
            raise _Bad(where, f"must be text, not {_show(value)}", f"phải là văn bản, không phải {_show(value)}")
        if len(value) > limit:
            raise _Bad(where, f"is longer than {limit} characters", f"dài quá {limit} ký tự")
    return check


def integer(low: int = -MAX_INT, high: int = MAX_INT) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Bad(where, f"must be a whole number, not {_show(value)}",
                       f"phải là số nguyên, không phải {_show(value)}")
        if not low <= value <= high:
            raise _Bad(where, f"must be from {low} to {high}, not {value}",
                       f"phải từ {low} đến {high}, không phải {value}")
    return check


def boolean(value: Any, where: str) -> None:
    if not isinstance(value, bool):
        raise _Bad(where, f"must be true or false, not {_show(value)}",
                   f"phải là true hoặc false, không phải {_show(value)}")


def pattern(regex: re.Pattern[str], what_en: str, what_vi: str) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, str) or regex.fullmatch(value) is None:
            raise _Bad(where, f"must be {what_en}, not {_show(value)}", f"phải là {what_vi}, không phải {_show(value)}")
    return check


ident = pattern(_ID, "an identifier", "một mã định danh")
event_ref = pattern(_EVENT_ID, "an event id (device.number)", "mã sự kiện (thiết bị.số)")
sha256 = pattern(_SHA256, "a SHA-256 hash", "mã băm SHA-256")


def day(value: Any, where: str) -> None:
    from datetime import date

    pattern(_DATE, "a date (YYYY-MM-DD)", "ngày (YYYY-MM-DD)")(value, where)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _Bad(where, f"is not a real date: {value}", f"không phải ngày có thật: {value}") from None


def one_of(codes: Any) -> Check:
    allowed = frozenset(str(c) for c in codes)
    listed = ", ".join(sorted(allowed))

    def check(value: Any, where: str) -> None:
        if not isinstance(value, str) or value not in allowed:
            raise _Bad(where, f"{_show(value)} is not one of the known codes ({listed})",
                       f"{_show(value)} không thuộc các mã đã biết ({listed})")
    return check


def anything(value: Any, where: str) -> None:
    """Any JSON value (kept as given, never read by the projection)."""


def optional(inner: Check) -> Check:
    def check(value: Any, where: str) -> None:
        if value is not None:
            inner(value, where)
    return check


def list_of(inner: Check, limit: int = MAX_ITEMS) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, list):
            raise _Bad(where, f"must be a list, not {_show(value)}", f"phải là danh sách, không phải {_show(value)}")
        if len(value) > limit:
            raise _Bad(where, f"holds more than {limit} entries", f"có quá {limit} mục")
        for index, item in enumerate(value):
            inner(item, f"{where}[{index}]")
    return check


def map_of(key: Check, inner: Check, limit: int = MAX_ITEMS) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _Bad(where, f"must be an object, not {_show(value)}", f"phải là đối tượng, không phải {_show(value)}")
        if len(value) > limit:
            raise _Bad(where, f"holds more than {limit} entries", f"có quá {limit} mục")
        for k, item in value.items():
            key(k, f"{where} key")
            inner(item, f"{where}.{k}")
    return check


def obj(required: Mapping[str, Check] | None = None, optional_keys: Mapping[str, Check] | None = None) -> Check:
    """An object with the keys named: ``required`` must be there, ``optional_keys`` may be (or be null)."""
    need = dict(required or {})
    may = dict(optional_keys or {})

    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _Bad(where, f"must be an object, not {_show(value)}", f"phải là đối tượng, không phải {_show(value)}")
        prefix = f"{where}." if where else ""
        for key, inner in need.items():
            if key not in value:
                raise _Bad(f"{prefix}{key}", "is missing", "bị thiếu")
            inner(value[key], f"{prefix}{key}")
        # The keys the value holds (a handful), not every key it may hold: this runs for every event.
        for key, item in value.items():
            if item is not None:
                inner = may.get(key)
                if inner is not None:
                    inner(item, f"{prefix}{key}")
    return check


# --- field changes -----------------------------------------------------------------------------

STATUS = one_of(Status.codes())
CATEGORY = one_of(Category.codes())
PLATFORM = one_of(Platform.codes())
OUTCOME = one_of(Outcome.codes())
ROLE = one_of(Role.codes())
PRIORITY = integer(1, 4)

# The type of every field an update may change, per kind of entity (``fields.KINDS``). ``None``
# is allowed exactly where the column may hold NULL (a test keeps the two in step); elsewhere an
# empty value is the empty text.
FIELD_TYPES: dict[str, dict[str, Check]] = {
    "case": {
        "status": STATUS,
        "decision": optional(ident),
        "priority": PRIORITY,
        "urgent": boolean,
        "track": optional(one_of(TRACKS)),
        "assignee": optional(ident),
        "title": text(),
        "category": CATEGORY,
        "platform": PLATFORM,
    },
    "influencer": {
        "name": text(),
        "agency": text(),
        "contact": text(),
        "notes": text(LONG),
        "member_since": optional(day),
        "pledge_signed": boolean,
    },
    "member": {"name": text(), "role": ROLE, "active": boolean},
    "meeting": {
        "title": text(),
        "date": day,
        "place": text(),
        "chair": optional(ident),
        "secretary": optional(ident),
        "minutes": text(LONG),
    },
    "agenda": {
        "position": integer(0, MAX_ITEMS * 100),
        "recommendation": text(LONG),
        "recommended_outcome": optional(OUTCOME),
    },
    "decision": {
        "outcome": OUTCOME,
        "rationale": text(LONG),
        "published": boolean,
        "votes_for": integer(0, 100_000),
        "votes_against": integer(0, 100_000),
        "votes_abstain": integer(0, 100_000),
        "votes_recused": integer(0, 100_000),
        "vote_mode": text(40),
        "corrected_on": optional(day),
        "public_summary": text(LONG),
    },
    "account": {
        "platform": PLATFORM,
        "handle": text(),
        "url": text(),
        "followers": optional(integer(0)),
    },
    "annotation": {"geometry": anything, "label": text(), "comment": text(LONG)},
    # A takedown request's answer: the three are written together, so two members answering at
    # once disagree field by field (the conflict inbox); none withdraws an answer recorded by mistake.
    "takedown": {
        "result": optional(one_of(Result.codes())),
        "reason": text(MAX_REASON),
        "answered_at": optional(integer(0, MAX_INT)),
    },
}
# Geometry is checked as a whole by ``_geometry`` (its shape depends on the mark's kind).

_BASE = list_of(event_ref)


def changes(kind: str, allowed: tuple[str, ...] | None = None) -> Check:
    """A map of field → ``{"to": value, "from": old, "base": [event ids]}`` for ``kind``."""
    types = FIELD_TYPES[kind]
    names = tuple(types) if allowed is None else allowed

    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict) or not value:
            raise _Bad(where, f"must be an object naming the fields changed, not {_show(value)}",
                       f"phải là đối tượng nêu các trường thay đổi, không phải {_show(value)}")
        for name, change in value.items():
            at = f"{where}.{name}"
            if name not in names:
                raise _Bad(at, f"is not a field that can be changed here (known: {', '.join(names)})",
                           f"không phải trường được thay đổi ở đây (các trường: {', '.join(names)})")
            if not isinstance(change, dict):
                raise _Bad(at, f"must be an object with \"to\", not {_show(change)}",
                           f"phải là đối tượng có \"to\", không phải {_show(change)}")
            if "to" not in change:
                raise _Bad(f"{at}.to", "is missing", "bị thiếu")
            field_type = types[name]
            if kind == "annotation" and name == "geometry":
                field_type = _geometry_value
            field_type(change["to"], f"{at}.to")
            if change.get("from") is not None:
                optional(field_type)(change["from"], f"{at}.from")
            _BASE(change.get("base", []), f"{at}.base")
    return check


def _geometry_value(value: Any, where: str) -> None:
    if not isinstance(value, dict) or len(value) > 16:
        raise _Bad(where, f"must be an object, not {_show(value)}", f"phải là đối tượng, không phải {_show(value)}")
    for key, item in value.items():
        if isinstance(item, bool) or not isinstance(item, int | float | str):
            raise _Bad(f"{where}.{key}", f"must be a number, not {_show(item)}",
                       f"phải là số, không phải {_show(item)}")
        if isinstance(item, str) and len(item) > SHORT:
            raise _Bad(f"{where}.{key}", f"is longer than {SHORT} characters", f"dài quá {SHORT} ký tự")
        if isinstance(item, int) and abs(item) > MAX_INT:
            raise _Bad(f"{where}.{key}", f"must be from {-MAX_INT} to {MAX_INT}", f"phải từ {-MAX_INT} đến {MAX_INT}")


# --- the declarations ----------------------------------------------------------------------------

CASE_REQUIRED, CASE_OPTIONAL, NO_CASE = "required", "optional", "none"


@dataclass(frozen=True, slots=True)
class EventSchema:
    case: str  # CASE_REQUIRED, CASE_OPTIONAL or NO_CASE
    payload: Check
    entity: Check = ident


# Keys that many events carry for the history's sake (what the author saw, why): typed where
# present so no reader of the history meets a number where it expects text.
_ANNOTATED = {
    "reason": text(LONG), "on": text(), "note": text(LONG), "undoes": event_ref, "resolves": anything,
    "name": text(), "label": text(), "handle": text(), "file_name": text(), "kept_outcome": optional(OUTCOME),
    "closed_by_merge_into": text(40), "meeting": ident,
}


def _payload(required: Mapping[str, Check] | None = None, optional_keys: Mapping[str, Check] | None = None,
             ) -> Check:
    return obj(required, {**_ANNOTATED, **(optional_keys or {})})


_ACCOUNT = obj({"id": ident, "platform": PLATFORM},
               {"handle": text(), "url": text(), "followers": integer(0)})
_DEVICE = obj({"id": ident, "public_key": text(200)}, {"name": text()})
_NEW_CASE = obj({"ref": text(40)}, {"status": STATUS, "priority": PRIORITY, "urgent": boolean, "title": text()})
_FOLLOW_UP = obj({"id": ident, "action": text(LONG)}, {"owner": ident, "due_on": day})
_VOTES = obj({}, {"for": integer(0, 100_000), "against": integer(0, 100_000), "abstain": integer(0, 100_000),
                  "recused": integer(0, 100_000)})
_MILLIS = integer(0, MAX_INT)
_DOC_NUMBER = obj({"year": integer(2000, 2200), "series": one_of(SERIES), "seq": integer(1, 1_000_000)})
# Personal fields encrypted under a key of their own (``store.sealing``): the key id, a 12-byte
# nonce and the ciphertext, base64.
_SEALED = obj({"key": ident, "nonce": text(32), "data": text(SHORT)})
# What extraction found in a report or an evidence item (``domain.indicators``): each indicator
# normalised, with where it was found in the text when it came from text.
_FOUND = obj({"kind": one_of(Kind), "value": text(2000)},
             {"display": text(2000), "span": list_of(integer(-1, MAX_INT), 2)})
EXTRACTION_STATUS = ("done", "failed", "no_ocr", "none")
MAX_FOUND = 2000
# Retention: how many months after a case is closed its data is kept (none: kept until erased).
RETENTION_MONTHS = integer(1, 1200)


def _profile_value(value: Any, where: str) -> None:
    """A document profile value: text, a flag, a (Vietnamese, English) pair, or a map of pairs."""
    if isinstance(value, bool):
        return
    if isinstance(value, str):
        text(SHORT)(value, where)
        return
    if isinstance(value, list):
        list_of(text(SHORT), 2)(value, where)
        return
    map_of(text(64), list_of(text(SHORT), 2), 200)(value, where)


def _annotation_added(value: Any, where: str) -> None:
    obj({"evidence": ident, "kind": one_of(MarkKind), "geometry": _geometry_value},
        {**_ANNOTATED, "label": text(), "comment": text(LONG)})(value, where)


SCHEMAS: dict[str, EventSchema] = {
    "roster.founded": EventSchema(NO_CASE, _payload({
        "member": obj({"id": ident, "name": text(), "role": ROLE}), "device": _DEVICE})),
    "member.added": EventSchema(NO_CASE, _payload({"name": text(), "role": ROLE}, {"devices": list_of(_DEVICE)})),
    "member.updated": EventSchema(NO_CASE, _payload({"changes": changes("member")})),
    "member.revoked": EventSchema(NO_CASE, _payload({}, {"devices": map_of(ident, integer(0))})),
    "device.revoked": EventSchema(NO_CASE, _payload({"last_seq": integer(0)}, {"member": ident})),
    "report.filed": EventSchema(CASE_REQUIRED, _payload(
        {"influencer": ident, "category": CATEGORY, "platform": PLATFORM},
        {"new_case": _NEW_CASE, "received_at": _MILLIS, "seen_at": _MILLIS, "handle": text(), "url": text(),
         "url_key": text(), "description": text(LONG), "source": one_of(Source.codes()), "reporter": text(),
         "attachments": list_of(anything), "dedupe_key": text(), "sealed": _SEALED})),
    "case.updated": EventSchema(CASE_REQUIRED, _payload({"changes": changes("case")})),
    "case.merged": EventSchema(CASE_REQUIRED, _payload({"into": ident})),
    "case.unmerged": EventSchema(CASE_REQUIRED, _payload({}, {"from": ident, "base": _BASE})),
    "note.added": EventSchema(CASE_REQUIRED, _payload({"body": text(LONG)})),
    "note.deleted": EventSchema(CASE_REQUIRED, _payload()),
    "evidence.added": EventSchema(CASE_REQUIRED, _payload(
        {"sha256": sha256, "size": integer(0), "mime": text(200)},
        {"claimed_mime": text(200), "report": ident, "url": text(), "captured_at": _MILLIS})),
    "evidence.link_added": EventSchema(CASE_REQUIRED, _payload(
        {}, {"report": ident, "url": text(), "captured_at": _MILLIS})),
    "evidence.removed": EventSchema(CASE_OPTIONAL, _payload()),
    "evidence.integrity_failed": EventSchema(CASE_OPTIONAL, _payload({}, {"sha256": sha256, "problem": text()})),
    "evidence.accessed": EventSchema(CASE_REQUIRED, _payload(
        {"action": one_of(ACCESS_ACTIONS)}, {"sha256": sha256, "to": text(), "files": integer(0)})),
    "annotation.added": EventSchema(CASE_OPTIONAL, _annotation_added),
    "annotation.edited": EventSchema(CASE_OPTIONAL, _payload({"changes": changes("annotation")})),
    "annotation.deleted": EventSchema(CASE_OPTIONAL, _payload()),
    "letter.sent": EventSchema(CASE_REQUIRED, _payload(
        {"kind": one_of(LetterKind.codes())},
        {"lang": one_of(("vi", "en")), "title": text(), "recipient": text(LONG), "decision": ident,
         "evidence": ident, "sha256": sha256, "deadline": text(64), "values": map_of(text(200), anything),
         "number": _DOC_NUMBER, "sealed": _SEALED})),
    # The secretary settles two letters that took the same number offline: this one takes ``seq``.
    "letter.renumbered": EventSchema(CASE_OPTIONAL, _payload({"seq": integer(1, 1_000_000)})),
    # Committee data for documents (``domain.documents.DocumentProfile``): the entity is the key.
    "committee.profile_set": EventSchema(NO_CASE, _payload({"value": _profile_value}), entity=one_of(PROFILE_KEYS)),
    # Erasure of personal data (a person's request, or the retention rules): keys destroyed,
    # evidence files removed; ``reason`` is the member's words, ``rule`` says which.
    "privacy.erased": EventSchema(NO_CASE, _payload(
        {"reason": text(2000), "rule": one_of(("request", "retention"))},
        {"keys": list_of(ident, 1_000_000), "evidence": list_of(ident, 1_000_000),
         "reports": list_of(ident, 1_000_000)})),
    "privacy.retention_set": EventSchema(NO_CASE, _payload({}, {"months": optional(RETENTION_MONTHS)}),
                                         entity=one_of(("reporters", "evidence"))),
    # The indicators found in one report or evidence item (its entity); the latest extraction wins.
    "indicator.extracted": EventSchema(CASE_REQUIRED, _payload(
        {"source": one_of(("report", "evidence")), "status": one_of(EXTRACTION_STATUS)},
        {"items": list_of(_FOUND, MAX_FOUND), "method": text(40), "engine": text(200),
         "reason": obj({}, {"en": text(2000), "vi": text(2000)})})),
    # A member's own reading (entity: the sighting's id), taking off, or marking not relevant
    # (entity: the indicator's id, ``domain.indicators.indicator_id``).
    "indicator.added": EventSchema(CASE_REQUIRED, _payload(
        {"kind": one_of(Kind), "value": text(2000)}, {"display": text(2000), "note": text()})),
    "indicator.removed": EventSchema(CASE_REQUIRED, _payload(
        {"kind": one_of(Kind), "value": text(2000)}, {"reason": text()})),
    "indicator.marked": EventSchema(NO_CASE, _payload(
        {"kind": one_of(Kind), "value": text(2000), "relevant": boolean}, {"display": text(2000), "reason": text()})),
    "register.published": EventSchema(NO_CASE, _payload(
        {"published_on": day, "decisions": integer(0)},
        {"named": integer(0), "lang": one_of(("vi", "en")), "files": map_of(text(200), anything)})),
    "influencer.created": EventSchema(NO_CASE, _payload(
        {"name": text()},
        {"agency": text(), "contact": text(), "notes": text(LONG), "member_since": day, "pledge_signed": boolean,
         "accounts": list_of(_ACCOUNT)})),
    "influencer.updated": EventSchema(NO_CASE, _payload({"changes": changes("influencer")})),
    "influencer.account_added": EventSchema(NO_CASE, _payload({"account": _ACCOUNT})),
    "influencer.account_updated": EventSchema(NO_CASE, _payload({"account": ident, "changes": changes("account")})),
    "influencer.account_removed": EventSchema(NO_CASE, _payload({"account": ident}, {"platform": text()})),
    "influencer.assessed": EventSchema(NO_CASE, _payload(
        {"assessment": ident, "assessed_on": day, "passed": list_of(one_of(Pillar.codes()), 16)})),
    "influencer.merged": EventSchema(NO_CASE, _payload({"into": ident})),
    "meeting.created": EventSchema(NO_CASE, _payload(
        {"title": text(), "date": day},
        {"place": text(), "chair": ident, "secretary": ident, "minutes": text(LONG)})),
    "meeting.updated": EventSchema(NO_CASE, _payload({"changes": changes("meeting")})),
    "meeting.finalized": EventSchema(NO_CASE, _payload()),
    # The minutes of a finalized meeting took a number of the register (series BB); the entity is the meeting.
    "meeting.minutes_issued": EventSchema(NO_CASE, _payload(
        {"number": _DOC_NUMBER}, {"sha256": sha256, "file_name": text(300), "lang": one_of(("vi", "en"))})),
    "agenda.added": EventSchema(CASE_OPTIONAL, _payload(
        {"meeting": ident, "position": integer(0, MAX_ITEMS * 100)},
        {"influencer": ident, "kind": one_of(("case", "trigger")), "recommendation": text(LONG),
         "recommended_outcome": OUTCOME, "proposal": text(200),
         # why the committee goes on without the influencer's reply (the right of reply)
         "skip_reply_reason": text(LONG)})),
    "agenda.reordered": EventSchema(NO_CASE, _payload({"positions": map_of(ident, obj(
        {"to": integer(0, MAX_ITEMS * 100)}, {"from": integer(0, MAX_ITEMS * 100), "base": _BASE}))})),
    "agenda.removed": EventSchema(CASE_OPTIONAL, _payload()),
    "agenda.recommended": EventSchema(CASE_OPTIONAL, _payload({"changes": changes("agenda")})),
    "attendance.set": EventSchema(NO_CASE, _payload({"member": ident, "status": one_of(ATTENDANCE)})),
    "vote.cast": EventSchema(CASE_OPTIONAL, _payload(
        {"member": ident, "choice": one_of((*VOTE_CHOICES, RECUSED, NO_VOTE))})),
    "decision.recorded": EventSchema(CASE_REQUIRED, _payload(
        {"meeting": ident, "influencer": ident, "category": CATEGORY, "outcome": OUTCOME,
         "changes": changes("case", ("status", "decision"))},
        {"rationale": text(LONG), "votes": _VOTES, "vote_mode": text(40), "published": boolean,
         "agenda_item": ident, "amends": ident, "appeal_of": ident, "public_summary": text(LONG),
         "follow_ups": list_of(_FOLLOW_UP, 100), "skip_reply_reason": text(LONG)})),
    "decision.updated": EventSchema(CASE_OPTIONAL, _payload({"changes": changes("decision")})),
    "decision.corrected": EventSchema(CASE_OPTIONAL, _payload({"changes": changes("decision", ("corrected_on",))})),
    "decision.appealed": EventSchema(CASE_REQUIRED, _payload({"changes": changes("case", ("status",))})),
    # The committee's days off: the entity is the date (YYYY-MM-DD) the word is about.
    "calendar.day_off_added": EventSchema(NO_CASE, _payload({"name": text(200)}), entity=day),
    "calendar.day_off_removed": EventSchema(NO_CASE, _payload(), entity=day),
    # A takedown request sent to a platform (entity: the request's new id); ``due_at`` is 24 or 48
    # hours after ``sent_at`` as the case was urgent then (``domain.takedowns``).
    "takedown.requested": EventSchema(CASE_REQUIRED, _payload(
        {"platform": PLATFORM, "urls": list_of(text(MAX_URL), MAX_URLS), "via": one_of(Channel.codes()),
         "sent_at": _MILLIS, "due_at": _MILLIS, "urgent": boolean},
        {"letter": ident})),
    # The platform's answer (entity: the request): result, reason and answered_at as field changes.
    "takedown.answered": EventSchema(CASE_REQUIRED, _payload({"changes": changes("takedown")})),
    # A member looked again (entity: the re-check's new id), with a screenshot kept as evidence.
    "takedown.rechecked": EventSchema(CASE_REQUIRED, _payload(
        {"takedown": ident, "at": _MILLIS, "still_up": boolean}, {"evidence": ident})),
}


def check_event(ev: Any) -> None:
    """Raise ``InvalidEvent`` unless ``ev`` is what its type declares (``UnknownEventType`` is the
    projector's: a type with no declaration here has no handler either)."""
    schema = SCHEMAS.get(ev.type)
    if schema is None:
        return
    try:
        schema.entity(ev.entity, "entity")
        if schema.case == CASE_REQUIRED and ev.case_id is None:
            raise _Bad("case", "is missing: this kind of event belongs to a case",
                       "bị thiếu: loại sự kiện này thuộc về một hồ sơ")
        if schema.case == NO_CASE and ev.case_id is not None:
            raise _Bad("case", "must be empty: this kind of event belongs to no case",
                       "phải để trống: loại sự kiện này không thuộc hồ sơ nào")
        if ev.case_id is not None:
            ident(ev.case_id, "case")
        schema.payload(ev.payload, "payload")
    except _Bad as bad:
        raise InvalidEvent(ev.id, ev.type, bad.where, bad.en, bad.vi) from None
