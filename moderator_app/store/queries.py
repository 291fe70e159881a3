"""Read side: the queue, a case's detail and history, search. Plain frozen dataclasses out.

Every filter and sort of the queue runs in SQL on an index; nothing here loads all rows. Ties
are broken by the case id (a replicated value), so two members holding the same events list
cases in the same order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fold, fts_query, fts_terms, typed_words

from .tallies import DAY_MS

SORTS: dict[str, str] = {
    "ref": "c.ref",
    "opened": "c.opened_at",
    "age": "c.opened_at",  # oldest first: the same order as "opened"
    "sla": "c.sla_sort",
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

# The index that holds each sort's order, ties broken by id (store/models.py names them).
SORT_INDEXES: dict[str, str] = {
    "ref": "ix_cases_ref_id_status_opened_at",
    "opened": "ix_cases_opened_at_id_status",
    "age": "ix_cases_opened_at_id_status",
    "sla": "ix_cases_sla_sort_id_filters",
    "priority": "ix_cases_priority_id_status_opened_at",
    "urgent": "ix_cases_urgent_id_status_opened_at",
    "category": "ix_cases_category_id_status_opened_at",
    "influencer": "ix_cases_influencer_sort_id_status_opened_at",
    "platform": "ix_cases_platform_id_status_opened_at",
    "status": "ix_cases_status_id_opened_at",
    "assignee": "ix_cases_assignee_sort_id_status_opened_at",
    "reports": "ix_cases_report_count_id_status_opened_at",
    "activity": "ix_cases_last_activity_at_id_status_opened_at",
}

# Sorts whose key is never earlier than the case's opening (domain.sla.sla_sort_key; the last
# activity includes the opening): a case opened from T on has a key from T on.
NEVER_BEFORE_OPENING = frozenset({"sla", "activity"})

# A result at least this large is read along its sort index, filtering as it goes, so a page
# costs about the same at any size; a smaller one is found by its filter index and sorted. Walking
# the index to fill a page of ``limit`` rows passes about limit × cases / result entries, sorting
# costs about one per result row: on a large workspace the walk wins only from sqrt(limit × cases)
# rows on (a view of 4,000 triage cases among a million is sorted in 4 ms, walked in 50).
SCAN_SORT_INDEX_FROM = 4_000
# The deadline order's index also holds every filter column, so walking it for a filter that uses
# only those reads no table row: an entry passed costs about an eighth of a row sorted.
COVERING_SORTS = frozenset({"sla"})
COVERING_WALK_FROM = 1_000
COVERING_WALK_ADVANTAGE = 8


def _walk_sort_index(conn: sqlite3.Connection, total: int, limit: int, covered: bool = False) -> bool:
    if total < (COVERING_WALK_FROM if covered else SCAN_SORT_INDEX_FROM):
        return False
    cases = conn.execute("SELECT max(pk) FROM cases").fetchone()[0] or 0  # cases are never deleted
    return total * total * (COVERING_WALK_ADVANTAGE if covered else 1) >= max(limit, 1) * cases

UNASSIGNED = "__none__"


CASE_COLUMNS = (
    "c.id, c.ref, c.title, c.status, c.priority, c.urgent, c.category, i.name, c.influencer_id, c.platform, "
    "c.assignee_id, m.name, c.opened_at, c.last_activity_at, c.sla_kind, c.sla_due_at, c.report_count, "
    "c.merged_into, c.status_since"
)
CASE_JOINS = "JOIN influencers i ON i.id = c.influencer_id LEFT JOIN members m ON m.id = c.assignee_id"
CASE_FROM = f"FROM cases c {CASE_JOINS}"


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
    # Only these cases (ids), when not None: a set worked out outside SQL (the takedown views,
    # from services.takedowns, whose rules are Python's alone). Empty: no rows.
    case_ids: frozenset[str] | None = None
    nothing: bool = False  # parts that cannot hold together (two different assignees): no rows

    def narrowed(self, other: CaseFilter) -> CaseFilter:
        """Rows matching both filters: a view narrowed by the filter bar."""
        nothing = self.nothing or other.nothing

        def both(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
            nonlocal nothing
            if not a or not b:
                return a or b
            common = tuple(x for x in a if x in b)
            nothing = nothing or not common
            return common

        def one(a: Any, b: Any) -> Any:
            nonlocal nothing
            if a is not None and b is not None and a != b:
                nothing = True
            return a if a is not None else b

        starts = [v for v in (self.opened_from, other.opened_from) if v is not None]
        ends = [v for v in (self.opened_to, other.opened_to) if v is not None]
        searches = [v for v in (self.search, other.search) if v]
        ids = [v for v in (self.case_ids, other.case_ids) if v is not None]
        return CaseFilter(
            statuses=both(self.statuses, other.statuses),
            categories=both(self.categories, other.categories),
            platforms=both(self.platforms, other.platforms),
            priorities=both(self.priorities, other.priorities),
            assignee=one(self.assignee, other.assignee),
            urgent=one(self.urgent, other.urgent),
            opened_from=max(starts) if starts else None,
            opened_to=min(ends) if ends else None,
            search=" ".join(searches) or None,
            influencer_id=one(self.influencer_id, other.influencer_id),
            conflicts_only=self.conflicts_only or other.conflicts_only,
            case_ids=frozenset.intersection(*ids) if ids else None,
            nothing=nothing,
        )

    def where(self, hits: bool = False) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters; ``hits``: the search's matches are in
        ``HITS_TABLE`` (see ``search_hits``)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.nothing:
            return " WHERE 0", params

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
        if self.case_ids is not None:
            if not self.case_ids:
                clauses.append("0")
            else:
                # One parameter whatever the number of ids (SQLite caps a statement's parameters).
                clauses.append("c.id IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(sorted(self.case_ids)))
        if self.search:
            q = fts_query(self.search)
            if q is None:
                clauses.append("0")
            elif hits:
                clauses.append(f"c.pk IN {HITS_TABLE}")
            else:
                clauses.append("c.pk IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
                params.append(q)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def sort_expr(sort: str) -> str:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; expected one of: {', '.join(SORTS)}")
    return SORTS[sort]


def order_by(sort: str, desc: bool) -> str:
    direction = "DESC" if desc else "ASC"
    return f" ORDER BY {sort_expr(sort)} {direction}, c.id {direction}"


def count_cases(conn: sqlite3.Connection, flt: CaseFilter) -> int:
    tallied = _tally_where(flt)
    if tallied is not None:
        where, params = tallied
        return int(conn.execute(f"SELECT coalesce(sum(n), 0) FROM case_tallies{where}", params).fetchone()[0])
    if replace(flt, opened_from=None, opened_to=None) == CaseFilter():
        return _count_opened(conn, flt.opened_from, flt.opened_to)
    if flt.search and replace(flt, search=None) == CaseFilter():
        # Search alone: count in the full-text index, without visiting the cases; many matches
        # are kept for the pages that follow.
        q = fts_query(flt.search)
        if q is None:
            return 0
        if search_hits(conn, q):
            return int(conn.execute(f"SELECT count(*) FROM {HITS_TABLE}").fetchone()[0])
        return int(conn.execute("SELECT count(*) FROM case_search WHERE case_search MATCH ?", (q,)).fetchone()[0])
    where, params = flt.where()
    return int(conn.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])


# A search matching many cases, walked in the queue's order, is checked row by row against its
# matches; gathering them from the full-text index costs as much as the walk saves, so they are
# kept in a temporary table of the connection for the next window, until the search or the
# database changes. Below this many matches the full-text index answers directly.
HITS_TABLE = "temp.search_hits"
SEARCH_HITS_FROM = 20_000


def search_hits(conn: sqlite3.Connection, q: str) -> bool:
    """Make ``HITS_TABLE`` hold the cases matching the FTS query ``q`` if there are at least
    ``SEARCH_HITS_FROM`` of them; whether it does. (A search found to have fewer is remembered
    as such, so the next window does not look again.)"""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {HITS_TABLE} (pk INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE IF NOT EXISTS temp.search_hits_of (q TEXT, version INTEGER, changes INTEGER, "
                 "many INTEGER)")
    # data_version moves when another connection commits; total_changes when this one writes.
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    held = conn.execute("SELECT q, version, changes, many FROM temp.search_hits_of").fetchone()
    if held is not None and held[:3] == (q, version, conn.total_changes):
        return bool(held[3])
    many = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT ?)", (q, SEARCH_HITS_FROM)
    ).fetchone()[0] >= SEARCH_HITS_FROM
    conn.execute(f"DELETE FROM {HITS_TABLE}")
    conn.execute("DELETE FROM temp.search_hits_of")
    if many:
        conn.execute(f"INSERT INTO {HITS_TABLE} (pk) SELECT rowid FROM case_search WHERE case_search MATCH ?", (q,))
    # The row written last counts among this connection's changes: stored as it will read after.
    conn.execute("INSERT INTO temp.search_hits_of (q, version, changes, many) VALUES (?, ?, ?, ?)",
                 (q, version, conn.total_changes + 1, int(many)))
    return many


def _count_opened(conn: sqlite3.Connection, start: int | None, end: int | None) -> int:
    """Cases opened from ``start`` (inclusive) to ``end`` (exclusive): the whole days in between
    from ``case_days`` (store/tallies.py), the part-days at either end from the opening index."""

    def between(a: int, b: int) -> int:
        return int(conn.execute("SELECT count(*) FROM cases WHERE opened_at >= ? AND opened_at < ?",
                                (a, b)).fetchone()[0])

    if start is not None and end is not None and end - start < 2 * DAY_MS:
        return between(start, end)  # no more than two days: the index alone
    clauses: list[str] = []
    days: list[int] = []
    edges = 0
    if start is not None:
        first = -(-start // DAY_MS)  # the first whole day
        clauses.append("day >= ?")
        days.append(first)
        edges += between(start, first * DAY_MS)
    if end is not None:
        last = end // DAY_MS  # the day after the last whole day
        clauses.append("day < ?")
        days.append(last)
        edges += between(last * DAY_MS, end)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return edges + int(conn.execute(f"SELECT coalesce(sum(n), 0) FROM case_days{where}", days).fetchone()[0])


def _tally_where(flt: CaseFilter) -> tuple[str, list[Any]] | None:
    """The filter as a condition on ``case_tallies`` (store/tallies.py), when it filters only on
    the columns tallied there: it is then counted from at most a few thousand rows, at any size."""
    if flt.nothing or replace(flt, statuses=(), categories=(), platforms=(), priorities=(), assignee=None,
                              urgent=None) != CaseFilter():
        return None
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (("status", flt.statuses), ("category", flt.categories), ("platform", flt.platforms),
                           ("priority", flt.priorities)):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if flt.assignee is not None:
        clauses.append("assignee = ?")
        params.append("" if flt.assignee == UNASSIGNED else flt.assignee)
    if flt.urgent is not None:
        clauses.append("urgent = ?")
        params.append(int(flt.urgent))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_cases(
    conn: sqlite3.Connection,
    flt: CaseFilter,
    sort: str = "opened",
    desc: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> list[CaseRow]:
    return page_cases(conn, flt, sort, desc, limit, offset=offset).rows


SortKey = tuple[Any, str]  # a row's (sort value, case id): where a page starts or ends


@dataclass(frozen=True, slots=True)
class Page:
    """Rows of the queue in order, with each row's sort key (to continue from it)."""

    rows: list[CaseRow]
    keys: list[SortKey]


