"""The credibility score as the committee uses it: a profile's score, the register, the
suspension trigger's proposals, and recording completed corrections.

The formula lives in ``domain.score``; this module feeds it the decisions and assessments of
the store and turns its results into things to show and to do. Scores are never stored: they
depend on the date they are asked for, and every member computes the same one from the same
events.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from moderator_app.domain import score as S
from moderator_app.domain.clock import local_date, ms_from_date
from moderator_app.domain.enums import Category, Outcome, Role
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.store import influencer_queries as Q
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.fields import current_heads

from .meetings import find_meeting, next_agenda_position
from .transaction import Transaction
from .workspace import Workspace

ORGANISERS = (Role.CHAIR, Role.SECRETARY)
SORTS = ("score", "name", "cases")
MAX_NOTE = 5_000


def today(ws: Workspace) -> date:
    """The committee's today (Vietnam's calendar), from the workspace clock."""
    return local_date(ws.clock.wall())


def to_input(d: Q.InfluencerDecision) -> S.DecisionInput:
    return S.DecisionInput(
        id=d.id,
        decided_on=date.fromisoformat(d.decided_on),
        outcome=Outcome(d.outcome),
        category=Category(d.category),
        case_id=d.case_id,
        case_ref=d.case_ref,
        corrected_on=date.fromisoformat(d.corrected_on) if d.corrected_on else None,
        amends=d.amends,
        current=d.current,
    )


def to_assessment(a: Q.AssessmentRow) -> S.PillarAssessment:
    return S.PillarAssessment(date.fromisoformat(a.assessed_on), S.parse_pillars(a.passed), a.id)


@dataclass(frozen=True, slots=True)
class ProfileScore:
    """A profile's score on a date, with what it was computed from."""

    score: S.Score
    trigger: S.Trigger | None  # a pending suspension proposal
    decisions: tuple[Q.InfluencerDecision, ...]
    assessments: tuple[Q.AssessmentRow, ...]

    def inputs(self) -> list[S.DecisionInput]:
        return [to_input(d) for d in self.decisions]

    def series(self, start: date, end: date, step_days: int = 7) -> list[tuple[date, float]]:
        """The score over time, for the profile's chart."""
        return S.series(self.inputs(), start, end, [to_assessment(a) for a in self.assessments],
                        step_days=step_days)


def profile_score(conn: sqlite3.Connection, influencer_id: str, as_of: date) -> ProfileScore:
    decisions = tuple(Q.decisions_of(conn, influencer_id))
    assessments = tuple(Q.assessments_of(conn, influencer_id))
    inputs = [to_input(d) for d in decisions]
    result = S.compute(inputs, as_of, [to_assessment(a) for a in assessments])
    proposed = [date.fromisoformat(d) for d in Q.proposed_on(conn, influencer_id).get(influencer_id, [])]
    trigger = S.pending_trigger(inputs, as_of, proposed)
    return ProfileScore(result, trigger, decisions, assessments)


# --- the profile page -------------------------------------------------------------------

MAX_CASES = 100_000
CHART_YEARS = 1


@dataclass(frozen=True, slots=True)
class ProfileData:
    detail: Q.ProfileDetail
    found: ProfileScore
    series: list[tuple[date, float]]
    cases: list[queries.CaseRow]
    history: tuple[queries.HistoryEntry, ...]
    names: dict[str, str]
    people: dict[str, str]
    as_of: date


