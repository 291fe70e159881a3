"""History completeness: every service action appears, described in words, in the history of
the case or the profile it touched."""

from __future__ import annotations

from datetime import date

from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Status
from moderator_app.domain.score import Pillar
from moderator_app.services import cases as case_service
from moderator_app.services import credibility, profiles
from moderator_app.services.history import KIND_LABELS, describe, kind_of
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .helpers import all_events
from .score_fixtures import decide, file_case, meeting

# Events about the committee itself, not about a case or a profile.
COMMITTEE_EVENTS = {"roster.founded", "member.added", "member.updated", "meeting.created", "meeting.updated",
                    "meeting.finalized", "attendance.set", "vote.cast"}


def _every_action(ws: Workspace) -> None:
    first = file_case(ws, "Đen Vâu", url="https://news.example.vn/a/1")
    file_case(ws, "den vau", url="https://news.example.vn/a/1")  # attaches
    second = file_case(ws, "Đen Vâu", url="https://news.example.vn/a/2")
    case_service.update_cases(ws, [first.ref], case_service.CaseChanges(
        status=Status.TRIAGE, priority=Priority.HIGH, urgent=True, assignee="me", title="Quảng cáo tiền ảo"))
    case_service.add_note(ws, first.ref, "Đã liên hệ KOL")
    case_service.merge_cases(ws, [first.ref, second.ref])
    refs = [decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 1) + (date(2026, 1, 11) - date(2026, 1, 1))
                   * i, Category.FALSE_CLAIM) for i in range(3)]
    credibility.record_correction(ws, refs[0][1], date(2026, 1, 5), note="Đã gỡ bài")
    credibility.record_correction(ws, refs[0][1], None)
    profiles.update_profile(ws, "Đen Vâu", profiles.ProfileChanges(agency="Sao Việt", pledge_signed=True,
                                                                   member_since=date(2025, 1, 1)))
    account = profiles.add_account(ws, "Đen Vâu", Platform.YOUTUBE, "@denvau", followers=1200)
    profiles.update_account(ws, account, profiles.AccountChanges(followers=2400, url="https://youtube.com/@denvau"))
    profiles.remove_account(ws, account)
    profiles.assess_pillars(ws, "Đen Vâu", [Pillar.AD_TRANSPARENCY], date(2026, 1, 2))
    file_case(ws, "Đen Vâu Official")
    profiles.merge_profiles(ws, "Đen Vâu", "Đen Vâu Official")
    credibility.propose_suspension(ws, meeting(ws, date(2026, 1, 30)), "Đen Vâu", as_of=date(2026, 1, 25))


def test_every_service_action_appears_in_a_history_in_words(ws: Workspace):
    _every_action(ws)
    events = all_events(ws)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        names = queries.member_names(raw)
        people = {r[0]: r[1] for r in raw.execute("SELECT id, name FROM influencers")}
        kept = {r[0]: r[1] or r[0] for r in raw.execute("SELECT id, merged_into FROM influencers")}
        case_histories = {cid: queries.case_history(raw, cid) for (cid,) in raw.execute("SELECT id FROM cases")}
        profile_histories = {i: Q.profile_history(raw, i) for i in set(kept.values())}
    in_case = {h.event_id for hs in case_histories.values() for h in hs}
    in_profile = {h.event_id for hs in profile_histories.values() for h in hs}
    missing = []
    for ev in events:
        if ev.type in COMMITTEE_EVENTS:
            continue
        if ev.case_id is not None and ev.id not in in_case:
            missing.append(f"{ev.type} not in its case's history")
        if ev.case_id is None and ev.id not in in_profile:
            missing.append(f"{ev.type} not in its profile's history")
    assert missing == []
    types = {ev.type for ev in events} - COMMITTEE_EVENTS
    assert types >= {"report.filed", "case.updated", "note.added", "case.merged", "agenda.added",
                     "decision.recorded", "decision.corrected", "influencer.created", "influencer.updated",
                     "influencer.account_added", "influencer.account_updated", "influencer.account_removed",
                     "influencer.assessed", "influencer.merged"}
    for histories in (case_histories, profile_histories):
        for entries in histories.values():
            for h in entries:
                assert kind_of(h.type) in KIND_LABELS and kind_of(h.type) != "other", h.type
                for lang in ("vi", "en"):
                    text = describe(h, lang, names, people)
                    assert text and text != h.type, (h.type, lang)


def test_profile_events_read_as_sentences(ws: Workspace):
    _every_action(ws)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        influencer_id = Q.find_influencer_id(raw, "Đen Vâu")
        history = Q.profile_history(raw, influencer_id)
        people = {r[0]: r[1] for r in raw.execute("SELECT id, name FROM influencers")}
        case_id = raw.execute("SELECT case_id FROM decisions ORDER BY decided_on LIMIT 1").fetchone()[0]
        case_events = queries.case_history(raw, case_id)
    en = [describe(h, "en", {}, people) for h in history]
    vi = [describe(h, "vi", {}, people) for h in history]
    assert "Profile edited: Agency: — → Sao Việt; Alliance member since: — → 01/01/2025; Pledge signed: no → yes" in en
    assert "Account added: YouTube @denvau" in en
    assert "Account YouTube @denvau edited: Followers: 1.200 → 2.400; URL: — → https://youtube.com/@denvau" in en
    assert "Five pillars assessed on 02/01/2026: passed Ad transparency (base 25)" in en
    assert "Profile Đen Vâu Official merged into Đen Vâu" in en
    assert "Suspension proposal put on a meeting agenda" in en
    assert "Gộp thông tin người có ảnh hưởng Đen Vâu Official vào Đen Vâu" in vi
    corrections = [describe(h, "en", {}, people) for h in case_events if h.type == "decision.corrected"]
    assert corrections == ["Remedied on 05/01/2026 — Đã gỡ bài", "Recorded remedy withdrawn"]
    assert [kind_of(h.type) for h in case_events if h.type == "decision.corrected"] == ["decision", "decision"]
