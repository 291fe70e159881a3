"""The New report dialog: a report received by phone, email or in person, typed in by a member.

The influencer's name completes from known influencers (typed with or without diacritics); the
platform is read from the link when one is pasted. Evidence files are copied into the evidence
store off the window's thread, then the report and its evidence are written in one transaction:
a file that cannot be kept (missing, empty, too large) files nothing, and says which file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QStringListModel, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import ms_from_date
from moderator_app.domain.enums import Category, Platform, Source
from moderator_app.domain.errors import UserError
from moderator_app.domain.text import handle_from_url, platform_from_url
from moderator_app.services import evidence as evidence_service
from moderator_app.services import indicators, reports
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .evidence.attach import StageJob, StageSignals
from .i18n import refusal_text
from .plain_text import as_text, plain_label
from .tab_order import LaidOutDialog

NO_DATE = QDate(2000, 1, 1)
COMPLETIONS = 20
LINKS_DELAY_MS = 400  # after typing stops: the lookup reads the indicators' index


class NewReportDialog(LaidOutDialog):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.filed: reports.FiledReport | None = None
        self._platform_touched = False
        self._staging: reports.ReportInput | None = None  # the report whose files are being copied
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stage_signals = StageSignals(self)
        self._stage_signals.staged.connect(self._staged)
        self._stage_signals.failed.connect(self._stage_failed)
        self.setWindowTitle(self.tr("New report"))
        self.setMinimumWidth(600)

        self.influencer = QLineEdit(self)
        self.influencer.setPlaceholderText(self.tr("Name as people know them, e.g. Đen Vâu"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.influencer.setCompleter(completer)
        self.influencer.textEdited.connect(self._complete)

        self.handle = QLineEdit(self)
        self.handle.setPlaceholderText(self.tr("@account (read from the link if empty)"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://www.tiktok.com/@…/video/…")
        self.url.textChanged.connect(self._url_changed)
        self.platform = QComboBox(self)
        self.platform.setPlaceholderText(self.tr("Choose the platform"))
        for p in Platform:
            self.platform.addItem(p.label(lang), p.value)
        self.platform.setCurrentIndex(-1)
        self.platform.activated.connect(self._platform_chosen)
        self.category = QComboBox(self)
        self.category.setPlaceholderText(self.tr("Choose the kind of violation"))
        for c in Category:
            self.category.addItem(c.label(lang), c.value)
        self.category.setCurrentIndex(-1)
        self.source = QComboBox(self)
        for s in Source:
            self.source.addItem(s.label(lang), s.value)
        self.seen = QDateEdit(self)
        self.seen.setCalendarPopup(True)
        self.seen.setDisplayFormat("dd/MM/yyyy")
        self.seen.setMinimumDate(NO_DATE)
        self.seen.setMaximumDate(QDate.currentDate())
        self.seen.setSpecialValueText(self.tr("unknown"))
        self.seen.setDate(NO_DATE)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What the post, livestream or ad says or does"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.reporter = QLineEdit(self)
        self.reporter.setPlaceholderText(self.tr("Name, phone or email (kept private)"))
        self.urgent = QCheckBox(self.tr("Urgent: ongoing fraud or harm to a child"), self)
        self.urgent.setToolTip(self.tr("A takedown request is then due within 24 hours"))

        self.files = QListWidget(self)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(80)
        add_files = QPushButton(self.tr("Add files…"), self)
        add_files.clicked.connect(self._add_files)
        remove_files = QPushButton(self.tr("Remove"), self)
        remove_files.clicked.connect(self._remove_files)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add_files)
        file_buttons.addWidget(remove_files)
        file_buttons.addStretch(1)
        file_box = QHBoxLayout()
        file_box.addWidget(self.files, 1)
        file_box.addLayout(file_buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (
            (self.tr("&Influencer:"), self.influencer),
            (self.tr("&Link:"), self.url),
            (self.tr("&Platform:"), self.platform),
            (self.tr("Acc&ount:"), self.handle),
            (self.tr("&Category:"), self.category),
            (self.tr("&Description:"), self.description),
            (self.tr("&Reporter contact:"), self.reporter),
            (self.tr("&Source:"), self.source),
            (self.tr("Seen &on:"), self.seen),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(self.tr("Evidence files:"), file_box)
        self.files.setAccessibleName(self.tr("Evidence files"))
        form.addRow("", self.urgent)

        # Indicators of the report being written that open cases already hold (a scam campaign).
        self.links = plain_label(parent=self)
        self.links.setWordWrap(True)
        self.links.setStyleSheet("color: #8a4b00")
        self.links.setAccessibleName(self.tr("Open cases sharing an indicator"))
        self.links.hide()
        self._links_timer = QTimer(self, singleShot=True, interval=LINKS_DELAY_MS)
        self._links_timer.timeout.connect(self._look_for_links)
        self.description.textChanged.connect(self._links_timer.start)
        self.url.textChanged.connect(self._links_timer.start)

        self.error = plain_label(parent=self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.submit = self.buttons.addButton(self.tr("File report"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.links)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.influencer.textChanged.connect(self._update)
        self.platform.currentIndexChanged.connect(self._update)
        self.category.currentIndexChanged.connect(self._update)
        self._update()

    # --- behaviour --------------------------------------------------------------------------------

    def _complete(self, text: str) -> None:
        if not text.strip():
            self.completions.setStringList([])
            return
        with self.ws.db.read() as conn:
            names = [n.name for n in queries.influencer_names(raw_connection(conn), text, COMPLETIONS)]
        self.completions.setStringList(names)

    def _look_for_links(self) -> None:
        """Say which open cases already hold a number, account or link of this report."""
        text = f"{self.url.text()}\n{self.description.toPlainText()}".strip()
        links = indicators.open_case_links(self.ws, [text])[0] if text else []
        if not links:
            self.links.hide()
            self.links.setText("")
            return
        lines = [indicators.link_text(link, self.lang) for link in links]
        self.links.setText(self.tr("Already in open cases — perhaps the same campaign:") + "\n" + "\n".join(lines))
        self.links.show()

    def _url_changed(self, text: str) -> None:
        if not self._platform_touched:
            code = platform_from_url(text)
            if code is not None:
                self.platform.setCurrentIndex(self.platform.findData(code))
        if not self.handle.isModified():
            self.handle.setPlaceholderText(handle_from_url(text) or self.tr("@account (read from the link if empty)"))

    def _platform_chosen(self, _index: int) -> None:
        self._platform_touched = True

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """List files to keep as evidence with the report (each once)."""
        present = set(self.file_paths())
        for path in paths:
            if path not in present:
                item = QListWidgetItem(path.name, self.files)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(as_text(str(path)))
                present.add(path)

    def file_paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files.count())]

    def _remove_files(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _update(self) -> None:
        ready = bool(self.influencer.text().strip()) and self.platform.currentIndex() >= 0 \
            and self.category.currentIndex() >= 0
        self.submit.setEnabled(ready)

    def report_input(self) -> reports.ReportInput:
        seen = None
        if self.seen.date() != NO_DATE:
            d = self.seen.date()
            from datetime import date

            seen = ms_from_date(date(d.year(), d.month(), d.day()))
        return reports.ReportInput(
            influencer=self.influencer.text(),
            platform=Platform(self.platform.currentData()),
            category=Category(self.category.currentData()),
            url=self.url.text().strip(),
            description=self.description.toPlainText().strip(),
            reporter=self.reporter.text().strip(),
            source=Source(self.source.currentData()),
            handle=self.handle.text().strip(),
            seen_at=seen,
            urgent=self.urgent.isChecked(),
        )

    def _file(self) -> None:
        if not self.submit.isEnabled() or self._staging is not None:
            return
        inp = self.report_input()
        paths = self.file_paths()
        try:
            if not paths:
                self.filed = reports.file_report(self.ws, inp)
                self.accept()
                return
            reports.require_filer(self.ws)
            reports.validate(inp)
        except UserError as exc:
            self._show_error(refusal_text(exc))
            return
        self._staging = inp
        self._set_busy(True, self.tr("Copying {0} file(s) into the evidence store…").format(len(paths)))
        self._pool.start(StageJob(self.ws, "", paths, self._stage_signals))

    def _staged(self, _key: str, staged: list[evidence_service.StagedFile]) -> None:
        inp, self._staging = self._staging, None
        self._set_busy(False)
        if inp is None:
            return
        try:
            self.filed = reports.file_report_staged(self.ws, inp, staged)
        except UserError as exc:
            self._show_error(refusal_text(exc))
            return
        self.accept()

    def _stage_failed(self, message: str) -> None:
        self._staging = None
        self._set_busy(False)
        self._show_error(message)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.submit, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            widget.setEnabled(not busy)
        self.error.setStyleSheet("" if busy else "color: #b3261e")
        self.error.setText(text)
        self.error.setVisible(busy)

    def _show_error(self, text: str) -> None:
        self.error.setStyleSheet("color: #b3261e")
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if self._staging is None:  # copying files: the report is filed (or refused) when it ends
            super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)
