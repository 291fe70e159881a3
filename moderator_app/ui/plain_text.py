"""Text from outside is shown as text, never as markup.

Qt guesses: a ``QLabel`` left on ``Qt.AutoText``, a tooltip, and the text of ``QMessageBox``'s
static functions, ``QInputDialog`` and ``QProgressDialog`` are rendered as HTML whenever they look
like HTML (``Qt.mightBeRichText``). File names, page titles, report descriptions, influencer
names and handles, members' names and notes come from strangers or from other computers, so a
captured page titled ``<img src="file:///etc/hosts"><b>VERIFIED BY COMMITTEE</b>`` would draw a
picture from this computer and a fake banner in the application's own chrome.

The rule in ``moderator_app/ui``: labels are made here — ``plain_label`` (plain text) or, where markup
is meant (bold, colour, tables), ``rich_label``, whose callers escape every inserted value with
``html.escape``; tooltips and message texts that may carry outside data go through ``as_text``;
message boxes come from the functions below. (``QFormLayout.addRow`` with a string makes a
guessing label too: give it translations only.) ``tests/test_hostile_ui_text.py`` checks the rule
in the source and sweeps the windows with hostile data.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

StandardButton = QMessageBox.StandardButton


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows exactly its text, whatever it looks like."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


class ElidedLabel(QLabel):
    """A plain-text label that gives way when space is short, shortening its text in the middle with
    "…" (a folder's path keeps its start and its end) rather than cutting it off."""

    def __init__(self, text: str = "", parent: QWidget | None = None, minimum: int = 80) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._minimum = minimum
        self.setText(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)


def rich_label(markup: str = "", parent: QWidget | None = None) -> QLabel:
    """A label meant to show markup; every value put into it must be ``html.escape``d."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setText(markup)
    return widget


def as_text(text: str) -> str:
    """``text`` for a place where Qt guesses the format: unchanged if Qt would show it as plain
    text, otherwise as escaped HTML that shows the same characters (tags included) literally."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: StandardButton = StandardButton.Ok, parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text is plain (its informative and detailed texts follow it)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def warning(parent: QWidget | None, title: str, text: str,
            buttons: StandardButton = StandardButton.Ok,
            default: StandardButton = StandardButton.NoButton) -> StandardButton:
    return QMessageBox.warning(parent, title, as_text(text), buttons, default)


def information(parent: QWidget | None, title: str, text: str,
                buttons: StandardButton = StandardButton.Ok,
                default: StandardButton = StandardButton.NoButton) -> StandardButton:
    return QMessageBox.information(parent, title, as_text(text), buttons, default)


def critical(parent: QWidget | None, title: str, text: str,
             buttons: StandardButton = StandardButton.Ok,
             default: StandardButton = StandardButton.NoButton) -> StandardButton:
    return QMessageBox.critical(parent, title, as_text(text), buttons, default)


def question(parent: QWidget | None, title: str, text: str,
             buttons: StandardButton = StandardButton.Yes | StandardButton.No,
             default: StandardButton = StandardButton.NoButton) -> StandardButton:
    return QMessageBox.question(parent, title, as_text(text), buttons, default)
