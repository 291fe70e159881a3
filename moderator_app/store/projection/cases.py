"""Cases, reports and notes: how their events change the tables."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator_app.domain.enums import Priority, Status
from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.sla import current_sla, sla_sort_key
from moderator_app.store.sealing import SEALED, unsealed

from . import handles
from .calendar_days import calendar_of
from .fields import apply_changes
from .influencers import resolve_influencer

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


def removal_requested(proj: Projector, case_id: str) -> bool:
    """A takedown request is recorded for the case: its removal countdowns are met (``current_sla``)."""
    return proj.one("SELECT 1 FROM takedowns WHERE case_id = ? LIMIT 1", (case_id,)) is not None


def refresh_derived(proj: Projector, case_id: str) -> None:
    """Recompute the SLA deadline from the case's replicated fields and its takedown requests."""
    row = proj.one(
        "SELECT status, opened_at, status_since, urgent, urgent_since, track, track_since FROM cases WHERE id = ?",
        (case_id,),
    )
    if row is None:
        return
    status, opened_at, status_since, urgent, urgent_since, track, track_since = row
    sla = current_sla(
        Status(status),
        opened_ms=opened_at,
        status_since_ms=status_since,
        urgent=bool(urgent),
        urgent_since_ms=urgent_since,
        calendar=calendar_of(proj),
        track=track,
        track_since_ms=track_since,
        removal_requested=removal_requested(proj, case_id),
    )
    proj.cur.execute(
        "UPDATE cases SET sla_kind = ?, sla_due_at = ?, sla_sort = ? WHERE id = ?",
        (sla.target.code if sla.target else None, sla.due_ms, sla_sort_key(sla.due_ms, opened_at), case_id),
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
    named = p["influencer"]
    cached = proj.influencer_cache.get(named)
    if cached is None:
        kept = resolve_influencer(proj, named)  # the kept profile, if it was merged
        cached = proj.influencer_cache[named] = (
            kept, str(proj.scalar("SELECT name_sort FROM influencers WHERE id = ?", (kept,)) or ""))
    influencer, influencer_sort = cached
    if new_case is not None:
        status = new_case.get("status", Status.RECEIVED.value)
        urgent = bool(new_case.get("urgent", False))
        ref_base = str(new_case["ref"])
        clash = proj.one("SELECT 1 FROM cases WHERE ref = ?", (ref_base,)) is not None
        # The row is written whole, SLA deadline and first report counted, so its indexes are
        # maintained once instead of once per follow-up update.
        sla = current_sla(Status(status), opened_ms=received_at, status_since_ms=received_at, urgent=urgent,
                          urgent_since_ms=received_at if urgent else None, calendar=calendar_of(proj))
        proj.cur.execute(
            "INSERT INTO cases (id, ref, ref_base, created_event, created_hlc, title, influencer_id, "
            "influencer_sort, category, platform, status, priority, urgent, urgent_since, assignee_id, "
            "assignee_sort, opened_at, status_since, last_activity_at, report_count, sla_kind, sla_due_at, sla_sort) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?, ?, 1, ?, ?, ?)",
            (
                ev.case_id,
                f"~{ev.case_id}" if clash else ref_base,
                ref_base,
                ev.id,
                ev.hlc,
                new_case.get("title", ""),
                influencer,
                influencer_sort,
                p["category"],
                p["platform"],
                status,
                int(new_case.get("priority", Priority.NORMAL.level)),
                urgent,
                received_at if urgent else None,
                received_at,
                received_at,
                max(received_at, at),
                sla.target.code if sla.target else None,
                sla.due_ms,
                sla_sort_key(sla.due_ms, received_at),
            ),
        )
        if clash:  # no case holds the plain reference, so none shares its base: nothing to settle
            _assign_ref(proj, ev.case_id, ref_base)
        proj.new_cases_of[influencer] = proj.new_cases_of.get(influencer, 0) + 1
        proj.created_cases.add(ev.case_id)
    case_id = ev.case_id if new_case is not None else resolve_case(proj, ev.case_id)
    opened, sealed_key = unsealed(proj.cur, p) if SEALED in p else ({}, None)
    reporter = opened.get("reporter") if sealed_key is not None else p.get("reporter", "")
    proj.cur.execute(
        "INSERT INTO reports (id, case_id, filed_case, influencer_id, platform, handle, url, url_key, category, "
        "description, source, reporter, seen_at, received_at, filed_by, attachments, dedupe_key, sealed_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ev.entity,
            case_id,
            ev.case_id,
            influencer,
            p["platform"],
            p.get("handle", ""),
            p.get("url", ""),
            p.get("url_key", ""),
            p["category"],
            p.get("description", ""),
            p.get("source", "hotline"),
            reporter if isinstance(reporter, str) else "",
            p.get("seen_at"),
            received_at,
            ev.author,
            json.dumps(p.get("attachments", []), ensure_ascii=False),
            p.get("dedupe_key", ""),
            sealed_key,
        ),
    )
    # The report counts where it now sits (the end of a chain of merges), but the activity is the
    # named case's: where a merge made concurrently elsewhere leads depends on arrival order.
    if new_case is not None:
        pass  # counted and dated as the case was written
    elif case_id == ev.case_id:
        proj.cur.execute(
            "UPDATE cases SET report_count = report_count + 1, last_activity_at = max(last_activity_at, ?) "
            "WHERE id = ?",
            (at, case_id),
        )
    else:
        proj.cur.execute("UPDATE cases SET report_count = report_count + 1 WHERE id = ?", (case_id,))
        touch(proj, ev.case_id, at)
    proj.dirty_search.add(case_id)


