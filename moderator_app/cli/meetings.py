"""`meeting create/list/add-case/attend/finalize` and `decision record`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from moderator_app.domain.enums import Outcome
from moderator_app.domain.meetings import ATTENDANCE_LABELS, label
from moderator_app.services import meetings as svc
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection

from .cases import _enum_arg, _non_negative
from .common import Output


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    meeting = sub.add_parser("meeting", help="meetings: create, list, agenda, attendance, finalize")
    cmds = meeting.add_subparsers(dest="meeting_cmd", metavar="COMMAND", required=True)

    create = cmds.add_parser("create", help="create a meeting and print its id")
    create.add_argument("--title", required=True)
    create.add_argument("--date", type=iso_day, required=True, metavar="YYYY-MM-DD")
    create.add_argument("--place", default="", help="a room or an online link")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=cmd_create)

    ls = cmds.add_parser("list", help="every meeting, the latest first")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    add = cmds.add_parser("add-case", help="put a case on a meeting's agenda")
    add.add_argument("meeting", metavar="MEETING")
    add.add_argument("ref", metavar="REF")
    add.add_argument("--skip-reply-reason", default="", metavar="TEXT",
                     help="why the case goes on the agenda without the influencer's reply (the right of reply: "
                     "needed unless the case went through awaiting_reply or is urgent)")
    add.set_defaults(func=cmd_add_case)

    attend = cmds.add_parser("attend", help="record a member's attendance")
    attend.add_argument("meeting", metavar="MEETING")
    attend.add_argument("member", metavar="MEMBER", help="a member id, a member's name, or `me`")
    status = attend.add_mutually_exclusive_group(required=True)
    for code in ("present", "absent", "excused"):
        status.add_argument(f"--{code}", dest="status", action="store_const", const=code)
    attend.set_defaults(func=cmd_attend)

    fin = cmds.add_parser("finalize", help="close the meeting's record; its decisions become read-only")
    fin.add_argument("meeting", metavar="MEETING")
    fin.set_defaults(func=cmd_finalize)

    minutes = cmds.add_parser("minutes", help="the minutes (biên bản họp) as a PDF to sign: attendance, quorum, "
                                              "each item's votes and decision, follow-ups")
    minutes.add_argument("meeting", metavar="MEETING")
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    minutes.add_argument("--lang", dest="doc_lang", choices=("vi", "en"),
                         help="the minutes' language (default: the output language)")
    minutes.add_argument("--json", action="store_true")
    minutes.set_defaults(func=cmd_minutes)

    decision = sub.add_parser("decision", help="decisions taken in a meeting")
    dcmds = decision.add_subparsers(dest="decision_cmd", metavar="COMMAND", required=True)
    rec = dcmds.add_parser("record", help="record the decision on a case of a meeting's agenda")
    rec.add_argument("meeting", metavar="MEETING")
    rec.add_argument("ref", metavar="REF")
    rec.add_argument("--outcome", type=_enum_arg(Outcome), required=True, metavar="CODE")
    rec.add_argument("--rationale", required=True, metavar="TEXT")
    rec.add_argument("--for", dest="votes_for", type=_non_negative, metavar="N")
    rec.add_argument("--against", dest="votes_against", type=_non_negative, metavar="N")
    rec.add_argument("--abstain", dest="votes_abstain", type=_non_negative, metavar="N")
    rec.add_argument("--publish", action="store_true", help="the decision is published")
    rec.add_argument("--summary", default="", metavar="TEXT",
                     help="the public register's sentence about it (default: a neutral generated one)")
    rec.add_argument("--skip-reply-reason", default="", metavar="TEXT",
                     help="why the committee decides without the influencer's reply (needed unless the case went "
                     "through awaiting_reply, is urgent, the outcome is not_upheld or informally_resolved, or a "
                     "reason was given when it was put on the agenda)")
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(func=cmd_record)

    pub = dcmds.add_parser("publish", help="mark a decision published (or not) and set its public summary; "
                           "allowed after the meeting is finalized")
    pub.add_argument("decision", metavar="DECISION", help="the decision's id")
    pub.add_argument("--unpublish", action="store_true", help="take it out of the public register")
    pub.add_argument("--summary", metavar="TEXT", help="the public summary (an empty text: the generated one)")
    pub.add_argument("--json", action="store_true")
    pub.set_defaults(func=cmd_publish)

    app = dcmds.add_parser("appeal", help="lodge an appeal against a case's decision (within 21 days of it); "
                           "the case goes to appeal and onto the next meeting's agenda")
    app.add_argument("ref", metavar="REF")
    app.add_argument("--reason", required=True, metavar="TEXT", help="who appeals, and on what grounds")
    app.add_argument("--meeting", metavar="MEETING", help="the meeting to review it (default: the next open one)")
    app.add_argument("--json", action="store_true")
    app.set_defaults(func=cmd_appeal)


def _meeting_json(m: mq.MeetingRow) -> dict[str, Any]:
    return {
        "id": m.id, "title": m.title, "date": m.date, "place": m.place,
        "chair": m.chair_id, "chair_name": m.chair_name or None,
        "secretary": m.secretary_id, "secretary_name": m.secretary_name or None,
        "finalized": m.finalized, "agenda": m.agenda_count, "decisions": m.decision_count,
    }


def cmd_create(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    meeting_id = svc.create_meeting(ws, args.title, args.date, args.place)
    if args.json:
        out.json({"id": meeting_id})
    else:
        out.line(meeting_id)
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    with ws.db.read() as conn:
        rows = mq.list_meetings(raw_connection(conn))
    if args.json:
        out.json([_meeting_json(m) for m in rows])
        return 0
    for m in rows:
        state = out.t("đã chốt", "finalized") if m.finalized else out.t("đang mở", "open")
        out.line(f"{m.id}  {date.fromisoformat(m.date).strftime('%d/%m/%Y')}  {m.title[:40]:<40}  "
                 + out.t(f"{m.agenda_count} mục, {m.decision_count} quyết định",
                         f"{m.agenda_count} items, {m.decision_count} decisions") + f"  ({state})")
    out.line(out.t(f"{len(rows)} cuộc họp", f"{len(rows)} meetings"))
    return 0


def cmd_add_case(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    svc.add_to_agenda(ws, args.meeting, args.ref, skip_reply_reason=args.skip_reply_reason)
    out.line(out.t(f"Đã đưa {args.ref.upper()} vào chương trình họp", f"Added {args.ref.upper()} to the agenda"))
    return 0


def cmd_attend(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    member_id = svc.set_attendance(ws, args.meeting, args.member, args.status)
    meeting_id = _meeting_id(ws, args.meeting)
    quorum = svc.meeting_quorum(ws, meeting_id)
    with ws.db.read() as conn:
        name = raw_connection(conn).execute("SELECT name FROM members WHERE id = ?", (member_id,)).fetchone()[0]
    verdict = out.t("đủ túc số", "quorum met") if quorum.met else out.t("chưa đủ túc số", "no quorum yet")
    out.line(f"{name}: {label(ATTENDANCE_LABELS, args.status, out.lang)} · "
             + out.t(f"có mặt {quorum.present}/{quorum.voting}, cần {quorum.required}",
                     f"present {quorum.present}/{quorum.voting}, {quorum.required} needed") + f" · {verdict}")
    return 0


def _meeting_id(ws: Workspace, text: str) -> str:
    from moderator_app.services.exports import resolve_meeting

    return resolve_meeting(ws, text)


def cmd_finalize(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    svc.finalize(ws, args.meeting)
    out.line(out.t("Đã chốt biên bản cuộc họp; các quyết định chỉ còn sửa đổi được bằng quyết định sửa đổi",
                   "Meeting finalized; its decisions can now only be amended"))
    return 0


def cmd_minutes(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services.files import check_pdf_target
    from moderator_app.services.minutes import issue_minutes, minutes_document

    target = check_pdf_target(args.output)
    minutes = minutes_document(ws, args.meeting, args.doc_lang or out.lang)
    from moderator_app.ui.minutes_pdf import render_minutes_pdf  # Qt sets the PDF

    pdf, pages = render_minutes_pdf(minutes)
    issue_minutes(ws, minutes, pdf, target)
    number = minutes.meta.number_symbol()
    if args.json:
        out.json({"meeting": minutes.meeting_id, "path": str(target), "pages": pages, "finalized": minutes.finalized,
                  "number": number})
    else:
        draft = "" if minutes.finalized else out.t(" (dự thảo: cuộc họp chưa chốt biên bản)",
                                                   " (a draft: the meeting is not finalized)")
        out.line(out.t(f"Đã ghi biên bản {target} ({pages} trang){draft}",
                       f"Wrote the minutes {target} ({pages} page(s)){draft}"))
    return 0


def cmd_record(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    tallies = (args.votes_for, args.votes_against, args.votes_abstain)
    votes = None
    if any(v is not None for v in tallies):
        votes = {k: v or 0 for k, v in zip(("for", "against", "abstain"), tallies, strict=True)}
    decision_id = svc.record_decision(ws, args.meeting, args.ref, args.outcome, args.rationale, votes, args.publish,
                                      public_summary=args.summary, skip_reply_reason=args.skip_reply_reason)
    if args.json:
        out.json({"id": decision_id, "ref": args.ref.upper(), "outcome": args.outcome.value})
    else:
        out.line(out.t(f"Đã ghi quyết định {decision_id}: {args.outcome.label('vi')}",
                       f"Recorded decision {decision_id}: {args.outcome.label('en')}"))
    return 0


def cmd_appeal(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    result = svc.appeal(ws, args.ref, args.reason, args.meeting)
    if args.json:
        out.json({"decision": result.decision_id, "ref": result.ref, "meeting": result.meeting_id})
    elif result.meeting_id:
        out.line(out.t(f"Đã ghi nhận đề nghị phúc xét; {result.ref} được đưa vào chương trình họp {result.meeting_id}",
                       f"Appeal recorded; {result.ref} is on the agenda of meeting {result.meeting_id}"))
    else:
        out.line(out.t(f"Đã ghi nhận đề nghị phúc xét; {result.ref} chờ cuộc họp tiếp theo được tạo",
                       f"Appeal recorded; {result.ref} waits for the next meeting to be created"))
    return 0


def cmd_publish(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    decision_id = args.decision.strip().lower()
    changed = svc.update_decision(ws, decision_id, published=not args.unpublish, public_summary=args.summary)
    with ws.db.read() as conn:
        d = mq.get_decision(raw_connection(conn), decision_id)
    assert d is not None
    if args.json:
        out.json({"id": d.id, "ref": d.ref, "published": d.published, "public_summary": d.public_summary,
                  "changed": changed})
    elif d.published:
        out.line(out.t(f"Quyết định {d.id} ({d.ref}) được công bố", f"Decision {d.id} ({d.ref}) is published"))
    else:
        out.line(out.t(f"Quyết định {d.id} ({d.ref}) không công bố", f"Decision {d.id} ({d.ref}) is not published"))
    return 0
