"""The search document of a case: folded text of everything people search a case by.

One FTS5 row per case (rowid = ``cases.pk``): ``body``, the folded text that is indexed and
matched, and ``exact``, the distinct words written with diacritics, as written (lower case,
composed; stored, not indexed), with which search puts the cases holding exactly what was typed
first ("Hòa" before "Hoa").
The category's labels, both languages, are part of it: "lừa đảo" finds the fraud cases. It is
rebuilt from the tables in a fixed order so its
text depends only on what the case holds, never on the order events arrived in. Rebuilds are
deferred to the end of a batch and done for many cases at once: a case touched by many events is
re-indexed once, and a thousand cases cost a handful of queries, not thousands.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from moderator_app.domain.enums import Category
from moderator_app.domain.text import exact_words, fold

if TYPE_CHECKING:
    from . import Projector

CHUNK = 400  # ids per IN (...) list


def category_words(category: str) -> str:
    """What a case's search document says of its category: both labels (empty if unknown)."""
    try:
        member = Category(category)
    except ValueError:
        return ""
    return f"{member.label('vi')} {member.label('en')}"


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _grouped(proj: Projector, sql: str, ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of ``sql`` (first column: the key) for the keys in ``ids``, grouped by key, in order."""
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    marks = ",".join("?" * len(ids))
    for row in proj.cur.execute(sql.format(marks=marks), ids):
        out[row[0]].append(row[1:])
    return out


def _has_table(proj: Projector, name: str) -> bool:
    return proj.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None


def case_documents(proj: Projector, case_ids: Iterable[str]) -> dict[str, tuple[int, str, str]]:
    """``{case id: (pk, folded text, exact words)}`` for the cases that exist among ``case_ids``."""
    docs: dict[str, tuple[int, str, str]] = {}
    for ids in _chunks(sorted(set(case_ids))):
        heads = _grouped(
            proj,
            "SELECT c.id, c.pk, c.ref, c.title, i.name, i.id, c.category FROM cases c "
            "JOIN influencers i ON i.id = c.influencer_id WHERE c.id IN ({marks})",
            ids,
        )
        if not heads:
            continue
        influencers = sorted({rows[0][4] for rows in heads.values()})
        handles = _grouped(
            proj,
            "SELECT influencer_id, handle FROM influencer_accounts WHERE influencer_id IN ({marks}) AND removed = 0 "
            "ORDER BY influencer_id, id",
            influencers,
        )
        reports = _grouped(
            proj,
            "SELECT case_id, handle, url, description FROM reports WHERE case_id IN ({marks}) ORDER BY case_id, id",
            ids,
        )
        notes = _grouped(
            proj, "SELECT case_id, body FROM notes WHERE case_id IN ({marks}) AND deleted = 0 ORDER BY case_id, id",
            ids,
        )
        evidence = _grouped(
            proj,
            "SELECT case_id, name, url, note FROM evidence WHERE case_id IN ({marks}) AND deleted = 0 "
            "ORDER BY case_id, id",
            ids,
        )
        annotations = _grouped(
            proj,
            "SELECT a.case_id, a.label, a.comment FROM annotations a JOIN evidence e ON e.id = a.evidence_id "
            "WHERE a.case_id IN ({marks}) AND a.deleted = 0 AND e.deleted = 0 ORDER BY a.case_id, a.id",
            ids,
        )
        # Text read from the case's evidence files on this computer (OCR, text layers, page text;
        # an erasure deletes it). Migrations older than the table index cases without it.
        read = _grouped(
            proj,
            "SELECT e.case_id, t.text FROM evidence e JOIN evidence_text t ON t.evidence_id = e.id "
            "WHERE e.case_id IN ({marks}) AND e.deleted = 0 AND t.text != '' ORDER BY e.case_id, e.id",
            ids,
        ) if _has_table(proj, "evidence_text") else {}
        for case_id, ((pk, ref, title, influencer_name, influencer_id, category),) in heads.items():
            parts: list[str] = [ref, title, influencer_name]
            parts += [h for (h,) in handles.get(influencer_id, ())]
            for row in reports.get(case_id, ()):
                parts += row
            parts += [b for (b,) in notes.get(case_id, ())]
            for row in evidence.get(case_id, ()):
                parts += row
            for row in annotations.get(case_id, ()):
                parts += row
            parts += [t for (t,) in read.get(case_id, ())]
            parts.append(category_words(category))  # last: see migration 0006
            text = " ".join(p for p in parts if p)
            docs[case_id] = (pk, fold(text), exact_words(text))
    return docs


def case_document(proj: Projector, case_id: str) -> tuple[int, str, str] | None:
    return case_documents(proj, [case_id]).get(case_id)


def reindex(proj: Projector, case_ids: set[str], created: AbstractSet[str] = frozenset()) -> None:
    """Replace the search documents of ``case_ids``; those in ``created`` are new and have none."""
    docs = case_documents(proj, case_ids)
    # In rowid order: FTS5 flushes its pending terms to a new segment whenever a rowid comes
    # before the previous one, so random order writes a segment per document (about 5x slower).
    ordered = sorted(docs, key=lambda cid: docs[cid][0])
    proj.cur.executemany("DELETE FROM case_search WHERE rowid = ?",
                         [(docs[cid][0],) for cid in ordered if cid not in created])
    proj.cur.executemany("INSERT INTO case_search (rowid, body, exact) VALUES (?, ?, ?)",
                         [docs[cid] for cid in ordered])


BUILD_CHUNK = 20_000  # cases per batch of documents when indexing a whole build


def index_all_cases(conn: sqlite3.Connection) -> None:
    """Write the search document of every case into an empty index.

    A bulk build (the demo) indexes each case once here instead of at the end of every batch of
    events that touched it, which would rebuild the documents of long-lived cases many times.
    """
    from . import Projector

    proj = Projector(conn)
    ids = [row[0] for row in conn.execute("SELECT id FROM cases ORDER BY pk")]
    for start in range(0, len(ids), BUILD_CHUNK):
        chunk = set(ids[start : start + BUILD_CHUNK])
        reindex(proj, chunk, chunk)
