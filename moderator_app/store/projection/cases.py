"""Cases, reports and notes: how their events change the tables."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator_app.domain.enums import Priority, Status
from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.sla import NO_DEADLINE_SORT, current_sla

from . import handles
from .fields import apply_changes

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector

MAX_MERGE_CHAIN = 64


def resolve_case(proj: Projector, case_id: str) -> str:
    """Follow ``merged_into`` to the case that holds a merged case's reports now."""
    current = case_id
    for _ in range(MAX_MERGE_CHAIN):
        row = proj.one("SELECT merged_into FROM cases WHERE id = ?", (current,))
        if row is None or row[0] is None:
            return current
        current = row[0]
    return current


def refresh_derived(proj: Projector, case_id: str) -> None:
    """Recompute the SLA deadline from the case's replicated fields."""
    row = proj.one(
        "SELECT status, opened_at, status_since, urgent, urgent_since FROM cases WHERE id = ?", (case_id,)
    )
    if row is None:
        return
    status, opened_at, status_since, urgent, urgent_since = row
    sla = current_sla(
        Status(status),
        opened_ms=opened_at,
        status_since_ms=status_since,
        urgent=bool(urgent),
        urgent_since_ms=urgent_since,
    )
    proj.cur.execute(
        "UPDATE cases SET sla_kind = ?, sla_due_at = ?, sla_sort = ? WHERE id = ?",
        (sla.target.code if sla.target else None, sla.due_ms, NO_DEADLINE_SORT if sla.due_ms is None else sla.due_ms,
         case_id),
    )


def touch(proj: Projector, case_id: str, at_ms: int) -> None:
    proj.cur.execute(
        "UPDATE cases SET last_activity_at = max(last_activity_at, ?) WHERE id = ?", (at_ms, case_id)
    )


def _assign_ref(proj: Projector, case_id: str, ref_base: str) -> None:
    """Give every case sharing ``ref_base`` a distinct ref; the earliest keeps the plain one.

    Two members can draw the same reference offline. Ordering the holders by their creating
    event makes the outcome the same on every member, whichever arrived first.
    """
    holders = proj.cur.execute(
        "SELECT id, created_hlc, created_event FROM cases WHERE ref_base = ? ORDER BY created_hlc, created_event",
        (ref_base,),
    ).fetchall()
    if len(holders) == 1:
        return
    # Clear first so the unique index never sees a transient duplicate.
    for cid, _, _ in holders:
        proj.cur.execute("UPDATE cases SET ref = ? WHERE id = ?", (f"~{cid}", cid))
    taken: set[str] = set()
    for index, (cid, _, created_event) in enumerate(holders):
        ref = ref_base
        if index > 0:
            device = created_event.split(".", 1)[0].upper()
            for width in (2, 4, len(device)):
                ref = f"{ref_base}-{device[:width]}"
                if ref not in taken and proj.one("SELECT 1 FROM cases WHERE ref = ?", (ref,)) is None:
                    break
        taken.add(ref)
        proj.cur.execute("UPDATE cases SET ref = ? WHERE id = ?", (ref, cid))
        proj.dirty_search.add(cid)


@handles("report.filed")
def report_filed(proj: Projector, ev: Event) -> None:
    p = ev.payload
    at = physical_ms(ev.hlc)
    received_at = int(p.get("received_at") or at)
    new_case: dict[str, Any] | None = p.get("new_case")
    assert ev.case_id is not None, "report.filed names its case"
    if new_case is not None:
        influencer_sort = proj.scalar("SELECT name_key FROM influencers WHERE id = ?", (p["influencer"],))
        status = new_case.get("status", Status.RECEIVED.value)
        urgent = bool(new_case.get("urgent", False))
        ref_base = str(new_case["ref"])
        clash = proj.one("SELECT 1 FROM cases WHERE ref = ?", (ref_base,)) is not None
        proj.cur.execute(
            "INSERT INTO cases (id, ref, ref_base, created_event, created_hlc, title, influencer_id, "
            "influencer_sort, category, platform, status, priority, urgent, urgent_since, assignee_id, "
            "assignee_sort, opened_at, status_since, last_activity_at, report_count, sla_sort) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?, ?, 0, {NO_DEADLINE_SORT})",
            (
                ev.case_id,
                f"~{ev.case_id}" if clash else ref_base,
                ref_base,
                ev.id,
                ev.hlc,
                new_case.get("title", ""),
                p["influencer"],
                influencer_sort or "",
                p["category"],
                p["platform"],
                status,
                int(new_case.get("priority", Priority.NORMAL.level)),
                urgent,
                received_at if urgent else None,
                received_at,
                received_at,
                max(received_at, at),
            ),
        )
        _assign_ref(proj, ev.case_id, ref_base)
        proj.cur.execute("UPDATE influencers SET case_count = case_count + 1 WHERE id = ?", (p["influencer"],))
        refresh_derived(proj, ev.case_id)
    case_id = resolve_case(proj, ev.case_id)
    proj.cur.execute(
        "INSERT INTO reports (id, case_id, origin_case_id, influencer_id, platform, handle, url, url_key, category, "
        "description, source, reporter, seen_at, received_at, filed_by, attachments, dedupe_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ev.entity,
            case_id,
            ev.case_id,
            p["influencer"],
            p["platform"],
            p.get("handle", ""),
            p.get("url", ""),
            p.get("url_key", ""),
            p["category"],
            p.get("description", ""),
            p.get("source", "hotline"),
            p.get("reporter", ""),
            p.get("seen_at"),
            received_at,
            ev.author,
            json.dumps(p.get("attachments", []), ensure_ascii=False),
            p.get("dedupe_key", ""),
        ),
    )
    proj.cur.execute("UPDATE cases SET report_count = report_count + 1 WHERE id = ?", (case_id,))
    touch(proj, case_id, at)
    proj.dirty_search.add(case_id)


