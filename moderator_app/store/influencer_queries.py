"""Read side of influencer profiles: the register, a profile, its decisions and assessments.

Frozen dataclasses out, like ``store.queries``. The credibility score itself is computed from
these rows by ``domain.score`` (through ``services.credibility``), never stored: it depends on
the date it is asked for.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.text import fold

from .queries import HistoryEntry

MAX_CANDIDATES = 8


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: str
    platform: str
    handle: str
    url: str
    followers: int | None


@dataclass(frozen=True, slots=True)
class InfluencerRow:
    """A line of the register."""

    id: str
    name: str
    name_key: str
    name_sort: str  # domain.collation: Vietnamese alphabetical order
    agency: str
    member_since: str | None
    pledge_signed: bool
    case_count: int
    platforms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProfileDetail:
    id: str
    name: str
    agency: str
    contact: str
    notes: str
    member_since: str | None
    pledge_signed: bool
    merged_into: str | None
    merged_into_name: str | None
    created_at: int
    case_count: int
    accounts: tuple[AccountRow, ...]
    merged_from: tuple[tuple[str, str], ...]  # (id, name) of the profiles merged into this one


@dataclass(frozen=True, slots=True)
class InfluencerDecision:
    id: str
    influencer_id: str
    case_id: str
    case_ref: str
    meeting_id: str
    meeting_title: str
    decided_on: str
    outcome: str
    category: str
    rationale: str
    published: bool
    corrected_on: str | None
    amends: str | None
    current: bool = False  # the decision its case shows now


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    id: str
    influencer_id: str
    assessed_on: str
    passed: tuple[str, ...]
    note: str
    author_id: str
    author_name: str
    recorded_at: int


def find_influencer_id(conn: sqlite3.Connection, text: str) -> str:
    """A profile by id or by name (ignoring case and diacritics; a unique prefix will do).

    Kept profiles are preferred to merged ones; a name several profiles share is refused with
    their ids so the person can choose.
    """
    t = " ".join(text.split())
    if not t:
        raise UserError("give an influencer's name or id", vi="hãy nhập tên hoặc mã của người có ảnh hưởng",
                        code="influencer_not_given")
    row = conn.execute("SELECT id FROM influencers WHERE id = ?", (t.lower(),)).fetchone()
    if row is not None:
        return str(row[0])
    key = fold(t)
    for sql, params in (
        ("SELECT id, name, merged_into FROM influencers WHERE name_key = ? ORDER BY merged_into IS NOT NULL, "
         "created_at, id", (key,)),
        ("SELECT id, name, merged_into FROM influencers WHERE name_key >= ? AND name_key < ? "
         "ORDER BY merged_into IS NOT NULL, name_sort, id", (key, key + "\uffff")),
    ):
        rows = conn.execute(sql, params).fetchall()
        kept = [r for r in rows if r[2] is None] or rows
        if len(kept) == 1:
            return str(kept[0][0])
        if len(kept) > 1:
            listed = "; ".join(f"{r[1]} ({r[0]})" for r in kept[:MAX_CANDIDATES])
            raise UserError(f"{t!r} matches more than one influencer: {listed}; use the id",
                            vi=f"{t!r} khớp với nhiều người có ảnh hưởng: {listed}; hãy dùng mã",
                            code="ambiguous_influencer")
    raise NotFound(f"no influencer {t!r}; see `influencers list`",
                   vi=f"không có người có ảnh hưởng {t!r}; xem `influencers list`", code="no_influencer")


def _platforms(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for influencer_id, platform in conn.execute(
        "SELECT DISTINCT influencer_id, platform FROM influencer_accounts WHERE removed = 0 "
        "ORDER BY influencer_id, platform"
    ):
        out.setdefault(influencer_id, []).append(platform)
    return {k: tuple(v) for k, v in out.items()}


def register_rows(
    conn: sqlite3.Connection, search: str | None = None, created_before_ms: int | None = None
) -> list[InfluencerRow]:
    """Every kept (not merged) profile, in Vietnamese alphabetical order; ``search`` matches names and handles;
    ``created_before_ms`` keeps only the profiles that existed then (a report "as of" a past date)."""
    platforms = _platforms(conn)
    sql = (
        "SELECT id, name, name_key, name_sort, agency, member_since, pledge_signed, case_count FROM influencers "
        "WHERE merged_into IS NULL"
    )
    params: list[object] = []
    if created_before_ms is not None:
        sql += " AND created_at < ?"
        params.append(created_before_ms)
    if search and fold(search).strip():
        folded = fold(search).strip()
        sql += (" AND (name_key LIKE ? OR id IN (SELECT influencer_id FROM influencer_accounts "
                "WHERE removed = 0 AND handle_key LIKE ?))")
        params += [f"%{folded}%", f"%{folded.lstrip('@')}%"]
    sql += " ORDER BY name_sort, id"
    return [
        InfluencerRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], platforms.get(r[0], ()))
        for r in conn.execute(sql, params)
    ]


def accounts_of(conn: sqlite3.Connection, influencer_id: str) -> tuple[AccountRow, ...]:
    return tuple(
        AccountRow(*r)
        for r in conn.execute(
            "SELECT id, platform, handle, url, followers FROM influencer_accounts "
            "WHERE influencer_id = ? AND removed = 0 ORDER BY platform, handle_key, id",
            (influencer_id,),
        )
    )


def profile(conn: sqlite3.Connection, influencer_id: str) -> ProfileDetail | None:
    row = conn.execute(
        "SELECT i.id, i.name, i.agency, i.contact, i.notes, i.member_since, i.pledge_signed, i.merged_into, "
        "k.name, i.created_at, i.case_count FROM influencers i LEFT JOIN influencers k ON k.id = i.merged_into "
        "WHERE i.id = ?",
        (influencer_id,),
    ).fetchone()
    if row is None:
        return None
    merged_from = tuple(
        (r[0], r[1])
        for r in conn.execute(
            "SELECT id, name FROM influencers WHERE merged_into = ? ORDER BY name_sort, id", (influencer_id,)
        )
    )
    return ProfileDetail(
        row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7], row[8], row[9], row[10],
        accounts_of(conn, influencer_id), merged_from,
    )


DECISION_SQL = (
    "SELECT d.id, d.influencer_id, d.case_id, c.ref, d.meeting_id, m.title, d.decided_on, d.outcome, d.category, "
    "d.rationale, d.published, d.corrected_on, d.amends, c.decision_id IS d.id "
    "FROM decisions d JOIN cases c ON c.id = d.case_id "
    "JOIN meetings m ON m.id = d.meeting_id"
)


def _decision(r: tuple[object, ...]) -> InfluencerDecision:
    return InfluencerDecision(
        str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]), str(r[7]), str(r[8]),
        str(r[9] or ""), bool(r[10]), None if r[11] is None else str(r[11]), None if r[12] is None else str(r[12]),
        bool(r[13]),
    )


def decisions_of(conn: sqlite3.Connection, influencer_id: str) -> list[InfluencerDecision]:
    return [
        _decision(r)
        for r in conn.execute(f"{DECISION_SQL} WHERE d.influencer_id = ? ORDER BY d.decided_on, d.id",
                              (influencer_id,))
    ]


def all_decisions(conn: sqlite3.Connection) -> dict[str, list[InfluencerDecision]]:
    """Every decision, grouped by influencer (for the register's scores)."""
    out: dict[str, list[InfluencerDecision]] = {}
    for r in conn.execute(f"{DECISION_SQL} ORDER BY d.influencer_id, d.decided_on, d.id"):
        d = _decision(r)
        out.setdefault(d.influencer_id, []).append(d)
    return out


def decision(conn: sqlite3.Connection, decision_id: str) -> InfluencerDecision | None:
    row = conn.execute(f"{DECISION_SQL} WHERE d.id = ?", (decision_id,)).fetchone()
    return None if row is None else _decision(row)


def _assessment(r: tuple[object, ...]) -> AssessmentRow:
    return AssessmentRow(
        str(r[0]), str(r[1]), str(r[2]), tuple(json.loads(str(r[3]))), str(r[4]), str(r[5]), str(r[6] or ""),
        int(r[7]),  # type: ignore[call-overload]
    )


ASSESSMENT_SQL = (
    "SELECT a.id, a.influencer_id, a.assessed_on, a.passed, a.note, a.author_id, m.name, a.recorded_at "
    "FROM influencer_assessments a LEFT JOIN members m ON m.id = a.author_id"
)


def assessments_of(conn: sqlite3.Connection, influencer_id: str) -> list[AssessmentRow]:
    return [
        _assessment(r)
        for r in conn.execute(f"{ASSESSMENT_SQL} WHERE a.influencer_id = ? ORDER BY a.assessed_on, a.id",
                              (influencer_id,))
    ]


def all_assessments(conn: sqlite3.Connection) -> dict[str, list[AssessmentRow]]:
    out: dict[str, list[AssessmentRow]] = {}
    for r in conn.execute(f"{ASSESSMENT_SQL} ORDER BY a.influencer_id, a.assessed_on, a.id"):
        a = _assessment(r)
        out.setdefault(a.influencer_id, []).append(a)
    return out


def proposed_on(conn: sqlite3.Connection, influencer_id: str | None = None) -> dict[str, list[str]]:
    """Dates of the meetings where a suspension was put on the agenda, by influencer."""
    sql = (
        "SELECT a.influencer_id, m.date FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.kind = 'trigger' AND a.removed = 0 AND a.influencer_id IS NOT NULL"
    )
    params: tuple[object, ...] = ()
    if influencer_id is not None:
        sql += " AND a.influencer_id = ?"
        params = (influencer_id,)
    out: dict[str, list[str]] = {}
    for inf, day in conn.execute(sql + " ORDER BY m.date", params):
        out.setdefault(inf, []).append(day)
    return out


def trigger_candidates(conn: sqlite3.Connection, outcomes: Iterable[str], since: str, until: str,
                       count: int) -> list[str]:
    """Influencers with at least ``count`` decisions of these outcomes dated ``since``–``until``.

    A cheap superset of those who may have reached the suspension trigger recently, so the
    trigger is computed for a few profiles rather than for all of them.
    """
    codes = sorted(set(outcomes))
    return [
        r[0]
        for r in conn.execute(
            f"SELECT influencer_id FROM decisions WHERE outcome IN ({','.join('?' * len(codes))}) "
            "AND decided_on >= ? AND decided_on <= ? GROUP BY influencer_id HAVING count(*) >= ? "
            "ORDER BY influencer_id",
            (*codes, since, until, count),
        )
    ]


@dataclass(frozen=True, slots=True)
class OpenMeeting:
    id: str
    title: str
    date: str


def open_meetings(conn: sqlite3.Connection, from_date: str) -> list[OpenMeeting]:
    """Meetings not yet finalized, dated ``from_date`` or later, soonest first."""
    return [
        OpenMeeting(*r)
        for r in conn.execute(
            "SELECT id, title, date FROM meetings WHERE finalized = 0 AND date >= ? ORDER BY date, id",
            (from_date,),
        )
    ]


def merge_group_ids(conn: sqlite3.Connection, influencer_id: str) -> list[str]:
    """The profile and every profile merged into it."""
    return [influencer_id] + [
        r[0] for r in conn.execute("SELECT id FROM influencers WHERE merged_into = ? ORDER BY id", (influencer_id,))
    ]


def profile_history(conn: sqlite3.Connection, influencer_id: str) -> tuple[HistoryEntry, ...]:
    """The profile's own events, those of the profiles merged into it, and the merges."""
    group = merge_group_ids(conn, influencer_id)
    marks = ",".join("?" * len(group))
    return tuple(
        HistoryEntry(r[0], physical_ms(r[1]), r[2], r[3] or "", r[4], json.loads(r[5]), r[6], r[7])
        for r in conn.execute(
            "SELECT e.id, e.hlc, e.author, m.name, e.type, e.payload, e.device_id, e.entity FROM events e "
            "LEFT JOIN members m ON m.id = e.author "
            "WHERE e.id IN ("
            f"SELECT id FROM events WHERE entity IN ({marks}) AND type LIKE 'influencer.%' "
            f"UNION SELECT event_id FROM influencer_merges WHERE source_id IN ({marks}) OR target_id IN ({marks}) "
            "UNION SELECT id FROM events WHERE type = 'agenda.added' AND entity IN "
            f"(SELECT id FROM agenda_items WHERE influencer_id IN ({marks}))) "
            "ORDER BY e.hlc, e.device_id",
            (*group, *group, *group, *group),
        )
    )


def influencer_names_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {
        r[0]: r[1]
        for r in conn.execute(f"SELECT id, name FROM influencers WHERE id IN ({','.join('?' * len(wanted))})",
                              wanted)
    }
