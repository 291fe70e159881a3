"""Starting the window: QApplication, translations, the workspace, and ``--screenshot``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from moderator_app import __version__
from moderator_app.cli import resolve_lang, workspace_root
from moderator_app.domain.clock import in_vn
from moderator_app.domain.errors import DatabaseDamaged, DatabaseTooNew, DiskFull, UserError, WorkspaceBusy
from moderator_app.logs import setup_logging
from moderator_app.resources import resource

from . import plain_text
from .backups_dialog import RESTORE_EXIT_CODE, restore_and_reopen, take_restore_request
from .i18n import install_translations, refusal_text

if TYPE_CHECKING:
    from moderator_app.services.workspace import DatabaseLost, Workspace

    from .main_window import MainWindow

log = logging.getLogger(__name__)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("moderator-app")
    app.setApplicationDisplayName("Digital Trust Moderator")
    app.setOrganizationName("Niem tin so")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "moderator-app.svg"))))
    return app


def _screenshot_usage_error(args: argparse.Namespace) -> str | None:
    """What is wrong with ``--screenshot``/``--view``, found before anything is opened or written."""
    from .views import VIEW_BY_KEY

    if args.view is not None and args.view not in VIEW_BY_KEY:
        return f"unknown view {args.view!r}; expected one of: {', '.join(VIEW_BY_KEY)}"
    if args.screenshot:
        target = Path(args.screenshot)
        if target.is_dir():
            return f"{target} is a folder; give a file name ending in .png"
        if not target.parent.is_dir():
            return f"the folder {target.parent} does not exist; create it or choose another folder"
    return None


def run_gui(args: argparse.Namespace) -> int:
    usage = _screenshot_usage_error(args)
    if usage is not None:
        sys.stderr.write(f"moderator-app: error: {usage}\n")
        return 2
    app = ensure_app()
    root = workspace_root(args)
    setup_logging(root)
    install_translations(app, resolve_lang(args.lang))
    try:
        from moderator_app.store.database import limit_process_memory

        limit_process_memory()  # the window's threads share one budget of SQLite memory
        ws = open_workspace(root, interactive=not args.screenshot)
    except UserError as exc:
        if args.screenshot:
            sys.stderr.write(f"moderator-app: error: {refusal_text(exc)}\n")
            return exc.exit_code
        plain_text.critical(None, QCoreApplication.translate("App", "Digital Trust Moderator"), start_message(exc))
        return exc.exit_code
    try:
        lang = resolve_lang(args.lang, ws.setting("language"))
        install_translations(app, lang)
        apply_preferences(app, ws)
        interactive = not args.screenshot
        if interactive and not args.demo:  # a new --data-dir is welcomed too: it asks who you are
            from .welcome import first_run_choice, needs_welcome

            if needs_welcome(ws):
                choice = first_run_choice(ws)
                if choice is None:
                    return 0
                if choice == "demo":
                    from moderator_app.store.paths import demo_data_dir

                    ws.close()
                    ws = open_workspace(demo_data_dir(), interactive=True)
                    args.demo = True
        if args.demo and ws.is_new():
            if interactive:
                from .welcome import DemoProgressDialog

                progress = DemoProgressDialog(ws)
                progress.exec()
                if progress.error:
                    plain_text.warning(None, QCoreApplication.translate("App", "Digital Trust Moderator"),
                                       progress.error)
            else:
                from moderator_app.services.demo import generate

                generate(ws, cases=3000, seed=1)
        from .main_window import MainWindow

        if not args.screenshot and ws.key_is_protected():
            unlock_key(ws)
        window = MainWindow(ws, lang, remember_layout=not args.screenshot, sync_rounds=not args.screenshot)
        if args.screenshot:
            return screenshot(app, window, args.screenshot, args.view)
        window.show()
        QTimer.singleShot(3000, lambda: _daily_backup(ws))
        code = app.exec()
        while code == RESTORE_EXIT_CODE and (backup_id := take_restore_request()):
            # The windows are closed (File → Backups… → Restore): restore, then start them again.
            QThreadPool.globalInstance().waitForDone()
            try:
                ws, message, restored = restore_and_reopen(ws, backup_id)
            except UserError as exc:
                title = QCoreApplication.translate("App", "Digital Trust Moderator")
                plain_text.critical(None, title, refusal_text(exc))
                return exc.exit_code
            window = MainWindow(ws, lang)
            window.show()
            if message:
                icon = QMessageBox.Icon.Warning if restored else QMessageBox.Icon.Critical
                plain_text.message_box(icon, QCoreApplication.translate("App", "Restore a backup"), message,
                                       QMessageBox.StandardButton.Ok, window).open()
            else:
                window.statusBar().showMessage(
                    QCoreApplication.translate("App", "The backup was restored."), 10000)
            code = app.exec()
        return code
    finally:
        QThreadPool.globalInstance().waitForDone()
        ws.close()


def start_message(exc: UserError) -> str:
    """Why the workspace could not be opened, in the interface's language where the reason is one
    the window knows (the services' own messages are English, for logs and scripts)."""
    if isinstance(exc, WorkspaceBusy):
        return QCoreApplication.translate(
            "App", "This workspace ({0}) is already open, in another window or a command ({1}). Close it "
                   "first, then start again.").format(exc.folder, exc.holder)
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate(
            "App", "The disk that holds the workspace is full, so it cannot be opened. Free some space on "
                   "it and start again; nothing was changed.")
    if isinstance(exc, DatabaseTooNew):
        return QCoreApplication.translate(
            "App", "This workspace was written by a newer version of Digital Trust Moderator. Install that "
                   "version (or a later one) to open it; nothing was changed.")
    return refusal_text(exc)


def apply_preferences(app: QApplication, ws: Workspace) -> None:
    """The look the member chose for this workspace."""
    from moderator_app.services.preferences import load

    from .theme import apply_theme

    prefs = load(ws)
    apply_theme(app, prefs.theme, prefs.font_size)


def open_workspace(root: Path, interactive: bool) -> Workspace:
    """Open the workspace; a damaged database is offered its latest good backup, never overwritten."""
    from moderator_app.services import backups
    from moderator_app.services.workspace import DatabaseLost, Workspace
    from moderator_app.store.lock import DataDirLock
    from moderator_app.store.paths import WorkspacePaths

    try:
        return Workspace.open(root, check_integrity=True)
    except DatabaseLost as exc:
        if not interactive:
            raise
        return _offer_lost_database(root, exc)
    except DatabaseDamaged as exc:
        if not interactive:
            raise
        paths = WorkspacePaths(root)
        good = backups.latest_good_backup(paths)
        if good is None:
            damaged = QCoreApplication.translate(
                "App", "The database {0} failed its integrity check and has not been changed.").format(paths.db)
            no_backup = QCoreApplication.translate("App", "There is no good backup to restore.")
            raise UserError(f"{damaged}\n\n{no_backup}") from exc
        when = in_vn(good.created).strftime("%d/%m/%Y %H:%M")
        answer = plain_text.question(
            None,
            QCoreApplication.translate("App", "The database is damaged"),
            QCoreApplication.translate(
                "App",
                "The database failed its integrity check and has not been changed.\n\n"
                "Restore the latest good backup, taken {0}? The damaged file is kept aside.",
            ).format(when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise
        lock = DataDirLock(root)
        lock.acquire()
        try:
            backups.restore_backup(paths, good.id)
        finally:
            lock.release()
        paths.running_marker.unlink(missing_ok=True)
        return Workspace.open(root)


def lost_database_text(exc: DatabaseLost) -> str:
    """What was found where the database should be, in the interface's language."""
    held = []
    if exc.identity:
        held.append(QCoreApplication.translate("App", "this device's identity (its signing key)"))
    if exc.evidence:
        held.append(QCoreApplication.translate("App", "{0} evidence file(s)").format(exc.evidence))
    if exc.backups:
        held.append(QCoreApplication.translate("App", "{0} backup(s)").format(exc.backups))
    text = (QCoreApplication.translate("App", "The database {0} is missing.") if exc.state == "missing" else
            QCoreApplication.translate("App", "The database {0} is empty (0 bytes).")).format(exc.db)
    still = QCoreApplication.translate(
        "App", "This data folder still holds {0}: the workspace had work in it, so the application does not start "
               "an empty workspace over it.")
    return " ".join([text, still.format(", ".join(held))])


def _offer_lost_database(root: Path, exc: DatabaseLost) -> Workspace:
    """The database is gone but the folder was in use: restore the latest good backup, or say how
    to get the work back (rejoin the committee from a new data folder); never start it empty."""
    from moderator_app.services import backups
    from moderator_app.services.workspace import Workspace
    from moderator_app.store.lock import DataDirLock
    from moderator_app.store.paths import WorkspacePaths

    found = lost_database_text(exc)
    if exc.latest is None:
        if exc.committee:
            how = QCoreApplication.translate(
                "App", "There is no good backup to restore. To rebuild this workspace from the shared folder, "
                       "join the committee again from a new data folder (start the application with "
                       "--data-dir NEW_FOLDER, then Sync ▸ Sync settings… ▸ Join a committee…): once the chair "
                       "approves the new device, the next sync brings back the committee's history, your "
                       "published changes included.")
        else:
            how = QCoreApplication.translate(
                "App", "There is no good backup to restore. Put a copy of the database file back if you have "
                       "one, or move this folder away to start an empty workspace.")
        raise UserError(f"{found}\n\n{how}") from exc
    when = in_vn(exc.latest.created).strftime("%d/%m/%Y %H:%M")
    question = QCoreApplication.translate("App", "Restore the latest good backup, taken {0}?").format(when)
    if exc.committee:
        question += "\n\n" + QCoreApplication.translate(
            "App", "After the restore, let the first sync finish (Sync ▸ Sync now) before changing anything: it "
                   "brings back your changes published to the shared folder after the backup.")
    if exc.state == "missing":
        title = QCoreApplication.translate("App", "The database is missing")
    else:
        title = QCoreApplication.translate("App", "The database is empty")
    answer = plain_text.question(None, title, f"{found}\n\n{question}")
    if answer != QMessageBox.StandardButton.Yes:
        unchanged = QCoreApplication.translate("App", "Nothing was changed.")
        raise UserError(f"{found}\n\n{unchanged}") from exc
    paths = WorkspacePaths(root)
    lock = DataDirLock(root)
    lock.acquire()
    try:
        backups.restore_backup(paths, exc.latest.id)
    finally:
        lock.release()
    paths.running_marker.unlink(missing_ok=True)
    return Workspace.open(root)


def unlock_key(ws: Workspace) -> bool:
    """Ask for the signing key's passphrase once, at start (sync signs off the GUI thread)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    prompt = QCoreApplication.translate(
        "App", "This device's signing key is protected. Passphrase (needed to sync; Cancel to work without syncing):"
    )
    while True:
        text, ok = QInputDialog.getText(None, QCoreApplication.translate("App", "Unlock the signing key"),
                                        plain_text.as_text(prompt),
                                        QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            ws.unlock_key(text)
            return True
        except UserError:
            prompt = QCoreApplication.translate("App", "That passphrase is not right. Try again:")


class _BackupSignals(QObject):
    failed = Signal(str)


class _DailyBackup(QRunnable):
    """Today's automatic backup, off the GUI thread."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.signals = _BackupSignals()

    def run(self) -> None:
        from moderator_app.services.backups import ensure_daily_backup

        try:
            ensure_daily_backup(self.ws.paths)
        except UserError as exc:
            log.warning("daily backup failed: %s", exc)
            self.signals.failed.emit(refusal_text(exc))


def _daily_backup(ws: Workspace) -> None:
    QThreadPool.globalInstance().start(_DailyBackup(ws))


def screenshot(app: QApplication, window: MainWindow, path: Path, view: str | None) -> int:
    window.resize(1440, 900)
    if view:
        window.select_view(view)
    window.show()
    result = {"ok": False}

    def grab() -> None:
        result["ok"] = window.grab().save(str(path))
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    if not result["ok"]:
        sys.stderr.write(f"moderator-app: error: could not write {path}\n")
        return 2
    return 0