def load_profile(ws: Workspace, influencer_id: str, as_of: date) -> ProfileData | None:
    """Everything the profile page shows, read in one go (the window runs it off the GUI thread)."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = Q.profile(raw, influencer_id)
        if detail is None:
            return None
        found = profile_score(raw, influencer_id, as_of)
        cases = queries.list_cases(raw, queries.CaseFilter(influencer_id=influencer_id), "opened", True,
                                   MAX_CASES, 0)
        history = Q.profile_history(raw, influencer_id)
        names = queries.member_names(raw)
        people = Q.influencer_names_by_id(raw, [h.entity for h in history]
                                          + [str(h.payload.get("into", "")) for h in history])
    first = min((date.fromisoformat(d.decided_on) for d in found.decisions), default=as_of)
    start = min(first - timedelta(days=14), as_of - timedelta(days=365 * CHART_YEARS))
    return ProfileData(detail, found, found.series(start, as_of), cases, history, names, people, as_of)


# --- the register ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    influencer: Q.InfluencerRow
    score: float | None  # None: not yet assessed (no decided case), never the base of 100
    band: S.Band
    counting: int  # decisions whose penalty still counts
    proposal: S.Trigger | None


def register(
    conn: sqlite3.Connection,
    as_of: date,
    band: S.Band | None = None,
    sort: str = "name",
    search: str | None = None,
    existing_only: bool = False,
) -> list[RegisterEntry]:
    """Every kept profile with its score on ``as_of``; with ``existing_only``, only the profiles
    created by the end of that day (a past date's table must not count who came later).

    Sorts: ``score`` lowest first (who needs attention) with the not yet assessed last, ``name``
    alphabetical ignoring case and diacritics, ``cases`` most cases first; ties by name, then id.
    """
    if sort not in SORTS:
        raise UserError(f"unknown sort {sort!r}; expected one of: {', '.join(SORTS)}",
                        vi=f"không có cách sắp xếp {sort!r}; hãy chọn một trong: {', '.join(SORTS)}",
                        code="unknown_sort")
    decisions = Q.all_decisions(conn)
    assessments = Q.all_assessments(conn)
    proposed = Q.proposed_on(conn)
    entries = []
    created_before = ms_from_date(as_of + timedelta(days=1)) if existing_only else None
    for row in Q.register_rows(conn, search, created_before):
        inputs = [to_input(d) for d in decisions.get(row.id, [])]
        result = S.compute(inputs, as_of, [to_assessment(a) for a in assessments.get(row.id, [])])
        if band is not None and result.band != band:
            continue
        trigger = S.pending_trigger(inputs, as_of, [date.fromisoformat(d) for d in proposed.get(row.id, [])])
        entries.append(RegisterEntry(row, result.value if result.assessed else None, result.band,
                                     len(result.counting), trigger))
    if sort == "score":
        entries.sort(key=lambda e: (e.score is None, e.score or 0.0, e.influencer.name_sort, e.influencer.id))
    elif sort == "cases":
        entries.sort(key=lambda e: (-e.influencer.case_count, e.influencer.name_sort, e.influencer.id))
    return entries


# --- the suspension trigger --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Proposal:
    """A suspension the application proposes for the next meeting."""

    influencer_id: str
    name: str
    reached_on: date
    window_start: date
    decision_ids: tuple[str, ...]
    case_refs: tuple[str, ...]
    score: float
    band: S.Band


def pending_proposals(conn: sqlite3.Connection, as_of: date) -> list[Proposal]:
    """Influencers who reached the trigger and whose suspension no meeting has considered yet."""
    p = S.DEFAULT
    # Every decision of a pending trigger's window is dated within these bounds.
    since = as_of - timedelta(days=p.proposal_pending_days + p.trigger_window_days)
    serious = [o.value for o in Outcome if o.level >= p.trigger_min_level]
    out = []
    for influencer_id in Q.trigger_candidates(conn, serious, since.isoformat(), as_of.isoformat(), p.trigger_count):
        row = conn.execute("SELECT name, merged_into FROM influencers WHERE id = ?", (influencer_id,)).fetchone()
        if row is None or row[1] is not None:
            continue
        found = profile_score(conn, influencer_id, as_of)
        if found.trigger is None:
            continue
        refs = {d.id: d.case_ref for d in found.decisions}
        t = found.trigger
        out.append(Proposal(influencer_id, row[0], t.reached_on, t.window_start, t.decision_ids,
                            tuple(refs.get(i, "") for i in t.decision_ids), found.score.value, found.score.band))
    out.sort(key=lambda x: (x.reached_on, x.name, x.influencer_id))
    return out


def propose_suspension(ws: Workspace, meeting: str, influencer: str, as_of: date | None = None) -> str:
    """Put the pending suspension proposal of ``influencer`` on ``meeting``'s agenda.

    Returns the agenda item's id. Refused when the influencer has no pending proposal (the
    trigger was not reached, already went to a meeting, or lapsed) or when the meeting is
    finalized or dated before the trigger.
    """
    ws.require_role(*ORGANISERS, action="putting a suspension proposal on an agenda")
    as_of = as_of or today(ws)
    with ws.transaction() as tx:
        meeting_id = find_meeting(tx, meeting)
        if tx.scalar("SELECT finalized FROM meetings WHERE id = ?", (meeting_id,)):
            raise NotAllowed("the meeting is finalized; choose a meeting that has not been held yet",
                             vi="cuộc họp đã chốt biên bản; hãy chọn một cuộc họp chưa diễn ra",
                             code="meeting_finalized")
        influencer_id = Q.find_influencer_id(tx.conn, influencer)
        kept = tx.scalar("SELECT merged_into FROM influencers WHERE id = ?", (influencer_id,))
        influencer_id = str(kept or influencer_id)
        found = profile_score(tx.conn, influencer_id, as_of)
        name = tx.scalar("SELECT name FROM influencers WHERE id = ?", (influencer_id,))
        if found.trigger is None:
            raise UserError(f"{name} has no pending suspension proposal: the trigger (3 decisions of level 2 "
                            "or above within 90 days) was not reached, or a meeting already considered it",
                            vi=f"{name} không có đề xuất tạm đình chỉ nào đang chờ: chưa đạt ngưỡng (3 quyết định "
                               "từ mức 2 trở lên trong 90 ngày), hoặc một cuộc họp đã xem xét đề xuất này",
                            code="no_pending_suspension")
        meeting_day = str(tx.scalar("SELECT date FROM meetings WHERE id = ?", (meeting_id,)))
        if meeting_day < found.trigger.reached_on.isoformat():
            reached = found.trigger.reached_on.isoformat()
            raise UserError(f"the meeting is dated {meeting_day}, before the trigger was reached "
                            f"({reached}); choose a later meeting",
                            vi=f"cuộc họp diễn ra ngày {meeting_day}, trước khi đạt ngưỡng ({reached}); "
                               "hãy chọn một cuộc họp sau đó",
                            code="meeting_before_trigger")
        return propose_in(tx, meeting_id, influencer_id, found.trigger)


def propose_in(tx: Transaction, meeting_id: str, influencer_id: str, trigger: S.Trigger) -> str:
    refs = [
        str(tx.scalar("SELECT c.ref FROM decisions d JOIN cases c ON c.id = d.case_id WHERE d.id = ?", (i,)))
        for i in trigger.decision_ids
    ]
    position = next_agenda_position(tx, meeting_id)
    item_id = tx.new_id()
    tx.emit(
        "agenda.added",
        item_id,
        {
            "meeting": meeting_id,
            "position": position,
            "kind": "trigger",
            "influencer": influencer_id,
            "proposal": S.DEFAULT.proposal_outcome.value,
            "trigger": {"reached_on": trigger.reached_on.isoformat(), "decisions": list(trigger.decision_ids)},
            "recommendation": (
                f"Đề xuất {S.DEFAULT.proposal_outcome.label('vi').lower()}: {len(refs)} quyết định mức 2 trở lên "
                f"trong 90 ngày ({', '.join(refs)})"
            ),
        },
    )
    return item_id


# --- completed corrections ---------------------------------------------------------------


def record_correction(ws: Workspace, decision_id: str, corrected_on: date | None, note: str = "") -> bool:
    """Record that the influencer completed the correction a decision asked for (or, with
    ``None``, withdraw a correction recorded by mistake). Returns whether anything changed."""
    ws.require_role(*ORGANISERS, action="recording a completed correction")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise UserError(f"the note is longer than {MAX_NOTE} characters", vi=f"ghi chú dài hơn {MAX_NOTE} ký tự",
                        code="text_too_long")
    with ws.transaction() as tx:
        d = Q.decision(tx.conn, decision_id.strip().lower())
        if d is None:
            raise NotFound(f"no decision {decision_id!r}", vi=f"không có quyết định {decision_id!r}",
                           code="no_decision")
        if Outcome(d.outcome).level < 1:
            raise UserError(f"the decision on {d.case_ref} upheld nothing, so there is no correction to record",
                            vi=f"quyết định về hồ sơ {d.case_ref} không xác định vi phạm nào, nên không có việc "
                               "khắc phục để ghi nhận",
                            code="nothing_to_correct")
        if corrected_on is not None:
            if corrected_on < date.fromisoformat(d.decided_on):
                raise UserError(f"a correction cannot be completed before the decision ({d.decided_on})",
                                vi=f"không thể khắc phục xong trước ngày ra quyết định ({d.decided_on})",
                                code="correction_before_decision")
            if corrected_on > today(ws):
                raise UserError("a correction is recorded once it is completed: the date is in the future",
                                vi="chỉ ghi nhận khắc phục khi đã hoàn thành: ngày này nằm trong tương lai",
                                code="correction_in_future")
        new = corrected_on.isoformat() if corrected_on else None
        if new == d.corrected_on:
            return False
        payload: dict[str, Any] = {
            "changes": {"corrected_on": {"from": d.corrected_on, "to": new,
                                         "base": current_heads(tx.proj, "decision", d.id, "corrected_on")}},
        }
        if note:
            payload["note"] = note
        tx.emit("decision.corrected", d.id, payload, case_id=d.case_id)
        return True


# --- JSON (the command line's contract) ---------------------------------------------------


def point_json(p: S.ScorePoint) -> dict[str, Any]:
    return {
        "decision": p.decision_id,
        "case": p.case_ref,
        "case_id": p.case_id,
        "decided_on": p.decided_on.isoformat(),
        "counts_from": p.counts_from.isoformat(),
        "outcome": p.outcome.value,
        "category": p.category.value,
        "level": p.level,
        "penalty": p.penalty,
        "repeat": p.repeat,
        "repeat_of": p.repeat_of,
        "corrected_on": p.corrected_on.isoformat() if p.corrected_on else None,
        "correction": p.correction,
        "half_life_days": p.half_life_days,
        "age_days": p.age_days,
        "decay": round(p.decay, 4),
        "remaining": round(p.remaining, 2),
        "expires_on": p.expires_on.isoformat(),
        "state": p.state.value,
        "replaced_by": p.replaced_by,
        "amends": p.amends,
    }


def score_json(score: S.Score) -> dict[str, Any]:
    return {
        "as_of": score.as_of.isoformat(),
        "score": score.value if score.assessed else None,
        "band": score.band.value,
        "base": score.base,
        "pillars": None if score.assessment is None else {
            "assessed_on": score.assessment.assessed_on.isoformat(),
            "passed": sorted(p.value for p in score.assessment.passed),
        },
        "penalty": round(score.penalty, 2),
        "breakdown": [point_json(p) for p in score.points],
    }


def trigger_json(trigger: S.Trigger | None, refs: dict[str, str]) -> dict[str, Any] | None:
    if trigger is None:
        return None
    return {
        "proposal": S.DEFAULT.proposal_outcome.value,
        "reached_on": trigger.reached_on.isoformat(),
        "window_start": trigger.window_start.isoformat(),
        "decisions": list(trigger.decision_ids),
        "cases": [refs.get(i, "") for i in trigger.decision_ids],
    }
