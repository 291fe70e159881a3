"""`committee create|join|requests|approve|members|revoke`: the committee and its roster."""

from __future__ import annotations

import argparse
from pathlib import Path

from moderator_app.domain.enums import Role
from moderator_app.services import committee as roster
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .common import Output


def _role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    committee = sub.add_parser("committee", help="create or join a committee, manage its members").add_subparsers(
        dest="committee_cmd", metavar="COMMAND", required=True)

    create = committee.add_parser("create", help="the chair, once: create the committee in a shared folder")
    create.add_argument("--name", required=True, help="the committee's name")
    create.add_argument("--member-name", required=True, help="your name, as members will see it")
    create.add_argument("--folder", required=True, type=Path, help="the shared folder")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=cmd_create)

    join = committee.add_parser("join", help="ask to join the committee of a shared folder")
    join.add_argument("--folder", required=True, type=Path)
    join.add_argument("--member-name", required=True)
    join.add_argument("--json", action="store_true")
    join.set_defaults(func=cmd_join)

    requests = committee.add_parser("requests", help="the chair: pending join requests")
    requests.add_argument("--json", action="store_true")
    requests.set_defaults(func=cmd_requests)

    approve = committee.add_parser("approve", help="the chair: admit a device that asked to join")
    approve.add_argument("device", metavar="DEVICE")
    approve.add_argument("--role", required=True, type=_role, metavar="ROLE",
                         help="chair, secretary, reviewer, member or observer")
    approve.set_defaults(func=cmd_approve)

    members = committee.add_parser("members", help="the committee's members, roles and devices")
    members.add_argument("--json", action="store_true")
    members.set_defaults(func=cmd_members)

    revoke = committee.add_parser("revoke", help="the chair: refuse anything later from a member or device")
    revoke.add_argument("target", metavar="MEMBER_OR_DEVICE")
    revoke.set_defaults(func=cmd_revoke)

    profile = committee.add_parser(
        "profile", help="the committee's data for its documents: names, place, rules, platforms' addresses")
    profile.add_argument("--set", dest="values", action="append", default=[], metavar="KEY=VALUE",
                         help="change one item (text, or JSON for a pair or a map), e.g. --set place='Hà Nội'")
    profile.add_argument("--file", type=Path, metavar="FILE.json", help="change several items from a JSON object")
    profile.add_argument("--json", action="store_true")
    profile.set_defaults(func=cmd_profile)


