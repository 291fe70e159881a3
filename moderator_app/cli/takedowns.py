"""`takedown request|answer|recheck|list`: takedown requests followed to the end (docs/takedowns.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from moderator_app.domain import takedowns as rules
from moderator_app.domain.clock import datetime_text, iso_utc
from moderator_app.domain.enums import Platform
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace

from .cases import _enum_arg
from .common import Output, when_arg


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1", "có", "co"):
        return True
    if value in ("no", "n", "false", "0", "không", "khong"):
        return False
    raise argparse.ArgumentTypeError(f"expected yes or no, not {text!r}")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("takedown", help="takedown requests to platforms: sent, answered, re-checked, chased")
    cmds = p.add_subparsers(dest="takedown_cmd", metavar="COMMAND", required=True)

    req = cmds.add_parser("request", help="record a takedown request sent to a platform about a case's content",
                          description="The deadline is 24 hours after sending when the case was urgent then, "
                                      "else 48. WHEN is ISO 8601 (2026-12-05T23:30+07:00 or 2026-12-05T16:30Z; "
                                      "without an offset, Vietnam's time); default now.")
    req.add_argument("ref", metavar="REF")
    req.add_argument("--platform", type=_enum_arg(Platform), required=True, metavar="P",
                     help=" ".join(Platform.codes()))
    req.add_argument("--url", dest="urls", action="append", default=[], metavar="URL",
                     help="the content's address (repeat for several; default: the case's reports on the platform)")
    req.add_argument("--via", type=_enum_arg(rules.Channel), metavar="email|form|letter",
                     help="how it was sent (default: letter when the case has a takedown letter to the platform, "
                          "else email)")
    req.add_argument("--at", type=when_arg, metavar="WHEN", help="when it was sent (default now)")
    req.add_argument("--json", action="store_true")
    req.set_defaults(func=cmd_request)

    ans = cmds.add_parser("answer", help="record the platform's answer to a request")
    ans.add_argument("takedown", metavar="TAKEDOWN", help="the request's id, or a unique beginning of it")
    ans.add_argument("--result", type=_enum_arg(rules.Result), required=True,
                     metavar="removed|refused|partial|none")
    ans.add_argument("--reason", default="", metavar="TEXT", help="the platform's reason (a refusal's, above all)")
    ans.add_argument("--at", type=when_arg, metavar="WHEN", help="when the answer came (default now)")
    ans.add_argument("--json", action="store_true")
    ans.set_defaults(func=cmd_answer)

    chk = cmds.add_parser("recheck", help="record that the content was looked at again: still up or not")
    chk.add_argument("takedown", metavar="TAKEDOWN", help="the request's id, or a unique beginning of it")
    chk.add_argument("--still-up", type=_yes_no, required=True, metavar="yes|no")
    chk.add_argument("--evidence", type=Path, metavar="FILE", help="a screenshot, attached to the case as evidence")
    chk.add_argument("--at", type=when_arg, metavar="WHEN", help="when the content was looked at (default now)")
    chk.add_argument("--json", action="store_true")
    chk.set_defaults(func=cmd_recheck)

    ls = cmds.add_parser("list", help="requests, the latest sent first, with their answers and re-checks")
    ls.add_argument("--overdue", action="store_true", help="only those past their deadline without an answer")
    ls.add_argument("--platform", type=_enum_arg(Platform), metavar="P")
    ls.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx|FILE.csv",
                    help="write the requests listed to a workbook (.xlsx) or a CSV file (.csv) instead of "
                         "printing them")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)


def takedown_json(v: service.TakedownView) -> dict[str, Any]:
    """One request as `takedown list --json` prints it (times UTC)."""
    return {
        "id": v.id,
        "case": v.ref,
        "platform": v.platform,
        "sent_at": iso_utc(v.sent_at),
        "due_at": iso_utc(v.due_at),
        "result": v.result,
        "answered_at": iso_utc(v.answered_at),
        "hours_to_answer": v.hours_to_answer,
        "rechecks": [{"at": iso_utc(r.at), "still_up": r.still_up, "evidence": r.evidence_id} for r in v.rechecks],
        "overdue": v.overdue,
        "urls": list(v.urls),
        "via": v.via,
        "urgent": v.urgent,
        "letter": v.letter_id,
        "reason": v.reason,
        "late": v.late,
        "recheck_due": v.recheck_due,
        "back_online": v.back_online,
        "conflict": v.conflicted,
        "asked_again_in": v.asked_again_in,
    }


def _hours(value: float, out: Output) -> str:
    shown = out.num(value, 0 if value == int(value) else 1)
    return out.t(f"{shown} giờ", f"{shown} h")


def _line(v: service.TakedownView, out: Output) -> str:
    platform = Platform(v.platform).label(out.lang)
    parts = [f"{v.id}  {v.ref}  {platform}",
             out.t(f"gửi {datetime_text(v.sent_at)}", f"sent {datetime_text(v.sent_at)}"),
             out.t(f"hạn {datetime_text(v.due_at)}", f"due {datetime_text(v.due_at)}"),
             rules.result_label(v.result, out.lang)]
    if v.answered_at is not None:
        when = datetime_text(v.answered_at)
        parts[-1] += out.t(f" lúc {when}", f" on {when}")
    if v.hours_to_answer is not None:
        parts[-1] += f" ({_hours(v.hours_to_answer, out)})"
    for flag, pair in ((v.overdue, rules.OVERDUE), (v.late, rules.LATE), (v.back_online, rules.BACK_ONLINE)):
        if flag:
            parts.append(rules.label(pair, out.lang).upper() if pair is rules.OVERDUE else rules.label(pair, out.lang))
    if v.recheck_due is not None:
        parts.append(out.t(f"cần kiểm tra lại ({v.recheck_due} ngày)", f"re-check due ({v.recheck_due} days)"))
    if v.asked_again_in is not None:
        parts.append(out.t(f"đã đề nghị lại ({v.asked_again_in})", f"asked again ({v.asked_again_in})"))
    if v.conflicted:
        parts.append(out.t("xung đột: trả lời lại để giải quyết", "conflict: answer again to settle it"))
    return "  ·  ".join(parts)


def _details(v: service.TakedownView, out: Output) -> None:
    out.line(_line(v, out))
    via = rules.Channel(v.via).label(out.lang)
    hours = rules.deadline_hours(v.urgent)
    out.line(out.t(f"  gửi qua: {via}; thời hạn {hours} giờ", f"  sent by: {via}; {hours}-hour deadline"))
    for url in v.urls:
        out.line(f"  {url}")
    if v.reason:
        out.line(out.t(f"  lý do: {v.reason}", f"  reason: {v.reason}"))
    for r in v.rechecks:
        seen = rules.found_label(r.still_up, out.lang)
        proof = out.t(f" (chứng cứ {r.evidence_id})", f" (evidence {r.evidence_id})") if r.evidence_id else ""
        out.line(out.t(f"  kiểm tra lại {datetime_text(r.at)}: {seen}{proof}",
                       f"  re-checked {datetime_text(r.at)}: {seen}{proof}"))


def _recorded(v: service.TakedownView, args: argparse.Namespace, out: Output, vi: str, en: str) -> int:
    """What a recording command prints: the request as JSON, or a line saying what was recorded and
    the request's details."""
    if args.json:
        out.json(takedown_json(v))
        return 0
    out.line(out.t(vi, en))
    _details(v, out)
    return 0


