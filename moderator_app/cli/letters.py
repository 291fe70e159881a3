"""`letter TYPE REF -o FILE.pdf`: a letter from a template, saved, attached to the case, recorded.

The PDF is set by Qt's printing, headless; Qt is loaded only when this command runs, so the
rest of the command line stays free of it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from moderator_app.domain.letters import LetterKind
from moderator_app.services import letters as letter_service
from moderator_app.services.workspace import Workspace

from .cases import _enum_arg
from .common import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    letter = sub.add_parser(
        "letter",
        help="write a letter from a template (complaint, decision, takedown) as a PDF attached to the case",
        description="Fills the template with what the case holds; a required placeholder without a value "
        "exits 2 naming it (give it with --set NAME=VALUE).",
    )
    letter.add_argument("kind", type=_enum_arg(LetterKind), metavar="TYPE",
                        help="complaint (notice to the influencer), decision, takedown (request to a platform), "
                             "acknowledgement or outcome (to the person who reported)")
    letter.add_argument("ref", metavar="REF")
    letter.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    letter.add_argument("--set", dest="values", action="append", default=[], metavar="NAME=VALUE",
                        help="a placeholder's value (repeat for several), e.g. --set recipient_address='...'")
    letter.add_argument("--lang", dest="letter_lang", choices=letter_service.LANGS,
                        help="the letter's language (default: the output language)")
    letter.add_argument("--decision", metavar="ID", help="decision letter: which decision (default: the case's)")
    letter.add_argument("--json", action="store_true")
    letter.set_defaults(func=cmd_letter)

    register_cmd = sub.add_parser(
        "letters", help="the register of outgoing documents (sổ văn bản đi)").add_subparsers(
        dest="letters_cmd", metavar="COMMAND", required=True)
    ls = register_cmd.add_parser("list", help="every numbered letter: number, kind, date, case, recipient, file")
    ls.add_argument("--year", type=int, metavar="Y", help="only this year's numbers")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    renumber = register_cmd.add_parser(
        "renumber", help="give a letter the next free number of its series (settles two letters numbered alike)")
    renumber.add_argument("letter", metavar="LETTER", help="the letter's id (or its beginning), from `letters list`")
    renumber.add_argument("--json", action="store_true")
    renumber.set_defaults(func=cmd_renumber)


def cmd_letter(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    lang = args.letter_lang or out.lang
    overrides = letter_service.parse_assignments(args.values)
    target = letter_service.check_target(args.output)
    draft = letter_service.draft_letter(ws, args.kind, args.ref, lang, overrides, args.decision)
    letter = draft.letter()
    from moderator_app.ui.letters.pdf import render_letter_pdf

    for warning in draft.warning_texts(out.lang):
        out.error(f"moderator-app: {'cảnh báo' if out.lang == 'vi' else 'warning'}: {warning}")
    pdf, pages = render_letter_pdf(letter)
    sent = letter_service.send_letter(ws, letter, pdf, target)
    if args.json:
        out.json({"ref": sent.ref, "letter": sent.id, "kind": args.kind.value, "lang": lang, "pages": pages,
                  "number": letter.meta.number_symbol() if letter.meta else None,
                  "warnings": draft.warning_texts(out.lang),
                  "path": str(sent.path), "evidence": sent.evidence_id, "sha256": sent.sha256})
    else:
        out.line(out.t(f"Đã lưu {sent.path} ({pages} trang) và đính kèm vào hồ sơ {sent.ref}",
                       f"Saved {sent.path} ({pages} page(s)) and attached it to case {sent.ref}"))
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services import documents

    entries = documents.register(ws, args.year, out.lang)
    if args.json:
        out.json([e.json() for e in entries])
        return 0
    for e in entries:
        clash = out.t("  ⚠ trùng số: Thư ký cần cấp lại số", "  ⚠ same number as another: to be renumbered") \
            if e.clash else ""
        out.line(f"{e.number or '—':<16} {e.date}  {e.case:<12} {e.kind:<16} {e.recipient}  {e.file}{clash}")
    if not entries:
        out.line(out.t("Sổ văn bản đi chưa có văn bản nào.", "The register of outgoing documents is empty."))
    return 0


def cmd_renumber(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    from moderator_app.services import documents

    entry = documents.renumber(ws, args.letter)
    if args.json:
        out.json(entry.json())
    else:
        out.line(out.t(f"Văn bản {entry.id} nay mang số {entry.number}", f"Letter {entry.id} is now {entry.number}"))
    return 0
