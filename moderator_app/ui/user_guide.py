"""Help → User guide: a short guide for committee members, in the interface's language.

The guide is Markdown in ``moderator_app/data/guide/`` (``vi.md``, ``en.md``) with pictures of the real
windows; its pictures are scaled to the window's width so the text beside them stays readable.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from moderator_app.resources import resource

from .tab_order import LaidOutDialog
from .window_size import fit_resize

PICTURE_WIDTH = 820  # pixels: the guide's pictures fit a window on a 1366×768 screen


def guide_text(lang: str) -> str:
    """The guide's Markdown in ``lang`` (Vietnamese when there is none in it)."""
    path = resource("guide", f"{'en' if lang == 'en' else 'vi'}.md")
    return path.read_text("utf-8")


def pictures(markdown: str) -> list[str]:
    """The relative paths of the pictures the guide shows."""
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", markdown)


class UserGuide(LaidOutDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("User guide"))
        text = guide_text(lang)
        document = QTextDocument(self.browser)
        document.setMarkdown(text)  # first: setting the text clears the document's resources
        for name in pictures(text):
            image = QImage(str(resource("guide", name)))
            if not image.isNull() and image.width() > PICTURE_WIDTH:
                image = image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.browser.setDocument(document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_resize(self, PICTURE_WIDTH + 80, 760)
