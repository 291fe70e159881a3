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
from moderator_app.domain.errors import DatabaseDamaged, UserError

from .common import Output

log = logging.getLogger(__name__)

Command = Callable[..., int]


class Parser(argparse.ArgumentParser):
    """argparse that keeps its usage errors to one line (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> Parser:
    parser = Parser(
        prog="moderator-app",
        description="Digital Trust Moderator: the self-monitoring committee's desk. "
        "Without a command it opens the application window.",
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
        influencers,
        key,
        letters,
        meetings,
        reports,
        sync,
    )

    for module in (reports, cases, evidence, influencers, meetings, calendar, exports, committee, sync, admin, backup,
                   key, letters):
        module.register(sub)
    return parser


def resolve_lang(requested: str | None, stored: str | None = None) -> str:
    """``--lang``, else the saved setting, else the system language if vi or en, else vi."""
    if requested:
        return requested
    if stored in ("vi", "en"):
        return stored
    import locale
    import os

    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value[:2].lower()
            return code if code in ("vi", "en") else "vi"
    try:
        code = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        code = ""
    return code if code in ("vi", "en") else "vi"


def workspace_root(args: argparse.Namespace) -> Path:
    from moderator_app.store.paths import default_data_dir, demo_data_dir

    if args.data_dir:
        return Path(args.data_dir).expanduser()
    return demo_data_dir() if args.demo else default_data_dir()


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
    setup_logging(root)
    out.lang = resolve_lang(args.lang)  # a refusal while opening the workspace is in --lang too
    try:
        if getattr(args, "maintenance", False):
            return _run_maintenance(args, root, out)
        with Workspace.open(root, check_integrity=True) as ws:
            from .key import prompt_passphrase

            ws.passphrase_provider = prompt_passphrase
            out.lang = resolve_lang(args.lang, ws.setting("language"))
            return int(args.func(ws, args, out))
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
