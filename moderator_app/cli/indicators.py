"""`indicators list|show|export|extract|add|remove|mark`: scam indicators linked across cases."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from moderator_app.domain.indicators import Kind
from moderator_app.services import indicators as service
from moderator_app.services.evidence_text import Ocr
from moderator_app.services.indicator_export import write_export
from moderator_app.services.workspace import Workspace

from .common import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("indicators", help="phone numbers, bank accounts, links, accounts and images seen across cases")
    cmds = p.add_subparsers(dest="indicators_cmd", metavar="COMMAND", required=True)
    kinds = Kind.codes()

    ls = cmds.add_parser("list", help="the most shared indicators first, or a case's own")
    ls.add_argument("--case", metavar="REF", help="only this case's indicators")
    ls.add_argument("--kind", choices=kinds)
    ls.add_argument("--min-cases", type=int, default=1, metavar="N", help="seen in at least N cases (default 1)")
    ls.add_argument("--contains", default="", metavar="TEXT", help="only indicators whose value holds TEXT")
    ls.add_argument("--all", action="store_true", help="include those marked not relevant")
    ls.add_argument("--limit", type=int, default=1000, metavar="N")
    _extraction_options(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    show = cmds.add_parser("show", help="one indicator, as typed (normalised first), with its cases")
    show.add_argument("value", metavar="VALUE")
    show.add_argument("--kind", choices=kinds, help="when the value could be read as more than one kind")
    _extraction_options(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    export = cmds.add_parser("export", help="write the indicators to share them (JSON, CSV or a STIX 2.1 bundle); "
                                            "nothing about reporters is written")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--format", choices=("json", "csv", "stix"), default=None,
                        help="default: from the file's extension, else json")
    export.add_argument("--min-cases", type=int, default=1, metavar="N")
    export.add_argument("--kind", choices=kinds)
    _extraction_options(export)
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)

    extract = cmds.add_parser("extract", help="read what is waiting: reports, evidence text (OCR when installed), "
                                              "images' fingerprints")
    extract.add_argument("--limit", type=int, metavar="N", help="at most N reports and evidence items")
    extract.add_argument("--no-ocr", action="store_true", help="do not read text in images")
    extract.add_argument("--json", action="store_true")
    extract.set_defaults(func=cmd_extract)

    add = cmds.add_parser("add", help="add an indicator to a case by hand")
    add.add_argument("ref", metavar="REF")
    add.add_argument("value", metavar="VALUE")
    add.add_argument("--kind", choices=kinds)
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)

    rm = cmds.add_parser("remove", help="take an indicator off a case (extraction will not bring it back)")
    rm.add_argument("ref", metavar="REF")
    rm.add_argument("value", metavar="VALUE")
    rm.add_argument("--kind", choices=kinds)
    rm.add_argument("--reason", default="", metavar="TEXT")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(func=cmd_remove)

    mark = cmds.add_parser("mark", help="mark an indicator not relevant (a hotline number), or relevant again")
    mark.add_argument("value", metavar="VALUE")
    mark.add_argument("--kind", choices=kinds)
    state = mark.add_mutually_exclusive_group(required=True)
    state.add_argument("--not-relevant", action="store_true")
    state.add_argument("--relevant", action="store_true")
    mark.add_argument("--reason", default="", metavar="TEXT")
    mark.add_argument("--json", action="store_true")
    mark.set_defaults(func=cmd_mark)


def _extraction_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-extract", action="store_true",
                   help="do not first read the reports and evidence still waiting for extraction")


def catch_up(ws: Workspace, args: argparse.Namespace, out: Output, ocr: bool = True) -> service.ExtractionRun | None:
    """Extract what is waiting before answering, with a count on the terminal when it takes a while."""
    if getattr(args, "no_extract", False) or service.pending_count(ws) == 0:
        return None

    def progress(done: int, total: int) -> None:
        if out.stderr.isatty() and total >= 200:
            out.stderr.write("\r" + out.t(f"Đang trích xuất chỉ dấu: {done:,}/{total:,}",
                                          f"Extracting indicators: {done:,}/{total:,}"))
            out.stderr.flush()

    run = service.extract_pending(ws, ocr="find" if ocr else None, progress=progress)
    if out.stderr.isatty() and run.reports + run.evidence >= 200:
        out.stderr.write("\n")
    return run


def _summary_line(s: service.IndicatorSummary, out: Output) -> str:
    kind = Kind(s.row.kind).label(out.lang)
    mark = out.t(" (không liên quan)", " (not relevant)") if not s.row.relevant else ""
    cases = out.t(f"{s.row.case_count} hồ sơ", f"{s.row.case_count} case(s)")
    who = out.t(f"{len(s.influencers)} người có ảnh hưởng", f"{len(s.influencers)} influencer(s)")
    return f"{kind}: {s.row.display or s.row.value}{mark} — {cases}, {who}"


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    catch_up(ws, args, out)
    found = service.list_indicators(ws, case_ref=args.case, kind=args.kind, min_cases=args.min_cases,
                                    contains=args.contains, include_not_relevant=args.all, limit=args.limit)
    if args.json:
        out.json([s.as_json() for s in found])
        return 0
    if not found:
        out.line(out.t("Không có chỉ dấu nào.", "No indicators."))
        return 0
    for s in found:
        out.line(_summary_line(s, out))
        if s.cases:
            out.line("    " + ", ".join(c.ref for c in s.cases[:12]) + (" …" if len(s.cases) > 12 else ""))
    return 0


def cmd_show(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    catch_up(ws, args, out)
    s = service.show(ws, args.value, args.kind)
    if args.json:
        out.json(s.as_json())
        return 0
    out.line(_summary_line(s, out))
    if s.row.marked_reason:
        out.line(out.t(f"  Lý do: {s.row.marked_reason}", f"  Reason: {s.row.marked_reason}"))
    for c in s.cases:
        out.line(f"  {c.ref}  {c.influencer_name}  {c.title}")
    return 0


def cmd_export(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    catch_up(ws, args, out)
    fmt = args.format or {".csv": "csv", ".stix": "stix"}.get(args.output.suffix.lower(), "json")
    if args.format is None and args.output.name.lower().endswith(".stix.json"):
        fmt = "stix"
    count = write_export(ws, args.output, fmt, min_cases=args.min_cases, kind=args.kind)
    if args.json:
        out.json({"file": str(args.output), "format": fmt, "indicators": count})
        return 0
    out.line(out.t(f"Đã ghi {count} chỉ dấu vào {args.output}", f"Wrote {count} indicator(s) to {args.output}"))
    return 0


def _run_json(run: service.ExtractionRun) -> dict[str, Any]:
    return {"reports": run.reports, "evidence": run.evidence, "found": run.found, "failed": run.failed,
            "remaining": run.remaining,
            "failures": [{"evidence": e, "reason": r} for e, r in run.failures]}


def cmd_extract(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    ocr = None if args.no_ocr else Ocr.find()
    run = service.extract_pending(ws, ocr=ocr, limit=args.limit)
    if args.json:
        out.json({**_run_json(run), "ocr": ocr is not None})
        return 0
    out.line(out.t(f"Đã đọc {run.reports} phản ánh và {run.evidence} chứng cứ: {run.found} chỉ dấu",
                   f"Read {run.reports} report(s) and {run.evidence} evidence item(s): {run.found} indicator(s)"))
    for evidence_id, reason in run.failures:
        out.line(out.t(f"  {evidence_id}: không trích xuất được văn bản ({reason})",
                       f"  {evidence_id}: text not extracted ({reason})"))
    if ocr is None and not args.no_ocr:
        status = Ocr.status()
        out.line(out.t(f"{status.reason_vi} {status.how_to_vi}", f"{status.reason_en} {status.how_to_en}"))
    if run.remaining:
        out.line(out.t(f"Còn {run.remaining} mục chờ trích xuất.", f"{run.remaining} item(s) still waiting."))
    return 0


def cmd_add(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    found = service.add_indicator(ws, args.ref, args.value, args.kind, args.note)
    if args.json:
        out.json({"kind": found.kind, "value": found.value, "display": found.display})
        return 0
    out.line(out.t(f"Đã thêm {Kind(found.kind).label('vi').lower()} {found.display} vào hồ sơ",
                   f"Added {Kind(found.kind).label('en').lower()} {found.display} to the case"))
    return 0


def cmd_remove(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    found = service.remove_indicator(ws, args.ref, args.value, args.kind, args.reason)
    if args.json:
        out.json({"kind": found.kind, "value": found.value, "removed": True})
        return 0
    out.line(out.t(f"Đã gỡ {found.display} khỏi hồ sơ", f"Took {found.display} off the case"))
    return 0


def cmd_mark(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    found = service.mark_indicator(ws, args.value, relevant=args.relevant, kind=args.kind, reason=args.reason)
    if args.json:
        out.json({"kind": found.kind, "value": found.value, "relevant": bool(args.relevant)})
        return 0
    if args.relevant:
        out.line(out.t(f"{found.display} được coi là liên quan trở lại", f"{found.display} is relevant again"))
    else:
        out.line(out.t(f"{found.display} được đánh dấu không liên quan", f"{found.display} marked not relevant"))
    return 0


