"""Per-field last-writer-wins with visible concurrency: the merge rule of SYNC.md.

An update event carries, for each field it changes, ``{"from": old, "to": new, "base": [...]}``
where ``base`` lists the versions (event ids) its author saw as current. Applying it removes
those versions from the field's heads and adds its own. With causal delivery (a member's bundle
is applied only after everything it had seen), this yields the same heads whatever the order:

* a field never updated since its entity was created has no heads: the creating event is its
  version, and the first update (whose base is then empty) simply takes over;
* the displayed value is the head with the greatest ``(hlc, device)``, i.e. the last writer;
* more than one head means writes that did not see each other; for tracked fields (a case's
  status and decision) heads holding different values put the entity in the conflict inbox
  until an update whose base names all heads resolves it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator_app.store.events import canonical_json

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


@dataclass(frozen=True, slots=True)
class FieldSpec:
    column: str
    tracked: bool = False


@dataclass(frozen=True, slots=True)
class EntityKind:
    table: str
    fields: dict[str, FieldSpec]


CASE = EntityKind(
    "cases",
    {
        "status": FieldSpec("status", tracked=True),
        "decision": FieldSpec("decision_id", tracked=True),
        "priority": FieldSpec("priority"),
        "urgent": FieldSpec("urgent"),
        "assignee": FieldSpec("assignee_id"),
        "title": FieldSpec("title"),
        "category": FieldSpec("category"),
        "platform": FieldSpec("platform"),
        "merged_into": FieldSpec("merged_into"),  # written by case.merged only
    },
)

INFLUENCER = EntityKind(
    "influencers",
    {
        "name": FieldSpec("name"),
        "agency": FieldSpec("agency"),
        "contact": FieldSpec("contact"),
        "notes": FieldSpec("notes"),
        "member_since": FieldSpec("member_since"),
        "pledge_signed": FieldSpec("pledge_signed"),
    },
)

MEMBER = EntityKind(
    "members",
    {
        "name": FieldSpec("name"),
        "role": FieldSpec("role", tracked=True),
        "active": FieldSpec("active"),
    },
)

MEETING = EntityKind(
    "meetings",
    {
        "title": FieldSpec("title"),
        "date": FieldSpec("date"),
        "place": FieldSpec("place"),
        "chair": FieldSpec("chair_id"),
        "secretary": FieldSpec("secretary_id"),
        "minutes": FieldSpec("minutes"),
    },
)

AGENDA_ITEM = EntityKind(
    "agenda_items",
    {
        "position": FieldSpec("position"),
        "recommendation": FieldSpec("recommendation"),
        "recommended_outcome": FieldSpec("recommended_outcome"),
    },
)

# A decision can be edited until its meeting is finalized; afterwards only ``published`` and
# ``public_summary`` change (services enforce it). Two members changing the outcome concurrently
# is a conflict to settle.
DECISION = EntityKind(
    "decisions",
    {
        "outcome": FieldSpec("outcome", tracked=True),
        "rationale": FieldSpec("rationale"),
        "published": FieldSpec("published"),
        "votes_for": FieldSpec("votes_for"),
        "votes_against": FieldSpec("votes_against"),
        "votes_abstain": FieldSpec("votes_abstain"),
        "votes_recused": FieldSpec("votes_recused"),
        "vote_mode": FieldSpec("vote_mode"),
        "corrected_on": FieldSpec("corrected_on"),
        "public_summary": FieldSpec("public_summary"),
    },
)

ACCOUNT = EntityKind(
    "influencer_accounts",
    {
        "platform": FieldSpec("platform"),
        "handle": FieldSpec("handle"),
        "url": FieldSpec("url"),
        "followers": FieldSpec("followers"),
    },
)

ANNOTATION = EntityKind(
    "annotations",
    {
        "geometry": FieldSpec("geometry"),  # the column holds canonical JSON text
        "label": FieldSpec("label"),
        "comment": FieldSpec("comment"),
    },
)

KINDS: dict[str, EntityKind] = {
    "case": CASE,
    "influencer": INFLUENCER,
    "member": MEMBER,
    "meeting": MEETING,
    "agenda": AGENDA_ITEM,
    "account": ACCOUNT,
    "decision": DECISION,
    "annotation": ANNOTATION,
}


@dataclass(frozen=True, slots=True)
class Winner:
    """The displayed version of a field after an update was applied."""

    value: Any
    hlc: int
    event_id: str


def current_heads(proj: Projector, kind: str, entity_id: str, field: str) -> list[str]:
    """Event ids of the field's current versions: what a new update names as its base."""
    rows = proj.cur.execute(
        "SELECT event_id FROM field_heads WHERE entity_kind=? AND entity_id=? AND field=? "
        "ORDER BY hlc, device_id",
        (kind, entity_id, field),
    ).fetchall()
    return [r[0] for r in rows]


def apply_changes(
    proj: Projector,
    kind_name: str,
    entity_id: str,
    ev: Event,
    changes: dict[str, dict[str, Any]],
    *,
    case_id: str | None = None,
) -> dict[str, Winner]:
    """Apply an update's field changes; return the fields whose displayed value changed."""
    kind = KINDS[kind_name]
    cur = proj.cur
    changed: dict[str, Winner] = {}
    for field, change in sorted(changes.items()):
        spec = kind.fields.get(field)
        if spec is None:
            raise ValueError(f"event {ev.id}: {kind_name} has no field {field!r}")
        base = [str(b) for b in change.get("base", [])]
        if base:
            cur.execute(
                f"DELETE FROM field_heads WHERE entity_kind=? AND entity_id=? AND field=? "
                f"AND event_id IN ({','.join('?' * len(base))})",
                (kind_name, entity_id, field, *base),
            )
        value = change.get("to")
        cur.execute(
            "INSERT OR IGNORE INTO field_heads (entity_kind, entity_id, field, event_id, hlc, device_id, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind_name, entity_id, field, ev.id, ev.hlc, ev.device_id, canonical_json(value)),
        )
        heads = cur.execute(
            "SELECT event_id, hlc, value FROM field_heads WHERE entity_kind=? AND entity_id=? AND field=? "
            "ORDER BY hlc DESC, device_id DESC",
            (kind_name, entity_id, field),
        ).fetchall()
        top_event, top_hlc, _ = heads[0]
        if top_event == ev.id:
            cur.execute(f"UPDATE {kind.table} SET {spec.column} = ? WHERE id = ?", (value, entity_id))
            changed[field] = Winner(value, top_hlc, top_event)
        if spec.tracked:
            # Writes that did not see each other but agree (both set "decided") are no conflict.
            if len({h[2] for h in heads}) > 1:
                cur.execute(
                    "INSERT INTO conflicts (entity_kind, entity_id, field, case_id, heads) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (entity_kind, entity_id, field) DO UPDATE SET heads = excluded.heads",
                    (kind_name, entity_id, field, case_id, len(heads)),
                )
            else:
                cur.execute(
                    "DELETE FROM conflicts WHERE entity_kind=? AND entity_id=? AND field=?",
                    (kind_name, entity_id, field),
                )
    return changed


def head_values(proj: Projector, kind: str, entity_id: str, field: str) -> list[tuple[str, int, Any]]:
    """All current versions of a field, latest first: (event id, hlc, value)."""
    rows = proj.cur.execute(
        "SELECT event_id, hlc, value FROM field_heads WHERE entity_kind=? AND entity_id=? AND field=? "
        "ORDER BY hlc DESC, device_id DESC",
        (kind, entity_id, field),
    ).fetchall()
    return [(e, h, json.loads(v)) for e, h, v in rows]
