"""Influencer profiles, their accounts on each platform, pillar assessments, and merges.

Merging two profiles that turn out to be one person is the delicate part: members may merge
concurrently, even the same pair in opposite directions. Each merge is kept as an edge
(``influencer_merges``); after one arrives, the group of profiles it connects is rebuilt from all
of its edges in (hlc, device) order, union-find style, so every member ends with the same kept
profile whatever order the merges came in. Everything about the person (cases, reports,
accounts, assessments, decisions, proposals) then lives on the kept profile; rows written later
against a merged profile are resolved to the kept one as they are applied.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator_app.domain.collation import sort_key
from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fold

from . import handles
from .fields import apply_changes

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector

MAX_MERGE_CHAIN = 64

# Tables whose rows belong to a profile and move to the kept one on a merge.
OWNED_BY_INFLUENCER = ("reports", "influencer_accounts", "influencer_assessments", "decisions", "agenda_items")


def resolve_influencer(proj: Projector, influencer_id: str) -> str:
    """The kept profile of ``influencer_id`` (itself unless it was merged into another)."""
    current = influencer_id
    for _ in range(MAX_MERGE_CHAIN):
        row = proj.one("SELECT merged_into FROM influencers WHERE id = ?", (current,))
        if row is None or row[0] is None:
            return current
        current = row[0]
    return current


def _add_account(proj: Projector, influencer_id: str, account: dict[str, Any]) -> None:
    proj.cur.execute(
        "INSERT INTO influencer_accounts (id, influencer_id, platform, handle, handle_key, url, followers, removed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO NOTHING",
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
        "INSERT INTO influencers (id, name, name_key, name_sort, agency, contact, notes, member_since, "
        "pledge_signed, merged_into, created_at, case_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0)",
        (
            ev.entity,
            p["name"],
            fold(p["name"]),
            sort_key(p["name"]),
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
    owner = resolve_influencer(proj, ev.entity)
    _add_account(proj, owner, ev.payload["account"])
    _reindex_cases_of(proj, owner)


@handles("influencer.account_updated")
def influencer_account_updated(proj: Projector, ev: Event) -> None:
    account_id = str(ev.payload["account"])
    winners = apply_changes(proj, "account", account_id, ev, ev.payload["changes"])
    if "handle" in winners:
        key = fold(str(winners["handle"].value or "")).lstrip("@")
        proj.cur.execute("UPDATE influencer_accounts SET handle_key = ? WHERE id = ?", (key, account_id))
    owner = proj.scalar("SELECT influencer_id FROM influencer_accounts WHERE id = ?", (account_id,))
    if owner is not None:
        _reindex_cases_of(proj, str(owner))


@handles("influencer.account_removed")
def influencer_account_removed(proj: Projector, ev: Event) -> None:
    account_id = str(ev.payload["account"])
    proj.cur.execute("UPDATE influencer_accounts SET removed = 1 WHERE id = ?", (account_id,))
    owner = proj.scalar("SELECT influencer_id FROM influencer_accounts WHERE id = ?", (account_id,))
    if owner is not None:
        _reindex_cases_of(proj, str(owner))


@handles("influencer.updated")
def influencer_updated(proj: Projector, ev: Event) -> None:
    winners = apply_changes(proj, "influencer", ev.entity, ev, ev.payload["changes"])
    if "name" in winners:
        name = str(winners["name"].value)
        proj.cur.execute("UPDATE influencers SET name_key = ?, name_sort = ? WHERE id = ?",
                         (fold(name), sort_key(name), ev.entity))
        proj.cur.execute("UPDATE cases SET influencer_sort = ? WHERE influencer_id = ?", (sort_key(name), ev.entity))
        _reindex_cases_of(proj, ev.entity)


@handles("influencer.assessed")
def influencer_assessed(proj: Projector, ev: Event) -> None:
    p = ev.payload
    proj.cur.execute(
        "INSERT INTO influencer_assessments (id, influencer_id, assessed_on, passed, note, author_id, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (
            p["assessment"],
            resolve_influencer(proj, ev.entity),
            p["assessed_on"],
            json.dumps(sorted(p["passed"])),
            p.get("note", ""),
            ev.author,
            physical_ms(ev.hlc),
        ),
    )


@handles("influencer.merged")
def influencer_merged(proj: Projector, ev: Event) -> None:
    proj.cur.execute(
        "INSERT INTO influencer_merges (event_id, source_id, target_id, hlc, device_id) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id) DO NOTHING",
        (ev.id, ev.entity, str(ev.payload["into"]), ev.hlc, ev.device_id),
    )
    rebuild_merge_group(proj, {ev.entity, str(ev.payload["into"])})


def merge_group(proj: Projector, start: set[str]) -> tuple[set[str], list[tuple[str, str]]]:
    """The profiles connected to ``start`` by merges, and their edges in (hlc, device) order."""
    nodes = set(start)
    frontier = list(start)
    edges: dict[str, tuple[int, str, str, str]] = {}
    while frontier:
        node = frontier.pop()
        for event_id, source, target, hlc, device in proj.cur.execute(
            "SELECT event_id, source_id, target_id, hlc, device_id FROM influencer_merges "
            "WHERE source_id = ? OR target_id = ?",
            (node, node),
        ).fetchall():
            edges[event_id] = (hlc, device, source, target)
            for other in (source, target):
                if other not in nodes:
                    nodes.add(other)
                    frontier.append(other)
    ordered = [(s, t) for _, (_, _, s, t) in sorted(edges.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0]))]
    return nodes, ordered


def rebuild_merge_group(proj: Projector, start: set[str]) -> None:
    """Recompute which profile of a merge group is kept, and move everything onto it."""
    nodes, edges = merge_group(proj, start)
    parent = {n: n for n in nodes}

    def find(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for source, target in edges:
        rs, rt = find(source), find(target)
        if rs != rt:  # a merge whose two sides are already one person changes nothing
            parent[rs] = rt
    cur = proj.cur
    roots = set()
    for node in sorted(nodes):
        root = find(node)
        roots.add(root)
        cur.execute("UPDATE influencers SET merged_into = ? WHERE id = ?", (None if root == node else root, node))
    for node in sorted(nodes):
        root = find(node)
        if root == node:
            continue
        for table in OWNED_BY_INFLUENCER:
            cur.execute(f"UPDATE {table} SET influencer_id = ? WHERE influencer_id = ?", (root, node))
        key = proj.scalar("SELECT name_sort FROM influencers WHERE id = ?", (root,)) or ""
        cur.execute("UPDATE cases SET influencer_id = ?, influencer_sort = ? WHERE influencer_id = ?",
                    (root, key, node))
    for node in sorted(nodes):
        cur.execute(
            "UPDATE influencers SET case_count = (SELECT count(*) FROM cases WHERE influencer_id = ?) WHERE id = ?",
            (node, node),
        )
    for root in roots:
        _reindex_cases_of(proj, root)


def _reindex_cases_of(proj: Projector, influencer_id: str) -> None:
    proj.dirty_search.update(
        r[0] for r in proj.cur.execute("SELECT id FROM cases WHERE influencer_id = ?", (influencer_id,)).fetchall()
    )
