"""What every evidence view (image, PDF, text, web page, media, info) offers the viewer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from moderator_app.store.queries import AnnotationRow

from ..keys import portable_key
from ..plain_text import as_text
from .loader import Loaded


class Pane(QWidget):
    """One kind of evidence on screen. Marks come in as annotation rows; new ones go out as
    ``drawn(kind, geometry)`` with normalised geometry, and a click on a mark as ``markClicked``."""

    drawn = Signal(str, dict)
    markClicked = Signal(str)
    message = Signal(str)  # a short status text for the viewer's status line

    family = ""
    mark_kinds: tuple[str, ...] = ()

    def load(self, result: Loaded) -> None:
        """Show a freshly loaded and verified evidence file."""

    def show_marks(self, marks: list[AnnotationRow], selected: str | None) -> None:
        """Draw the item's marks; ``selected`` stands out."""

    def set_pending(self, kind: str | None, geometry: dict[str, Any] | None) -> None:
        """Show (or stop showing) a mark drawn but not saved yet."""

    def focus_mark(self, mark: AnnotationRow) -> None:
        """Bring a mark into view: its region, page, text or moment."""

    def set_veiled(self, veiled: bool) -> None:
        """Hide or show sensitive content (images and video)."""

    def annotated_image(self, marks: list[AnnotationRow]) -> QImage | None:
        """The content with its marks drawn, for export; ``None`` where that makes no sense."""
        return None

    def stop(self) -> None:
        """Stop anything playing or running (the viewer moves to another item or closes)."""

    def toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        bar.setAccessibleName(self.tr("Viewer tools"))
        return bar

    def action(self, bar: QToolBar, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
               tip: str | None = None, checkable: bool = False) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(portable_key(shortcut) if isinstance(shortcut, str) else QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tooltip = tip or text
        if shortcut is not None:
            tooltip += f" ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        act.setToolTip(as_text(tooltip))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        bar.addAction(act)
        self.addAction(act)
        button = bar.widgetForAction(act)
        if button is not None:
            button.setAccessibleName(tip or text)
        return act
