"""File → Personal data…: erasing a reporter's details on request, the retention rules, and
encrypting this computer's data at rest.

The services (``services/privacy.py``) do the work and check who may do it; this window shows
what an erasure will remove before it is done, asks once more (an erasure cannot be undone and
reaches every member at the next sync), and says afterwards what remains (backups made before).

Encrypting the database (``services/encryption.py``) needs it closed, like restoring a backup:
after the person confirms, the dialog asks the application to close its windows and leave its
event loop with ``ENCRYPT_EXIT_CODE``; ``run_gui`` then calls ``encrypt_and_reopen``, which
converts the workspace while it still holds the data folder's lock and opens it again. The
passphrase waits for it in this module's memory only. Changing the passphrase needs no restart.

The main window calls one function: ``install_privacy_action(window, ws)``, which also tells the
chair on opening when the retention rules have personal data due for removal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import day_text, local_date
from moderator_app.domain.enums import Role
from moderator_app.domain.errors import UserError
from moderator_app.services import encryption, privacy
from moderator_app.services.privacy import (
    Erased,
    ErasurePlan,
    EvidenceFound,
    ReporterFound,
    RetentionPlan,
    RetentionRules,
)
from moderator_app.services.workspace import Workspace
from moderator_app.store import driver
from moderator_app.store.paths import WorkspacePaths

from .backups_dialog import ACTION_NAME as BACKUPS_ACTION_NAME
from .backups_dialog import file_menu, leave_event_loop
from .detail_common import MUTED, WARNING, show_error, size_text
from .i18n import refusal_text
from .icons import action_icon
from .plain_text import message_box, plain_label
from .rows_model import Column, RowsModel, fit_columns, table_view
from .tab_order import LaidOutDialog
from .window_size import fit_resize
from .workers import start as start_task

log = logging.getLogger(__name__)


def _n(count: int) -> str:
    """A count as the interface's language writes it (1.800 in Vietnamese, 1,800 in English)."""
    return QLocale().toString(count)

ACTION_NAME = "privacyAction"
MAX_MONTHS = 1200  # the services' bound: a hundred years
ENCRYPT_EXIT_CODE = 0x5E58  # the event loop ended so that the workspace can be encrypted (restore: 0x5E57)
MAX_PASSPHRASE = 1024

# The encryption asked for, waiting for ``run_gui``: (passphrase, keep the key in the keyring).
# Held here in memory only, never on disk nor in a Qt property, and dropped once taken.
_encrypt_request: list[tuple[str, bool]] = []


@dataclass(frozen=True, slots=True)
class DueRow:
    """One line of "Due for removal now": a report's reporter details or one evidence file."""

    case_ref: str
    kind: str  # "reporter", "letter" (a letter to a reporter whose details go) or "closed" (a closed case's file)
    text: str  # the reporter as stored, or the file's name
    size: int
    before: date | None  # the rule's day: cases closed before it


