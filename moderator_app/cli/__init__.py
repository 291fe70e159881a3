"""The command line: parse, call a service, print. A stable contract that scripts build on.

Exit codes: 0 success; 1 the command ran and found problems; 2 bad usage or bad input (a
one-line reason on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from moderator_app import __version__
from moderator_app.domain.errors import DatabaseDamaged, NotFound, UserError

from .common import Output

log = logging.getLogger(__name__)

Command = Callable[..., int]


class Parser(argparse.ArgumentParser):
    """argparse that keeps its usage errors to one line (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


class MainParser(Parser):
    """The top-level parser: also takes files to open in the window (``moderator-app FILE...``).

    A launcher passes the files dropped on it (the desktop entry's ``Exec=moderator-app %F``, the
    Windows "Open with"). argparse cannot have both a sub-command and free positionals, so the
    files are split off first: the first word that is not an option is a command if it names
    one, and otherwise it and every later word are files (``moderator-app -- FILE`` for a file
    named like a command).
    """

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        words = list(sys.argv[1:] if args is None else args)
        options, files = self._split_files(words)
        parsed, extras = super().parse_known_args(options, namespace)
        parsed.open_files = [_as_path(f) for f in files]
        return parsed, extras

    def _commands(self) -> set[str]:
        return {name for action in self._actions if isinstance(action, argparse._SubParsersAction)
                for name in action.choices}

    def _takes_value(self, word: str) -> bool:
        """Whether the option ``word`` (without ``=value``) is followed by its value."""
        if "=" in word:
            return False
        matches = [action for option, action in self._option_string_actions.items()
                   if option == word or (word.startswith("--") and option.startswith(word))]
        return len({id(a) for a in matches}) == 1 and matches[0].nargs != 0

    def _split_files(self, words: list[str]) -> tuple[list[str], list[str]]:
        commands = self._commands()
        options: list[str] = []
        files: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            if word == "--" and not files:
                files.extend(words[i + 1:])
                break
            if word.startswith("-") and word != "-":
                options.append(word)
                if self._takes_value(word) and i + 1 < len(words):
                    options.append(words[i + 1])
                    i += 1
            elif not files and (word in commands or not _looks_like_a_file(word)):
                options.extend(words[i:])  # a command and its own arguments, or a mistyped command
                break
            else:
                files.append(word)
            i += 1
        return options, files


def _looks_like_a_file(word: str) -> bool:
    """A word that is a file to open rather than a (mistyped) command: it exists, or is written
    like a path (a folder separator, an extension, a ``file:`` URL). No command has a dot."""
    return (word.startswith("file:") or "/" in word or os.sep in word or "." in word
            or Path(word).exists())


def _as_path(word: str) -> Path:
    """A file named on the command line; a ``file://`` URL (what some launchers pass) as its path."""
    if word.startswith("file:"):
        from urllib.parse import urlparse
        from urllib.request import url2pathname

        return Path(url2pathname(urlparse(word).path))
    return Path(word).expanduser()


def build_parser() -> Parser:
    parser = MainParser(
        prog="moderator-app",
        usage="%(prog)s [options] [FILE ...] | %(prog)s [options] COMMAND ...",
        description="Digital Trust Moderator: the self-monitoring committee's desk. "
        "Without a command it opens the application window; files given to it open there: a sync "
        "package in the package import, an .xlsx or .csv in the report import preview, any other "
        "file as evidence for the case you choose.",
    )
    parser.add_argument("--data-dir", type=Path, help="the workspace folder (default: per-user data folder, "
                        "or $MODERATOR_APP_DATA_DIR)")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface and output language")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo workspace (created with demo data on first use)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the main window to a PNG file and exit")
    parser.add_argument("--view", metavar="NAME", help="with --screenshot: which view to render")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    from . import (
        admin,
        backup,
        calendar,
        cases,
        committee,
        evidence,
        exports,
        indicators,
        influencers,
        key,
        letters,
        meetings,
        privacy,
        reports,
        sync,
        takedowns,
    )

    for module in (reports, cases, evidence, indicators, influencers, meetings, calendar, exports, committee, sync,
                   admin, backup, key, letters, takedowns, privacy):
        module.register(sub)
    return parser


LANGUAGES = ("vi", "en")


def _language_code(value: str) -> str:
    """``vi`` from ``vi_VN.UTF-8`` (``Vietnamese_Vietnam.1258`` on Windows), ``en`` from ``en``;
    ``c`` from ``C.UTF-8``."""
    import re

    head = re.split(r"[_.@-]", value.strip(), maxsplit=1)[0].lower()
    return {"english": "en", "vietnamese": "vi"}.get(head, head)


