"""`privacy erase`, `privacy retention`, `privacy rules`: reporters' personal data erased on request,
removed when the committee's retention rules say, and those rules."""

from __future__ import annotations

import argparse
from typing import Any

from moderator_app.domain.clock import iso_utc, local_date
from moderator_app.domain.errors import UserError
from moderator_app.services import encryption, privacy
from moderator_app.services.workspace import Workspace
from moderator_app.store.paths import WorkspacePaths

from .common import Output
from .key import ask_new_passphrase, prompt_passphrase


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("privacy", help="reporters' personal data: erasure on request, retention rules")
    cmds = p.add_subparsers(dest="privacy_cmd", metavar="COMMAND", required=True)
    erase = cmds.add_parser("erase", help="erase a reporter's name and contact (and letters to them) on every member; "
                                          "chair or secretary")
    erase.add_argument("--reporter", required=True, metavar="TEXT",
                       help="the reporter's name or contact, as stored (diacritics and case do not matter)")
    erase.add_argument("--reason", required=True, metavar="TEXT", help="why (the request and its date); kept in the "
                                                                       "history")
    erase.add_argument("--dry-run", action="store_true", help="list what would be erased; change nothing")
    erase.add_argument("--json", action="store_true")
    erase.set_defaults(func=cmd_erase)
    retention = cmds.add_parser("retention", help="what the retention rules remove now; --apply removes it (chair)")
    retention.add_argument("--apply", action="store_true", help="remove it now, on every member")
    retention.add_argument("--json", action="store_true")
    retention.set_defaults(func=cmd_retention)
    rules = cmds.add_parser("rules", help="show or set how long personal data is kept after a case is closed (chair)")
    rules.add_argument("--reporters-months", metavar="N", help="reporters' contact details: months, or 'none' to keep "
                                                               "them until erased")
    rules.add_argument("--evidence-months", metavar="N", help="evidence files: months, or 'none'")
    rules.add_argument("--json", action="store_true")
    rules.set_defaults(func=cmd_rules)
    encrypt = cmds.add_parser("encrypt", help="encrypt this workspace's database and backups with a passphrase "
                                              "(a backup is made first)")
    encrypt.add_argument("--no-keyring", action="store_true",
                         help="do not keep the key in the system's keyring: the passphrase is asked at every start")
    encrypt.add_argument("--json", action="store_true")
    encrypt.set_defaults(func=cmd_encrypt, maintenance=True)  # the database must be closed while it is rewritten
    passphrase = cmds.add_parser("passphrase", help="change the passphrase of an encrypted workspace")
    passphrase.add_argument("--json", action="store_true")
    passphrase.set_defaults(func=cmd_change_passphrase, maintenance=True)


def _reporter_json(r: privacy.ReporterFound, with_text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"case": r.case_ref, "report": r.report_id, "received_at": iso_utc(r.received_at),
                           "sealed": r.key_id is not None}
    if with_text:
        out["reporter"] = r.reporter
    return out


def _evidence_json(e: privacy.EvidenceFound) -> dict[str, Any]:
    return {"case": e.case_ref, "evidence": e.evidence_id, "name": e.name, "size": e.size, "sha256": e.sha256,
            "why": e.why}


def _plan_lines(plan: privacy.ErasurePlan, out: Output, with_text: bool) -> None:
    for r in plan.reporters:
        day = local_date(r.received_at).strftime("%d/%m/%Y")
        sealed = "" if r.key_id else out.t(" (nộp trước khi có mã hóa: lịch sử đã ký vẫn giữ nội dung)",
                                           " (filed before sealing: the signed history keeps the text)")
        who = f"  {r.reporter}" if with_text else ""
        out.line(out.t(f"  {r.case_ref}  phản ánh ngày {day}{who}{sealed}", f"  {r.case_ref}  report of {day}{who}"
                       f"{sealed}"))
    for e in plan.evidence:
        what = out.t("văn bản gửi người phản ánh", "letter to the reporter") if e.why == "letter" else \
            out.t("chứng cứ của hồ sơ đã đóng", "evidence of a closed case")
        out.line(f"  {e.case_ref}  {e.name} ({e.size:,} B) — {what}")


