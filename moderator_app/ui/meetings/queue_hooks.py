"""Hooks the main window uses: a "Meetings" menu that opens the meetings window, and "Add to
next meeting" for the cases selected in the queue. Kept here so the main window needs one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from moderator_app.domain.errors import UserError
from moderator_app.services import meetings as svc
from moderator_app.services.workspace import Workspace

from .. import plain_text
from ..i18n import refusal_text
from ..icons import action_icon
from ..keys import portable_key
from .window import MeetingsWindow

WINDOW_ATTRIBUTE = "_meetings_window"


def open_meetings_window(parent: QMainWindow, ws: Workspace, lang: str) -> MeetingsWindow:
    """Show the meetings window (one per main window), raised if already open."""
    window = getattr(parent, WINDOW_ATTRIBUTE, None)
    if not isinstance(window, MeetingsWindow) or not window.isVisible():
        window = MeetingsWindow(ws, lang, parent)
        setattr(parent, WINDOW_ATTRIBUTE, window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def add_to_next_meeting(parent: QWidget, ws: Workspace, case_ids: list[str]) -> svc.NextMeeting | None:
    """Put the selected cases on the next open meeting's agenda and say where they went."""
    if not case_ids:
        plain_text.information(
            parent,
            QCoreApplication.translate("Meetings", "Add to next meeting"),
            QCoreApplication.translate("Meetings", "Select one or more cases first."),
        )
        return None
    try:
        result = svc.add_to_next_meeting(ws, case_ids)
    except UserError as exc:
        plain_text.warning(parent, QCoreApplication.translate("Meetings", "Add to next meeting"), refusal_text(exc))
        return None
    text = QCoreApplication.translate("Meetings", "{0} case(s) added to “{1}”.").format(len(result.added), result.title)
    if result.already:
        text += "\n" + QCoreApplication.translate("Meetings", "Already on its agenda: {0}").format(
            ", ".join(result.already)
        )
    plain_text.information(parent, QCoreApplication.translate("Meetings", "Add to next meeting"), text)
    return result


def install_meetings_menu(
    window: QMainWindow, ws: Workspace, lang: str, selected_case_ids: Callable[[], list[str]]
) -> QMenu:
    menu = window.menuBar().addMenu(QCoreApplication.translate("Meetings", "&Meetings"))
    open_action = QAction(action_icon("meetings"), QCoreApplication.translate("Meetings", "Open &meetings…"), window)
    open_action.setShortcut(portable_key("Ctrl+Shift+M"))
    open_action.triggered.connect(lambda: open_meetings_window(window, ws, lang))
    menu.addAction(open_action)
    add_action = QAction(QCoreApplication.translate("Meetings", "Add to &next meeting"), window)
    add_action.setShortcut(portable_key("Ctrl+Shift+A"))
    add_action.triggered.connect(lambda: add_to_next_meeting(window, ws, selected_case_ids()))
    menu.addAction(add_action)
    return menu
