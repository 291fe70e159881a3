"""Read side of meetings: the list, one meeting's agenda, attendance, votes and decisions.

Plain frozen dataclasses out, as in ``queries``. Orders break ties on replicated ids so every
member lists the same things in the same order.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from moderator_app.domain.meetings import VOTING_ROLES, QuorumRule, count_quorum, parse_quorum

VOTING_CODES = tuple(sorted(r.value for r in VOTING_ROLES))


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: str
    title: str
    date: str  # ISO
    place: str
    chair_id: str | None
    chair_name: str
    secretary_id: str | None
    secretary_name: str
    minutes: str
    finalized: bool
    finalized_at: int | None
    agenda_count: int
    decision_count: int


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: str
    decision_id: str
    case_id: str
    ref: str
    action: str
    owner_id: str | None
    owner_name: str
    due_on: str | None  # ISO
    done_at: int | None


@dataclass(frozen=True, slots=True)
class DecisionFull:
    """A decision with everything an export or the meetings window shows about it."""

    id: str
    meeting_id: str
    meeting_title: str
    decided_on: str  # ISO, the meeting's date
    case_id: str
    ref: str
    case_title: str
    summary: str
    influencer_id: str
    influencer: str
    accounts: str
    category: str
    outcome: str
    rationale: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    votes_recused: int
    vote_mode: str
    published: bool
    agenda_item_id: str | None
    amends: str | None
    appeal_of: str | None
    appealed_at: int | None
    amended_by: tuple[str, ...]
    recorded_by: str
    recorded_by_name: str
    recorded_at: int
    follow_ups: tuple[FollowUpRow, ...]
    conflicted: bool  # two members changed its outcome concurrently
    public_summary: str = ""  # what the public register says of it (empty: a neutral sentence is generated)

    @property
    def is_amendment(self) -> bool:
        return self.amends is not None

    @property
    def superseded(self) -> bool:
        return bool(self.amended_by)


@dataclass(frozen=True, slots=True)
class AgendaItemRow:
    id: str
    meeting_id: str
    position: int
    kind: str  # case or trigger
    case_id: str | None
    ref: str
    case_title: str
    case_status: str
    influencer_id: str | None
    influencer: str
    category: str
    recommendation: str
    recommended_outcome: str | None
    decisions: tuple[DecisionFull, ...]  # oldest first; amendments follow what they amend

    @property
    def decision(self) -> DecisionFull | None:
        """The version in force: the latest decision not amended by another."""
        current = [d for d in self.decisions if not d.amended_by]
        return current[-1] if current else None


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    member_id: str
    name: str
    role: str
    voting: bool
    status: str | None  # present, absent, excused, or not recorded


@dataclass(frozen=True, slots=True)
class VoteRow:
    agenda_item_id: str
    member_id: str
    name: str
    choice: str


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    meeting: MeetingRow
    agenda: tuple[AgendaItemRow, ...]
    attendance: tuple[AttendanceRow, ...]
    votes: dict[str, tuple[VoteRow, ...]]  # agenda item id -> votes recorded

    @property
    def follow_ups(self) -> tuple[FollowUpRow, ...]:
        out: list[FollowUpRow] = []
        for item in self.agenda:
            for d in item.decisions:
                out.extend(d.follow_ups)
        return tuple(out)

    def item(self, item_id: str) -> AgendaItemRow | None:
        return next((i for i in self.agenda if i.id == item_id), None)


MEETING_SELECT = (
    "SELECT m.id, m.title, m.date, m.place, m.chair_id, coalesce(c.name, ''), m.secretary_id, coalesce(s.name, ''), "
    "m.minutes, m.finalized, m.finalized_at, "
    "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.removed = 0), "
    "(SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id AND d.amends IS NULL) "
    "FROM meetings m LEFT JOIN members c ON c.id = m.chair_id LEFT JOIN members s ON s.id = m.secretary_id"
)


def _meeting_row(r: tuple[Any, ...]) -> MeetingRow:
    return MeetingRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8] or "", bool(r[9]), r[10], r[11],
                      r[12])


def list_meetings(conn: sqlite3.Connection) -> list[MeetingRow]:
    """Every meeting, the latest first."""
    return [_meeting_row(r) for r in conn.execute(f"{MEETING_SELECT} ORDER BY m.date DESC, m.id DESC")]


def get_meeting(conn: sqlite3.Connection, meeting_id: str) -> MeetingRow | None:
    row = conn.execute(f"{MEETING_SELECT} WHERE m.id = ?", (meeting_id,)).fetchone()
    return None if row is None else _meeting_row(row)


def upcoming_meeting(conn: sqlite3.Connection, today_iso: str) -> MeetingRow | None:
    """The next meeting not yet finalized, dated today or later."""
    row = conn.execute(
        f"{MEETING_SELECT} WHERE m.finalized = 0 AND m.date >= ? ORDER BY m.date, m.id LIMIT 1", (today_iso,)
    ).fetchone()
    return None if row is None else _meeting_row(row)


# --- decisions ---------------------------------------------------------------------------------

DECISION_SELECT = (
    "SELECT d.id, d.meeting_id, mt.title, d.decided_on, d.case_id, c.ref, c.title, "
    "(SELECT r.description FROM reports r WHERE r.case_id = c.id ORDER BY r.received_at, r.id LIMIT 1), "
    "d.influencer_id, i.name, "
    "(SELECT group_concat(a.platform || ' ' || a.handle, ', ') FROM "
    "  (SELECT platform, min(handle) AS handle FROM influencer_accounts WHERE influencer_id = d.influencer_id "
    "   AND removed = 0 GROUP BY platform, handle_key ORDER BY platform, handle_key) a), "
    "d.category, d.outcome, d.rationale, d.votes_for, d.votes_against, d.votes_abstain, d.votes_recused, "
    "d.vote_mode, d.published, d.agenda_item_id, d.amends, d.appeal_of, d.appealed_at, "
    "(SELECT group_concat(x.id, ' ') FROM (SELECT id FROM decisions WHERE amends = d.id ORDER BY recorded_at, id) x), "
    "d.recorded_by, coalesce(rb.name, ''), d.recorded_at, "
    "EXISTS (SELECT 1 FROM conflicts k WHERE k.entity_kind = 'decision' AND k.entity_id = d.id), "
    "d.public_summary "
    "FROM decisions d JOIN meetings mt ON mt.id = d.meeting_id JOIN cases c ON c.id = d.case_id "
    "JOIN influencers i ON i.id = d.influencer_id LEFT JOIN members rb ON rb.id = d.recorded_by"
)


def _follow_ups(conn: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> dict[str, list[FollowUpRow]]:
    out: dict[str, list[FollowUpRow]] = {}
    for r in conn.execute(
        "SELECT f.id, f.decision_id, f.case_id, coalesce(c.ref, ''), f.action, f.owner_id, coalesce(m.name, ''), "
        "f.due_on, f.done_at FROM follow_ups f LEFT JOIN cases c ON c.id = f.case_id "
        f"LEFT JOIN members m ON m.id = f.owner_id WHERE {where} ORDER BY f.due_on IS NULL, f.due_on, f.id",
        params,
    ):
        out.setdefault(r[1], []).append(FollowUpRow(*r))
    return out


def _decision(r: tuple[Any, ...], follow_ups: dict[str, list[FollowUpRow]]) -> DecisionFull:
    summary = r[6] or " ".join(str(r[7] or "").split())
    return DecisionFull(
        id=r[0], meeting_id=r[1], meeting_title=r[2], decided_on=r[3], case_id=r[4], ref=r[5], case_title=r[6] or "",
        summary=summary, influencer_id=r[8], influencer=r[9], accounts=r[10] or "", category=r[11], outcome=r[12],
        rationale=r[13] or "", votes_for=r[14], votes_against=r[15], votes_abstain=r[16], votes_recused=r[17],
        vote_mode=r[18], published=bool(r[19]), agenda_item_id=r[20], amends=r[21], appeal_of=r[22],
        appealed_at=r[23], amended_by=tuple((r[24] or "").split()), recorded_by=r[25], recorded_by_name=r[26],
        recorded_at=r[27], follow_ups=tuple(follow_ups.get(r[0], ())), conflicted=bool(r[28]),
        public_summary=r[29] or "",
    )


def meeting_decisions(conn: sqlite3.Connection, meeting_id: str) -> list[DecisionFull]:
    """A meeting's decisions in agenda order; each amendment right after what it amends."""
    follow_ups = _follow_ups(conn, "f.decision_id IN (SELECT id FROM decisions WHERE meeting_id = ?)", (meeting_id,))
    rows = conn.execute(
        f"{DECISION_SELECT} LEFT JOIN agenda_items ai ON ai.id = d.agenda_item_id WHERE d.meeting_id = ? "
        "ORDER BY coalesce(ai.position, 1000000), ai.id, d.recorded_at, d.id",
        (meeting_id,),
    ).fetchall()
    return [_decision(r, follow_ups) for r in rows]


