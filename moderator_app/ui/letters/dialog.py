"""Writing a letter about a case: choose the template and language, fill in what the store does
not know, see the letter as it will print, then save it as a PDF attached to the case.

Every placeholder of the template has a field, filled in from the case where the store knows
the value. A required placeholder without a value is marked and named above the preview, and
the letter cannot be saved until it has one. What to check before sending (a deadline already
past) is said above the preview too, and the preview is set in the administrative layout the PDF
uses: heading, number, place and date, recipients and signature block.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.errors import UserError
from moderator_app.domain.letters import LIST_VALUES, LetterKind, placeholder_label
from moderator_app.services import letters as letter_service
from moderator_app.services.workspace import Workspace

from ..detail_common import MUTED, WARNING, show_error
from ..i18n import refusal_text
from ..plain_text import as_text, plain_label, rich_label
from ..save_dialog import ask_save_path
from ..tab_order import LaidOutDialog
from ..window_size import fit_resize
from .pdf import admin_letter_document, letter_document, render_letter_pdf

MULTILINE = LIST_VALUES | {"rationale"}
LANG_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))


class LetterDialog(LaidOutDialog):
    """The letter writer for one case. ``ask_path`` is replaced in tests."""

    letterSent = Signal(str)  # a sentence saying where the letter went
    takedownSent = Signal(str, str)  # (case id, letter id): record the takedown request sent with it

    def __init__(self, ws: Workspace, lang: str, case_ref: str, kind: LetterKind = LetterKind.COMPLAINT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_ref = case_ref
        self.draft: letter_service.Draft | None = None
        self.sent: letter_service.SentLetter | None = None
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        self._preview_timer = QTimer(self, singleShot=True, interval=200)
        self._preview_timer.timeout.connect(self._update_preview)
        self.setWindowTitle(self.tr("Write a letter — case {0}").format(case_ref))
        self._build()
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(lang)))
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Letter"))
        for k in LetterKind:
            self.kind_combo.addItem(k.label(self.lang), k.value)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Language of the letter"))
        for code, name in LANG_NAMES:
            self.lang_combo.addItem(name, code)
        self.kind_combo.activated.connect(lambda _i: self.reload())
        self.lang_combo.activated.connect(lambda _i: self.reload())
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("&Letter")))
        top.itemAt(0).widget().setBuddy(self.kind_combo)  # type: ignore[union-attr]
        top.addWidget(self.kind_combo, 2)
        lang_label = plain_label(self.tr("L&anguage"))
        lang_label.setBuddy(self.lang_combo)
        top.addWidget(lang_label)
        top.addWidget(self.lang_combo, 1)
        self.source_label = plain_label()
        self.source_label.setStyleSheet(f"color: {MUTED}")
        top.addWidget(self.source_label, 2)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setAccessibleName(self.tr("Placeholders of the letter"))
        self.remember = QCheckBox(self.tr("Remember the committee's name for this workspace"))
        self.remember.setAccessibleName(self.tr("Remember the committee's name"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        hint = plain_label(self.tr("Fields marked * are required. Values come from the case; change any of them for "
                                   "this letter."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED}")
        lv.addWidget(hint)
        lv.addWidget(scroll, 1)
        lv.addWidget(self.remember)

        self.missing_label = rich_label()
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName(self.tr("Missing values"))
        self.warning_label = rich_label()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Check before sending"))
        self.warning_label.setStyleSheet(f"color: {WARNING}")
        self.warning_label.hide()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the letter"))
        self.preview.setOpenLinks(False)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.missing_label)
        rv.addWidget(self.warning_label)
        rv.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save PDF and attach to the case…"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # A takedown letter goes to a platform: the request it makes is followed to the end (its
        # deadline, the platform's answer) once it is recorded as sent.
        self.record_request = QCheckBox(self.tr("Then record the takedown request sent with it"))
        self.record_request.setToolTip(self.tr("After saving, note when and how the letter went to the platform: "
                                               "its answer and deadline are then followed"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.record_request)
        bottom.addWidget(self.buttons, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_resize(self, 1040, 720)

    # --- state --------------------------------------------------------------------------------

    @property
    def kind(self) -> LetterKind:
        return LetterKind(self.kind_combo.currentData())

    @property
    def letter_lang(self) -> str:
        return str(self.lang_combo.currentData())

    def reload(self) -> None:
        """Read the template and what the case knows; keep what the person typed where it still fits.

        Only what the person changed is kept: values the case filled in for the previous kind of
        letter or language (a complaint's recipient, Vietnamese dates) are filled in afresh."""
        typed = self.overrides() if self.draft is not None else {}
        self.record_request.setVisible(self.kind == LetterKind.TAKEDOWN)
        try:
            draft = letter_service.draft_letter(self.ws, self.kind, self.case_ref, self.letter_lang)
        except UserError as exc:
            self.draft = None
            self._clear_form()
            self.missing_label.setText(f"<span style='color:{WARNING}'>{html.escape(refusal_text(exc))}</span>")
            self._show_warnings([])
            self.preview.clear()
            self.save_button.setEnabled(False)
            return
        self.draft = draft
        self._fill_form(draft, typed)
        self._show_warnings(draft.warning_texts(self.lang))
        source = draft.template.source
        self.source_label.setText(self.tr("Template: built in") if source == "built-in"
                                  else self.tr("Template: {0}").format(source))
        template_path = letter_service.workspace_template_path(self.ws, self.kind, self.letter_lang)
        self.source_label.setToolTip(as_text(str(template_path)))
        self._update_preview()

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self.labels.clear()

    def _fill_form(self, draft: letter_service.Draft, typed: dict[str, str]) -> None:
        self._clear_form()
        required = set(draft.required_names)
        for name in draft.field_names:
            text = placeholder_label(name, self.lang)
            label = plain_label(f"{text} *" if name in required else text)
            label.setToolTip(as_text("{{" + name + "}}"))
            value = typed.get(name) or draft.known.get(name, "")
            if name in MULTILINE:
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(value)
                edit.setFixedHeight(72)
                edit.textChanged.connect(self._preview_timer.start)
            else:
                edit = QLineEdit(value)
                edit.textChanged.connect(lambda _t: self._preview_timer.start())
            edit.setAccessibleName(text)
            edit.setObjectName(f"placeholder_{name}")
            if name in required:
                edit.setPlaceholderText(self.tr("Required: no value yet"))
            label.setBuddy(edit)
            self.fields[name] = edit
            self.labels[name] = label
            self.form.addRow(label, edit)
        self.remember.setVisible("committee_name" in self.fields and not self.ws.local_state("committee_name"))
        self.remember.setChecked(False)

    def typed_values(self) -> dict[str, str]:
        """What the fields hold now."""
        return {name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()) for name, w in
                self.fields.items()}

    def overrides(self) -> dict[str, str]:
        """The fields whose value differs from what the case holds."""
        assert self.draft is not None
        return {n: v for n, v in self.typed_values().items() if v.strip() != self.draft.known.get(n, "").strip()}

    def set_value(self, name: str, value: str) -> None:
        """Type a value into a placeholder's field (the dialog's own API, used by tests too)."""
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)
        self._update_preview()

    def current_draft(self) -> letter_service.Draft | None:
        if self.draft is None:
            return None
        typed = self.typed_values()
        # A field emptied by the person counts as no value, even where the case had one.
        cleared = {n for n, v in typed.items() if not v.strip()}
        known = {k: v for k, v in self.draft.known.items() if k not in cleared}
        from dataclasses import replace

        return replace(self.draft, known=known, overrides={}).with_values(
            {n: v for n, v in typed.items() if v.strip()})

    def missing(self) -> list[str]:
        draft = self.current_draft()
        return [] if draft is None else draft.missing

    def _show_warnings(self, warnings: list[str]) -> None:
        """Things to check before sending, in the interface's language: shown only when there are some."""
        self.warning_label.setVisible(bool(warnings))
        if not warnings:
            self.warning_label.clear()
            return
        items = "".join(f"<li>{html.escape(w)}</li>" for w in warnings)
        heading = self.tr("Check before sending:")
        self.warning_label.setText(f"<b>{html.escape(heading)}</b>"
                                   f"<ul style='margin-top:0; margin-bottom:0'>{items}</ul>")

    def _update_preview(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        missing = draft.missing
        for name, label in self.labels.items():
            label.setStyleSheet(f"color: {WARNING}; font-weight: 600" if name in missing else "")
        if missing:
            names = ", ".join(html.escape(placeholder_label(n, self.lang)) for n in missing)
            self.missing_label.setText(
                f"<span style='color:{WARNING}'><b>"
                + html.escape(self.tr("The letter cannot be produced yet. Missing:"))
                + f"</b> {names}</span>")
        else:
            self.missing_label.setText(html.escape(self.tr("Every required value is filled in.")))
        self.save_button.setEnabled(not missing)
        self.save_button.setToolTip("" if not missing else self.tr("Fill in the fields marked in red first."))
        def missing_text(name: str) -> str:
            return f"[{placeholder_label(name, draft.template.lang)}]"

        if draft.meta is not None:  # as the PDF sets it: heading, number, place and date, signature block
            doc = admin_letter_document(draft.preview_letter(missing_text))
        else:
            from moderator_app.domain.letters import escape_markdown

            title, body = draft.preview(missing_text)
            doc = letter_document(f"# {escape_markdown(title)}\n\n{body}")
        self.preview.setDocument(doc)

    # --- saving ---------------------------------------------------------------------------------

    def _ask_path(self, suggested: str) -> Path | None:
        return ask_save_path(self, self.tr("Save the letter"), suggested, self.tr("PDF files (*.pdf)"))

    def save(self) -> bool:
        """Render the PDF, save it where the person chooses, attach it to the case, record it."""
        draft = self.current_draft()
        if draft is None:
            return False
        try:
            letter = draft.letter()
        except letter_service.MissingValues:
            self._update_preview()
            return False
        path = self.ask_path(letter_service.suggested_file_name(self.ws, self.kind, draft.ref, self.letter_lang))
        if path is None:
            return False
        try:
            if not self.remember.isHidden() and self.remember.isChecked():
                letter_service.remember_committee_name(self.ws, letter.committee_name)
            pdf, _pages = render_letter_pdf(letter)
            self.sent = letter_service.send_letter(self.ws, letter, pdf, path)
        except UserError as exc:
            if exc.code == "letter_number_taken":  # another letter took the number: the next is shown
                self.reload()
            show_error(self, exc)
            return False
        self.letterSent.emit(self.tr("The letter was saved as {0} and attached to case {1}.").format(
            str(path), self.sent.ref))
        self.accept()
        if self.kind == LetterKind.TAKEDOWN and self.record_request.isChecked():
            self.takedownSent.emit(self.sent.case_id, self.sent.id)
        return True


def open_letter_dialog(parent: QWidget, ws: Workspace, lang: str, case_ref: str,
                       kind: LetterKind = LetterKind.COMPLAINT) -> LetterDialog:
    dialog = LetterDialog(ws, lang, case_ref, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
