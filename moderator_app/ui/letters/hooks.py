"""The "Write a letter…" action, for the case window's toolbar and the main window's menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from moderator_app.services.workspace import Workspace

from .. import plain_text
from ..icons import action_icon
from ..keys import portable_key


def write_letter(window: QMainWindow, ws: Workspace, lang: str, case_ref: str | None) -> None:
    """Open the letter writer for a case; say so when no case is selected."""
    if not case_ref:
        plain_text.information(
            window,
            QCoreApplication.translate("Letters", "Write a letter"),
            QCoreApplication.translate("Letters", "Select a case first."),
        )
        return
    from .dialog import open_letter_dialog

    dialog = open_letter_dialog(window, ws, lang, case_ref)
    dialog.letterSent.connect(lambda text: window.statusBar().showMessage(text, 8000))
    dialog.takedownSent.connect(lambda case_id, letter_id: record_takedown(window, ws, lang, case_id, letter_id))


def record_takedown(window: QMainWindow, ws: Workspace, lang: str, case_id: str, letter_id: str) -> None:
    """The takedown request a letter just saved went with: its platform and the letter filled in."""
    from ..takedown_dialogs import open_request_dialog

    open_request_dialog(window, ws, lang, case_id, letter_id=letter_id)


def letter_action(window: QMainWindow, ws: Workspace, lang: str, case_ref: Callable[[], str | None]) -> QAction:
    action = QAction(action_icon("letter"), QCoreApplication.translate("Letters", "Write a &letter…"), window)
    action.setShortcut(portable_key("Ctrl+Shift+L"))
    action.setToolTip(
        QCoreApplication.translate(
            "Letters",
            "A notice of complaint, a decision letter or a takedown request, saved as a PDF and attached to the case",
        )
    )
    action.triggered.connect(lambda: write_letter(window, ws, lang, case_ref()))
    return action
