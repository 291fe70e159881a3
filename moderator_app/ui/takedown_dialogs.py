"""Recording a takedown request, the platform's answer, and a re-check of the content.

Each dialog records through ``services.takedowns`` when it is accepted and stays open on a
refusal (a time in the future, an answer dated before the request), which it shows in the
interface's language; nothing is written then. Times are typed in Vietnam's time, as the rest of
the application shows them, whatever this computer's own time zone: the edits hold UTC+7 (Vietnam
keeps no daylight saving) and give UTC milliseconds back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain import takedowns as rules
from moderator_app.domain.clock import VN_OFFSET_MS, date_text
from moderator_app.domain.documents import number_symbol
from moderator_app.domain.enums import Platform
from moderator_app.domain.errors import UserError, no_case
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import takedown_queries as tq
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import find_case_id

from .detail_common import MUTED, WARNING, local_datetime, show_error
from .i18n import refusal_text
from .plain_text import plain_label
from .tab_order import LaidOutDialog

log = logging.getLogger(__name__)
VN_ZONE = QTimeZone.fromSecondsAheadOfUtc(VN_OFFSET_MS // 1000)
TIME_FORMAT = "dd/MM/yyyy HH:mm"
SCREENSHOTS = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


class VietnamTimeEdit(QDateTimeEdit):
    """A date and time typed in Vietnam's time; ``ms`` is the instant, in UTC milliseconds."""

    def __init__(self, ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(VN_ZONE)
        self.setDisplayFormat(TIME_FORMAT)
        self.setCalendarPopup(True)
        self.set_ms(ms)

    def set_ms(self, ms: int) -> None:
        self.setDateTime(QDateTime.fromMSecsSinceEpoch(int(ms), VN_ZONE))

    def ms(self) -> int:
        return int(self.dateTime().toMSecsSinceEpoch())


def letter_text(letter: tq.LetterRef | None, abbreviation: str) -> str:
    """A takedown letter as the register names it: "3/CV-BTGS · 02/12/2026"."""
    if letter is None:
        return ""
    day = date_text(letter.sent_at)
    if letter.seq is None or letter.series is None:
        return QCoreApplication.translate("Takedowns", "letter of {0}").format(day)
    return f"{number_symbol(letter.seq, letter.series, abbreviation)} · {day}"


def letter_platform(text: str) -> Platform | None:
    """The platform a letter's platform placeholder names (by its label in either language)."""
    wanted = text.strip().casefold()
    return next((p for p in Platform if wanted in (p.label("vi").casefold(), p.label("en").casefold())), None)


def _error_label(parent: QWidget) -> QLabel:
    label = plain_label(parent=parent)
    label.setStyleSheet(f"color: {WARNING}")
    label.setWordWrap(True)
    label.hide()
    return label


def _request_summary(view: service.TakedownView, lang: str) -> str:
    """"TikTok · case 2026-X7QMQ · sent 05/12/2026 23:30 · deadline 07/12/2026 23:30"."""
    return QCoreApplication.translate("Takedowns", "{0} · case {1} · sent {2} · deadline {3}").format(
        Platform(view.platform).label(lang), view.ref, local_datetime(view.sent_at), local_datetime(view.due_at))


class _RecordingDialog(LaidOutDialog):
    """OK records through the service; a refusal is shown above the buttons and the dialog stays."""

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.view: service.TakedownView | None = None  # what was recorded
        self.setMinimumWidth(600)
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, *parts: QFormLayout | QWidget) -> None:
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QFormLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_refusal(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _record(self) -> service.TakedownView:
        raise NotImplementedError

    def accept(self) -> None:
        """Record; on a refusal say why and stay open, nothing changed."""
        if not self.ok_button.isEnabled():
            return
        try:
            self.view = self._record()
        except UserError as exc:
            self.show_refusal(refusal_text(exc))
            return
        except Exception as exc:
            log.exception("recording a takedown request, answer or re-check failed")
            show_error(self, exc)
            return
        super().accept()


class RequestDialog(_RecordingDialog):
    """A takedown request sent to a platform about the case's content: where, how, when, with which letter."""

    def __init__(self, ws: Workspace, lang: str, case: str, platform: str | None = None,
                 letter_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ws, lang, parent)
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            case_id = find_case_id(raw, case)
            if case_id is None:
                raise no_case(case)
            row = raw.execute("SELECT ref, platform FROM cases WHERE id = ?", (case_id,)).fetchone()
            self.urgent_history = tq.urgent_history(raw, case_id)
            waiting = tq.takedown_letters(raw, case_id)
            refs = tq.letter_refs(raw, [lid for lid, _sent, _p in waiting])
        self.case_id, self.ref = case_id, str(row[0])
        self.letters = [(refs[lid], letter_platform(shown)) for lid, _sent, shown in waiting if lid in refs]
        self.abbreviation = service_abbreviation(ws)
        self._urls_typed = False
        self._via_chosen = False
        self.setWindowTitle(self.tr("New takedown request — case {0}").format(self.ref))

        self.platform = QComboBox(self)
        for p in Platform:
            self.platform.addItem(p.label(lang), p.value)
        chosen = platform
        if letter_id is not None:
            linked = next((p for ref, p in self.letters if ref.id == letter_id), None)
            chosen = linked.value if linked is not None else chosen
        self.platform.setCurrentIndex(max(0, self.platform.findData(chosen or row[1])))
        self.urls_edit = QPlainTextEdit(self)
        self.urls_edit.setTabChangesFocus(True)
        self.urls_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # one address a line, as typed
        self.urls_edit.setFixedHeight(96)
        self.urls_edit.setPlaceholderText(self.tr("One address per line"))
        self.urls_hint = plain_label(parent=self)
        self.urls_hint.setWordWrap(True)
        self.urls_hint.setStyleSheet(f"color: {MUTED}")
        self.via = QComboBox(self)
        for channel in rules.Channel:
            self.via.addItem(channel.label(lang), channel.value)
        self.sent_at = VietnamTimeEdit(ws.clock.wall(), self)
        self.letter = QComboBox(self)
        self.deadline_label = plain_label(parent=self)
        self.deadline_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("&Platform"), self.platform), (self.tr("Content &addresses"), self.urls_edit)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        form.addRow("", self.urls_hint)
        for text, widget in ((self.tr("Sent &by"), self.via),
                             (self.tr("Sent &at (Vietnam time)"), self.sent_at),
                             (self.tr("With the &letter"), self.letter)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        form.addRow(self.tr("Deadline"), self.deadline_label)
        self.ok_button.setText(self.tr("Record the request"))
        self._lay_out(form)

        self.platform.currentIndexChanged.connect(lambda _i: self._platform_changed())
        self.urls_edit.textChanged.connect(self._urls_edited)
        self.via.activated.connect(lambda _i: setattr(self, "_via_chosen", True))
        self.letter.currentIndexChanged.connect(lambda _i: self._letter_changed())
        self.sent_at.dateTimeChanged.connect(lambda _d: self._show_deadline())
        self._platform_changed(letter_id)
        self._show_deadline()

    # --- what the case knows --------------------------------------------------------------------

    @property
    def chosen_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def _platform_changed(self, letter_id: str | None = None) -> None:
        platform = self.chosen_platform
        if not self._urls_typed:
            with self.ws.db.read() as conn:
                urls = tq.report_urls(raw_connection(conn), self.case_id, platform.value)
            self.set_urls(list(dict.fromkeys(urls)))
            self._urls_typed = False
            self.urls_hint.setText(
                self.tr("Filled in from the case's reports on this platform; change them as sent.") if urls
                else self.tr("The case's reports give no address on this platform: type them in."))
        # The letters to this platform (and those naming no platform the application knows), the
        # latest first, as the service links one when it is not told.
        self.letter.blockSignals(True)
        self.letter.clear()
        self.letter.addItem(self.tr("No letter"), service.NO_LETTER)
        for ref, shown in self.letters:
            if shown is None or shown == platform:
                self.letter.addItem(letter_text(ref, self.abbreviation), ref.id)
        index = self.letter.findData(letter_id) if letter_id else (1 if self.letter.count() > 1 else 0)
        self.letter.setCurrentIndex(max(0, index))
        self.letter.blockSignals(False)
        self._letter_changed()

    def _urls_edited(self) -> None:
        self._urls_typed = True

    def _letter_changed(self) -> None:
        if self._via_chosen:
            return
        channel = rules.Channel.LETTER if self.letter.currentData() else rules.Channel.EMAIL
        self.via.setCurrentIndex(self.via.findData(channel.value))

    def _show_deadline(self) -> None:
        sent = self.sent_at.ms()
        initial, changes = self.urgent_history
        urgent = rules.urgent_at(initial, changes, sent)
        due = local_datetime(rules.due_at(sent, urgent))
        self.deadline_label.setText(
            self.tr("{0}: 24 hours after sending, as the case was urgent then").format(due) if urgent
            else self.tr("{0}: 48 hours after sending").format(due))

    # --- what was typed -------------------------------------------------------------------------

    def set_urls(self, urls: list[str]) -> None:
        self.urls_edit.setPlainText("\n".join(urls))

    def urls(self) -> list[str]:
        return [line.strip() for line in self.urls_edit.toPlainText().splitlines() if line.strip()]

    def _record(self) -> service.TakedownView:
        urls = self.urls()
        if not urls:
            raise UserError("give the address of the content on the platform, one per line",
                            vi="hãy nhập địa chỉ nội dung trên nền tảng, mỗi dòng một địa chỉ",
                            code="takedown_no_url")
        return service.request(self.ws, self.case_id, self.chosen_platform, urls, self.via.currentData(),
                               self.sent_at.ms(), letter=self.letter.currentData())


class AnswerDialog(_RecordingDialog):
    """The platform's answer: removed, refused (with its reason), partly removed, or no answer came."""

    def __init__(self, ws: Workspace, lang: str, takedown: service.TakedownView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, lang, parent)
        self.takedown = takedown
        self.setWindowTitle(self.tr("The platform's answer — case {0}").format(takedown.ref))
        summary = plain_label(_request_summary(takedown, lang), self)
        summary.setWordWrap(True)
        summary.setStyleSheet(f"color: {MUTED}")
        self.result_combo = QComboBox(self)
        for result in rules.Result:
            self.result_combo.addItem(result.label(lang), result.value)
        self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(takedown.result or "removed")))
        self.reason = QPlainTextEdit(takedown.reason, self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(84)
        self.reason_hint = plain_label(parent=self)
        self.answered_at = VietnamTimeEdit(ws.clock.wall(), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("&Answer"), self.result_combo), (self.tr("&Reason given"), self.reason)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        form.addRow("", self.reason_hint)
        form.addRow(self.tr("Answered a&t (Vietnam time)"), self.answered_at)
        self.answered_at.setAccessibleName(self.tr("Answered at (Vietnam time)"))
        parts: list[QFormLayout | QWidget] = [summary]
        if takedown.conflicted:
            settles = plain_label(self.tr("Members recorded different answers: the answer recorded now settles it "
                                          "for everyone."), self)
            settles.setWordWrap(True)
            settles.setStyleSheet(f"color: {WARNING}")
            parts.append(settles)
        parts.append(form)
        self.ok_button.setText(self.tr("Record the answer"))
        self._lay_out(*parts)
        self.result_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.reason.textChanged.connect(self._update)
        self._update()

    def _refused(self) -> bool:
        return self.result_combo.currentData() == rules.Result.REFUSED.value

    def _update(self) -> None:
        missing = self._refused() and not self.reason.toPlainText().strip()
        self.ok_button.setEnabled(not missing)
        if self._refused():
            self.reason_hint.setText(self.tr("Required for a refusal: the reason the platform gave."))
            self.reason_hint.setStyleSheet(f"color: {WARNING}" if missing else f"color: {MUTED}")
        else:
            self.reason_hint.setText(self.tr("Optional: what the platform said."))
            self.reason_hint.setStyleSheet(f"color: {MUTED}")

    def _record(self) -> service.TakedownView:
        return service.answer(self.ws, self.takedown.id, self.result_combo.currentData(),
                              self.reason.toPlainText().strip(), self.answered_at.ms())


class RecheckDialog(_RecordingDialog):
    """A member looked again: the content still up or gone, with a screenshot kept as the case's evidence."""

    def __init__(self, ws: Workspace, lang: str, takedown: service.TakedownView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, lang, parent)
        self.takedown = takedown
        # Where the screenshot is chosen; tests replace it.
        self.ask_file: Callable[[], Path | None] = self._ask_file
        self.setWindowTitle(self.tr("Re-check the content — case {0}").format(takedown.ref))
        summary = plain_label(_request_summary(takedown, lang), self)
        summary.setWordWrap(True)
        summary.setStyleSheet(f"color: {MUTED}")
        urls = plain_label("\n".join(takedown.urls), self)
        urls.setWordWrap(True)
        self.still_up = QRadioButton(rules.label(rules.STILL_UP, lang), self)
        self.gone = QRadioButton(rules.label(rules.GONE, lang), self)
        self.seen = QButtonGroup(self)
        for button in (self.still_up, self.gone):
            self.seen.addButton(button)
        seen_row = QHBoxLayout()
        seen_row.addWidget(self.still_up)
        seen_row.addWidget(self.gone)
        seen_row.addStretch(1)
        self.screenshot = QLineEdit(self)
        self.screenshot.setReadOnly(True)
        self.screenshot.setPlaceholderText(self.tr("None (optional)"))
        self.screenshot.setAccessibleName(self.tr("Screenshot"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose)
        clear = QPushButton(self.tr("Clea&r"), self)
        clear.clicked.connect(self.screenshot.clear)
        file_row = QHBoxLayout()
        file_row.addWidget(self.screenshot, 1)
        file_row.addWidget(choose)
        file_row.addWidget(clear)
        shot_hint = plain_label(self.tr("Attached to the case as evidence, dated with the re-check."), self)
        shot_hint.setWordWrap(True)
        shot_hint.setStyleSheet(f"color: {MUTED}")
        self.checked_at = VietnamTimeEdit(ws.clock.wall(), self)
        self.checked_at.setAccessibleName(self.tr("Checked at (Vietnam time)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Content"), urls)
        form.addRow(self.tr("What was seen"), seen_row)
        shot_label = plain_label(self.tr("&Screenshot"), self)
        shot_label.setBuddy(choose)
        form.addRow(shot_label, file_row)
        form.addRow("", shot_hint)
        form.addRow(self.tr("Checked a&t (Vietnam time)"), self.checked_at)
        self.ok_button.setText(self.tr("Record the re-check"))
        self._lay_out(summary, form)
        self.seen.buttonToggled.connect(lambda *_a: self._update())
        self._update()

    def _update(self) -> None:
        chosen = self.seen.checkedButton() is not None
        self.ok_button.setEnabled(chosen)
        self.ok_button.setToolTip("" if chosen else self.tr("Say whether the content is still up first."))

    def set_screenshot(self, path: Path | None) -> None:
        self.screenshot.setText("" if path is None else str(path))

    def screenshot_path(self) -> Path | None:
        text = self.screenshot.text().strip()
        return Path(text) if text else None

    def _choose(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.set_screenshot(path)

    def _ask_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the screenshot"), "",
            self.tr("Screenshots ({0});;All files (*)").format(SCREENSHOTS))
        return Path(name) if name else None

    def _record(self) -> service.TakedownView:
        return service.recheck(self.ws, self.takedown.id, self.still_up.isChecked(), self.screenshot_path(),
                               self.checked_at.ms(), lang=self.lang)


def service_abbreviation(ws: Workspace) -> str:
    """The committee's abbreviation in the numbers of its letters ("BTGS")."""
    from moderator_app.services import documents

    return documents.profile(ws).abbreviation


def open_request_dialog(parent: QWidget, ws: Workspace, lang: str, case: str, platform: str | None = None,
                        letter_id: str | None = None) -> RequestDialog | None:
    """A request dialog of its own (not modal), gone once closed; None when the case cannot be read."""
    try:
        dialog = RequestDialog(ws, lang, case, platform, letter_id, parent)
    except Exception as exc:
        show_error(parent, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
