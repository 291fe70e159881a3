"""Read side: the queue, a case's detail and history, search. Plain frozen dataclasses out.

Every filter and sort of the queue runs in SQL on an index; nothing here loads all rows. Ties
are broken by the case id (a replicated value), so two members holding the same events list
cases in the same order.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fts_query

MAX_INT = 9_223_372_036_854_775_807

SORTS: dict[str, str] = {
    "ref": "c.ref",
    "opened": "c.opened_at",
    "age": "c.opened_at",  # oldest first: the same order as "opened"
    "sla": f"ifnull(c.sla_due_at, {MAX_INT})",
    "priority": "c.priority",
    "urgent": "c.urgent",
    "category": "c.category",
    "influencer": "c.influencer_sort",
    "platform": "c.platform",
    "status": "c.status",
    "assignee": "c.assignee_sort",
    "reports": "c.report_count",
    "activity": "c.last_activity_at",
}

UNASSIGNED = "__none__"

CASE_COLUMNS = (
    "c.id, c.ref, c.title, c.status, c.priority, c.urgent, c.category, i.name, c.influencer_id, c.platform, "
    "c.assignee_id, m.name, c.opened_at, c.last_activity_at, c.sla_kind, c.sla_due_at, c.report_count, "
    "c.merged_into, c.status_since"
)
CASE_FROM = (
    "FROM cases c JOIN influencers i ON i.id = c.influencer_id LEFT JOIN members m ON m.id = c.assignee_id"
)


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    ref: str
    title: str
    status: str
    priority: int
    urgent: bool
    category: str
    influencer: str
    influencer_id: str
    platform: str
    assignee_id: str | None
    assignee_name: str | None
    opened_at: int
    last_activity_at: int
    sla_kind: str | None
    sla_due_at: int | None
    reports: int
    merged_into: str | None
    status_since: int


def _case_row(r: tuple[Any, ...]) -> CaseRow:
    return CaseRow(
        r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14],
        r[15], r[16], r[17], r[18],
    )


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """A queue view: every part is optional and they combine with AND."""

    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    priorities: tuple[int, ...] = ()
    assignee: str | None = None  # a member id, or UNASSIGNED
    urgent: bool | None = None
    opened_from: int | None = None  # UTC ms, inclusive
    opened_to: int | None = None  # UTC ms, exclusive
    search: str | None = None
    influencer_id: str | None = None
    conflicts_only: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def among(column: str, values: tuple[Any, ...]) -> None:
            if values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)

        among("c.status", self.statuses)
        among("c.category", self.categories)
        among("c.platform", self.platforms)
        among("c.priority", self.priorities)
        if self.assignee == UNASSIGNED:
            clauses.append("c.assignee_id IS NULL")
        elif self.assignee is not None:
            clauses.append("c.assignee_id = ?")
            params.append(self.assignee)
        if self.urgent is not None:
            clauses.append("c.urgent = ?")
            params.append(int(self.urgent))
        if self.opened_from is not None:
            clauses.append("c.opened_at >= ?")
            params.append(self.opened_from)
        if self.opened_to is not None:
            clauses.append("c.opened_at < ?")
            params.append(self.opened_to)
        if self.influencer_id is not None:
            clauses.append("c.influencer_id = ?")
            params.append(self.influencer_id)
        if self.conflicts_only:
            clauses.append("c.id IN (SELECT case_id FROM conflicts WHERE case_id IS NOT NULL)")
        if self.search:
            q = fts_query(self.search)
            if q is None:
                clauses.append("0")
            else:
                clauses.append("c.pk IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
                params.append(q)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_by(sort: str, desc: bool) -> str:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; expected one of: {', '.join(SORTS)}")
    direction = "DESC" if desc else "ASC"
    return f" ORDER BY {SORTS[sort]} {direction}, c.id {direction}"


def count_cases(conn: sqlite3.Connection, flt: CaseFilter) -> int:
    where, params = flt.where()
    return int(conn.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])


def list_cases(
    conn: sqlite3.Connection,
    flt: CaseFilter,
    sort: str = "opened",
    desc: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> list[CaseRow]:
    where, params = flt.where()
    sql = f"SELECT {CASE_COLUMNS} {CASE_FROM}{where}{order_by(sort, desc)} LIMIT ? OFFSET ?"
    return [_case_row(r) for r in conn.execute(sql, [*params, limit, offset])]


def search_cases(conn: sqlite3.Connection, text: str, limit: int = 50) -> list[CaseRow]:
    """Best matches first (BM25), ignoring case and diacritics."""
    q = fts_query(text)
    if q is None:
        return []
    sql = (
        f"SELECT {CASE_COLUMNS} FROM (SELECT rowid, rank FROM case_search WHERE case_search MATCH ? "
        f"ORDER BY rank LIMIT ?) s JOIN cases c ON c.pk = s.rowid "
        "JOIN influencers i ON i.id = c.influencer_id LEFT JOIN members m ON m.id = c.assignee_id "
        "ORDER BY s.rank, c.id"
    )
    return [_case_row(r) for r in conn.execute(sql, (q, limit))]


def get_case(conn: sqlite3.Connection, case_id: str) -> CaseRow | None:
    row = conn.execute(f"SELECT {CASE_COLUMNS} {CASE_FROM} WHERE c.id = ?", (case_id,)).fetchone()
    return None if row is None else _case_row(row)


def find_case_id(conn: sqlite3.Connection, ref_or_id: str) -> str | None:
    from moderator_app.domain.ids import normalize_ref

    ref = normalize_ref(ref_or_id)
    if ref is not None:
        row = conn.execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()
        if row:
            return str(row[0])
    row = conn.execute("SELECT id FROM cases WHERE id = ?", (ref_or_id.strip().lower(),)).fetchone()
    return None if row is None else str(row[0])


# --- a case's detail ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: str
    platform: str
    handle: str
    url: str
    category: str
    description: str
    source: str
    reporter: str
    seen_at: int | None
    received_at: int
    filed_by: str
    attachments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: str
    author_id: str
    author_name: str
    body: str
    created_at: int


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: str
    kind: str
    name: str
    sha256: str | None
    size: int | None
    mime: str | None
    url: str
    note: str
    added_by: str
    added_at: int
    report_id: str | None
    captured_at: int | None
    claimed_mime: str | None = None  # the file name's type, when the content says otherwise
    added_by_name: str = ""


EVIDENCE_COLUMNS = (
    "e.id, e.kind, e.name, e.sha256, e.size, e.mime, e.url, e.note, e.added_by, e.added_at, e.report_id, "
    "e.captured_at, e.claimed_mime, coalesce(m.name, '')"
)
EVIDENCE_FROM = "FROM evidence e LEFT JOIN members m ON m.id = e.added_by"


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    """A mark on evidence; ``geometry`` is in normalised coordinates (``domain.annotations``)."""

    id: str
    evidence_id: str
    kind: str
    geometry: dict[str, Any]
    label: str
    comment: str
    author_id: str
    author_name: str
    created_at: int
    updated_at: int
    edits: int


ANNOTATION_COLUMNS = (
    "a.id, a.evidence_id, a.kind, a.geometry, a.label, a.comment, a.author_id, coalesce(m.name, ''), "
    "a.created_at, a.updated_at, a.edits"
)


def annotation_row(r: tuple[Any, ...]) -> AnnotationRow:
    return AnnotationRow(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10])


def case_annotations(conn: sqlite3.Connection, case_id: str) -> tuple[AnnotationRow, ...]:
    """The live marks on a case's live evidence, in the order they were made."""
    return tuple(
        annotation_row(r)
        for r in conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations a JOIN evidence e ON e.id = a.evidence_id "
            "LEFT JOIN members m ON m.id = a.author_id "
            "WHERE a.case_id = ? AND a.deleted = 0 AND e.deleted = 0 ORDER BY a.created_at, a.id",
            (case_id,),
        )
    )


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: str
    meeting_id: str
    meeting_title: str
    decided_on: str
    outcome: str
    rationale: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    published: bool
    amends: str | None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    event_id: str
    at: int
    author_id: str
    author_name: str
    type: str
    payload: dict[str, Any]
    device_id: str
    entity: str = ""


