"""What is shown when there is nothing to display: a link, a file type without a viewer, a file
that failed its integrity check, or an image refused as too large."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..plain_text import plain_label, rich_label
from .pane import Pane

STYLES = {
    "info": "QLabel#headline { color: #202124; }",
    "warning": "QLabel#headline { color: #b06000; }",
    "danger": "QLabel#headline { color: #b3261e; }",
}


class InfoPane(Pane):
    saveCopy = Signal()
    copyAddress = Signal()

    family = "other"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = plain_label()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.body = rich_label()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(self.tr("Details"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.saveCopy)
        self.copy_button = QPushButton(self.tr("Copy address"))
        self.copy_button.clicked.connect(self.copyAddress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_info(self, headline: str, body_html: str, *, tone: str = "info", can_save: bool = False,
                  can_copy: bool = False) -> None:
        """``headline`` is plain text; ``body_html`` is markup, with every inserted value escaped."""
        self.setStyleSheet(STYLES[tone])
        self.headline.setText(headline)
        self.body.setText(body_html)
        self.save_button.setVisible(can_save)
        self.copy_button.setVisible(can_copy)
