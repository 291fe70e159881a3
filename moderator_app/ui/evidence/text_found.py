"""The text found in an evidence item (its text layer, page text or OCR), beside it in the viewer,
with the indicators in it highlighted, and what to do when it could not be read.

Text is read in the background for every item (``services.indicators``); an item not read yet is
read when asked. The text is shown as plain text: whatever a screenshot or page says is never
markup here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from moderator_app.domain import indicators as ind
from moderator_app.services import indicators as service
from moderator_app.services.evidence_text import Ocr, OcrStatus
from moderator_app.services.workspace import Workspace
from moderator_app.store import indicator_queries as iq
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import EvidenceRow

from ..background import Loader
from ..detail_common import MUTED
from ..plain_text import plain_label

HIGHLIGHT = "#ffe08a"
Read = tuple[str, str, str, str, str, str]  # status, method, text, reason (en, vi), engine
Found = tuple[str, Read | None, OcrStatus | None]  # the item, what was read, OCR's state when it was missing


def _with_ocr(evidence_id: str, read: Read | None) -> Found:
    """What was read, and (off the window's thread: it runs Tesseract) whether OCR is there now."""
    return evidence_id, read, Ocr.status() if read is not None and read[0] == "no_ocr" else None


class TextFoundPanel(QWidget):
    """``show_item(row)`` shows what was read from an item; ``read_now`` reads it if it was not."""

    shown = Signal()

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.row: EvidenceRow | None = None
        self.loader = Loader(self._loaded, self._failed, self)
        self.state = plain_label()
        self.state.setWordWrap(True)
        self.state.setStyleSheet(f"color: {MUTED}")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text found in this item"))
        self.found = plain_label()
        self.found.setWordWrap(True)
        self.read_button = QPushButton(self.tr("Read the text now"))
        self.read_button.clicked.connect(self.read_now)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.state)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.found)
        layout.addLayout(row)
        self.read_button.hide()

    def show_item(self, row: EvidenceRow | None) -> None:
        self.row = row
        self.text.clear()
        self.found.setText("")
        self.read_button.hide()
        if row is None or row.kind != "file":
            self.state.setText(self.tr("A link has no file to read."))
            return
        self.state.setText(self.tr("Looking for the text found in this item…"))
        evidence_id = row.id

        def read() -> Found:
            with self.ws.db.read() as conn:
                return _with_ocr(evidence_id, iq.evidence_text(raw_connection(conn), evidence_id))
        self.loader.start(read)

    def read_now(self) -> None:
        if self.row is None:
            return
        evidence_id = self.row.id
        self.read_button.setEnabled(False)
        self.state.setText(self.tr("Reading the text (text recognition can take a few seconds)…"))

        def read() -> Found:
            r = service.text_of_evidence(self.ws, evidence_id)
            if r.status in ("link",):
                return evidence_id, None, None
            return _with_ocr(evidence_id, (r.status, r.method, r.text, r.reason_en, r.reason_vi, r.engine))
        self.loader.start(read)

    def _failed(self, exc: Exception) -> None:
        self.read_button.setEnabled(True)
        self.state.setText(str(exc))

    def _loaded(self, result: Found) -> None:
        evidence_id, found, ocr = result
        if self.row is None or evidence_id != self.row.id:
            return
        self.read_button.setEnabled(True)
        if found is None:
            self.state.setText(self.tr("The text of this item has not been read yet (it is read in the background)."))
            self.read_button.show()
            self.shown.emit()
            return
        status, method, text, reason_en, reason_vi, engine = found
        reason = reason_en if self.lang == "en" else reason_vi
        how = {"ocr": self.tr("Text recognised in the picture (OCR)"), "pdf": self.tr("The PDF's text layer"),
               "html": self.tr("The page's text"), "text": self.tr("The file's text")}.get(method, "")
        if status == "done":
            head = how + (f" — {engine}" if engine else "")
            self.state.setText(head + (f". {reason}" if reason else ""))
        elif status == "no_ocr":
            assert ocr is not None
            how_to = ocr.how_to_en if self.lang == "en" else ocr.how_to_vi
            self.state.setText(self.tr("Text recognition (OCR) is not installed, so the words in this picture "
                                       "were not read.") + " " + how_to)
            self.read_button.setVisible(ocr.available)
        elif status == "none":
            self.state.setText(self.tr("There is no text to extract from this kind of file."))
        else:
            self.state.setText(self.tr("Text not extracted: {0}").format(reason))
            self.read_button.show()
        self.text.setPlainText(text)
        self._highlight(text)
        self.shown.emit()

    def _highlight(self, text: str) -> None:
        found = ind.extract(text) if text else []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT))
        doc = self.text.document()
        for item in found:
            if item.start < 0:
                continue
            cursor = QTextCursor(doc)
            cursor.setPosition(item.start)
            cursor.setPosition(item.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        if found:
            shown = [f"{ind.Kind(i.kind).label(self.lang)}: {i.display}" for i in found[:12]]
            self.found.setText(self.tr("Indicators in this text:") + "\n" + "\n".join(shown)
                               + ("\n…" if len(found) > 12 else ""))
        else:
            self.found.setText("")
