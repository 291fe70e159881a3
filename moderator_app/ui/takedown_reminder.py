"""The queue's reminder of takedown requests to chase, in the status bar beside the sync indicator:
"Takedowns overdue: 2 · Re-checks due: 1", each part a flat button that shows its view of
the queue, the whole hidden when nothing waits. Never a dialog: it is there when the member looks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from .detail_common import WARNING
from .plain_text import as_text, plain_label

if TYPE_CHECKING:
    from moderator_app.services.takedowns import TakedownCounts

# The parts in the order they are read: what is late first.
PARTS = (("overdue", "takedowns_overdue"), ("rechecks_due", "rechecks_due"), ("back_online", "back_online"))
# A deadline missed and content up again are drawn as the suspension proposals' notice is (something
# to act on); a re-check due is the routine of the week.
URGENT_PARTS = frozenset({"overdue", "back_online"})


class TakedownReminder(QWidget):
    """Up to three links, one per takedown view with something in it."""

    viewRequested = Signal(str)  # the key of the view to show (ui.views)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TakedownReminder")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[str, QToolButton] = {}
        self.separators: dict[str, QLabel] = {}
        for i, (part, view) in enumerate(PARTS):
            if i:
                dot = plain_label("·")
                self.separators[part] = dot
                layout.addWidget(dot)
            button = QToolButton()
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setToolTip(as_text(self._part_tip(part)))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            if part in URGENT_PARTS:
                button.setStyleSheet(f"color: {WARNING}; font-weight: 600")
            button.clicked.connect(lambda _checked=False, key=view: self.viewRequested.emit(key))
            self.buttons[part] = button
            layout.addWidget(button)
        self.show_counts(None)

    def _part_text(self, part: str, n: int) -> str:
        """Short, for a status bar that also holds the sync state at 1366 pixels; the tooltip says more."""
        count = QLocale().toString(n)
        if part == "overdue":
            return self.tr("Takedowns overdue: {0}").format(count)
        if part == "rechecks_due":
            return self.tr("Re-checks due: {0}").format(count)
        return self.tr("Back online: {0}").format(count)

    def _part_tip(self, part: str) -> str:
        if part == "overdue":
            return self.tr("Takedown requests with no answer recorded after their deadline. Show these cases in "
                           "the queue")
        if part == "rechecks_due":
            return self.tr("Removed content to look at again (7 and 30 days after its removal). Show these cases "
                           "in the queue")
        return self.tr("Removed content found up again at its latest re-check. Show these cases in the queue")

    def show_counts(self, counts: TakedownCounts | None) -> None:
        """Show what waits (requests, not cases); hidden when nothing does or nothing is known yet."""
        shown = []
        for part, _view in PARTS:
            n = getattr(counts, part, 0) if counts is not None else 0
            button = self.buttons[part]
            button.setText(self._part_text(part, n))
            button.setAccessibleName(button.text())
            button.setVisible(n > 0)
            if n > 0:
                shown.append(part)
        for part, dot in self.separators.items():
            dot.setVisible(bool(shown) and part in shown and part != shown[0])
        self.setVisible(bool(shown))

    def text(self) -> str:
        """The line as read: its visible parts."""
        return " · ".join(b.text() for part, b in self.buttons.items() if not b.isHidden())
