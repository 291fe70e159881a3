"""DOMAIN.md's countdowns that depend on what the committee is doing about a case: the removal
request 48 hours after a well-founded complaint, and the 28-day informal resolution."""

from __future__ import annotations

import pytest

from moderator_app.domain.enums import Category, Platform, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.sla import HOUR_MS
from moderator_app.services import cases as case_service
from moderator_app.services import reports
from moderator_app.services.history import describe
from moderator_app.services.workspace import Workspace

from .meeting_helpers import case_detail


def _case(ws: Workspace, urgent: bool = False) -> str:
    return reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@x/video/1", urgent=urgent)).ref


@pytest.mark.parametrize(("track", "kind", "hours"), [("complaint_removal", "complaint_removal", 48),
                                                       ("informal", "informal_resolution", 28 * 24)])
def test_a_track_starts_its_countdown_and_ending_it_gives_the_step_back(ws: Workspace, track: str, kind: str,
                                                                         hours: int) -> None:
    ref = _case(ws)
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.TRIAGE))
    before = case_detail(ws, ref).case.sla_kind
    assert before == "triage"
    case_service.update_cases(ws, [ref], case_service.CaseChanges(track=track))
    c = case_detail(ws, ref).case
    assert c.sla_kind == kind
    started = ws.clock.wall()
    assert abs(c.sla_due_at - (started + hours * HOUR_MS)) < 5 * 60_000  # hours, not working days
    lines = [describe(h, "vi", {}) for h in case_detail(ws, ref).history]
    assert any("Hướng xử lý" in line for line in lines), lines
    case_service.update_cases(ws, [ref], case_service.CaseChanges(track=None))
    assert case_detail(ws, ref).case.sla_kind == "triage"


def test_urgent_comes_before_a_track_and_a_decision_ends_the_countdown(ws: Workspace) -> None:
    ref = _case(ws, urgent=True)
    case_service.update_cases(ws, [ref], case_service.CaseChanges(track="complaint_removal"))
    assert case_detail(ws, ref).case.sla_kind == "urgent_removal"  # 24 hours beats 48
    case_service.update_cases(ws, [ref], case_service.CaseChanges(urgent=False))
    assert case_detail(ws, ref).case.sla_kind == "complaint_removal"
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.INVESTIGATING))
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.AWAITING_REPLY))
    assert case_detail(ws, ref).case.sla_kind == "influencer_reply"  # past the early steps: the step's own


def test_an_unknown_track_is_refused_in_both_languages(ws: Workspace) -> None:
    ref = _case(ws)
    with pytest.raises(UserError) as refused:
        case_service.update_cases(ws, [ref], case_service.CaseChanges(track="fast"))
    assert refused.value.code == "track_unknown" and "hướng xử lý" in refused.value.text("vi")


def test_case_set_track_on_the_command_line(cli) -> None:
    made = cli("report", "add", "--influencer", "Khánh Vy", "--platform", "tiktok", "--category", "fraud",
               "--url", "https://www.tiktok.com/@k/video/2", "--json")
    assert made.code == 0, made.err
    ref = made.json()["ref"]
    done = cli("case", "set", ref, "--track", "informal", "--json")
    assert done.code == 0, done.err
    shown = cli("cases", "list", "--json").json()
    assert next(c for c in shown if c["ref"] == ref)["sla"]["kind"] == "informal_resolution"


def test_the_case_window_sets_and_shows_the_track(qtbot, ws: Workspace) -> None:
    from moderator_app.ui.case_detail import CaseDetailWindow

    ref = _case(ws)
    detail = CaseDetailWindow(ws, "en", case_detail(ws, ref).case.id)
    qtbot.addWidget(detail)
    combo = detail.track_combo
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData("informal"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: case_detail(ws, ref).case.sla_kind == "informal_resolution", timeout=3000)
    detail.reload()
    assert detail.track_combo.currentData() == "informal"
