"""Starting the window: QApplication, translations, the workspace, and ``--screenshot``."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from moderator_app import __version__
from moderator_app.cli import resolve_lang, workspace_root
from moderator_app.domain.clock import in_vn
from moderator_app.domain.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DiskFull,
    NotAllowed,
    NotFound,
    UserError,
    WorkspaceBusy,
)
from moderator_app.logs import setup_logging
from moderator_app.resources import resource
from moderator_app.services.encryption import WorkspaceLocked

from . import plain_text
from .backups_dialog import RESTORE_EXIT_CODE, restore_and_reopen, take_restore_request
from .i18n import install_translations, refusal_text
from .plain_text import plain_label
from .privacy_dialog import ENCRYPT_EXIT_CODE, encrypt_and_reopen, take_encrypt_request
from .tab_order import LaidOutDialog
from .window_size import fit_resize

if TYPE_CHECKING:
    from moderator_app.services.workspace import DatabaseLost, Workspace

    from .main_window import MainWindow

log = logging.getLogger(__name__)

# The desktop entry's name without ".desktop" (packaging/linux/): Wayland compositors take it as the
# window's app id, and docks and task bars match the window to its launcher and icon by it.
DESKTOP_FILE_NAME = "vn.niemtinso.ModeratorApp"
# What the platforms without a window manager (offscreen, minimal) say for every window shown;
# --screenshot and the smoke check run on offscreen, where it is noise.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("moderator-app")
    app.setApplicationDisplayName("Digital Trust Moderator")
    app.setOrganizationName("Niem tin so")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "moderator-app.svg"))))
    return app


MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def quiet_platform_noise() -> MessageHandler | None:
    """Drop the offscreen platform's warnings that are no one's fault (``PLATFORM_NOISE``); every
    other Qt message goes where it went. Returns the handler it replaced, to put back."""
    previous: MessageHandler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in PLATFORM_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(handler)
    return previous


@contextmanager
def quiet_platform_noise_while(quiet: bool) -> Iterator[None]:
    """``quiet_platform_noise`` for a block (``--screenshot``), then Qt's messages as they were."""
    if not quiet:
        yield
        return
    previous = quiet_platform_noise()
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


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


def files_usage_error(args: argparse.Namespace) -> UserError | None:
    """What is wrong with the files to open, found before anything is opened or written."""
    files: list[Path] = getattr(args, "open_files", None) or []
    if files and args.screenshot:
        return NotAllowed("--screenshot renders the window alone: give no file to open with it",
                          vi="--screenshot chỉ chụp cửa sổ: đừng kèm tệp cần mở",
                          code="screenshot_with_files")
    for path in files:
        if not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            what_vi = "là một thư mục, không phải tệp" if path.is_dir() else "không tồn tại"
            return NotFound(f"cannot open {path}: it {what}", vi=f"không mở được {path}: tệp này {what_vi}",
                            code="file_to_open_missing")
    return None


