"""What an event names must be here before it is applied: its case, meeting, decision, member...

Causal delivery (a bundle is applied only after everything its author had applied) means a
well-behaved member's event always finds what it names. One that does not is either malformed
(an update of a case that never existed) or the trace of a revocation: the author saw events of a
device that the chair later cut off, so this member never received them. The importer tells the
two apart; the projector only finds the missing name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .schema import InvalidEvent, MissingReference

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector

# What a name refers to: the table that holds it, and its label for people (en, vi).
TABLES: dict[str, tuple[str, str, str]] = {
    "case": ("cases", "case", "hồ sơ"),
    "report": ("reports", "report", "phản ánh"),
    "note": ("notes", "note", "ghi chú"),
    "evidence": ("evidence", "evidence item", "chứng cứ"),
    "annotation": ("annotations", "annotation", "chú thích"),
    "influencer": ("influencers", "influencer", "người có ảnh hưởng"),
    "account": ("influencer_accounts", "account", "tài khoản"),
    "meeting": ("meetings", "meeting", "cuộc họp"),
    "agenda": ("agenda_items", "agenda item", "mục nghị sự"),
    "decision": ("decisions", "decision", "quyết định"),
    "member": ("members", "member", "thành viên"),
    "letter": ("letters", "letter", "văn bản"),
    "device": ("devices", "device", "thiết bị"),
    "takedown": ("takedowns", "takedown request", "đề nghị gỡ nội dung"),
    "recheck": ("takedown_rechecks", "re-check", "lần kiểm tra lại"),
}

Names = Callable[["Event"], list[tuple[str, str | None]]]


def _entity(kind: str) -> Names:
    return lambda ev: [(kind, ev.entity)]


def _case(ev: Event) -> list[tuple[str, str | None]]:
    return [("case", ev.case_id)]


def _payload(kind: str, key: str) -> Names:
    return lambda ev: [(kind, ev.payload.get(key))]


def _nothing(_ev: Event) -> list[tuple[str, str | None]]:
    return []


def _both(*parts: Names) -> Names:
    return lambda ev: [name for part in parts for name in part(ev)]


def _report_filed(ev: Event) -> list[tuple[str, str | None]]:
    names: list[tuple[str, str | None]] = [("influencer", ev.payload.get("influencer"))]
    if ev.payload.get("new_case") is None:
        names.append(("case", ev.case_id))
    return names


def _accessed(ev: Event) -> list[tuple[str, str | None]]:
    """A pack covers a whole case (its entity is the case); any other access one evidence item."""
    kind = "case" if ev.payload.get("action") == "pack_exported" else "evidence"
    return [(kind, ev.entity), ("case", ev.case_id)]


def _case_if_named(ev: Event) -> list[tuple[str, str | None]]:
    return [("case", ev.case_id)] if ev.case_id is not None else []


NAMES: dict[str, Names] = {
    "report.filed": _report_filed,
    "case.updated": _both(_entity("case"), _case),
    "case.merged": _both(_entity("case"), _payload("case", "into")),
    "case.unmerged": _entity("case"),
    "note.added": _case,
    "note.deleted": _both(_entity("note"), _case),
    "evidence.added": _case,
    "evidence.link_added": _case,
    "evidence.removed": _entity("evidence"),
    "evidence.accessed": _accessed,
    "annotation.added": _payload("evidence", "evidence"),
    "annotation.edited": _entity("annotation"),
    "annotation.deleted": _entity("annotation"),
    "letter.sent": _case,
    "letter.renumbered": _entity("letter"),
    "indicator.extracted": lambda ev: [(str(ev.payload.get("source")), ev.entity), ("case", ev.case_id)],
    "indicator.added": _case,
    "indicator.removed": _case,
    "privacy.erased": lambda ev: [("evidence", str(i)) for i in ev.payload.get("evidence", [])],
    "influencer.updated": _entity("influencer"),
    "influencer.account_added": _entity("influencer"),
    "influencer.account_updated": _payload("account", "account"),
    "influencer.account_removed": _payload("account", "account"),
    "influencer.assessed": _entity("influencer"),
    "influencer.merged": _both(_entity("influencer"), _payload("influencer", "into")),
    "meeting.updated": _entity("meeting"),
    "meeting.finalized": _entity("meeting"),
    "meeting.minutes_issued": _entity("meeting"),
    "agenda.added": _both(_payload("meeting", "meeting"), _payload("influencer", "influencer"), _case_if_named),
    "agenda.reordered": _entity("meeting"),
    "agenda.removed": _entity("agenda"),
    "agenda.recommended": _entity("agenda"),
    "attendance.set": _both(_entity("meeting"), _payload("member", "member")),
    "vote.cast": _both(_entity("agenda"), _payload("member", "member")),
    "decision.recorded": _both(_case, _payload("meeting", "meeting"), _payload("influencer", "influencer")),
    "decision.updated": _entity("decision"),
    "decision.corrected": _entity("decision"),
    "decision.appealed": _both(_entity("decision"), _case),
    "member.updated": _entity("member"),
    "member.revoked": _entity("member"),
    "device.revoked": _entity("device"),
    "takedown.requested": _both(_case, _payload("letter", "letter")),
    "takedown.answered": _both(_entity("takedown"), _case),
    "takedown.rechecked": _both(_payload("takedown", "takedown"), _case, _payload("evidence", "evidence")),
}


def _new_case(ev: Event) -> list[tuple[str, str | None]]:
    return [("report", ev.entity)] + ([("case", ev.case_id)] if ev.payload.get("new_case") is not None else [])


# What an event creates, which must not be here yet: ids are drawn at random by their author, so
# one already taken is a malformed (or replayed under another event id) creation.
CREATES: dict[str, Names] = {
    "report.filed": _new_case,
    "note.added": _entity("note"),
    "evidence.added": _entity("evidence"),
    "evidence.link_added": _entity("evidence"),
    "annotation.added": _entity("annotation"),
    "meeting.created": _entity("meeting"),
    "influencer.created": _entity("influencer"),
    "agenda.added": _entity("agenda"),
    "decision.recorded": _entity("decision"),
    "letter.sent": _entity("letter"),
    "takedown.requested": _entity("takedown"),
    "takedown.rechecked": _entity("recheck"),
}


def check_references(proj: Projector, ev: Event) -> None:
    """Raise ``MissingReference`` naming the first thing ``ev`` names that is not here, or
    ``InvalidEvent`` naming what it creates that is here already."""
    for kind, ident in NAMES.get(ev.type, _nothing)(ev):
        if ident is None:
            continue
        if kind == "influencer" and ident in proj.influencer_cache:
            continue
        table, en, vi = TABLES[kind]
        if proj.one(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)) is None:
            raise MissingReference(ev.id, ev.type, "", f"names {en} {ident}, which is not here",
                                   f"nêu {vi} {ident}, không có ở đây")
    for kind, ident in CREATES.get(ev.type, _nothing)(ev):
        table, en, vi = TABLES[kind]
        if ident is not None and proj.one(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)) is not None:
            raise InvalidEvent(ev.id, ev.type, "", f"creates {en} {ident}, which already exists",
                               f"tạo {vi} {ident}, đã có từ trước")
