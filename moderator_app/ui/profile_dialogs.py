"""Small dialogs of the profile page: an account, a completed correction, choosing a meeting
or the profile to merge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Platform
from moderator_app.domain.text import fold
from moderator_app.store.influencer_queries import AccountRow, InfluencerRow, OpenMeeting

from .detail_common import iso_day
from .dialogs import with_ok_cancel
from .plain_text import plain_label
from .tab_order import LaidOutDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True, slots=True)
class AccountInput:
    platform: Platform
    handle: str
    url: str
    followers: str


class AccountDialog(LaidOutDialog):
    def __init__(self, lang: str, account: AccountRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("Add an account"))
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for p in Platform:
            self.platform.addItem(p.label(lang), p.value)
        self.handle = QLineEdit()
        self.handle.setAccessibleName(self.tr("Handle"))
        self.handle.setPlaceholderText("@ten_tai_khoan")
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Profile URL"))
        self.followers = QLineEdit()
        self.followers.setAccessibleName(self.tr("Followers"))
        self.followers.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,11}")))
        if account:
            self.platform.setCurrentIndex(self.platform.findData(account.platform))
            self.handle.setText(account.handle)
            self.url.setText(account.url)
            self.followers.setText("" if account.followers is None else str(account.followers))
        form = QFormLayout()
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Handle"), self.handle)
        form.addRow(self.tr("Profile URL"), self.url)
        form.addRow(self.tr("Followers"), self.followers)
        with_ok_cancel(self, form)
        self.setMinimumWidth(420)

    def value(self) -> AccountInput:
        return AccountInput(Platform(self.platform.currentData()), self.handle.text().strip(),
                            self.url.text().strip(), self.followers.text().strip())


@dataclass(frozen=True, slots=True)
class CorrectionInput:
    corrected_on: date | None  # None withdraws a recorded correction
    note: str


class CorrectionDialog(LaidOutDialog):
    """When did the influencer complete the correction a decision asked for?"""

    def __init__(self, case_ref: str, decided_on: str, corrected_on: str | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remedied"))
        intro = plain_label(self.tr("The influencer did what the decision on {0} ({1}) asked: the post was removed or "
                                    "corrected. For reminders and warnings this halves the remaining penalty.")
                            .format(case_ref, iso_day(decided_on)))
        intro.setWordWrap(True)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(self.tr("Completed on"))
        self.day.setMinimumDate(qdate(date.fromisoformat(decided_on)))
        self.day.setMaximumDate(qdate(today))
        self.day.setDate(qdate(date.fromisoformat(corrected_on) if corrected_on else today))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What was done, and where it can be checked"))
        self.note.setMaximumHeight(80)
        self.withdraw = QCheckBox(self.tr("Withdraw the recorded correction (it was recorded by mistake)"))
        self.withdraw.setVisible(corrected_on is not None)
        self.withdraw.toggled.connect(lambda on: self.day.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Completed on"), self.day)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.withdraw)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def value(self) -> CorrectionInput:
        day = None if self.withdraw.isChecked() else pydate(self.day.date())
        return CorrectionInput(day, self.note.toPlainText().strip())


class ChooseMeetingDialog(LaidOutDialog):
    def __init__(self, meetings: list[OpenMeeting], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Put the suspension proposal on an agenda"))
        intro = plain_label(self.tr("Choose the meeting that will consider suspending {0}:").format(name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings"))
        for m in meetings:
            item = QListWidgetItem(f"{iso_day(m.date)} · {m.title}")
            item.setData(ID_ROLE, m.id)
            self.list.addItem(item)
        if meetings:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No upcoming meeting: create one first."))
            self.list.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(meetings))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.doubleClicked.connect(lambda _i: self.accept() if meetings else None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def meeting_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)


class ChooseProfileDialog(LaidOutDialog):
    """Pick the profile to merge into this one (search ignores case and diacritics)."""

    def __init__(self, rows: list[InfluencerRow], keep_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Merge a profile into {0}").format(keep_name))
        intro = plain_label(self.tr("Which profile is the same person as {0}? Its cases, reports, accounts and "
                                    "decisions will move to {0}.").format(keep_name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search profiles"))
        self.search.setPlaceholderText(self.tr("Name, with or without diacritics"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 420)
        self._filter("")

    def _filter(self, text: str) -> None:
        key = fold(text).strip()
        self.list.clear()
        for row in self.rows:
            if key in row.name_key:
                item = QListWidgetItem(self.tr("{0} · {1} case(s)").format(row.name, row.case_count))
                item.setData(ID_ROLE, row.id)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def influencer_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)
