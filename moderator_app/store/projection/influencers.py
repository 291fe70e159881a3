"""Influencer profiles and their accounts on each platform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fold

from . import handles
from .fields import apply_changes

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


def _add_account(proj: Projector, influencer_id: str, account: dict[str, Any]) -> None:
    proj.cur.execute(
        "INSERT INTO influencer_accounts (id, influencer_id, platform, handle, handle_key, url, followers) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (
            account["id"],
            influencer_id,
            account["platform"],
            account.get("handle", ""),
            fold(account.get("handle", "")).lstrip("@"),
            account.get("url", ""),
            account.get("followers"),
        ),
    )


@handles("influencer.created")
def influencer_created(proj: Projector, ev: Event) -> None:
    p = ev.payload
    proj.cur.execute(
        "INSERT INTO influencers (id, name, name_key, agency, contact, notes, member_since, pledge_signed, "
        "merged_into, created_at, case_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0)",
        (
            ev.entity,
            p["name"],
            fold(p["name"]),
            p.get("agency", ""),
            p.get("contact", ""),
            p.get("notes", ""),
            p.get("member_since"),
            bool(p.get("pledge_signed", False)),
            physical_ms(ev.hlc),
        ),
    )
    for account in p.get("accounts", []):
        _add_account(proj, ev.entity, account)


@handles("influencer.account_added")
def influencer_account_added(proj: Projector, ev: Event) -> None:
    _add_account(proj, ev.entity, ev.payload["account"])
    _reindex_cases_of(proj, ev.entity)


@handles("influencer.updated")
def influencer_updated(proj: Projector, ev: Event) -> None:
    winners = apply_changes(proj, "influencer", ev.entity, ev, ev.payload["changes"])
    if "name" in winners:
        key = fold(str(winners["name"].value))
        proj.cur.execute("UPDATE influencers SET name_key = ? WHERE id = ?", (key, ev.entity))
        proj.cur.execute("UPDATE cases SET influencer_sort = ? WHERE influencer_id = ?", (key, ev.entity))
        _reindex_cases_of(proj, ev.entity)


def _reindex_cases_of(proj: Projector, influencer_id: str) -> None:
    proj.dirty_search.update(
        r[0] for r in proj.cur.execute("SELECT id FROM cases WHERE influencer_id = ?", (influencer_id,)).fetchall()
    )
