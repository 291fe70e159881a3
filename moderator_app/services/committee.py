"""The committee's roster as use cases: found it, approve members, change roles, revoke.

Every change here is a roster event that only a chair may write; every member checks that again
on import. Reading and writing the shared folder (the root file, join requests) is ``sync``'s.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.domain.text import fold
from moderator_app.store.projection.fields import current_heads

from .identity import fingerprint
from .transaction import Transaction
from .workspace import Workspace

MAX_MEMBER_NAME = 200


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    id: str
    fingerprint: str
    revoked_after_seq: int | None
    events: int  # how many of its events this workspace holds


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: str
    name: str
    role: str
    active: bool
    revoked: bool
    devices: tuple[DeviceInfo, ...]


def clean_member_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("the member's name is empty", vi="tên thành viên đang để trống", code="member_name_empty")
    if len(cleaned) > MAX_MEMBER_NAME:
        raise UserError(f"a member's name has at most {MAX_MEMBER_NAME} characters",
                        vi=f"tên thành viên dài tối đa {MAX_MEMBER_NAME} ký tự", code="member_name_too_long")
    return cleaned


def members(conn: sqlite3.Connection) -> list[MemberInfo]:
    devices: dict[str, list[DeviceInfo]] = {}
    counts = dict(conn.execute("SELECT device_id, max(seq) FROM events GROUP BY device_id").fetchall())
    for device_id, member_id, public_key, cutoff in conn.execute(
        "SELECT id, member_id, public_key, revoked_after_seq FROM devices ORDER BY id"
    ):
        devices.setdefault(member_id, []).append(
            DeviceInfo(device_id, fingerprint(public_key), cutoff, int(counts.get(device_id, 0)))
        )
    return [
        MemberInfo(r[0], r[1], r[2], bool(r[3]), bool(r[4]), tuple(devices.get(r[0], ())))
        for r in conn.execute("SELECT id, name, role, active, revoked FROM members ORDER BY name_sort, id")
    ]


def own_event_count(ws: Workspace) -> int:
    from moderator_app.store.database import raw_connection

    with ws.db.read() as conn:
        return int(raw_connection(conn).execute(
            "SELECT count(*) FROM events WHERE device_id = ?", (ws.identity.device_id,)
        ).fetchone()[0])


def _rename_locally(ws: Workspace, name: str) -> None:
    ws.set_local_state("member_name", name)
    ws.identity = replace(ws.identity, member_name=name)


def set_own_name(ws: Workspace, member_name: str) -> str:
    """The name this workspace's member goes by (history lines, letters), asked on first start
    instead of the computer's login; a workspace already in use records the change as an event."""
    name = clean_member_name(member_name)
    if not ws.is_founded():
        _rename_locally(ws, name)
        return name
    with ws.transaction() as tx:
        current = tx.scalar("SELECT name FROM members WHERE id = ?", (ws.identity.member_id,))
        if current != name:
            _emit_member_change(tx, ws.identity.member_id, "name", current, name)
    _rename_locally(ws, name)
    return name


def check_not_in_committee(ws: Workspace) -> None:
    committee_id = ws.local_state("committee_id")
    if committee_id is not None:
        raise UserError(f"this workspace already belongs to a committee ({committee_id})",
                        vi=f"không gian làm việc này đã thuộc về một ban ({committee_id})",
                        code="already_in_committee")


def found_committee(ws: Workspace, member_name: str) -> None:
    """Make this workspace the chair's: its own history (if any) becomes the committee's first.

    Refused for a workspace holding other devices' events (the demo): those could never be
    signed by their authors, so other members could not verify them.
    """
    check_not_in_committee(ws)
    name = clean_member_name(member_name)
    from moderator_app.store.database import raw_connection

    with ws.db.read() as conn:
        foreign = raw_connection(conn).execute(
            "SELECT count(*) FROM events WHERE device_id != ?", (ws.identity.device_id,)
        ).fetchone()[0]
    if foreign:
        raise UserError(
            "this workspace holds changes made on other devices (a demo, or copied data), which other members "
            "could not verify; create the committee from a fresh workspace (--data-dir NEW_FOLDER)",
            vi="không gian làm việc này chứa các thay đổi được thực hiện trên thiết bị khác (dữ liệu mẫu, hoặc "
               "dữ liệu sao chép), mà các thành viên khác không thể xác minh; hãy lập ban từ một không gian làm "
               "việc mới (--data-dir THƯ_MỤC_MỚI)",
            code="foreign_changes_in_workspace",
        )
    if ws.role() != Role.CHAIR:
        raise NotAllowed("only the chair of this workspace can turn it into a committee",
                         vi="chỉ Trưởng ban của không gian làm việc này mới có thể lập ban từ nó",
                         code="only_chair_founds_committee")
    if not ws.is_founded():
        _rename_locally(ws, name)
    with ws.transaction() as tx:
        tx.ensure_founded()
        current = tx.scalar("SELECT name FROM members WHERE id = ?", (ws.identity.member_id,))
        if current != name:
            _emit_member_change(tx, ws.identity.member_id, "name", current, name)
    _rename_locally(ws, name)


