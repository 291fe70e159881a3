"""Publishing the public register from the window: what it will list, then the folder to write to.

The dialog says how many published decisions and named influencers the page will carry, warns
when level-4 decisions of the last three months are not marked published (they are left off the
named list), and reminds what never leaves: reporters, notes, rationale, votes, evidence. A check
box adds the platforms' record (figures per platform, never a case or an address); the choice is
kept for later publications.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import local_date
from moderator_app.domain.errors import UserError
from moderator_app.services import public_register
from moderator_app.services.workspace import Workspace

from .detail_common import MUTED, WARNING, local_datetime, show_error
from .plain_text import plain_label, rich_label
from .tab_order import LaidOutDialog


class PublishDialog(LaidOutDialog):
    """``ask_folder`` is replaced in tests."""

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.publication: public_register.Publication | None = None
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.setWindowTitle(self.tr("Publish the public register"))
        today = local_date(ws.clock.wall())
        self.as_of = QDateEdit(QDate(today.year, today.month, today.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setAccessibleName(self.tr("Register as of"))
        self.as_of.dateChanged.connect(lambda _d: self.update_summary())
        self.page_lang = QComboBox()
        self.page_lang.setAccessibleName(self.tr("Language of the page"))
        self.page_lang.addItem("Tiếng Việt", "vi")
        self.page_lang.addItem("English", "en")
        self.platform_figures = QCheckBox(self.tr("Show how &platforms answered takedown requests (last 12 months)"))
        self.platform_figures.setToolTip(self.tr(
            "Per platform: requests sent, answered in time, late, no answer, refused, median hours to removal, "
            "content back online. Figures only: no case, content or address."))
        self.platform_figures.setChecked(public_register.register_platform_figures(ws))
        self.platform_figures.toggled.connect(lambda _c: self.update_summary())
        self.summary = rich_label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the register will list"))
        never = plain_label(self.tr(
            "Published: date, influencer, accounts, category, outcome and the public summary of "
            "each decision marked published, and the named non-compliant list. Never published: "
            "reporters and their contacts, notes, rationale, votes, members' names, evidence."))
        never.setWordWrap(True)
        never.setStyleSheet(f"color: {MUTED}")
        form = QFormLayout()
        form.addRow(self.tr("Register &as of"), self.as_of)
        form.addRow(self.tr("&Language of the page"), self.page_lang)
        form.addRow("", self.platform_figures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = QPushButton(self.tr("Choose a folder and publish…"))
        self.publish_button.setDefault(True)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.clicked.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(never)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.update_summary()

    def day(self) -> date:
        d = self.as_of.date()
        return date(d.year(), d.month(), d.day())

    def update_summary(self) -> None:
        day = self.day()
        content = public_register.register_content(self.ws, day,
                                                   platform_figures=self.platform_figures.isChecked())
        missing = public_register.unpublished_named(self.ws, day)
        lines = [html.escape(self.tr("{0} published decision(s) in force; {1} influencer(s) on the named "
                                     "non-compliant list.").format(len(content.decisions), len(content.named)))]
        if content.platforms is not None:
            total = content.platforms.total
            lines.append(html.escape(self.tr(
                "Takedown requests of the last 12 months: {0} sent to {1} platform(s), {2} answered in time.").format(
                    total.sent, len(content.platforms.rows), total.in_time)))
        if missing:
            lines.append(f"<span style='color:{WARNING}'>" + html.escape(self.tr(
                "{0} decision(s) naming an influencer as non-compliant in the last 3 months are not marked "
                "published and will be left off the list.").format(missing)) + "</span>")
        last = public_register.last_publication(self.ws)
        if last is not None:
            lines.append(f"<span style='color:{MUTED}'>" + html.escape(self.tr(
                "Last published {0} by {1} ({2} decisions).").format(local_datetime(last.published_at),
                                                                    last.published_by, last.decisions)) + "</span>")
        self.summary.setText("<br>".join(lines))

    def _ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the public register"))
        return Path(name) if name else None

    def publish(self) -> bool:
        folder = self.ask_folder()
        if folder is None:
            return False
        try:
            self.publication = public_register.publish(self.ws, folder, str(self.page_lang.currentData()),
                                                       self.day(), platform_figures=self.platform_figures.isChecked())
        except UserError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True
