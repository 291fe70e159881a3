"""Read side of one case beyond the queue: annotations, related cases, decisions in full.

``store.queries.case_detail`` gives the case, its reports, notes, evidence and history; these
add what the case window and the printed case file show besides.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .queries import CASE_COLUMNS, CASE_FROM, CaseRow, _case_row

MAX_RELATED = 60


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    id: str
    evidence_id: str
    evidence_name: str
    kind: str
    label: str
    comment: str
    author_id: str
    author_name: str
    created_at: int
    updated_at: int


def annotations_of(conn: sqlite3.Connection, case_id: str) -> list[AnnotationRow]:
    return [
        AnnotationRow(*r)
        for r in conn.execute(
            "SELECT a.id, a.evidence_id, coalesce(nullif(e.name, ''), e.url, ''), a.kind, a.label, a.comment, "
            "a.author_id, coalesce(m.name, ''), a.created_at, a.updated_at FROM annotations a "
            "LEFT JOIN evidence e ON e.id = a.evidence_id LEFT JOIN members m ON m.id = a.author_id "
            "WHERE a.case_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id",
            (case_id,),
        )
    ]


@dataclass(frozen=True, slots=True)
class RelatedCase:
    case: CaseRow
    reasons: tuple[str, ...]  # REASON_ORDER's codes, strongest first
    shared: tuple[tuple[str, str], ...] = ()  # (kind, display) of the indicators both cases hold


REASON_ORDER = ("url", "evidence", "image", "indicator", "influencer")
# An indicator in more cases than this links them through the Indicators view, not as "related":
# a number every report quotes (a platform's hotline) would relate everything to everything.
MAX_SHARED_CASES = 500


def related_cases(conn: sqlite3.Connection, case_id: str) -> list[RelatedCase]:
    """Other cases about the same influencer, the same URL, or the same evidence file.

    Cases merged into this one are not listed (the case shows them as merged); the same URL
    or evidence comes first, then the same influencer's most recent cases.
    """
    reasons: dict[str, set[str]] = {}
    influencer = conn.execute("SELECT influencer_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    if influencer is None:
        return []
    for (other,) in conn.execute(
        "SELECT DISTINCT r2.case_id FROM reports r1 JOIN reports r2 ON r2.url_key = r1.url_key "
        "WHERE r1.case_id = ? AND r1.url_key != '' AND r2.case_id != r1.case_id",
        (case_id,),
    ):
        reasons.setdefault(other, set()).add("url")
    for (other,) in conn.execute(
        "SELECT DISTINCT e2.case_id FROM evidence e1 JOIN evidence e2 ON e2.sha256 = e1.sha256 "
        "WHERE e1.case_id = ? AND e1.sha256 IS NOT NULL AND e1.deleted = 0 AND e2.deleted = 0 "
        "AND e2.case_id != e1.case_id",
        (case_id,),
    ):
        reasons.setdefault(other, set()).add("evidence")
    shared: dict[str, list[tuple[str, str]]] = {}
    for other, kind, display in conn.execute(
        "SELECT DISTINCT s2.case_id, i.kind, i.display FROM indicator_sightings s1 "
        "JOIN indicators i ON i.id = s1.indicator_id "
        "JOIN indicator_sightings s2 ON s2.indicator_id = s1.indicator_id AND s2.case_id != s1.case_id "
        "WHERE s1.case_id = ? AND i.relevant = 1 AND i.case_count BETWEEN 2 AND ? "
        "AND NOT EXISTS (SELECT 1 FROM indicator_removals r WHERE r.indicator_id = i.id AND r.case_id IN "
        "(s1.case_id, s2.case_id)) ORDER BY s2.case_id, i.kind, i.display",
        (case_id, MAX_SHARED_CASES),
    ):
        reasons.setdefault(other, set()).add("image" if kind == "image" else "indicator")
        if kind != "image":
            shared.setdefault(other, []).append((kind, display))
    for other in _similar_image_cases(conn, case_id):
        reasons.setdefault(other, set()).add("image")
    for (other,) in conn.execute(
        "SELECT id FROM cases WHERE influencer_id = ? AND id != ? ORDER BY opened_at DESC, id LIMIT ?",
        (influencer[0], case_id, MAX_RELATED),
    ):
        reasons.setdefault(other, set()).add("influencer")
    if not reasons:
        return []
    ids = sorted(reasons)
    rows = {
        r[0]: _case_row(r)
        for r in conn.execute(
            f"SELECT {CASE_COLUMNS} {CASE_FROM} WHERE c.id IN ({','.join('?' * len(ids))})", ids
        )
    }
    out = [
        RelatedCase(row, tuple(r for r in REASON_ORDER if r in reasons[cid]), tuple(shared.get(cid, ())))
        for cid, row in rows.items()
        if row.merged_into != case_id
    ]
    out.sort(key=lambda rc: (REASON_ORDER.index(rc.reasons[0]), -rc.case.opened_at, rc.case.id))
    return out[:MAX_RELATED]


def _similar_image_cases(conn: sqlite3.Connection, case_id: str) -> set[str]:
    """Cases holding an image whose perceptual hash is near one of this case's (a re-post)."""
    from moderator_app.domain.indicators import SIMILAR_BITS

    from .indicator_queries import near_images

    hashes = [r[0] for r in conn.execute(
        "SELECT DISTINCT i.value FROM indicator_sightings s JOIN indicators i ON i.id = s.indicator_id "
        "WHERE s.case_id = ? AND i.kind = 'image' AND i.relevant = 1", (case_id,))]
    near: set[str] = set()
    for value in hashes:
        near.update(ident for ident, _v, _bits in near_images(conn, value, SIMILAR_BITS))
    if not near:
        return set()
    ids = sorted(near)
    return {r[0] for r in conn.execute(
        f"SELECT DISTINCT case_id FROM indicator_sightings WHERE indicator_id IN ({','.join('?' * len(ids))}) "
        "AND case_id != ?", (*ids, case_id))}


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: str
    action: str
    owner_name: str
    due_on: str | None
    done_at: int | None


@dataclass(frozen=True, slots=True)
class CaseDecision:
    id: str
    meeting_id: str
    meeting_title: str
    decided_on: str
    outcome: str
    category: str
    rationale: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    published: bool
    amends: str | None
    corrected_on: str | None
    follow_ups: tuple[FollowUpRow, ...]


def decisions_of_case(conn: sqlite3.Connection, case_id: str) -> list[CaseDecision]:
    follow_ups: dict[str, list[FollowUpRow]] = {}
    for r in conn.execute(
        "SELECT f.decision_id, f.id, f.action, coalesce(m.name, ''), f.due_on, f.done_at FROM follow_ups f "
        "LEFT JOIN members m ON m.id = f.owner_id WHERE f.case_id = ? ORDER BY f.due_on, f.id",
        (case_id,),
    ):
        follow_ups.setdefault(r[0], []).append(FollowUpRow(*r[1:]))
    return [
        CaseDecision(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]), r[11], r[12],
                     tuple(follow_ups.get(r[0], ())))
        for r in conn.execute(
            "SELECT d.id, d.meeting_id, m.title, d.decided_on, d.outcome, d.category, d.rationale, d.votes_for, "
            "d.votes_against, d.votes_abstain, d.published, d.amends, d.corrected_on FROM decisions d "
            "JOIN meetings m ON m.id = d.meeting_id WHERE d.case_id = ? ORDER BY d.decided_on, d.id",
            (case_id,),
        )
    ]
