"""`backup create|list|restore`: these work even when the database itself is damaged."""

from __future__ import annotations

import argparse

from moderator_app.services import backups
from moderator_app.store.paths import WorkspacePaths

from .common import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser("backup", help="database backups").add_subparsers(
        dest="backup_cmd", metavar="COMMAND", required=True
    )
    create = backup.add_parser("create", help="back up the database now")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=cmd_create, maintenance=True)
    ls = backup.add_parser("list", help="the backups, newest first")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list, maintenance=True)
    restore = backup.add_parser("restore", help="put a backup in place of the database (the current one is kept aside)")
    restore.add_argument("id")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(func=cmd_restore, maintenance=True)


def _info(b: backups.BackupInfo) -> dict[str, object]:
    return {"id": b.id, "created": b.created.strftime("%Y-%m-%dT%H:%M:%SZ"), "reason": b.reason, "size": b.size,
            "file": str(b.path)}


def cmd_create(paths: WorkspacePaths, args: argparse.Namespace, out: Output) -> int:
    info = backups.create_backup(paths, "manual")
    if args.json:
        out.json(_info(info))
    else:
        out.line(out.t(f"Đã sao lưu: {info.id}", f"Backed up: {info.id}"))
    return 0


def _reason(reason: str, out: Output) -> str:
    """Why a backup was made, in words (``--json`` keeps the code)."""
    words = {"daily": ("hằng ngày", "daily"), "manual": ("theo yêu cầu", "on request"),
             "pre-restore": ("trước khi khôi phục", "before a restore")}
    if reason.startswith("pre-migrate"):
        return out.t("trước khi cập nhật", "before an update")
    vi, en = words.get(reason, (reason, reason))
    return out.t(vi, en)


def cmd_list(paths: WorkspacePaths, args: argparse.Namespace, out: Output) -> int:
    found = backups.list_backups(paths)
    if args.json:
        out.json([_info(b) for b in found])
        return 0
    for b in found:
        out.line(f"{b.id:<40} {_reason(b.reason, out):<24} {out.num(b.size / 1_048_576, 1):>8} MB")
    if not found:
        out.line(out.t("Chưa có bản sao lưu nào", "No backups yet"))
    return 0


def cmd_restore(paths: WorkspacePaths, args: argparse.Namespace, out: Output) -> int:
    done = backups.restore_with_safety_copy(paths, args.id)
    aside = done.replaced_kept_at
    committee = backups.in_committee(paths.db)
    if args.json:
        out.json({"restored": args.id, "replaced_kept_at": str(aside) if aside else None,
                  "safety_backup": done.safety_copy.id if done.safety_copy else None, "sync_first": committee})
        return 0
    if aside is None:
        out.line(out.t(f"Đã khôi phục {args.id} (không có cơ sở dữ liệu nào để thay thế)",
                       f"Restored {args.id} (there was no database to replace)"))
    else:
        out.line(out.t(f"Đã khôi phục {args.id}; cơ sở dữ liệu cũ được giữ tại {aside}",
                       f"Restored {args.id}; the replaced database is kept at {aside}"))
    if committee:
        out.line(out.t(
            "Hãy chạy `moderator-app sync` trước khi thay đổi gì: lượt đồng bộ lấy lại những thay đổi của máy "
            "này đã đồng bộ sau thời điểm sao lưu.",
            "Run `moderator-app sync` before changing anything: the round takes back this computer's own "
            "changes that were synced after the backup was taken."))
    return 0
