"""`cases list`, `case show`, `case set`, `search`."""

from __future__ import annotations

import argparse
from typing import Any

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.domain.errors import NotFound, UserError, no_case
from moderator_app.services import cases as case_service
from moderator_app.services.history import describe
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .common import Output, case_detail_json, case_json, date_text


def _enum_arg(enum: type) -> Any:
    def parse(text: str) -> Any:
        try:
            return enum.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = enum.__name__.lower()
    return parse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cases = sub.add_parser("cases", help="list cases").add_subparsers(dest="cases_cmd", metavar="COMMAND",
                                                                      required=True)
    ls = cases.add_parser("list", help="the review queue, filtered and sorted")
    ls.add_argument("--status", type=_enum_arg(Status), action="append", help="repeat for several")
    ls.add_argument("--category", type=_enum_arg(Category), action="append")
    ls.add_argument("--platform", type=_enum_arg(Platform), action="append")
    ls.add_argument("--priority", type=_enum_arg(Priority), action="append")
    ls.add_argument("--assignee", metavar="ID|me|none")
    ls.add_argument("--urgent", action="store_true", default=None, help="urgent cases only")
    ls.add_argument("--search", metavar="Q")
    ls.add_argument("--sort", choices=sorted(queries.SORTS), default="opened")
    ls.add_argument("--desc", action="store_true", help="descending order")
    ls.add_argument("--limit", type=_non_negative, default=None, help="at most N cases (default: all)")
    ls.add_argument("--offset", type=_non_negative, default=0)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    case = sub.add_parser("case", help="one case").add_subparsers(dest="case_cmd", metavar="COMMAND", required=True)
    show = case.add_parser("show", help="a case with its reports, notes and history")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    st = case.add_parser("set", help="change a case (status, priority, urgency, assignee) or add a note")
    st.add_argument("ref")
    st.add_argument("--status", type=_enum_arg(Status))
    st.add_argument("--priority", type=_enum_arg(Priority))
    urgent = st.add_mutually_exclusive_group()
    urgent.add_argument("--urgent", dest="urgent", action="store_true", default=None)
    urgent.add_argument("--not-urgent", dest="urgent", action="store_false")
    st.add_argument("--assign", metavar="MEMBER|me|none")
    st.add_argument("--title")
    st.add_argument("--note", metavar="TEXT")
    st.add_argument("--reason", metavar="TEXT", help="why (needed to reject or close)")
    st.add_argument("--track", choices=["complaint_removal", "informal", "none"],
                    help="a countdown of its own: complaint_removal (a well-founded complaint, removal requested "
                         "within 48 hours), informal (an informal resolution, 28 days), none (the normal path)")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_set)

    search = sub.add_parser("search", help="find cases by any word, with or without diacritics")
    search.add_argument("query")
    search.add_argument("--limit", type=_non_negative, default=None, help="at most N cases (default: all)")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)


def _sql_limit(limit: int | None) -> int:
    """SQLite's LIMIT for ``--limit``: without it every matching case is listed (-1: no limit)."""
    return -1 if limit is None else limit


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _assignee_filter(ws: Workspace, raw: Any, text: str | None) -> str | None:
    if text is None:
        return None
    t = text.strip()
    if t.lower() == "none":
        return queries.UNASSIGNED
    if t.lower() == "me":
        return ws.identity.member_id
    row = raw.execute("SELECT id FROM members WHERE id = ?", (t,)).fetchone()
    if row is None:
        from moderator_app.domain.text import fold

        row = raw.execute("SELECT id FROM members WHERE name_key = ?", (fold(t),)).fetchone()
    if row is None:
        raise NotFound(f"no member {t!r}", vi=f"không có thành viên {t!r}", code="no_member")
    return str(row[0])


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        flt = queries.CaseFilter(
            statuses=tuple(s.value for s in args.status or ()),
            categories=tuple(c.value for c in args.category or ()),
            platforms=tuple(p.value for p in args.platform or ()),
            priorities=tuple(p.level for p in args.priority or ()),
            assignee=_assignee_filter(ws, raw, args.assignee),
            urgent=args.urgent,
            search=args.search,
        )
        rows = queries.list_cases(raw, flt, args.sort, args.desc, _sql_limit(args.limit), args.offset)
        total = queries.count_cases(raw, flt) if not args.json else 0
    if args.json:
        out.json([case_json(r) for r in rows])
        return 0
    print_table(out, rows)
    out.line(out.t(f"{len(rows)} / {total} hồ sơ", f"{len(rows)} of {total} cases"))
    return 0


def print_table(out: Output, rows: list[queries.CaseRow]) -> None:
    lang = out.lang
    for r in rows:
        urgent = "!" if r.urgent else " "
        priority = Priority.from_level(r.priority).label(lang)
        out.line(
            f"{r.ref:<13} {urgent} {Status(r.status).label(lang):<15} {priority:<11} "
            f"{date_text(r.opened_at):<10} {r.influencer[:24]:<24} {Platform(r.platform).label(lang):<9} "
            f"{Category(r.category).label(lang)[:34]:<34} {(r.assignee_name or '—')[:18]:<18} {r.reports}"
        )


