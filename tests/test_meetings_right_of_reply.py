"""The right of reply: a case reaches an agenda and a decision only after the influencer was asked
for a reply, unless it is urgent, the outcome upholds nothing, or a reason for skipping is recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Outcome, Status
from moderator_app.services import cases as case_service
from moderator_app.services import meetings as svc
from moderator_app.services.history import describe
from moderator_app.services.workspace import Workspace

from .conftest import Cli
from .helpers import all_events, deliver
from .meeting_helpers import add_member, case_detail, ready_case

DAY = date(2026, 3, 12)


def _open_meeting(ws: Workspace) -> str:
    meeting = svc.create_meeting(ws, "Phiên họp 001", DAY)
    svc.set_attendance(ws, meeting, "me", "present")
    return meeting


def _payload(ws: Workspace, type_: str, ref: str) -> dict:
    case_id = case_detail(ws, ref).case.id
    return next(e.payload for e in all_events(ws) if e.type == type_ and e.case_id == case_id)


def test_a_case_not_asked_for_a_reply_is_refused_in_both_languages_and_nothing_is_written(ws: Workspace):
    ref = ready_case(ws, asked=False)
    meeting = _open_meeting(ws)
    before = len(all_events(ws))
    with pytest.raises(svc.ReplyNotAsked) as refused:
        svc.add_to_agenda(ws, meeting, ref)
    assert refused.value.code == "right_of_reply"
    assert f"{ref} has not been through Awaiting reply" in refused.value.text("en")
    assert "--skip-reply-reason" in refused.value.text("en")
    vi = refused.value.text("vi")
    assert vi.startswith(f"hồ sơ {ref} chưa qua bước Chờ phản hồi") and "quyền phản hồi" in vi
    assert len(all_events(ws)) == before
    assert case_detail(ws, ref).case.status == Status.INVESTIGATING.value


def test_a_reason_for_skipping_is_kept_on_the_agenda_item_carries_to_the_decision_and_shows_in_history(
        ws: Workspace):
    ref = ready_case(ws, asked=False)
    meeting = _open_meeting(ws)
    svc.add_to_agenda(ws, meeting, ref, skip_reply_reason="  Người có ảnh hưởng đã   gửi giải trình  ")
    assert _payload(ws, "agenda.added", ref)["skip_reply_reason"] == "Người có ảnh hưởng đã gửi giải trình"
    # The reason given on the agenda covers the decision: no second reason is asked for.
    svc.record_decision(ws, meeting, ref, Outcome.WARNING_AMEND, "Vi phạm rõ ràng")
    assert case_detail(ws, ref).case.status == Status.DECIDED.value
    lines = [describe(h, "en", {}) for h in case_detail(ws, ref).history]
    assert any(line.startswith("Put on a meeting agenda — right of reply skipped, reason: Người có ảnh hưởng")
               for line in lines), lines
    vi_lines = [describe(h, "vi", {}) for h in case_detail(ws, ref).history]
    assert any("bỏ qua quyền phản hồi, lý do: Người có ảnh hưởng" in line for line in vi_lines)


def test_a_case_that_went_through_awaiting_reply_or_is_urgent_needs_no_reason(ws: Workspace):
    asked = ready_case(ws, "Đen Vâu", 1)
    urgent = ready_case(ws, "Khánh Vy", 2, asked=False)
    case_service.update_cases(ws, [urgent], case_service.CaseChanges(urgent=True))
    meeting = _open_meeting(ws)
    for ref in (asked, urgent):
        svc.add_to_agenda(ws, meeting, ref)
        svc.record_decision(ws, meeting, ref, Outcome.REMINDER, "Nhắc nhở")
        assert "skip_reply_reason" not in _payload(ws, "decision.recorded", ref)
        assert case_detail(ws, ref).case.status == Status.DECIDED.value


def test_a_decision_needs_the_reply_unless_it_upholds_nothing_or_a_reason_is_given(ws: Workspace, monkeypatch):
    # Scheduled without the reply, as an older version's member could have done: the rule is then
    # applied when the committee decides.
    with monkeypatch.context() as m:
        m.setattr(svc, "check_right_of_reply", lambda *args, **kwargs: None)
        refs = [ready_case(ws, "Đen Vâu", n, asked=False, scheduled=True) for n in (1, 2, 3)]
    meeting = _open_meeting(ws)
    for ref in refs:
        svc.add_to_agenda(ws, meeting, ref)
    with pytest.raises(svc.ReplyNotAsked, match="the committee decides") as refused:
        svc.record_decision(ws, meeting, refs[0], Outcome.REMINDER, "Nhắc nhở")
    assert "Not upheld or Informally resolved" in refused.value.text("en")
    assert "Ban quyết định" in refused.value.text("vi")
    assert case_detail(ws, refs[0]).case.status == Status.SCHEDULED.value
    svc.record_decision(ws, meeting, refs[0], Outcome.REMINDER, "Nhắc nhở",
                        skip_reply_reason="Không liên lạc được với người có ảnh hưởng")
    assert _payload(ws, "decision.recorded", refs[0])["skip_reply_reason"] == \
        "Không liên lạc được với người có ảnh hưởng"
    history = [describe(h, "en", {}) for h in case_detail(ws, refs[0]).history]
    assert any(line.startswith("Decision: Advisory reminder") and "right of reply skipped" in line
               for line in history), history
    svc.record_decision(ws, meeting, refs[1], Outcome.NOT_UPHELD, "Không vi phạm")
    svc.record_decision(ws, meeting, refs[2], Outcome.INFORMALLY_RESOLVED, "Đã sửa bài")
    assert {case_detail(ws, r).case.status for r in refs} == {Status.DECIDED.value}


def test_an_appeal_goes_back_on_the_agenda_and_is_ruled_on_without_a_new_reason(ws: Workspace):
    ref = ready_case(ws, asked=False)
    meeting = _open_meeting(ws)
    svc.add_to_agenda(ws, meeting, ref, skip_reply_reason="Đã có giải trình bằng văn bản")
    svc.record_decision(ws, meeting, ref, Outcome.REMINDER, "Nhắc nhở")
    second = svc.create_meeting(ws, "Phiên họp 002", date(2026, 3, 26))
    svc.set_attendance(ws, second, "me", "present")
    svc.appeal(ws, ref, "Người có ảnh hưởng đề nghị phúc xét", second, today=date(2026, 3, 20))
    svc.record_decision(ws, second, ref, Outcome.WARNING_AMEND, "Giữ nguyên vi phạm")
    assert case_detail(ws, ref).case.status == Status.DECIDED.value


def test_a_reason_longer_than_the_limit_is_refused(ws: Workspace):
    ref = ready_case(ws, asked=False)
    meeting = _open_meeting(ws)
    with pytest.raises(svc.UserError, match="at most 2000 characters"):
        svc.add_to_agenda(ws, meeting, ref, skip_reply_reason="x" * 2001)


def test_a_decision_from_another_member_is_not_refused_for_the_rule(tmp_path: Path, monkeypatch):
    """A service rule, like the workflow's: a member on an older version decided without the reply;
    the event is applied here as it was decided there."""
    a = Workspace.open(tmp_path / "a", member_name="An")
    b = Workspace.open(tmp_path / "b", member_name="Bình")
    try:
        add_member(a, "Bình", "secretary", device_of=b)
        ref = ready_case(a, asked=False)
        meeting = _open_meeting(a)
        svc.set_attendance(a, meeting, "Bình", "present")
        with monkeypatch.context() as m:
            m.setattr(svc, "check_right_of_reply", lambda *args, **kwargs: None)
            svc.add_to_agenda(a, meeting, ref)
            svc.record_decision(a, meeting, ref, Outcome.WARNING_AMEND, "Vi phạm")
        deliver(b, all_events(a))
        assert case_detail(b, ref).case.status == Status.DECIDED.value
        assert len(case_detail(b, ref).decisions) == 1
    finally:
        a.close()
        b.close()


def test_the_command_line_takes_a_reason_for_skipping_the_reply(cli: Cli):
    ref = cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud", "--url",
              "https://www.tiktok.com/@x/video/1", "--json").json()["ref"]
    for status in ("triage", "investigating"):
        assert cli("case", "set", ref, "--status", status).code == 0
    meeting = cli("meeting", "create", "--title", "Phiên họp 001", "--date", "2026-03-12", "--json").json()["id"]
    assert cli("meeting", "attend", meeting, "me", "--present").code == 0
    refused = cli("meeting", "add-case", meeting, ref, lang="vi")
    assert refused.code == 2 and "chưa qua bước Chờ phản hồi" in refused.err and "Traceback" not in refused.err
    refused_en = cli("meeting", "add-case", meeting, ref)
    assert refused_en.code == 2 and "right of reply" in refused_en.err and "--skip-reply-reason" in refused_en.err
    added = cli("meeting", "add-case", meeting, ref, "--skip-reply-reason", "Đã có giải trình bằng văn bản")
    assert added.code == 0, added.err
    decided = cli("decision", "record", meeting, ref, "--outcome", "reminder", "--rationale", "Nhắc nhở",
                  "--skip-reply-reason", "Không liên lạc được", "--json")
    assert decided.code == 0, decided.err
    shown = cli("case", "show", ref, "--json").json()
    assert shown["status"] == "decided"


def test_setting_a_case_scheduled_by_hand_follows_the_same_rule(ws: Workspace):
    ref = ready_case(ws, "Đen Vâu", 7, asked=False)
    with pytest.raises(svc.ReplyNotAsked) as refused:
        case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.SCHEDULED))
    assert refused.value.code == "right_of_reply"
    assert case_detail(ws, ref).case.status == Status.INVESTIGATING.value
    case_service.update_cases(ws, [ref], case_service.CaseChanges(
        status=Status.SCHEDULED, reason="Người có ảnh hưởng đã giải trình bằng văn bản"))
    assert case_detail(ws, ref).case.status == Status.SCHEDULED.value
