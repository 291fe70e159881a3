"""Creating and joining a committee through its shared folder, and the chair's join requests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.ids import new_entity_id
from moderator_app.services import committee as roster
from moderator_app.services import sync as settings
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .errors import FolderError
from .joins import JoinRequest, list_requests, write_request
from .layout import ROOT_FILE
from .root import folder_unreachable, make_root, read_root, write_root


@dataclass(frozen=True, slots=True)
class Created:
    committee_id: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Joined:
    device_id: str
    fingerprint: str  # the committee root's
    committee_name: str
    key_fingerprint: str  # this device's key, for the chair to compare before approving


def create(ws: Workspace, name: str, member_name: str, folder: Path) -> Created:
    """The chair, once: found the committee and write its signed root into the shared folder."""
    committee_name = " ".join(name.split())
    if not committee_name:
        raise UserError("the committee needs a name", vi="ban cần có tên", code="committee_name_missing")
    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise FolderError(f"{folder} is a file, not a folder", vi=f"{folder} là một tệp, không phải thư mục",
                          code="shared_folder_is_a_file")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise FolderError(f"the shared folder's parent {folder.parent} does not exist",
                              vi=f"thư mục chứa thư mục dùng chung ({folder.parent}) không tồn tại",
                              code="shared_folder_parent_missing")
        folder.mkdir()
    if (folder / ROOT_FILE).exists():
        raise FolderError(f"{folder} already holds a committee; join it with `committee join`, or choose an "
                          "empty folder",
                          vi=f"{folder} đã chứa một ban; hãy tham gia ban đó bằng `committee join`, hoặc chọn một "
                             "thư mục trống",
                          code="shared_folder_taken")
    roster.found_committee(ws, member_name)
    committee_id = new_entity_id()
    ident = ws.identity
    root = make_root(committee_id, committee_name, ident.member_id, ident.device_id, ident.public_key_b64,
                     ws.private_key())
    write_root(folder, root)
    settings.pin_committee(ws, committee_id, committee_name, root.fingerprint, ident.device_id, root.to_file(), folder)
    return Created(committee_id, root.fingerprint)


def join(ws: Workspace, folder: Path, member_name: str) -> Joined:
    """A new member: pin the folder's root and ask the chair to be admitted."""
    roster.check_can_join(ws)
    folder = folder.expanduser()
    root = read_root(folder)
    name = roster.prepare_join(ws, member_name)
    ident = ws.identity
    write_request(folder, root.committee_id, ident.device_id, ident.member_id, name, ident.public_key_b64,
                  ws.private_key())
    settings.pin_committee(ws, root.committee_id, root.name, root.fingerprint, root.chair_device, root.to_file(),
                           folder)
    return Joined(ident.device_id, root.fingerprint, root.name, ident.fingerprint)


def _folder(ws: Workspace) -> tuple[Path, str]:
    info = settings.committee(ws)
    if info is None:
        raise UserError("this workspace is not part of a committee; see `committee create` and `committee join`",
                        vi="không gian làm việc này chưa thuộc ban nào; xem `committee create` và `committee join`",
                        code="not_in_committee")
    if info.folder is None:
        raise FolderError("no shared folder is set for this workspace",
                          vi="chưa chọn thư mục dùng chung cho không gian làm việc này", code="no_shared_folder")
    return info.folder, info.committee_id


def pending_requests(ws: Workspace) -> list[JoinRequest]:
    """Join requests in the shared folder from devices not yet in the roster."""
    folder, committee_id = _folder(ws)
    if not folder.is_dir():
        raise folder_unreachable(folder)
    with ws.db.read() as conn:
        known = {r[0] for r in raw_connection(conn).execute("SELECT id FROM devices")}
    return [r for r in list_requests(folder, committee_id) if r.device_id not in known]


def approve(ws: Workspace, device: str, role: Role) -> JoinRequest:
    """The chair admits the device that asked to join (by device id, or a unique prefix of it)."""
    wanted = device.strip().lower()
    matches = [r for r in pending_requests(ws) if r.device_id.startswith(wanted)] if wanted else []
    if not matches:
        raise NotFound(f"no pending join request from device {device!r}; see `committee requests`",
                       vi=f"không có đề nghị tham gia nào đang chờ từ thiết bị {device!r}; xem `committee requests`",
                       code="no_join_request")
    if len(matches) > 1:
        raise UserError(f"{device!r} matches several devices; give more of the device id",
                        vi=f"{device!r} khớp với nhiều thiết bị; hãy gõ thêm ký tự của mã thiết bị",
                        code="ambiguous_device")
    request = matches[0]
    roster.approve(ws, request.device_id, request.member_id, request.name, request.public_key, role)
    return request