def get_decision(conn: sqlite3.Connection, decision_id: str) -> DecisionFull | None:
    row = conn.execute(f"{DECISION_SELECT} WHERE d.id = ?", (decision_id,)).fetchone()
    if row is None:
        return None
    return _decision(row, _follow_ups(conn, "f.decision_id = ?", (decision_id,)))


def all_decisions(conn: sqlite3.Connection, as_of_iso: str | None = None) -> list[DecisionFull]:
    """Every decision (optionally those taken on or before a date), oldest first."""
    where, params = ("WHERE d.decided_on <= ?", (as_of_iso,)) if as_of_iso else ("", ())
    rows = conn.execute(f"{DECISION_SELECT} {where} ORDER BY d.decided_on, d.recorded_at, d.id", params).fetchall()
    return [_decision(r, {}) for r in rows]


# --- one meeting -------------------------------------------------------------------------------


def meeting_detail(conn: sqlite3.Connection, meeting_id: str) -> MeetingDetail | None:
    meeting = get_meeting(conn, meeting_id)
    if meeting is None:
        return None
    decisions: dict[str, list[DecisionFull]] = {}
    for d in meeting_decisions(conn, meeting_id):
        if d.agenda_item_id:
            decisions.setdefault(d.agenda_item_id, []).append(d)
    agenda = tuple(
        AgendaItemRow(
            id=r[0], meeting_id=meeting_id, position=r[1], kind=r[2], case_id=r[3], ref=r[4] or "",
            case_title=r[5] or "", case_status=r[6] or "", influencer_id=r[7], influencer=r[8] or "",
            category=r[9] or "", recommendation=r[10] or "", recommended_outcome=r[11],
            decisions=tuple(decisions.get(r[0], ())),
        )
        for r in conn.execute(
            "SELECT a.id, a.position, a.kind, a.case_id, c.ref, c.title, c.status, "
            "coalesce(c.influencer_id, a.influencer_id), i.name, c.category, a.recommendation, a.recommended_outcome "
            "FROM agenda_items a LEFT JOIN cases c ON c.id = a.case_id "
            "LEFT JOIN influencers i ON i.id = coalesce(c.influencer_id, a.influencer_id) "
            "WHERE a.meeting_id = ? AND a.removed = 0 ORDER BY a.position, a.id",
            (meeting_id,),
        )
    )
    votes: dict[str, list[VoteRow]] = {}
    for r in conn.execute(
        "SELECT v.agenda_item_id, v.member_id, coalesce(m.name, v.member_id), v.choice FROM votes v "
        "JOIN agenda_items a ON a.id = v.agenda_item_id LEFT JOIN members m ON m.id = v.member_id "
        "WHERE a.meeting_id = ? AND v.choice != 'none' ORDER BY m.name_sort, v.member_id",
        (meeting_id,),
    ):
        votes.setdefault(r[0], []).append(VoteRow(*r))
    return MeetingDetail(meeting, agenda, attendance(conn, meeting_id), {k: tuple(v) for k, v in votes.items()})


