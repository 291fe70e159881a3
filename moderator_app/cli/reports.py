"""`report add` (and, with the intake work, `reports import`)."""

from __future__ import annotations

import argparse

from moderator_app.domain.enums import Category, Platform, Source
from moderator_app.services import reports as report_service
from moderator_app.services.workspace import Workspace

from .cases import _enum_arg
from .common import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = sub.add_parser("report", help="file a report").add_subparsers(dest="report_cmd", metavar="COMMAND",
                                                                          required=True)
    add = report.add_parser("add", help="file a report: opens a case, or joins the open case with the "
                            "same influencer and URL")
    add.add_argument("--influencer", required=True, metavar="NAME")
    add.add_argument("--platform", required=True, type=_enum_arg(Platform))
    add.add_argument("--category", required=True, type=_enum_arg(Category))
    add.add_argument("--url", default="")
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument("--reporter", default="", metavar="TEXT", help="the reporter's contact (kept private)")
    add.add_argument("--source", type=_enum_arg(Source), default=Source.HOTLINE)
    add.add_argument("--handle", default="", help="the account handle, if not in the URL")
    add.add_argument("--urgent", action="store_true")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)


def cmd_add(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    filed = report_service.file_report(
        ws,
        report_service.ReportInput(
            influencer=args.influencer,
            platform=args.platform,
            category=args.category,
            url=args.url,
            description=args.description,
            reporter=args.reporter,
            source=args.source,
            handle=args.handle,
            urgent=args.urgent,
        ),
    )
    if args.json:
        out.json({"ref": filed.ref, "attached": filed.attached, "duplicate": filed.duplicate})
    elif filed.duplicate:
        out.line(out.t(f"Phản ánh này đã có trong hồ sơ {filed.ref}", f"This report is already in case {filed.ref}"))
    elif filed.attached:
        out.line(out.t(f"Đã thêm vào hồ sơ {filed.ref}", f"Attached to case {filed.ref}"))
    else:
        out.line(out.t(f"Đã mở hồ sơ {filed.ref}", f"Opened case {filed.ref}"))
    return 0