def resolve_lang(requested: str | None, stored: str | None = None) -> str:
    """``--lang``, else the saved setting, else the system language if vi or en, else vi.

    The system language is read as gettext reads it: ``LANGUAGE`` (a list in order of
    preference, ``en:vi``) first, unless the locale is ``C``/``POSIX``; then the first of
    ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set.
    """
    if requested:
        return requested
    if stored in LANGUAGES:
        return stored
    import locale

    locale_name = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), "")
    if _language_code(locale_name) not in ("c", "posix"):
        for entry in os.environ.get("LANGUAGE", "").split(":"):
            if _language_code(entry) in LANGUAGES:
                return _language_code(entry)
    if locale_name:
        code = _language_code(locale_name)
        return code if code in LANGUAGES else "vi"
    try:
        code = _language_code(locale.getlocale()[0] or "")
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "vi"


def workspace_root(args: argparse.Namespace) -> Path:
    from moderator_app.store.paths import default_data_dir, demo_data_dir

    if args.data_dir:
        return Path(args.data_dir).expanduser()
    return demo_data_dir() if args.demo else default_data_dir()


# Commands that only read the workspace. Pointed (a mistyped --data-dir) at a folder that is some
# other folder, or under a folder that does not exist, they refuse (exit 2) and make nothing there,
# rather than make a new workspace (with a signing identity) and list nothing from it.
READ_ONLY_COMMANDS = frozenset({
    "admin.cmd_verify",
    "backup.cmd_list",
    "calendar.cmd_list",
    "cases.cmd_list", "cases.cmd_show", "cases.cmd_search",
    "committee.cmd_members", "committee.cmd_requests",
    "evidence.cmd_export", "evidence.cmd_list", "evidence.cmd_render",
    "exports.cmd_cases", "exports.cmd_decisions", "exports.cmd_public", "exports.cmd_register",
    "influencers.cmd_list", "influencers.cmd_proposals", "influencers.cmd_show",
    "meetings.cmd_list",
    "reports.cmd_quarterly",
    "takedowns.cmd_list",
})
# What a workspace folder holds (store/paths.py, the lock, the window's layout, temporaries).
WORKSPACE_ENTRIES = frozenset({"backups", "blobs", "identity", "letters", "logs", "replaced", "sync", "window.ini",
                               "moderator-app.lock", "moderator-app.running"})


def command_name(args: argparse.Namespace) -> str:
    """``cases.cmd_list``: the module (under ``moderator_app.cli``) and function a command runs."""
    func = getattr(args, "func", None)
    if func is None:
        return ""
    return f"{func.__module__.rpartition('.')[2]}.{func.__name__}"


