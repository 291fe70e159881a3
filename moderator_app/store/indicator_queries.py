"""Read side of indicators: a case's, where one is seen, the most shared, near images.

Every list reads an index: a case's sightings by ``(case_id, indicator_id)``, an indicator's
cases by ``(indicator_id, case_id)``, the most shared by ``case_count`` (kept by the projection),
and images near a perceptual hash by the bytes of the hash (``image_bands``). An indicator's cases
are dated and told apart by influencer through ``CASE_KEYS`` without reading their rows, so a
number quoted in thousands of cases (a hotline) costs an index entry per case; only the cases
listed are read whole.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

INDICATOR_COLUMNS = ("i.id, i.kind, i.value, i.display, i.relevant, i.case_count, i.marked_reason, i.marked_by, "
                     "i.first_seen_at")
NOT_REMOVED = ("NOT EXISTS (SELECT 1 FROM indicator_removals r WHERE r.case_id = s.case_id "
               "AND r.indicator_id = s.indicator_id)")
INFLUENCER_SAMPLE = 10_000  # cases read to count an indicator's influencers (a hotline number is in many)
CASE_KEYS = "ix_cases_id_opened_at_influencer_id"  # a case's date and influencer by its id, from the index alone


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: str
    kind: str
    value: str
    display: str
    relevant: bool
    case_count: int
    marked_reason: str
    marked_by: str | None
    first_seen_at: int


def _row(r: tuple) -> IndicatorRow:  # type: ignore[type-arg]
    return IndicatorRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]), int(r[5]), str(r[6] or ""),
                        r[7], int(r[8]))


@dataclass(frozen=True, slots=True)
class CaseIndicator:
    """An indicator on a case: where it came from here, and how many other cases share it."""

    indicator: IndicatorRow
    origins: tuple[str, ...]  # report, evidence, manual
    sources: tuple[str, ...]  # the reports' and evidence items' ids (and manual sightings')
    other_cases: int
    other_influencers: int


@dataclass(frozen=True, slots=True)
class SeenCase:
    case_id: str
    ref: str
    title: str
    status: str
    influencer_id: str
    influencer_name: str
    opened_at: int


def get(conn: sqlite3.Connection, indicator_id: str) -> IndicatorRow | None:
    r = conn.execute(f"SELECT {INDICATOR_COLUMNS} FROM indicators i WHERE i.id = ?", (indicator_id,)).fetchone()
    return None if r is None else _row(r)


def of_case(conn: sqlite3.Connection, case_id: str) -> list[CaseIndicator]:
    """A case's indicators, the most shared first; those taken off the case are left out."""
    rows = conn.execute(
        f"SELECT {INDICATOR_COLUMNS}, group_concat(s.origin, ' '), group_concat(s.source_id, ' ') "
        f"FROM indicator_sightings s JOIN indicators i ON i.id = s.indicator_id "
        f"WHERE s.case_id = ? AND {NOT_REMOVED} GROUP BY i.id ORDER BY i.relevant DESC, i.case_count DESC, "
        "i.kind, i.value",
        (case_id,),
    ).fetchall()
    out = []
    for r in rows:
        row = _row(r[:9])
        origins = tuple(sorted(set(str(r[9]).split())))
        sources = tuple(sorted(set(str(r[10]).split())))
        others = max(0, row.case_count - 1)
        influencers = influencer_count(conn, row.id, case_id) if others else 0
        out.append(CaseIndicator(row, origins, sources, others, influencers))
    return out


def influencer_count(conn: sqlite3.Connection, indicator_id: str, exclude_case: str | None = None) -> int:
    """How many influencers the cases sharing an indicator are about (other than ``exclude_case``'s
    own influencer when given)."""
    own = None
    if exclude_case is not None:
        found = conn.execute("SELECT influencer_id FROM cases WHERE id = ?", (exclude_case,)).fetchone()
        own = found[0] if found else None
    r = conn.execute(
        f"SELECT count(DISTINCT c.influencer_id) FROM cases c INDEXED BY {CASE_KEYS} WHERE c.id IN (SELECT s.case_id "
        f"FROM indicator_sightings s WHERE s.indicator_id = ? AND {NOT_REMOVED} LIMIT {INFLUENCER_SAMPLE}) "
        "AND c.influencer_id IS NOT ?",
        (indicator_id, own),
    ).fetchone()
    return int(r[0])


def influencers_of(conn: sqlite3.Connection, indicator_id: str, limit: int = 200) -> list[tuple[str, str]]:
    """``[(influencer id, name)]`` of the cases an indicator is seen in, by name."""
    return [(str(a), str(b)) for a, b in conn.execute(
        f"SELECT f.id, f.name FROM influencers f WHERE f.id IN (SELECT c.influencer_id FROM cases c INDEXED BY "
        f"{CASE_KEYS} WHERE c.id IN (SELECT s.case_id FROM indicator_sightings s WHERE s.indicator_id = ? AND "
        f"{NOT_REMOVED} LIMIT {INFLUENCER_SAMPLE})) ORDER BY f.name, f.id LIMIT ?",
        (indicator_id, limit))]


