"""The influencer register, the profile page (score, chart, breakdown, edits, merge) and the
suspension proposals, with pytest-qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.score import Band, Pillar
from moderator_app.services import profiles
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store.database import raw_connection
from moderator_app.ui.detail_windows import DetailWindows, ProposalsNotice
from moderator_app.ui.influencer_profile import ProfileWindow
from moderator_app.ui.influencer_register import InfluencerRegister
from moderator_app.ui.profile_dialogs import AccountInput, CorrectionInput
from moderator_app.ui.proposals import ProposalsWindow

from .score_fixtures import decide, file_case, meeting

AS_OF = date(2026, 4, 1)


def _id(ws: Workspace, name: str) -> str:
    with ws.db.read() as conn:
        return Q.find_influencer_id(raw_connection(conn), name)


@pytest.fixture
def people(ws: Workspace) -> Workspace:
    decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1))
    decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 3, 1), Category.UNDISCLOSED_AD)
    decide(ws, "Đen Vâu", Outcome.PUBLIC_CORRECTION, date(2026, 3, 20), Category.MISINFORMATION)
    decide(ws, "Khánh Vy", Outcome.REMINDER, date(2026, 2, 1))
    file_case(ws, "Den Vau Official", handle="@denvau.official")
    profiles.add_account(ws, "Đen Vâu", Platform.TIKTOK, "@denvau", followers=120_000)
    return ws


def _profile(qtbot, ws: Workspace, name: str, lang: str = "en") -> ProfileWindow:
    w = ProfileWindow(ws, lang, _id(ws, name), as_of=AS_OF)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.data is not None and not w.loading, timeout=5000)
    return w


def _settle(qtbot, w) -> None:
    qtbot.waitUntil(lambda: not w.loading, timeout=5000)


def test_the_profile_shows_score_band_chart_and_breakdown(qtbot, qtmodeltester, people: Workspace):
    w = _profile(qtbot, people, "Đen Vâu")
    assert w.data is not None
    score = w.data.found.score
    # 8·0.5 + 8·0.5^(31/90) + 12·0.5^(12/90) = 4 + 6.31 + 10.92
    assert score.value == 78.8 and score.band == Band.TRUSTED
    assert "78.8" in w.score_badge.text() and "Trusted" in w.score_badge.text()
    assert w.breakdown_model.rowCount() == 3
    assert w.breakdown_model.data(w.breakdown_model.index(2, 10)) == "−4"  # oldest last; one half-life
    assert len(w.chart.points) > 10 and w.chart.chart().series()
    assert w.proposal_box.isHidden() is False  # 3 decisions of level ≥2 within 90 days
    assert "2026-" in w.proposal_label.text()
    assert w.cases_model.rowCount() == 3 and w.decisions_model.rowCount() == 3
    assert w.accounts_model.rowCount() == 1
    for model in (w.breakdown_model, w.cases_model, w.decisions_model, w.accounts_model, w.history.model):
        qtmodeltester.check(model)


def test_a_profile_never_decided_is_not_yet_assessed(qtbot, people: Workspace):
    w = _profile(qtbot, people, "Den Vau Official")
    badge = w.score_badge.text()
    assert "Not yet assessed" in badge and "100" not in badge and "High credibility" not in badge
    assert not w.data.found.score.assessed


def test_details_accounts_pillars_and_corrections_are_edited_from_the_page(qtbot, people: Workspace):
    w = _profile(qtbot, people, "Đen Vâu")
    w.agency_edit.setText("Sao Việt Media")
    w.member_check.setChecked(True)
    w.member_date.setDate(w.member_date.date().fromString("01/03/2025", "dd/MM/yyyy"))
    w.pledge_check.setChecked(True)
    assert w.save_details()
    _settle(qtbot, w)
    detail = w.data.detail  # type: ignore[union-attr]
    assert (detail.agency, detail.member_since, detail.pledge_signed) == ("Sao Việt Media", "2025-03-01", True)

    w.edit_account = lambda account: AccountInput(Platform.YOUTUBE, "@denvau.music", "", "5000")
    w.add_account()
    _settle(qtbot, w)
    assert {a.handle for a in w.data.detail.accounts} == {"@denvau", "@denvau.music"}  # type: ignore[union-attr]
    w.accounts_table.selectRow([a.handle for a in w.accounts_model.rows].index("@denvau.music"))
    w.confirm = lambda title, text: True
    w.remove_selected_account()
    _settle(qtbot, w)
    assert [a.handle for a in w.data.detail.accounts] == ["@denvau"]  # type: ignore[union-attr]

    for pillar, check in w.pillar_checks.items():
        check.setChecked(pillar != Pillar.REAL_ENGAGEMENT)
    w.assessed_on.setDate(w.assessed_on.date().fromString("01/01/2026", "dd/MM/yyyy"))
    assert w.record_assessment()
    _settle(qtbot, w)
    assert w.data.found.score.base == 85.0  # type: ignore[union-attr]
    assert "the base is 85" in w.assessment_label.text()

    w.decisions_table.selectRow(0)  # the latest: public correction, level 3
    target = w.decisions_model.row_at(0)
    w.ask_correction = lambda decision: CorrectionInput(date(2026, 3, 25), "Đã đăng cải chính")
    w.record_correction()
    _settle(qtbot, w)
    corrected = {d.id: d.corrected_on for d in w.data.found.decisions}  # type: ignore[union-attr]
    assert corrected[target.id] == "2026-03-25"
    history = [line.what for line in w.history.model.rows]
    assert "Profile edited: Agency: — → Sao Việt Media; Alliance member since: — → 01/03/2025; " \
           "Pledge signed: no → yes" in history
    assert any(text.startswith("Five pillars assessed on 01/01/2026") for text in history)


def test_merging_from_the_profile_asks_first(qtbot, people: Workspace):
    w = _profile(qtbot, people, "Đen Vâu")
    other = _id(people, "Den Vau Official")
    w.choose_profile = lambda rows: other if other in {r.id for r in rows} else None
    w.confirm = lambda title, text: False
    assert not w.merge_other()
    questions: list[str] = []
    w.confirm = lambda title, text: questions.append(text) or True
    assert w.merge_other()
    assert "Merge Den Vau Official into Đen Vâu?" in questions[0]
    _settle(qtbot, w)
    assert w.data.detail.merged_from == ((other, "Den Vau Official"),)  # type: ignore[union-attr]
    assert w.cases_model.rowCount() == 4 and "Merged into this profile" in w.merged_label.text()
    merged = _profile(qtbot, people, "Den Vau Official")
    assert "was merged into" in merged.merged_label.text() and not merged.save_details_button.isEnabled()
    with qtbot.waitSignal(merged.profileRequested) as signal:
        merged.merged_label.linkActivated.emit(_id(people, "Đen Vâu"))
    assert signal.args == [_id(people, "Đen Vâu")]


def test_the_proposal_goes_on_a_meeting_agenda(qtbot, people: Workspace):
    upcoming = meeting(people, date(2026, 4, 9))
    w = _profile(qtbot, people, "Đen Vâu")
    offered: list[list[str]] = []
    w.choose_meeting = lambda meetings: offered.append([m.id for m in meetings]) or upcoming
    assert w.propose_suspension()
    _settle(qtbot, w)
    assert offered == [[upcoming]]
    assert w.proposal_box.isHidden()
    assert "Suspension proposal put on a meeting agenda" in [line.what for line in w.history.model.rows]


def test_the_register_lists_searches_filters_and_opens(qtbot, qtmodeltester, people: Workspace):
    r = InfluencerRegister(people, "en", as_of=AS_OF)
    qtbot.addWidget(r)
    r.show()
    _settle(qtbot, r)
    assert [e.influencer.name for e in r.model.rows] == ["Den Vau Official", "Đen Vâu", "Khánh Vy"]
    assert r.proposals_button.isVisible() and "1 suspension proposal" in r.proposals_button.text()
    qtmodeltester.check(r.model)
    r.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert r.model.rows[0].influencer.name == "Đen Vâu"
    # Never decided: no score (not the base of 100), its own band, and apart after the scored ones.
    assert r.model.rows[-1].influencer.name == "Den Vau Official"
    unassessed = r.model.index(2, 1)
    assert r.model.data(unassessed) == "—" and r.model.data(r.model.index(2, 2)) == "Not yet assessed"
    r.search.setText("khanh")
    qtbot.waitUntil(lambda: [e.influencer.name for e in r.model.rows] == ["Khánh Vy"], timeout=3000)
    r.search.setText("")
    qtbot.waitUntil(lambda: r.model.rowCount() == 3, timeout=3000)
    r.band.setCurrentIndex(r.band.findData(Band.NOT_ASSESSED.value))
    qtbot.waitUntil(lambda: [e.influencer.name for e in r.model.rows] == ["Den Vau Official"], timeout=3000)
    r.band.setCurrentIndex(r.band.findData(Band.TRUSTED.value))
    qtbot.waitUntil(lambda: [e.influencer.name for e in r.model.rows] == ["Đen Vâu"], timeout=3000)
    r.table.selectRow(0)
    with qtbot.waitSignal(r.profileRequested) as signal:
        r.open_current()
    assert signal.args == [_id(people, "Đen Vâu")]


def test_proposals_list_and_put_on_an_agenda(qtbot, qtmodeltester, people: Workspace):
    upcoming = meeting(people, date(2026, 4, 9))
    p = ProposalsWindow(people, "en", as_of=AS_OF)
    qtbot.addWidget(p)
    p.show()
    _settle(qtbot, p)
    assert [x.name for x in p.model.rows] == ["Đen Vâu"] and p.agenda_button.isEnabled()
    qtmodeltester.check(p.model)
    p.choose_meeting = lambda meetings, name: upcoming
    assert p.put_on_agenda()
    _settle(qtbot, p)
    assert p.model.rowCount() == 0 and p.empty.isVisible()


def test_windows_open_once_and_link_to_each_other(qtbot, people: Workspace):
    windows = DetailWindows(people, "en")
    notice = ProposalsNotice(windows)
    qtbot.addWidget(notice)
    profile = windows.open_profile(_id(people, "Đen Vâu"))
    assert windows.open_profile(_id(people, "Đen Vâu")) is profile
    qtbot.waitUntil(lambda: profile.data is not None, timeout=5000)
    profile.cases_table.selectRow(0)
    profile.cases_table.doubleClicked.emit(profile.cases_table.currentIndex())
    assert len(windows.cases) == 1
    register = windows.open_register()
    assert windows.open_register() is register
    windows.count_proposals()
    qtbot.waitUntil(lambda: windows.proposal_count >= 0 and not windows._counter.busy, timeout=5000)
    windows.close_all()
    qtbot.waitUntil(lambda: not windows.cases and not windows.profiles and windows.register is None, timeout=3000)


def test_profile_and_register_render_in_both_languages(qtbot, people: Workspace, tmp_path: Path):
    for lang in ("vi", "en"):
        w = _profile(qtbot, people, "Đen Vâu", lang=lang)
        w.resize(1240, 860)
        for tab in range(w.tabs.count()):
            w.tabs.setCurrentIndex(tab)
            shot = tmp_path / f"profile-{lang}-{tab}.png"
            assert w.grab().save(str(shot)) and shot.stat().st_size > 10_000
        r = InfluencerRegister(people, lang, as_of=AS_OF)
        qtbot.addWidget(r)
        _settle(qtbot, r)
        assert r.grab().save(str(tmp_path / f"register-{lang}.png"))
    vi = _profile(qtbot, people, "Đen Vâu", lang="vi")
    assert "78,8" in vi.score_badge.text() and "Tín nhiệm" in vi.score_badge.text()


def test_the_proposal_count_is_taken_again_only_after_events_that_can_change_it(qtbot, people: Workspace,
                                                                                 monkeypatch):
    from types import SimpleNamespace

    windows = DetailWindows(people, "en")
    counted: list[int] = []
    monkeypatch.setattr(windows, "count_proposals", lambda: counted.append(1))
    windows._on_events([SimpleNamespace(type="case.updated"), SimpleNamespace(type="note.added")])
    qtbot.wait(700)
    assert counted == []
    windows._on_events([SimpleNamespace(type="case.updated"), SimpleNamespace(type="decision.recorded")])
    windows._on_events([SimpleNamespace(type="agenda.added")])  # within the same half second: one count
    qtbot.waitUntil(lambda: counted == [1], timeout=3000)
    qtbot.wait(700)
    assert counted == [1]
    windows.close_all()


def test_typed_details_survive_a_reload_until_saved(qtbot, people: Workspace):
    from moderator_app.services import profiles

    w = _profile(qtbot, people, "Đen Vâu")
    w.agency_edit.setText("Đang gõ dở")
    w.notes_edit.setPlainText("Ghi chú chưa lưu")
    w.edit_account = lambda account: AccountInput(Platform.YOUTUBE, "@denvau.music", "", "5000")
    w.add_account()  # reloads the page
    _settle(qtbot, w)
    assert (w.agency_edit.text(), w.notes_edit.toPlainText()) == ("Đang gõ dở", "Ghi chú chưa lưu")
    # Someone else changes the contact meanwhile: it is shown, and the typed fields stay.
    profiles.update_profile(people, w.influencer_id, profiles.ProfileChanges(contact="0911 222 333"))
    w.reload()
    _settle(qtbot, w)
    assert w.contact_edit.text() == "0911 222 333" and w.agency_edit.text() == "Đang gõ dở"
    assert w.save_details()
    _settle(qtbot, w)
    assert w.data.detail.agency == "Đang gõ dở"  # type: ignore[union-attr]
    # Saved: the fields follow the stored values again.
    profiles.update_profile(people, w.influencer_id, profiles.ProfileChanges(agency="Sao Việt Media"))
    w.reload()
    _settle(qtbot, w)
    assert w.agency_edit.text() == "Sao Việt Media"
