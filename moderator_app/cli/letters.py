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
                        help="complaint (notice to the influencer), decision, or takedown (request to a platform)")
    letter.add_argument("ref", metavar="REF")
    letter.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    letter.add_argument("--set", dest="values", action="append", default=[], metavar="NAME=VALUE",
                        help="a placeholder's value (repeat for several), e.g. --set recipient_address='...'")
    letter.add_argument("--lang", dest="letter_lang", choices=letter_service.LANGS,
                        help="the letter's language (default: the output language)")
    letter.add_argument("--decision", metavar="ID", help="decision letter: which decision (default: the case's)")
    letter.add_argument("--json", action="store_true")
    letter.set_defaults(func=cmd_letter)


def cmd_letter(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    lang = args.letter_lang or out.lang
    overrides = letter_service.parse_assignments(args.values)
    target = letter_service.check_target(args.output)
    letter = letter_service.prepare_letter(ws, args.kind, args.ref, lang, overrides, args.decision)
    from moderator_app.ui.letters.pdf import render_letter_pdf

    pdf, pages = render_letter_pdf(letter)
    sent = letter_service.send_letter(ws, letter, pdf, target)
    if args.json:
        out.json({"ref": sent.ref, "letter": sent.id, "kind": args.kind.value, "lang": lang, "pages": pages,
                  "path": str(sent.path), "evidence": sent.evidence_id, "sha256": sent.sha256})
    else:
        out.line(out.t(f"Đã lưu {sent.path} ({pages} trang) và đính kèm vào hồ sơ {sent.ref}",
                       f"Saved {sent.path} ({pages} page(s)) and attached it to case {sent.ref}"))
    return 0