def cmd_create(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.committee import create

    created = create(ws, args.name, args.member_name, args.folder)
    if args.json:
        out.json({"committee_id": created.committee_id, "fingerprint": created.fingerprint})
    else:
        out.line(out.t(f"Đã lập ban {args.name} (mã {created.committee_id}).",
                       f"Committee {args.name} created (id {created.committee_id})."))
        out.line(out.t(f"Dấu vân tay gốc: {created.fingerprint} — đọc cho thành viên đối chiếu khi tham gia.",
                       f"Root fingerprint: {created.fingerprint} — read it to members so they can compare it "
                       "when they join."))
    return 0


def cmd_join(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.committee import join

    joined = join(ws, args.folder, args.member_name)
    if args.json:
        out.json({"device_id": joined.device_id, "fingerprint": joined.fingerprint})
    else:
        out.line(out.t(f"Đã gửi yêu cầu tham gia ban {joined.committee_name} từ thiết bị {joined.device_id}.",
                       f"Join request sent to {joined.committee_name} from device {joined.device_id}."))
        out.line(out.t(f"Dấu vân tay gốc: {joined.fingerprint} — đối chiếu với trưởng ban qua điện thoại.",
                       f"Root fingerprint: {joined.fingerprint} — compare it with the chair's by phone."))
        out.line(out.t(f"Dấu vân tay khóa của bạn: {joined.key_fingerprint} — đọc cho trưởng ban trước khi duyệt.",
                       f"Your key fingerprint: {joined.key_fingerprint} — read it to the chair before approval."))
    return 0


def cmd_requests(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.committee import pending_requests

    requests = pending_requests(ws)
    if args.json:
        out.json([{"device_id": r.device_id, "name": r.name, "fingerprint": r.fingerprint} for r in requests])
        return 0
    if not requests:
        out.line(out.t("Không có yêu cầu tham gia nào đang chờ.", "No join requests are waiting."))
    for r in requests:
        out.line(f"{r.device_id}  {r.fingerprint}  {r.name}")
    return 0


def cmd_approve(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.committee import approve

    request = approve(ws, args.device, args.role)
    out.line(out.t(
        f"Đã nhận {request.name} ({request.device_id}) với vai trò {args.role.label('vi')}; "
        "lần đồng bộ tới sẽ gửi quyết định này.",
        f"Approved {request.name} ({request.device_id}) as {args.role.label('en')}; the next sync round "
        "publishes it.",
    ))
    return 0


def cmd_members(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services.sync import frozen_devices

    with ws.db.read() as conn:
        members = roster.members(raw_connection(conn))
        frozen = {f.device_id for f in frozen_devices(raw_connection(conn))}
    if args.json:
        out.json([
            {"id": m.id, "name": m.name, "role": m.role, "active": m.active, "revoked": m.revoked,
             "devices": [{"id": d.id, "fingerprint": d.fingerprint, "revoked_after_seq": d.revoked_after_seq}
                         for d in m.devices]}
            for m in members
        ])
        return 0
    for m in members:
        state = out.t("đã thu hồi", "revoked") if m.revoked else ("" if m.active else out.t("ngừng", "inactive"))
        out.line(f"{m.name}  {Role(m.role).label(out.lang)}  {m.id}  {state}".rstrip())
        for d in m.devices:
            cut = "" if d.revoked_after_seq is None else out.t(
                f"  thu hồi sau sự kiện {d.revoked_after_seq}", f"  revoked after event {d.revoked_after_seq}")
            fork = out.t("  ĐÓNG BĂNG: ký hai lịch sử khác nhau", "  FROZEN: signed two histories") \
                if d.id in frozen else ""
            out.line(f"    {d.id}  {d.fingerprint}{cut}{fork}")
    return 0


def cmd_revoke(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    revoked = roster.revoke(ws, args.target)
    for device, last in revoked.devices.items():
        out.line(out.t(
            f"Đã thu hồi thiết bị {device} của {revoked.member_name}: không nhận gì sau sự kiện {last}.",
            f"Revoked device {device} of {revoked.member_name}: nothing after its event {last} is accepted.",
        ))
    if not revoked.devices:
        out.line(out.t(f"Đã thu hồi {revoked.member_name}.", f"Revoked {revoked.member_name}."))
    return 0


def cmd_profile(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    """Show the document data; with --set or --file, change it first (chair or secretary)."""
    import json

    from moderator_app.domain.errors import UserError
    from moderator_app.services import documents

    values: dict[str, object] = {}
    if args.file is not None:
        try:
            loaded = json.loads(Path(args.file).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(f"cannot read {args.file} as a JSON object ({exc})",
                            vi=f"không đọc được {args.file} như một đối tượng JSON ({exc})",
                            code="profile_file_unreadable") from None
        if not isinstance(loaded, dict):
            raise UserError(f"{args.file} must hold a JSON object", vi=f"{args.file} phải chứa một đối tượng JSON",
                            code="profile_file_unreadable")
        values.update(loaded)
    for item in args.values:
        key, sep, raw = item.partition("=")
        if not sep:
            raise UserError(f"expected KEY=VALUE, not {item!r}", vi=f"cần dạng KHÓA=GIÁ_TRỊ, không phải {item!r}",
                            code="assignment_invalid")
        try:
            values[key.strip()] = json.loads(raw) if raw.strip()[:1] in ("[", "{") or raw in ("true", "false") \
                else raw
        except ValueError:
            values[key.strip()] = raw
    if values:
        documents.set_profile(ws, values)
    data = documents.profile_json(documents.profile(ws))
    if args.json:
        out.json(data)
    else:
        for key, value in data.items():
            shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
            out.line(f"{key}: {shown}")
    return 0
