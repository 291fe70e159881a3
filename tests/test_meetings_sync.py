"""Meeting events merge the same whatever order they arrive in; concurrent decisions conflict."""

from __future__ import annotations

import itertools
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.enums import Outcome
from moderator_app.services import meetings as svc
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection

from .helpers import all_events, deliver, snapshot
from .meeting_helpers import add_member, ready_case

DAY = date(2026, 3, 12)


def meetings_snapshot(ws: Workspace) -> dict[str, Any]:
    """Everything the meetings window and the exports show."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        details = {m.id: asdict(mq.meeting_detail(raw, m.id)) for m in mq.list_meetings(raw)}  # type: ignore[arg-type]
        decisions = [asdict(d) for d in mq.all_decisions(raw)]
    return {"meetings": details, "decisions": decisions, "cases": snapshot(ws)}


@pytest.fixture
def trio(tmp_path: Path):
    """A chair (a), a secretary (b) and a member (c), each on a device of their own, in sync."""
    a = Workspace.open(tmp_path / "a", member_name="An")
    b = Workspace.open(tmp_path / "b", member_name="Bình")
    c = Workspace.open(tmp_path / "c", member_name="Chi")
    add_member(a, "Bình", "secretary", device_of=b)
    add_member(a, "Chi", "member", device_of=c)
    refs = [ready_case(a, "Đen Vâu", 1), ready_case(a, "Khánh Vy", 2), ready_case(a, "Hoa Hậu", 3)]
    meeting = svc.create_meeting(a, "Phiên họp 001", DAY)
    items = [svc.add_to_agenda(a, meeting, r) for r in refs]
    for who in ("An", "Bình", "Chi"):
        svc.set_attendance(a, meeting, who, "present")
    for w in (b, c):
        deliver(w, all_events(a))
    yield a, b, c, meeting, refs, items
    for w in (a, b, c):
        w.close()


def _merge_in_every_order(tmp_path: Path, base: list, batches: list[list]) -> list[dict[str, Any]]:
    results = []
    for order in itertools.permutations(range(len(batches))):
        target = Workspace.open(tmp_path / ("t" + "".join(map(str, order))), member_name="Khách")
        try:
            deliver(target, base)
            for i in order:
                deliver(target, batches[i])
            results.append(meetings_snapshot(target))
            report = verify(target)
            assert report.ok, report.problems
        finally:
            target.close()
    return results


def _new(ws: Workspace, base: list) -> list:
    seen = {e.id for e in base}
    return [e for e in all_events(ws) if e.id not in seen]


def test_concurrent_meeting_work_merges_identically_in_every_order(trio, tmp_path: Path):
    a, b, c, meeting, refs, items = trio
    base = all_events(a)
    # Offline, at the same time:
    # a decides case 0, reorders, records Chi absent, votes on item 1 for Chi... and Bình's vote;
    svc.cast_vote(a, items[1], "An", "for")
    svc.record_decision(a, meeting, refs[0], Outcome.WARNING_AMEND, "A: cảnh cáo")
    svc.reorder_agenda(a, meeting, [items[2], items[0], items[1]])
    svc.set_attendance(a, meeting, "Chi", "excused")
    svc.cast_vote(a, items[2], "Bình", "against")
    # b decides the same case differently, reorders differently, moves the meeting's date,
    # records Chi present and votes itself on item 2;
    svc.record_decision(b, meeting, refs[0], Outcome.REMINDER, "B: nhắc nhở")
    svc.reorder_agenda(b, meeting, [items[1], items[2], items[0]])
    svc.update_meeting(b, meeting, day=DAY + timedelta(days=1), minutes="Biên bản của Bình")
    svc.set_attendance(b, meeting, "Chi", "present")
    svc.cast_vote(b, items[2], "Bình", "for")
    # c recuses itself from item 1 and votes on item 2.
    svc.recuse(c, items[1], "me")
    svc.cast_vote(c, items[2], "me", "abstain")

    results = _merge_in_every_order(tmp_path, base, [_new(a, base), _new(b, base), _new(c, base)])
    assert all(r == results[0] for r in results)
    merged = results[0]
    conflicts = merged["cases"]["conflicts"]
    # Both moved the case to `decided` too: the case is in the inbox for its decision and status.
    # Both set the status to "decided": agreeing writes are no conflict; the decisions are.
    assert {(k, f) for k, _, f, _ in conflicts} == {("case", "decision")}
    decisions = merged["decisions"]
    assert len(decisions) == 2 and {d["outcome"] for d in decisions} == {"warning_amend", "reminder"}
    assert {d["decided_on"] for d in decisions} == {(DAY + timedelta(days=1)).isoformat()}
    detail = merged["meetings"][meeting]
    votes = {item: {v["name"]: v["choice"] for v in vs} for item, vs in detail["votes"].items()}
    assert votes[items[1]] == {"An": "for", "Chi": "recused"}
    assert set(votes[items[2]]) == {"Bình", "Chi"}


def test_concurrent_corrections_and_amendments_land_in_the_conflict_inbox(trio, tmp_path: Path):
    a, b, _c, meeting, refs, _items = trio
    decision = svc.record_decision(a, meeting, refs[1], Outcome.REMINDER, "Nhắc nhở")
    deliver(b, all_events(a))
    base = all_events(a)
    svc.update_decision(a, decision, outcome=Outcome.WARNING_AMEND)
    svc.update_decision(b, decision, outcome=Outcome.NOT_UPHELD, published=True)
    results = _merge_in_every_order(tmp_path, base, [_new(a, base), _new(b, base)])
    assert all(r == results[0] for r in results)
    assert {(k, e, f) for k, e, f, _ in results[0]["cases"]["conflicts"]} == {("decision", decision, "outcome")}

    # Settled on a (an update that has seen both), then finalized by the chair (only the chair may), then
    # amended by both.
    deliver(a, all_events(b))
    deliver(b, all_events(a))
    svc.update_decision(a, decision, outcome=Outcome.WARNING_AMEND)
    deliver(b, all_events(a))
    svc.finalize(a, meeting)
    deliver(b, all_events(a))
    # Causal order: a stamp taken after seeing an event is greater than its stamp.
    base2 = sorted({e.id: e for e in [*all_events(a), *all_events(b)]}.values(), key=lambda e: (e.hlc, e.device_id))
    deliver(a, base2)
    deliver(b, base2)
    svc.amend_decision(a, decision, Outcome.PUBLIC_CORRECTION, "Sửa đổi A")
    svc.amend_decision(b, decision, Outcome.SUSPENSION, "Sửa đổi B")
    results = _merge_in_every_order(tmp_path / "2", base2, [_new(a, base2), _new(b, base2)])
    assert all(r == results[0] for r in results)
    assert {(k, f) for k, _, f, _ in results[0]["cases"]["conflicts"]} == {("case", "decision")}
    finalized = results[0]["meetings"][meeting]["meeting"]
    assert finalized["finalized"] is True and finalized["finalized_at"] is not None


def test_only_the_chair_or_the_secretary_settles_which_decision_a_case_keeps(trio, tmp_path: Path):
    from moderator_app.domain.errors import NotAllowed
    from moderator_app.services import cases as case_service
    from moderator_app.store.events import Event

    a, b, c, meeting, refs, _items = trio
    decision = svc.record_decision(a, meeting, refs[1], Outcome.REMINDER, "Nhắc nhở")
    svc.finalize(a, meeting)
    deliver(b, all_events(a))
    deliver(c, all_events(a))
    base = all_events(a)
    svc.amend_decision(a, decision, Outcome.PUBLIC_CORRECTION, "Sửa đổi A")
    svc.amend_decision(b, decision, Outcome.SUSPENSION, "Sửa đổi B")
    for w in (a, b, c):
        deliver(w, [e for e in [*_new(a, base), *_new(b, base)] if e not in all_events(w)])
    with c.db.read() as conn:
        heads = [r[0] for r in raw_connection(conn).execute(
            "SELECT value FROM field_heads WHERE entity_kind = 'case' AND field = 'decision'")]
    chosen = next(h.strip('"') for h in heads if h != "null")
    before = len(all_events(c))
    with pytest.raises(NotAllowed, match=r"Chair \(chair\) / Secretary \(secretary\)") as refused:
        case_service.resolve_conflict(c, refs[1], "decision", chosen)
    assert "Trưởng ban (chair) / Thư ký (secretary)" in refused.value.text("vi")
    assert len(all_events(c)) == before
    case_service.resolve_conflict(b, refs[1], "decision", chosen)  # the secretary may
    assert isinstance(all_events(b)[-1], Event) and all_events(b)[-1].type == "case.updated"