@dataclass(frozen=True, slots=True)
class CaseDetail:
    case: CaseRow
    reports: tuple[ReportRow, ...]
    notes: tuple[NoteRow, ...]
    evidence: tuple[EvidenceRow, ...]
    decisions: tuple[DecisionRow, ...]
    history: tuple[HistoryEntry, ...]
    conflicts: tuple[str, ...] = field(default=())
    merged_from: tuple[str, ...] = field(default=())
    annotations: tuple[AnnotationRow, ...] = field(default=())


def case_detail(conn: sqlite3.Connection, case_id: str) -> CaseDetail | None:
    case = get_case(conn, case_id)
    if case is None:
        return None
    reports = tuple(
        ReportRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], tuple(json.loads(r[11])))
        for r in conn.execute(
            "SELECT id, platform, handle, url, category, description, source, reporter, seen_at, received_at, "
            "filed_by, attachments FROM reports WHERE case_id = ? ORDER BY received_at, id",
            (case_id,),
        )
    )
    notes = tuple(
        NoteRow(*r)
        for r in conn.execute(
            "SELECT n.id, n.author_id, coalesce(m.name, ''), n.body, n.created_at FROM notes n "
            "LEFT JOIN members m ON m.id = n.author_id WHERE n.case_id = ? AND n.deleted = 0 "
            "ORDER BY n.created_at, n.id",
            (case_id,),
        )
    )
    evidence = tuple(
        EvidenceRow(*r)
        for r in conn.execute(
            f"SELECT {EVIDENCE_COLUMNS} {EVIDENCE_FROM} WHERE e.case_id = ? AND e.deleted = 0 "
            "ORDER BY e.added_at, e.name, e.id",
            (case_id,),
        )
    )
    decisions = tuple(
        DecisionRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]), r[10])
        for r in conn.execute(
            "SELECT d.id, d.meeting_id, mt.title, d.decided_on, d.outcome, d.rationale, d.votes_for, "
            "d.votes_against, d.votes_abstain, d.published, d.amends FROM decisions d "
            "JOIN meetings mt ON mt.id = d.meeting_id WHERE d.case_id = ? ORDER BY d.decided_on, d.id",
            (case_id,),
        )
    )
    conflicts = tuple(
        r[0] for r in conn.execute("SELECT field FROM conflicts WHERE case_id = ? ORDER BY field", (case_id,))
    )
    merged_from = tuple(
        r[0] for r in conn.execute("SELECT ref FROM cases WHERE merged_into = ? ORDER BY ref", (case_id,))
    )
    return CaseDetail(case, reports, notes, evidence, decisions, case_history(conn, case_id), conflicts,
                      merged_from, case_annotations(conn, case_id))


