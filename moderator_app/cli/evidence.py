"""`evidence add|link|list|remove|export|annotate`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from moderator_app.domain import mime
from moderator_app.domain.annotations import MarkKind
from moderator_app.domain.errors import UserError, no_case
from moderator_app.services import annotations as annotation_service
from moderator_app.services import evidence as evidence_service
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries, queries
from moderator_app.store.database import raw_connection
from moderator_app.store.paths import WorkspacePaths

from .common import Output, annotation_json, date_text, evidence_json, when_arg


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    evidence = sub.add_parser("evidence", help="attach, list, export and annotate a case's evidence").add_subparsers(
        dest="evidence_cmd", metavar="COMMAND", required=True)

    add = evidence.add_parser("add", help="attach files to a case (copied into the evidence store)")
    add.add_argument("ref")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--source-url", default="", metavar="URL", help="where the files were found")
    add.add_argument("--captured-at", type=when_arg, metavar="WHEN", help="when they were captured (ISO 8601)")
    add.add_argument("--report", metavar="ID", help="the report of the case they belong to")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)

    link = evidence.add_parser("link", help="keep a link as evidence (nothing is downloaded)")
    link.add_argument("ref")
    link.add_argument("url")
    link.add_argument("--description", default="", metavar="TEXT")
    link.add_argument("--captured-at", type=when_arg, metavar="WHEN")
    link.add_argument("--report", metavar="ID")
    link.add_argument("--json", action="store_true")
    link.set_defaults(func=cmd_link)

    ls = evidence.add_parser("list", help="a case's evidence with its annotations")
    ls.add_argument("ref")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    rm = evidence.add_parser("remove", help="remove an item from its case (its bytes are kept)")
    rm.add_argument("id", metavar="EVIDENCE")
    rm.add_argument("--reason", default="", metavar="TEXT")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(func=cmd_remove)

    export = evidence.add_parser("export", help="write an evidence pack (zip with a manifest) for a case")
    export.add_argument("ref")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)

    check = evidence.add_parser("check-pack", help="check an evidence pack's signature and every file's hash")
    check.add_argument("file", type=Path, metavar="FILE.zip")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check_pack, maintenance=True)  # a recipient may have no workspace

    text = evidence.add_parser("text", help="the text found in an item (text layer, page text or OCR) and the "
                                            "indicators it holds")
    text.add_argument("id", metavar="EVIDENCE")
    text.add_argument("--no-ocr", action="store_true", help="do not read text in a picture now")
    text.add_argument("--json", action="store_true")
    text.set_defaults(func=cmd_text)

    render = evidence.add_parser("render", help="write a picture or PDF page with its marks drawn in, as PNG "
                                                "(the picture the viewer's Export annotated picture saves)")
    render.add_argument("id", metavar="EVIDENCE")
    render.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    render.add_argument("--page", type=int, default=1, metavar="N", help="a PDF's page, from 1 (default 1)")
    render.add_argument("--json", action="store_true")
    render.set_defaults(func=cmd_render)

    annotate = evidence.add_parser("annotate", help="mark a region, text span or moment of an evidence file")
    annotate.add_argument("id", metavar="EVIDENCE")
    annotate.add_argument("--kind", required=True, choices=[k.value for k in MarkKind])
    annotate.add_argument("--at", required=True, metavar="JSON",
                          help='the position, e.g. \'{"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1}\' (docs/evidence.md)')
    annotate.add_argument("--label", default="")
    annotate.add_argument("--comment", default="")
    annotate.add_argument("--json", action="store_true")
    annotate.set_defaults(func=cmd_annotate)


def cmd_add(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    attached = evidence_service.add_files(
        ws, args.ref, args.files, note=args.note, source_url=args.source_url, captured_at=args.captured_at,
        report_id=args.report,
    )
    if args.json:
        out.json({
            "ref": attached.ref,
            "evidence": [
                {"id": i.id, "name": i.name, "sha256": i.sha256, "size": i.size, "mime": i.mime,
                 "claimed_mime": i.claimed_mime, "duplicate": i.duplicate}
                for i in attached.items
            ],
        })
        return 0
    new = [i for i in attached.items if not i.duplicate]
    out.line(out.t(f"Đã đính kèm {len(new)} tệp vào hồ sơ {attached.ref}",
                   f"Attached {len(new)} file(s) to case {attached.ref}"))
    for i in attached.items:
        kind = mime.describe(i.mime, out.lang)
        line = f"  {i.id}  {i.name}  ({kind}, {evidence_service.size_text(i.size)})  SHA-256 {i.sha256[:16]}…"
        if i.duplicate:
            line += out.t("  — đã có trong hồ sơ, không thêm lại", "  — already in the case, not added again")
        out.line(line)
        if i.claimed_mime:
            claimed = mime.describe(i.claimed_mime, out.lang)
            out.line(out.t(f"    ! tên tệp ghi là {claimed} nhưng nội dung là {kind}: lưu là {kind}",
                           f"    ! the name says {claimed} but the content is {kind}: stored as {kind}"))
    return 0


def cmd_link(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    ref, evidence_id = evidence_service.add_link(ws, args.ref, args.url, description=args.description,
                                                 captured_at=args.captured_at, report_id=args.report)
    if args.json:
        out.json({"ref": ref, "id": evidence_id})
    else:
        out.line(out.t(f"Đã thêm liên kết vào hồ sơ {ref} ({evidence_id})",
                       f"Link added to case {ref} ({evidence_id})"))
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_id = queries.find_case_id(raw, args.ref)
        if case_id is None:
            raise no_case(args.ref)
        rows = evidence_queries.case_evidence(raw, case_id)
        marks = {r.id: evidence_queries.evidence_annotations(raw, r.id) for r in rows}
    if args.json:
        out.json([{**evidence_json(r), "annotations": [annotation_json(a) for a in marks[r.id]]} for r in rows])
        return 0
    if not rows:
        out.line(out.t("Hồ sơ chưa có chứng cứ", "The case has no evidence yet"))
    for r in rows:
        if r.kind == "link":
            out.line(f"{r.id}  {out.t('liên kết', 'link')}  {r.url}  {r.note}")
        else:
            flag = out.t("  (tên tệp sai loại)", "  (name and content disagree)") if r.claimed_mime else ""
            out.line(f"{r.id}  {r.name}  {mime.describe(r.mime, out.lang)}  "
                     f"{evidence_service.size_text(r.size or 0)}  {date_text(r.added_at)}  {r.added_by_name}{flag}")
        for a in marks[r.id]:
            out.line(f"    - {a.kind} {json.dumps(a.geometry, ensure_ascii=False)} {a.label}"
                     + (f": {a.comment}" if a.comment else ""))
    return 0


def cmd_remove(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    item = evidence_service.remove_evidence(ws, args.id, args.reason)
    if args.json:
        out.json({"ref": item.case_ref, "id": item.row.id, "removed": True})
    else:
        out.line(out.t(f"Đã gỡ {item.row.name or item.row.url} khỏi hồ sơ {item.case_ref} (tệp vẫn được lưu giữ)",
                       f"Removed {item.row.name or item.row.url} from case {item.case_ref} (its bytes are kept)"))
    return 0


def cmd_export(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services.evidence_pack import export_pack

    summary = export_pack(ws, args.ref, args.output)
    if args.json:
        out.json({"ref": summary.ref, "path": str(summary.path), "files": summary.files, "links": summary.links,
                  "bytes": summary.bytes})
    else:
        out.line(out.t(
            f"Đã ghi gói chứng cứ của hồ sơ {summary.ref}: {summary.path} ({summary.files} tệp, "
            f"{summary.links} liên kết, {evidence_service.size_text(summary.bytes)})",
            f"Wrote the evidence pack of case {summary.ref}: {summary.path} ({summary.files} file(s), "
            f"{summary.links} link(s), {evidence_service.size_text(summary.bytes)})",
        ))
    return 0


def cmd_check_pack(paths: WorkspacePaths, args: argparse.Namespace, out: Output) -> int:
    """Exit 0 when the signature and every file hold, 1 naming what fails (2: not a pack at all)."""
    from moderator_app.services.pack_check import check_pack

    roster = paths.db if paths.db.is_file() and paths.db.stat().st_size > 0 else None
    result = check_pack(args.file, roster)
    if args.json:
        out.json(result.to_json())
        return 0 if result.ok else 1
    if result.signed:
        who = result.signer_name or result.signer_device
        committee = f" — {result.committee}" if result.committee else ""
        out.line(out.t(f"Chữ ký: hợp lệ, của {who} (thiết bị {result.signer_device}{committee})",
                       f"Signature: valid, by {who} (device {result.signer_device}{committee})"))
        out.line(out.t(f"Dấu vân tay của khóa: {result.fingerprint} — hãy so với dấu vân tay Ban đã cung cấp",
                       f"Key fingerprint: {result.fingerprint} — compare it with the one the committee gave you"))
        if result.roster == "matches":
            out.line(out.t("Khóa khớp với danh sách thành viên của Ban trong không gian làm việc này.",
                           "The key matches this workspace's committee roster."))
    out.line(out.t(f"Đã kiểm tra {result.files_checked} tệp của hồ sơ {result.case_ref}.",
                   f"Checked {result.files_checked} file(s) of case {result.case_ref}."))
    for en, vi in zip(result.problems, result.problems_vi, strict=True):
        out.line(out.t(f"LỖI: {vi}", f"PROBLEM: {en}"))
    out.line(out.t("Gói chứng cứ nguyên vẹn." if result.ok else "Gói chứng cứ KHÔNG nguyên vẹn.",
                   "The evidence pack is intact." if result.ok else "The evidence pack is NOT intact."))
    return 0 if result.ok else 1


def cmd_render(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services.files import check_typed_target

    target = check_typed_target(args.output, ".png")  # before any work: a bad path changes nothing
    from moderator_app.ui.evidence.marked_export import marked_picture, write_png  # Qt draws the marks

    image = marked_picture(ws, args.id, args.page)
    write_png(image, target)
    if args.json:
        out.json({"evidence": args.id, "path": str(target), "width": image.width(), "height": image.height(),
                  "page": args.page})
    else:
        out.line(out.t(f"Đã ghi {target} ({image.width()} × {image.height()} điểm ảnh)",
                       f"Wrote {target} ({image.width()} × {image.height()} pixels)"))
    return 0


def cmd_annotate(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    try:
        geometry = json.loads(args.at)
    except json.JSONDecodeError as exc:
        raise UserError(f"--at is not valid JSON ({exc.msg})", vi=f"--at không phải JSON hợp lệ ({exc.msg})",
                        code="annotation_position_not_json") from None
    annotation_id = annotation_service.add_annotation(ws, args.id, args.kind, geometry, args.label, args.comment)
    if args.json:
        with ws.db.read() as conn:
            found = evidence_queries.get_annotation(raw_connection(conn), annotation_id)
        assert found is not None
        out.json(annotation_json(found[0]))
    else:
        out.line(out.t(f"Đã thêm chú thích {annotation_id}", f"Annotation {annotation_id} added"))
    return 0



def cmd_text(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.domain.indicators import Kind
    from moderator_app.services.indicators import text_of_evidence

    found = text_of_evidence(ws, args.id, ocr=None if args.no_ocr else "find")
    reason = found.reason_en if out.lang == "en" else found.reason_vi
    if args.json:
        out.json({"evidence": found.evidence_id, "name": found.name, "status": found.status, "method": found.method,
                  "engine": found.engine, "reason": reason, "text": found.text,
                  "indicators": [{"kind": c.indicator.kind, "value": c.indicator.value,
                                  "display": c.indicator.display, "other_cases": c.other_cases}
                                 for c in found.indicators]})
        return 0
    head = {
        "done": out.t("Văn bản", "Text"),
        "failed": out.t("Không trích xuất được văn bản", "Text not extracted"),
        "no_ocr": out.t("Chưa đọc chữ trong ảnh", "The words in the picture were not read"),
        "none": out.t("Không có văn bản để trích xuất", "No text to extract"),
        "link": out.t("Liên kết: không có tệp để đọc", "A link: no file to read"),
    }.get(found.status, found.status)
    out.line(f"{found.name} — {head}" + (f" ({found.engine})" if found.engine else "") + (f": {reason}" if reason
                                                                                          else ""))
    if found.text:
        out.line()
        out.line(found.text.rstrip())
    if found.indicators:
        out.line()
        out.line(out.t("Chỉ dấu:", "Indicators:"))
        for c in found.indicators:
            seen = out.t(f" — có trong {c.other_cases} hồ sơ khác", f" — seen in {c.other_cases} other case(s)") \
                if c.other_cases else ""
            out.line(f"  {Kind(c.indicator.kind).label(out.lang)}: {c.indicator.display or c.indicator.value}{seen}")
    return 0