def page_cases(
    conn: sqlite3.Connection,
    flt: CaseFilter,
    sort: str,
    desc: bool,
    limit: int,
    *,
    offset: int = 0,
    after: SortKey | None = None,
    total: int | None = None,
) -> Page:
    """``limit`` rows in ``sort`` order, after skipping ``offset`` rows or after the row ``after``.

    ``after`` (keyset paging) seeks in the index instead of stepping over rows, so scrolling
    through a million rows costs the same everywhere. ``total`` (the filter's count, when known)
    chooses the plan: a large result is read along the sort index, a small one is sorted.
    """
    covered = sort in COVERING_SORTS and not (flt.search or flt.influencer_id or flt.conflicts_only)
    walk = total is not None and _walk_sort_index(conn, total, offset + limit, covered)
    q = fts_query(flt.search) if flt.search and not flt.nothing else None
    where, params = flt.where(hits=walk and q is not None and search_hits(conn, q))
    expr = sort_expr(sort)
    direction = "DESC" if desc else "ASC"
    if flt.opened_from is not None and sort in NEVER_BEFORE_OPENING and not flt.nothing:
        # Implied by the range, and it lets the walk start at the range's first key instead of
        # passing every older case (cases opened in a date range bunch at one end of these orders).
        where = f"{where} AND {expr} >= ?"
        params = [*params, flt.opened_from]
    if after is not None:
        op = "<" if desc else ">"
        keyset = f"{expr} {op}= ? AND ({expr} {op} ? OR c.id {op} ?)"
        where = f"{where} AND {keyset}" if where else f" WHERE {keyset}"
        params = [*params, after[0], after[0], after[1]]
    hint = ""
    if walk:
        hint = f" INDEXED BY {SORT_INDEXES[sort]}"
    ordered = conn.execute(
        f"SELECT c.pk, {expr}, c.id FROM cases c{hint}{where} ORDER BY {expr} {direction}, c.id {direction} "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    if not ordered:
        return Page([], [])
    by_pk = {
        r[-1]: _case_row(r)
        for r in conn.execute(
            f"SELECT {CASE_COLUMNS}, c.pk {CASE_FROM} WHERE c.pk IN ({','.join('?' * len(ordered))})",
            [r[0] for r in ordered],
        )
    }
    return Page([by_pk[r[0]] for r in ordered], [(r[1], r[2]) for r in ordered])


# Best-first search scores matches with BM25 on the words that tell cases apart. Scoring a word
# means counting every case that holds it, so a word found in more cases than this (at a million
# cases, "quảng cáo" is in half of them) only filters: it would cost a pass over half the index
# and, being everywhere, says little about which case is meant. When every word is that common,
# the newest matches come first. Either way the first hits cost about the same at any size.
COMMON_WORD_CASES = 10_000
# How many of the newest matches are put in order when every word is common.
NEWEST_MATCHES = 1_000


# Typed with diacritics, a search still finds the words without them, but the cases holding the
# words exactly as typed come first ("Hòa" before "Hoa" and "Hoàng"). Telling them apart reads each
# match's stored words, so it is done among this many of the best matches, not all of them.
EXACT_AMONG = 1_000


def search_cases(conn: sqlite3.Connection, text: str, limit: int = 50) -> list[CaseRow]:
    """Best matches first, ignoring case and diacritics (``limit`` -1: every match, all scored).

    Words typed with diacritics rank the cases holding them so first (see ``EXACT_AMONG``). Equal
    scores are ordered by case id, so members holding the same cases list the same hits.
    """
    terms = fts_terms(text)
    if not terms:
        return []
    q = " ".join(terms)
    typed = typed_words(text)
    marked = [w for w in typed if fold(w) != w]  # the words typed with diacritics
    telling = terms if limit < 0 else [t for t in terms if not _common(conn, t)]
    if not telling:
        sql = (
            "SELECT s.rowid FROM (SELECT rowid FROM case_search WHERE case_search MATCH ? "
            "ORDER BY rowid DESC LIMIT ?) s JOIN cases c ON c.pk = s.rowid "
            "ORDER BY c.opened_at DESC, c.id DESC LIMIT ?"
        )
        window = max(NEWEST_MATCHES, limit)
        pks = [r[0] for r in conn.execute(sql, (q, window, window if marked else limit))]
    else:
        scored = " ".join(telling)
        # ``+rowid``: offered to FTS5 as a rowid constraint, the list would run the query once
        # per matching case (seconds for a few thousand); as a filter it costs a lookup a row.
        narrowed = "" if len(telling) == len(terms) else \
            " AND +rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"
        sql = (
            f"SELECT s.rowid FROM (SELECT rowid, rank FROM case_search WHERE case_search MATCH ?{narrowed}) s "
            "JOIN cases c ON c.pk = s.rowid ORDER BY s.rank, c.id LIMIT ?"
        )
        window = limit if limit < 0 or not marked else max(EXACT_AMONG, limit)
        pks = [r[0] for r in conn.execute(sql, (scored, q, window) if narrowed else (scored, window))]
    if marked:
        words = _exact_words(conn, pks)
        typing = typed[-1] if terms[-1].endswith("*") and typed[-1] in marked else None  # a prefix
        pks.sort(key=lambda pk: _inexact(marked, words.get(pk, ()), typing))  # stable
        if limit >= 0:
            pks = pks[:limit]
    return _rows_in_order(conn, pks)


def _exact_words(conn: sqlite3.Connection, pks: list[int]) -> dict[int, list[str]]:
    """The words as written of the search documents ``pks`` (read by rowid, a few at a time)."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        for pk, exact in conn.execute(
            f"SELECT rowid, exact FROM case_search WHERE rowid IN ({','.join('?' * len(chunk))})", chunk
        ):
            out[pk] = (exact or "").split()
    return out


def _inexact(marked: list[str], words: Sequence[str], typing: str | None) -> int:
    """0: the case holds every word typed with diacritics as typed; 1: the same, but ``typing``
    (the last word, still being typed) only as the start of a word; 2: not all of them."""
    held = set(words)
    missing = {w for w in marked if w not in held}
    if not missing:
        return 0
    if typing is not None and missing == {typing} and any(w.startswith(typing) for w in words):
        return 1
    return 2


def _rows_in_order(conn: sqlite3.Connection, pks: list[int]) -> list[CaseRow]:
    """The queue rows of the cases ``pks``, in that order."""
    by_pk: dict[int, CaseRow] = {}
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        for r in conn.execute(
            f"SELECT {CASE_COLUMNS}, c.pk {CASE_FROM} WHERE c.pk IN ({','.join('?' * len(chunk))})", chunk
        ):
            by_pk[r[-1]] = _case_row(r)
    return [by_pk[pk] for pk in pks if pk in by_pk]


def _common(conn: sqlite3.Connection, term: str) -> bool:
    """Is ``term`` in more than ``COMMON_WORD_CASES`` cases? (Reads at most that many entries.)"""
    return conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT ?)",
        (term, COMMON_WORD_CASES + 1),
    ).fetchone()[0] > COMMON_WORD_CASES


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
    purged_at: int | None = None  # its file was removed under an erasure or the retention rules


EVIDENCE_COLUMNS = (
    "e.id, e.kind, e.name, e.sha256, e.size, e.mime, e.url, e.note, e.added_by, e.added_at, e.report_id, "
    "e.captured_at, e.claimed_mime, coalesce(m.name, ''), e.purged_at"
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
        for r in conn.execute("SELECT id, name, role, active FROM members ORDER BY name_sort, id")
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
            "ORDER BY name_sort LIMIT ?",
            (key, key + "\uffff", limit),
        )
    ]
