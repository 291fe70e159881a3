"""Influencer profiles: editing, accounts, pillars, merges, corrections and suspension proposals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Platform, Role
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.domain.score import Band, Pillar
from moderator_app.services import credibility, profiles
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .helpers import all_events, deliver
from .score_fixtures import decide, file_case, meeting


def _id(ws: Workspace, name: str) -> str:
    with ws.db.read() as conn:
        return Q.find_influencer_id(raw_connection(conn), name)


def _profile(ws: Workspace, name_or_id: str) -> Q.ProfileDetail:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = Q.profile(raw, Q.find_influencer_id(raw, name_or_id))
    assert detail is not None
    return detail


def _score(ws: Workspace, name: str, as_of: date) -> credibility.ProfileScore:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        return credibility.profile_score(raw, Q.find_influencer_id(raw, name), as_of)


def join_as(chair: Workspace, other: Workspace, role: Role) -> None:
    """Make ``other``'s member a member of ``chair``'s committee with ``role``."""
    with chair.transaction() as tx:
        tx.emit("member.added", other.identity.member_id, {
            "name": other.identity.member_name, "role": role.value,
            "devices": [{"id": other.identity.device_id, "name": "", "public_key": other.identity.public_key_b64}],
        })
    deliver(other, all_events(chair))


def test_profile_details_are_edited_field_by_field(ws: Workspace):
    file_case(ws, "Đen Vâu", handle="@denvau")
    changed = profiles.update_profile(ws, "den vau", profiles.ProfileChanges(
        agency="Sao Việt Media", contact="0901 234 567", member_since=date(2025, 3, 1), pledge_signed=True))
    assert changed
    p = _profile(ws, "Đen Vâu")
    assert (p.agency, p.contact, p.member_since, p.pledge_signed) == ("Sao Việt Media", "0901 234 567",
                                                                      "2025-03-01", True)
    assert not profiles.update_profile(ws, "Đen Vâu", profiles.ProfileChanges(agency="Sao Việt Media"))
    profiles.update_profile(ws, "Đen Vâu", profiles.ProfileChanges(name="Đen Vâu Official"))
    with ws.db.read() as conn:
        rows = queries.search_cases(raw_connection(conn), "vau official")
    assert len(rows) == 1 and rows[0].influencer == "Đen Vâu Official"
    file_case(ws, "Khánh Vy")
    with pytest.raises(UserError, match="already called Khánh Vy"):
        profiles.update_profile(ws, "Đen Vâu Official", profiles.ProfileChanges(name="khanh vy"))
    with pytest.raises(NotFound):
        profiles.update_profile(ws, "Nobody", profiles.ProfileChanges(agency="x"))


def test_accounts_are_added_edited_and_removed(ws: Workspace):
    filed = file_case(ws, "Đen Vâu")
    account = profiles.add_account(ws, "Đen Vâu", Platform.YOUTUBE, "@denvauofficial", "https://youtube.com/@d", 1200)
    assert [a.handle for a in _profile(ws, "Đen Vâu").accounts] == ["@denvauofficial"]
    with pytest.raises(UserError, match="already an account of Đen Vâu"):
        profiles.add_account(ws, "Đen Vâu", Platform.YOUTUBE, "@DenVauOfficial")
    with pytest.raises(UserError, match="whole number"):
        profiles.add_account(ws, "Đen Vâu", Platform.TIKTOK, "@dv", followers="many")
    assert profiles.update_account(ws, account, profiles.AccountChanges(handle="@denvau.music", followers=5000))
    (a,) = _profile(ws, "Đen Vâu").accounts
    assert (a.handle, a.followers, a.platform) == ("@denvau.music", 5000, "youtube")
    with ws.db.read() as conn:
        assert [r.ref for r in queries.search_cases(raw_connection(conn), "denvau.music")] == [filed.ref]
    profiles.remove_account(ws, account)
    assert _profile(ws, "Đen Vâu").accounts == ()
    with pytest.raises(NotFound):
        profiles.update_account(ws, account, profiles.AccountChanges(handle="@x"))
    assert verify(ws).ok


def test_pillars_set_the_base_from_their_date(ws: Workspace):
    file_case(ws, "Đen Vâu")
    profiles.assess_pillars(ws, "Đen Vâu", [Pillar.AD_TRANSPARENCY, Pillar.LEGAL_COMPLIANCE, Pillar.SOCIAL_VALUE],
                            date(2026, 2, 1), note="Thiếu minh bạch tương tác")
    assert _score(ws, "Đen Vâu", date(2026, 1, 31)).score.base == 100.0
    later = _score(ws, "Đen Vâu", date(2026, 2, 1)).score
    assert later.base == 60.0 and later.value == 60.0 and later.band == Band.NOTED
    profiles.assess_pillars(ws, "Đen Vâu", list(Pillar), date(2026, 3, 1))
    assert _score(ws, "Đen Vâu", date(2026, 3, 1)).score.base == 100.0


def test_a_decision_counts_from_its_meetings_date(ws: Workspace):
    decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1))
    assert _score(ws, "Đen Vâu", date(2025, 12, 31)).score.value == 100.0
    assert _score(ws, "Đen Vâu", date(2026, 1, 1)).score.value == 92.0
    assert _score(ws, "Đen Vâu", date(2026, 4, 1)).score.value == 96.0


def test_merging_moves_everything_to_the_kept_profile_and_keeps_both_histories(ws: Workspace):
    a_ref, _ = decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1))
    b_ref, _ = decide(ws, "Den Vau Official", Outcome.REMINDER, date(2026, 1, 15), Category.UNDISCLOSED_AD)
    profiles.add_account(ws, "Den Vau Official", Platform.FACEBOOK, "@denvau.fb")
    profiles.update_profile(ws, "Den Vau Official", profiles.ProfileChanges(agency="Sao Việt", pledge_signed=True))
    profiles.assess_pillars(ws, "Den Vau Official", list(Pillar), date(2026, 1, 2))
    keep, other = _id(ws, "Đen Vâu"), _id(ws, "Den Vau Official")
    assert profiles.merge_profiles(ws, "Đen Vâu", "Den Vau Official") == keep
    kept = _profile(ws, keep)
    assert kept.case_count == 2 and kept.merged_from == ((other, "Den Vau Official"),)
    assert [a.handle for a in kept.accounts] == ["@denvau.fb"]
    assert (kept.agency, kept.pledge_signed) == ("Sao Việt", True)  # filled from the merged profile
    merged = _profile(ws, other)
    assert merged.merged_into == keep and merged.case_count == 0 and merged.accounts == ()
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        cases = queries.list_cases(raw, queries.CaseFilter(influencer_id=keep), "ref", False, 10, 0)
        assert sorted(c.ref for c in cases) == sorted([a_ref, b_ref])
        assert {c.influencer for c in cases} == {"Đen Vâu"}
        assert raw.execute("SELECT count(*) FROM reports WHERE influencer_id = ?", (other,)).fetchone()[0] == 0
        assert len(Q.decisions_of(raw, keep)) == 2 and Q.decisions_of(raw, other) == []
        assert len(Q.assessments_of(raw, keep)) == 1
        kept_history = [h.type for h in Q.profile_history(raw, keep)]
        merged_history = [h.type for h in Q.profile_history(raw, other)]
    assert "influencer.merged" in kept_history and "influencer.merged" in merged_history
    assert "influencer.account_added" in kept_history and "influencer.account_added" in merged_history
    score = _score(ws, "Đen Vâu", date(2026, 1, 15)).score
    assert [p.case_ref for p in score.points] == [a_ref, b_ref]
    # The merged name still means the same person: a new report about it joins the kept profile.
    file_case(ws, "den vau official")
    assert _profile(ws, keep).case_count == 3
    with pytest.raises(NotAllowed, match="was merged into Đen Vâu"):
        profiles.update_profile(ws, other, profiles.ProfileChanges(agency="x"))
    with pytest.raises(UserError, match="two different profiles"):
        profiles.merge_profiles(ws, keep, "Đen Vâu")
    assert verify(ws).ok


def test_roles_limit_merges_assessments_and_corrections(tmp_path: Path):
    chair = Workspace.open(tmp_path / "chair", member_name="Chủ tịch")
    member = Workspace.open(tmp_path / "member", member_name="Thành viên")
    try:
        _, decision = decide(chair, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1))
        file_case(chair, "Khánh Vy")
        join_as(chair, member, Role.MEMBER)
        assert member.role() == Role.MEMBER
        assert profiles.update_profile(member, "Đen Vâu", profiles.ProfileChanges(agency="A"))
        with pytest.raises(NotAllowed, match="merging influencer profiles needs"):
            profiles.merge_profiles(member, "Đen Vâu", "Khánh Vy")
        with pytest.raises(NotAllowed, match="assessing the pillars needs"):
            profiles.assess_pillars(member, "Đen Vâu", [], date(2026, 1, 1))
        with pytest.raises(NotAllowed, match="completed correction needs"):
            credibility.record_correction(member, decision, date(2026, 1, 5))
    finally:
        chair.close()
        member.close()


def test_a_completed_correction_halves_the_penalty_and_can_be_withdrawn(ws: Workspace):
    ref, decision = decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1))
    assert credibility.record_correction(ws, decision, date(2026, 1, 10), note="Đã gỡ bài")
    assert not credibility.record_correction(ws, decision, date(2026, 1, 10))
    point = _score(ws, "Đen Vâu", date(2026, 1, 10)).score.points[0]
    assert point.correction == 0.5 and point.remaining == pytest.approx(4 * 0.5 ** (9 / 90))
    with ws.db.read() as conn:
        history = queries.case_history(raw_connection(conn), queries.find_case_id(raw_connection(conn), ref) or "")
    assert history[-1].type == "decision.corrected"
    with pytest.raises(UserError, match="before the decision"):
        credibility.record_correction(ws, decision, date(2025, 12, 31))
    with pytest.raises(UserError, match="in the future"):
        credibility.record_correction(ws, decision, date(2099, 1, 1))
    assert credibility.record_correction(ws, decision, None)
    assert _score(ws, "Đen Vâu", date(2026, 1, 10)).score.points[0].correction == 1.0
    _, nothing = decide(ws, "Đen Vâu", Outcome.NOT_UPHELD, date(2026, 2, 1))
    with pytest.raises(UserError, match="upheld nothing"):
        credibility.record_correction(ws, nothing, date(2026, 2, 2))
    with pytest.raises(NotFound):
        credibility.record_correction(ws, "nope", date(2026, 2, 2))
    assert verify(ws).ok


def test_the_trigger_proposes_a_suspension_until_a_meeting_takes_it(ws: Workspace):
    refs = [decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1) + (date(2026, 1, 31) - date(2026, 1, 1))
                   * i)[0] for i in range(3)]
    decide(ws, "Khánh Vy", Outcome.WARNING_AMEND, date(2026, 1, 1))
    as_of = date(2026, 3, 10)
    with ws.db.read() as conn:
        (proposal,) = credibility.pending_proposals(raw_connection(conn), as_of)
    assert proposal.name == "Đen Vâu" and proposal.reached_on == date(2026, 3, 2)
    assert list(proposal.case_refs) == refs
    past = meeting(ws, date(2026, 3, 1))
    with pytest.raises(UserError, match="before the trigger was reached"):
        credibility.propose_suspension(ws, past, "den vau", as_of)
    with pytest.raises(UserError, match="no pending suspension proposal"):
        credibility.propose_suspension(ws, past, "Khánh Vy", as_of)
    upcoming = meeting(ws, date(2026, 3, 19))
    item = credibility.propose_suspension(ws, upcoming, "Đen Vâu", as_of)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        row = raw.execute("SELECT kind, influencer_id, case_id, meeting_id FROM agenda_items WHERE id = ?",
                          (item,)).fetchone()
        assert row == ("trigger", _id(ws, "Đen Vâu"), None, upcoming)
        assert credibility.pending_proposals(raw, as_of) == []
        history = Q.profile_history(raw, _id(ws, "Đen Vâu"))
    assert history[-1].type == "agenda.added"
    with pytest.raises(UserError, match="no pending suspension proposal"):
        credibility.propose_suspension(ws, upcoming, "Đen Vâu", as_of)
    assert verify(ws).ok


def test_the_register_sorts_filters_and_searches(ws: Workspace):
    decide(ws, "Đen Vâu", Outcome.SUSPENSION, date(2026, 1, 1))
    decide(ws, "Khánh Vy", Outcome.REMINDER, date(2026, 1, 1))
    file_case(ws, "Khánh Vy")
    file_case(ws, "Âu Dương", handle="@audu")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        day = date(2026, 1, 1)
        by_name = [e.influencer.name for e in credibility.register(raw, day)]
        by_score = [(e.influencer.name, e.score) for e in credibility.register(raw, day, sort="score")]
        by_cases = [e.influencer.name for e in credibility.register(raw, day, sort="cases")]
        caution = [e.influencer.name for e in credibility.register(raw, day, band=Band.CAUTION)]
        found = [e.influencer.name for e in credibility.register(raw, day, search="AUDU")]
        with pytest.raises(UserError, match="unknown sort"):
            credibility.register(raw, day, sort="age")
    assert by_name == ["Âu Dương", "Đen Vâu", "Khánh Vy"]
    assert by_score == [("Đen Vâu", 70.0), ("Khánh Vy", 97.0), ("Âu Dương", None)]  # never assessed: last
    assert by_cases == ["Khánh Vy", "Âu Dương", "Đen Vâu"]
    assert caution == [] and found == ["Âu Dương"]


def test_finding_a_profile_by_name_prefix_or_id(ws: Workspace):
    file_case(ws, "Đen Vâu")
    file_case(ws, "Đen Long")
    influencer_id = _id(ws, "đen vâu")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        assert Q.find_influencer_id(raw, influencer_id) == influencer_id
        assert Q.find_influencer_id(raw, "den v") == influencer_id
        with pytest.raises(UserError, match="more than one influencer"):
            Q.find_influencer_id(raw, "den")
        with pytest.raises(NotFound):
            Q.find_influencer_id(raw, "Sơn Tùng")