def cmd_show(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_id = queries.find_case_id(raw, args.ref)
        if case_id is None:
            raise no_case(args.ref)
        detail = queries.case_detail(raw, case_id)
        assert detail is not None
        names = queries.member_names(raw)
        refs = {r[0]: r[1] for r in raw.execute(
            "SELECT id, ref FROM cases WHERE id IN (SELECT json_extract(payload, '$.into') FROM events "
            "WHERE case_id = ? AND type = 'case.merged') OR id = ?", (case_id, detail.case.merged_into))}
    if args.json:
        out.json(case_detail_json(detail, refs))
        return 0
    lang = out.lang
    c = detail.case
    t = out.t
    out.line(f"{c.ref}  {c.title}")
    out.line(f"  {t('Người có ảnh hưởng', 'Influencer')}: {c.influencer}  ·  {Platform(c.platform).label(lang)}")
    out.line(f"  {t('Loại vi phạm', 'Category')}: {Category(c.category).label(lang)}")
    out.line(f"  {t('Trạng thái', 'Status')}: {Status(c.status).label(lang)}  ·  "
             f"{t('Ưu tiên', 'Priority')}: {Priority.from_level(c.priority).label(lang)}"
             + (f"  ·  {t('KHẨN CẤP', 'URGENT')}" if c.urgent else ""))
    out.line(f"  {t('Người phụ trách', 'Assignee')}: {c.assignee_name or '—'}  ·  "
             f"{t('Mở ngày', 'Opened')}: {date_text(c.opened_at)}")
    if c.merged_into:
        out.line("  " + t(f"Đã gộp vào {refs.get(c.merged_into, c.merged_into)}",
                          f"Merged into {refs.get(c.merged_into, c.merged_into)}"))
    if detail.conflicts:
        out.line("  " + t("Xung đột cần xử lý: ", "Conflicts to resolve: ") + ", ".join(detail.conflicts))
    out.line()
    out.line(t(f"Phản ánh ({len(detail.reports)})", f"Reports ({len(detail.reports)})"))
    for r in detail.reports:
        out.line(f"  - {date_text(r.received_at)} {Category(r.category).label(lang)} {r.url}")
        if r.description:
            out.line(f"    {r.description}")
    if detail.notes:
        out.line(t("Ghi chú", "Notes"))
        for n in detail.notes:
            out.line(f"  - {date_text(n.created_at)} {n.author_name}: {n.body}")
    if detail.evidence:
        from moderator_app.domain.mime import describe as describe_type

        out.line(t(f"Chứng cứ ({len(detail.evidence)})", f"Evidence ({len(detail.evidence)})"))
        for e in detail.evidence:
            what = e.url if e.kind == "link" else f"{e.name} ({describe_type(e.mime, lang)})"
            out.line(f"  - {e.id}  {what}" + (f"  {e.note}" if e.note else ""))
    out.line(t("Lịch sử", "History"))
    for h in detail.history:
        from moderator_app.domain.clock import local_date

        when = local_date(h.at).strftime("%d/%m/%Y")
        out.line(f"  {when} {h.author_name}: {describe(h, lang, names, refs)}")
    return 0


def cmd_set(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    assignee: Any = case_service.UNSET if args.assign is None else args.assign
    changes = case_service.CaseChanges(
        status=args.status,
        priority=args.priority,
        urgent=args.urgent,
        assignee=assignee,
        title=args.title,
        note=args.note,
        reason=args.reason,
        track=case_service.UNSET if args.track is None else (None if args.track == "none" else args.track),
    )
    if changes == case_service.CaseChanges():
        raise UserError("nothing to change: give --status, --priority, --urgent, --track, --assign, --title or "
                        "--note",
                        vi="không có gì để thay đổi: hãy dùng --status, --priority, --urgent, --track, --assign, "
                           "--title hoặc --note",
                        code="nothing_to_change")
    changed = case_service.update_cases(ws, [args.ref], changes)
    if args.json:
        out.json({"ref": changed[0].ref if changed else _canonical_ref(ws, args.ref), "changed": bool(changed)})
    elif changed:
        out.line(out.t(f"Đã cập nhật {changed[0].ref}", f"Updated {changed[0].ref}"))
    else:
        out.line(out.t("Không có gì thay đổi", "Nothing changed"))
    return 0


def _canonical_ref(ws: Workspace, text: str) -> str:
    """The case's reference as it is stored, for a reference typed any way (``2026-oew9n``)."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_id = queries.find_case_id(raw, text)
        row = queries.get_case(raw, case_id) if case_id else None
    return row.ref if row is not None else text


def cmd_search(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    with ws.db.read() as conn:
        rows = queries.search_cases(raw_connection(conn), args.query, _sql_limit(args.limit))
    if args.json:
        out.json([case_json(r) for r in rows])
        return 0
    print_table(out, rows)
    out.line(out.t(f"{len(rows)} kết quả", f"{len(rows)} results"))
    return 0
