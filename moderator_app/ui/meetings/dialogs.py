"""Small dialogs of the meetings window: a meeting's details, an amendment, an appeal; and the
choice-list delegate the attendance and vote tables edit with."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Outcome
from moderator_app.store.meeting_queries import MeetingRow
from moderator_app.store.queries import MemberRow

from ..dialogs import with_ok_cancel
from ..plain_text import plain_label
from ..tab_order import LaidOutDialog


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of (code, label) pairs the model offers through ``choices()``.

    With ``popup`` the list opens at once (one click, or Space, chooses). A choice is committed
    and the editor closed in one step: the model's change reloads the table, and an editor left
    open across that reset would commit to rows that are gone.
    """

    def __init__(self, parent: QObject | None = None, *, popup: bool = False) -> None:
        super().__init__(parent)
        self.popup = popup

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Choice"))
        for code, text in index.model().choices():  # type: ignore[attr-defined]
            combo.addItem(text, code)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        if self.popup:
            QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def outcome_combo(lang: str, allow_none: bool = False) -> QComboBox:
    combo = QComboBox()
    if allow_none:
        combo.addItem("—", None)
    for o in Outcome:
        combo.addItem(f"{o.level} · {o.label(lang)}", o.value)
        combo.setItemData(combo.count() - 1, o.label(lang), Qt.ItemDataRole.ToolTipRole)
    # Narrow panels show the start of the longest outcome; its list and tooltip show it whole.
    combo.setMinimumContentsLength(22)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MeetingDialog(LaidOutDialog):
    """Create or edit a meeting: title, date, place or online link, chair, secretary."""

    def __init__(self, members: list[MemberRow], meeting: MeetingRow | None, default_chair: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.title = QLineEdit(meeting.title if meeting else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Meeting no. 012/2026"))
        self.date = QDateEdit(qdate(date.fromisoformat(meeting.date)) if meeting else QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.place = QLineEdit(meeting.place if meeting else "")
        self.place.setAccessibleName(self.tr("Place or online link"))
        self.chair = QComboBox()
        self.chair.setAccessibleName(self.tr("Chair"))
        self.secretary = QComboBox()
        self.secretary.setAccessibleName(self.tr("Secretary"))
        for combo in (self.chair, self.secretary):
            combo.addItem("—", None)
            for m in members:
                if m.active and m.role != "observer":
                    combo.addItem(m.name, m.id)
        self.chair.setCurrentIndex(max(0, self.chair.findData(meeting.chair_id if meeting else default_chair)))
        if meeting:
            self.secretary.setCurrentIndex(max(0, self.secretary.findData(meeting.secretary_id)))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place or online link"), self.place)
        form.addRow(self.tr("C&hair"), self.chair)
        form.addRow(self.tr("&Secretary"), self.secretary)
        with_ok_cancel(self, form)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text(), "day": pydate(self.date.date()), "place": self.place.text(),
                "chair": self.chair.currentData(), "secretary": self.secretary.currentData()}


class AmendDialog(LaidOutDialog):
    """An amendment of a finalized decision: the new outcome and why."""

    def __init__(self, lang: str, outcome: str, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the decision on {0}").format(ref))
        note = plain_label(self.tr("The meeting is finalized. The decision stays on record; the amendment is a new "
                                   "decision that names it."))
        note.setWordWrap(True)
        self.outcome = outcome_combo(lang)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale of the amendment"))
        form = QFormLayout()
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Rationale"), self.rationale)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 320)


class AppealDialog(LaidOutDialog):
    """An appeal: who appeals and on what grounds; the case goes back onto the next agenda."""

    def __init__(self, ref: str, deadline: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appeal against the decision on {0}").format(ref))
        note = plain_label(self.tr("Appeals are accepted until {0}. The case goes back onto the next open meeting's "
                                   "agenda; the decision keeps its record.").format(deadline.strftime("%d/%m/%Y")))
        note.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Grounds of the appeal"))
        self.reason.setPlaceholderText(self.tr("Who appeals and on what grounds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(480, 260)
