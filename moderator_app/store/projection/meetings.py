"""Meetings, their agenda and attendance, votes, decisions and follow-up actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator_app.domain.hlc import physical_ms

from . import handles
from .cases import apply_case_changes, touch
from .fields import apply_changes
from .influencers import resolve_influencer

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


@handles("meeting.created")
def meeting_created(proj: Projector, ev: Event) -> None:
    p = ev.payload
    proj.cur.execute(
        "INSERT INTO meetings (id, title, date, place, chair_id, secretary_id, minutes, finalized, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
        (
            ev.entity,
            p["title"],
            p["date"],
            p.get("place", ""),
            p.get("chair"),
            p.get("secretary"),
            p.get("minutes", ""),
            physical_ms(ev.hlc),
        ),
    )


@handles("meeting.updated")
def meeting_updated(proj: Projector, ev: Event) -> None:
    winners = apply_changes(proj, "meeting", ev.entity, ev, ev.payload["changes"])
    if "date" in winners:
        # A decision's date is its meeting's date, whichever order the events arrived in.
        proj.cur.execute("UPDATE decisions SET decided_on = ? WHERE meeting_id = ?", (winners["date"].value, ev.entity))


@handles("meeting.finalized")
def meeting_finalized(proj: Projector, ev: Event) -> None:
    at = physical_ms(ev.hlc)
    proj.cur.execute(
        "UPDATE meetings SET finalized = 1, finalized_at = min(coalesce(finalized_at, ?), ?) WHERE id = ?",
        (at, at, ev.entity),
    )


@handles("agenda.added")
def agenda_added(proj: Projector, ev: Event) -> None:
    p = ev.payload
    proj.cur.execute(
        "INSERT INTO agenda_items (id, meeting_id, case_id, influencer_id, kind, position, recommendation, "
        "recommended_outcome, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            ev.entity,
            p["meeting"],
            ev.case_id,
            resolve_influencer(proj, p["influencer"]) if p.get("influencer") else None,
            p.get("kind", "case"),
            int(p["position"]),
            p.get("recommendation", ""),
            p.get("recommended_outcome"),
        ),
    )


@handles("agenda.reordered")
def agenda_reordered(proj: Projector, ev: Event) -> None:
    """New positions for a meeting's items: each item's position is its own last-writer-wins field."""
    for item_id, change in sorted(ev.payload["positions"].items()):
        apply_changes(proj, "agenda", item_id, ev, {"position": change})


@handles("agenda.removed")
def agenda_removed(proj: Projector, ev: Event) -> None:
    proj.cur.execute("UPDATE agenda_items SET removed = 1 WHERE id = ?", (ev.entity,))


@handles("agenda.recommended")
def agenda_recommended(proj: Projector, ev: Event) -> None:
    apply_changes(proj, "agenda", ev.entity, ev, ev.payload["changes"])


def _lww_upsert(proj: Projector, table: str, keys: dict[str, Any], column: str, value: Any, ev: Event) -> None:
    """Insert or overwrite one value, keeping the write with the greatest (hlc, device)."""
    names = [*keys, column, "hlc", "device_id"]
    key_cols = ", ".join(keys)
    proj.cur.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT ({key_cols}) DO UPDATE SET {column} = excluded.{column}, hlc = excluded.hlc, "
        f"device_id = excluded.device_id WHERE (excluded.hlc, excluded.device_id) > ({table}.hlc, {table}.device_id)",
        (*keys.values(), value, ev.hlc, ev.device_id),
    )


@handles("attendance.set")
def attendance_set(proj: Projector, ev: Event) -> None:
    _lww_upsert(
        proj, "attendance", {"meeting_id": ev.entity, "member_id": ev.payload["member"]},
        "status", ev.payload["status"], ev,
    )


@handles("vote.cast")
def vote_cast(proj: Projector, ev: Event) -> None:
    _lww_upsert(
        proj, "votes", {"agenda_item_id": ev.entity, "member_id": ev.payload["member"]},
        "choice", ev.payload["choice"], ev,
    )


@handles("decision.recorded")
def decision_recorded(proj: Projector, ev: Event) -> None:
    p = ev.payload
    assert ev.case_id is not None
    decided_on = proj.scalar("SELECT date FROM meetings WHERE id = ?", (p["meeting"],))
    votes = p.get("votes", {})
    proj.cur.execute(
        "INSERT INTO decisions (id, meeting_id, case_id, influencer_id, category, outcome, rationale, votes_for, "
        "votes_against, votes_abstain, votes_recused, vote_mode, published, decided_on, agenda_item_id, amends, "
        "appeal_of, appealed_at, corrected_on, public_summary, recorded_by, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)",
        (
            ev.entity,
            p["meeting"],
            ev.case_id,
            resolve_influencer(proj, p["influencer"]),
            p["category"],
            p["outcome"],
            p.get("rationale", ""),
            int(votes.get("for", 0)),
            int(votes.get("against", 0)),
            int(votes.get("abstain", 0)),
            int(votes.get("recused", 0)),
            p.get("vote_mode", "tally"),
            bool(p.get("published", False)),
            decided_on,
            p.get("agenda_item"),
            p.get("amends"),
            p.get("appeal_of"),
            p.get("public_summary", ""),
            ev.author,
            physical_ms(ev.hlc),
        ),
    )
    for item in p.get("follow_ups", []):
        proj.cur.execute(
            "INSERT INTO follow_ups (id, decision_id, case_id, action, owner_id, due_on, done_at) "
            "VALUES (?, ?, ?, ?, ?, ?, NULL)",
            (item["id"], ev.entity, ev.case_id, item["action"], item.get("owner"), item.get("due_on")),
        )
    apply_case_changes(proj, ev, ev.case_id, p["changes"])


@handles("decision.updated")
def decision_updated(proj: Projector, ev: Event) -> None:
    """A correction before the meeting is finalized, or the decision's publication."""
    apply_changes(proj, "decision", ev.entity, ev, ev.payload["changes"], case_id=ev.case_id)
    if ev.case_id is not None:
        touch(proj, ev.case_id, physical_ms(ev.hlc))


@handles("decision.appealed")
def decision_appealed(proj: Projector, ev: Event) -> None:
    """An appeal lodged: the case goes to ``appeal``; the decision keeps its record and the date."""
    at = physical_ms(ev.hlc)
    proj.cur.execute(
        "UPDATE decisions SET appealed_at = min(coalesce(appealed_at, ?), ?) WHERE id = ?", (at, at, ev.entity)
    )
    assert ev.case_id is not None
    apply_case_changes(proj, ev, ev.case_id, ev.payload["changes"])
