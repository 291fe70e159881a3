"""File → Backups…: the database's backups, one made now, and restoring one.

Restoring replaces the database the whole window reads, so it is never done under an open
window. After the person confirms, the dialog asks the application to close its windows and
leave its event loop with ``RESTORE_EXIT_CODE``; ``run_gui`` then calls ``restore_and_reopen``,
which restores while it still holds the data directory's lock (first backing up the current
database and keeping it aside), opens the workspace again, syncs once when it belongs to a
committee (so this computer's own changes synced after the backup come back instead of forking
its history), and the window starts again on the restored data.

The main window calls one function: ``install_backups_action(window, ws)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import in_vn
from moderator_app.domain.errors import UserError
from moderator_app.services import backups
from moderator_app.services.backups import BackupInfo
from moderator_app.services.workspace import Workspace
from moderator_app.store.paths import WorkspacePaths

from .background import Loader
from .detail_common import MUTED, show_error, size_text
from .i18n import refusal_text
from .icons import action_icon
from .plain_text import message_box, plain_label
from .rows_model import Column, RowsModel, table_view
from .tab_order import LaidOutDialog

log = logging.getLogger(__name__)

RESTORE_EXIT_CODE = 0x5E57  # the event loop ended so that a backup can be restored
RESTORE_PROPERTY = "moderator_app_restore_backup"
ACTION_NAME = "backupsAction"


def reason_label(reason: str) -> str:
    """Why a backup was made, in words."""
    if reason == "daily":
        return QCoreApplication.translate("Backups", "Daily")
    if reason == "manual":
        return QCoreApplication.translate("Backups", "Made on request")
    if reason == "pre-restore":
        return QCoreApplication.translate("Backups", "Before a restore")
    if reason.startswith("pre-migrate"):
        return QCoreApplication.translate("Backups", "Before an update of the application")
    return reason


def when_label(info: BackupInfo) -> str:
    return in_vn(info.created).strftime("%d/%m/%Y %H:%M")  # Vietnam's time, as every time shown


def size_label(size: int) -> str:
    return size_text(size)


class BackupsDialog(LaidOutDialog):
    """The list, "Back up now" and "Restore…". ``confirm`` is replaced in tests."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None,
                 on_restore: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.paths: WorkspacePaths = ws.paths
        self.on_restore = on_restore or request_restore
        self.confirm: Callable[[BackupInfo], bool] = self._confirm
        self.restore_requested: str | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(640, 420)

        intro = plain_label(self.tr(
            "Copies of this computer's database, kept in {0}: one a day (the last 7 days and one for each of the "
            "last 4 weeks), one before every update of the application, and those you make.").format(
                str(self.paths.backups)))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model: RowsModel[BackupInfo] = RowsModel([
            Column(self.tr("Date"), when_label, sort_key=lambda b: b.created),
            Column(self.tr("Reason"), lambda b: reason_label(b.reason)),
            Column(self.tr("Size"), lambda b: size_label(b.size), align_right=True, sort_key=lambda b: b.size),
        ], self)
        self.table = table_view(self.model, self.tr("Backups"), self, stretch_last=False)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(2, 110)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())

        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {MUTED}")
        self.status.setAccessibleName(self.tr("Backup status"))

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up the database now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)

        self.loader = Loader(self._backed_up, self._failed, self)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    # --- the list ---------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        found = backups.list_backups(self.paths)
        self.model.set_rows(found)
        ids = [b.id for b in found]
        if found:
            self.table.selectRow(ids.index(select) if select in ids else 0)
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.loader.busy)
        self.backup_button.setEnabled(not self.loader.busy)

    # --- backing up (off the GUI thread: a large database takes a while) ---------------------

    def back_up_now(self) -> None:
        paths = self.paths
        self.status.setText(self.tr("Backing up…"))
        self.loader.start(lambda: backups.create_backup(paths, "manual"))
        self._update_buttons()

    def _backed_up(self, info: BackupInfo) -> None:
        self.status.setText(self.tr("Backed up: {0}").format(when_label(info)))
        self.refresh(select=info.id)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("The backup was not made."))
        self._update_buttons()
        show_error(self, exc)

    # --- restoring ----------------------------------------------------------------------------

    def _confirm(self, info: BackupInfo) -> bool:
        box = message_box(QMessageBox.Icon.Warning, self.tr("Restore a backup"),
                          self.tr("Restore the backup of {0}?").format(when_label(info)),
                          QMessageBox.StandardButton.NoButton, self)
        committee = self.ws.local_state("committee_root") is not None
        details = [self.tr(
            "The database will be replaced by this backup: everything recorded on this computer after {0} will "
            "no longer be in it.").format(when_label(info))]
        if committee:
            details.append(self.tr(
                "The application will then sync once: changes of yours that were already synced come back from "
                "the shared folder; changes never synced are lost."))
        details.append(self.tr(
            "The current database is backed up first and kept aside in {0}, so nothing is destroyed.").format(
                str(self.paths.root / "replaced")))
        details.append(self.tr("All windows will close and the application will open again on the restored data."))
        box.setInformativeText("\n\n".join(details))
        restore = box.addButton(self.tr("Restore and reopen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.loader.busy:
            return
        if not self.confirm(info):
            return
        self.restore_requested = info.id
        self.accept()
        self.on_restore(info.id)


# --- the restart ---------------------------------------------------------------------------


def leave_event_loop(exit_code: int) -> bool:
    """Close every window and end the event loop with ``exit_code``, for ``run_gui`` to work on the
    closed workspace (restore a backup, encrypt it) and start the windows again. False (nothing
    happens) when a window refuses to close."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Closing the last window must not also post a "quit": it would end the restarted event loop.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        QApplication.closeAllWindows()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    if any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)):
        return False
    app.exit(exit_code)
    return True


def request_restore(backup_id: str) -> bool:
    """Close every window and end the event loop so that ``run_gui`` restores ``backup_id``.
    False (nothing happens) when a window refuses to close."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setProperty(RESTORE_PROPERTY, backup_id)
    if not leave_event_loop(RESTORE_EXIT_CODE):
        app.setProperty(RESTORE_PROPERTY, None)
        return False
    return True


def take_restore_request() -> str | None:
    """The backup ``request_restore`` asked for, once."""
    app = QApplication.instance()
    if app is None:
        return None
    value = app.property(RESTORE_PROPERTY)
    app.setProperty(RESTORE_PROPERTY, None)
    return str(value) if value else None


def restore_and_reopen(ws: Workspace, backup_id: str) -> tuple[Workspace, str | None, bool]:
    """Restore ``backup_id`` into the closed workspace and open it again.

    Returns the workspace to use from now on, a message for the person (``None`` when all went
    well and there is nothing to add) and whether the backup was restored. Nothing else may be
    using ``ws``: the windows are closed and the background jobs finished.
    """

    def restore(paths: WorkspacePaths) -> backups.Restored | UserError:
        try:
            return backups.restore_with_safety_copy(paths, backup_id)
        except UserError as exc:
            return exc

    log.info("restoring backup %s", backup_id)
    new_ws, outcome = ws.reopen(restore)
    if isinstance(outcome, UserError):
        text = QCoreApplication.translate("Backups", "The backup was not restored, and nothing was changed: {0}")
        return new_ws, text.format(str(outcome)), False
    if new_ws.local_state("committee_root") is None:
        return new_ws, None, True
    from moderator_app.sync.round import run_round

    try:
        run_round(new_ws)
    except UserError as exc:
        text = QCoreApplication.translate(
            "Backups",
            "The backup was restored, but the sync that brings back your changes synced after the backup did not "
            "run: {0}\n\nSync before changing anything, as soon as that is possible.")
        return new_ws, text.format(refusal_text(exc)), True
    return new_ws, None, True


# --- the menu item --------------------------------------------------------------------------


def _is_quit(action: QAction) -> bool:
    """The Quit action: by its standard shortcut, or by its text where the platform has none."""
    shortcut = action.shortcut()
    if not shortcut.isEmpty() and shortcut in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit):
        return True
    return action.text() in ("&Quit", QCoreApplication.translate("MainWindow", "&Quit"))


def file_menu(window: QMainWindow) -> tuple[QMenu, QAction | None]:
    """The window's first menu (File) and its Quit action, if any."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            return menu, next((a for a in menu.actions() if _is_quit(a)), None)
    return window.menuBar().addMenu(QCoreApplication.translate("Backups", "&File")), None


def open_backups(window: QWidget, ws: Workspace) -> BackupsDialog:
    dialog = BackupsDialog(ws, window)
    dialog.open()
    return dialog


def install_backups_action(window: QMainWindow, ws: Workspace) -> QAction:
    """Add File → Backups… to ``window`` (before Quit when the File menu has it)."""
    menu, quit_action = file_menu(window)
    action = QAction(action_icon("backups"), QCoreApplication.translate("Backups", "&Backups…"), window)
    action.setObjectName(ACTION_NAME)
    action.setStatusTip(
        QCoreApplication.translate("Backups", "See the database's backups, make one now, or restore one"))
    action.triggered.connect(lambda: open_backups(window, ws))
    if quit_action is not None:
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
    else:
        menu.addAction(action)
    return action
