"""Roles are enforced on import, as each author knew them: a change the role never allowed is
refused by every member; a change made before a concurrent demotion stands everywhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Role
from moderator_app.services import committee as roster
from moderator_app.services import meetings
from moderator_app.store.database import raw_connection
from moderator_app.sync.authority import RosterFact, role_from

from .helpers import snapshot
from .sync_support import close_all, committee_copy, file_report, forge, propagate, store_state


@pytest.fixture
def trio(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    yield members
    close_all(members)


def _refused(trio, path, words: str) -> None:
    chair, member = trio[0], trio[2]
    propagate(member.view, chair.view)
    before = store_state(chair.ws)
    report = chair.sync()
    assert [p.file for p in report.rejected] == [f"devices/{member.device}/bundles/{path.name}"]
    assert words in report.rejected[0].reason
    assert store_state(chair.ws) == before


def test_a_member_recording_a_decision_is_refused(trio):
    chair, _, member = trio
    filed = file_report(member.ws)
    member.sync()
    path = forge(
        member, [("decision.recorded", "d3c1s10n0001", {"meeting": "m", "influencer": "i", "category": "fraud",
                                                       "outcome": "warning_amend", "changes": {}}, filed.case_id)])
    # The member's first bundle (the report) is fine; the forged one is not.
    propagate(member.view, chair.view)
    before_events = {e for e in store_state(chair.ws)[0] if not e[0].startswith(member.device)}
    report = chair.sync()
    assert len(report.applied) == 1 and report.applied[0].device == member.device
    assert [p.file.split("/")[-1] for p in report.rejected] == [path.name]
    assert "needs the role" in report.rejected[0].reason and "member" in report.rejected[0].reason
    assert before_events <= set(store_state(chair.ws)[0])
    with chair.ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM decisions").fetchone() == (0,)


def test_a_non_chair_approving_a_join_is_refused(trio):
    path = forge(trio[2], [("member.added", "n3wmember001",
                            {"name": "Kẻ lạ", "role": "chair",
                             "devices": [{"id": "aaaaaaaaaa", "name": "", "public_key": "AAAA"}]}, None)])
    _refused(trio, path, "needs the role Chair (chair)")


def test_an_event_claiming_another_author_is_refused(trio):
    chair, _, member = trio
    path = forge(member, [("note.added", "n0te00000009", {"body": "giả danh"}, None)],
                 author=chair.ws.identity.member_id)
    _refused(trio, path, "names")


def test_only_the_roots_device_may_found_the_committee(trio):
    member = trio[2]
    me = member.ws.identity
    path = forge(member, [("roster.founded", me.member_id,
                           {"member": {"id": me.member_id, "name": "x", "role": "chair"},
                            "device": {"id": me.device_id, "name": "", "public_key": me.public_key_b64}}, None)])
    _refused(trio, path, "found the committee")


def test_changes_made_before_a_concurrent_demotion_stand_on_every_member(trio):
    chair, secretary, member = trio
    # The secretary creates a meeting while, concurrently, the chair demotes them.
    meetings.create_meeting(secretary.ws, "Họp tháng 3", date(2026, 3, 5))
    roster.change_role(chair.ws, secretary.ws.identity.member_id, Role.MEMBER)
    chair.sync()
    secretary.sync()
    # The member sees the demotion first, the meeting second: the meeting still counts.
    propagate(chair.view, member.view)
    member.sync()
    propagate(secretary.view, member.view)
    report = member.sync()
    assert report.rejected == [] and secretary.device in {a.device for a in report.applied}
    propagate(secretary.view, chair.view)
    propagate(chair.view, secretary.view)
    assert chair.sync().rejected == [] and secretary.sync().rejected == []
    with member.ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM meetings").fetchone() == (1,)
    assert snapshot(chair.ws) == snapshot(member.ws) == snapshot(secretary.ws)
    # Having learned of it, the former secretary's app refuses; a tampered one is refused on import.
    assert secretary.ws.role() == Role.MEMBER
    with pytest.raises(Exception, match="role"):
        meetings.create_meeting(secretary.ws, "Họp lén", date(2026, 3, 6))
    path = forge(secretary, [("meeting.created", "m33ting00002", {"title": "Họp lén", "date": "2026-03-06"}, None)])
    propagate(secretary.view, member.view)
    late = member.sync()
    assert [p.file.split("/")[-1] for p in late.rejected] == [path.name]
    assert "needs the role" in late.rejected[0].reason


def test_role_rules_match_the_projection():
    def fact(i: str, device: str, seq: int, hlc: int, type_: str, payload: dict) -> RosterFact:
        return RosterFact(i, device, seq, hlc, type_, payload)

    added = fact("c.2", "c", 2, 10, "member.added", {"name": "A", "role": "secretary"})
    up1 = fact("c.3", "c", 3, 20, "member.updated", {"changes": {"role": {"to": "member", "base": []}}})
    up2 = fact("d.1", "d", 1, 25, "member.updated", {"changes": {"role": {"to": "reviewer", "base": []}}})
    up3 = fact("c.4", "c", 4, 30, "member.updated",
               {"changes": {"role": {"to": "chair", "base": ["c.3", "d.1"]}}})
    assert role_from([]) is None
    assert role_from([added]) == Role.SECRETARY
    assert role_from([added, up1]) == Role.MEMBER
    assert role_from([added, up1, up2]) == Role.REVIEWER  # concurrent: the later stamp shows
    assert role_from([added, up1, up2, up3]) == Role.CHAIR
    inactive = fact("c.5", "c", 5, 40, "member.updated", {"changes": {"active": {"to": False, "base": []}}})
    assert role_from([added, inactive]) == Role.OBSERVER
    revoked = fact("c.6", "c", 6, 50, "member.revoked", {"devices": {}})
    assert role_from([added, up1, revoked]) is None
