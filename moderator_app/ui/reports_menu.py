"""The main window's "Reports" menu: statistics, letters, the public register.

Kept here so the main window needs one call: ``install_reports_menu``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from moderator_app.services.workspace import Workspace

from .icons import action_icon
from .keys import portable_key

WINDOW_ATTRIBUTE = "_statistics_window"


def open_statistics(parent: QMainWindow, ws: Workspace, lang: str) -> QMainWindow:
    """Show the statistics dashboard (one per main window), raised if already open."""
    from .statistics.window import StatisticsWindow

    window = getattr(parent, WINDOW_ATTRIBUTE, None)
    if not isinstance(window, StatisticsWindow) or not window.isVisible():
        window = StatisticsWindow(ws, lang, parent)
        setattr(parent, WINDOW_ATTRIBUTE, window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def publish_register(parent: QMainWindow, ws: Workspace, lang: str) -> None:
    from .public_register_dialog import PublishDialog

    dialog = PublishDialog(ws, lang, parent)
    if dialog.exec() and dialog.publication is not None:
        p = dialog.publication
        parent.statusBar().showMessage(
            QCoreApplication.translate("Reports", "Public register published in {0}: {1} decisions, {2} named").format(
                str(p.folder), p.decisions, p.named
            ),
            8000,
        )


def install_reports_menu(
    window: QMainWindow, ws: Workspace, lang: str, current_case: Callable[[], str | None]
) -> QMenu:
    from .letters.hooks import letter_action

    menu = window.menuBar().addMenu(QCoreApplication.translate("Reports", "&Reports"))
    stats = QAction(action_icon("statistics"), QCoreApplication.translate("Reports", "&Statistics…"), window)
    stats.setShortcut(portable_key("Ctrl+Shift+T"))
    stats.triggered.connect(lambda: open_statistics(window, ws, lang))
    menu.addAction(stats)
    menu.addAction(letter_action(window, ws, lang, current_case))
    publish = QAction(QCoreApplication.translate("Reports", "&Publish the public register…"), window)
    publish.triggered.connect(lambda: publish_register(window, ws, lang))
    menu.addAction(publish)
    return menu