def due_rows(due: RetentionPlan) -> list[DueRow]:
    """The retention plan as table rows, reporters first."""
    rows = [DueRow(r.case_ref, "reporter", r.reporter, 0, due.reporters_before) for r in due.plan.reporters]
    rows += [DueRow(e.case_ref, e.why, e.name, e.size,
                    due.reporters_before if e.why == "letter" else due.evidence_before) for e in due.plan.evidence]
    return rows


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while an erasure runs (it scrubs the database file: a moment on a large one)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class PrivacyDialog(LaidOutDialog):
    """Three tabs: erase a reporter's data; the retention rules and what they remove now; the
    encryption of this computer's data.

    ``confirm(title, text, informative, button)`` asks before anything is erased or encrypted; tests
    replace it. ``on_encrypt(passphrase, use_keyring)`` hands a confirmed encryption to the
    application (``request_encrypt``).
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None,
                 on_encrypt: Callable[[str, bool], bool] | None = None) -> None:
        super().__init__(parent)
        self.on_encrypt = on_encrypt or request_encrypt
        self.encrypt_requested = False
        self.ws = ws
        role = ws.role()
        self.can_erase = role in (Role.CHAIR, Role.SECRETARY)
        self.is_chair = role == Role.CHAIR
        self.confirm: Callable[[str, str, str, str], bool] = self._confirm
        self.plan: ErasurePlan | None = None
        self.due: RetentionPlan | None = None
        self.rules: RetentionRules = privacy.retention_rules(ws)
        self.erased: Erased | None = None  # the last erasure done here
        self.setWindowTitle(self.tr("Personal data"))
        self.setMinimumSize(640, 460)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._erase_page(), self.tr("Erase a reporter's data"))
        self.tabs.addTab(self._retention_page(), self.tr("Retention"))
        self.tabs.addTab(self._encryption_page(), self.tr("Encryption"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter in a field never closes the window
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_resize(self, 900, 620)
        self.refresh_rules()
        self.refresh_due()
        self.refresh_encryption()
        self._update_buttons()

    # --- erasing on request ---------------------------------------------------------------------

    def _erase_page(self) -> QWidget:
        page = QWidget()
        intro = plain_label(self.tr(
            "Find every report that names a person, by their name or their contact as stored in the reports (a "
            "phone number matches however it is written), and erase these details on every member's computer."))
        intro.setWordWrap(True)

        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Reporter's name or contact"))
        self.query.setPlaceholderText(self.tr("Name or contact, e.g. Nguyễn Văn An or 0912 345 678"))
        self.query.setMaxLength(500)
        self.query.returnPressed.connect(self.find)
        self.query.textChanged.connect(self._query_changed)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find)
        find_row = QHBoxLayout()
        find_row.addWidget(self.query, 1)
        find_row.addWidget(self.find_button)

        self.found_label = plain_label()
        self.found_label.setWordWrap(True)
        self.found_model: RowsModel[ReporterFound] = RowsModel([
            Column(self.tr("Case"), lambda r: r.case_ref),
            Column(self.tr("Received"), lambda r: day_text(local_date(r.received_at))),
            Column(self.tr("Reporter, as stored"), lambda r: r.reporter),
            Column(self.tr("What happens"), self._what_happens, tooltip=self._what_happens_tip),
        ], self)
        self.found_table = table_view(self.found_model, self.tr("Reports that name the reporter"), page)
        fit_columns(self.found_table)  # empty, the headers still read whole

        self.letters_label = plain_label(self.tr("Letters to this reporter that will be removed (PDF files):"))
        self.letters_model: RowsModel[EvidenceFound] = RowsModel([
            Column(self.tr("Case"), lambda e: e.case_ref),
            Column(self.tr("File"), lambda e: e.name),
            Column(self.tr("Size"), lambda e: size_text(e.size), align_right=True),
        ], self)
        self.letters_table = table_view(self.letters_model, self.tr("Letters that will be removed"), page,
                                        stretch_last=False)
        self.letters_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.letters_table.setMaximumHeight(120)

        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        self.reason.setPlaceholderText(self.tr("e.g. Request of 05/12/2026 by telephone"))
        self.reason.setMaxLength(privacy.MAX_REASON)
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        form = QFormLayout()
        form.addRow(self.tr("&Reason (kept in the history)"), self.reason)

        self.erase_note = plain_label(self.tr("Only the chair or the secretary erases personal data."))
        self.erase_note.setStyleSheet(f"color: {MUTED}")
        self.erase_note.setVisible(not self.can_erase)
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.setAccessibleName(self.tr("Erase the reporter's details listed"))
        self.erase_button.clicked.connect(self.erase_found)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_note)
        erase_row.addStretch(1)
        erase_row.addWidget(self.erase_button)

        self.erase_result = plain_label()
        self.erase_result.setWordWrap(True)
        self.erase_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_result.setAccessibleName(self.tr("Result of the erasure"))

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(find_row)
        layout.addWidget(self.found_label)
        layout.addWidget(self.found_table, 2)
        layout.addWidget(self.letters_label)
        layout.addWidget(self.letters_table, 1)
        layout.addLayout(form)
        layout.addLayout(erase_row)
        layout.addWidget(self.erase_result)
        self._show_plan(None)
        return page

    def _what_happens(self, r: ReporterFound) -> str:
        if r.key_id:
            return self.tr("Sealed: erased for good")
        return self.tr("Filed before sealing: removed from the lists; the signed history keeps it")

    def _what_happens_tip(self, r: ReporterFound) -> str:
        if r.key_id:
            return self.tr("The details were stored sealed: the erasure destroys the key, on every member, and "
                           "nothing can read them again.")
        return self.tr("This report was filed before details were sealed: its reporter disappears from the case, "
                       "the lists and the exports, but the signed history still holds the text as it was filed.")

    def _query_changed(self, _text: str) -> None:
        """A new search: what was found for the last one is no longer what Erase would remove."""
        if self.plan is not None:
            self._show_plan(None)
        self._update_buttons()

    def find(self) -> None:
        text = self.query.text()
        if not text.strip():
            self.query.setFocus()
            return
        try:
            plan = privacy.find_reporter(self.ws, text)
        except UserError as exc:
            show_error(self, exc)
            return
        self.erase_result.clear()
        self._show_plan(plan)
        if plan.empty:
            self.found_label.setText(self.tr(
                "No report names this reporter. Check how the name or contact is written in the case."))
        self._update_buttons()

    def _show_plan(self, plan: ErasurePlan | None) -> None:
        self.plan = plan
        reporters = plan.reporters if plan else ()
        letters = plan.evidence if plan else ()
        self.found_model.set_rows(reporters)
        self.letters_model.set_rows(letters)
        if reporters:
            fit_columns(self.found_table)
        if letters:
            fit_columns(self.letters_table)
        self.letters_label.setVisible(bool(letters))
        self.letters_table.setVisible(bool(letters))
        if plan is None:
            self.found_label.setText(self.tr("Type the reporter's name or contact and press Find."))
        elif not plan.empty:
            self.found_label.setText(self.tr("Found in {0} reports ({1} cases). This is what will be erased:").format(
                _n(len(plan.reporters)), _n(len(plan.cases))))

    def erase_found(self) -> None:
        plan = self.plan
        reason = " ".join(self.reason.text().split())
        if plan is None or plan.empty or not reason or not self.can_erase:
            return
        details = [self.tr("This cannot be undone. The erasure travels to every member of the committee at the next "
                           "sync, and is done on their computers too.")]
        if plan.unsealed:
            details.append(self.tr(
                "{0} of these reports were filed before sealing: the reporter is removed from the cases, the lists "
                "and the exports, but the signed history keeps the text as filed.").format(_n(len(plan.unsealed))))
        if plan.evidence:
            details.append(self.tr("{0} PDF files of letters to this reporter are removed too.").format(
                _n(len(plan.evidence))))
        details.append(self.tr("Reason kept in the history: {0}").format(reason))
        question = self.tr("Erase this reporter's details from {0} reports ({1} cases)?").format(
            _n(len(plan.reporters)), _n(len(plan.cases)))
        if not self.confirm(self.tr("Erase personal data"), question, "\n\n".join(details),
                            self.tr("Erase for good")):
            return
        try:
            with _busy():
                done = privacy.erase(self.ws, plan, reason)
        except UserError as exc:
            show_error(self, exc)
            return
        self.erased = done
        self.reason.clear()
        self._show_plan(None)
        lines = [self.tr("Erased: the reporter's details in {0} reports ({1} cases); {2} files removed from this "
                         "computer. The other members erase them at their next sync.").format(
            _n(len(done.plan.reporters)), _n(len(done.plan.cases)), _n(done.files_removed))]
        lines += self._backups_note(done)
        self.erase_result.setText("\n".join(lines))
        self.refresh_due()
        self._update_buttons()

    def _backups_note(self, done: Erased) -> list[str]:
        if done.backups_before <= 0:
            return []
        return [self.tr("{0} backups made earlier on this computer still hold these data until they are deleted "
                        "(they are in {1}).").format(_n(done.backups_before), str(self.ws.paths.backups))]

    # --- retention ----------------------------------------------------------------------------------

    def _retention_page(self) -> QWidget:
        page = QWidget()
        intro = plain_label(self.tr(
            "How long, after a case is closed or rejected, its reporters' contact details and its evidence files "
            "are kept. The rules apply to every member's computer."))
        intro.setWordWrap(True)

        self.reporters_months = self._months_box(self.tr("Months the reporters' contact details are kept"))
        self.evidence_months = self._months_box(self.tr("Months the evidence files are kept"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Reporters' &contact details"), self.reporters_months)
        form.addRow(self.tr("E&vidence files"), self.evidence_months)

        self.rules_note = plain_label(self.tr("Only the chair sets the retention rules."))
        self.rules_note.setStyleSheet(f"color: {MUTED}")
        self.rules_note.setVisible(not self.is_chair)
        self.save_button = QPushButton(self.tr("&Save rules"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_rules)
        self.save_button.setVisible(self.is_chair)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules_note)
        rules_row.addStretch(1)
        rules_row.addWidget(self.save_button)
        self.rules_status = plain_label()
        self.rules_status.setStyleSheet(f"color: {MUTED}")

        due_title = plain_label(self.tr("Due for removal now"))
        font = due_title.font()
        font.setBold(True)
        due_title.setFont(font)
        self.due_label = plain_label()
        self.due_label.setWordWrap(True)
        self.due_model: RowsModel[DueRow] = RowsModel([
            Column(self.tr("Case"), lambda d: d.case_ref),
            Column(self.tr("What"), self._due_what),
            Column(self.tr("Case closed before"), lambda d: day_text(d.before) if d.before else "",
                   sort_key=lambda d: d.before or date.min),
        ], self)
        self.due_table = table_view(self.due_model, self.tr("Personal data due for removal"), page,
                                    stretch_last=False)
        self.due_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.remove_button = QPushButton(self.tr("Remove &now…"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setAccessibleName(self.tr("Remove the personal data due under the retention rules"))
        self.remove_button.clicked.connect(self.remove_due)
        self.remove_button.setVisible(self.is_chair)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        self.retention_result = plain_label()
        self.retention_result.setWordWrap(True)
        self.retention_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retention_result.setAccessibleName(self.tr("Result of the removal"))

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(rules_row)
        layout.addWidget(self.rules_status)
        layout.addSpacing(8)
        layout.addWidget(due_title)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_table, 1)
        layout.addLayout(remove_row)
        layout.addWidget(self.retention_result)
        return page

    def _months_box(self, accessible: str) -> QSpinBox:
        box = QSpinBox()
        box.setAccessibleName(accessible)
        box.setRange(0, MAX_MONTHS)
        box.setMinimumWidth(200)  # room for "Keep until erased" in either language
        box.setSpecialValueText(self.tr("Keep until erased"))
        box.setSuffix(self.tr(" months"))
        box.setReadOnly(not self.is_chair)
        if not self.is_chair:
            box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        box.valueChanged.connect(lambda _v: self._update_buttons())
        return box

    def _due_what(self, d: DueRow) -> str:
        if d.kind == "reporter":
            return self.tr("Reporter's contact details: {0}").format(d.text)
        if d.kind == "letter":
            return self.tr("Letter to the reporter: {0} ({1})").format(d.text, size_text(d.size))
        return self.tr("Evidence file: {0} ({1})").format(d.text, size_text(d.size))

    def _rules_wanted(self) -> tuple[int | None, int | None]:
        return self.reporters_months.value() or None, self.evidence_months.value() or None

    def refresh_rules(self) -> None:
        rules = self.rules = privacy.retention_rules(self.ws)
        for box, months in ((self.reporters_months, rules.reporters_months),
                            (self.evidence_months, rules.evidence_months)):
            box.blockSignals(True)
            box.setValue(months or 0)
            box.blockSignals(False)

    def save_rules(self) -> None:
        if not self.is_chair:
            return
        reporters, evidence = self._rules_wanted()
        try:
            privacy.set_retention(self.ws, "reporters", reporters)
            privacy.set_retention(self.ws, "evidence", evidence)
        except UserError as exc:
            show_error(self, exc)
            self.refresh_rules()
            self._update_buttons()
            return
        self.refresh_rules()
        self.rules_status.setText(self.tr("Rules saved. The other members receive them at the next sync."))
        self.retention_result.clear()
        self.refresh_due()
        self._update_buttons()

    def refresh_due(self) -> None:
        due = privacy.retention_plan(self.ws)
        self.due = due
        rows = due_rows(due)
        self.due_model.set_rows(rows)
        if rows:
            fit_columns(self.due_table)
        self.due_label.setStyleSheet("" if due.plan.empty else f"color: {WARNING}")
        if due.rules == privacy.RetentionRules():
            self.due_label.setText(self.tr("No retention rules are set: nothing is removed."))
        elif due.plan.empty:
            self.due_label.setText(self.tr("Nothing is due for removal now."))
        else:
            self.due_label.setText(self.tr(
                "The reporter's details in {0} reports and {1} evidence files, in {2} cases, are kept longer than "
                "the rules say.").format(_n(len(due.plan.reporters)), _n(len(due.plan.evidence)),
                                         _n(len(due.plan.cases))))
        self._update_buttons()

    def remove_due(self) -> None:
        due = self.due
        if due is None or due.plan.empty or not self.is_chair:
            return
        plan = due.plan
        question = self.tr(
            "Remove now the reporter's details in {0} reports and {1} evidence files, in {2} cases?").format(
                _n(len(plan.reporters)), _n(len(plan.evidence)), _n(len(plan.cases)))
        details = self.tr("This cannot be undone. The removal travels to every member of the committee at the next "
                          "sync, and is done on their computers too.")
        if not self.confirm(self.tr("Remove personal data"), question, details, self.tr("Remove for good")):
            return
        try:
            with _busy():
                done = privacy.apply_retention(self.ws, due)
        except UserError as exc:
            show_error(self, exc)
            self.refresh_due()
            return
        self.erased = done
        lines = [self.tr("Removed under the retention rules: the reporter's details in {0} reports and {1} evidence "
                         "files; {2} files removed from this computer. The other members remove them at their next "
                         "sync.").format(_n(len(plan.reporters)), _n(len(plan.evidence)), _n(done.files_removed))]
        lines += self._backups_note(done)
        self.retention_result.setText("\n".join(lines))
        self.refresh_due()

    # --- encryption at rest -------------------------------------------------------------------------

    def _passphrase_field(self, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_PASSPHRASE)
        field.setAccessibleName(accessible)
        field.textChanged.connect(lambda _t: self._update_buttons())
        return field

    def _encryption_page(self) -> QWidget:
        page = QWidget()
        self.encryption_status = plain_label()
        self.encryption_status.setWordWrap(True)
        self.encryption_status.setAccessibleName(self.tr("Encryption status"))
        evidence_note = plain_label(self.tr(
            "Copies made for others stay readable: files saved or opened with another program, evidence packs, "
            "packages, exports, and the files in the shared folder (the other members have their own keys)."))
        evidence_note.setWordWrap(True)
        evidence_note.setStyleSheet(f"color: {MUTED}")

        # Not encrypted yet: a passphrase, twice, and where the key is kept.
        self.encrypt_box = QWidget()
        self.new_passphrase = self._passphrase_field(self.tr("Passphrase for the data"))
        self.new_passphrase_again = self._passphrase_field(self.tr("The passphrase again"))
        self.new_passphrase_again.returnPressed.connect(self.encrypt)
        self.use_keyring = QCheckBox(self.tr("Keep the key in this computer's &keyring (opens without asking)"))
        self.use_keyring.setChecked(True)
        encrypt_form = QFormLayout()
        encrypt_form.setContentsMargins(0, 0, 0, 0)
        encrypt_form.addRow(self.tr("&Passphrase"), self.new_passphrase)
        encrypt_form.addRow(self.tr("&Again"), self.new_passphrase_again)
        encrypt_form.addRow("", self.use_keyring)
        self.encrypt_note = plain_label(self.tr(
            "This installation cannot encrypt: the sqlcipher3 package is missing."))
        self.encrypt_note.setStyleSheet(f"color: {WARNING}")
        self.encrypt_note.setVisible(not driver.available())
        self.encrypt_button = QPushButton(self.tr("&Encrypt…"))
        self.encrypt_button.setAutoDefault(False)
        self.encrypt_button.setAccessibleName(self.tr("Encrypt the database, its backups and the evidence files"))
        self.encrypt_button.clicked.connect(self.encrypt)
        encrypt_row = QHBoxLayout()
        encrypt_row.addWidget(self.encrypt_note)
        encrypt_row.addStretch(1)
        encrypt_row.addWidget(self.encrypt_button)
        box_layout = QVBoxLayout(self.encrypt_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(encrypt_form)
        box_layout.addLayout(encrypt_row)

        # Encrypted: the passphrase changed (the data key is wrapped again; no file is rewritten).
        self.change_box = QWidget()
        self.current_passphrase = self._passphrase_field(self.tr("Current passphrase"))
        self.changed_passphrase = self._passphrase_field(self.tr("New passphrase"))
        self.changed_passphrase_again = self._passphrase_field(self.tr("The new passphrase again"))
        self.changed_passphrase_again.returnPressed.connect(self.change_passphrase)
        change_form = QFormLayout()
        change_form.setContentsMargins(0, 0, 0, 0)
        change_form.addRow(self.tr("C&urrent passphrase"), self.current_passphrase)
        change_form.addRow(self.tr("&New passphrase"), self.changed_passphrase)
        change_form.addRow(self.tr("A&gain"), self.changed_passphrase_again)
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_passphrase)
        change_row = QHBoxLayout()
        change_row.addStretch(1)
        change_row.addWidget(self.change_button)
        change_layout = QVBoxLayout(self.change_box)
        change_layout.setContentsMargins(0, 0, 0, 0)
        change_layout.addLayout(change_form)
        change_layout.addLayout(change_row)

        self.encryption_result = plain_label()
        self.encryption_result.setWordWrap(True)
        self.encryption_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encryption_result.setAccessibleName(self.tr("Result"))

        layout = QVBoxLayout(page)
        layout.addWidget(self.encryption_status)
        layout.addWidget(evidence_note)
        layout.addSpacing(8)
        layout.addWidget(self.encrypt_box)
        layout.addWidget(self.change_box)
        layout.addWidget(self.encryption_result)
        layout.addStretch(1)
        return page

    def refresh_encryption(self) -> None:
        """The status line, and the form that fits it."""
        root = self.ws.root
        encrypted = encryption.is_encrypted(root)
        if not encrypted:
            self.encryption_status.setText(self.tr(
                "The database, its backups and the evidence files on this computer are not encrypted: anyone who "
                "copies the data folder can read them."))
        else:
            try:
                keyring = encryption.read_protection(root).keyring
            except UserError as exc:
                self.encryption_status.setText(refusal_text(exc))
            else:
                if keyring:
                    self.encryption_status.setText(self.tr(
                        "The database, its backups and the evidence files on this computer are encrypted (AES-256). "
                        "The key is kept in the system's keyring: the application opens without asking."))
                else:
                    self.encryption_status.setText(self.tr(
                        "The database, its backups and the evidence files on this computer are encrypted (AES-256). "
                        "The passphrase is asked at every start."))
        self.encrypt_box.setVisible(not encrypted)
        self.change_box.setVisible(encrypted)
        self._update_buttons()

    def _say(self, text: str, refused: bool) -> None:
        self.encryption_result.setStyleSheet(f"color: {WARNING}" if refused else "")
        self.encryption_result.setText(text)

    def _two_match(self, first: QLineEdit, second: QLineEdit) -> str | None:
        """The passphrase typed twice, or ``None`` after saying why it cannot be used."""
        if first.text() != second.text():
            self._say(self.tr("The two passphrases are not the same: type the same one twice."), refused=True)
            second.setFocus()
            return None
        try:
            encryption.check_passphrase(first.text())
        except UserError as exc:
            self._say(refusal_text(exc), refused=True)
            first.setFocus()
            return None
        return first.text()

    def encrypt(self) -> None:
        if encryption.is_encrypted(self.ws.root) or not driver.available():
            return
        passphrase = self._two_match(self.new_passphrase, self.new_passphrase_again)
        if passphrase is None:
            return
        self.encryption_result.clear()
        keep = self.use_keyring.isChecked()
        details = [
            self.tr("A backup of the database is made first."),
            self.tr("All windows will close and the application will open again on the encrypted data."),
            self.tr("If the passphrase is forgotten and the key in the keyring is lost (a new computer, a reinstalled "
                    "system), nobody can read the data any more, not even from the backups: write the passphrase "
                    "down and keep it in a safe place."),
        ]
        if not keep:
            details.append(self.tr("The passphrase will be asked at every start."))
        if not self.confirm(self.tr("Encrypt the data"),
                            self.tr("Encrypt the database, its backups and the evidence files on this computer?"),
                            "\n\n".join(details), self.tr("Encrypt and reopen")):
            return
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        self.encrypt_requested = True
        self.accept()
        self.on_encrypt(passphrase, keep)

    def change_passphrase(self) -> None:
        if not encryption.is_encrypted(self.ws.root):
            return
        new = self._two_match(self.changed_passphrase, self.changed_passphrase_again)
        if new is None:
            return
        try:
            with _busy():  # scrypt, twice: a fraction of a second
                encryption.change_passphrase(self.ws.root, self.current_passphrase.text(), new)
        except UserError as exc:
            self._say(refusal_text(exc), refused=True)
            self.current_passphrase.setFocus()
            return
        for field in (self.current_passphrase, self.changed_passphrase, self.changed_passphrase_again):
            field.clear()
        self._say(self.tr("The passphrase is changed: use the new one from now on."), refused=False)
        self.refresh_encryption()

    # --- both ---------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        if not hasattr(self, "change_button"):
            return  # still being built
        plan = self.plan
        self.erase_button.setEnabled(self.can_erase and plan is not None and not plan.empty
                                     and bool(self.reason.text().strip()))
        self.find_button.setEnabled(bool(self.query.text().strip()))
        rules = self.rules
        self.save_button.setEnabled(self.is_chair and self._rules_wanted() != (rules.reporters_months,
                                                                                 rules.evidence_months))
        self.remove_button.setEnabled(self.is_chair and self.due is not None and not self.due.plan.empty)
        self.encrypt_button.setEnabled(driver.available() and bool(self.new_passphrase.text()))
        self.change_button.setEnabled(bool(self.current_passphrase.text()) and bool(self.changed_passphrase.text()))

    def _confirm(self, title: str, text: str, informative: str, button: str) -> bool:
        box = message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(informative)
        go = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go


# --- encrypting: the restart ------------------------------------------------------------------


def request_encrypt(passphrase: str, use_keyring: bool) -> bool:
    """Close every window and end the event loop so that ``run_gui`` encrypts the workspace (as
    ``request_restore`` does for a backup). False (nothing happens) when a window refuses to close."""
    _encrypt_request[:] = [(passphrase, use_keyring)]
    if not leave_event_loop(ENCRYPT_EXIT_CODE):
        _encrypt_request.clear()
        return False
    return True


def take_encrypt_request() -> tuple[str, bool] | None:
    """The (passphrase, use_keyring) ``request_encrypt`` asked for, once."""
    request = _encrypt_request[0] if _encrypt_request else None
    _encrypt_request.clear()
    return request


def encrypt_and_reopen(ws: Workspace, passphrase: str, use_keyring: bool) -> tuple[Workspace, str | None, bool]:
    """Encrypt the closed workspace (its lock still held) and open it again.

    Returns the workspace to use from now on, a message for the person (``None`` when all went
    well and there is nothing to add) and whether the data was encrypted. Nothing else may be
    using ``ws``: the windows are closed and the background jobs finished.
    """

    def convert(paths: WorkspacePaths) -> encryption.Converted | UserError:
        from .conversion_progress import ConversionProgress

        try:
            return ConversionProgress(
                lambda progress: encryption.encrypt_workspace(paths, passphrase, use_keyring, progress)).run()
        except UserError as exc:
            return exc

    log.info("encrypting the workspace (keyring: %s)", use_keyring)
    new_ws, outcome = ws.reopen(convert)
    if isinstance(outcome, UserError):
        text = QCoreApplication.translate("Privacy", "The data was not encrypted: {0}")
        return new_ws, text.format(refusal_text(outcome)), False
    log.info("encrypted %d database files and %d evidence files", outcome.databases, outcome.evidence)
    if use_keyring and not encryption.read_protection(new_ws.root).keyring:
        return new_ws, QCoreApplication.translate(
            "Privacy", "The data on this computer is encrypted, but the system's keyring could not keep the key: "
                       "the passphrase will be asked at every start."), True
    return new_ws, None, True


# --- the menu item ------------------------------------------------------------------------------


def open_privacy(window: QWidget, ws: Workspace) -> PrivacyDialog:
    dialog = PrivacyDialog(ws, window)
    dialog.open()
    return dialog


def _tell_if_due(window: QMainWindow, ws: Workspace) -> None:
    """On opening, tell the chair when the retention rules have personal data to remove (asked off
    the window's thread: on a large workspace even the first match may take a moment)."""
    if ws.role() != Role.CHAIR:
        return

    def shown(due: object) -> None:
        if due:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Privacy", "Personal data is due for removal under the retention rules: File → Personal data…"), 8000)

    start_task(lambda _progress, _cancelled: privacy.retention_due(ws), shown,
               lambda exc: log.warning("could not check what the retention rules remove: %s", exc))


def install_privacy_action(window: QMainWindow, ws: Workspace) -> QAction:
    """Add File → Personal data… to ``window``, right after Backups… (else before Quit)."""
    menu, quit_action = file_menu(window)
    action = QAction(action_icon("privacy"), QCoreApplication.translate("Privacy", "Personal &data…"), window)
    action.setObjectName(ACTION_NAME)
    action.setStatusTip(QCoreApplication.translate(
        "Privacy", "Erase a reporter's personal data on request, set how long personal data is kept, encrypt the "
                   "data on this computer"))
    action.triggered.connect(lambda: open_privacy(window, ws))
    actions = menu.actions()
    backups = next((a for a in actions if a.objectName() == BACKUPS_ACTION_NAME), None)
    if backups is not None:
        following = actions.index(backups) + 1
        if following < len(actions):
            menu.insertAction(actions[following], action)
        else:
            menu.addAction(action)
    elif quit_action is not None:
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
    else:
        menu.addAction(action)
    QTimer.singleShot(0, window, lambda: _tell_if_due(window, ws))
    return action