def cmd_erase(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    plan = privacy.find_reporter(ws, args.reporter)
    shown = " ".join(args.reporter.split())
    if plan.empty:
        raise UserError(f"no report names {shown!r} as its reporter; nothing was erased (see how it is written with "
                        "`case show REF`)",
                        vi=f"không có phản ánh nào ghi người phản ánh là {shown!r}; không có gì bị xóa (xem cách ghi "
                           "bằng `case show REF`)",
                        code="reporter_not_found")
    if args.dry_run:
        if args.json:
            out.json({"erased": False, "reports": [_reporter_json(r, True) for r in plan.reporters],
                      "evidence": [_evidence_json(e) for e in plan.evidence], "cases": plan.cases})
        else:
            out.line(out.t(f"Sẽ xóa thông tin người phản ánh của {len(plan.reporters)} phản ánh và "
                           f"{len(plan.evidence)} tệp chứng cứ:",
                           f"Would erase the reporter's details from {len(plan.reporters)} reports and "
                           f"{len(plan.evidence)} evidence files:"))
            _plan_lines(plan, out, True)
        return 0
    done = privacy.erase(ws, plan, args.reason)
    if args.json:
        out.json({"erased": True, "event": done.event_id, "reports": [_reporter_json(r, False) for r in plan.reporters],
                  "evidence": [_evidence_json(e) for e in plan.evidence], "cases": plan.cases,
                  "unsealed": len(plan.unsealed), "files_removed": done.files_removed,
                  "backups_before": done.backups_before})
        return 0
    out.line(out.t(f"Đã xóa thông tin người phản ánh khỏi {len(plan.reporters)} phản ánh ({len(plan.cases)} hồ sơ) "
                   f"và {len(plan.evidence)} tệp chứng cứ; các thành viên khác xóa ở lần đồng bộ tiếp theo.",
                   f"Erased the reporter's details from {len(plan.reporters)} reports ({len(plan.cases)} cases) and "
                   f"{len(plan.evidence)} evidence files; the other members erase them at their next sync."))
    _plan_lines(plan, out, False)
    _after(done, out)
    return 0


def _after(done: privacy.Erased, out: Output) -> None:
    if done.plan.unsealed:
        n = len(done.plan.unsealed)
        out.line(out.t(f"Lưu ý: {n} phản ánh được nộp trước khi có mã hóa; nội dung đã bị xóa khỏi danh sách và tệp "
                       "xuất, nhưng lịch sử đã ký vẫn giữ nguyên văn.",
                       f"Note: {n} reports were filed before sealing; their text is gone from the lists and exports, "
                       "but the signed history keeps it."))
    if done.backups_before:
        out.line(out.t(f"Lưu ý: {done.backups_before} bản sao lưu tạo trước lúc này vẫn còn dữ liệu đã xóa cho đến khi "
                       "chúng bị xóa (`moderator-app backup list`).",
                       f"Note: {done.backups_before} backups made before now still hold the erased data until they "
                       "are deleted (`moderator-app backup list`)."))


def _rules_json(rules: privacy.RetentionRules) -> dict[str, Any]:
    return {"reporters_months": rules.reporters_months, "evidence_months": rules.evidence_months}


def _rules_lines(rules: privacy.RetentionRules, out: Output) -> None:
    def months(n: int | None) -> str:
        return out.t("giữ cho đến khi bị xóa", "kept until erased") if n is None else \
            out.t(f"{n} tháng sau khi đóng hồ sơ", f"{n} months after the case is closed")

    out.line(out.t(f"Thông tin liên hệ của người phản ánh: {months(rules.reporters_months)}",
                   f"Reporters' contact details: {months(rules.reporters_months)}"))
    out.line(out.t(f"Tệp chứng cứ: {months(rules.evidence_months)}",
                   f"Evidence files: {months(rules.evidence_months)}"))


def cmd_retention(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    due = privacy.retention_plan(ws)
    body: dict[str, Any] = {
        "rules": _rules_json(due.rules),
        "reporters_before": due.reporters_before.isoformat() if due.reporters_before else None,
        "evidence_before": due.evidence_before.isoformat() if due.evidence_before else None,
        "reports": [_reporter_json(r, not args.apply) for r in due.plan.reporters],
        "evidence": [_evidence_json(e) for e in due.plan.evidence],
        "applied": False,
    }
    done = None
    if args.apply and not due.plan.empty:
        done = privacy.apply_retention(ws, due)
        body.update({"applied": True, "event": done.event_id, "files_removed": done.files_removed,
                     "backups_before": done.backups_before})
    if args.json:
        out.json(body)
        return 0
    _rules_lines(due.rules, out)
    if due.rules == privacy.RetentionRules():
        out.line(out.t("Chưa đặt quy tắc lưu giữ: không có gì bị xóa. Trưởng ban đặt bằng `moderator-app privacy "
                       "rules`.", "No retention rules are set: nothing is removed. The chair sets them with "
                       "`moderator-app privacy rules`."))
        return 0
    if due.plan.empty:
        out.line(out.t("Hiện không có dữ liệu nào đến hạn xóa.", "Nothing is due for removal now."))
        return 0
    n_rep, n_ev = len(due.plan.reporters), len(due.plan.evidence)
    if done is None:
        out.line(out.t(f"Đến hạn xóa: thông tin người phản ánh của {n_rep} phản ánh, {n_ev} tệp chứng cứ "
                       "(thêm --apply để xóa; chỉ Trưởng ban):",
                       f"Due for removal: the reporter's details of {n_rep} reports, {n_ev} evidence files "
                       "(add --apply to remove them; chair only):"))
        _plan_lines(due.plan, out, True)
        return 0
    out.line(out.t(f"Đã xóa theo quy tắc lưu giữ: thông tin người phản ánh của {n_rep} phản ánh, {n_ev} tệp chứng cứ; "
                   "các thành viên khác xóa ở lần đồng bộ tiếp theo.",
                   f"Removed under the retention rules: the reporter's details of {n_rep} reports, {n_ev} evidence "
                   "files; the other members remove them at their next sync."))
    _after(done, out)
    return 0


def _months_arg(text: str, flag: str) -> int | None:
    value = text.strip().lower()
    if value in ("none", "never", "0", "không"):
        return None
    try:
        return int(value)
    except ValueError:
        raise UserError(f"{flag} takes a number of months or 'none', not {text!r}",
                        vi=f"{flag} nhận số tháng hoặc 'none', không phải {text!r}", code="retention_months_invalid") \
            from None


def cmd_rules(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    changes = [(what, _months_arg(value, flag)) for what, value, flag in (
        ("reporters", args.reporters_months, "--reporters-months"),
        ("evidence", args.evidence_months, "--evidence-months")) if value is not None]
    for what, months in changes:
        privacy.set_retention(ws, what, months)
    rules = privacy.retention_rules(ws)
    if args.json:
        out.json(_rules_json(rules))
    else:
        _rules_lines(rules, out)
    return 0


def cmd_encrypt(paths: WorkspacePaths, args: argparse.Namespace, out: Output) -> int:
    encryption.check_can_encrypt(paths)  # before the passphrase is asked
    passphrase = ask_new_passphrase()
    converted = encryption.encrypt_workspace(paths, passphrase, use_keyring=not args.no_keyring)
    keyring = encryption.read_protection(paths.root).keyring
    if args.json:
        out.json({"encrypted": True, "files": converted.databases, "evidence_files": converted.evidence,
                  "keyring": keyring})
        return 0
    out.line(out.t(f"Đã mã hóa cơ sở dữ liệu và các bản sao lưu ({out.num(converted.databases)} tệp) cùng "
                   f"{out.num(converted.evidence)} tệp chứng cứ; bản sao lưu trước khi mã hóa cũng đã được mã hóa.",
                   f"The database and its backups ({out.num(converted.databases)} files) and "
                   f"{out.num(converted.evidence)} evidence files are encrypted; the backup made before encrypting "
                   "is encrypted too."))
    out.line(out.t("Khóa được giữ trong kho khóa của hệ điều hành: ứng dụng mở không cần hỏi mật khẩu trên máy này."
                   if keyring else "Mật khẩu sẽ được hỏi mỗi lần mở. Nếu quên mật khẩu, dữ liệu không thể đọc lại.",
                   "The key is kept in the system's keyring: the application opens without asking on this computer."
                   if keyring else "The passphrase is asked at every start. If it is forgotten, the data cannot be "
                   "read again."))
    return 0


def cmd_change_passphrase(paths: WorkspacePaths, args: argparse.Namespace, out: Output) -> int:
    if not encryption.is_encrypted(paths.root):
        raise UserError("this workspace is not encrypted; see `privacy encrypt`",
                        vi="không gian làm việc này chưa được mã hóa; xem `privacy encrypt`", code="not_encrypted")
    old = prompt_passphrase("Current passphrase / Mật khẩu hiện tại: ")
    if not old:
        raise encryption.locked_error(paths.root)
    encryption.change_passphrase(paths.root, old, ask_new_passphrase())
    if args.json:
        out.json({"changed": True})
    else:
        out.line(out.t("Đã đổi mật khẩu; dữ liệu không cần mã hóa lại.",
                       "The passphrase is changed; the data did not need encrypting again."))
    return 0
