"""Takedown requests followed to the end: deadlines, answers, re-checks, refusals, the command line, sync."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from moderator_app.cli import build_parser
from moderator_app.cli.common import Output, when_arg
from moderator_app.domain import takedowns as rules
from moderator_app.domain.clock import datetime_text
from moderator_app.domain.enums import Category, Platform, Status
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.sla import DAY_MS, HOUR_MS
from moderator_app.services import cases, conflicts, letters, reports
from moderator_app.services import takedowns as service
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries
from moderator_app.store.database import raw_connection

from .conftest import Cli
from .stats_fixtures import FAKE_PDF, SimClock, at
from .sync_support import close_all, committee_copy, converge

URL = "https://www.tiktok.com/@denvau/video/1"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # a screenshot's header, then bytes nobody decodes here
ISSUE_KEYS = {"id", "case", "platform", "sent_at", "due_at", "result", "answered_at", "hours_to_answer", "rechecks",
              "overdue"}


@pytest.fixture
def clocked(tmp_path: Path) -> tuple[Workspace, SimClock]:
    """A workspace whose every event is stamped by a simulated clock, from before its first event."""
    ws = Workspace.open(tmp_path / "ws", member_name="Thư ký Bình")
    clock = SimClock(ws)
    clock.set(2026, 12, 1, 8)
    yield ws, clock
    ws.close()


def _case(ws: Workspace, urgent: bool = False, url: str = URL, platform: Platform = Platform.TIKTOK) -> str:
    return reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", platform, Category.FRAUD, url=url, urgent=urgent, description="Quảng cáo lừa đảo")).ref


def cli_json(ws: Workspace, *argv: str) -> Any:
    """A command run in-process on ``ws`` (so on its simulated clock), its JSON read back."""
    args = build_parser().parse_args(list(argv))
    out = io.StringIO()
    assert args.func(ws, args, Output(lang="en", stdout=out)) == 0
    return json.loads(out.getvalue())


# --- deadlines -----------------------------------------------------------------------------------


def test_one_instant_written_with_any_offset():
    instant = when_arg("2026-12-05T23:30+07:00")
    assert when_arg("2026-12-05T16:30Z") == when_arg("2026-12-05T16:30:00+00:00") == instant
    assert when_arg("2026-12-06T01:30+09:00") == when_arg("2026-12-05T23:30") == instant  # no offset: Vietnam
    assert when_arg("2026-12-05") == at(2026, 12, 5, 0)  # a date: its midnight in Vietnam


def test_deadlines_count_hours_across_midnight_and_time_zones(clocked):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 7, 9)
    # Sent at 23:30 in Hà Nội, given as UTC: 48 hours later, across two midnights, at 23:30 again.
    late_evening = service.request(ws, ref, Platform.TIKTOK, at=when_arg("2026-12-05T16:30Z"))
    assert late_evening.sent_at == at(2026, 12, 5, 23, 30)
    assert late_evening.due_at - late_evening.sent_at == 48 * HOUR_MS and not late_evening.urgent
    assert datetime_text(late_evening.due_at) == "07/12/2026 23:30"
    assert late_evening.urls == (URL,) and late_evening.via == "email"
    # Given in Tokyo's time, sent at 00:30 on the 6th in Hà Nội.
    tokyo = service.request(ws, ref, Platform.FACEBOOK, ["facebook.com/denvau/posts/9"],
                            at=when_arg("2026-12-06T02:30+09:00"))
    assert datetime_text(tokyo.sent_at) == "06/12/2026 00:30" and datetime_text(tokyo.due_at) == "08/12/2026 00:30"
    assert tokyo.urls == ("https://facebook.com/denvau/posts/9",)


def test_the_deadline_follows_the_urgent_flag_when_the_request_was_sent(clocked):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 4, 12)
    cases.update_cases(ws, [ref], cases.CaseChanges(urgent=True))  # urgent from noon on the 4th
    clock.set(2026, 12, 6, 9)
    before = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 4, 11))
    after = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 5, 23, 30))
    assert not before.urgent and before.due_at == at(2026, 12, 6, 11)  # 48 hours: not urgent yet
    assert after.urgent and datetime_text(after.due_at) == "06/12/2026 23:30"  # 24 hours, past midnight
    urgent_from_the_start = _case(ws, urgent=True, url="https://www.tiktok.com/@khac/video/2")
    assert service.request(ws, urgent_from_the_start, "tiktok").due_at == at(2026, 12, 7, 9)
    assert verify(ws).ok


# --- answers -------------------------------------------------------------------------------------


def test_overdue_then_answered_late_and_answered_in_time(clocked):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 5, 10)
    slow = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 1, 10))
    # Another video of the case (the same one, sent after the first's deadline, would take over its chase).
    quick = service.request(ws, ref, Platform.TIKTOK, ["https://www.tiktok.com/@denvau/video/2"],
                            at=at(2026, 12, 4, 23))
    # 96 hours after the first was sent: it is overdue; the second (11 hours) is not.
    assert service.get(ws, slow.id).overdue and not service.get(ws, quick.id).overdue
    assert [v.id for v in service.list_takedowns(ws, overdue=True)] == [slow.id]
    assert service.counts(ws).overdue == 1
    # Answered 60 hours after it was sent: no longer overdue, but late.
    answered = service.answer(ws, slow.id, rules.Result.REFUSED, "Không vi phạm tiêu chuẩn cộng đồng",
                              at=at(2026, 12, 3, 22))
    assert not answered.overdue and answered.late and answered.hours_to_answer == 60.0
    assert answered.result == "refused" and answered.reason == "Không vi phạm tiêu chuẩn cộng đồng"
    # Answered ten and a half hours after sending, past midnight: in time.
    on_time = service.answer(ws, quick.id[:6], "removed", at=at(2026, 12, 5, 9, 30))
    assert on_time.hours_to_answer == 10.5 and not on_time.late and not on_time.overdue
    assert service.counts(ws).overdue == 0
    # "No answer", recorded when the secretary stops waiting: neither overdue nor an answer in hours.
    silent = service.request(ws, ref, Platform.TIKTOK, ["https://www.tiktok.com/@denvau/video/3"],
                             at=at(2026, 12, 1, 9))
    assert service.get(ws, silent.id).overdue
    given_up = service.answer(ws, silent.id, rules.Result.NONE)
    assert not given_up.overdue and not given_up.late and given_up.hours_to_answer is None
    assert given_up.answered_at == at(2026, 12, 5, 10)
    assert verify(ws).ok


def test_refusals(clocked, tmp_path: Path):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 5, 9)
    now = at(2026, 12, 5, 9)
    with pytest.raises(UserError) as future:
        service.request(ws, ref, Platform.TIKTOK, at=now + 6 * 60_000)
    assert future.value.code == "takedown_time_in_future" and "05/12/2026 09:06" in future.value.text("vi")
    request = service.request(ws, ref, Platform.TIKTOK, at=now + 4 * 60_000)  # a watch a little ahead
    with pytest.raises(UserError) as early:
        service.answer(ws, request.id, "removed", at=now - HOUR_MS)
    assert early.value.code == "takedown_answer_before_request"
    assert "trước khi gửi đề nghị gỡ nội dung" in early.value.text("vi")
    screenshot = tmp_path / "anh.png"
    screenshot.write_bytes(PNG)
    with pytest.raises(UserError) as recheck_early:
        service.recheck(ws, request.id, True, evidence=screenshot, at=now - HOUR_MS)
    assert recheck_early.value.code == "takedown_recheck_before_request"
    with pytest.raises(UserError) as answer_future:
        service.answer(ws, request.id, "removed", at=now + DAY_MS)
    assert answer_future.value.code == "takedown_time_in_future"
    with pytest.raises(NotFound) as unknown:
        service.answer(ws, "zzzzzz", "removed")
    assert unknown.value.code == "no_takedown" and "không có đề nghị gỡ nội dung" in unknown.value.text("vi")
    with pytest.raises(NotFound):
        service.answer(ws, request.id[:3], "removed")  # too short a beginning to name one
    # Two requests whose ids begin alike: the beginning they share names neither.
    with ws.transaction() as tx:
        for ident in ("abcd11111111", "abcd22222222"):
            tx.emit("takedown.requested", ident, {"platform": "tiktok", "urls": [URL], "via": "email",
                                                  "sent_at": now, "due_at": now + 48 * HOUR_MS, "urgent": False},
                    case_id=request.case_id)
    with pytest.raises(UserError) as ambiguous:
        service.answer(ws, "ABCD", "removed")
    assert ambiguous.value.code == "takedown_id_ambiguous"
    assert service.answer(ws, "abcd2", "removed").id == "abcd22222222"
    # Nothing was recorded by a refusal, and no file was kept.
    assert service.get(ws, request.id).result is None and not service.get(ws, request.id).rechecks
    with ws.db.read() as conn:
        assert evidence_queries.case_evidence(raw_connection(conn), request.case_id) == []
    # A case without the content's address on that platform, and a rejected case.
    with pytest.raises(UserError) as no_url:
        service.request(ws, ref, Platform.YOUTUBE)
    assert no_url.value.code == "takedown_no_url" and "YouTube" in no_url.value.text("en")
    cases.update_cases(ws, [ref], cases.CaseChanges(status=Status.REJECTED, reason="Không có căn cứ"))
    with pytest.raises(UserError) as rejected:
        service.request(ws, ref, Platform.TIKTOK)
    assert rejected.value.code == "takedown_not_for_case" and Status.REJECTED.label("vi") in rejected.value.text("vi")


def test_a_member_rechecks_but_records_no_answer(tmp_path_factory, tmp_path: Path):
    chair, secretary, member = committee_copy(tmp_path_factory, tmp_path)
    try:
        ref = _case(chair.ws)
        request = service.request(chair.ws, ref, Platform.TIKTOK)
        converge([chair, secretary, member])
        with pytest.raises(NotAllowed) as refused:
            service.answer(member.ws, request.id, "removed")
        assert "Thẩm định viên" in refused.value.text("vi")
        assert service.recheck(member.ws, request.id, still_up=True).rechecks[0].still_up
    finally:
        close_all([chair, secretary, member])


# --- re-checks -----------------------------------------------------------------------------------


def test_rechecks_fall_due_7_and_30_days_after_removal_and_content_back_online(clocked, tmp_path: Path):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 2, 9)
    request = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 1, 22))
    removed_at = at(2026, 12, 2, 8)
    service.answer(ws, request.id, "removed", at=removed_at)
    assert service.get(ws, request.id, now_ms=removed_at + 7 * DAY_MS - 1).recheck_due is None
    assert service.get(ws, request.id, now_ms=removed_at + 7 * DAY_MS).recheck_due == 7
    assert service.counts(ws, now_ms=removed_at + 8 * DAY_MS).rechecks_due == 1
    # A member looks on the 8th day: gone. Nothing is due until the 30th day.
    clock.now = removed_at + 8 * DAY_MS
    screenshot = tmp_path / "kiem-tra.png"
    screenshot.write_bytes(PNG)
    checked = service.recheck(ws, request.id, still_up=False, evidence=screenshot)
    assert checked.rechecks[0].at == clock.now and checked.recheck_due is None and not checked.back_online
    with ws.db.read() as conn:
        kept = evidence_queries.case_evidence(raw_connection(conn), request.case_id)
    assert [e.id for e in kept] == [checked.rechecks[0].evidence_id]
    assert kept[0].captured_at == clock.now and kept[0].url == URL and "TikTok" in kept[0].note
    assert service.get(ws, request.id, now_ms=removed_at + 30 * DAY_MS).recheck_due == 30
    # On the 30th day it is up again: back online, counted in the queue's view.
    clock.now = removed_at + 30 * DAY_MS + HOUR_MS
    again = service.recheck(ws, request.id, still_up=True)
    assert again.back_online and again.seen_back_online and again.recheck_due is None
    assert service.counts(ws).back_online == 1
    assert [v.id for v in service.list_takedowns(ws, back_online=True)] == [request.id]
    # Down once more: no longer back online, though it was seen back (the platforms' record).
    clock.now += DAY_MS
    down = service.recheck(ws, request.id, still_up=False)
    assert not down.back_online and down.seen_back_online and service.counts(ws).back_online == 0
    assert verify(ws).ok



def test_content_asked_for_again_is_chased_by_the_new_request(clocked):
    """Found back online, or never answered, the content is asked for again: the old request leaves
    the queue's views (the new one is chased) but the platforms' record keeps what happened."""
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 2, 9)
    first = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 1, 22))
    service.answer(ws, first.id, "removed", at=at(2026, 12, 2, 8))
    clock.set(2026, 12, 10, 9)
    service.recheck(ws, first.id, still_up=True)
    # Another platform, or another address, is not the same content asked for again.
    clock.set(2026, 12, 10, 10)
    service.request(ws, ref, Platform.FACEBOOK, ["https://facebook.com/denvau/posts/1"])
    service.request(ws, ref, Platform.TIKTOK, ["https://www.tiktok.com/@denvau/video/2"])
    assert service.get(ws, first.id).back_online and service.counts(ws).back_online == 1
    again = service.request(ws, ref, Platform.TIKTOK, [URL], via="letter")
    old = service.get(ws, first.id)
    assert old.asked_again_in == again.id and again.asked_again_in is None
    assert not old.back_online and old.seen_back_online
    assert service.counts(ws).back_online == 0 and service.list_takedowns(ws, back_online=True) == []
    # The new request goes unanswered past its deadline: it, not the old one, is overdue; sent once
    # more, the chase moves on again, and the 30-day re-check of the first removal is not asked for.
    later = again.due_at + HOUR_MS
    overdue = {v.id for v in service.list_takedowns(ws, overdue=True, now_ms=later)}
    assert again.id in overdue and first.id not in overdue
    clock.now = later
    third = service.request(ws, ref, Platform.TIKTOK, [URL, "https://www.tiktok.com/@denvau/video/3"])
    assert again.id not in {v.id for v in service.list_takedowns(ws, overdue=True, now_ms=later)}
    assert service.get(ws, again.id, now_ms=later).asked_again_in == third.id
    assert service.get(ws, first.id, now_ms=at(2026, 12, 2, 8) + 31 * DAY_MS).recheck_due is None
    assert json.loads(json.dumps(cli_json(ws, "takedown", "list", "--json")))[-1]["asked_again_in"] == again.id


def test_a_missed_7_day_recheck_gives_way_to_the_30_day_one_and_a_refusal_asks_none(clocked):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 2, 9)
    partly = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 1, 9))
    service.answer(ws, partly.id, "partial", at=at(2026, 12, 2, 9))
    refused = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 1, 9))
    service.answer(ws, refused.id, "refused", at=at(2026, 12, 2, 9))
    later = at(2026, 12, 2, 9) + 31 * DAY_MS
    assert service.get(ws, partly.id, now_ms=later).recheck_due == 30
    assert service.get(ws, refused.id, now_ms=later).recheck_due is None
    assert [v.id for v in service.list_takedowns(ws, recheck_due=True, now_ms=later)] == [partly.id]
    # A re-check before the removal (while waiting for the answer) is no re-check of the removal.
    assert rules.recheck_due("removed", 100, [rules.Recheck(50, False)], 100 + 7 * DAY_MS) == 7
    assert not rules.back_online("removed", 100, [rules.Recheck(50, True)])


def test_a_request_is_linked_to_the_takedown_letter_it_went_with(clocked, tmp_path: Path):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 2, 9)
    letter = letters.prepare_letter(ws, LetterKind.TAKEDOWN, ref, "vi", {"recipient_address": "TikTok Việt Nam"})
    sent = letters.send_letter(ws, letter, FAKE_PDF, tmp_path / "de-nghi.pdf")
    clock.set(2026, 12, 2, 10)
    other_platform = service.request(ws, ref, Platform.FACEBOOK, ["https://facebook.com/denvau/posts/1"])
    assert other_platform.letter_id is None and other_platform.via == "email"
    linked = service.request(ws, ref, Platform.TIKTOK)
    assert linked.letter_id == sent.id and linked.via == "letter"
    assert service.request(ws, ref, Platform.TIKTOK, via="form").letter_id is None  # the letter went with one
    assert verify(ws).ok


# --- the command line ----------------------------------------------------------------------------


def test_the_command_lines_json(clocked, tmp_path: Path):
    ws, clock = clocked
    ref = _case(ws)
    clock.set(2026, 12, 8, 9)
    made = cli_json(ws, "takedown", "request", ref, "--platform", "tiktok", "--url", URL, "--url",
                    "tiktok.com/@denvau/video/2", "--via", "form", "--at", "2026-12-05T16:30Z", "--json")
    assert made["sent_at"] == "2026-12-05T16:30:00Z" and made["due_at"] == "2026-12-07T16:30:00Z"
    assert made["overdue"] is True and made["result"] is None and made["via"] == "form"
    assert made["urls"] == [URL, "https://tiktok.com/@denvau/video/2"]
    cli_json(ws, "takedown", "answer", made["id"][:5], "--result", "removed", "--at", "2026-12-08T07:30+07:00",
             "--json")
    shot = tmp_path / "anh.png"
    shot.write_bytes(PNG)
    cli_json(ws, "takedown", "recheck", made["id"], "--still-up", "yes", "--evidence", str(shot), "--at",
             "2026-12-08T08:00+07:00", "--json")
    listed = cli_json(ws, "takedown", "list", "--json")
    assert len(listed) == 1 and set(listed[0]) >= ISSUE_KEYS
    item = listed[0]
    assert (item["id"], item["case"], item["platform"]) == (made["id"], ref, "tiktok")
    assert item["result"] == "removed" and item["answered_at"] == "2026-12-08T00:30:00Z"
    assert item["hours_to_answer"] == 56.0 and item["late"] is True and item["overdue"] is False
    assert [{k: r[k] for k in ("at", "still_up")} for r in item["rechecks"]] == [
        {"at": "2026-12-08T01:00:00Z", "still_up": True}]
    assert item["back_online"] is True
    assert cli_json(ws, "takedown", "list", "--overdue", "--json") == []
    assert cli_json(ws, "takedown", "list", "--platform", "facebook", "--json") == []


def test_the_command_line_speaks_both_languages_and_refuses_with_codes(cli: Cli):
    assert cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud",
               "--url", URL).code == 0
    ref = cli("cases", "list", "--json").json()[0]["ref"]
    made = cli("takedown", "request", ref, "--platform", "tiktok", "--json")
    assert made.code == 0, made.err
    ident = made.json()["id"]
    vi = cli("takedown", "list", lang="vi")
    assert "Chưa trả lời" in vi.out and "Quá hạn: 0" in vi.out
    en = cli("takedown", "list", lang="en")
    assert "Awaiting an answer" in en.out and "Re-checks due: 0" in en.out
    future = cli("takedown", "answer", ident, "--result", "removed", "--at", "2999-01-01T00:00Z", "--json")
    assert future.code == 2 and future.json()["error"]["code"] == "takedown_time_in_future"
    before = cli("takedown", "answer", ident, "--result", "removed", "--at", "2000-01-01", lang="vi")
    assert before.code == 2 and "trước khi gửi đề nghị gỡ nội dung" in before.err
    unknown = cli("takedown", "recheck", "zzzzzzzz", "--still-up", "no", "--json")
    assert unknown.code == 2 and unknown.json()["error"]["code"] == "no_takedown"
    assert cli("takedown", "recheck", ident, "--still-up", "maybe").code == 2  # a usage error
    assert cli("takedown", "answer", ident, "--result", "removed").code == 0
    shown = cli("case", "show", ref, lang="en")
    assert "Takedown request sent to TikTok by e-mail" in shown.out and "Answer to a takedown request: Removed" \
        in shown.out


# --- sync ----------------------------------------------------------------------------------------


def test_two_members_answers_at_once_land_in_the_conflict_inbox(tmp_path_factory, tmp_path: Path):
    chair, secretary, member = committee_copy(tmp_path_factory, tmp_path)
    everyone = [chair, secretary, member]
    try:
        ref = _case(member.ws)
        converge(everyone)
        request = service.request(secretary.ws, ref, Platform.TIKTOK)
        converge(everyone)
        # Neither has seen the other's answer.
        service.answer(chair.ws, request.id, "removed")
        service.answer(secretary.ws, request.id, "refused", "Chưa đủ căn cứ")
        converge(everyone)
        shown = {service.get(m.ws, request.id).result for m in everyone}
        assert len(shown) == 1  # the same answer shown everywhere (the last writer's)
        for m in everyone:
            view = service.get(m.ws, request.id)
            assert view.conflicted
            with m.ws.db.read() as conn:
                inbox = [i for i in conflicts.inbox(raw_connection(conn)) if i.kind == "takedown"]
            assert {i.field for i in inbox} >= {"result", "reason"}
            result = next(i for i in inbox if i.field == "result")
            assert set(result.values) == {"removed", "refused"} and result.ref == ref
        # The secretary answers again, having seen both: settled everywhere.
        service.answer(secretary.ws, request.id, "removed")
        converge(everyone)
        for m in everyone:
            view = service.get(m.ws, request.id)
            assert view.result == "removed" and not view.conflicted
            with m.ws.db.read() as conn:
                assert not [i for i in conflicts.inbox(raw_connection(conn)) if i.kind == "takedown"]
        # A member's re-check travels too.
        service.recheck(member.ws, request.id, still_up=True)
        converge(everyone)
        for m in everyone:
            assert service.counts(m.ws).back_online == 1
            assert verify(m.ws).ok
    finally:
        close_all(everyone)


# --- the case's removal countdowns ------------------------------------------------------------------


def _countdown(ws: Workspace, ref: str) -> tuple[str | None, int | None]:
    with ws.db.read() as conn:
        return raw_connection(conn).execute("SELECT sla_kind, sla_due_at FROM cases WHERE ref = ?", (ref,)).fetchone()


def test_a_recorded_request_meets_the_urgent_and_the_complaint_removal_countdowns(clocked):
    """An urgent case counts 24 hours to request a removal; a well-founded complaint's track, 48. A
    request recorded (by e-mail, through the platform's form, by letter) is that request: the queue
    goes on to the case's next deadline, and the statistics count it as sent."""
    from moderator_app.domain.statistics import Period
    from moderator_app.services import statistics

    ws, clock = clocked
    urgent = _case(ws, urgent=True)
    assert _countdown(ws, urgent)[0] == "urgent_removal"
    normal = _case(ws, url="https://www.tiktok.com/@denvau/video/2")
    clock.set(2026, 12, 1, 9)
    cases.update_cases(ws, [normal], cases.CaseChanges(track="complaint_removal"))
    assert _countdown(ws, normal)[0] == "complaint_removal"
    clock.set(2026, 12, 1, 20)
    service.request(ws, urgent, Platform.TIKTOK, via="form")
    service.request(ws, normal, Platform.TIKTOK, via="email")
    assert _countdown(ws, urgent)[0] == "acknowledge" and _countdown(ws, normal)[0] == "acknowledge"
    # Later changes of the case keep the countdown met (the request stays recorded).
    clock.set(2026, 12, 1, 21)
    cases.update_cases(ws, [urgent], cases.CaseChanges(status=Status.TRIAGE))
    assert _countdown(ws, urgent)[0] == "triage"
    stats = statistics.compute(ws, Period(date(2026, 12, 1), date(2026, 12, 31)), at(2026, 12, 2, 9))
    assert (stats.urgent_takedown.on_time, stats.urgent_takedown.late) == (1, 0)
    assert verify(ws).ok


def test_a_workspace_of_the_previous_schema_has_its_countdowns_worked_out_again(tmp_path: Path):
    import sqlite3

    ws = Workspace.open(tmp_path / "w", member_name="Thư ký Bình")
    ref = _case(ws, urgent=True)
    service.request(ws, ref, Platform.TIKTOK)
    kept = _countdown(ws, ref)
    assert kept[0] == "acknowledge"
    ws.close()
    # Version 0011 kept the urgent countdown running after a request was recorded.
    conn = sqlite3.connect(tmp_path / "w" / "moderator.sqlite3")
    conn.execute("UPDATE cases SET sla_kind = 'urgent_removal', sla_due_at = 1 WHERE ref = ?", (ref,))
    conn.execute("UPDATE alembic_version SET version_num = '0011_takedowns'")
    conn.commit()
    conn.close()
    ws = Workspace.open(tmp_path / "w")
    try:
        assert ws.migration.before == "0011_takedowns"
        assert _countdown(ws, ref) == kept and verify(ws).ok
    finally:
        ws.close()
