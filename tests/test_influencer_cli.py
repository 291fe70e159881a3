"""`influencer show`, `influencers list` and `influencers proposals`: the command-line contract."""

from __future__ import annotations

from datetime import date

import pytest

from moderator_app.domain.enums import Category, Outcome
from moderator_app.services import credibility
from moderator_app.services.workspace import Workspace

from .conftest import Cli
from .score_fixtures import decide, file_case

POINT_KEYS = {"decision", "case", "decided_on", "outcome", "category", "level", "penalty", "repeat", "correction",
              "half_life_days", "age_days", "decay", "remaining", "expires_on", "state"}


@pytest.fixture
def filled(cli: Cli) -> Cli:
    with Workspace.open(cli.data_dir, member_name="Chủ tịch") as ws:
        decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1))
        _, second = decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 4, 1))
        decide(ws, "Đen Vâu", Outcome.PUBLIC_CORRECTION, date(2026, 4, 2), Category.MISINFORMATION)
        credibility.record_correction(ws, second, date(2026, 4, 2))
        decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 5, 1), Category.UNDISCLOSED_AD)
        decide(ws, "Khánh Vy", Outcome.NOT_UPHELD, date(2026, 2, 1))
        file_case(ws, "Khánh Vy")
        file_case(ws, "Sơn Tùng")
    return cli


def test_show_json_has_the_score_band_and_breakdown(filled: Cli):
    result = filled("influencer", "show", "den vau", "--as-of", "2026-04-01", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert {"id", "name", "score", "band", "breakdown", "accounts", "cases", "decisions", "proposal",
            "history"} <= set(data)
    assert data["name"] == "Đen Vâu" and data["as_of"] == "2026-04-01"
    assert data["score"] == 84.0 and data["band"] == "trusted"  # docs/score.md, example 2
    first, second = data["breakdown"]
    assert set(first) >= POINT_KEYS
    assert (first["remaining"], first["decay"], first["age_days"]) == (4.0, 0.5, 90)
    assert (second["remaining"], second["repeat"], second["repeat_of"]) == (12.0, 1.5, first["decision"])
    assert len(data["cases"]) == 4 and len(data["decisions"]) == 4
    assert {"influencer.created", "influencer.account_added"} >= {h["type"] for h in data["history"]}


def test_a_decision_counts_from_its_meetings_date(filled: Cli):
    before = filled("influencer", "show", "Đen Vâu", "--as-of", "2025-12-31", "--json").json()
    assert before["score"] is None and before["band"] == "not_assessed" and before["breakdown"] == []
    later = filled("influencer", "show", "Đen Vâu", "--as-of", "2026-04-02", "--json").json()
    states = [(p["outcome"], p["correction"]) for p in later["breakdown"]]
    assert states == [("warning_amend", 1.0), ("warning_amend", 0.5), ("public_correction", 1.0)]


def test_show_in_words_in_both_languages(filled: Cli):
    vi = filled("influencer", "show", "Đen Vâu", "--as-of", "2026-04-01", lang="vi")
    assert vi.code == 0 and "Điểm tín nhiệm: 84 / 100 · Tín nhiệm" in vi.out
    assert "8 × 0,5^(90/90) = −4" in vi.out and "× 1,5 (tái phạm)" in vi.out
    en = filled("influencer", "show", "Đen Vâu", "--as-of", "2026-04-01", lang="en")
    assert "Credibility score: 84 / 100 · Trusted" in en.out and "× 1.5 (repeat)" in en.out


def test_show_refuses_unknown_or_ambiguous_names(filled: Cli):
    missing = filled("influencer", "show", "Nobody")
    assert missing.code == 2 and "no influencer 'Nobody'" in missing.err
    assert filled("influencer", "show", "Đen Vâu", "--as-of", "yesterday").code == 2


def test_list_json_sorts_and_filters(filled: Cli):
    rows = filled("influencers", "list", "--as-of", "2026-04-01", "--json").json()
    assert [r["name"] for r in rows] == ["Đen Vâu", "Khánh Vy", "Sơn Tùng"]
    assert {"id", "name", "score", "band", "cases"} <= set(rows[0])
    by_score = filled("influencers", "list", "--as-of", "2026-04-01", "--sort", "score", "--json").json()
    assert [(r["name"], r["score"], r["band"]) for r in by_score] == [
        ("Đen Vâu", 84.0, "trusted"), ("Khánh Vy", 100.0, "high"), ("Sơn Tùng", None, "not_assessed")]
    unassessed = filled("influencers", "list", "--as-of", "2026-04-01", "--band", "not_assessed", lang="vi").out
    assert "Sơn Tùng" in unassessed and "Chưa đánh giá" in unassessed and "Đen Vâu" not in unassessed
    by_cases = filled("influencers", "list", "--sort", "cases", "--json").json()
    assert [r["cases"] for r in by_cases] == [4, 2, 1]
    trusted = filled("influencers", "list", "--as-of", "2026-04-01", "--band", "trusted", "--json").json()
    assert [r["name"] for r in trusted] == ["Đen Vâu"]
    assert filled("influencers", "list", "--band", "golden").code == 2
    assert filled("influencers", "list", "--sort", "age").code == 2
    words = filled("influencers", "list", "--as-of", "2026-04-01", lang="vi")
    assert "Tín nhiệm" in words.out and "3 người có ảnh hưởng" in words.out


def test_proposals_list_who_reached_the_trigger(filled: Cli):
    # Jan 1, Apr 1 and Apr 2 are 91 days apart: not yet; May 1 makes three within 90 days.
    assert filled("influencers", "proposals", "--as-of", "2026-04-05", "--json").json() == []
    (proposal,) = filled("influencers", "proposals", "--as-of", "2026-05-05", "--json").json()
    assert proposal["name"] == "Đen Vâu" and proposal["reached_on"] == "2026-05-01"
    assert proposal["window_start"] == "2026-04-01" and len(proposal["cases"]) == 3
    shown = filled("influencer", "show", "Đen Vâu", "--as-of", "2026-05-05", "--json").json()
    assert shown["proposal"]["reached_on"] == "2026-05-01" and shown["proposal"]["proposal"] == "suspension"
    text = filled("influencers", "proposals", "--as-of", "2026-05-05", lang="en")
    assert "1 suspension proposal(s)" in text.out
