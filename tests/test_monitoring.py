"""A sanctioned case is monitored for three months before it is closed (DOMAIN.md); earlier only
by the chair, with a reason. The demo's committee keeps the rule too."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.enums import Outcome, Status
from moderator_app.domain.errors import NotAllowed
from moderator_app.services import cases as case_service
from moderator_app.services import meetings as svc
from moderator_app.services.transaction import load_author
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .meeting_helpers import add_member, case_detail, ready_case


def _decided(ws: Workspace, outcome: Outcome, n: int = 1) -> str:
    ref = ready_case(ws, "Đen Vâu", n)
    meeting = svc.create_meeting(ws, f"Phiên họp {n:03d}", date.today())
    for member in ("me", "Trần Thu Hà"):
        svc.set_attendance(ws, meeting, member, "present")
    svc.add_to_agenda(ws, meeting, ref)
    svc.record_decision(ws, meeting, ref, outcome, "Lý do của Ban")
    return ref


def _close_as(ws: Workspace, ref: str, device_ws: Workspace, member_id: str) -> None:
    with ws.transaction() as tx:
        author = load_author(tx.conn, device_ws.identity.device_id, member_id)
        with tx.acting_as(author):
            key = case_service.find_case(tx, ref)
            case_service.update_in(tx, key, case_service.CaseChanges(status=Status.CLOSED, reason="Đã xong"))


def test_a_sanctioned_case_is_closed_early_only_by_the_chair(ws: Workspace, tmp_path: Path) -> None:
    other = Workspace.open(tmp_path / "secretary", member_name="Trần Thu Hà")
    try:
        secretary = add_member(ws, "Trần Thu Hà", "secretary", device_of=other)
        ref = _decided(ws, Outcome.WARNING_AMEND)
        with pytest.raises(NotAllowed) as refused:
            _close_as(ws, ref, other, secretary)
        assert refused.value.code == "monitoring_not_over"
        end = (date.today() + timedelta(days=90)).strftime("%d/%m/%Y")
        assert end in refused.value.text("vi") and "Trưởng ban" in refused.value.text("vi")
        assert case_detail(ws, ref).case.status == Status.DECIDED.value
        with pytest.raises(Exception, match="reason"):
            case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.CLOSED))
        case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.CLOSED,
                                                                       reason="Đã gỡ bài, Ban đồng ý đóng sớm"))
        assert case_detail(ws, ref).case.status == Status.CLOSED.value
        # A decision that sanctions nothing needs no monitoring: anyone who may close closes it.
        plain = _decided(ws, Outcome.NOT_UPHELD, 2)
        _close_as(ws, plain, other, secretary)
        assert case_detail(ws, plain).case.status == Status.CLOSED.value
    finally:
        other.close()


def test_the_demo_closes_sanctioned_cases_after_their_monitoring(ws: Workspace) -> None:
    from moderator_app.services.demo import generate

    generate(ws, cases=400, seed=5)
    with ws.db.read() as conn:
        rows = raw_connection(conn).execute(
            "SELECT c.ref, d.outcome, d.decided_on, c.status_since FROM cases c JOIN decisions d ON d.case_id = c.id "
            "WHERE c.status = 'closed' AND d.id = (SELECT id FROM decisions WHERE case_id = c.id "
            "ORDER BY decided_on DESC, id DESC LIMIT 1)").fetchall()
    sanctioned = [r for r in rows if Outcome(r[1]).level >= 1]
    assert sanctioned, "the demo closes some sanctioned cases"
    from moderator_app.domain.clock import local_date

    early = [r[0] for r in sanctioned if local_date(r[3]) < date.fromisoformat(r[2]) + timedelta(days=90)]
    assert not early, f"closed before their monitoring ended: {early}"