def run_gui(args: argparse.Namespace) -> int:
    usage = _screenshot_usage_error(args)
    if usage is not None:
        sys.stderr.write(f"moderator-app: error: {usage}\n")
        return 2
    bad_file = files_usage_error(args)
    if bad_file is not None:
        sys.stderr.write(f"moderator-app: error: {bad_file.text(resolve_lang(args.lang))}\n")
        return bad_file.exit_code
    files: list[Path] = [p.resolve() for p in getattr(args, "open_files", None) or []]
    app = ensure_app()
    with quiet_platform_noise_while(bool(args.screenshot)):
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
            if isinstance(exc, WorkspaceBusy) and hand_over(root, files):
                return 0  # the window that has the workspace open shows itself and opens the files
            if isinstance(exc, WorkspaceLocked):
                return exc.exit_code  # the member cancelled the passphrase: nothing more to say
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
            window = MainWindow(ws, lang, remember_layout=not args.screenshot, sync_rounds=not args.screenshot,
                                extract=not args.screenshot)
            if args.screenshot:
                return screenshot(app, window, args.screenshot, args.view)
            window.show()
            server = FileServer(ws.root, window)
            if files:
                QTimer.singleShot(0, lambda: open_files(window, files))
            QTimer.singleShot(3000, lambda: _daily_backup(ws))
            code = app.exec()
            while code in (RESTORE_EXIT_CODE, ENCRYPT_EXIT_CODE):
                # The windows are closed (File → Backups… → Restore, or Personal data… → Encrypt): restore or
                # encrypt, then start them again.
                backup_id = take_restore_request() if code == RESTORE_EXIT_CODE else None
                encrypt = take_encrypt_request() if code == ENCRYPT_EXIT_CODE else None
                encrypting = encrypt is not None
                QThreadPool.globalInstance().waitForDone()
                try:
                    if encrypt is not None:
                        ws, message, restored = encrypt_and_reopen(ws, *encrypt)
                    elif backup_id is not None:
                        ws, message, restored = restore_and_reopen(ws, backup_id)
                    else:
                        break
                except UserError as exc:
                    title = QCoreApplication.translate("App", "Digital Trust Moderator")
                    plain_text.critical(None, title, refusal_text(exc))
                    return exc.exit_code
                encrypt = None  # the passphrase is kept no longer than needed
                window = MainWindow(ws, lang, extract=True)
                window.show()
                server.window = window
                if message:
                    icon = QMessageBox.Icon.Warning if restored else QMessageBox.Icon.Critical
                    title = (QCoreApplication.translate("App", "Encrypt the data") if encrypting
                             else QCoreApplication.translate("App", "Restore a backup"))
                    plain_text.message_box(icon, title, message, QMessageBox.StandardButton.Ok, window).open()
                else:
                    window.statusBar().showMessage(
                        QCoreApplication.translate("App", "The data on this computer is encrypted.") if encrypting
                        else QCoreApplication.translate("App", "The backup was restored."), 10000)
                code = app.exec()
            server.close()
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
    from moderator_app.services import backups, encryption
    from moderator_app.services.workspace import DatabaseLost, Workspace
    from moderator_app.store.lock import DataDirLock
    from moderator_app.store.paths import WorkspacePaths

    locked = encryption.is_encrypted(root) and not encryption.unlock(root)
    if locked and not (interactive and ask_data_passphrase(root)):
        raise encryption.locked_error(root)
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


def ask_data_passphrase(root: Path) -> bool:
    """Ask for an encrypted workspace's passphrase until it is right; ``False`` on Cancel."""
    from moderator_app.services import encryption

    prompt = QCoreApplication.translate(
        "App", "The data of this workspace is encrypted. Passphrase:")
    while True:
        ok, text = _ask_secret(QCoreApplication.translate("App", "Open the encrypted workspace"), prompt)
        if not ok:
            return False
        try:
            encryption.unlock(root, text)
            return True
        except UserError:
            prompt = QCoreApplication.translate(
                "App", "The data of this workspace is encrypted. That passphrase is not right; try again:")


def _ask_secret(title: str, prompt: str) -> tuple[bool, str]:
    """A passphrase, typed hidden, in a dialog wide enough for its title and its words."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog()
    dialog.setWindowTitle(title)
    dialog.setLabelText(plain_text.as_text(prompt))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    # The window manager shows the title with the application's name after it, in a bold font,
    # beside its buttons: the whole of it is measured, with room to spare.
    shown = f"{title} — {QGuiApplication.applicationDisplayName()}"
    # QInputDialog sizes itself from its layout, so the width is asked of its field.
    metrics = dialog.fontMetrics()
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMinimumWidth(max(metrics.horizontalAdvance(prompt), metrics.horizontalAdvance(shown) * 6 // 5 + 120,
                                  metrics.averageCharWidth() * 48))
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return ok, dialog.textValue()


def unlock_key(ws: Workspace) -> bool:
    """Ask for the signing key's passphrase once, at start (sync signs off the GUI thread)."""
    prompt = QCoreApplication.translate(
        "App", "This device's signing key is protected. Passphrase (needed to sync; Cancel to work without syncing):"
    )
    while True:
        ok, text = _ask_secret(QCoreApplication.translate("App", "Unlock the signing key"), prompt)
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





# --- files given to the program (the command line, the launcher, a second start) -----------------

