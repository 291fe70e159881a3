"""Item models of the meetings window. Each holds plain rows from ``meeting_queries`` and asks
the window (through a callback) to act when a person edits, drops or reorders something."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from moderator_app.domain.enums import Category, Outcome, Role, Status
from moderator_app.domain.meetings import ATTENDANCE_LABELS, VOTE_LABELS, label
from moderator_app.store import meeting_queries as mq

from ..plain_text import as_text

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_IDS_MIME = "application/x-moderator-case-ids"
AGENDA_ITEM_MIME = "application/x-moderator-agenda-item"
DONE = QColor("#1b6e20")
WARN = QColor("#b3261e")
MUTED = QColor("#7d838a")


def _d(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


class MeetingListModel(QAbstractListModel):
    """Meetings, the latest first: date and title, finalized ones marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[mq.MeetingRow] = []

    def set_rows(self, rows: Sequence[mq.MeetingRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            state = (
                QCoreApplication.translate("Meetings", "finalized")
                if m.finalized
                else QCoreApplication.translate("Meetings", "open")
            )
            return f"{_d(m.date)} · {m.title}\n{state} · " + QCoreApplication.translate(
                "Meetings", "{0} items, {1} decisions"
            ).format(m.agenda_count, m.decision_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(m.place) if m.place else None
        if role == Qt.ItemDataRole.ForegroundRole and m.finalized:
            return QBrush(MUTED)
        if role == ID_ROLE:
            return m.id
        return None

    def row_of(self, meeting_id: str | None) -> int | None:
        return next((i for i, m in enumerate(self.rows) if m.id == meeting_id), None)


class SchedulableModel(QAbstractListModel):
    """Cases ready for a meeting; drag them onto the agenda."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[tuple[str, str, str, str, str]] = []

    def set_rows(self, rows: Sequence[tuple[str, str, str, str, str]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        case_id, ref, influencer, category, status = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            appeal = f" · {Status(status).label(self.lang)}" if status == "appeal" else ""
            return f"{ref} · {influencer}{appeal}\n{Category(category).label(self.lang)}"
        if role == ID_ROLE:
            return case_id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [CASE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.rows[i.row()][0] for i in indexes if i.isValid()]
        data.setData(CASE_IDS_MIME, json.dumps(ids).encode("utf-8"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class AgendaModel(QAbstractListModel):
    """The agenda in order. Accepts cases dropped from the ready list and reorders by drag."""

    def __init__(
        self,
        lang: str,
        on_drop_cases: Callable[[list[str], int], None],
        on_move: Callable[[str, int], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[mq.AgendaItemRow] = []
        self.editable = True
        self.on_drop_cases = on_drop_cases
        self.on_move = on_move

    def set_items(self, items: Sequence[mq.AgendaItemRow], editable: bool) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        n = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if item.kind == "trigger":
                return f"{n}. " + QCoreApplication.translate("Meetings", "Suspension proposal: {0}").format(
                    item.influencer
                )
            d = item.decision
            state = Outcome(d.outcome).label(self.lang) if d else QCoreApplication.translate("Meetings", "not decided")
            return f"{n}. {item.ref} · {item.influencer}\n{Category(item.category).label(self.lang)} — {state}"
        if role == Qt.ItemDataRole.ForegroundRole and item.decision is not None:
            return QBrush(DONE)
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.editable:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [AGENDA_ITEM_MIME, CASE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(AGENDA_ITEM_MIME, self.items[rows[0]].id.encode("ascii"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return self.editable and (data.hasFormat(AGENDA_ITEM_MIME) or data.hasFormat(CASE_IDS_MIME))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        if data.hasFormat(AGENDA_ITEM_MIME):
            item_id = bytes(data.data(AGENDA_ITEM_MIME).data()).decode("ascii")
            current = next((i for i, it in enumerate(self.items) if it.id == item_id), None)
            if current is not None:
                self.on_move(item_id, row - 1 if row > current else row)
        else:
            self.on_drop_cases(json.loads(bytes(data.data(CASE_IDS_MIME).data()).decode("utf-8")), row)
        return False  # the window reloads the agenda from the store; nothing for the view to remove


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)  # type: ignore[attr-defined]

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("Meetings", self.HEADERS[section])
        return None

    def _valid(self, index: ModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.HEADERS)  # type: ignore[attr-defined]


class _ChoiceTable(_Table):
    """A table with one column edited from a choice list, read-only once its meeting is final."""

    CHOICE_COLUMN = 0

    def __init__(self, lang: str, on_set: Callable[[str, str], None], parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[Any] = []
        self.editable = True
        self.on_set = on_set

    def set_rows(self, rows: Sequence[Any], editable: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.editable = editable
        self.endResetModel()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._valid(index) and index.column() == self.CHOICE_COLUMN and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base


class AttendanceModel(_ChoiceTable):
    """Members and their attendance; the attendance column is edited with a choice list."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Member"),
        QT_TRANSLATE_NOOP("Meetings", "Role"),
        QT_TRANSLATE_NOOP("Meetings", "Votes"),
        QT_TRANSLATE_NOOP("Meetings", "Attendance"),
    )
    CHOICE_COLUMN = 3
    rows: list[mq.AttendanceRow]

    def choices(self) -> list[tuple[str, str]]:
        return [(code, label(ATTENDANCE_LABELS, code, self.lang)) for code in ATTENDANCE_LABELS]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return a.name
            if col == 1:
                return Role(a.role).label(self.lang)
            if col == 2:
                return (
                    QCoreApplication.translate("Meetings", "yes")
                    if a.voting
                    else QCoreApplication.translate("Meetings", "no (observer)")
                )
            if role == Qt.ItemDataRole.EditRole:
                return a.status or ""
            return (
                label(ATTENDANCE_LABELS, a.status, self.lang)
                if a.status
                else QCoreApplication.translate("Meetings", "not recorded")
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(DONE if a.status == "present" else MUTED)
        if role == ID_ROLE:
            return a.member_id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or role != Qt.ItemDataRole.EditRole or index.column() != self.CHOICE_COLUMN:
            return False
        if value not in ATTENDANCE_LABELS or value == self.rows[index.row()].status:
            return False
        self.on_set(self.rows[index.row()].member_id, str(value))
        return True


class VotesModel(_ChoiceTable):
    """Voting members present and their vote on the selected item (recusal included)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Member"),
        QT_TRANSLATE_NOOP("Meetings", "Vote"),
    )
    CHOICE_COLUMN = 1
    rows: list[tuple[str, str, str]]  # (member id, name, choice)

    def choices(self) -> list[tuple[str, str]]:
        return [
            (code, label(VOTE_LABELS, code, self.lang)) for code in ("for", "against", "abstain", "recused", "none")
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        member_id, name, choice = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return name
            return choice if role == Qt.ItemDataRole.EditRole else label(VOTE_LABELS, choice, self.lang)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(WARN if choice == "recused" else MUTED if choice == "none" else DONE)
        if role == ID_ROLE:
            return member_id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or role != Qt.ItemDataRole.EditRole or index.column() != self.CHOICE_COLUMN:
            return False
        member_id, _, choice = self.rows[index.row()]
        if value == choice or value not in VOTE_LABELS:
            return False
        self.on_set(member_id, str(value))
        return True

    def tally(self) -> dict[str, int]:
        return {c: sum(1 for r in self.rows if r[2] == c) for c in ("for", "against", "abstain", "recused")}


class FollowUpsModel(_Table):
    """Follow-up actions: drafts before a decision is recorded, the decision's own after."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Action"),
        QT_TRANSLATE_NOOP("Meetings", "Owner"),
        QT_TRANSLATE_NOOP("Meetings", "Deadline"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str | None, str, date | None]] = []  # (action, owner id, owner name, due)

    def set_rows(self, rows: Sequence[tuple[str, str | None, str, date | None]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add(self, row: tuple[str, str | None, str, date | None]) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index) or role != Qt.ItemDataRole.DisplayRole:
            return None
        action, _, owner, due = self.rows[index.row()]
        return (action, owner or "—", due.strftime("%d/%m/%Y") if due else "—")[index.column()]
