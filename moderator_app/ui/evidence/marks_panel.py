"""The marks of the open item, listed beside the viewer, with an editor for a mark's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.annotations import MAX_COMMENT, MAX_LABEL, kind_label
from moderator_app.domain.clock import local_date
from moderator_app.store.queries import AnnotationRow

from ..plain_text import as_text, plain_label
from .media_pane import clock_text

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def where_text(mark: AnnotationRow, lang: str) -> str:
    """Where a mark is, in words: "page 2", "00:41", "characters 12–40"."""
    g = mark.geometry
    if mark.kind == "page_rect":
        return (f"page {int(g['page']) + 1}" if lang == "en" else f"trang {int(g['page']) + 1}")
    if mark.kind == "time":
        return clock_text(int(g["ms"]))
    if mark.kind == "span":
        quote = str(g.get("quote", "")).replace("\n", " ")
        return f"“{quote[:40]}{'…' if len(quote) > 40 else ''}”" if quote else f"{g['start']}–{g['end']}"
    return ""


class AnnotationListModel(QAbstractListModel):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[AnnotationRow] = []

    def set_rows(self, rows: list[AnnotationRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, annotation_id: str) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == annotation_id:
                return i
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        number = index.row() + 1
        kind = kind_label(m.kind, self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            title = m.label or kind
            where = where_text(m, self.lang)
            meta = " · ".join(p for p in (kind if m.label else "", where, m.author_name,
                                          local_date(m.updated_at).strftime("%d/%m/%Y")) if p)
            lines = [f"{number}. {title}", meta]
            if m.comment:
                lines.append(m.comment if len(m.comment) < 90 else m.comment[:89] + "…")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text("\n".join(p for p in (m.label, m.comment) if p) or kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{number}. {m.label or kind}"
        if role == ANNOTATION_ID_ROLE:
            return m.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class MarksPanel(QWidget):
    """The list of marks and the editor of the selected (or new) mark."""

    markSelected = Signal(str)
    saveRequested = Signal(str, str)  # label, comment (for the new mark, or the selected one)
    deleteRequested = Signal(str)
    discardRequested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.model = AnnotationListModel(lang, self)
        self.current_id: str | None = None
        self.pending_kind: str | None = None
        self.title = plain_label(self.tr("Marks"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Marks on this item"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.empty = plain_label(self.tr(
            "No marks yet. Choose a tool above the picture and drag, select text and press "
            "“Mark selection”, or mark a moment of a recording."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #7d838a;")

        self.editor = QGroupBox()
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(MAX_LABEL)
        self.label_edit.setPlaceholderText(self.tr("Short label, e.g. “No #ad label”"))
        self.label_edit.setAccessibleName(self.tr("Mark label"))
        self.label_edit.returnPressed.connect(self._save)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment_edit.setAccessibleName(self.tr("Mark comment"))
        self.comment_edit.setFixedHeight(72)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.current_id and self.deleteRequested.emit(self.current_id))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self.discardRequested)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        editor_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addStretch(0)
        self.set_rows([])

    def set_rows(self, rows: list[AnnotationRow]) -> None:
        keep = self.current_id
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self.title.setText(self.tr("Marks ({0})").format(len(rows)) if rows else self.tr("Marks"))
        if keep is not None and self.model.row_of(keep) is not None:
            self.select(keep)
        elif self.pending_kind is None:
            self.current_id = None
            self._show_editor()

    def select(self, annotation_id: str | None) -> None:
        self.pending_kind = None
        self.current_id = annotation_id
        row = self.model.row_of(annotation_id) if annotation_id else None
        if row is None:
            self.current_id = None
            self.list.clearSelection()
        else:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_editor()

    def start_new(self, kind: str) -> None:
        """A mark was drawn: ask for its words."""
        self.pending_kind = kind
        self.current_id = None
        self.list.clearSelection()
        self._show_editor()
        self.label_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current(self) -> AnnotationRow | None:
        row = self.model.row_of(self.current_id) if self.current_id else None
        return None if row is None else self.model.rows[row]

    def _show_editor(self) -> None:
        mark = self._current()
        if self.pending_kind is not None:
            self.editor.setTitle(self.tr("New mark: {0}").format(kind_label(self.pending_kind, self.lang)))
            self.label_edit.clear()
            self.comment_edit.clear()
            self.editor.setVisible(True)
            self.delete_button.setVisible(False)
            self.discard_button.setVisible(True)
        elif mark is not None:
            number = (self.model.row_of(mark.id) or 0) + 1
            self.editor.setTitle(self.tr("Mark {0}: {1}").format(number, kind_label(mark.kind, self.lang)))
            self.label_edit.setText(mark.label)
            self.comment_edit.setPlainText(mark.comment)
            self.editor.setVisible(True)
            self.delete_button.setVisible(True)
            self.discard_button.setVisible(False)
        else:
            self.editor.setVisible(False)

    def _on_clicked(self, index: QModelIndex) -> None:
        annotation_id = str(index.data(ANNOTATION_ID_ROLE))
        self.select(annotation_id)
        self.markSelected.emit(annotation_id)

    def _save(self) -> None:
        comment = self.comment_edit.toPlainText()[:MAX_COMMENT]
        self.saveRequested.emit(self.label_edit.text(), comment)