@handles("case.updated")
def case_updated(proj: Projector, ev: Event) -> None:
    apply_case_changes(proj, ev, ev.entity, ev.payload["changes"])


def apply_case_changes(proj: Projector, ev: Event, case_id: str, changes: dict[str, Any]) -> None:
    """Apply field changes to a case and what derives from them, in one ``UPDATE`` of its row."""
    columns: dict[str, Any] = {}
    winners = apply_changes(proj, "case", case_id, ev, changes, case_id=case_id, columns=columns)
    if "status" in winners:
        columns["status_since"] = physical_ms(winners["status"].hlc)
    if "urgent" in winners:
        columns["urgent_since"] = physical_ms(winners["urgent"].hlc) if winners["urgent"].value else None
    if "track" in winners:
        columns["track_since"] = physical_ms(winners["track"].hlc) if winners["track"].value else None
    if "assignee" in winners:
        member = winners["assignee"].value
        key = proj.scalar("SELECT name_sort FROM members WHERE id = ?", (member,)) if member else ""
        columns["assignee_sort"] = key or ""
    if winners.keys() & {"title", "category"}:  # the category's labels are searched too
        proj.dirty_search.add(case_id)
    if winners.keys() & {"status", "urgent", "track"}:
        names = ("status", "opened_at", "status_since", "urgent", "urgent_since", "track", "track_since")
        row = proj.one(f"SELECT {', '.join(names)} FROM cases WHERE id = ?", (case_id,))
        if row is not None:
            current = dict(zip(names, row, strict=True))
            current.update({k: v for k, v in columns.items() if k in current})
            sla = current_sla(
                Status(current["status"]),
                opened_ms=current["opened_at"],
                status_since_ms=current["status_since"],
                urgent=bool(current["urgent"]),
                urgent_since_ms=current["urgent_since"],
                calendar=calendar_of(proj),
                track=current["track"],
                track_since_ms=current["track_since"],
                removal_requested=removal_requested(proj, case_id),
            )
            columns["sla_kind"] = sla.target.code if sla.target else None
            columns["sla_due_at"] = sla.due_ms
            columns["sla_sort"] = sla_sort_key(sla.due_ms, current["opened_at"])
    assignments = "".join(f"{name} = ?, " for name in columns)
    proj.cur.execute(
        f"UPDATE cases SET {assignments}last_activity_at = max(last_activity_at, ?) WHERE id = ?",
        (*columns.values(), physical_ms(ev.hlc), case_id),
    )