def is_read_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads the workspace (``reports import --dry-run`` too)."""
    name = command_name(args)
    return name in READ_ONLY_COMMANDS or (name == "reports.cmd_import" and bool(getattr(args, "dry_run", False)))


def _workspace_entry(name: str) -> bool:
    return name in WORKSPACE_ENTRIES or name.startswith(("moderator.sqlite3", "building.sqlite3", ".tmp-"))


def not_a_workspace(root: Path, ref: str | None = None) -> NotFound | None:
    """Why a read-only command must not open ``root``, or None when it may.

    It may open a workspace, or a folder whose database is lost (``Workspace.open`` then says how
    to get it back); not a folder that does not exist, an empty one, or one holding anything but a
    workspace's files: a read-only command there would only make an empty workspace (with a signing
    identity) and list nothing. ``ref``: the case the command looked for, named first.
    """
    from moderator_app.services.workspace import lost_database
    from moderator_app.store.paths import WorkspacePaths

    if root.is_dir():
        paths = WorkspacePaths(root)
        if paths.db.is_file() or lost_database(paths) is not None:
            return None
        try:
            foreign = sorted(e.name for e in root.iterdir() if not _workspace_entry(e.name))
        except OSError:
            return None  # unreadable: opening it says why
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            where = f"holds no workspace (it holds {shown})"
            where_vi = f"không chứa không gian làm việc nào (trong đó có {shown})"
        else:
            where, where_vi = "holds no workspace yet", "chưa có không gian làm việc nào"
    elif root.exists():
        return None  # not a folder: opening it says why
    else:
        where, where_vi = "does not exist", "không tồn tại"
    shown_ref = ref.strip() if ref else ""
    first = f"no case {shown_ref!r}: " if shown_ref else ""
    first_vi = f"không có hồ sơ {shown_ref!r}: " if shown_ref else ""
    return NotFound(
        f"{first}the folder {root} {where}, so there is nothing to read and nothing was made there. Check "
        "--data-dir (or $MODERATOR_APP_DATA_DIR); a new workspace is made by opening the application on an "
        "empty folder, or by `demo`, `committee create` or `committee join`",
        vi=f"{first_vi}thư mục {root} {where_vi} nên không có gì để đọc và không có gì được tạo ở đó. Hãy kiểm "
           "tra --data-dir (hoặc $MODERATOR_APP_DATA_DIR); muốn tạo không gian làm việc mới, hãy mở ứng dụng ở "
           "một thư mục trống, hoặc dùng `demo`, `committee create` hay `committee join`",
        code="not_a_workspace",
    )


def _unlock_workspace(root: Path) -> None:
    """An encrypted workspace's key: from the OS keyring, else its passphrase
    (``$MODERATOR_APP_PASSPHRASE``, else asked on the terminal)."""
    from moderator_app.services import encryption

    if not encryption.is_encrypted(root) or encryption.unlock(root):
        return
    from .key import prompt_passphrase

    passphrase = prompt_passphrase("Passphrase of this workspace / Mật khẩu của không gian làm việc: ")
    if not passphrase:
        raise encryption.locked_error(root)
    encryption.unlock(root, passphrase)


def _run_maintenance(args: argparse.Namespace, root: Path, out: Output) -> int:
    """Commands that must work on a damaged or lost database: the lock and the paths, nothing
    more (and the leftovers of a killed ``backup create`` cleared)."""
    from moderator_app.services.workspace import lock_data_dir, sweep_temporaries
    from moderator_app.store.paths import WorkspacePaths

    out.lang = resolve_lang(args.lang)
    lock = lock_data_dir(root)
    try:
        paths = WorkspacePaths(root)
        sweep_temporaries(paths, everywhere=False)
        return int(args.func(paths, args, out))
    finally:
        lock.release()


def _damaged_database_report(root: Path, exc: DatabaseDamaged, args: argparse.Namespace, out: Output) -> int:
    """``verify`` on a database that fails SQLite's integrity check: the check's findings (which
    tables and pages), as ``verify`` reports problems, and the backup to restore; nothing is written."""
    from moderator_app.services.backups import check_database
    from moderator_app.services.verify import damage_lines, restore_advice
    from moderator_app.store.paths import WorkspacePaths

    db = WorkspacePaths(root).db
    found = check_database(db)
    problems = damage_lines(db, found) if found else [f"database integrity: {exc}"]
    if getattr(args, "json", False):
        out.json({"ok": False, "problems": problems, "checked": {}})
    else:
        for problem in problems:
            out.line(problem)
    out.stderr.write(f"moderator-app: the database file {db} is damaged: {restore_advice(root)}\n")
    return 1


def run(args: argparse.Namespace, out: Output | None = None) -> int:
    """Run a parsed sub-command against its workspace."""
    from moderator_app.logs import setup_logging
    from moderator_app.services.workspace import Workspace

    out = out or Output()
    root = workspace_root(args)
    out.lang = resolve_lang(args.lang)  # a refusal while opening the workspace is in --lang too
    refusal = not_a_workspace(root, getattr(args, "ref", None)) if is_read_only(args) else None
    if refusal is not None:
        # A mistyped --data-dir: say so, and make nothing there (no folder, no log, no identity).
        exc = refusal
        if getattr(args, "json", False):
            out.json({"error": {"code": exc.code, "message": exc.text(out.lang)}})
        out.error(f"moderator-app: error: {exc.text(out.lang)}")
        return exc.exit_code
    setup_logging(root)
    try:
        _unlock_workspace(root)
        if getattr(args, "maintenance", False):
            return _run_maintenance(args, root, out)
        with Workspace.open(root, check_integrity=True) as ws:
            from .key import prompt_passphrase

            ws.passphrase_provider = prompt_passphrase
            out.lang = resolve_lang(args.lang, ws.setting("language"))
            code = int(args.func(ws, args, out))
        return code
    except DatabaseDamaged as exc:
        if args.command == "verify":  # what verify is for: name the damage (exit 1), as it does later
            return _damaged_database_report(root, exc, args, out)
        out.stderr.write(f"moderator-app: error: {exc.text(out.lang)}\n")
        return exc.exit_code
    except UserError as exc:
        message = exc.text(out.lang)
        if getattr(args, "json", False):  # scripts read the code, not the wording
            out.json({"error": {"code": exc.code, "message": message}})
        out.error(f"moderator-app: error: {message}")  # may quote a file's or a person's text: no controls
        return exc.exit_code
    except BrokenPipeError:
        # The reader stopped reading (`… | head`): nothing is wrong. Whatever the command changed
        # was committed before it printed; further output goes nowhere, as for any pipeline.
        if out.stdout is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a program stopped this way
    except Exception as exc:
        from moderator_app.store.database import is_corruption
        from moderator_app.store.paths import WorkspacePaths

        if is_corruption(exc):
            detail = getattr(exc, "orig", None) or exc
            out.stderr.write(
                f"moderator-app: error: the database {WorkspacePaths(root).db} is damaged ({detail}); nothing more "
                "was written to it. Restore the latest good backup (`moderator-app backup list`, then "
                "`moderator-app backup restore ID`; the damaged file is kept aside)\n"
            )
            return 2
        log.exception("command %s failed", args.command)
        out.stderr.write(
            "moderator-app: internal error: this is a bug; the details are in the log file in "
            f"{root / 'logs'}\n"
        )
        return 70
    except KeyboardInterrupt:
        out.stderr.write("moderator-app: interrupted\n")
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return -1  # the caller starts the GUI
    return run(args)


__all__ = ["build_parser", "main", "resolve_lang", "run", "workspace_root"]
