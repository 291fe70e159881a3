"""The credibility score: the worked examples of docs/score.md, to the digit, and its edge cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from moderator_app.domain.enums import Category, Outcome
from moderator_app.domain.score import (
    DEFAULT,
    Band,
    DecisionInput,
    Pillar,
    PillarAssessment,
    PointState,
    band_of,
    compute,
    pending_trigger,
    round_score,
    series,
    triggers,
)

C, O = Category, Outcome  # noqa: E741


def d(id_: str, day: date, outcome: Outcome, category: Category = C.FALSE_CLAIM, **kw) -> DecisionInput:
    return DecisionInput(id_, day, outcome, category, case_ref=f"REF-{id_}", **kw)


# --- the worked examples of docs/score.md ----------------------------------------------------


def test_example_1_one_half_life_halves_a_penalty():
    score = compute([d("a", date(2026, 1, 1), O.WARNING_AMEND)], date(2026, 4, 1))
    (p,) = score.points
    assert p.age_days == 90 and p.half_life_days == 90
    assert p.decay == 0.5 and p.remaining == 4.0
    assert score.value == 96.0 and score.band == Band.HIGH
    assert p.expires_on == date(2027, 1, 1)


def test_example_2_the_repeat_multiplier():
    score = compute(
        [d("a", date(2026, 1, 1), O.WARNING_AMEND), d("b", date(2026, 4, 1), O.WARNING_AMEND)], date(2026, 4, 1)
    )
    first, second = score.points
    assert first.repeat == 1.0 and first.remaining == 4.0
    assert second.repeat == 1.5 and second.repeat_of == "a" and second.remaining == 12.0
    assert score.penalty == 16.0 and score.value == 84.0 and score.band == Band.TRUSTED


def test_example_3_a_completed_correction_halves_level_1_and_2_only():
    corrected = date(2026, 1, 15)
    score = compute(
        [
            d("a", date(2026, 1, 1), O.REMINDER, C.UNDISCLOSED_AD),
            d("b", date(2026, 1, 1), O.WARNING_AMEND, corrected_on=corrected),
            d("c", date(2026, 1, 1), O.PUBLIC_CORRECTION, C.MISINFORMATION, corrected_on=corrected),
        ],
        date(2026, 4, 1),
    )
    a, b, c = score.points
    assert (a.remaining, a.correction) == (1.5, 1.0)
    assert (b.remaining, b.correction, b.corrected_on) == (2.0, 0.5, corrected)
    assert (c.remaining, c.correction) == (6.0, 1.0)  # level 3: the correction is recorded, not halved
    assert score.value == 90.5 and score.band == Band.HIGH


def test_a_correction_counts_from_its_date():
    decisions = [d("b", date(2026, 1, 1), O.WARNING_AMEND, corrected_on=date(2026, 2, 1))]
    assert compute(decisions, date(2026, 1, 31)).points[0].correction == 1.0
    assert compute(decisions, date(2026, 2, 1)).points[0].correction == 0.5


def test_example_4_expiry_after_365_days():
    decisions = [d("a", date(2025, 1, 1), O.REMINDER, C.UNDISCLOSED_AD)]
    day_before = compute(decisions, date(2025, 12, 31))
    (p,) = day_before.points
    assert p.age_days == 364 and p.state == PointState.COUNTING
    assert p.remaining == pytest.approx(0.181812, abs=1e-6)
    assert day_before.value == 99.8
    at_expiry = compute(decisions, date(2026, 1, 1))
    (q,) = at_expiry.points
    assert q.age_days == 365 and q.state == PointState.EXPIRED and q.remaining == 0.0
    assert q.expires_on == date(2026, 1, 1)
    assert at_expiry.value == 100.0


def test_example_5_fraud_decays_over_730_days_and_expires_after_4_years():
    decisions = [d("a", date(2022, 1, 1), O.NAMED_NONCOMPLIANT, C.FRAUD)]
    two_years = compute(decisions, date(2024, 1, 1))
    assert two_years.points[0].half_life_days == 730 and two_years.points[0].age_days == 730
    assert two_years.points[0].remaining == 9.0 and two_years.value == 91.0
    last_day = compute(decisions, date(2025, 12, 30))
    assert last_day.points[0].age_days == 1459
    assert last_day.points[0].remaining == pytest.approx(4.504275, abs=1e-6) and last_day.value == 95.5
    expired = compute(decisions, date(2025, 12, 31))
    assert expired.points[0].age_days == 1460 and expired.points[0].state == PointState.EXPIRED
    assert expired.points[0].expires_on == date(2025, 12, 31) and expired.value == 100.0


def test_example_6_the_pillars_replace_the_base():
    passed = frozenset({Pillar.AD_TRANSPARENCY, Pillar.ETHICS_HISTORY, Pillar.LEGAL_COMPLIANCE})
    assessment = PillarAssessment(date(2026, 1, 1), passed, "x")
    score = compute([d("a", date(2026, 5, 1), O.REMINDER, C.UNDISCLOSED_AD)], date(2026, 5, 1), [assessment])
    assert score.base == 70.0 and score.assessment == assessment
    assert score.value == 67.0 and score.band == Band.NOTED
    before = compute([], date(2025, 12, 31), [assessment])
    assert before.base == 100.0 and before.assessment is None


def test_example_7_the_trigger():
    decisions = [
        d("a", date(2026, 1, 1), O.WARNING_AMEND),
        d("b", date(2026, 2, 12), O.WARNING_AMEND, C.UNDISCLOSED_AD),
        d("c", date(2026, 3, 26), O.PUBLIC_CORRECTION),
    ]
    (trigger,) = triggers(decisions, date(2026, 4, 1))
    assert trigger.reached_on == date(2026, 3, 26) and trigger.window_start == date(2026, 1, 1)
    assert trigger.decision_ids == ("a", "b", "c")
    assert pending_trigger(decisions, date(2026, 4, 1)) == trigger


# --- edge cases ----------------------------------------------------------------------------------


def test_referral_is_serious_whatever_its_category():
    score = compute([d("a", date(2024, 1, 1), O.REFERRAL, C.MISINFORMATION)], date(2025, 12, 31))  # 730 days
    (p,) = score.points
    assert p.half_life_days == 730 and p.remaining == 20.0 and score.value == 80.0


def test_not_upheld_and_informally_resolved_weigh_nothing_and_are_not_upheld():
    score = compute(
        [
            d("a", date(2026, 1, 1), O.NOT_UPHELD),
            d("b", date(2026, 1, 2), O.INFORMALLY_RESOLVED),
            d("c", date(2026, 1, 3), O.REMINDER),
        ],
        date(2026, 1, 3),
    )
    a, b, c = score.points
    assert a.state == b.state == PointState.NO_PENALTY and a.remaining == b.remaining == 0
    assert c.repeat == 1.0  # level-0 outcomes are not "upheld", so no repeat
    assert score.value == 97.0


def test_repeat_needs_the_same_category_strictly_before_and_within_90_days():
    base = date(2026, 1, 1)
    same_day = compute([d("a", base, O.REMINDER), d("b", base, O.REMINDER)], base)
    assert [p.repeat for p in same_day.points] == [1.0, 1.0]
    other_category = compute([d("a", base, O.REMINDER), d("b", base + timedelta(days=10), O.REMINDER,
                                                        C.UNDISCLOSED_AD)], base + timedelta(days=10))
    assert other_category.points[1].repeat == 1.0
    too_late = compute([d("a", base, O.REMINDER), d("b", base + timedelta(days=91), O.REMINDER)],
                       base + timedelta(days=91))
    assert too_late.points[1].repeat == 1.0


def test_an_amendment_replaces_the_decision_it_amends_from_its_own_date():
    decisions = [
        d("a", date(2026, 1, 1), O.PUBLIC_CORRECTION),
        d("b", date(2026, 2, 15), O.REMINDER, amends="a"),
    ]
    before = compute(decisions, date(2026, 2, 14))
    assert [p.state for p in before.points] == [PointState.COUNTING]
    after = compute(decisions, date(2026, 4, 1))
    a, b = after.points
    assert a.state == PointState.REPLACED and a.replaced_by == "b" and a.remaining == 0
    # The amendment's age runs from the original decision: 90 days, one half-life.
    assert b.counts_from == date(2026, 1, 1) and b.age_days == 90 and b.remaining == 1.5
    assert after.value == 98.5


def test_the_latest_of_several_amendments_counts_and_corrections_carry_over():
    decisions = [
        d("a", date(2026, 1, 1), O.WARNING_AMEND, corrected_on=date(2026, 1, 10)),
        d("b", date(2026, 2, 1), O.PUBLIC_CORRECTION, amends="a"),
        d("c", date(2026, 3, 1), O.REMINDER, amends="a"),
    ]
    score = compute(decisions, date(2026, 4, 1))
    states = {p.decision_id: (p.state, p.replaced_by) for p in score.points}
    assert states == {"a": (PointState.REPLACED, "c"), "b": (PointState.REPLACED, "c"), "c": (PointState.COUNTING,
                                                                                             None)}
    c = next(p for p in score.points if p.decision_id == "c")
    assert c.corrected_on == date(2026, 1, 10) and c.correction == 0.5 and c.remaining == 0.75


def test_decisions_after_the_date_do_not_count_and_the_score_is_clamped():
    many = [d(str(i), date(2026, 1, 1), O.EXPULSION, C.FRAUD) for i in range(4)]
    assert compute(many, date(2025, 12, 31)).value == 100.0
    low = compute(many, date(2026, 1, 1))
    assert low.exact == 0.0 and low.value == 0.0 and low.band == Band.NOT_CREDIBLE


def test_bands_and_rounding():
    assert round_score(89.95) == 90.0 and round_score(96.25) == 96.3 and round_score(74.94) == 74.9
    assert [band_of(v) for v in (100, 90, 89.9, 75, 74.9, 60, 59.9, 40, 39.9, 0)] == [
        Band.HIGH, Band.HIGH, Band.TRUSTED, Band.TRUSTED, Band.NOTED, Band.NOTED, Band.CAUTION, Band.CAUTION,
        Band.NOT_CREDIBLE, Band.NOT_CREDIBLE,
    ]
    assert Band.NOT_CREDIBLE.label("vi") == "Không đủ tín nhiệm" and Pillar.SOCIAL_VALUE.label("en")


def test_the_trigger_window_is_90_days_inclusive_and_level_1_does_not_count():
    base = date(2026, 1, 1)
    in_window = [d("a", base, O.WARNING_AMEND), d("b", base + timedelta(days=1), O.REMINDER),
                 d("c", base + timedelta(days=45), O.WARNING_AMEND), d("e", base + timedelta(days=90), O.SUSPENSION)]
    assert [t.reached_on for t in triggers(in_window, date(2026, 6, 1))] == [base + timedelta(days=90)]
    out_of_window = [d("a", base, O.WARNING_AMEND), d("c", base + timedelta(days=45), O.WARNING_AMEND),
                     d("e", base + timedelta(days=91), O.WARNING_AMEND)]
    assert triggers(out_of_window, date(2026, 6, 1)) == []


def test_a_pending_trigger_ends_with_a_meeting_a_suspension_or_time():
    base = date(2026, 1, 1)
    three = [d("a", base, O.WARNING_AMEND), d("b", base + timedelta(days=10), O.WARNING_AMEND),
             d("c", base + timedelta(days=20), O.WARNING_AMEND)]
    reached = base + timedelta(days=20)
    assert pending_trigger(three, reached) is not None
    assert pending_trigger(three, reached, proposed_on=[reached - timedelta(days=1)]) is not None
    assert pending_trigger(three, reached + timedelta(days=5), proposed_on=[reached + timedelta(days=5)]) is None
    assert pending_trigger(three, reached + timedelta(days=DEFAULT.proposal_pending_days)) is not None
    assert pending_trigger(three, reached + timedelta(days=DEFAULT.proposal_pending_days + 1)) is None
    suspended = [*three, d("s", reached + timedelta(days=14), O.SUSPENSION)]
    assert pending_trigger(suspended, reached + timedelta(days=14)) is None
    # A third serious decision after the committee considered the proposal proposes again.
    again = [*three, d("x", reached + timedelta(days=30), O.WARNING_AMEND)]
    assert pending_trigger(again, reached + timedelta(days=30), proposed_on=[reached + timedelta(days=7)]) is not None


def test_the_series_steps_on_decision_days():
    decisions = [d("a", date(2026, 1, 15), O.WARNING_AMEND)]
    points = dict(series(decisions, date(2026, 1, 1), date(2026, 3, 1)))
    assert points[date(2026, 1, 14)] == 100.0 and points[date(2026, 1, 15)] == 92.0
    assert date(2026, 3, 1) in points and min(points) == date(2026, 1, 1)
    assert list(points) == sorted(points)


def test_a_later_decision_on_the_same_case_replaces_the_earlier_one():
    decisions = [
        DecisionInput("a", date(2026, 1, 1), O.PUBLIC_CORRECTION, C.FALSE_CLAIM, case_id="case1"),
        DecisionInput("b", date(2026, 2, 15), O.REMINDER, C.FALSE_CLAIM, case_id="case1"),  # after an appeal
        DecisionInput("c", date(2026, 2, 15), O.REMINDER, C.UNDISCLOSED_AD, case_id="case2"),
    ]
    score = compute(decisions, date(2026, 4, 1))
    states = {p.decision_id: (p.state, p.replaced_by, p.counts_from) for p in score.points}
    assert states["a"] == (PointState.REPLACED, "b", date(2026, 1, 1))
    assert states["b"] == (PointState.COUNTING, None, date(2026, 1, 1))
    assert states["c"][0] == PointState.COUNTING
    assert triggers([*decisions, DecisionInput("d", date(2026, 1, 5), O.WARNING_AMEND, C.FRAUD, case_id="x"),
                     DecisionInput("e", date(2026, 1, 6), O.WARNING_AMEND, C.FRAUD, case_id="x")],
                    date(2026, 4, 1)) == []


@pytest.mark.parametrize(("original", "amendment"), [("a", "b"), ("b", "a")])
def test_an_amendment_of_the_same_day_counts_whatever_its_id(original: str, amendment: str):
    """An amendment keeps its meeting's date, so it shares the original's: it still replaces it."""
    decisions = [
        DecisionInput(original, date(2026, 3, 10), O.WARNING_AMEND, C.FALSE_CLAIM, case_id="case-1"),
        DecisionInput(amendment, date(2026, 3, 10), O.REMINDER, C.FALSE_CLAIM, case_id="case-1", amends=original),
    ]
    score = compute(decisions, date(2026, 6, 8))  # 90 days: one half-life
    states = {p.decision_id: (p.state, p.replaced_by) for p in score.points}
    assert states == {original: (PointState.REPLACED, amendment), amendment: (PointState.COUNTING, None)}
    assert score.penalty == 1.5 and score.value == 98.5
    # An appeal's ruling on the same case, later, then replaces the amendment.
    ruling = DecisionInput("c", date(2026, 4, 1), O.NOT_UPHELD, C.FALSE_CLAIM, case_id="case-1")
    after = compute([*decisions, ruling], date(2026, 6, 8))
    assert {p.decision_id: p.state for p in after.points}[amendment] == PointState.REPLACED
    assert after.value == 100.0


@pytest.mark.parametrize(("kept", "other"), [("a", "b"), ("b", "a")])
def test_of_two_decisions_recorded_at_once_on_a_case_the_one_it_keeps_counts(kept: str, other: str):
    """Two members recorded a decision on one case offline: the case keeps one (the last writer's,
    or the one the conflict was settled on), whatever the ids, and only that one counts."""
    outcomes = {kept: O.SUSPENSION, other: O.REMINDER}
    decisions = [DecisionInput(i, date(2026, 3, 10), outcomes[i], C.FALSE_CLAIM, case_id="case-1",
                               current=i == kept) for i in ("a", "b")]
    score = compute(decisions, date(2026, 3, 11))
    states = {p.decision_id: (p.state, p.replaced_by) for p in score.points}
    assert states == {kept: (PointState.COUNTING, None), other: (PointState.REPLACED, kept)}
    assert score.penalty == compute([decisions[0 if kept == "a" else 1]], date(2026, 3, 11)).penalty
    # Recorded at a later meeting but not kept: it never counts either.
    late = DecisionInput("z", date(2026, 3, 24), O.REMINDER, C.FALSE_CLAIM, case_id="case-1", current=False)
    later = compute([*decisions, late], date(2026, 4, 1))
    assert {p.decision_id: p.state for p in later.points}["z"] == PointState.REPLACED
    assert {p.decision_id: p.state for p in later.points}[kept] == PointState.COUNTING


def test_no_decided_case_is_not_yet_assessed_never_high_credibility():
    day = date(2026, 5, 1)
    nothing = compute([], day)
    assert nothing.band == Band.NOT_ASSESSED and not nothing.assessed
    assert Band.NOT_ASSESSED.label("vi") == "Chưa đánh giá" and Band.NOT_ASSESSED.label("en") == "Not yet assessed"
    # A decision taken after the date does not count yet; one upholding nothing is an assessment.
    assert compute([d("a", day + timedelta(days=1), O.REMINDER)], day).band == Band.NOT_ASSESSED
    cleared = compute([d("a", day, O.NOT_UPHELD)], day)
    assert cleared.assessed and (cleared.value, cleared.band) == (100.0, Band.HIGH)
    # The programme's pillar assessment is an assessment too.
    assessed = compute([], day, [PillarAssessment(day, frozenset(Pillar))])
    assert assessed.assessed and assessed.band == Band.HIGH
