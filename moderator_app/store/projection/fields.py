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
        "track": FieldSpec("track"),  # a countdown of its own: complaint_removal (48 h) or informal (28 days)
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

# A takedown request's answer (``takedown.answered``). Each field is tracked: two members who
# recorded different answers at once (removed and refused, or the same result at two times) put
# the request in the conflict inbox until an answer that has seen both settles it.
TAKEDOWN = EntityKind(
    "takedowns",
    {
        "result": FieldSpec("result", tracked=True),
        "reason": FieldSpec("reason", tracked=True),
        "answered_at": FieldSpec("answered_at", tracked=True),
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
    "takedown": TAKEDOWN,
}


@dataclass(frozen=True, slots=True)
class Winner:
    """The displayed version of a field after an update was applied."""

    value: Any
    hlc: int
    event_id: str


Head = tuple[str, int, str, str]  # event id, hlc, device id, canonical JSON value


def _heads(proj: Projector, kind: str, entity_id: str, field: str) -> list[Head]:
    """A field's heads, through the projector's cache: only ``apply_changes`` changes them, in
    the same transaction, so a service reading its base and the apply that follows share one read."""
    key = (kind, entity_id, field)
    heads = proj.heads_cache.get(key)
    if heads is None:
        heads = proj.cur.execute(
            "SELECT event_id, hlc, device_id, value FROM field_heads WHERE entity_kind=? AND entity_id=? AND field=?",
            key,
        ).fetchall()
        proj.heads_cache[key] = heads
    return heads


def current_heads(proj: Projector, kind: str, entity_id: str, field: str) -> list[str]:
    """Event ids of the field's current versions: what a new update names as its base."""
    return [h[0] for h in sorted(_heads(proj, kind, entity_id, field), key=lambda h: (h[1], h[2]))]


def apply_changes(
    proj: Projector,
    kind_name: str,
    entity_id: str,
    ev: Event,
    changes: dict[str, dict[str, Any]],
    *,
    case_id: str | None = None,
    columns: dict[str, Any] | None = None,
) -> dict[str, Winner]:
    """Apply an update's field changes; return the fields whose displayed value changed.

    The entity's columns are updated here, unless the caller passes ``columns``: then the new
    values are put there for it to write in one ``UPDATE`` with whatever else it derives.
    """
    kind = KINDS[kind_name]
    cur = proj.cur
    changed: dict[str, Winner] = {}
    for field, change in sorted(changes.items()):
        spec = kind.fields.get(field)
        if spec is None:
            raise ValueError(f"event {ev.id}: {kind_name} has no field {field!r}")
        base = {str(b) for b in change.get("base", [])}
        before = _heads(proj, kind_name, entity_id, field)
        replaced = [h[0] for h in before if h[0] in base]
        if replaced:
            cur.execute(
                f"DELETE FROM field_heads WHERE entity_kind=? AND entity_id=? AND field=? "
                f"AND event_id IN ({','.join('?' * len(replaced))})",
                (kind_name, entity_id, field, *replaced),
            )
        value = change.get("to")
        encoded = canonical_json(value)
        heads = [h for h in before if h[0] not in base]
        if all(h[0] != ev.id for h in heads):
            cur.execute(
                "INSERT INTO field_heads (entity_kind, entity_id, field, event_id, hlc, device_id, value) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind_name, entity_id, field, ev.id, ev.hlc, ev.device_id, encoded),
            )
            heads.append((ev.id, ev.hlc, ev.device_id, encoded))
        proj.heads_cache[(kind_name, entity_id, field)] = heads
        top_event, top_hlc, _, _ = max(heads, key=lambda h: (h[1], h[2]))
        if top_event == ev.id:
            if columns is None:
                cur.execute(f"UPDATE {kind.table} SET {spec.column} = ? WHERE id = ?", (value, entity_id))
            else:
                columns[spec.column] = value
            changed[field] = Winner(value, top_hlc, top_event)
        if spec.tracked:
            # Writes that did not see each other but agree (both set "decided") are no conflict.
            if len({h[3] for h in heads}) > 1:
                cur.execute(
                    "INSERT INTO conflicts (entity_kind, entity_id, field, case_id, heads) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (entity_kind, entity_id, field) DO UPDATE SET heads = excluded.heads",
                    (kind_name, entity_id, field, case_id, len(heads)),
                )
            elif len({h[3] for h in before}) > 1:  # there was a conflict, and this settles it
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
