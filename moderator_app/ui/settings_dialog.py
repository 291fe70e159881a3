"""Settings of this data directory: language, look, evidence, sync, the working-day calendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.errors import UserError
from moderator_app.services import preferences as P
from moderator_app.services.workspace import Workspace

from . import plain_text
from .i18n import refusal_text
from .plain_text import plain_label
from .tab_order import LaidOutDialog

MB = 1024**2


class SettingsDialog(LaidOutDialog):
    """Edits ``services.preferences`` (and the sync folder and interval); applies on OK."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.prefs = P.load(ws)
        self.changed_language = False
        tabs = QTabWidget()
        tabs.addTab(self._general(), self.tr("General"))
        tabs.addTab(self._evidence(), self.tr("Evidence"))
        tabs.addTab(self._sync(), self.tr("Sync"))
        from .calendar_page import CalendarPage

        self.calendar = CalendarPage(ws)
        tabs.addTab(self.calendar, self.tr("Calendar"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    # --- pages --------------------------------------------------------------------------

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for label, code in ((self.tr("As the system (Vietnamese unless it is English)"), None),
                            ("Tiếng Việt", "vi"), ("English", "en")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        form.addRow(self.tr("&Language"), self.language)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for label, code in ((self.tr("As the system"), "system"), (self.tr("Light"), "light"),
                            (self.tr("Dark"), "dark")):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.prefs.theme)))
        form.addRow(self.tr("&Theme"), self.theme)
        self.font_size = QSpinBox()
        self.font_size.setAccessibleName(self.tr("Font size"))
        # Only the sizes that can be chosen: the step below the smallest is "As the system".
        self.font_size.setRange(P.FONT_SIZES.start - 1, P.FONT_SIZES.stop - 1)
        self.font_size.setSpecialValueText(self.tr("As the system"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(self.prefs.font_size or self.font_size.minimum())
        form.addRow(self.tr("&Font size"), self.font_size)
        note = plain_label(self.tr("A new language applies when the application starts again."))
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _evidence(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.blur = QCheckBox(self.tr("Blur sensitive pictures until I click them"))
        self.blur.setChecked(self.prefs.sensitive_blur)
        form.addRow(self.blur)
        self.limit = QSpinBox()
        self.limit.setAccessibleName(self.tr("Largest evidence file"))
        self.limit.setRange(1, P.MAX_MAX_BYTES // MB)
        self.limit.setSingleStep(100)
        self.limit.setSuffix(" MB")
        self.limit.setValue(self.prefs.evidence_max_bytes // MB)
        form.addRow(self.tr("Largest evidence &file"), self.limit)
        return page

    def _sync(self) -> QWidget:
        from moderator_app.services import sync as sync_service

        page = QWidget()
        form = QFormLayout(page)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(sync_service.folder(self.ws) or ""))
        self.folder.setAccessibleName(self.tr("Shared folder"))
        self.folder.setPlaceholderText(self.tr("No shared folder: this workspace does not sync"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Shared &folder"), row)
        self.interval = QSpinBox()
        self.interval.setAccessibleName(self.tr("Sync interval"))
        self.interval.setRange(sync_service.MIN_INTERVAL, sync_service.MAX_INTERVAL)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(sync_service.interval_minutes(self.ws))
        form.addRow(self.tr("Sync &every"), self.interval)
        return page

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the committee's shared folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # --- saving -------------------------------------------------------------------------

    def accept(self) -> None:
        from moderator_app.services import sync as sync_service

        prefs = P.Preferences(
            language=self.language.currentData(),
            theme=str(self.theme.currentData()),
            font_size=0 if self.font_size.value() == self.font_size.minimum() else int(self.font_size.value()),
            sensitive_blur=self.blur.isChecked(),
            evidence_max_bytes=int(self.limit.value()) * MB,
        )
        try:
            P.save(self.ws, prefs)
            text = self.folder.text().strip()
            sync_service.set_folder(self.ws, Path(text) if text else None)
            sync_service.set_interval_minutes(self.ws, int(self.interval.value()))
        except UserError as exc:
            plain_text.warning(self, self.tr("Settings not saved"), refusal_text(exc))
            return
        self.changed_language = prefs.language != self.prefs.language
        self.prefs = prefs
        super().accept()
