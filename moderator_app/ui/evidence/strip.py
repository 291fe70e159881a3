"""A case's evidence as a row of thumbnails: in the viewer, and in the case preview.

Thumbnails are made off the GUI thread (an image is decoded straight to a small size; a PDF's
first page is rendered small) and cached by SHA-256. In sensitive mode a thumbnail is shown
blurred and grey until the item is clicked.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from moderator_app.domain import mime
from moderator_app.store.blobs import BlobError, BlobStore
from moderator_app.store.queries import EvidenceRow

from ..plain_text import as_text
from .canvas import blurred
from .loader import decode_image

log = logging.getLogger(__name__)

THUMB = QSize(132, 96)
EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_THUMB_SOURCE = 200 * 1024 * 1024  # larger images get a badge, not a decoded thumbnail

ModelIndex = QModelIndex | QPersistentModelIndex

BADGES = {
    "image": ("IMG", "#1e8e3e"),
    "pdf": ("PDF", "#c5221f"),
    "text": ("TXT", "#7d838a"),
    "html": ("WEB", "#1967d2"),
    "video": ("VIDEO", "#8430ce"),
    "audio": ("AUDIO", "#e37400"),
    "other": ("FILE", "#7d838a"),
    "link": ("LINK", "#1967d2"),
    "problem": ("!", "#b3261e"),
}


def badge(family: str, caption: str = "") -> QImage:
    """A plain tile naming the kind of evidence (used where there is no picture to show)."""
    text, color = BADGES.get(family, BADGES["other"])
    image = QImage(THUMB, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f1f3f4"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        tile = QRectF(THUMB.width() / 2 - 30, 16, 60, 40)
        painter.drawRoundedRect(tile, 6, 6)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(13 if len(text) > 3 else 16)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, text)
        if caption:
            font.setBold(False)
            font.setPixelSize(11)
            painter.setFont(font)
            painter.setPen(QColor("#3c4043"))
            painter.drawText(QRectF(4, 62, THUMB.width() - 8, 28), Qt.AlignmentFlag.AlignCenter, caption)
    finally:
        painter.end()
    return image


def _blank() -> QImage:
    image = QImage(THUMB, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f1f3f4"))
    return image


def make_thumbnail(blobs: BlobStore, row: EvidenceRow) -> tuple[QImage, bool]:
    """A thumbnail image and whether it shows the content (runs on a worker thread)."""
    family = mime.family(row.mime)
    if row.kind == "link":
        return badge("link"), False
    if family not in ("image", "pdf") or not row.sha256 or (row.size or 0) > MAX_THUMB_SOURCE:
        return badge(family, mime.PREFERRED_EXTENSION.get(row.mime or "", "")[1:].upper()), False
    try:
        data = blobs.read_verified(row.sha256)
    except BlobError:
        if not blobs.has(row.sha256):
            if row.purged_at is not None:
                return badge("problem", QCoreApplication.translate("EvidenceStrip", "erased")), False
            return badge("problem", QCoreApplication.translate("EvidenceStrip", "missing")), False
        return badge("problem", QCoreApplication.translate("EvidenceStrip", "damaged")), False
    if family == "image":
        image, _error = decode_image(data, max(THUMB.width(), THUMB.height()) * 2)
        if image is None:
            return badge("problem"), False
    else:
        image = _pdf_first_page(data)
        if image is None:
            return badge("pdf"), False
    return image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation), True


def _pdf_first_page(data: bytes) -> QImage | None:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    try:
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            return None
        size = doc.pagePointSize(0).scaled(THUMB.width() * 2, THUMB.height() * 2, Qt.AspectRatioMode.KeepAspectRatio)
        from .render import render_pdf_page

        return render_pdf_page(doc, 0, size.toSize())
    finally:
        doc.close()


class ThumbSignals(QObject):
    done = Signal(str, QImage, bool)  # sha256 (or evidence id for links), image, shows content


class ThumbJob(QRunnable):
    def __init__(self, blobs: BlobStore, row: EvidenceRow, key: str, signals: ThumbSignals) -> None:
        super().__init__()
        self.blobs, self.row, self.key, self.signals = blobs, row, key, signals

    def run(self) -> None:
        try:
            image, real = make_thumbnail(self.blobs, self.row)
        except Exception:
            log.exception("thumbnail of evidence %s failed", self.row.id)
            image, real = badge("problem"), False
        self.signals.done.emit(self.key, image, real)


class EvidenceListModel(QAbstractListModel):
    """A case's evidence items with their thumbnails; ``EVIDENCE_ID_ROLE`` gives an item's id."""

    def __init__(self, blobs: BlobStore, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blobs = blobs
        self.lang = lang
        self.rows: list[EvidenceRow] = []
        self.sensitive = False
        self.revealed: set[str] = set()
        self._thumbs: dict[str, QPixmap] = {}
        self._veiled: dict[str, QPixmap] = {}
        self._real: dict[str, bool] = {}
        self._pending: set[str] = set()
        self._placeholder = QPixmap.fromImage(_blank())
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._signals = ThumbSignals(self)
        self._signals.done.connect(self._on_thumb)

    @staticmethod
    def key(row: EvidenceRow) -> str:
        return row.sha256 or f"link:{row.id}"

    def set_rows(self, rows: list[EvidenceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_sensitive(self, on: bool) -> None:
        self.sensitive = on
        self._changed_all()

    def reveal(self, evidence_id: str) -> None:
        if evidence_id not in self.revealed:
            self.revealed.add(evidence_id)
            row = self.row_of(evidence_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def veiled(self, evidence_id: str) -> bool:
        return self.sensitive and evidence_id not in self.revealed

    def row_of(self, evidence_id: str) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == evidence_id:
                return i
        return None

    def shutdown(self) -> None:
        self.pool.clear()
        self.pool.waitForDone()

    def _changed_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.DecorationRole])

    def _on_thumb(self, key: str, image: QImage, real: bool) -> None:
        self._pending.discard(key)
        self._thumbs[key] = QPixmap.fromImage(image)
        self._real[key] = real
        self._veiled[key] = QPixmap.fromImage(blurred(image, 10)) if real else self._thumbs[key]
        for i, r in enumerate(self.rows):
            if self.key(r) == key:
                index = self.index(i, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def thumbnail(self, row: EvidenceRow) -> QPixmap | None:
        key = self.key(row)
        if key not in self._thumbs:
            if key not in self._pending:
                self._pending.add(key)
                self.pool.start(ThumbJob(self.blobs, row, key, self._signals))
            return self._placeholder
        if self.veiled(row.id):
            return self._veiled[key]
        return self._thumbs[key]

    def wait_for_thumbnails(self) -> None:
        """Block until queued thumbnails are made (tests and screenshots)."""
        self.pool.waitForDone()

    # --- the model ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.name or r.url
        if role == Qt.ItemDataRole.DecorationRole:
            pix = self.thumbnail(r)
            return QIcon(pix) if pix is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(self.tooltip(r))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.name or r.url}, {mime.describe(r.mime, self.lang) if r.kind == 'file' else 'link'}"
        if role == EVIDENCE_ID_ROLE:
            return r.id
        if role == EVIDENCE_ROW_ROLE:
            return r
        return None

    def tooltip(self, r: EvidenceRow) -> str:
        from moderator_app.domain.clock import local_date

        from ..detail_common import size_text

        when = local_date(r.added_at).strftime("%d/%m/%Y")
        if r.kind == "link":
            return f"{r.url}\n{r.note}\n{r.added_by_name} · {when}".strip()
        text = f"{r.name}\n{mime.describe(r.mime, self.lang)} · {size_text(r.size or 0)}\n{r.added_by_name} · {when}"
        if r.claimed_mime:
            text += "\n" + (f"⚠ the name says {mime.describe(r.claimed_mime, 'en')}" if self.lang == "en"
                            else f"⚠ tên tệp ghi là {mime.describe(r.claimed_mime, 'vi')}")
        return text

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class EvidenceStrip(QListView):
    """Thumbnails in one row; arrow keys move between items, Enter or a double click opens one."""

    itemClicked = Signal(str)
    itemActivated = Signal(str)
    currentItemChanged = Signal(str)

    def __init__(self, model: EvidenceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 16, THUMB.height() + 26))
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMB.height() + 26 + self.horizontalScrollBar().sizeHint().height() + 6)
        self.setAccessibleName(self.tr("Evidence items"))
        self._quiet = False
        self.clicked.connect(lambda i: self.itemClicked.emit(str(i.data(EVIDENCE_ID_ROLE))))
        self.activated.connect(lambda i: self.itemActivated.emit(str(i.data(EVIDENCE_ID_ROLE))))
        self.selectionModel().currentChanged.connect(self._on_current)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.currentItemChanged.emit(str(current.data(EVIDENCE_ID_ROLE)))

    def select_id(self, evidence_id: str) -> None:
        model = self.model()
        assert isinstance(model, EvidenceListModel)
        row = model.row_of(evidence_id)
        if row is None:
            return
        index = model.index(row, 0)
        if self.currentIndex() != index:
            self._quiet = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._quiet = False
        self.scrollTo(index)