def cmd_request(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    v = service.request(ws, args.ref, args.platform, args.urls, args.via, args.at)
    return _recorded(v, args, out, f"Đã ghi đề nghị gỡ nội dung {v.id} cho hồ sơ {v.ref}",
                     f"Takedown request {v.id} recorded for case {v.ref}")


def cmd_answer(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    v = service.answer(ws, args.takedown, args.result, args.reason, args.at)
    return _recorded(v, args, out, f"Đã ghi kết quả xử lý của nền tảng cho đề nghị {v.id} (hồ sơ {v.ref})",
                     f"The platform's answer to request {v.id} recorded (case {v.ref})")


def cmd_recheck(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    v = service.recheck(ws, args.takedown, args.still_up, args.evidence, args.at, lang=out.lang)
    return _recorded(v, args, out, f"Đã ghi lần kiểm tra lại đề nghị {v.id} (hồ sơ {v.ref})",
                     f"Re-check of request {v.id} recorded (case {v.ref})")


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    views = service.list_takedowns(ws, overdue=args.overdue, platform=args.platform)
    if args.output is not None:
        return _write_list(ws, args, out, views)
    if args.json:
        out.json([takedown_json(v) for v in views])
        return 0
    if not views:
        out.line(out.t("Không có đề nghị gỡ nội dung nào.", "No takedown requests."))
    for v in views:
        out.line(_line(v, out))
    counts = service.counts(ws)
    out.line(out.t(
        f"Quá hạn: {counts.overdue} · Nội dung xuất hiện lại: {counts.back_online} · "
        f"Cần kiểm tra lại: {counts.rechecks_due}",
        f"Overdue: {counts.overdue} · Content back online: {counts.back_online} · "
        f"Re-checks due: {counts.rechecks_due}"))
    return 0


def _write_list(ws: Workspace, args: argparse.Namespace, out: Output, views: list[service.TakedownView]) -> int:
    """The requests listed, to the file ``-o`` names (a platform's overdue ones, to send it)."""
    from moderator_app.exports import takedowns as export  # openpyxl: loaded when a file is written

    platform = Platform(args.platform).value if args.platform is not None else None
    scope = export.scope_text(out.lang, platform, "overdue" if args.overdue else None)
    count = export.write_takedowns(views, args.output, out.lang, scope=scope, now_ms=ws.clock.wall())
    if args.json:
        out.json({"file": str(args.output), "requests": count})
        return 0
    plural = "" if count == 1 else "s"
    out.line(out.t(f"Đã xuất {args.output}: {count} đề nghị gỡ nội dung",
                   f"Wrote {args.output}: {count} request{plural}"))
    return 0