def case_history(conn: sqlite3.Connection, case_id: str) -> tuple[HistoryEntry, ...]:
    """Every event of the case, oldest first, ordered as every member orders them."""
    return tuple(
        HistoryEntry(r[0], physical_ms(r[1]), r[2], r[3] or "", r[4], json.loads(r[5]), r[6], r[7])
        for r in conn.execute(
            "SELECT e.id, e.hlc, e.author, m.name, e.type, e.payload, e.device_id, e.entity FROM events e "
            "LEFT JOIN members m ON m.id = e.author WHERE e.case_id = ? ORDER BY e.hlc, e.device_id",
            (case_id,),
        )
    )


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: str
    name: str
    role: str
    active: bool


def members(conn: sqlite3.Connection) -> list[MemberRow]:
    return [
        MemberRow(r[0], r[1], r[2], bool(r[3]))
        for r in conn.execute("SELECT id, name, role, active FROM members ORDER BY name_key, id")
    ]


def member_names(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM members")}


@dataclass(frozen=True, slots=True)
class InfluencerName:
    id: str
    name: str


def influencer_names(conn: sqlite3.Connection, prefix: str = "", limit: int = 50) -> list[InfluencerName]:
    """Known influencers whose folded name starts with ``prefix`` (for completion)."""
    from moderator_app.domain.text import fold

    key = fold(prefix)
    return [
        InfluencerName(r[0], r[1])
        for r in conn.execute(
            "SELECT id, name FROM influencers WHERE merged_into IS NULL AND name_key >= ? AND name_key < ? "
            "ORDER BY name_key LIMIT ?",
            (key, key + "\uffff", limit),
        )
    ]
