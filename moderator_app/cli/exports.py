"""`export decisions`, `export register`, `export cases`: Excel workbooks; `export public`: the public register."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.services import exports
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .cases import _assignee_filter, _enum_arg
from .common import Output
from .meetings import iso_day


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser("export", help="Excel workbooks: a meeting's decisions, the register, the queue")
    cmds = export.add_subparsers(dest="export_cmd", metavar="COMMAND", required=True)

    dec = cmds.add_parser("decisions", help="a meeting's workbook: decisions, attendance, agenda, follow-ups")
    dec.add_argument("meeting", metavar="MEETING")
    dec.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx")
    dec.set_defaults(func=cmd_decisions)

    reg = cmds.add_parser("register", help="the credibility register")
    reg.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx")
    reg.add_argument("--as-of", type=iso_day, metavar="YYYY-MM-DD", help="decisions up to this day (default today)")
    reg.set_defaults(func=cmd_register)

    cases = cmds.add_parser("cases", help="the queue with the filters of `cases list`")
    cases.add_argument("--status", type=_enum_arg(Status), action="append", help="repeat for several")
    cases.add_argument("--category", type=_enum_arg(Category), action="append")
    cases.add_argument("--platform", type=_enum_arg(Platform), action="append")
    cases.add_argument("--priority", type=_enum_arg(Priority), action="append")
    cases.add_argument("--assignee", metavar="ID|me|none")
    cases.add_argument("--urgent", action="store_true", default=None, help="urgent cases only")
    cases.add_argument("--search", metavar="Q")
    cases.add_argument("--sort", choices=sorted(queries.SORTS), default="opened")
    cases.add_argument("--desc", action="store_true", help="descending order")
    cases.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", required=True)
    cases.set_defaults(func=cmd_cases)

    public = cmds.add_parser("public", help="the public register: an HTML page and CSV files of the published "
                             "decisions and the named non-compliant list")
    public.add_argument("-o", "--output", type=Path, required=True, metavar="DIR",
                        help="the folder to write index.html, decisions.csv and named-noncompliant.csv into")
    public.add_argument("--as-of", type=iso_day, metavar="YYYY-MM-DD", help="the register on this day (default today)")
    public.add_argument("--page-lang", choices=("vi", "en"), default="vi", help="the page's language (default vi)")
    public.add_argument("--contact", metavar="TEXT",
                        help="how the public reaches the committee (address, e-mail, telephone), printed on the page "
                        "and kept for later publications; \"\" removes it")
    public.add_argument("--platform-figures", choices=("yes", "no"),
                        help="show how each platform answered the takedown requests of the last 12 months (figures "
                        "only); kept for later publications (default: as last chosen, at first no)")
    public.add_argument("--json", action="store_true")
    public.set_defaults(func=cmd_public)


def cmd_decisions(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    meeting_id = exports.resolve_meeting(ws, args.meeting)
    if args.output is None:
        args.output = exports.decisions_file_name(ws, meeting_id, out.lang)
    path = exports.export_decisions(ws, meeting_id, args.output, out.lang)
    out.line(out.t(f"Đã xuất {path}", f"Wrote {path}"))
    return 0


def cmd_register(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services.meetings import _today

    as_of: date = args.as_of or _today()
    path = exports.export_register(ws, args.output or Path(f"register-{as_of.isoformat()}.xlsx"), out.lang, as_of)
    out.line(out.t(f"Đã xuất {path}", f"Wrote {path}"))
    return 0


def cmd_cases(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    with ws.db.read() as conn:
        assignee = _assignee_filter(ws, raw_connection(conn), args.assignee)
    flt = queries.CaseFilter(
        statuses=tuple(s.value for s in args.status or ()),
        categories=tuple(c.value for c in args.category or ()),
        platforms=tuple(p.value for p in args.platform or ()),
        priorities=tuple(p.level for p in args.priority or ()),
        assignee=assignee,
        urgent=args.urgent,
        search=args.search,
    )
    count = exports.export_cases(ws, flt, args.output, out.lang, args.sort, args.desc)
    out.line(out.t(f"Đã xuất {count} hồ sơ vào {args.output}", f"Wrote {count} cases to {args.output}"))
    return 0


def cmd_public(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services import public_register

    figures = None if args.platform_figures is None else args.platform_figures == "yes"
    pub = public_register.publish(ws, args.output, args.page_lang, args.as_of, args.contact, figures)
    if args.json:
        out.json({"id": pub.id, "folder": str(pub.folder), "as_of": pub.as_of.isoformat(), "decisions": pub.decisions,
                  "named": pub.named, "unpublished_named": pub.unpublished_named, "contact": pub.contact,
                  "platform_figures": pub.platform_figures, "files": pub.files})
        return 0
    out.line(out.t(f"Đã công bố sổ công khai vào {pub.folder}: {pub.decisions} quyết định, {pub.named} tên trong "
                   "danh sách không tuân thủ",
                   f"Published the public register in {pub.folder}: {pub.decisions} decisions, {pub.named} named "
                   "as non-compliant"))
    if pub.unpublished_named:
        out.line(out.t(f"Lưu ý: {pub.unpublished_named} quyết định công bố danh sách không tuân thủ trong 3 tháng qua "
                       "chưa được đánh dấu công bố nên không có trong danh sách",
                       f"Note: {pub.unpublished_named} decision(s) naming an influencer as non-compliant in the last "
                       "3 months are not marked published and are left off the list"))
    if not pub.contact:
        out.line(out.t("Lưu ý: trang chưa có thông tin liên hệ của Ban; hãy thêm bằng --contact \"địa chỉ, email, "
                       "điện thoại\" để người đọc biết gửi đề nghị phúc xét và phản ánh đến đâu",
                       "Note: the page has no contact line for the committee; add one with --contact \"address, "
                       "e-mail, telephone\" so readers know where to send an appeal or a report"))
    return 0
