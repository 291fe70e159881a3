"""The credibility score (Tín nhiệm): a pure function of an influencer's decisions and a date.

    score = clamp(0, 100, base − Σ penaltyᵢ · repeatᵢ · correctionᵢ · 0.5^(ageᵢ / half_lifeᵢ))

Every number the formula uses is in ``ScoreParameters``; ``docs/score.md`` explains each one with
worked examples that the tests check to the last digit. Nothing here reads a clock or a table:
the caller passes the decisions and the date the score is wanted for, so the same inputs give
the same score on every member, today or when the history is replayed.

Each decision becomes one ``ScorePoint`` that says why it weighs what it weighs (its penalty,
repeat multiplier, correction, half-life, age, decay and remaining points), so every point of
the score can be traced back to the decision that caused it.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from .enums import OUTCOME_LADDER, Category, LabelledEnum, Outcome


class Pillar(LabelledEnum):
    """The programme's five pillars; assessed pass/fail, their weights replace the base of 100."""

    AD_TRANSPARENCY = "ad_transparency"
    ETHICS_HISTORY = "ethics_history"
    LEGAL_COMPLIANCE = "legal_compliance"
    REAL_ENGAGEMENT = "real_engagement"
    SOCIAL_VALUE = "social_value"

    @classmethod
    def _labels_table(cls) -> dict[str, tuple[str, str]]:
        return _PILLAR_LABELS


class Band(LabelledEnum):
    """Where a score falls: the word people use for it. ``NOT_ASSESSED`` is no score at all: an
    influencer with no decided case (and no pillar assessment) has not been judged, and the
    register must not vouch for them as "high credibility" on the strength of the base of 100."""

    HIGH = "high"
    TRUSTED = "trusted"
    NOTED = "noted"
    CAUTION = "caution"
    NOT_CREDIBLE = "not_credible"
    NOT_ASSESSED = "not_assessed"

    @classmethod
    def _labels_table(cls) -> dict[str, tuple[str, str]]:
        return _BAND_LABELS


_PILLAR_LABELS: dict[str, tuple[str, str]] = {
    "ad_transparency": ("Minh bạch quảng cáo", "Ad transparency"),
    "ethics_history": ("Đạo đức và lịch sử", "Ethics and history"),
    "legal_compliance": ("Tuân thủ pháp luật", "Legal compliance"),
    "real_engagement": ("Tương tác thật", "Real engagement"),
    "social_value": ("Phù hợp giá trị xã hội", "Social-value fit"),
}

_BAND_LABELS: dict[str, tuple[str, str]] = {
    "high": ("Tín nhiệm cao", "High credibility"),
    "trusted": ("Tín nhiệm", "Trusted"),
    "noted": ("Có lưu ý", "Noted"),
    "caution": ("Thận trọng", "Caution"),
    "not_credible": ("Không đủ tín nhiệm", "Not credible"),
    "not_assessed": ("Chưa đánh giá", "Not yet assessed"),
}


class PointState(StrEnum):
    """Why a decision weighs what it weighs today."""

    COUNTING = "counting"  # a penalty that still counts, decaying
    EXPIRED = "expired"  # older than its expiry: counts no more
    NO_PENALTY = "no_penalty"  # not upheld or informally resolved: 0 points
    REPLACED = "replaced"  # amended by a later decision, which counts instead


