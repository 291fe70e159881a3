"""`sync` (one round through the shared folder) and `package export|import` (a single file)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from moderator_app.services.workspace import Workspace

from .common import Output


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = sub.add_parser("sync", help="one sync round: publish this device's changes, apply the others'")
    sync.add_argument("--folder", type=Path, help="the shared folder (default: the one remembered)")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(func=cmd_sync)

    package = sub.add_parser("package", help="sync through a single file (USB stick, email)").add_subparsers(
        dest="package_cmd", metavar="COMMAND", required=True)
    export = package.add_parser("export", help="write the committee's bundles to one file")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only bundles with changes since this day")
    export.set_defaults(func=cmd_export)
    imp = package.add_parser("import", help="verify and apply a sync package")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)


def print_report(report, args: argparse.Namespace, out: Output) -> int:  # noqa: ANN001
    if args.json:
        out.json(report.to_json(out.lang))
        return 0 if report.ok else 1
    for name in report.written:
        out.line(out.t(f"Đã ghi {name}", f"Wrote {name}"))
    for a in report.applied:
        out.line(out.t(f"Đã áp dụng {a.file}: {out.num(a.events)} thay đổi",
                       f"Applied {a.file}: {out.num(a.events)} changes"))
    for p in report.rejected:
        out.line(out.t(f"Từ chối {p.file}: {p.text('vi')}", f"Rejected {p.file}: {p.reason}"))
    for p in report.pending:
        out.line(out.t(f"Đang chờ {p.file}: {p.reason}", f"Pending {p.file}: {p.reason}"))
    for p in report.skipped:
        out.line(out.t(f"Bỏ qua lần này {p.file}: {p.reason}", f"Skipped for now {p.file}: {p.reason}"))
    for p in report.skipped_events:
        out.line(out.t(f"Giữ trong lịch sử, không áp dụng ({p.file}): {p.reason}",
                       f"Kept in the history, not applied ({p.file}): {p.reason}"))
    if report.own_clock_ahead:
        vi, en = _span(report.own_clock_ahead)
        out.line(out.t(
            f"CẢNH BÁO — đồng hồ máy này chạy nhanh khoảng {vi} so với máy của thành viên khác: "
            "các thay đổi của bạn đang bị giữ lại. Hãy chỉnh lại ngày giờ của máy tính rồi đồng bộ lại.",
            f"WARNING — this computer's clock is about {en} ahead of other members': they are holding "
            "your changes. Set the computer's date and time right, then sync again."))
    for p in report.forks:
        out.line(out.t(f"CẢNH BÁO — thiết bị bị đóng băng: {p.text('vi')}", f"WARNING — device frozen: {p.reason}"))
    if report.conflicts:
        out.line(out.t(f"{len(report.conflicts)} xung đột đang chờ giải quyết:",
                       f"{len(report.conflicts)} conflict(s) waiting to be resolved:"))
        for c in report.conflicts:
            values = " / ".join(str(v) for v in c.values)
            if c.kind == "letter_number":  # two documents took one number of the register offline
                seq, series, year = c.id.split("/")
                number = f"{seq}/{series} ({year})"
                out.line(out.t(f"  số {number} được cấp cho nhiều văn bản: {values} — Thư ký cấp lại số bằng "
                               "`letters renumber LETTER`",
                               f"  number {number} taken by several documents: {values} — the secretary settles it "
                               "with `letters renumber LETTER`"))
                continue
            out.line(f"  {c.ref or c.id}  {c.field}: {values}")
    out.line(out.t(
        f"Xong: ghi {len(report.written)}, áp dụng {len(report.applied)} gói ({out.num(report.events_in)} thay đổi), "
        f"từ chối {len(report.rejected)}, chờ {len(report.pending)}.",
        f"Done: wrote {len(report.written)}, applied {len(report.applied)} bundle(s) "
        f"({out.num(report.events_in)} changes), "
        f"rejected {len(report.rejected)}, pending {len(report.pending)}.",
    ))
    return 0 if report.ok else 1


def _span(ms: int) -> tuple[str, str]:
    """A length of time as people say it (Vietnamese, English): hours, days or years."""
    hours = ms / 3_600_000
    if hours < 48:
        return f"{hours:.1f} giờ".replace(".", ","), f"{hours:.1f} hours"
    days = hours / 24
    if days < 730:
        return f"{days:.0f} ngày", f"{days:.0f} days"
    return f"{days / 365.25:.0f} năm", f"{days / 365.25:.0f} years"


def cmd_sync(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.round import run_round

    return print_report(run_round(ws, args.folder), args, out)


def cmd_export(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.package import export_package

    done = export_package(ws, args.output, args.since)
    out.line(out.t(
        f"Đã ghi {done.path}: {done.bundles} gói ({out.num(done.events)} thay đổi), {done.blobs} tệp chứng cứ.",
        f"Wrote {done.path}: {done.bundles} bundle(s) ({out.num(done.events)} changes), {done.blobs} evidence file(s).",
    ))
    return 0


def cmd_import(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.sync.package import import_package

    return print_report(import_package(ws, args.file), args, out)
