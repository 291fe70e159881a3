"""The search document of a case: folded text of everything people search a case by.

One FTS5 row per case (rowid = ``cases.pk``), rebuilt from the tables in a fixed order so its
text depends only on what the case holds, never on the order events arrived in. Rebuilds are
deferred to the end of a batch: a case touched by many events is re-indexed once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator_app.domain.text import fold

if TYPE_CHECKING:
    from . import Projector


def case_document(proj: Projector, case_id: str) -> tuple[int, str] | None:
    cur = proj.cur
    row = cur.execute(
        "SELECT c.pk, c.ref, c.title, i.name, i.id FROM cases c JOIN influencers i ON i.id = c.influencer_id "
        "WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    pk, ref, title, influencer_name, influencer_id = row
    parts = [ref, title, influencer_name]
    parts += [r[0] for r in cur.execute(
        "SELECT handle FROM influencer_accounts WHERE influencer_id = ? AND removed = 0 ORDER BY id", (influencer_id,)
    )]
    for handle, url, description in cur.execute(
        "SELECT handle, url, description FROM reports WHERE case_id = ? ORDER BY id", (case_id,)
    ).fetchall():
        parts += [handle, url, description]
    parts += [r[0] for r in cur.execute(
        "SELECT body FROM notes WHERE case_id = ? AND deleted = 0 ORDER BY id", (case_id,)
    )]
    for row in cur.execute(
        "SELECT name, url, note FROM evidence WHERE case_id = ? AND deleted = 0 ORDER BY id", (case_id,)
    ).fetchall():
        parts += row
    for row in cur.execute(
        "SELECT a.label, a.comment FROM annotations a JOIN evidence e ON e.id = a.evidence_id "
        "WHERE a.case_id = ? AND a.deleted = 0 AND e.deleted = 0 ORDER BY a.id", (case_id,)
    ).fetchall():
        parts += row
    return pk, fold(" ".join(p for p in parts if p))


def reindex(proj: Projector, case_ids: set[str]) -> None:
    for case_id in sorted(case_ids):
        doc = case_document(proj, case_id)
        if doc is None:
            continue
        pk, body = doc
        proj.cur.execute("DELETE FROM case_search WHERE rowid = ?", (pk,))
        proj.cur.execute("INSERT INTO case_search (rowid, body) VALUES (?, ?)", (pk, body))
