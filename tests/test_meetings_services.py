"""Meetings through the services: agenda, attendance and quorum, votes and recusal, decisions,
finalization, amendments and appeals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from moderator_app.domain.enums import Outcome, Status
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.domain.meetings import QuorumRule, count_quorum, parse_quorum
from moderator_app.services import meetings as svc
from moderator_app.services.history import describe
from moderator_app.services.meeting_summary import meeting_summary
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection

from .helpers import all_events
from .meeting_helpers import add_member, case_detail, ready_case

TODAY = date(2026, 3, 12)


def _detail(ws: Workspace, meeting_id: str) -> mq.MeetingDetail:
    with ws.db.read() as conn:
        detail = mq.meeting_detail(raw_connection(conn), meeting_id)
    assert detail is not None
    return detail


@pytest.fixture
def committee(ws: Workspace) -> dict[str, str]:
    """The local chair plus a secretary, a reviewer, two members and an observer."""
    people = {"chair": ws.identity.member_id}
    for name, role in (("Trần Thu Hà", "secretary"), ("Lê Quốc Bảo", "reviewer"), ("Nguyễn Đức Minh", "member"),
                       ("Võ Thanh Tâm", "member"), ("Hồ Kim Ngân", "observer")):
        people[name] = add_member(ws, name, role)
    return people


def test_the_whole_flow_create_agenda_attend_vote_decide_finalize_amend_appeal(ws: Workspace, committee):
    a, b = ready_case(ws, "Đen Vâu", 1), ready_case(ws, "Khánh Vy", 2)
    meeting = svc.create_meeting(ws, "Phiên họp số 001/2026", TODAY, "Phòng họp A", secretary="Trần Thu Hà")
    item_a = svc.add_to_agenda(ws, meeting, a)
    item_b = svc.add_to_agenda(ws, meeting, b)
    assert case_detail(ws, a).case.status == Status.SCHEDULED
    assert svc.reorder_agenda(ws, meeting, [item_b, item_a])
    assert [i.ref for i in _detail(ws, meeting).agenda] == [b, a]
    assert svc.move_agenda_item(ws, item_a, 0)
    assert [i.id for i in _detail(ws, meeting).agenda] == [item_a, item_b]
    assert svc.recommend(ws, item_a, "Đề nghị cảnh cáo", Outcome.WARNING_AMEND)

    # Attendance: 5 voting members; 3 present make a quorum.
    assert not svc.meeting_quorum(ws, meeting).met
    for who in ("me", "Trần Thu Hà", "Lê Quốc Bảo"):
        svc.set_attendance(ws, meeting, who, "present")
    svc.set_attendance(ws, meeting, "nguyen duc minh", "excused")
    svc.set_attendance(ws, meeting, committee["Hồ Kim Ngân"], "present")  # observers do not count
    q = svc.meeting_quorum(ws, meeting)
    assert (q.present, q.voting, q.required, q.met) == (3, 5, 3, True)

    # Per-member votes, one recusal.
    svc.cast_vote(ws, item_a, "me", "for")
    svc.cast_vote(ws, item_a, "Trần Thu Hà", "for")
    svc.recuse(ws, item_a, "Lê Quốc Bảo")
    decision = svc.record_decision(
        ws, meeting, a, Outcome.WARNING_AMEND, "Quảng cáo không gắn nhãn, đã được nhắc trước đó",
        follow_ups=[svc.FollowUpInput("Gửi văn bản yêu cầu gỡ bài", committee["Trần Thu Hà"], TODAY + timedelta(7))],
    )
    case_a = case_detail(ws, a)
    assert case_a.case.status == Status.DECIDED
    d = _detail(ws, meeting).item(item_a).decision  # type: ignore[union-attr]
    assert d is not None and d.id == decision
    assert (d.votes_for, d.votes_against, d.votes_abstain, d.votes_recused, d.vote_mode) == (2, 0, 0, 1, "members")
    assert d.decided_on == TODAY.isoformat() and d.follow_ups[0].owner_name == "Trần Thu Hà"

    # Tallies for the second item; corrected before finalization.
    second = svc.record_decision(ws, meeting, b, Outcome.REMINDER, "Lần đầu vi phạm",
                                 votes={"for": 2, "against": 1, "abstain": 0})
    assert svc.update_decision(ws, second, outcome=Outcome.NOT_UPHELD, rationale="Không đủ chứng cứ")
    assert _detail(ws, meeting).item(item_b).decision.outcome == "not_upheld"  # type: ignore[union-attr]

    svc.update_meeting(ws, meeting, minutes="Họp bàn hai hồ sơ.")
    summary = meeting_summary(_detail(ws, meeting), svc.meeting_quorum(ws, meeting), "en")
    assert "Present: 3 of 5 voting members" in summary and "Warning, amend or remove" in summary
    assert "1 recused" in summary and "Gửi văn bản yêu cầu gỡ bài — Trần Thu Hà" in summary

    svc.finalize(ws, meeting)
    with pytest.raises(NotAllowed, match="finalized"):
        svc.record_decision(ws, meeting, b, Outcome.REMINDER, "x")
    with pytest.raises(NotAllowed, match="amendment"):
        svc.update_decision(ws, decision, rationale="khác")
    with pytest.raises(NotAllowed, match="finalized"):
        svc.update_meeting(ws, meeting, minutes="khác")
    assert svc.set_published(ws, decision, True)  # publication is still allowed

    amendment = svc.amend_decision(ws, decision, Outcome.PUBLIC_CORRECTION, "Tái phạm: yêu cầu cải chính công khai")
    detail = _detail(ws, meeting)
    versions = detail.item(item_a).decisions  # type: ignore[union-attr]
    assert [v.id for v in versions] == [decision, amendment]
    assert versions[0].amended_by == (amendment,) and versions[1].amends == decision and versions[1].published
    assert detail.item(item_a).decision.id == amendment  # type: ignore[union-attr]
    assert case_detail(ws, a).case.status == Status.DECIDED
    with ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT decision_id FROM cases WHERE ref = ?", (a,)).fetchone()[0] \
            == amendment
    with pytest.raises(NotAllowed, match="already amended"):
        svc.amend_decision(ws, decision, Outcome.REMINDER, "x")

    # Appeal within 21 days: back to an agenda; the decision keeps its record.
    nxt = svc.create_meeting(ws, "Phiên họp số 002/2026", TODAY + timedelta(14))
    lodged = svc.appeal(ws, a, "KOL khiếu nại: đã gỡ bài trong 24 giờ", today=TODAY + timedelta(10))
    assert lodged.meeting_id == nxt and lodged.decision_id == amendment
    assert case_detail(ws, a).case.status == Status.SCHEDULED
    types = [h.type for h in case_detail(ws, a).history]
    assert "decision.appealed" in types
    for who in ("me", "Trần Thu Hà", "Lê Quốc Bảo"):
        svc.set_attendance(ws, nxt, who, "present")
    ruling = svc.record_decision(ws, nxt, a, Outcome.REMINDER, "Phúc xét: giảm xuống nhắc nhở")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        ruled = mq.get_decision(raw, ruling)
        original = mq.get_decision(raw, amendment)
    assert ruled is not None and ruled.appeal_of == amendment
    assert original is not None and original.appealed_at is not None and original.outcome == "public_correction"
    names = {committee["Trần Thu Hà"]: "Trần Thu Hà", ws.identity.member_id: "Chủ tịch"}
    lines = [describe(h, "en", names) for h in case_detail(ws, a).history]
    assert any(line.startswith("Amendment of the decision: Public correction") for line in lines)
    assert any(line.startswith("Appeal lodged — KOL khiếu nại") for line in lines)
    assert any(line.startswith("Decision on appeal: Advisory reminder") for line in lines)
    assert any("recused for a conflict of interest" in line for line in lines)
    report = verify(ws)
    assert report.ok, report.problems


def test_without_quorum_a_decision_is_refused_and_nothing_changes(ws: Workspace, committee):
    ref = ready_case(ws)
    meeting = svc.create_meeting(ws, "Họp", TODAY)
    svc.add_to_agenda(ws, meeting, ref)
    svc.set_attendance(ws, meeting, "me", "present")
    svc.set_attendance(ws, meeting, "Lê Quốc Bảo", "present")
    before = len(all_events(ws))
    with pytest.raises(NotAllowed, match=r"no quorum: 2 of 5 voting members are present and 3 are needed"):
        svc.record_decision(ws, meeting, ref, Outcome.REMINDER, "Lý do")
    assert len(all_events(ws)) == before
    assert case_detail(ws, ref).case.status == Status.SCHEDULED
    ws.set_setting("quorum", 2)
    assert svc.record_decision(ws, meeting, ref, Outcome.REMINDER, "Lý do")


def test_quorum_rules():
    assert parse_quorum(None) == QuorumRule() and parse_quorum("majority").required(8) == 5
    assert QuorumRule().required(9) == 5 and QuorumRule().required(1) == 1
    assert parse_quorum(3).required(10) == 3 and parse_quorum("3").required(2) == 2
    assert parse_quorum("2/3").required(9) == 6 and parse_quorum("2/3").required(10) == 7
    for bad in ("0", "5/3", "half", True, 0, "1/0"):
        with pytest.raises(UserError, match="quorum"):
            parse_quorum(bad)
    # One voting member, the local one: quorate unless recorded otherwise.
    assert count_quorum(QuorumRule(), ["me"], {}, "me").met
    assert not count_quorum(QuorumRule(), ["me"], {"me": "absent"}, "me").met
    assert not count_quorum(QuorumRule(), ["me", "you"], {}, "me").met


def test_a_one_person_workspace_decides_alone(ws: Workspace):
    ref = ready_case(ws)
    meeting = svc.create_meeting(ws, "Họp một mình", TODAY)
    svc.add_to_agenda(ws, meeting, ref)
    assert svc.meeting_quorum(ws, meeting).met
    svc.cast_vote(ws, _detail(ws, meeting).agenda[0].id, "me", "for")
    decision = svc.record_decision(ws, meeting, ref, Outcome.REMINDER, "Nhắc nhở")
    assert _detail(ws, meeting).agenda[0].decision.votes_for == 1  # type: ignore[union-attr]
    assert decision


def test_recusal_observers_and_absent_members_cannot_vote(ws: Workspace, committee):
    ref = ready_case(ws)
    meeting = svc.create_meeting(ws, "Họp", TODAY)
    item = svc.add_to_agenda(ws, meeting, ref)
    for who in ("me", "Trần Thu Hà", "Lê Quốc Bảo", "Hồ Kim Ngân"):
        svc.set_attendance(ws, meeting, who, "present")
    svc.set_attendance(ws, meeting, "Võ Thanh Tâm", "absent")
    svc.recuse(ws, item, "Lê Quốc Bảo")
    with pytest.raises(NotAllowed, match="recused from this item"):
        svc.cast_vote(ws, item, "Lê Quốc Bảo", "for")
    with pytest.raises(NotAllowed, match="not a voting member"):
        svc.cast_vote(ws, item, "Hồ Kim Ngân", "for")
    with pytest.raises(NotAllowed, match="not recorded as present"):
        svc.cast_vote(ws, item, "Võ Thanh Tâm", "against")
    with pytest.raises(UserError, match="a vote is one of"):
        svc.cast_vote(ws, item, "me", "maybe")
    svc.recuse(ws, item, "Lê Quốc Bảo", recused=False)
    svc.cast_vote(ws, item, "Lê Quốc Bảo", "against")
    votes = {v.name: v.choice for v in _detail(ws, meeting).votes[item]}
    assert votes == {"Lê Quốc Bảo": "against"}


def test_appeals_close_after_21_days(ws: Workspace):
    ref = ready_case(ws)
    meeting = svc.create_meeting(ws, "Họp", TODAY)
    svc.add_to_agenda(ws, meeting, ref)
    svc.record_decision(ws, meeting, ref, Outcome.WARNING_AMEND, "Lý do")
    with pytest.raises(NotAllowed, match=r"closed on 02/04/2026"):
        svc.appeal(ws, ref, "Khiếu nại muộn", today=TODAY + timedelta(22))
    with pytest.raises(UserError, match="on what grounds"):
        svc.appeal(ws, ref, "  ", today=TODAY)
    lodged = svc.appeal(ws, ref, "Khiếu nại", today=TODAY + timedelta(21))
    assert lodged.meeting_id is None  # no meeting ahead: the case waits in `appeal`
    assert case_detail(ws, ref).case.status == Status.APPEAL
    with pytest.raises(NotAllowed, match="already appealed"):
        svc.appeal(ws, ref, "Lần hai", today=TODAY + timedelta(21))


def test_agenda_removal_next_meeting_and_refusals(ws: Workspace):
    a, b = ready_case(ws, n=1), ready_case(ws, "Khánh Vy", n=2)
    past = svc.create_meeting(ws, "Đã qua", TODAY - timedelta(days=7))
    upcoming = svc.create_meeting(ws, "Sắp tới", TODAY + timedelta(days=7))
    later = svc.create_meeting(ws, "Sau nữa", TODAY + timedelta(days=21))
    result = svc.add_to_next_meeting(ws, [a, b, a], today=TODAY)
    assert result.meeting_id == upcoming and result.added == (a, b) and result.already == ()
    again = svc.add_to_next_meeting(ws, [a], today=TODAY)
    assert again.added == () and again.already == (a,)
    with pytest.raises(UserError, match="already on this meeting's agenda"):
        svc.add_to_agenda(ws, upcoming, a)
    items = _detail(ws, upcoming).agenda
    svc.remove_from_agenda(ws, items[1].id)
    assert [i.ref for i in _detail(ws, upcoming).agenda] == [a]
    assert case_detail(ws, b).case.status == Status.SCHEDULED
    svc.record_decision(ws, upcoming, a, Outcome.NOT_UPHELD, "Không vi phạm")
    with pytest.raises(NotAllowed, match="has a decision"):
        svc.remove_from_agenda(ws, items[0].id)
    with pytest.raises(UserError, match="already has a decision"):
        svc.record_decision(ws, upcoming, a, Outcome.REMINDER, "x")
    with pytest.raises(UserError, match="not on this meeting's agenda"):
        svc.record_decision(ws, later, b, Outcome.REMINDER, "x")
    with pytest.raises(UserError, match="rationale"):
        svc.record_decision(ws, upcoming, b, Outcome.REMINDER, " ")
    with pytest.raises(UserError, match="every item"):
        svc.reorder_agenda(ws, upcoming, [])
    with pytest.raises(NotAllowed, match="not finalized yet"):
        svc.amend_decision(ws, _detail(ws, upcoming).agenda[0].decision.id, Outcome.REMINDER, "x")  # type: ignore
    svc.finalize(ws, past)
    with pytest.raises(NotAllowed, match="finalized"):
        svc.add_to_agenda(ws, past, b)
    with pytest.raises(UserError, match="no meeting"):
        svc.add_to_agenda(ws, "nope", b)
    assert svc.find_meeting is not None
    report = verify(ws)
    assert report.ok, report.problems


def test_roles_are_checked(tmp_path):
    chair = Workspace.open(tmp_path / "chair", member_name="Chủ tịch")
    reviewer = Workspace.open(tmp_path / "reviewer", member_name="Thẩm định")
    try:
        add_member(chair, "Lê Quốc Bảo", "reviewer", device_of=reviewer)
        ref = ready_case(chair)
        meeting = svc.create_meeting(chair, "Họp", TODAY)
        item = svc.add_to_agenda(chair, meeting, ref)
        from .helpers import deliver

        deliver(reviewer, all_events(chair))
        assert svc.recommend(reviewer, item, "Đề nghị nhắc nhở", Outcome.REMINDER)
        # A refusal names the role it needs by its label, in each language.
        with pytest.raises(NotAllowed, match=r"needs the role Chair \(chair\) / Secretary \(secretary\); "
                                             r"you are Reviewer \(reviewer\)") as refused:
            svc.record_decision(reviewer, meeting, ref, Outcome.REMINDER, "x")
        vi = refused.value.text("vi")
        assert "Trưởng ban (chair) / Thư ký (secretary)" in vi and "Thẩm định viên (reviewer)" in vi
        reviewer.set_setting("language", "en")
        with pytest.raises(NotAllowed, match=r"finalizing a meeting needs the role Chair \(chair\); you are Reviewer"):
            svc.finalize(reviewer, meeting)
        with pytest.raises(NotAllowed, match="another member's vote"):
            svc.cast_vote(reviewer, item, chair.identity.member_id, "for")
    finally:
        chair.close()
        reviewer.close()


def test_only_the_chair_finalizes_a_meeting(tmp_path):
    chair = Workspace.open(tmp_path / "chair", member_name="Chủ tịch")
    secretary = Workspace.open(tmp_path / "secretary", member_name="Thư ký")
    try:
        add_member(chair, "Trần Thu Hà", "secretary", device_of=secretary)
        meeting = svc.create_meeting(chair, "Họp", TODAY)
        from .helpers import deliver

        deliver(secretary, all_events(chair))
        with pytest.raises(NotAllowed, match=r"finalizing a meeting needs the role Chair \(chair\); "
                                             r"you are Secretary \(secretary\)") as refused:
            svc.finalize(secretary, meeting)
        assert "Trưởng ban (chair)" in refused.value.text("vi") and "Thư ký (secretary)" in refused.value.text("vi")
        with secretary.transaction() as tx, pytest.raises(NotAllowed, match=r"meeting.finalized.*Chair") as refused:
            svc.finalize_in(tx, meeting)  # the event itself is refused too, not only the service
        assert "Trưởng ban" in refused.value.text("vi")
        svc.finalize(chair, meeting)
    finally:
        chair.close()
        secretary.close()


def test_a_credibility_trigger_is_an_agenda_item_of_its_own(ws: Workspace):
    ref = ready_case(ws)
    meeting = svc.create_meeting(ws, "Họp", TODAY)
    influencer = case_detail(ws, ref).case.influencer_id
    item = svc.add_trigger_to_agenda(ws, meeting, influencer, "3 quyết định mức 2 trở lên trong 90 ngày")
    with pytest.raises(UserError, match="already on the agenda"):
        svc.add_trigger_to_agenda(ws, meeting, influencer, "lần nữa")
    agenda = _detail(ws, meeting).agenda
    assert [(i.id, i.kind, i.influencer) for i in agenda] == [(item, "trigger", "Đen Vâu")]
    summary = meeting_summary(_detail(ws, meeting), svc.meeting_quorum(ws, meeting), "en")
    assert "Suspension proposal: Đen Vâu — 3 quyết định" in summary


def test_a_long_agenda_is_read_through_the_case_and_the_last_position_not_item_by_item(ws: Workspace):
    """A meeting of a large committee holds thousands of cases; adding and deciding one must not
    read the whole agenda each time."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        item_plan = [r[-1] for r in raw.execute(f"EXPLAIN QUERY PLAN {svc.AGENDA_ITEM_OF_CASE}", ("m", "c"))]
        last_plan = [r[-1] for r in raw.execute(
            "EXPLAIN QUERY PLAN SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?", ("m",))]
    assert item_plan[0] == "SEARCH agenda_items USING INDEX ix_agenda_items_case_id (case_id=?)", item_plan
    assert last_plan == ["SEARCH agenda_items USING COVERING INDEX ix_agenda_items_meeting_id_position (meeting_id=?)"]


def test_a_revoked_member_is_listed_as_attending_but_not_voting(ws: Workspace, committee):
    from moderator_app.services import committee as roster

    meeting = svc.create_meeting(ws, "Họp", TODAY)
    svc.set_attendance(ws, meeting, "Võ Thanh Tâm", "excused")
    roster.revoke(ws, "Võ Thanh Tâm")
    with ws.db.read() as conn:
        rows = {a.name: a for a in mq.attendance(raw_connection(conn), meeting)}
        voting = mq.voting_members(raw_connection(conn))
    assert rows["Võ Thanh Tâm"].status == "excused" and not rows["Võ Thanh Tâm"].voting
    assert {a.member_id for a in rows.values() if a.voting} == set(voting)
