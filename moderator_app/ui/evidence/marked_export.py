"""An evidence picture or PDF page with its marks drawn in, without a window.

The same picture the viewer's *Export annotated picture* saves (``render.image_with_marks`` and
``render.pdf_page_with_marks`` draw both), for ``moderator-app evidence render`` and for scripts
that put marked evidence into minutes and letters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument

from moderator_app.domain.errors import UserError
from moderator_app.services import evidence as evidence_service
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries
from moderator_app.store.atomic import write_atomic
from moderator_app.store.database import raw_connection

from .loader import decode_image
from .render import image_with_marks, pdf_page_with_marks


def ensure_gui() -> None:
    """Fonts and the PDF library need an application object; the command line has none."""
    if QGuiApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["moderator-app"])


def marked_picture(ws: Workspace, evidence: str, page: int = 1) -> QImage:
    """The picture (or PDF ``page``, counted from 1) of ``evidence`` with its marks."""
    ensure_gui()
    item = evidence_service.resolve_evidence(ws, evidence)
    if item.deleted:
        raise UserError(f"the evidence {item.row.name!r} was removed from its case",
                        vi=f"chứng cứ {item.row.name!r} đã bị gỡ khỏi hồ sơ", code="evidence_already_removed")
    data = evidence_service.read_verified(ws, item.row)
    with ws.db.read() as conn:
        marks = evidence_queries.evidence_annotations(raw_connection(conn), item.row.id)
    mime = (item.row.mime or "").lower()
    if mime.startswith("image/"):
        image, problem = decode_image(data)
        if image is None:
            raise UserError(f"{item.row.name}: {problem}", vi=f"{item.row.name}: không đọc được ảnh ({problem})",
                            code="picture_unreadable")
        return image_with_marks(image, marks)
    if mime == "application/pdf":
        return _pdf_page(item.row.name, data, page, marks)
    raise UserError(
        f"{item.row.name} is not a picture or a PDF: only those are drawn with their marks",
        vi=f"{item.row.name} không phải ảnh hay tệp PDF: chỉ ảnh và trang PDF mới vẽ được kèm chú thích",
        code="render_not_a_picture")


def _pdf_page(name: str, data: bytes, page: int, marks: list[evidence_queries.AnnotationRow]) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    count = doc.pageCount()
    if count < 1:
        raise UserError(f"{name}: the PDF cannot be read", vi=f"{name}: không đọc được tệp PDF",
                        code="pdf_unreadable")
    if not 1 <= page <= count:
        raise UserError(f"{name} has {count} page(s); choose a page from 1 to {count}",
                        vi=f"{name} có {count} trang; hãy chọn trang từ 1 đến {count}", code="pdf_page_out_of_range")
    index = page - 1
    image = pdf_page_with_marks(doc, index, doc.pagePointSize(index), marks)
    doc.close()
    return image


def write_png(image: QImage, path: Path) -> Path:
    """Save as PNG through the workspace's all-or-nothing writer."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise UserError(f"could not encode the picture for {path}", vi=f"không mã hóa được ảnh để ghi {path}",
                        code="picture_not_encoded")
    write_atomic(path, bytes(buffer.data().data()))
    return path
