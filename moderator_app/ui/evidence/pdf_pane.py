"""PDF documents (QtPdf): pages, zoom, page navigation, text selection and copy, page regions.

A page is rendered for the current zoom (again, shortly after the zoom changes) and shown on the
same canvas as images, in PDF points, so a region mark is stored as fractions of the page. Text
is selected by dragging with the text tool, from the character nearest the press to the one
nearest the release, as in a PDF reader.

Drawing a page can take a long time (a page of a hundred thousand vector paths takes minutes), so
it happens on a worker thread, one page at a time per pane, the newest request replacing older
ones; meanwhile the page shows as a blank sheet of the right size, on which marks can already be
drawn. The page sizes come from the loader (read on its worker), so the window itself calls the
PDF library only for text selection and exports, never while a page is being drawn (the library
is not thread-safe and Qt serialises every call to it).
"""

from __future__ import annotations

import math
from contextlib import suppress
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QImage, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMenu, QSpinBox, QToolButton, QVBoxLayout, QWidget

from moderator_app.store.queries import AnnotationRow

from ..keys import portable_key
from ..plain_text import plain_label
from .canvas import Canvas
from .image_pane import canvas_marks, numbering
from .loader import Loaded
from .pane import Pane
from .render import pdf_page_with_marks, render_pdf_page

MAX_RENDER_SIDE = 6000
PLACEHOLDER_SCALE = 0.25  # the blank sheet shown while a page is drawn


class _RenderSignals(QObject):
    done = Signal(int, int, float, QImage)  # ticket, page, scale, image (null if it failed)


