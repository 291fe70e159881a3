"""`report add` (and, with the intake work, `reports import`); `report quarterly`, the activity workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

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

    quarterly = report.add_parser("quarterly", help="the quarterly activity report: the dashboard's figures as "
                                  "tables and Excel charts")
    quarterly.add_argument("--quarter", metavar="YYYYQN", help="e.g. 2026Q4 (default: the current quarter)")
    quarterly.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx",
                           help="default: quarterly-YYYYQN.xlsx in the current folder")
    quarterly.add_argument("--json", action="store_true", help="print the figures as JSON")
    quarterly.set_defaults(func=cmd_quarterly)


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


def cmd_quarterly(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.domain.clock import local_date
    from moderator_app.domain.statistics import quarter_of, quarter_period
    from moderator_app.services import statistics

    quarter = quarter_period(args.quarter)[0] if args.quarter else quarter_of(local_date(ws.clock.wall()))
    path = args.output or Path(f"quarterly-{quarter}.xlsx")
    stats = statistics.quarterly_report(ws, quarter, path, out.lang)
    if args.json:
        out.json({"quarter": quarter, "path": str(path), **statistics.figures_json(stats)})
    else:
        out.line(out.t(f"Đã xuất {path}: {stats.reports} phản ánh, {stats.cases} hồ sơ, {stats.decisions} quyết định",
                       f"Wrote {path}: {stats.reports} reports, {stats.cases} cases, {stats.decisions} decisions"))
    return 0
