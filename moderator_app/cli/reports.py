"""`report add`, `report quarterly` (the activity workbook) and `reports import`."""

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
    quarterly.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx|FILE.pdf",
                           help="the workbook (.xlsx) or the report to send (.pdf, the administrative layout); "
                                "default: quarterly-YYYYQN.xlsx in the current folder")
    quarterly.add_argument("--json", action="store_true", help="print the figures as JSON")
    quarterly.set_defaults(func=cmd_quarterly)

    reports = sub.add_parser("reports", help="reports in bulk").add_subparsers(
        dest="reports_cmd", metavar="COMMAND", required=True
    )
    imp = reports.add_parser(
        "import",
        help="import reports from a hotline spreadsheet (.xlsx or .csv); every row is imported, attached "
        "to an open case, skipped as a duplicate, or rejected with its reason",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--errors", type=Path, metavar="OUT.csv",
                     help="write the rejected rows, with their row number and reason, to this file (.csv or .xlsx)")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen and write nothing")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)


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
    if path.suffix.lower() == ".pdf":
        from moderator_app.domain.statistics import quarter_period as period_of
        from moderator_app.services.files import check_pdf_target

        check_pdf_target(path)
        stats = statistics.compute(ws, period_of(quarter)[1])
        from moderator_app.ui.statistics.report_pdf import render_quarterly_pdf  # Qt draws charts and pages

        statistics.save_report_pdf(ws, render_quarterly_pdf(ws, stats, quarter, out.lang), path)
    else:
        stats = statistics.quarterly_report(ws, quarter, path, out.lang)
    if args.json:
        out.json({"quarter": quarter, "path": str(path), **statistics.figures_json(stats)})
    else:
        out.line(out.t(f"Đã xuất {path}: {stats.reports} phản ánh, {stats.cases} hồ sơ, {stats.decisions} quyết định",
                       f"Wrote {path}: {stats.reports} reports, {stats.cases} cases, {stats.decisions} decisions"))
    return 0


def cmd_import(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    """Exit 0 when every row was imported, attached or a duplicate; 1 when some were rejected."""
    from moderator_app.services import intake
    from moderator_app.services.files import check_table_target

    if args.errors is not None:
        check_table_target(args.errors)  # before importing: a bad --errors exits 2 with nothing written
    sheet, layout, plans = intake.analyse_file(args.file)  # an unreadable file is refused in both languages
    if args.errors is not None:
        # Written first: a disk that cannot take it stops the import before anything is stored.
        intake.write_errors(args.errors, sheet, layout, plans, out.lang)
    result = intake.run_import(ws, plans, dry_run=args.dry_run)
    if args.json:
        out.json(result.summary_json(out.lang))
    else:
        counts = (
            result.count(intake.Fate.IMPORTED),
            result.count(intake.Fate.ATTACHED),
            result.count(intake.Fate.DUPLICATE),
            len(result.rejected),
        )
        if args.dry_run:
            out.line(out.t("Chạy thử: chưa ghi gì.", "Dry run: nothing was written."))
        if sheet.worksheet:
            out.line(out.t("Đã đọc trang tính '{0}'.", "Read the worksheet '{0}'.").format(sheet.worksheet))
        out.line(out.t(
            "{0} dòng: {1} hồ sơ mới, {2} thêm vào hồ sơ đang mở, {3} trùng (đã có), {4} bị từ chối",
            "{0} rows: {1} new cases, {2} attached to open cases, {3} duplicates (already stored), {4} rejected",
        ).format(len(result.rows), *counts))
        for row in result.rejected:
            out.line(out.t("  dòng {0}: {1}", "  row {0}: {1}").format(row.number, row.reason(out.lang)))
        if args.errors is not None and result.rejected:
            out.line(out.t("Các dòng bị từ chối đã lưu vào {0}", "Rejected rows saved to {0}").format(args.errors))
    return 1 if result.rejected else 0