def attendance(conn: sqlite3.Connection, meeting_id: str) -> tuple[AttendanceRow, ...]:
    """Every active member, and anyone whose attendance was recorded, voting members first."""
    rows = conn.execute(
        "SELECT m.id, m.name, m.role, a.status, m.active FROM members m "
        "LEFT JOIN attendance a ON a.member_id = m.id AND a.meeting_id = ? "
        "WHERE m.active = 1 OR a.status IS NOT NULL ORDER BY m.name_sort, m.id",
        (meeting_id,),
    ).fetchall()
    # A revoked member votes no more, as the quorum counts (``voting_members``).
    out = [AttendanceRow(r[0], r[1], r[2], bool(r[4]) and r[2] in VOTING_CODES, r[3]) for r in rows]
    out.sort(key=lambda a: (not a.voting, 0))
    return tuple(out)


def voting_members(conn: sqlite3.Connection) -> list[str]:
    marks = ",".join("?" * len(VOTING_CODES))
    return [r[0] for r in conn.execute(
        f"SELECT id FROM members WHERE active = 1 AND role IN ({marks}) ORDER BY id", VOTING_CODES
    )]


def quorum_rule(conn: sqlite3.Connection) -> QuorumRule:
    """The workspace's quorum setting (local, never synced)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'quorum'").fetchone()
    return parse_quorum(None if row is None else json.loads(row[0]))


def meeting_quorum(conn: sqlite3.Connection, meeting_id: str, local_member: str | None):  # noqa: ANN201
    """The live quorum of a meeting (``domain.meetings.Quorum``)."""
    status = dict(conn.execute("SELECT member_id, status FROM attendance WHERE meeting_id = ?", (meeting_id,)))
    return count_quorum(quorum_rule(conn), voting_members(conn), status, local_member)


def item_votes(conn: sqlite3.Connection, item_id: str) -> dict[str, str]:
    """Member id -> choice for one agenda item (withdrawn votes left out)."""
    return dict(conn.execute(
        "SELECT member_id, choice FROM votes WHERE agenda_item_id = ? AND choice != 'none'", (item_id,)
    ))


def schedulable_cases(conn: sqlite3.Connection, limit: int = 500) -> list[tuple[str, str, str, str, str]]:
    """Cases ready for a meeting (scheduled or on appeal) and on no open meeting's agenda.

    Returns (case id, ref, influencer, category, status), oldest first.
    """
    return [tuple(r) for r in conn.execute(  # type: ignore[misc]
        "SELECT c.id, c.ref, i.name, c.category, c.status FROM cases c JOIN influencers i ON i.id = c.influencer_id "
        "WHERE c.status IN ('scheduled', 'appeal') AND NOT EXISTS (SELECT 1 FROM agenda_items a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE a.case_id = c.id AND a.removed = 0 AND m.finalized = 0 "
        "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.agenda_item_id = a.id)) "
        "ORDER BY c.status_since, c.id LIMIT ?",
        (limit,),
    )]