def check_can_join(ws: Workspace) -> None:
    """A workspace joins a committee only while it has written nothing of its own.

    Its events would belong to a committee of one (itself as chair) that the committee never
    approved; rather than rewrite them, joining asks for a fresh workspace.
    """
    check_not_in_committee(ws)
    count = own_event_count(ws)
    if count:
        count_vi = f"{count:,}".replace(",", ".")
        raise UserError(
            f"this workspace already holds {count:,} changes of its own, so it cannot join a committee; "
            "join from a fresh workspace (for example `moderator-app --data-dir NEW_FOLDER committee join ...`)",
            vi=f"không gian làm việc này đã có {count_vi} thay đổi của chính nó nên không thể tham gia ban; "
               "hãy tham gia từ một không gian làm việc mới (ví dụ "
               "`moderator-app --data-dir THƯ_MỤC_MỚI committee join ...`)",
            code="workspace_has_own_changes",
        )


def prepare_join(ws: Workspace, member_name: str) -> str:
    check_can_join(ws)
    name = clean_member_name(member_name)
    _rename_locally(ws, name)
    return name


def _emit_member_change(tx: Transaction, member_id: str, field: str, old: Any, new: Any) -> None:
    tx.emit(
        "member.updated",
        member_id,
        {"changes": {field: {"from": old, "to": new, "base": current_heads(tx.proj, "member", member_id, field)}}},
    )


def approve(ws: Workspace, device_id: str, member_id: str, name: str, public_key: str, role: Role) -> None:
    """Admit a device that asked to join, as a new member with ``role``."""
    ws.require_role(Role.CHAIR, action="approving a member")
    name = clean_member_name(name)
    with ws.transaction() as tx:
        if tx.one("SELECT 1 FROM devices WHERE id = ?", (device_id,)):
            raise UserError(f"device {device_id} is already in the committee",
                            vi=f"thiết bị {device_id} đã có trong ban", code="device_already_in_committee")
        if tx.one("SELECT 1 FROM members WHERE id = ?", (member_id,)):
            raise UserError(f"member {member_id} is already in the committee",
                            vi=f"thành viên {member_id} đã có trong ban", code="member_already_in_committee")
        tx.emit(
            "member.added",
            member_id,
            {"name": name, "role": role.value, "devices": [{"id": device_id, "name": "", "public_key": public_key}]},
        )


def find_member(tx: Transaction, text: str) -> tuple[str, str]:
    """A member by id or name (ignoring case and diacritics): (id, name)."""
    t = text.strip()
    row = tx.one("SELECT id, name FROM members WHERE id = ?", (t,))
    if row is None:
        rows = tx.all("SELECT id, name FROM members WHERE name_key = ?", (fold(t),))
        if len(rows) > 1:
            raise UserError(f"more than one member is called {t!r}; use the member id",
                            vi=f"có nhiều thành viên cùng tên {t!r}; hãy dùng mã thành viên",
                            code="ambiguous_member_name")
        row = rows[0] if rows else None
    if row is None:
        raise NotFound(f"no member or device {t!r}; see `committee members`",
                       vi=f"không có thành viên hay thiết bị {t!r}; xem `committee members`",
                       code="no_member_or_device")
    return str(row[0]), str(row[1])


def change_role(ws: Workspace, member: str, role: Role) -> None:
    ws.require_role(Role.CHAIR, action="changing a member's role")
    with ws.transaction() as tx:
        member_id, _ = find_member(tx, member)
        current = tx.scalar("SELECT role FROM members WHERE id = ?", (member_id,))
        if current == role.value:
            return
        _emit_member_change(tx, member_id, "role", current, role.value)


@dataclass(frozen=True, slots=True)
class Revocation:
    member_name: str
    devices: dict[str, int]  # device -> last sequence number accepted from it


def revoke(ws: Workspace, target: str) -> Revocation:
    """Revoke a device, or a member with all their devices; later events from them are refused.

    The cut-off of each device is the last of its events this workspace holds: those stay,
    anything after is refused by every member.
    """
    ws.require_role(Role.CHAIR, action="revoking a member or device")
    me = ws.identity
    with ws.transaction() as tx:
        t = target.strip().lower()
        device = tx.one("SELECT id, member_id, revoked_after_seq FROM devices WHERE id = ?", (t,))
        if device is not None:
            device_id, member_id, cutoff = device
            if device_id == me.device_id:
                raise NotAllowed("you cannot revoke your own device",
                                 vi="bạn không thể thu hồi thiết bị của chính mình", code="cannot_revoke_own_device")
            if cutoff is not None:
                raise UserError(f"device {device_id} is already revoked (after its event {cutoff})",
                                vi=f"thiết bị {device_id} đã bị thu hồi (sau thay đổi số {cutoff} của nó)",
                                code="device_already_revoked")
            last = int(tx.scalar("SELECT coalesce(max(seq), 0) FROM events WHERE device_id = ?", (device_id,)))
            tx.emit("device.revoked", device_id, {"member": member_id, "last_seq": last})
            name = tx.scalar("SELECT name FROM members WHERE id = ?", (member_id,))
            return Revocation(str(name), {device_id: last})
        member_id, name = find_member(tx, target)
        if member_id == me.member_id:
            raise NotAllowed("you cannot revoke yourself", vi="bạn không thể tự thu hồi tư cách thành viên của mình",
                             code="cannot_revoke_yourself")
        if tx.scalar("SELECT revoked FROM members WHERE id = ?", (member_id,)):
            raise UserError(f"{name} is already revoked", vi=f"{name} đã bị thu hồi tư cách thành viên",
                            code="member_already_revoked")
        cutoffs = {
            str(d): int(tx.scalar("SELECT coalesce(max(seq), 0) FROM events WHERE device_id = ?", (d,)))
            for (d,) in tx.all("SELECT id FROM devices WHERE member_id = ? ORDER BY id", (member_id,))
        }
        tx.emit("member.revoked", member_id, {"devices": cutoffs})
        return Revocation(name, cutoffs)