# A sync package's own extension (``package export -o committee.dtmsync``); the desktop knows the
# type by it (packaging/linux/mime/vn.niemtinso.ModeratorApp.xml, the Windows installer), and by
# content: a package with another name is still recognised here.
PACKAGE_SUFFIX = ".dtmsync"
REPORT_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def file_kind(path: Path) -> str:
    """``package`` (a sync package: the package import), ``reports`` (a hotline spreadsheet: the
    report import preview) or ``evidence`` (anything else: attached to a case the member chooses).

    A package is known by its name or, whatever its name (``.zip`` from an email), by its two
    members ``package.json`` and ``committee.json``; an .xlsx is a zip too, known by its name.
    """
    suffix = path.suffix.lower()
    if suffix == PACKAGE_SUFFIX:
        return "package"
    if suffix in REPORT_SUFFIXES:
        return "reports"
    from moderator_app.sync.layout import ROOT_FILE
    from moderator_app.sync.package import PACKAGE_MANIFEST

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError):
        return "evidence"
    return "package" if {PACKAGE_MANIFEST, ROOT_FILE} <= names else "evidence"


def open_files(window: MainWindow, files: list[Path]) -> None:
    """Open each file where it belongs: packages and spreadsheets one after the other (each asks
    before it changes anything), then the evidence files together, for the case the member picks."""
    evidence: list[Path] = []
    for path in files:
        kind = file_kind(path)
        if kind == "package":
            import_package_file(window, path)
        elif kind == "reports":
            window.import_reports(str(path))
        else:
            evidence.append(path)
    if evidence:
        attach_to_chosen_case(window, evidence)


class _PackageSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _PackageImport(QRunnable):
    """``sync.package.import_package`` off the GUI thread, in the sync rounds' one-thread pool,
    so that it never runs beside a round."""

    def __init__(self, ws: Workspace, path: Path, signals: _PackageSignals) -> None:
        super().__init__()
        self.ws, self.path, self.signals = ws, path, signals

    def run(self) -> None:
        from moderator_app.sync.package import import_package

        try:
            report = import_package(self.ws, self.path)
        except UserError as exc:
            self.signals.failed.emit(refusal_text(exc))
        except Exception:  # a bug: logged with its traceback, reported without crashing the window
            log.exception("importing the sync package %s failed", self.path.name)
            self.signals.failed.emit(QCoreApplication.translate(
                "OpenFiles", "The package could not be imported because of an error in the application; the "
                             "details are in the log file."))
        else:
            self.signals.finished.emit(report)


def import_package_file(window: MainWindow, path: Path) -> None:
    """Ask, then import a sync package as ``package import`` does; the result is reported as a
    sync round's is (the Sync log, a notice for what was rejected)."""
    title = QCoreApplication.translate("OpenFiles", "Import a sync package")
    question = QCoreApplication.translate(
        "OpenFiles", "Import the sync package {0}?\n\nIts signed changes are checked as in a sync round before "
                     "anything is applied; importing the same package twice changes nothing.").format(path.name)
    if plain_text.question(window, title, question) != QMessageBox.StandardButton.Yes:
        return
    controller = window.sync_ui.controller
    signals = _PackageSignals(window)

    def finished(report: Any) -> None:
        controller.running = False
        controller.roundFinished.emit(report)  # the Sync log and the notices, as after a round
        window.statusBar().showMessage(QCoreApplication.translate(
            "OpenFiles", "Imported the sync package {0}: {1} change(s) applied.").format(
                path.name, getattr(report, "events_in", 0)), 10000)

    def failed(message: str) -> None:
        controller.running = False
        window.statusBar().clearMessage()
        plain_text.warning(window, title, message)

    signals.finished.connect(finished)
    signals.failed.connect(failed)
    controller.running = True  # no timed round starts meanwhile; the pool runs one task at a time
    window.statusBar().showMessage(QCoreApplication.translate("OpenFiles", "Importing {0}…").format(path.name))
    controller.pool.start(_PackageImport(window.ws, path, signals))