def seen_in(conn: sqlite3.Connection, indicator_id: str, exclude_case: str | None = None,
            limit: int = 200) -> list[SeenCase]:
    """The cases an indicator is seen in, the most recently opened first: the newest ``limit`` are
    chosen from the index, then only they are read."""
    return [SeenCase(*(str(v) for v in r[:6]), int(r[6])) for r in conn.execute(
        f"WITH hits AS (SELECT c.id AS id, c.opened_at AS opened_at FROM cases c INDEXED BY {CASE_KEYS} "
        f"WHERE c.id IN (SELECT s.case_id FROM indicator_sightings s WHERE s.indicator_id = ? AND {NOT_REMOVED}) "
        "AND c.id IS NOT ? ORDER BY c.opened_at DESC, c.id LIMIT ?) "
        "SELECT c.id, c.ref, c.title, c.status, f.id, f.name, c.opened_at FROM hits h JOIN cases c ON c.id = h.id "
        "JOIN influencers f ON f.id = c.influencer_id ORDER BY h.opened_at DESC, h.id",
        (indicator_id, exclude_case, limit))]


def top(conn: sqlite3.Connection, kind: str | None = None, min_cases: int = 1, contains: str = "",
        include_not_relevant: bool = False, limit: int = 100, offset: int = 0) -> list[IndicatorRow]:
    """The most shared indicators first (by the number of cases), of one kind or all."""
    where = ["i.case_count >= ?"]
    params: list[object] = [max(0, min_cases)]
    if kind:
        where.append("i.kind = ?")
        params.append(kind)
    if not include_not_relevant:
        where.append("i.relevant = 1")
    if contains:
        where.append("(i.value LIKE ? ESCAPE '\\' OR i.display LIKE ? ESCAPE '\\')")
        pattern = "%" + contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    index = "ix_indicators_kind_case_count" if kind else "ix_indicators_case_count"
    return [_row(r) for r in conn.execute(
        f"SELECT {INDICATOR_COLUMNS} FROM indicators i INDEXED BY {index} WHERE {' AND '.join(where)} "
        "ORDER BY i.case_count DESC, i.id LIMIT ? OFFSET ?",
        (*params, limit, offset))]


def sources_of(conn: sqlite3.Connection, indicator_id: str, case_id: str) -> list[tuple[str, str, int, int]]:
    """``[(origin, source id, span start, span end)]``: where in a case an indicator was found."""
    return [(str(a), str(b), int(c), int(d)) for a, b, c, d in conn.execute(
        "SELECT origin, source_id, span_start, span_end FROM indicator_sightings WHERE indicator_id = ? "
        "AND case_id = ? ORDER BY origin, source_id", (indicator_id, case_id))]


def near_images(conn: sqlite3.Connection, phash: str, max_bits: int) -> list[tuple[str, str, int]]:
    """``[(indicator id, hash, differing bits)]`` of image indicators within ``max_bits`` of ``phash``
    (up to 7: any such hash shares one of its eight bytes with ``phash`` at the same place)."""
    raw = bytes.fromhex(phash)
    clauses = " OR ".join("(b.band = ? AND b.bits = ?)" for _ in raw)
    params = [v for pair in enumerate(raw) for v in pair]
    target = int(phash, 16)
    out = []
    for ident, value in conn.execute(
            f"SELECT DISTINCT i.id, i.value FROM image_bands b JOIN indicators i ON i.id = b.indicator_id "
            f"WHERE {clauses}", params):
        bits = (int(value, 16) ^ target).bit_count()
        if bits <= max_bits:
            out.append((str(ident), str(value), bits))
    out.sort(key=lambda t: (t[2], t[1]))
    return out


def extraction_of(conn: sqlite3.Connection, source_id: str) -> tuple[str, str, str, str, str, int] | None:
    """``(status, method, reason_en, reason_vi, engine, found)`` of a report's or evidence item's
    latest extraction."""
    r = conn.execute("SELECT status, method, reason_en, reason_vi, engine, found FROM indicator_extractions "
                     "WHERE source_id = ?", (source_id,)).fetchone()
    return None if r is None else (str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), int(r[5]))


def evidence_text(conn: sqlite3.Connection, evidence_id: str) -> tuple[str, str, str, str, str, str] | None:
    """``(status, method, text, reason_en, reason_vi, engine)`` read from an evidence file here."""
    r = conn.execute("SELECT status, method, text, reason_en, reason_vi, engine FROM evidence_text "
                     "WHERE evidence_id = ?", (evidence_id,)).fetchone()
    return None if r is None else tuple(str(v) for v in r)  # type: ignore[return-value]
