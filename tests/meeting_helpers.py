"""Helpers for meeting tests: a committee of several members, cases ready for a meeting."""

from __future__ import annotations

from moderator_app.domain.enums import Category, Platform, Status
from moderator_app.services import cases as case_service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection


def add_member(ws: Workspace, name: str, role: str, device_of: Workspace | None = None) -> str:
    """The chair adds a member (with the device of another workspace, so it can write as them)."""
    with ws.transaction() as tx:
        member_id = device_of.identity.member_id if device_of else tx.new_id()
        devices = []
        if device_of is not None:
            devices.append({"id": device_of.identity.device_id, "name": "",
                            "public_key": device_of.identity.public_key_b64})
        tx.emit("member.added", member_id, {"name": name, "role": role, "devices": devices})
    return member_id


def ready_case(ws: Workspace, influencer: str = "Đen Vâu", n: int = 1, category: Category = Category.FRAUD,
               description: str = "Lừa đảo đầu tư tiền ảo", scheduled: bool = False, asked: bool = True) -> str:
    """A case investigated (and, with ``scheduled``, marked ready for a meeting); returns its ref.

    With ``asked`` the influencer was asked for a reply (the right of reply) and the reply came
    back: the case went to awaiting_reply and back to investigating."""
    filed = reports.file_report(ws, reports.ReportInput(
        influencer, Platform.TIKTOK, category, url=f"https://www.tiktok.com/@x/video/{n}", description=description))
    reply = (Status.AWAITING_REPLY, Status.INVESTIGATING) if asked else ()
    for status in (Status.TRIAGE, Status.INVESTIGATING, *reply, *((Status.SCHEDULED,) if scheduled else ())):
        case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=status))
    return filed.ref


def case_detail(ws: Workspace, ref: str) -> queries.CaseDetail:
    """A case's detail by its reference, as the case window reads it."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = queries.case_detail(raw, queries.find_case_id(raw, ref) or "")
    assert detail is not None
    return detail
