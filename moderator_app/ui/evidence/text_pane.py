"""Text and chat exports, and captured web pages: find, select, and mark spans of text.

Marks store code point offsets into the text as shown (``domain.textspan``); Qt counts UTF-16
units, so offsets are converted at the edge. Find ignores case and Vietnamese diacritics, as the
case search does: "khong can giay to" finds "không cần giấy tờ".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.textspan import FoldedText, Utf16Map
from moderator_app.store.queries import AnnotationRow

from ..plain_text import plain_label
from .loader import Loaded
from .pane import Pane

MARK_BACKGROUND = QColor(255, 214, 0, 120)
SELECTED_BACKGROUND = QColor(26, 115, 232, 90)
PENDING_BACKGROUND = QColor(242, 153, 0, 110)
FOUND_BACKGROUND = QColor(52, 168, 83, 70)
CURRENT_FOUND_BACKGROUND = QColor(52, 168, 83, 160)


class TextPaneBase(Pane):
    """Shared by plain text and web pages: the editor widget comes from the subclass."""

    mark_kinds = ("span",)

    def __init__(self, editor: QPlainTextEdit | QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.editor.setReadOnly(True)
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.editor.cursorPositionChanged.connect(self._on_cursor)
        self.plain = ""
        self._map = Utf16Map("")
        self._folded: FoldedText | None = None
        self._marks: list[AnnotationRow] = []
        self._selected: str | None = None
        self._pending: dict[str, Any] | None = None
        self._found: list[tuple[int, int]] = []
        self._found_index = -1
        self._focusing = False

        bar = self.toolbar()
        self.action(bar, self.tr("Mark selection"), self.mark_selection, "M",
                    self.tr("Mark the selected text as a span"))
        bar.addSeparator()
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find (no need for diacritics)"))
        self.find_box.setAccessibleName(self.tr("Find in text"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(280)
        self.find_box.textChanged.connect(self.find)
        self.find_box.returnPressed.connect(self.find_next)
        bar.addWidget(self.find_box)
        self.action(bar, self.tr("Previous"), self.find_previous, "Shift+F3")
        self.action(bar, self.tr("Next"), self.find_next, "F3")
        self.action(bar, self.tr("Find"), self.focus_find, QKeySequence.StandardKey.Find)
        self.found_label = plain_label()
        self.found_label.setAccessibleName(self.tr("Matches found"))
        bar.addWidget(self.found_label)
        self.top = QVBoxLayout(self)
        self.top.setContentsMargins(0, 0, 0, 0)
        self.top.setSpacing(0)
        self.top.addWidget(bar)

    def set_text_loaded(self) -> None:
        """Call after the editor's document is filled."""
        self.plain = self.editor.document().toPlainText()
        self._map = Utf16Map(self.plain)
        self._folded = None
        self._found, self._found_index = [], -1
        self.found_label.clear()
        if self.find_box.text():
            self.find(self.find_box.text())
        self._refresh()

    # --- positions ------------------------------------------------------------------------

    def _cursor(self, start_cp: int, end_cp: int) -> QTextCursor:
        cursor = QTextCursor(self.editor.document())
        last = max(0, self.editor.document().characterCount() - 1)
        cursor.setPosition(min(self._map.to_utf16(start_cp), last))
        cursor.setPosition(min(self._map.to_utf16(end_cp), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selection_span(self) -> dict[str, Any] | None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_codepoints(cursor.selectionStart())
        end = self._map.to_codepoints(cursor.selectionEnd())
        if end <= start:
            return None
        return {"start": start, "end": end, "quote": self.plain[start:end][:2000]}

    def mark_selection(self) -> None:
        span = self.selection_span()
        if span is None:
            self.message.emit(self.tr("Select some text first, then mark it."))
            return
        self.drawn.emit("span", span)

    def select_span(self, start: int, end: int) -> None:
        """Select characters ``start``..``end`` (code points), as a person would with the mouse."""
        self.editor.setTextCursor(self._cursor(start, end))

    # --- marks ----------------------------------------------------------------------------

    def show_marks(self, marks: list[AnnotationRow], selected: str | None) -> None:
        self._marks = [m for m in marks if m.kind == "span"]
        self._selected = selected
        self._refresh()

    def set_pending(self, kind: str | None, geometry: dict[str, Any] | None) -> None:
        self._pending = geometry if kind == "span" else None
        self._refresh()

    def focus_mark(self, mark: AnnotationRow) -> None:
        cursor = self._cursor(int(mark.geometry["start"]), int(mark.geometry["end"]))
        self._focusing = True
        try:
            end = QTextCursor(cursor)
            end.setPosition(cursor.selectionEnd())
            self.editor.setTextCursor(end)
            self.editor.ensureCursorVisible()
            start = QTextCursor(cursor)
            start.setPosition(cursor.selectionStart())
            self.editor.setTextCursor(start)
            self.editor.ensureCursorVisible()
        finally:
            self._focusing = False

    def _selection(self, start: int, end: int, color: QColor, underline: bool = False) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#1a73e8"))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def _refresh(self) -> None:
        selections = []
        for start, end in self._found:
            selections.append(self._selection(start, end, FOUND_BACKGROUND))
        if 0 <= self._found_index < len(self._found):
            start, end = self._found[self._found_index]
            selections.append(self._selection(start, end, CURRENT_FOUND_BACKGROUND))
        for m in self._marks:
            chosen = m.id == self._selected
            selections.append(self._selection(int(m.geometry["start"]), int(m.geometry["end"]),
                                              SELECTED_BACKGROUND if chosen else MARK_BACKGROUND, underline=chosen))
        if self._pending:
            selections.append(self._selection(int(self._pending["start"]), int(self._pending["end"]),
                                              PENDING_BACKGROUND))
        self.editor.setExtraSelections(selections)

    def _on_cursor(self) -> None:
        if self._focusing:
            return
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            return
        at = self._map.to_codepoints(cursor.position())
        for m in self._marks:
            if int(m.geometry["start"]) <= at < int(m.geometry["end"]):
                self.markClicked.emit(m.id)
                return

    # --- find -----------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def find(self, text: str) -> int:
        if self._folded is None:
            self._folded = FoldedText(self.plain)
        self._found = self._folded.find_all(text) if text.strip() else []
        self._found_index = 0 if self._found else -1
        self._show_found()
        return len(self._found)

    def _show_found(self) -> None:
        if not self.find_box.text().strip():
            self.found_label.clear()
        elif not self._found:
            self.found_label.setText(self.tr("Not found"))
        else:
            self.found_label.setText(self.tr("{0} of {1}").format(self._found_index + 1, len(self._found)))
            start, end = self._found[self._found_index]
            self._focusing = True
            try:
                cursor = self._cursor(start, end)
                self.editor.setTextCursor(cursor)
                self.editor.ensureCursorVisible()
            finally:
                self._focusing = False
        self._refresh()

    def find_next(self) -> None:
        if self._found:
            self._found_index = (self._found_index + 1) % len(self._found)
            self._show_found()

    def find_previous(self) -> None:
        if self._found:
            self._found_index = (self._found_index - 1) % len(self._found)
            self._show_found()


class TextPane(TextPaneBase):
    """Plain text and chat exports."""

    family = "text"

    def __init__(self, parent: QWidget | None = None) -> None:
        editor = QPlainTextEdit()
        editor.setAccessibleName(self.tr("Text"))
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = editor.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        editor.setFont(font)
        super().__init__(editor, parent)
        self.top.addWidget(editor, 1)

    def load(self, result: Loaded) -> None:
        assert result.text is not None and isinstance(self.editor, QPlainTextEdit)
        self.editor.setPlainText(result.text)
        self.set_text_loaded()
        lines = len(result.text.splitlines())
        self.message.emit(self.tr("{0} lines, {1} characters").format(lines, len(result.text)))
