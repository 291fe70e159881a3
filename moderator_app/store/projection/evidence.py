"""Evidence and annotations: how their events change the tables.

Both are add-only sets keyed by their own id: removal is a tombstone (``deleted = 1``) and the
bytes of a removed file stay in the blob store. Evidence lives in its report's current case, or
else in the case its event names, followed through merges; the merge handler moves what was
already there, so the outcome is the same whichever arrives first. An annotation lives in its
evidence's case. An annotation's label,
comment and geometry are plain fields merged per field by ``fields.apply_changes``, so two
members editing the same mark concurrently converge on the same version everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator_app.domain.hlc import physical_ms
from moderator_app.store.events import canonical_json

from . import handles
from .cases import resolve_case, touch
from .fields import apply_changes
from .indicators import forget_sources

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


def _filed_case(proj: Projector, ev: Event) -> str:
    """The case an item belongs to as its author filed it: a report's item goes with the report.

    Where it sits now follows merges from there (``cases.rehome_reports`` moves it when a merge
    changes where that case leads), so every member files it in the same case.
    """
    assert ev.case_id is not None, f"{ev.type} names its case"
    report = ev.payload.get("report")
    if report:
        row = proj.one("SELECT filed_case FROM reports WHERE id = ?", (report,))
        if row is not None:
            return str(row[0])
    return ev.case_id


def _insert(proj: Projector, ev: Event, kind: str, values: dict[str, Any]) -> None:
    at = physical_ms(ev.hlc)
    filed = _filed_case(proj, ev)
    case_id = resolve_case(proj, filed)
    p = ev.payload
    proj.cur.execute(
        "INSERT INTO evidence (id, case_id, filed_case, report_id, kind, sha256, size, mime, claimed_mime, name, "
        "url, captured_at, note, added_by, added_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            ev.entity,
            case_id,
            filed,
            p.get("report"),
            kind,
            values.get("sha256"),
            values.get("size"),
            values.get("mime"),
            values.get("claimed_mime"),
            p.get("name", ""),
            p.get("url", ""),
            p.get("captured_at"),
            p.get("note", ""),
            ev.author,
            at,
        ),
    )
    touch(proj, ev.case_id or case_id, at)  # the case the event names: arrival order does not move it
    proj.dirty_search.add(case_id)


@handles("evidence.added")
def evidence_added(proj: Projector, ev: Event) -> None:
    """A file: its bytes are in the blob store under ``sha256``."""
    p = ev.payload
    _insert(proj, ev, "file", {"sha256": p["sha256"], "size": int(p["size"]), "mime": p["mime"],
                               "claimed_mime": p.get("claimed_mime")})


@handles("evidence.link_added")
def evidence_link_added(proj: Projector, ev: Event) -> None:
    """A link: an address, a description and when it was seen. Nothing is fetched."""
    _insert(proj, ev, "link", {})


@handles("evidence.removed")
def evidence_removed(proj: Projector, ev: Event) -> None:
    row = proj.one("SELECT case_id FROM evidence WHERE id = ?", (ev.entity,))
    if row is None:
        return
    proj.cur.execute("UPDATE evidence SET deleted = 1 WHERE id = ?", (ev.entity,))
    forget_sources(proj, [ev.entity], text=False)  # its indicators leave the case with it
    touch(proj, ev.case_id or row[0], physical_ms(ev.hlc))
    proj.dirty_search.add(row[0])


@handles("evidence.integrity_failed")
def evidence_integrity_failed(proj: Projector, ev: Event) -> None:
    """A member's copy of the file did not match its hash when opened.

    This is a fact about one member's disk, not about the evidence, so no table changes: the
    event itself is the record, in the case history of every member.
    """


@handles("evidence.accessed")
def evidence_accessed(proj: Projector, ev: Event) -> None:
    """A member opened, copied out or exported evidence: the chain of custody.

    Nothing changes in the tables (opening is not a change of the case); the event is the record,
    in the case history of every member.
    """


@handles("annotation.added")
def annotation_added(proj: Projector, ev: Event) -> None:
    p = ev.payload
    at = physical_ms(ev.hlc)
    row = proj.one("SELECT case_id FROM evidence WHERE id = ?", (p["evidence"],))
    case_id = str(row[0]) if row is not None else ev.case_id
    proj.cur.execute(
        "INSERT INTO annotations (id, evidence_id, case_id, kind, geometry, label, comment, author_id, created_at, "
        "updated_at, edits, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
        (ev.entity, p["evidence"], case_id, p["kind"], canonical_json(p["geometry"]), p.get("label", ""),
         p.get("comment", ""), ev.author, at, at),
    )
    if case_id:
        touch(proj, ev.case_id or case_id, at)
        proj.dirty_search.add(case_id)


@handles("annotation.edited")
def annotation_edited(proj: Projector, ev: Event) -> None:
    """A new version of a mark: each changed field carries the versions it replaces."""
    row = proj.one("SELECT case_id FROM annotations WHERE id = ?", (ev.entity,))
    if row is None:
        return
    changes = dict(ev.payload["changes"])
    if "geometry" in changes:
        changes["geometry"] = {**changes["geometry"], "to": canonical_json(changes["geometry"]["to"])}
    apply_changes(proj, "annotation", ev.entity, ev, changes)
    at = physical_ms(ev.hlc)
    proj.cur.execute(
        "UPDATE annotations SET edits = edits + 1, updated_at = max(updated_at, ?) WHERE id = ?", (at, ev.entity)
    )
    touch(proj, ev.case_id or row[0], at)
    proj.dirty_search.add(row[0])


@handles("annotation.deleted")
def annotation_deleted(proj: Projector, ev: Event) -> None:
    row = proj.one("SELECT case_id FROM annotations WHERE id = ?", (ev.entity,))
    if row is None:
        return
    proj.cur.execute("UPDATE annotations SET deleted = 1 WHERE id = ?", (ev.entity,))
    touch(proj, ev.case_id or row[0], physical_ms(ev.hlc))
    proj.dirty_search.add(row[0])
