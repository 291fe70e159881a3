"""Read side of the public register: only what may be published, selected column by column.

These queries never read a reporter's contact, a note, a rationale, a vote, a member's name or
an evidence file: what is not selected cannot leak. A decision is listed when it is marked
published and is in force (no amendment replaced it, no ruling on appeal replaced it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# In force on a date (the two parameters): not replaced by an amendment or an appeal's ruling
# dated on or before it. A register published as of an earlier date shows what was in force then.
IN_FORCE = (
    "NOT EXISTS (SELECT 1 FROM decisions x WHERE x.amends = d.id AND x.decided_on <= ?) "
    "AND NOT EXISTS (SELECT 1 FROM decisions y WHERE y.appeal_of = d.id AND y.decided_on <= ?)"
)


@dataclass(frozen=True, slots=True)
class PublicDecision:
    id: str
    decided_on: str  # ISO
    influencer_id: str
    influencer: str
    accounts: tuple[tuple[str, str], ...]  # (platform code, handle or address)
    category: str
    outcome: str
    public_summary: str  # as the committee wrote it; may be empty


def _accounts(conn: sqlite3.Connection, influencer_ids: set[str]) -> dict[str, tuple[tuple[str, str], ...]]:
    if not influencer_ids:
        return {}
    marks = ",".join("?" * len(influencer_ids))
    out: dict[str, list[tuple[str, str]]] = {}
    for r in conn.execute(
        f"SELECT influencer_id, platform, handle, url FROM influencer_accounts WHERE influencer_id IN ({marks}) "
        "AND removed = 0 ORDER BY influencer_id, platform, handle_key, id",
        tuple(sorted(influencer_ids)),
    ):
        account = (r[1], r[2] or r[3] or "")
        listed = out.setdefault(r[0], [])
        if account not in listed:  # the same account brought twice by a merge of profiles is one
            listed.append(account)
    return {k: tuple(v) for k, v in out.items()}


def published_decisions(conn: sqlite3.Connection, as_of_iso: str) -> list[PublicDecision]:
    """Published decisions in force taken on or before ``as_of``, the latest first."""
    rows = conn.execute(
        "SELECT d.id, d.decided_on, i.id, i.name, d.category, d.outcome, d.public_summary FROM decisions d "
        "JOIN influencers i ON i.id = d.influencer_id "
        f"WHERE d.published = 1 AND d.decided_on <= ? AND {IN_FORCE} "
        "ORDER BY d.decided_on DESC, i.name_sort, d.id",
        (as_of_iso, as_of_iso, as_of_iso),
    ).fetchall()
    accounts = _accounts(conn, {r[2] for r in rows})
    return [PublicDecision(r[0], r[1], r[2], r[3], accounts.get(r[2], ()), r[4], r[5], r[6] or "") for r in rows]


def unpublished_named(conn: sqlite3.Connection, since_iso: str, as_of_iso: str) -> int:
    """Level-4 decisions in force, dated in [since, as_of], not marked published (left off the list)."""
    return int(conn.execute(
        "SELECT count(*) FROM decisions d WHERE d.outcome = 'named_noncompliant' AND d.published = 0 "
        f"AND d.decided_on > ? AND d.decided_on <= ? AND {IN_FORCE}",
        (since_iso, as_of_iso, as_of_iso, as_of_iso),
    ).fetchone()[0])
