"""Images: fit, zoom, pan, rotate, and rectangles, arrows and highlights drawn on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QActionGroup, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from moderator_app.store.queries import AnnotationRow

from ..plain_text import plain_label
from .canvas import Canvas, CanvasMark
from .loader import Loaded
from .pane import Pane
from .render import IMAGE_MARKS, image_with_marks, numbering


def canvas_marks(marks: list[AnnotationRow], numbers: dict[str, int], page: int | None = None) -> list[CanvasMark]:
    out = []
    for m in marks:
        if m.kind == "page_rect":
            if m.geometry.get("page") != page:
                continue
            out.append(CanvasMark(m.id, "rect", m.geometry, numbers.get(m.id, 0)))
        elif m.kind in ("rect", "arrow", "highlight"):
            out.append(CanvasMark(m.id, m.kind, m.geometry, numbers.get(m.id, 0)))
    return out




class ImagePane(Pane):
    family = "image"
    mark_kinds = IMAGE_MARKS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = Canvas(self)
        self.canvas.setAccessibleName(self.tr("Image"))
        self.canvas.drawn.connect(self.drawn)
        self.canvas.markClicked.connect(self.markClicked)
        self.canvas.zoomChanged.connect(self._on_zoom)
        self.image: QImage | None = None
        bar = self.toolbar()
        self.action(bar, self.tr("Fit"), self.canvas.fit, "0", self.tr("Fit the image in the window"))
        self.action(bar, self.tr("100%"), self.canvas.actual_size, "1", self.tr("Actual size: one image pixel per "
                                                                             "screen pixel"))
        self.action(bar, self.tr("Zoom in"), self.canvas.zoom_in, "+")
        self.action(bar, self.tr("Zoom out"), self.canvas.zoom_out, "-")
        self.zoom_label = plain_label("100%")
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        bar.addWidget(self.zoom_label)
        bar.addSeparator()
        self.action(bar, self.tr("Rotate left"), lambda: self.canvas.rotate_by(-90), "Shift+R")
        self.action(bar, self.tr("Rotate right"), lambda: self.canvas.rotate_by(90), "R")
        bar.addSeparator()
        group = QActionGroup(self)
        self.tools = {}
        for tool, text, key, tip in (
            ("pan", self.tr("Move"), "V", self.tr("Drag to move around; click a mark to select it")),
            ("rect", self.tr("Rectangle"), "B", self.tr("Drag to frame a region")),
            ("arrow", self.tr("Arrow"), "A", self.tr("Drag from the arrow's tail to its head")),
            ("highlight", self.tr("Highlighter"), "H", self.tr("Drag to highlight a region")),
        ):
            act = self.action(bar, text, lambda _c=False, t=tool: self.set_tool(t), key, tip, checkable=True)
            group.addAction(act)
            self.tools[tool] = act
        self.tools["pan"].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)

    def set_tool(self, tool: str) -> None:
        self.tools[tool].setChecked(True)
        self.canvas.set_tool(tool)

    def _on_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f}%")

    def load(self, result: Loaded) -> None:
        assert result.image is not None
        self.image = result.image
        self.canvas.set_content(result.image, result.levels)
        self.message.emit(self.tr("{0} × {1} pixels").format(result.image.width(), result.image.height()))

    def show_marks(self, marks: list[AnnotationRow], selected: str | None) -> None:
        self.canvas.set_marks(canvas_marks(marks, numbering(marks)), selected)

    def set_pending(self, kind: str | None, geometry: dict[str, Any] | None) -> None:
        self.canvas.set_pending(kind, geometry)

    def focus_mark(self, mark: AnnotationRow) -> None:
        self.canvas.focus_region(mark.id)

    def set_veiled(self, veiled: bool) -> None:
        self.canvas.set_veiled(veiled)

    def annotated_image(self, marks: list[AnnotationRow]) -> QImage | None:
        if self.image is None:
            return None
        return image_with_marks(self.image, marks)
