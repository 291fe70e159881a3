"""Read side of evidence: one item, a case's items, their marks, and every blob the store needs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .queries import (
    ANNOTATION_COLUMNS,
    EVIDENCE_COLUMNS,
    EVIDENCE_FROM,
    AnnotationRow,
    EvidenceRow,
    annotation_row,
)

MIN_PREFIX = 4


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """An evidence row with where it lives and whether it was removed."""

    row: EvidenceRow
    case_id: str
    case_ref: str
    deleted: bool


def get_evidence(conn: sqlite3.Connection, evidence_id: str) -> EvidenceItem | None:
    r = conn.execute(
        f"SELECT {EVIDENCE_COLUMNS}, e.case_id, c.ref, e.deleted {EVIDENCE_FROM} JOIN cases c ON c.id = e.case_id "
        "WHERE e.id = ?",
        (evidence_id,),
    ).fetchone()
    if r is None:
        return None
    return EvidenceItem(EvidenceRow(*r[:15]), r[15], r[16], bool(r[17]))


def find_evidence_ids(conn: sqlite3.Connection, text: str, limit: int = 2) -> list[str]:
    """Evidence ids equal to ``text`` or starting with it (at least ``MIN_PREFIX`` characters)."""
    key = text.strip().lower()
    exact = conn.execute("SELECT id FROM evidence WHERE id = ?", (key,)).fetchone()
    if exact is not None:
        return [exact[0]]
    if len(key) < MIN_PREFIX:
        return []
    return [r[0] for r in conn.execute(
        "SELECT id FROM evidence WHERE id >= ? AND id < ? ORDER BY id LIMIT ?", (key, key + "\uffff", limit)
    )]


def case_evidence(conn: sqlite3.Connection, case_id: str) -> list[EvidenceRow]:
    """A case's live evidence, in the order it was added (as every member orders it)."""
    return [
        EvidenceRow(*r)
        for r in conn.execute(
            f"SELECT {EVIDENCE_COLUMNS} {EVIDENCE_FROM} WHERE e.case_id = ? AND e.deleted = 0 "
            "ORDER BY e.added_at, e.name, e.id",
            (case_id,),
        )
    ]


def evidence_annotations(conn: sqlite3.Connection, evidence_id: str) -> list[AnnotationRow]:
    return [
        annotation_row(r)
        for r in conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations a LEFT JOIN members m ON m.id = a.author_id "
            "WHERE a.evidence_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id",
            (evidence_id,),
        )
    ]


def get_annotation(conn: sqlite3.Connection, annotation_id: str) -> tuple[AnnotationRow, bool] | None:
    """A mark and whether it was deleted."""
    r = conn.execute(
        f"SELECT {ANNOTATION_COLUMNS}, a.deleted FROM annotations a LEFT JOIN members m ON m.id = a.author_id "
        "WHERE a.id = ?",
        (annotation_id,),
    ).fetchone()
    return None if r is None else (annotation_row(r[:11]), bool(r[11]))


@dataclass(frozen=True, slots=True)
class BlobUse:
    """A blob the evidence needs, and the first item (by name and case) that uses it."""

    sha256: str
    name: str
    case_ref: str
    uses: int


def referenced_blobs(conn: sqlite3.Connection) -> list[BlobUse]:
    """Every blob referenced by evidence, removed items included (their bytes are kept too), but
    not one that erasures removed from every item holding it."""
    return [
        BlobUse(r[0], r[1], r[2], r[3])
        for r in conn.execute(
            # One min(): SQLite takes the bare c.ref from the same row, so name and case go together.
            "SELECT e.sha256, min(e.name), c.ref, count(*) FROM evidence e JOIN cases c ON c.id = e.case_id "
            "WHERE e.kind = 'file' AND e.sha256 IS NOT NULL GROUP BY e.sha256 "
            # a file every item of which an erasure removed is gone on purpose
            "HAVING sum(e.purged_at IS NULL) > 0 ORDER BY e.sha256"
        )
    ]


def purged_files(conn: sqlite3.Connection) -> set[str]:
    """Hashes of files that erasures removed from every item holding them (the few items with
    ``purged_at``, read through their own index, then each hash checked for a live holder)."""
    removed = {r[0] for r in conn.execute("SELECT sha256 FROM evidence WHERE purged_at IS NOT NULL") if r[0]}
    return {sha for sha in removed if conn.execute(
        "SELECT 1 FROM evidence WHERE sha256 = ? AND purged_at IS NULL LIMIT 1", (sha,)).fetchone() is None}