def _frozen(mapping: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class ScoreParameters:
    """Every number of the score, in one place (documented in docs/score.md)."""

    base: float = 100.0
    pillar_weights: Mapping[str, int] = field(default_factory=lambda: _frozen({
        Pillar.AD_TRANSPARENCY: 25,
        Pillar.ETHICS_HISTORY: 25,
        Pillar.LEGAL_COMPLIANCE: 20,
        Pillar.REAL_ENGAGEMENT: 15,
        Pillar.SOCIAL_VALUE: 15,
    }))
    penalties: Mapping[str, int] = field(default_factory=lambda: _frozen(
        {o.value: points for o, (_, points) in OUTCOME_LADDER.items()}
    ))
    half_life_days: int = 90
    serious_half_life_days: int = 730
    expiry_days: int = 365
    serious_expiry_days: int = 4 * 365
    serious_categories: frozenset[str] = frozenset({Category.FRAUD.value})
    serious_outcomes: frozenset[str] = frozenset({Outcome.REFERRAL.value})
    upheld_min_level: int = 1
    repeat_multiplier: float = 1.5
    repeat_window_days: int = 90
    correction_factor: float = 0.5
    correction_levels: frozenset[int] = frozenset({1, 2})
    bands: tuple[tuple[float, Band], ...] = (
        (90.0, Band.HIGH),
        (75.0, Band.TRUSTED),
        (60.0, Band.NOTED),
        (40.0, Band.CAUTION),
        (0.0, Band.NOT_CREDIBLE),
    )
    trigger_count: int = 3
    trigger_min_level: int = 2
    trigger_window_days: int = 90
    proposal_outcome: Outcome = Outcome.SUSPENSION
    proposal_pending_days: int = 90


DEFAULT = ScoreParameters()


@dataclass(frozen=True, slots=True)
class DecisionInput:
    """What the score needs of a decision. ``decided_on`` is its meeting's date."""

    id: str
    decided_on: date
    outcome: Outcome
    category: Category
    case_id: str = ""
    case_ref: str = ""
    corrected_on: date | None = None
    amends: str | None = None
    # Whether the case shows this decision now (``None``: not known). Two members recording a
    # decision on one case offline leave both; the one the case keeps (the last writer's, or the
    # one the conflict was settled on) counts, and the other never does.
    current: bool | None = None

    @property
    def level(self) -> int:
        return self.outcome.level


@dataclass(frozen=True, slots=True)
class PillarAssessment:
    """The five pillars assessed on a date: the ones in ``passed`` passed, the others failed."""

    assessed_on: date
    passed: frozenset[Pillar]
    id: str = ""

    def base(self, params: ScoreParameters = DEFAULT) -> float:
        return float(sum(w for p, w in params.pillar_weights.items() if Pillar(p) in self.passed))


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One decision's part in the score on ``Score.as_of``."""

    decision_id: str
    case_id: str
    case_ref: str
    decided_on: date  # the decision's own meeting date
    counts_from: date  # the date its age runs from (the original decision's, for an amendment)
    outcome: Outcome
    category: Category
    level: int
    penalty: int  # points of the outcome on the ladder
    repeat: float  # 1, or the repeat multiplier
    repeat_of: str | None  # the earlier decision that made it a repeat
    corrected_on: date | None  # a completed correction that counts on as_of
    correction: float  # 1, or the correction factor
    half_life_days: int
    age_days: int
    decay: float  # 0.5 ** (age / half-life)
    remaining: float  # points it takes off the score on as_of
    expires_on: date  # the first day it no longer counts
    state: PointState
    replaced_by: str | None = None
    amends: str | None = None

    @property
    def weighed(self) -> float:
        """Penalty × repeat × correction: the points before decay."""
        return self.penalty * self.repeat * self.correction


@dataclass(frozen=True, slots=True)
class Score:
    as_of: date
    base: float
    assessment: PillarAssessment | None  # the pillar assessment that set the base, if any
    penalty: float  # Σ remaining points
    exact: float  # clamp(0, 100, base − penalty)
    value: float  # rounded to one decimal (half up): what people read
    band: Band
    points: tuple[ScorePoint, ...]  # every decision up to as_of, oldest first

    @property
    def counting(self) -> tuple[ScorePoint, ...]:
        return tuple(p for p in self.points if p.state == PointState.COUNTING)

    @property
    def assessed(self) -> bool:
        """Whether anything judged the influencer by ``as_of``: a decision or a pillar assessment.
        When not, ``value`` is only the base and ``band`` is ``NOT_ASSESSED``."""
        return self.band != Band.NOT_ASSESSED


@dataclass(frozen=True, slots=True)
class Trigger:
    """``trigger_count`` decisions of level ≥ ``trigger_min_level`` within the trigger window."""

    reached_on: date  # the date of the decision that completed the count
    window_start: date  # the date of the earliest decision in the window
    decision_ids: tuple[str, ...]


def round_score(value: float) -> float:
    """One decimal, halves rounded up (96.25 → 96.3), as the committee reads scores."""
    return math.floor(value * 10 + 0.5 + 1e-9) / 10


def band_of(value: float, params: ScoreParameters = DEFAULT) -> Band:
    for threshold, band in params.bands:
        if value >= threshold:
            return band
    return params.bands[-1][1]


def is_serious(d: DecisionInput, params: ScoreParameters = DEFAULT) -> bool:
    """Fraud or referral: slower decay and longer memory."""
    return d.category.value in params.serious_categories or d.outcome.value in params.serious_outcomes


# --- amendments ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Effective:
    decision: DecisionInput
    counts_from: date
    corrected_on: date | None


def _resolve(decisions: Sequence[DecisionInput], as_of: date) -> tuple[list[_Effective], dict[str, str]]:
    """The decisions that count on ``as_of`` and, for each replaced one, what replaced it.

    A decision that amends another replaces it from the amendment's own date; its age runs
    from the original decision's date and a correction completed on any decision of the chain
    carries over. Several amendments of one decision: the latest (by date, then id) counts.
    A later decision on the same case that names nothing it amends (an appeal's outcome)
    amends the case's previous decision. A decision recorded concurrently with the one its case
    keeps (``current``: same date or later, not amended by it) is replaced by it outright.
    """
    by_id = {d.id: d for d in decisions if d.decided_on <= as_of}
    lost = _lost_concurrently(decisions)

    def depth(d: DecisionInput) -> int:
        """How many decisions ``d`` amends in a chain: an amendment keeps its meeting's date, so on
        one day it must come after what it amends (ids are random)."""
        n, seen, parent = 0, {d.id}, d.amends
        while parent is not None and parent in by_id and parent not in seen:
            seen.add(parent)
            n, parent = n + 1, by_id[parent].amends
        return n

    visible = sorted((d for d in by_id.values() if d.id not in lost), key=lambda d: (d.decided_on, depth(d), d.id))
    parent_of: dict[str, str] = {}
    last_on_case: dict[str, str] = {}
    for d in visible:
        if d.amends is not None and d.amends in by_id and d.amends != d.id:
            parent_of[d.id] = d.amends
        elif d.case_id and d.case_id in last_on_case:
            # A later decision on the same case (an appeal's outcome) replaces the earlier one.
            parent_of[d.id] = last_on_case[d.case_id]
        if d.case_id:
            last_on_case[d.case_id] = d.id
    children: dict[str, list[DecisionInput]] = {}
    for d in visible:
        if d.id in parent_of:
            children.setdefault(parent_of[d.id], []).append(d)
    replaced_by: dict[str, str] = {d: kept for d, kept in lost.items() if d in by_id and kept in by_id}
    for parent, kids in children.items():
        latest = max(kids, key=lambda d: (d.decided_on, d.id))
        replaced_by[parent] = latest.id
        for kid in kids:
            if kid is not latest:
                replaced_by[kid.id] = latest.id
    effective = []
    for d in visible:
        if d.id in replaced_by:
            continue
        counts_from, corrected = d.decided_on, d.corrected_on
        seen = {d.id}
        parent_id = parent_of.get(d.id)
        while parent_id is not None and parent_id not in seen:
            seen.add(parent_id)
            parent = by_id[parent_id]
            counts_from = min(counts_from, parent.decided_on)
            if parent.corrected_on is not None and (corrected is None or parent.corrected_on < corrected):
                corrected = parent.corrected_on
            parent_id = parent_of.get(parent_id)
        if corrected is not None and corrected > as_of:
            corrected = None
        effective.append(_Effective(d, counts_from, corrected))
    return effective, replaced_by


def _lost_concurrently(decisions: Sequence[DecisionInput]) -> dict[str, str]:
    """Decisions their case did not keep, each with the one it kept: recorded on the kept one's
    date or later, and neither amending nor amended by it (an appeal's outcome comes later and is
    the one kept; an original decision comes earlier and is replaced from the outcome's date)."""
    kept = {d.case_id: d for d in decisions if d.current and d.case_id}
    by_id = {d.id: d for d in decisions}
    lost: dict[str, str] = {}
    for d in decisions:
        k = kept.get(d.case_id)
        if k is None or d.id == k.id or d.decided_on < k.decided_on:
            continue
        chain, parent = {k.id}, k.amends
        while parent is not None and parent in by_id and parent not in chain:
            chain.add(parent)
            parent = by_id[parent].amends
        if d.id not in chain and d.amends not in chain:
            lost[d.id] = k.id
    return lost


# --- the score -----------------------------------------------------------------------------


def current_assessment(
    assessments: Iterable[PillarAssessment], as_of: date
) -> PillarAssessment | None:
    """The latest assessment made on or before ``as_of`` (ties broken by id)."""
    valid = [a for a in assessments if a.assessed_on <= as_of]
    return max(valid, key=lambda a: (a.assessed_on, a.id)) if valid else None


def compute(
    decisions: Sequence[DecisionInput],
    as_of: date,
    assessments: Iterable[PillarAssessment] = (),
    params: ScoreParameters = DEFAULT,
) -> Score:
    """The score on ``as_of`` from every decision taken on or before it."""
    assessment = current_assessment(assessments, as_of)
    base = assessment.base(params) if assessment is not None else params.base
    effective, replaced_by = _resolve(decisions, as_of)
    upheld: dict[Category, list[tuple[date, str]]] = {}
    for e in effective:
        if e.decision.level >= params.upheld_min_level:
            upheld.setdefault(e.decision.category, []).append((e.counts_from, e.decision.id))
    for dated in upheld.values():
        dated.sort()
    points = [_point(e, upheld, as_of, params) for e in effective]
    for d in decisions:
        if d.id in replaced_by and d.decided_on <= as_of:
            points.append(_replaced_point(d, replaced_by[d.id], as_of, params))
    points.sort(key=lambda p: (p.decided_on, p.decision_id))
    penalty = sum(p.remaining for p in points)
    exact = min(100.0, max(0.0, base - penalty))
    value = round_score(exact)
    band = band_of(value, params) if points or assessment is not None else Band.NOT_ASSESSED
    return Score(as_of, base, assessment, penalty, exact, value, band, tuple(points))


def _repeat_of(e: _Effective, upheld: dict[Category, list[tuple[date, str]]], params: ScoreParameters) -> str | None:
    """The latest decision of the same category upheld 1 to ``repeat_window_days`` days before."""
    dated = upheld.get(e.decision.category, [])
    low = bisect_left(dated, (e.counts_from - timedelta(days=params.repeat_window_days), ""))
    high = bisect_left(dated, (e.counts_from, ""))  # strictly before: same-day decisions are not repeats
    return dated[high - 1][1] if high > low else None


def _point(e: _Effective, upheld: dict[Category, list[tuple[date, str]]], as_of: date,
           params: ScoreParameters) -> ScorePoint:
    d = e.decision
    serious = is_serious(d, params)
    half_life = params.serious_half_life_days if serious else params.half_life_days
    expiry = params.serious_expiry_days if serious else params.expiry_days
    penalty = int(params.penalties.get(d.outcome.value, 0))
    age = max(0, (as_of - e.counts_from).days)
    expires_on = e.counts_from + timedelta(days=expiry)
    repeat, repeat_of = 1.0, None
    if d.level >= params.upheld_min_level:
        repeat_of = _repeat_of(e, upheld, params)
        if repeat_of is not None:
            repeat = params.repeat_multiplier
    correction = 1.0
    if e.corrected_on is not None and d.level in params.correction_levels:
        correction = params.correction_factor
    decay = 0.5 ** (age / half_life)
    if penalty == 0:
        state, remaining = PointState.NO_PENALTY, 0.0
    elif age >= expiry:
        state, remaining = PointState.EXPIRED, 0.0
    else:
        state, remaining = PointState.COUNTING, penalty * repeat * correction * decay
    return ScorePoint(
        decision_id=d.id,
        case_id=d.case_id,
        case_ref=d.case_ref,
        decided_on=d.decided_on,
        counts_from=e.counts_from,
        outcome=d.outcome,
        category=d.category,
        level=d.level,
        penalty=penalty,
        repeat=repeat,
        repeat_of=repeat_of,
        corrected_on=e.corrected_on,
        correction=correction,
        half_life_days=half_life,
        age_days=age,
        decay=decay,
        remaining=remaining,
        expires_on=expires_on,
        state=state,
        amends=d.amends,
    )


def _replaced_point(d: DecisionInput, by: str, as_of: date, params: ScoreParameters) -> ScorePoint:
    serious = is_serious(d, params)
    half_life = params.serious_half_life_days if serious else params.half_life_days
    expiry = params.serious_expiry_days if serious else params.expiry_days
    age = max(0, (as_of - d.decided_on).days)
    return ScorePoint(
        decision_id=d.id,
        case_id=d.case_id,
        case_ref=d.case_ref,
        decided_on=d.decided_on,
        counts_from=d.decided_on,
        outcome=d.outcome,
        category=d.category,
        level=d.level,
        penalty=int(params.penalties.get(d.outcome.value, 0)),
        repeat=1.0,
        repeat_of=None,
        corrected_on=d.corrected_on if d.corrected_on is not None and d.corrected_on <= as_of else None,
        correction=1.0,
        half_life_days=half_life,
        age_days=age,
        decay=0.5 ** (age / half_life),
        remaining=0.0,
        expires_on=d.decided_on + timedelta(days=expiry),
        state=PointState.REPLACED,
        replaced_by=by,
        amends=d.amends,
    )


def series(
    decisions: Sequence[DecisionInput],
    start: date,
    end: date,
    assessments: Sequence[PillarAssessment] = (),
    params: ScoreParameters = DEFAULT,
    step_days: int = 7,
) -> list[tuple[date, float]]:
    """The score from ``start`` to ``end`` for a chart: every ``step_days`` days, plus the day
    before and the day of every date where it jumps (decisions, corrections, assessments)."""
    if end < start:
        return []
    days: set[date] = set()
    current = start
    while current <= end:
        days.add(current)
        current += timedelta(days=step_days)
    days.add(end)
    jumps: list[date] = [d.decided_on for d in decisions]
    jumps += [d.corrected_on for d in decisions if d.corrected_on is not None]
    jumps += [a.assessed_on for a in assessments]
    for d in decisions:
        # The day a penalty expires is a jump too.
        serious = is_serious(d, params)
        jumps.append(d.decided_on + timedelta(days=params.serious_expiry_days if serious else params.expiry_days))
    for day in jumps:
        for candidate in (day - timedelta(days=1), day):
            if start <= candidate <= end:
                days.add(candidate)
    return [(day, compute(decisions, day, assessments, params).value) for day in sorted(days)]


# --- the suspension trigger ----------------------------------------------------------------


def triggers(
    decisions: Sequence[DecisionInput], as_of: date, params: ScoreParameters = DEFAULT
) -> list[Trigger]:
    """Every date on which the count of serious decisions in the window reached the trigger.

    A decision counts from its date (the original's, for an amendment); "within 90 days"
    means the first and the last are at most ``trigger_window_days`` days apart.
    """
    effective, _ = _resolve(decisions, as_of)
    serious = sorted(
        (e for e in effective if e.decision.level >= params.trigger_min_level),
        key=lambda e: (e.counts_from, e.decision.id),
    )
    found: list[Trigger] = []
    first = 0
    for i, e in enumerate(serious):
        while (e.counts_from - serious[first].counts_from).days > params.trigger_window_days:
            first += 1
        window = serious[first: i + 1]
        if len(window) >= params.trigger_count:
            found.append(Trigger(e.counts_from, window[0].counts_from, tuple(s.decision.id for s in window)))
    return found


def pending_trigger(
    decisions: Sequence[DecisionInput],
    as_of: date,
    proposed_on: Iterable[date] = (),
    params: ScoreParameters = DEFAULT,
) -> Trigger | None:
    """The trigger still waiting for a meeting to consider a suspension, if any.

    ``proposed_on`` are the dates of the meetings where a suspension was already put on the
    agenda for this influencer. The latest trigger is pending unless such a meeting is dated on
    or after it, a decision of the proposed outcome's level or above was taken since its window
    began, or it is older than ``proposal_pending_days``.
    """
    found = triggers(decisions, as_of, params)
    if not found:
        return None
    latest = found[-1]
    if (as_of - latest.reached_on).days > params.proposal_pending_days:
        return None
    if any(day >= latest.reached_on for day in proposed_on):
        return None
    effective, _ = _resolve(decisions, as_of)
    for e in effective:
        if e.decision.level >= params.proposal_outcome.level and e.counts_from >= latest.window_start:
            return None
    return latest


def parse_pillars(codes: Iterable[str]) -> frozenset[Pillar]:
    """Pillar codes as typed or stored; raises ``ValueError`` naming the valid codes."""
    return frozenset(Pillar.parse(c) for c in codes)


def all_pillars() -> tuple[Pillar, ...]:
    return tuple(Pillar)


__all__ = [
    "DEFAULT",
    "Band",
    "DecisionInput",
    "Pillar",
    "PillarAssessment",
    "PointState",
    "Score",
    "ScoreParameters",
    "ScorePoint",
    "Trigger",
    "band_of",
    "compute",
    "current_assessment",
    "pending_trigger",
    "round_score",
    "series",
    "triggers",
]

