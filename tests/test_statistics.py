"""Statistics against a workspace counted by hand (``tests/stats_fixtures.py``).

The fourth quarter of 2026, seen on Friday 20 November at noon:

* reports received in the quarter: B (c2, 5 Oct), C and D (c3, 6 Oct), E (c4, 14 Oct),
  G (c6, 3 Nov), F (c5, 18 Nov) = 6; A (c1, 28 Sep) and c0's are before it;
* cases opened in the quarter and not merged: c2, c3, c4, c5 = 4 (c6 was merged into c2);
* triage within 5 working days: c2 on time (2 days); c3 late (left triage on 21 Oct, due 13 Oct);
  c4 late (never triaged, due 21 Oct); c5 pending (due 25 Nov);
* urgent takedown within 24 hours: c2 on time (11 hours); c4 late (urgent 20 Oct, no request);
  c5 pending (urgent 6 hours ago);
* overdue now: c4 urgent removal; c0, c1, c2, c3 decided and not published within 10 working days;
* decisions in force dated in the quarter: c1 named non-compliant (4), c2 warning (2), c3's
  amendment reminder (1) (the not-upheld it amended is not in force); c0's of 30 Sep is before;
* bands on 20 Nov: Xuân X trusted (100 − 18·0.5^(23/90) − 8·0.5^(23/730) = 77.1), Vũ V and Yến Y
  high; Zung Z and Wendy W have no decided case, so they are not yet assessed (never "high").
"""

from __future__ import annotations

from datetime import date

import pytest

from moderator_app.domain.statistics import Period, quarter_of, quarter_period
from moderator_app.services import statistics
from moderator_app.services.workspace import Workspace

from .stats_fixtures import build_autumn


@pytest.fixture
def autumn(ws: Workspace, tmp_path):
    return build_autumn(ws, tmp_path)


def test_quarter_periods():
    assert quarter_period("2026Q4") == ("2026Q4", Period(date(2026, 10, 1), date(2026, 12, 31)))
    assert quarter_period("2026-q1")[1] == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_period("2024Q1")[1].days == 91  # a leap year's February
    assert quarter_of(date(2026, 6, 30)) == "2026Q2"
    from moderator_app.domain.errors import UserError

    for bad in ("2026Q5", "Q4 2026", "2026", ""):
        with pytest.raises(UserError):
            quarter_period(bad)
    with pytest.raises(UserError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_figures_of_the_quarter_match_the_hand_count(ws: Workspace, autumn):
    s = statistics.compute(ws, quarter_period("2026Q4")[1], autumn.now_ms)
    assert (s.reports, s.cases, s.decisions) == (6, 4, 3)

    cats = {c.code: (c.reports, c.cases) for c in s.by_category}
    assert cats["fraud"] == (2, 1) and cats["false_claim"] == (2, 1) and cats["misinformation"] == (2, 2)
    assert sum(r for r, _ in cats.values()) == 6 and next(iter(cats)) == "undisclosed_ad" and len(cats) == 11
    platforms = {c.code: (c.reports, c.cases) for c in s.by_platform}
    assert platforms == {"tiktok": (1, 1), "facebook": (2, 1), "youtube": (2, 2), "instagram": (1, 0),
                         "zalo": (0, 0), "threads": (0, 0), "other": (0, 0)}

    months = [(b.key, b.reports, b.cases) for b in s.months]
    assert months == [("2026-10", 4, 3), ("2026-11", 2, 1), ("2026-12", 0, 0)]
    weeks = {b.key: (b.reports, b.cases) for b in s.weeks if b.reports or b.cases}
    assert weeks == {"2026-W41": (3, 2), "2026-W42": (1, 1), "2026-W45": (1, 0), "2026-W47": (1, 1)}
    assert s.weeks[0].key == "2026-W40" and s.weeks[0].start == date(2026, 10, 1)  # clipped to the quarter
    assert s.weeks[-1].key == "2026-W53" and s.weeks[-1].end == date(2026, 12, 31)
    assert len(s.weeks) == 14

    assert (s.triage.on_time, s.triage.late, s.triage.pending) == (1, 2, 1)
    assert s.triage.share == pytest.approx(1 / 3)
    assert (s.urgent_takedown.on_time, s.urgent_takedown.late, s.urgent_takedown.pending) == (1, 1, 1)
    assert s.urgent_takedown.share == pytest.approx(0.5)
    assert dict(s.overdue) == {"urgent_removal": 1, "publish_decision": 4} and s.overdue_total == 5

    assert {o.outcome: o.count for o in s.outcomes if o.count} == {
        "named_noncompliant": 1, "warning_amend": 1, "reminder": 1}
    assert s.levels() == ((0, 0), (1, 1), (2, 1), (3, 0), (4, 1), (5, 0), (6, 0), (7, 0))
    assert dict(s.bands) == {"high": 2, "trusted": 1, "noted": 0, "caution": 0, "not_credible": 0,
                             "not_assessed": 2}
    assert s.bands_as_of == date(2026, 11, 20)
    assert dict(s.letters) == {"complaint": 0, "decision": 0, "takedown": 1, "acknowledgement": 0, "outcome": 0}


def test_a_narrower_period_counts_only_its_days(ws: Workspace, autumn):
    s = statistics.compute(ws, Period(date(2026, 10, 5), date(2026, 10, 11)), autumn.now_ms)
    assert (s.reports, s.cases, s.decisions) == (3, 2, 0)
    assert [(b.key, b.reports) for b in s.weeks] == [("2026-W41", 3)]
    assert (s.triage.on_time, s.triage.late, s.triage.pending) == (1, 1, 0)
    assert (s.urgent_takedown.on_time, s.urgent_takedown.late) == (1, 0)
    # On 11 October only V had a decided case (a reminder); X and Y existed, undecided; Z (first reported on
    # 14 October) and W (3 November) did not exist yet and are not counted at all.
    assert dict(s.bands) == {"high": 1, "trusted": 0, "noted": 0, "caution": 0, "not_credible": 0,
                             "not_assessed": 2}
    assert s.bands_as_of == date(2026, 10, 11)
    september = statistics.compute(ws, Period(date(2026, 9, 1), date(2026, 9, 30)), autumn.now_ms)
    assert (september.reports, september.cases, september.decisions) == (2, 2, 1)
    assert september.levels()[1] == (1, 1)


def test_deadline_shares_are_undefined_without_a_known_outcome(ws: Workspace):
    s = statistics.compute(ws, Period(date(2026, 1, 1), date(2026, 3, 31)))
    assert s.reports == 0 and s.triage.share is None and s.urgent_takedown.share is None
    assert len(s.months) == 3 and all(b.reports == 0 for b in s.months)