@handles("case.merged")
def case_merged(proj: Projector, ev: Event) -> None:
    """A duplicate joins another case: its reports (and theirs, for cases merged into it) move.

    ``merged_into`` is a last-writer-wins field: if two members merged the same case into two
    different cases at once, the later merge counts on every member. Each report then sits in
    the case its filing case leads to through the winning merges, recomputed for the cases whose
    chain changed, so the outcome is the same in any arrival order.
    """
    source = ev.entity
    into = str(ev.payload["into"])
    winners = apply_changes(proj, "case", source, ev, {"merged_into": {"to": into, "base": []}}, case_id=source)
    at = physical_ms(ev.hlc)
    touch(proj, source, at)
    touch(proj, into, at)  # the case named, like ``merged_into``
    if "merged_into" in winners:
        rehome_reports(proj, source)
    proj.dirty_search.update((source, into))


def rehome_reports(proj: Projector, case_id: str) -> None:
    """Put every report and evidence item filed to ``case_id`` or to a case merged into it where
    merges lead now; marks follow their evidence."""
    subtree = {case_id}
    frontier = [case_id]
    while frontier and len(subtree) < 10_000:
        rows = proj.cur.execute(
            f"SELECT id FROM cases WHERE merged_into IN ({','.join('?' * len(frontier))})", frontier
        ).fetchall()
        frontier = [r[0] for r in rows if r[0] not in subtree]
        subtree.update(frontier)
    homes: dict[str, str] = {}
    for table in ("reports", "evidence"):
        for row_id, filed, current in proj.cur.execute(
            f"SELECT id, filed_case, case_id FROM {table} WHERE filed_case IN ({','.join('?' * len(subtree))}) "
            "ORDER BY id",
            sorted(subtree),
        ).fetchall():
            home = homes.get(filed) or homes.setdefault(filed, resolve_case(proj, filed))
            if home == current:
                continue
            proj.cur.execute(f"UPDATE {table} SET case_id = ? WHERE id = ?", (home, row_id))
            if table == "reports":
                proj.cur.execute("UPDATE cases SET report_count = report_count - 1 WHERE id = ?", (current,))
                proj.cur.execute("UPDATE cases SET report_count = report_count + 1 WHERE id = ?", (home,))
            else:
                proj.cur.execute("UPDATE annotations SET case_id = ? WHERE evidence_id = ?", (home, row_id))
            proj.dirty_search.update((current, home))
    rehome_sightings(proj, subtree)


def rehome_sightings(proj: Projector, filed_cases: set[str]) -> None:
    from .indicators import rehome

    rehome(proj, filed_cases)


@handles("case.unmerged")
def case_unmerged(proj: Projector, ev: Event) -> None:
    """Undo a merge: the case stands alone again, with every report and evidence item filed to it.

    ``merged_into`` goes back to nothing as a last-writer-wins write over the versions the author
    saw (``base``), and what was filed to the case (or to cases merged into it) is put back where
    merges lead now, exactly as a merge moves it, so the order events arrive in does not matter.
    """
    source = ev.entity
    base = [str(b) for b in ev.payload.get("base", [])]
    winners = apply_changes(proj, "case", source, ev, {"merged_into": {"to": None, "base": base}}, case_id=source)
    at = physical_ms(ev.hlc)
    touch(proj, source, at)
    if ev.payload.get("from"):
        touch(proj, str(ev.payload["from"]), at)
    if "merged_into" in winners:
        rehome_reports(proj, source)
    proj.dirty_search.update(c for c in (source, ev.payload.get("from")) if c)


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
