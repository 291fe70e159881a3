"""PDF documents (QtPdf): pages, zoom, page navigation, text selection and copy, page regions.

A page is rendered for the current zoom (again, shortly after the zoom changes) and shown on the
same canvas as images, in PDF points, so a region mark is stored as fractions of the page. Text
is selected by dragging with the text tool, from the character nearest the press to the one
nearest the release, as in a PDF reader.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, QTimer
from PySide6.QtGui import QActionGroup, QGuiApplication, QImage, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from moderator_app.store.queries import AnnotationRow

from .canvas import Canvas
from .image_pane import canvas_marks, numbering
from .loader import Loaded
from .pane import Pane
from .render import draw_marks, render_pdf_page

MAX_RENDER_SIDE = 6000
EXPORT_SCALE = 2.0  # an exported page: 144 dpi


class PdfPane(Pane):
    family = "pdf"
    mark_kinds = ("page_rect",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.page = 0
        self.rendered_scale = 0.0
        self.selected_text = ""
        self._char_boxes: dict[int, list[QRectF | None]] = {}
        self._marks: list[AnnotationRow] = []
        self._selected_mark: str | None = None
        self._pending: tuple[str | None, dict[str, Any] | None] = (None, None)
        self.canvas = Canvas(self, wheel_zooms=False)
        self.canvas.setAccessibleName(self.tr("PDF page"))
        self.canvas.unit_px = max(1.0, self.logicalDpiX() / 72)
        self.canvas.drawn.connect(self._on_drawn)
        self.canvas.markClicked.connect(self.markClicked)
        self.canvas.textDragged.connect(self._on_text_drag)
        self.canvas.zoomChanged.connect(self._on_zoom)
        self._rerender = QTimer(self, singleShot=True, interval=150)
        self._rerender.timeout.connect(lambda: self._render(keep_view=True))

        bar = self.toolbar()
        self.action(bar, "◀", lambda: self.go_to(self.page - 1), "PgUp", self.tr("Previous page"))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(lambda v: self.go_to(v - 1))
        bar.addWidget(self.page_box)
        self.page_count = QLabel()
        bar.addWidget(self.page_count)
        self.action(bar, "▶", lambda: self.go_to(self.page + 1), "PgDown", self.tr("Next page"))
        bar.addSeparator()
        self.action(bar, self.tr("Fit page"), self.canvas.fit, "0")
        self.action(bar, self.tr("Fit width"), self.canvas.fit_width, "W")
        self.action(bar, self.tr("100%"), self.canvas.actual_size, "1")
        self.action(bar, self.tr("Zoom in"), self.canvas.zoom_in, "+")
        self.action(bar, self.tr("Zoom out"), self.canvas.zoom_out, "-")
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(52)
        bar.addWidget(self.zoom_label)
        bar.addSeparator()
        group = QActionGroup(self)
        self.tools = {}
        for tool, text, key, tip in (
            ("pan", self.tr("Move"), "V", self.tr("Drag to move around the page")),
            ("text", self.tr("Select text"), "T", self.tr("Drag over text to select it, then copy it")),
            ("rect", self.tr("Region"), "B", self.tr("Drag to frame a region of the page")),
        ):
            act = self.action(bar, text, lambda _c=False, t=tool: self.set_tool(t), key, tip, checkable=True)
            group.addAction(act)
            self.tools[tool] = act
        self.tools["pan"].setChecked(True)
        self.copy_action = self.action(bar, self.tr("Copy"), self.copy_selection, QKeySequence.StandardKey.Copy,
                                       self.tr("Copy the selected text"))
        self.action(bar, self.tr("Select all"), self.select_page_text, QKeySequence.StandardKey.SelectAll,
                    self.tr("Select the text of this page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)

    # --- loading and pages -----------------------------------------------------------------

    def load(self, result: Loaded) -> None:
        assert result.data is not None
        self.doc.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(result.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc.load(self._buffer)
        if self.doc.status() != QPdfDocument.Status.Ready or self.doc.pageCount() < 1:
            self.canvas.clear_content()
            self.message.emit(self.tr("This PDF cannot be read ({0}).").format(self.doc.error().name))
            return
        self._char_boxes.clear()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(self.doc.pageCount())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("of {0}").format(self.doc.pageCount()))
        self.page = 0
        self._render(keep_view=False)
        self.canvas.fit_width()
        self.message.emit(self.tr("Page {0} of {1}").format(1, self.doc.pageCount()))

    def page_size(self, page: int | None = None) -> QSizeF:
        return self.doc.pagePointSize(self.page if page is None else page)

    def go_to(self, page: int) -> None:
        if self.doc.pageCount() < 1:
            return
        page = max(0, min(page, self.doc.pageCount() - 1))
        if page == self.page and self.canvas.content is not None:
            return
        self.page = page
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.selected_text = ""
        self._render(keep_view=False)
        self.canvas.fit_width()
        self.message.emit(self.tr("Page {0} of {1}").format(page + 1, self.doc.pageCount()))

    def _wanted_scale(self) -> float:
        ratio = self.devicePixelRatioF() or 1.0
        return max(1.0, self.canvas.zoom() * self.canvas.unit_px * ratio)

    def _render(self, keep_view: bool) -> None:
        size = self.page_size()
        if size.isEmpty():
            return
        scale = self._wanted_scale() if keep_view else max(2.0, self._wanted_scale())
        scale = min(scale, MAX_RENDER_SIDE / max(size.width(), size.height()))
        image = render_pdf_page(self.doc, self.page,
                                QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale)))
        self.rendered_scale = scale
        self.canvas.set_content(image, [], size, keep_view=keep_view)
        self._redraw_marks()

    def _on_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f}%")
        wanted = self._wanted_scale()
        if self.canvas.content is not None and (wanted > self.rendered_scale * 1.3 or wanted < self.rendered_scale / 3):
            self._rerender.start()

    # --- marks ----------------------------------------------------------------------------

    def set_tool(self, tool: str) -> None:
        self.tools[tool].setChecked(True)
        self.canvas.set_tool(tool)

    def _on_drawn(self, kind: str, geometry: dict[str, Any]) -> None:
        if kind == "rect":
            self.drawn.emit("page_rect", {"page": self.page, **geometry})

    def show_marks(self, marks: list[AnnotationRow], selected: str | None) -> None:
        self._marks = marks
        self._selected_mark = selected
        self._redraw_marks()

    def _redraw_marks(self) -> None:
        self.canvas.set_marks(canvas_marks(self._marks, numbering(self._marks), self.page), self._selected_mark)
        kind, geometry = self._pending
        if kind and geometry and geometry.get("page") == self.page:
            self.canvas.set_pending("rect", geometry)

    def set_pending(self, kind: str | None, geometry: dict[str, Any] | None) -> None:
        self._pending = (kind, geometry)
        self.canvas.set_pending(None, None)
        self._redraw_marks()

    def focus_mark(self, mark: AnnotationRow) -> None:
        page = int(mark.geometry.get("page", 0))
        if page != self.page:
            self.go_to(page)
        self.canvas.focus_region(mark.id)

    def annotated_image(self, marks: list[AnnotationRow]) -> QImage | None:
        """The current page at 144 dpi with its region marks."""
        size = self.page_size()
        if size.isEmpty():
            return None
        image = render_pdf_page(self.doc, self.page, QSize(math.ceil(size.width() * EXPORT_SCALE),
                                                           math.ceil(size.height() * EXPORT_SCALE)))
        numbers = numbering(marks)
        return draw_marks(image, [(numbers[m.id], "rect", m.geometry, m.label) for m in marks
                                  if m.kind == "page_rect" and m.geometry.get("page") == self.page])

    # --- text selection -------------------------------------------------------------------

    def _boxes(self) -> list[QRectF | None]:
        """Each character's box on the current page (computed once per page)."""
        if self.page not in self._char_boxes:
            count = len(self.doc.getAllText(self.page).text())
            boxes: list[QRectF | None] = []
            for i in range(count):
                polygons = self.doc.getSelectionAtIndex(self.page, i, 1).bounds()
                rect = QRectF()
                for poly in polygons:
                    rect = rect.united(poly.boundingRect())
                boxes.append(rect if not rect.isEmpty() else None)
            self._char_boxes[self.page] = boxes
        return self._char_boxes[self.page]

    def _nearest_char(self, point: QPointF) -> int | None:
        """The character under ``point``, or the nearest one on the nearest line (as readers do)."""
        boxes = [(i, r) for i, r in enumerate(self._boxes()) if r is not None]
        if not boxes:
            return None

        def dy(rect: QRectF) -> float:
            return max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())

        line = min(dy(r) for _, r in boxes)
        same_line = [(i, r) for i, r in boxes if dy(r) <= line + 1.0]
        return min(same_line, key=lambda b: max(b[1].left() - point.x(), 0.0, point.x() - b[1].right()))[0]

    def select_between(self, start: QPointF, end: QPointF) -> str:
        """Select the text from the character nearest ``start`` to the one nearest ``end``."""
        a, b = self._nearest_char(start), self._nearest_char(end)
        if a is None or b is None:
            self.selected_text = ""
            self.canvas.set_selection([])
            return ""
        first, last = min(a, b), max(a, b)
        selection = self.doc.getSelectionAtIndex(self.page, first, last - first + 1)
        self.selected_text = selection.text()
        self.canvas.set_selection(list(selection.bounds()))
        return self.selected_text

    def _on_text_drag(self, start: QPointF, end: QPointF, finished: bool) -> None:
        text = self.select_between(start, end)
        if finished and text:
            self.message.emit(self.tr("{0} characters selected: copy them with Ctrl+C").format(len(text)))

    def select_page_text(self) -> None:
        selection = self.doc.getAllText(self.page)
        self.selected_text = selection.text()
        self.canvas.set_selection(list(selection.bounds()))

    def copy_selection(self) -> None:
        if self.selected_text:
            QGuiApplication.clipboard().setText(self.selected_text.replace("\r\n", "\n"))
            self.message.emit(self.tr("Copied {0} characters").format(len(self.selected_text)))

    def stop(self) -> None:
        self._rerender.stop()
