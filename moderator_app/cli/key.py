"""`key passphrase`: protect this device's signing key with a passphrase (or remove it)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from moderator_app.domain.errors import UserError
from moderator_app.services.identity import key_is_protected, set_passphrase
from moderator_app.services.workspace import Workspace

from .common import Output

PASSPHRASE_ENV = "MODERATOR_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MODERATOR_APP_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    key = sub.add_parser("key", help="this device's signing key").add_subparsers(
        dest="key_cmd", metavar="COMMAND", required=True
    )
    pw = key.add_parser("passphrase", help="protect the signing key with a passphrase, change it, or remove it")
    pw.add_argument("--remove", action="store_true", help="remove the protection")
    pw.set_defaults(func=cmd_passphrase)


def prompt_passphrase(what: str = "Passphrase of this device's signing key: ") -> str | None:
    """From ``$MODERATOR_APP_PASSPHRASE``, else asked on the terminal; ``None`` if neither."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(what)
    return None


def ask_new_passphrase() -> str:
    value = os.environ.get(NEW_PASSPHRASE_ENV)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(f"give the new passphrase in ${NEW_PASSPHRASE_ENV} or run the command in a terminal",
                        vi=f"hãy đặt mật khẩu mới trong ${NEW_PASSPHRASE_ENV} hoặc chạy lệnh trong cửa sổ dòng lệnh",
                        code="new_passphrase_needed")
    first = getpass.getpass("New passphrase: ")
    if first != getpass.getpass("The new passphrase again: "):
        raise UserError("the two passphrases differ; nothing was changed",
                        vi="hai lần nhập mật khẩu không khớp nhau; chưa có gì bị thay đổi", code="passphrases_differ")
    return first


def cmd_passphrase(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    directory = ws.paths.identity
    old = prompt_passphrase() if key_is_protected(directory) else None
    if key_is_protected(directory) and not old:
        raise UserError(f"the key is protected: give its passphrase in ${PASSPHRASE_ENV} or in a terminal",
                        vi=f"khóa ký đang được bảo vệ: hãy đặt mật khẩu trong ${PASSPHRASE_ENV} hoặc nhập trong cửa "
                           "sổ dòng lệnh",
                        code="passphrase_needed")
    new = None if args.remove else ask_new_passphrase()
    set_passphrase(directory, old, new)
    out.line(out.t("Đã gỡ mật khẩu bảo vệ khóa ký" if args.remove else "Khóa ký đã được bảo vệ bằng mật khẩu",
                   "The signing key is no longer protected" if args.remove else
                   "The signing key is protected by the passphrase"))
    return 0
