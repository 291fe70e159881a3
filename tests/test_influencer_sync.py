"""Profile edits, accounts, assessments, corrections and merges are ordinary events: members who
receive the same events in any order see the same profiles, scores, cases and histories."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.score import Pillar
from moderator_app.services import credibility, profiles
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store.database import raw_connection
from moderator_app.store.events import Event

from .helpers import all_events, deliver, influencer_snapshot, snapshot
from .score_fixtures import decide, file_case


@pytest.fixture
def origin(tmp_path: Path):
    ws = Workspace.open(tmp_path / "origin", member_name="Chủ tịch")
    decide(ws, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 1, 5))
    decide(ws, "Den Vau Official", Outcome.REMINDER, date(2026, 2, 5), Category.UNDISCLOSED_AD)
    decide(ws, "Khánh Vy", Outcome.PUBLIC_CORRECTION, date(2026, 3, 5))
    profiles.update_profile(ws, "Den Vau Official", profiles.ProfileChanges(agency="Sao Việt"))
    profiles.add_account(ws, "Đen Vâu", Platform.TIKTOK, "@denvau")
    yield ws
    ws.close()


def _writers(tmp_path: Path, base: list[Event], n: int) -> list[Workspace]:
    out = []
    for i in range(n):
        w = Workspace.open(tmp_path / f"writer{i}", member_name=f"Thành viên {i}")
        deliver(w, base)
        out.append(w)
    return out


def _new_events(w: Workspace, base: list[Event]) -> list[Event]:
    known = {e.id for e in base}
    return [e for e in all_events(w) if e.id not in known]


def _converge(tmp_path: Path, base: list[Event], blocks: list[list[Event]]) -> list[tuple[dict, dict, list]]:
    """Deliver the base, then the blocks in every order, each to a fresh workspace."""
    results = []
    for order in itertools.permutations(range(len(blocks))):
        target = Workspace.open(tmp_path / ("t" + "".join(map(str, order))))
        try:
            deliver(target, base)
            for i in order:
                deliver(target, blocks[i])
            assert verify(target).ok
            with target.db.read() as conn:
                search = raw_connection(conn).execute(
                    "SELECT c.id, s.body FROM case_search s JOIN cases c ON c.pk = s.rowid ORDER BY c.id"
                ).fetchall()
            results.append((snapshot(target), influencer_snapshot(target), search))
        finally:
            target.close()
    return results


def _kept(w: Workspace, names: list[str]) -> set[str]:
    with w.db.read() as conn:
        raw = raw_connection(conn)
        return {
            r[0] for r in raw.execute(
                f"SELECT name FROM influencers WHERE merged_into IS NULL AND name IN ({','.join('?' * len(names))})",
                names,
            )
        }


def test_opposite_merges_and_concurrent_edits_converge(tmp_path: Path, origin: Workspace):
    base = all_events(origin)
    a, b, c = _writers(tmp_path, base, 3)
    try:
        profiles.merge_profiles(a, "Den Vau Official", "Đen Vâu")
        profiles.merge_profiles(b, "Đen Vâu", "Den Vau Official")
        # c has not seen either merge: it edits, adds, assesses, files and decides about Đen Vâu.
        profiles.update_profile(c, "Đen Vâu", profiles.ProfileChanges(agency="Độc lập", notes="Ca sĩ"))
        profiles.add_account(c, "Đen Vâu", Platform.YOUTUBE, "@denvau.official", followers=1000)
        profiles.assess_pillars(c, "Đen Vâu", [Pillar.AD_TRANSPARENCY, Pillar.ETHICS_HISTORY], date(2026, 4, 1))
        with c.db.read() as conn:
            (first, *_) = Q.decisions_of(raw_connection(conn), Q.find_influencer_id(raw_connection(conn), "Đen Vâu"))
        credibility.record_correction(c, first.id, date(2026, 1, 20))
        decide(c, "Đen Vâu", Outcome.WARNING_AMEND, date(2026, 4, 10), Category.FALSE_CLAIM)
        file_case(c, "Den Vau Official")
        blocks = [_new_events(w, base) for w in (a, b, c)]
    finally:
        for w in (a, b, c):
            w.close()
    results = _converge(tmp_path, base, blocks)
    assert all(r == results[0] for r in results)
    cases_snapshot, people, _ = results[0]
    register = {name: count for _, name, _, _, count, _ in people["register"]}
    kept = {"Đen Vâu", "Den Vau Official"} & set(register)
    assert len(kept) == 1 and register[kept.pop()] == 4 and register["Khánh Vy"] == 1
    profile = next(p for p in people["profiles"].values() if p["merged_into"] is None and p["name"] in
                   ("Đen Vâu", "Den Vau Official"))
    assert {a["handle"] for a in profile["accounts"]} == {"@denvau", "@denvau.official"}
    assert len(profile["breakdown"]) == 3 and profile["pillars"] is not None
    assert any(p["correction"] == 0.5 for p in profile["breakdown"])
    assert {c["influencer"] for c in cases_snapshot["queue"]} == {profile["name"], "Khánh Vy"}


def test_a_cycle_of_three_concurrent_merges_keeps_one_profile(tmp_path: Path, origin: Workspace):
    base = all_events(origin)
    a, b, c = _writers(tmp_path, base, 3)
    try:
        profiles.merge_profiles(a, "Den Vau Official", "Đen Vâu")
        profiles.merge_profiles(b, "Khánh Vy", "Den Vau Official")
        profiles.merge_profiles(c, "Đen Vâu", "Khánh Vy")
        blocks = [_new_events(w, base) for w in (a, b, c)]
    finally:
        for w in (a, b, c):
            w.close()
    results = _converge(tmp_path, base, blocks)
    assert all(r == results[0] for r in results)
    people = results[0][1]
    assert len(people["register"]) == 1 and people["register"][0][4] == 3
    merged = [p for p in people["profiles"].values() if p["merged_into"] is not None]
    assert len(merged) == 2 and {p["merged_into"] for p in merged} == {people["register"][0][0]}


def test_concurrent_corrections_and_account_edits_settle_last_writer_wins(tmp_path: Path, origin: Workspace):
    with origin.db.read() as conn:
        raw = raw_connection(conn)
        (decision,) = Q.decisions_of(raw, Q.find_influencer_id(raw, "Khánh Vy"))
        account = Q.profile(raw, Q.find_influencer_id(raw, "Đen Vâu")).accounts[0].id  # type: ignore[union-attr]
    base = all_events(origin)
    writers = _writers(tmp_path, base, 3)
    try:
        for i, w in enumerate(writers):
            credibility.record_correction(w, decision.id, date(2026, 3, 10 + i))
            profiles.update_account(w, account, profiles.AccountChanges(followers=100 * (i + 1)))
        blocks = [_new_events(w, base) for w in writers]
    finally:
        for w in writers:
            w.close()
    results = _converge(tmp_path, base, blocks)
    assert all(r == results[0] for r in results)
    latest = max((e for block in blocks for e in block if e.type == "decision.corrected"),
                 key=lambda e: (e.hlc, e.device_id))
    people = results[0][1]
    khanh = next(p for p in people["profiles"].values() if p["name"] == "Khánh Vy")
    assert khanh["decisions"][0]["corrected_on"] == latest.payload["changes"]["corrected_on"]["to"]