class _RenderJob(QRunnable):
    """Draws one page on a worker thread, with a document of its own made from the same bytes
    (``QByteArray`` shares them): nothing here is used by the window's thread."""

    def __init__(self, data: QByteArray, page: int, size: QSize, scale: float, ticket: int,
                 signals: _RenderSignals) -> None:
        super().__init__()
        self.data, self.page, self.size, self.scale, self.ticket = data, page, size, scale, ticket
        self.signals = signals

    def run(self) -> None:
        buffer = QBuffer()
        buffer.setData(self.data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        image = QImage()
        try:
            doc.load(buffer)
            if doc.status() == QPdfDocument.Status.Ready and 0 <= self.page < doc.pageCount():
                image = render_pdf_page(doc, self.page, self.size)
        finally:
            doc.close()
        with suppress(RuntimeError):  # the pane closed while the page was drawn: nobody waits for it
            self.signals.done.emit(self.ticket, self.page, self.scale, image)


class PdfPane(Pane):
    family = "pdf"
    mark_kinds = ("page_rect",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = QPdfDocument(self)  # for text selection and exports only, opened when first needed
        self._buffer: QBuffer | None = None
        self._data = QByteArray()
        self._doc_open = False
        self._sizes: list[QSizeF] = []
        self._ticket = 0  # numbers every request to draw a page
        self._barrier = 0  # results of requests up to this one belong to another document
        self._shown = 0  # the request whose drawing is on the canvas
        self._target_scale = 0.0  # the scale of the latest request
        self._in_flight = False
        self._wanted: tuple[int, int, float, QSize] | None = None  # ticket, page, scale, size
        self._signals = _RenderSignals(self)
        self._signals.done.connect(self._rendered)
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
        self.page_count_label = plain_label()
        bar.addWidget(self.page_count_label)
        self.action(bar, "▶", lambda: self.go_to(self.page + 1), "PgDown", self.tr("Next page"))
        bar.addSeparator()
        # Zoom takes little room: − and + around the zoom, whose menu fits the page, the width or 100%
        # (the toolbar then fits a 1366-pixel screen in Vietnamese, without an overflow arrow).
        self.action(bar, "−", self.canvas.zoom_out, "-", self.tr("Zoom out"))
        self.zoom_button = QToolButton(bar)
        self.zoom_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zoom_button.setAccessibleName(self.tr("Zoom"))
        self.zoom_button.setToolTip(self.tr("Zoom: fit the page (0), fit the width (W), actual size (1)"))
        self.zoom_button.setMinimumWidth(64)
        zoom_menu = QMenu(self.zoom_button)
        for text, slot, key in ((self.tr("Fit page"), self.canvas.fit, "0"),
                                (self.tr("Fit width"), self.canvas.fit_width, "W"),
                                (self.tr("100%"), self.canvas.actual_size, "1")):
            act = QAction(text, self)
            act.setShortcut(portable_key(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            zoom_menu.addAction(act)
        self.zoom_button.setMenu(zoom_menu)
        bar.addWidget(self.zoom_button)
        self.zoom_label = self.zoom_button  # what the zoom reads as: "75%"
        self.action(bar, "+", self.canvas.zoom_in, "+", self.tr("Zoom in"))
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
        select_all = QAction(self.tr("Select all"), self)  # Ctrl+A: kept off the bar, which it would crowd
        select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        select_all.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        select_all.triggered.connect(self.select_page_text)
        self.addAction(select_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)

    # --- loading and pages -----------------------------------------------------------------

    def load(self, result: Loaded) -> None:
        assert result.data is not None
        self._barrier = self._ticket  # a page of the previous document still being drawn is not wanted
        self._wanted = None
        if self._doc_open:
            self.doc.close()
            self._doc_open = False
        self._data = QByteArray(result.data)
        self._sizes = [QSizeF(w, h) for w, h in result.pages]
        self._char_boxes.clear()
        if not self._sizes:
            self.canvas.clear_content()
            self.message.emit(self.tr("This PDF cannot be read."))
            return
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(self.page_count())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of {0}").format(self.page_count()))
        self.page = 0
        self._render(keep_view=False)
        self.canvas.fit_width()
        self.message.emit(self.tr("Page {0} of {1}").format(1, self.page_count()))

    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def rendering(self) -> bool:
        """A page is being drawn on a worker thread."""
        return self._in_flight

    def _text_doc(self) -> QPdfDocument | None:
        """The window's own document (text and exports), opened on first use; ``None`` while a page
        is being drawn, since the PDF library would make the window wait for it."""
        if self._in_flight:
            self.message.emit(self.tr("The page is still being drawn; try again when it is shown."))
            return None
        if not self._doc_open:
            self._buffer = QBuffer(self)
            self._buffer.setData(self._data)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.doc.load(self._buffer)
            self._doc_open = self.doc.status() == QPdfDocument.Status.Ready
            if not self._doc_open:
                return None
        return self.doc

    def page_size(self, page: int | None = None) -> QSizeF:
        index = self.page if page is None else page
        return self._sizes[index] if 0 <= index < len(self._sizes) else QSizeF()

    def go_to(self, page: int) -> None:
        if self.page_count() < 1:
            return
        page = max(0, min(page, self.page_count() - 1))
        if page == self.page and self.canvas.content is not None:
            return
        self.page = page
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.selected_text = ""
        self._render(keep_view=False)
        self.canvas.fit_width()
        self.message.emit(self.tr("Page {0} of {1}").format(page + 1, self.page_count()))

    def _wanted_scale(self) -> float:
        ratio = self.devicePixelRatioF() or 1.0
        return max(1.0, self.canvas.zoom() * self.canvas.unit_px * ratio)

    def _render(self, keep_view: bool) -> None:
        """Ask for the current page at the current zoom. A new page shows at once as a blank sheet
        (marks can be drawn on it); the drawing replaces it when the worker is done."""
        size = self.page_size()
        if size.isEmpty():
            return
        scale = self._wanted_scale() if keep_view else max(2.0, self._wanted_scale())
        scale = min(scale, MAX_RENDER_SIDE / max(size.width(), size.height()))
        if not keep_view:
            sheet = QImage(QSize(max(1, math.ceil(size.width() * PLACEHOLDER_SCALE)),
                                 max(1, math.ceil(size.height() * PLACEHOLDER_SCALE))), QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            self.rendered_scale = 0.0
            self.canvas.set_content(sheet, [], size, keep_view=False)
            self._redraw_marks()
        self._ticket += 1
        self._target_scale = scale
        self._wanted = (self._ticket, self.page, scale,
                        QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale)))
        self._start_next()

    def _start_next(self) -> None:
        if self._in_flight or self._wanted is None:
            return
        ticket, page, scale, size = self._wanted
        self._wanted = None
        self._in_flight = True
        QThreadPool.globalInstance().start(_RenderJob(self._data, page, size, scale, ticket, self._signals))

    def _rendered(self, ticket: int, page: int, scale: float, image: QImage) -> None:
        self._in_flight = False
        if ticket > self._barrier and ticket > self._shown and page == self.page:
            self._shown = ticket
            if image.isNull():
                self.message.emit(self.tr("Page {0} could not be drawn.").format(page + 1))
            else:
                self.rendered_scale = scale
                self.canvas.set_content(image, [], self.page_size(), keep_view=True)
                self._redraw_marks()
        self._start_next()

    def _on_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f}%")
        wanted = self._wanted_scale()
        target = self._target_scale  # the scale drawn, or being drawn
        if self.canvas.content is not None and (wanted > target * 1.3 or wanted < target / 3):
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
        doc = self._text_doc()
        if size.isEmpty() or doc is None:
            return None
        return pdf_page_with_marks(doc, self.page, size, marks)

    # --- text selection -------------------------------------------------------------------

    def _boxes(self) -> list[QRectF | None]:
        """Each character's box on the current page (computed once per page)."""
        if self.page not in self._char_boxes:
            doc = self._text_doc()
            if doc is None:
                return []
            count = len(doc.getAllText(self.page).text())
            boxes: list[QRectF | None] = []
            for i in range(count):
                polygons = doc.getSelectionAtIndex(self.page, i, 1).bounds()
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
        doc = self._text_doc()
        if doc is None:
            return ""
        selection = doc.getSelectionAtIndex(self.page, first, last - first + 1)
        self.selected_text = selection.text()
        self.canvas.set_selection(list(selection.bounds()))
        return self.selected_text

    def _on_text_drag(self, start: QPointF, end: QPointF, finished: bool) -> None:
        text = self.select_between(start, end)
        if finished and text:
            self.message.emit(self.tr("{0} characters selected: copy them with Ctrl+C").format(len(text)))

    def select_page_text(self) -> None:
        doc = self._text_doc()
        if doc is None:
            return
        selection = doc.getAllText(self.page)
        self.selected_text = selection.text()
        self.canvas.set_selection(list(selection.bounds()))

    def copy_selection(self) -> None:
        if self.selected_text:
            QGuiApplication.clipboard().setText(self.selected_text.replace("\r\n", "\n"))
            self.message.emit(self.tr("Copied {0} characters").format(len(self.selected_text)))

    def stop(self) -> None:
        self._rerender.stop()
        self._barrier = self._ticket  # a page still being drawn is not wanted any more
        self._wanted = None