class ChooseCaseDialog(LaidOutDialog):
    """Which case a file opened from outside (the launcher, "Open with") is evidence for: the
    open cases, latest activity first, the one selected in the queue on top; typing searches."""

    LIMIT = 200

    def __init__(self, window: MainWindow, files: list[Path]) -> None:
        super().__init__(window)
        self.ws = window.ws
        self.lang = window.lang
        self.current = window.current_case_id()
        self.setWindowTitle(self.tr("Attach evidence"))
        fit_resize(self, 860, 480)  # a case's line whole: reference, influencer, status, title
        names = ", ".join(p.name for p in files[:5]) + ("…" if len(files) > 5 else "")
        label = plain_label(self.tr("Which case is {0} evidence for?").format(names), self)
        label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search: case reference, influencer, any word"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.attach_button = self.buttons.addButton(self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda *_: self.attach_button.setEnabled(self.case_id() is not None))
        self.refresh()

    def refresh(self) -> None:
        from moderator_app.domain.enums import Status
        from moderator_app.store import queries
        from moderator_app.store.database import raw_connection

        text = self.search.text().strip()
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            if text:
                rows = queries.search_cases(raw, text, limit=self.LIMIT)
                exact = queries.find_case_id(raw, text)
                if exact is not None and all(r.id != exact for r in rows):
                    row = queries.get_case(raw, exact)
                    rows = [row, *rows] if row is not None else rows
            else:
                flt = queries.CaseFilter(statuses=tuple(s.value for s in Status if s.is_open))
                rows = queries.list_cases(raw, flt, sort="activity", desc=True, limit=self.LIMIT)
                current = queries.get_case(raw, self.current) if self.current else None
                if current is not None:
                    rows = [current, *(r for r in rows if r.id != current.id)]
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.ref} · {r.influencer} · {Status(r.status).label(self.lang)} · {r.title}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.attach_button.setEnabled(self.case_id() is not None)

    def case_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def attach_to_chosen_case(window: MainWindow, files: list[Path]) -> str | None:
    """Ask which case the files are evidence for, then attach them there as the case window's
    "Attach evidence…" does (its window opens, showing them arrive); the case id, or None."""
    dialog = ChooseCaseDialog(window, files)
    if not dialog.exec() or dialog.case_id() is None:
        return None
    case_id = dialog.case_id()
    assert case_id is not None
    case_window = window.details.open_case(case_id)
    case_window.attacher.attach(case_id, files)
    return case_id


def server_name(root: Path) -> str:
    """The local socket a window listens on for files given to a second start on its workspace:
    one per user and workspace folder (the workspace lock lets one process hold it)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{root.expanduser().resolve()}".encode()).hexdigest()[:20]
    return f"moderator-app-{digest}"


MAX_MESSAGE = 1024 * 1024  # a list of paths; anything longer is not one


class FileServer(QObject):
    """Listens for a second start of the program on the same workspace (a file opened from the
    launcher while the window is open): it shows this window and opens the files here, as a
    desktop application does, instead of refusing with "already open"."""

    def __init__(self, root: Path, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.name = server_name(root)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # left by a process that was killed: the lock says none runs
        if not self.server.listen(self.name):
            log.warning("cannot listen for files from a second start: %s", self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if len(buffer) > MAX_MESSAGE:
                    socket.abort()
                    return
                if buffer.endswith(b"\n"):
                    socket.disconnectFromServer()
                    self.received(bytes(buffer))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)

    def received(self, data: bytes) -> None:
        """Show the window; open the files named (paths the other start was given, checked again)."""
        try:
            names = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return
        if not isinstance(names, list):
            return
        files = [Path(n) for n in names if isinstance(n, str) and Path(n).is_file()]
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if files:
            QTimer.singleShot(0, lambda: open_files(window, files))

    def close(self) -> None:
        self.server.close()


def hand_over(root: Path, files: list[Path], timeout_ms: int = 2000) -> bool:
    """Give the files (none: just show yourself) to the window that has ``root`` open; ``False``
    when no window listens (the workspace is held by a command, or by an older version)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(root))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(QByteArray((json.dumps([str(p) for p in files]) + "\n").encode("utf-8")))
    sent = socket.waitForBytesWritten(timeout_ms)
    if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
        socket.waitForDisconnected(timeout_ms)
    return sent
