"""Shared helpers for tests: moving events between workspaces, snapshots of what users see."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from moderator_app.cli.common import case_detail_json, case_json
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.store.events import Event, iter_events


def all_events(ws: Workspace) -> list[Event]:
    with ws.db.read() as conn:
        return list(iter_events(raw_connection(conn)))


def deliver(ws: Workspace, events: Iterable[Event]) -> None:
    """Apply events written elsewhere, skipping ones this workspace already holds."""
    with ws.db.read() as conn:
        have = {r[0] for r in raw_connection(conn).execute("SELECT id FROM events")}
    with ws.transaction() as tx:
        for ev in events:
            if ev.id not in have:
                tx.record_foreign(ev)
                have.add(ev.id)


def snapshot(ws: Workspace) -> dict[str, Any]:
    """Everything a user sees of the cases: the queue and every case's detail and history."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        rows = queries.list_cases(raw, queries.CaseFilter(), "ref", False, 1_000_000, 0)
        refs = {r.id: r.ref for r in rows}
        details = {}
        for r in rows:
            detail = queries.case_detail(raw, r.id)
            assert detail is not None
            details[r.ref] = case_detail_json(detail, refs)
        conflicts = raw.execute(
            "SELECT entity_kind, entity_id, field, heads FROM conflicts ORDER BY 1, 2, 3"
        ).fetchall()
    return {"queue": [case_json(r) for r in rows], "cases": details, "conflicts": conflicts}


def influencer_snapshot(ws: Workspace, as_of: str = "2026-06-30") -> dict[str, Any]:
    """Everything a user sees of the influencers: the register, each profile with its score,
    breakdown and history, and the pending suspension proposals, on a fixed date."""
    from datetime import date

    from moderator_app.cli.influencers import profile_json
    from moderator_app.services import credibility

    day = date.fromisoformat(as_of)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        entries = credibility.register(raw, day)
        proposals = credibility.pending_proposals(raw, day)
        ids = [r[0] for r in raw.execute("SELECT id FROM influencers ORDER BY id")]
    return {
        "register": [(e.influencer.id, e.influencer.name, e.score, e.band.value, e.influencer.case_count,
                      e.influencer.platforms) for e in entries],
        "profiles": {i: profile_json(ws, i, day) for i in ids},
        "proposals": [(p.influencer_id, p.reached_on.isoformat(), p.decision_ids) for p in proposals],
    }
