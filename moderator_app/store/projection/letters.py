"""Letters sent and publications of the public register: add-only rows keyed by their event's entity.

Neither changes anything else: the letter's PDF arrives as an ``evidence.added`` event of its
own (written in the same transaction), and a publication only records that it happened.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from moderator_app.domain.hlc import physical_ms
from moderator_app.store.sealing import SEALED, unsealed

from . import handles
from .cases import touch

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


@handles("letter.sent")
def letter_sent(proj: Projector, ev: Event) -> None:
    p = ev.payload
    assert ev.case_id is not None, "letter.sent names its case"
    at = physical_ms(ev.hlc)
    sealed_key = None
    if SEALED in p:  # a letter to a reporter: who it went to is sealed under the report's key
        opened, sealed_key = unsealed(proj.cur, p)
        p = {**p, "recipient": str(opened.get("recipient", "")), "values": opened.get("values", {})}
    proj.cur.execute(
        "INSERT OR IGNORE INTO letters (id, case_id, kind, lang, title, recipient, decision_id, evidence_id, sha256, "
        "deadline, placeholders, sent_by, sent_at, doc_year, doc_series, doc_seq, sealed_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ev.entity,
            ev.case_id,
            p["kind"],
            p.get("lang", "vi"),
            p.get("title", ""),
            p.get("recipient", ""),
            p.get("decision"),
            p.get("evidence"),
            p.get("sha256"),
            p.get("deadline"),
            json.dumps(p.get("values", {}), ensure_ascii=False, sort_keys=True),
            ev.author,
            at,
            *_number(p.get("number")),
            sealed_key,
        ),
    )
    touch(proj, ev.case_id, at)


def _number(number: dict[str, object] | None) -> tuple[object, object, object]:
    if not number:
        return None, None, None  # a letter written before the register numbered them
    return number["year"], number["series"], number["seq"]


@handles("letter.renumbered")
def letter_renumbered(proj: Projector, ev: Event) -> None:
    """Settling a clash: the letter takes the new number. A later renumbering (by its clock stamp)
    wins over an earlier one, whatever order they arrive in."""
    row = proj.one("SELECT renumbered_hlc FROM letters WHERE id = ?", (ev.entity,))
    if row is not None and (row[0] or 0) > ev.hlc:
        return
    proj.cur.execute("UPDATE letters SET doc_seq = ?, renumbered_hlc = ? WHERE id = ?",
                     (int(ev.payload["seq"]), ev.hlc, ev.entity))


@handles("committee.profile_set")
def profile_set(proj: Projector, ev: Event) -> None:
    """The latest word per key wins (clock stamp, then event id): the same profile on every member."""
    row = proj.one("SELECT hlc, event_id FROM committee_profile WHERE key = ?", (ev.entity,))
    if row is not None and (row[0], row[1]) > (ev.hlc, ev.id):
        return
    proj.cur.execute(
        "INSERT OR REPLACE INTO committee_profile (key, value, hlc, event_id, changed_by) VALUES (?, ?, ?, ?, ?)",
        (ev.entity, json.dumps(ev.payload["value"], ensure_ascii=False), ev.hlc, ev.id, ev.author))


@handles("register.published")
def register_published(proj: Projector, ev: Event) -> None:
    p = ev.payload
    proj.cur.execute(
        "INSERT OR IGNORE INTO register_publications (id, published_on, decisions, named, lang, files, published_by, "
        "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ev.entity,
            p["published_on"],
            int(p["decisions"]),
            int(p.get("named", 0)),
            p.get("lang", "vi"),
            json.dumps(p.get("files", {}), ensure_ascii=False, sort_keys=True),
            ev.author,
            physical_ms(ev.hlc),
        ),
    )


@handles("meeting.minutes_issued")
def minutes_issued(proj: Projector, ev: Event) -> None:
    """One number per meeting's minutes: the latest issue (clock stamp, then id) holds it, so every
    member ends with the same number, and a renumbering (settling a clash) is an issue like any."""
    held = proj.one("SELECT hlc, event_id FROM minutes_issued WHERE meeting_id = ?", (ev.entity,))
    if held is not None and (held[0], held[1]) > (ev.hlc, ev.id):
        return
    n = ev.payload["number"]
    proj.cur.execute(
        "INSERT OR REPLACE INTO minutes_issued (meeting_id, doc_year, doc_series, doc_seq, sha256, file_name, lang, "
        "issued_by, issued_at, hlc, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (ev.entity, n["year"], n["series"], n["seq"], ev.payload.get("sha256"), ev.payload.get("file_name", ""),
         ev.payload.get("lang", "vi"), ev.author, physical_ms(ev.hlc), ev.hlc, ev.id))