@handles("case.updated")
def case_updated(proj: Projector, ev: Event) -> None:
    apply_case_changes(proj, ev, ev.entity, ev.payload["changes"])


def apply_case_changes(proj: Projector, ev: Event, case_id: str, changes: dict[str, Any]) -> None:
    winners = apply_changes(proj, "case", case_id, ev, changes, case_id=case_id)
    if "status" in winners:
        proj.cur.execute(
            "UPDATE cases SET status_since = ? WHERE id = ?", (physical_ms(winners["status"].hlc), case_id)
        )
    if "urgent" in winners:
        since = physical_ms(winners["urgent"].hlc) if winners["urgent"].value else None
        proj.cur.execute("UPDATE cases SET urgent_since = ? WHERE id = ?", (since, case_id))
    if "assignee" in winners:
        member = winners["assignee"].value
        key = proj.scalar("SELECT name_key FROM members WHERE id = ?", (member,)) if member else ""
        proj.cur.execute("UPDATE cases SET assignee_sort = ? WHERE id = ?", (key or "", case_id))
    if "title" in winners:
        proj.dirty_search.add(case_id)
    if winners.keys() & {"status", "urgent"}:
        refresh_derived(proj, case_id)
    touch(proj, case_id, physical_ms(ev.hlc))


@handles("case.merged")
def case_merged(proj: Projector, ev: Event) -> None:
    source = ev.entity
    target = resolve_case(proj, str(ev.payload["into"]))
    if target == source:
        return
    moved = proj.cur.execute("UPDATE reports SET case_id = ? WHERE case_id = ?", (target, source)).rowcount
    proj.cur.execute("UPDATE evidence SET case_id = ? WHERE case_id = ? AND report_id IS NOT NULL", (target, source))
    proj.cur.execute("UPDATE cases SET merged_into = ?, report_count = report_count - ? WHERE id = ?",
                     (target, moved, source))
    proj.cur.execute("UPDATE cases SET report_count = report_count + ? WHERE id = ?", (moved, target))
    at = physical_ms(ev.hlc)
    touch(proj, source, at)
    touch(proj, target, at)
    proj.dirty_search.update((source, target))


@handles("case.unmerged")
def case_unmerged(proj: Projector, ev: Event) -> None:
    """Undo a merge: the case stands alone again with every report that was filed to it.

    Reports are found by the case they were filed to (``origin_case_id``), following the cases
    merged into this one, so a report that reached the merged case by any path (even one filed
    by a member who had not yet seen the merge) comes back, whatever order events arrived in.
    """
    source = ev.entity
    if proj.scalar("SELECT merged_into FROM cases WHERE id = ?", (source,)) is None:
        return
    proj.cur.execute("UPDATE cases SET merged_into = NULL WHERE id = ?", (source,))
    family = (
        "WITH RECURSIVE fam(id) AS (SELECT ? UNION SELECT c.id FROM cases c JOIN fam ON c.merged_into = fam.id) "
    )
    holders = [r[0] for r in proj.cur.execute(
        family + "SELECT DISTINCT case_id FROM reports WHERE origin_case_id IN (SELECT id FROM fam) "
        "AND case_id != ?", (source, source)
    )]
    proj.cur.execute(
        family + "UPDATE reports SET case_id = ? WHERE origin_case_id IN (SELECT id FROM fam)", (source, source)
    )
    proj.cur.execute(
        "UPDATE evidence SET case_id = (SELECT r.case_id FROM reports r WHERE r.id = evidence.report_id) "
        "WHERE report_id IN (SELECT id FROM reports WHERE case_id = ?) AND case_id != ?",
        (source, source),
    )
    at = physical_ms(ev.hlc)
    for case_id in sorted({source, *holders}):
        proj.cur.execute(
            "UPDATE cases SET report_count = (SELECT count(*) FROM reports WHERE case_id = ?) WHERE id = ?",
            (case_id, case_id),
        )
        touch(proj, case_id, at)
        proj.dirty_search.add(case_id)


@handles("note.added")
def note_added(proj: Projector, ev: Event) -> None:
    assert ev.case_id is not None
    at = physical_ms(ev.hlc)
    proj.cur.execute(
        "INSERT INTO notes (id, case_id, author_id, body, created_at, deleted) VALUES (?, ?, ?, ?, ?, 0)",
        (ev.entity, ev.case_id, ev.author, ev.payload["body"], at),
    )
    touch(proj, ev.case_id, at)
    proj.dirty_search.add(ev.case_id)


@handles("note.deleted")
def note_deleted(proj: Projector, ev: Event) -> None:
    assert ev.case_id is not None
    proj.cur.execute("UPDATE notes SET deleted = 1 WHERE id = ?", (ev.entity,))
    touch(proj, ev.case_id, physical_ms(ev.hlc))
    proj.dirty_search.add(ev.case_id)
