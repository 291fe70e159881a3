"""Triage actions from the queue and their undo: compensating events with the right bases."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.services import cases as case_service
from moderator_app.services import reports, triage
from moderator_app.services.history import describe
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .helpers import all_events, deliver, snapshot


def _file(ws: Workspace, n: int, name: str = "Đen Vâu", description: str = "Lừa đảo") -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput(
        name, Platform.TIKTOK, Category.FRAUD, url=f"https://www.tiktok.com/@envu/video/{n}",
        description=description, received_at=1_790_000_000_000 + n * 60_000,
    ))


def _case(ws: Workspace, case_id: str) -> queries.CaseRow:
    with ws.db.read() as conn:
        row = queries.get_case(raw_connection(conn), case_id)
    assert row is not None
    return row


def _detail(ws: Workspace, case_id: str) -> queries.CaseDetail:
    with ws.db.read() as conn:
        d = queries.case_detail(raw_connection(conn), case_id)
    assert d is not None
    return d


def test_bulk_assign_is_one_action_and_undo_puts_every_case_back(ws: Workspace):
    filed = [_file(ws, i) for i in range(3)]
    ids = [f.case_id for f in filed]
    action = triage.assign(ws, ids, "me")
    assert action.kind == "assign" and len(action.cases) == 3 and len(action.events) == 3
    assert {_case(ws, i).assignee_id for i in ids} == {ws.identity.member_id}

    result = triage.undo(ws, action)
    assert result.skipped == ()
    assert {_case(ws, i).assignee_id for i in ids} == {None}
    history = _detail(ws, ids[0]).history
    assert describe(history[-1], "en", {}).startswith("Undone: Assignee")
    assert verify(ws).ok


def test_bulk_move_with_a_shared_reason_checks_every_transition(ws: Workspace):
    a, b = _file(ws, 1), _file(ws, 2)
    triage.move(ws, [a.case_id], Status.TRIAGE)
    # received -> investigating is not allowed: nothing changes for either case.
    with pytest.raises(NotAllowed):
        triage.move(ws, [a.case_id, b.case_id], Status.INVESTIGATING)
    assert _case(ws, b.case_id).status == "received"
    with pytest.raises(UserError):
        triage.reject(ws, [a.case_id, b.case_id], "  ")
    action = triage.reject(ws, [a.case_id, b.case_id], "ngoài phạm vi")
    assert action.kind == "reject"
    assert {_case(ws, a.case_id).status, _case(ws, b.case_id).status} == {"rejected"}
    assert all(h.payload.get("reason") == "ngoài phạm vi"
               for h in _detail(ws, b.case_id).history if h.type == "case.updated")
    triage.undo(ws, action)
    assert (_case(ws, a.case_id).status, _case(ws, b.case_id).status) == ("triage", "received")


def test_common_next_statuses_offers_only_moves_allowed_for_all():
    options = triage.common_next_statuses([Status.RECEIVED, Status.TRIAGE])
    assert options == [Status.REJECTED]
    assert triage.common_next_statuses([Status.TRIAGE]) == [
        Status.INVESTIGATING, Status.REJECTED, Status.CLOSED, Status.RECEIVED]
    assert Status.DECIDED not in triage.common_next_statuses([Status.SCHEDULED])


def test_priority_urgent_toggle_and_note_undo(ws: Workspace):
    a, b = _file(ws, 1), _file(ws, 2)
    triage.set_urgent(ws, [a.case_id], True)
    toggled = triage.toggle_urgent(ws, [a.case_id, b.case_id])  # not all urgent: all become urgent
    assert _case(ws, b.case_id).urgent and _case(ws, a.case_id).urgent
    assert [k.id for k in toggled.cases] == [b.case_id]
    cleared = triage.toggle_urgent(ws, [a.case_id, b.case_id])
    assert not _case(ws, a.case_id).urgent and not _case(ws, b.case_id).urgent
    triage.undo(ws, cleared)
    assert _case(ws, a.case_id).urgent and _case(ws, b.case_id).urgent

    prio = triage.set_priority(ws, [a.case_id], Priority.CRITICAL)
    assert _case(ws, a.case_id).priority == 1
    triage.undo(ws, prio)
    assert _case(ws, a.case_id).priority == Priority.NORMAL.level

    note = triage.add_note(ws, [a.case_id, b.case_id], "Đã gọi cho KOL")
    assert len(_detail(ws, a.case_id).notes) == 1
    triage.undo(ws, note)
    assert _detail(ws, a.case_id).notes == () and _detail(ws, b.case_id).notes == ()
    assert verify(ws).ok


def test_undo_leaves_a_field_someone_changed_since(ws: Workspace):
    a = _file(ws, 1)
    first = triage.set_priority(ws, [a.case_id], Priority.HIGH)
    triage.change(ws, [a.case_id], case_service.CaseChanges(priority=Priority.LOW, urgent=True))
    with pytest.raises(UserError, match="changed again since"):
        triage.undo(ws, first)
    assert _case(ws, a.case_id).priority == Priority.LOW.level
    # An action touching two fields, one changed since: the other is undone, the first reported.
    both = triage.change(ws, [a.case_id], case_service.CaseChanges(priority=Priority.HIGH, status=Status.TRIAGE))
    triage.set_priority(ws, [a.case_id], Priority.CRITICAL)
    result = triage.undo(ws, both)
    assert result.skipped == (f"{a.ref} priority",)
    row = _case(ws, a.case_id)
    assert row.status == "received" and row.priority == Priority.CRITICAL.level


def test_undo_names_the_current_version_as_base(ws: Workspace):
    a = _file(ws, 1)
    action = triage.assign(ws, [a.case_id], "me")
    triage.undo(ws, action)
    last = all_events(ws)[-1]
    assert last.type == "case.updated"
    assert last.payload["changes"]["assignee"] == {"from": ws.identity.member_id, "to": None,
                                                   "base": [action.events[0]]}
    assert last.payload["undoes"] == action.events[0]


def test_merge_moves_reports_keeps_history_and_undo_separates_them_again(ws: Workspace):
    old, new = _file(ws, 1), _file(ws, 2, description="Trùng")
    triage.move(ws, [new.case_id], Status.TRIAGE)
    action = triage.merge(ws, [new.case_id, old.case_id])
    assert action.cases[0].id == old.case_id  # the oldest remains
    assert _case(ws, old.case_id).reports == 2 and _case(ws, new.case_id).reports == 0
    merged = _case(ws, new.case_id)
    assert merged.merged_into == old.case_id and merged.status == "closed"
    assert [h.type for h in _detail(ws, new.case_id).history][-2:] == ["case.merged", "case.updated"]

    result = triage.undo(ws, action)
    assert {k.id for k in result.action.cases} == {old.case_id, new.case_id}
    back = _case(ws, new.case_id)
    assert back.merged_into is None and back.status == "triage" and back.reports == 1
    assert _case(ws, old.case_id).reports == 1
    assert [r.description for r in _detail(ws, new.case_id).reports] == ["Trùng"]
    history = _detail(ws, new.case_id).history
    assert describe(history[-1], "en", {}, {old.case_id: old.ref}) == f"Merge undone: separated from case {old.ref}"
    assert verify(ws).ok


def test_bulk_merge_undo_restores_every_case(ws: Workspace):
    filed = [_file(ws, i) for i in range(4)]
    action = triage.merge(ws, [f.case_id for f in reversed(filed)])
    assert _case(ws, filed[0].case_id).reports == 4
    triage.undo(ws, action)
    assert [_case(ws, f.case_id).reports for f in filed] == [1, 1, 1, 1]
    assert all(_case(ws, f.case_id).status == "received" for f in filed)
    assert verify(ws).ok


def test_undoing_a_merge_converges_with_a_report_filed_by_someone_who_had_not_seen_it(tmp_path: Path):
    a, b = Workspace.open(tmp_path / "a", member_name="An"), Workspace.open(tmp_path / "b", member_name="Bình")
    target, source = _file(a, 1), _file(a, 2)
    base = all_events(a)
    deliver(b, base)
    # A merges and undoes; B, unaware, files another report on the source case's link.
    action = triage.merge(a, [target.case_id, source.case_id])
    triage.undo(a, action)
    late = _file(b, 2, description="Báo lại")
    assert late.attached and late.case_id == source.case_id
    merge_events = [e for e in all_events(a) if e not in base]
    b_events = [e for e in all_events(b) if e not in base]
    snapshots = []
    for i in range(len(merge_events) + 1):  # B's report arriving before, between and after A's events
        w = Workspace.open(tmp_path / f"t{i}")
        deliver(w, base)
        deliver(w, [*merge_events[:i], *b_events, *merge_events[i:]])
        snapshots.append(snapshot(w))
        assert verify(w).ok
        w.close()
    deliver(a, b_events)
    deliver(b, merge_events)
    snapshots += [snapshot(a), snapshot(b)]
    assert all(s["queue"] == snapshots[0]["queue"] for s in snapshots)
    source_row = next(r for r in snapshots[0]["queue"] if r["id"] == source.case_id)
    assert source_row["reports"] == 2 and source_row["merged_into"] is None
    a.close()
    b.close()


def test_a_complaint_is_merged_into_an_open_case_not_a_closed_one(ws: Workspace):
    rejected, fresh = _file(ws, 1), _file(ws, 2, description="Khiếu nại mới")
    triage.move(ws, [rejected.case_id], Status.REJECTED, reason="Không đủ bằng chứng")
    action = triage.merge(ws, [rejected.case_id, fresh.case_id])
    assert action.cases[0].id == fresh.case_id  # the open one remains, though the other is older
    assert _case(ws, fresh.case_id).status == "received" and _case(ws, fresh.case_id).reports == 2
    assert _case(ws, rejected.case_id).merged_into == fresh.case_id
    line = describe(_detail(ws, rejected.case_id).history[-1], "vi", {}, {})
    assert "gộp" in line or "Gộp" in line, line
    assert verify(ws).ok


def test_the_history_says_a_merged_case_was_closed_by_the_merge(ws: Workspace):
    old, new = _file(ws, 1), _file(ws, 2, description="Trùng")
    triage.merge(ws, [new.case_id, old.case_id])
    last = _detail(ws, new.case_id).history[-1]
    assert last.type == "case.updated"
    assert describe(last, "vi", {}, {}).endswith(f"đã gộp vào {old.ref}")
    assert describe(last, "en", {}, {}).endswith(f"merged into {old.ref}")
