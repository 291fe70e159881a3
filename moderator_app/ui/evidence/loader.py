"""Opening evidence off the GUI thread: verify the bytes against their hash, then decode them.

A job reads the blob once, checks its SHA-256 and decodes what the viewer needs (an image, the
text, the PDF bytes and its page sizes); a video is only hashed, in chunks, and played from the
verified file (a sealed one through a device that decrypts what the player reads, never a
decrypted copy on disk).
Images go through ``QImageReader`` with Qt's allocation limit left on: an image whose declared
size needs more memory than the limit is refused before any pixel is decoded (a decompression
bomb costs nothing). Results come back to the GUI thread by a queued signal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRunnable, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from moderator_app.domain import mime
from moderator_app.domain.textspan import decode_text
from moderator_app.store.blobs import BlobError, BlobStore
from moderator_app.store.queries import EvidenceRow

log = logging.getLogger(__name__)

PYRAMID_FROM = 4096  # images larger than this (px) also get halved copies for zoomed-out drawing
PYRAMID_TO = 2048


@dataclass
class Loaded:
    """What a load job found; exactly one of the payload fields is set unless there is a problem."""

    token: int
    evidence_id: str
    family: str
    problem: str | None = None  # the blob is "missing", "damaged" or "purged" (removed by an erasure)
    error: str | None = None  # the bytes are intact but cannot be shown (a bomb, a broken image)
    image: QImage | None = None
    levels: list[QImage] = field(default_factory=list)  # halved copies of a big image, largest first
    text: str | None = None
    data: bytes | None = None
    path: Path | None = None
    sealed: BlobStore | None = None  # set for verified media sealed in an encrypted workspace: play via BlobDevice
    sha256: str | None = None
    pages: list[tuple[float, float]] = field(default_factory=list)  # a PDF's page sizes, in points


def decode_image(data: bytes, max_side: int | None = None) -> tuple[QImage | None, str | None]:
    """Decode an image from memory under Qt's allocation limit; ``(None, reason)`` if refused."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None, QCoreApplication.translate("EvidenceLoader", "The image cannot be read: {0}").format(
            reader.errorString()
        )
    limit_mb = QImageReader.allocationLimit()
    need_mb = size.width() * size.height() * 4 / (1024 * 1024)
    if limit_mb and need_mb > limit_mb:
        return None, QCoreApplication.translate(
            "EvidenceLoader",
            "This image says it is {0} × {1} pixels: showing it would need {2:,.0f} MB of memory, more than the "
            "safety limit of {3} MB. It may be a decompression bomb, so it was not opened. Save a copy to examine "
            "it with other tools.",
        ).format(size.width(), size.height(), need_mb, limit_mb)
    if max_side is not None and (size.width() > max_side or size.height() > max_side):
        reader.setScaledSize(size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None, QCoreApplication.translate("EvidenceLoader", "The image cannot be decoded: {0}").format(
            reader.errorString()
        )
    return image, None


def pyramid(image: QImage) -> list[QImage]:
    """Halved copies of a big image, so drawing it zoomed out samples a small copy."""
    levels: list[QImage] = []
    current = image
    while max(current.width(), current.height()) > PYRAMID_FROM or (
        levels and max(current.width(), current.height()) > PYRAMID_TO
    ):
        current = current.scaled(
            max(1, current.width() // 2),
            max(1, current.height() // 2),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        levels.append(current)
    return levels


def pdf_pages(data: bytes) -> tuple[list[tuple[float, float]], str | None]:
    """A PDF's page sizes in points, read here on the worker thread so that the window never waits
    for the PDF library; ``([], reason)`` if the file cannot be read as a PDF."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    try:
        doc.load(buffer)
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            return [], QCoreApplication.translate("EvidenceLoader", "This PDF cannot be read ({0}).").format(
                doc.error().name)
        sizes = [doc.pagePointSize(i) for i in range(doc.pageCount())]
        return [(s.width(), s.height()) for s in sizes], None
    finally:
        doc.close()


def load(blobs: BlobStore, row: EvidenceRow, token: int) -> Loaded:
    """Verify and decode one evidence file (runs on a worker thread)."""
    family = mime.family(row.mime)
    result = Loaded(token, row.id, family)
    if row.kind != "file" or not row.sha256:
        return result
    if row.purged_at is not None and not blobs.has(row.sha256):
        result.problem = "purged"
        return result
    path = blobs.path_for(row.sha256)
    if family in ("video", "audio", "other"):
        result.problem = blobs.check(row.sha256)  # hashed in chunks, never read whole
        if result.problem is None:
            result.path, result.sha256 = path, row.sha256
            result.sealed = blobs if blobs.is_sealed(row.sha256) else None
        return result
    try:
        data = blobs.read_verified(row.sha256)
    except BlobError:
        result.problem = blobs.check(row.sha256) or "damaged"
        return result
    if family == "image":
        result.image, result.error = decode_image(data)
        if result.image is not None:
            result.levels = pyramid(result.image)
    elif family in ("text", "html"):
        result.text = decode_text(data)
    elif family == "pdf":
        result.pages, result.error = pdf_pages(data)
        result.data = data if result.error is None else None
    else:
        result.data = data
    result.path = path
    return result


class LoadSignals(QObject):
    done = Signal(object)


class LoadJob(QRunnable):
    """Runs ``load`` on a pool thread and reports through ``signals.done``."""

    def __init__(self, blobs: BlobStore, row: EvidenceRow, token: int, signals: LoadSignals) -> None:
        super().__init__()
        self.blobs = blobs
        self.row = row
        self.token = token
        self.signals = signals

    def run(self) -> None:
        try:
            result = load(self.blobs, self.row, self.token)
        except Exception:
            log.exception("opening evidence %s failed", self.row.id)
            result = Loaded(
                self.token,
                self.row.id,
                mime.family(self.row.mime),
                error=QCoreApplication.translate(
                    "EvidenceLoader",
                    "This file could not be opened because of an error in the application; "
                    "the details are in the log file.",
                ),
            )
        self.signals.done.emit(result)
