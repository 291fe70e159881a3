"""A zoomable, rotatable picture with marks on it: the surface of the image and PDF viewers.

Scene coordinates are the content's own units (image pixels, PDF points), with the content at
``(0, 0, width, height)``; marks are stored as fractions of that size (``domain.annotations``)
and placed by multiplying, so they sit on the same pixels at every zoom and rotation. Zoom and
rotation are the view's transform only. A big image is drawn from the halved copy that suits the
zoom (``PyramidItem``), so zooming out of a 50-megapixel screenshot stays smooth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QPushButton,
    QStyleOptionGraphicsItem,
    QWidget,
)

MIN_ZOOM = 0.02
MAX_ZOOM = 32.0
ZOOM_STEP = 1.25
MARK_COLOR = QColor("#d93025")
SELECTED_COLOR = QColor("#1a73e8")
PENDING_COLOR = QColor("#f29900")
HIGHLIGHT_FILL = QColor(255, 214, 0, 90)
DRAW_TOOLS = ("rect", "arrow", "highlight")


def blurred(image: QImage, width: int = 24) -> QImage:
    """A heavily blurred, grey copy (sensitive mode): shrink hard, then let smooth scaling blur it."""
    if image.isNull():
        return image
    small = image.scaledToWidth(max(4, width), Qt.TransformationMode.SmoothTransformation)
    grey = small.convertToFormat(QImage.Format.Format_Grayscale8)
    return grey.scaled(image.width(), image.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)


class PyramidItem(QGraphicsItem):
    """An image shown at ``base`` size in scene units, drawn from the copy that suits the zoom."""

    def __init__(self, image: QImage, levels: list[QImage], base: QSizeF) -> None:
        super().__init__()
        self.base = base
        self.pixmaps = [QPixmap.fromImage(image), *(QPixmap.fromImage(level) for level in levels)]
        self.veil: QPixmap | None = None
        self._veiled = False
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def set_veiled(self, veiled: bool) -> None:
        if veiled and self.veil is None:
            smallest = self.pixmaps[-1].toImage()
            self.veil = QPixmap.fromImage(blurred(smallest.scaledToWidth(min(smallest.width(), 512))))
        self._veiled = veiled
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.base.width(), self.base.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())  # device px per scene unit
        if self._veiled and self.veil is not None:
            pix = self.veil
        else:
            want = lod * max(1.0, painter.device().devicePixelRatioF() if painter.device() else 1.0)
            pix = self.pixmaps[0]
            for candidate in self.pixmaps[1:]:
                if candidate.width() / self.base.width() >= want:
                    pix = candidate
        scale = pix.width() / self.base.width()
        # Smooth when the copy is reduced; sharp pixels when zoomed in for inspection.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, lod * 1.0 / max(scale, 1e-9) < 2)
        painter.drawPixmap(self.boundingRect(), pix, QRectF(pix.rect()))


class BadgeItem(QGraphicsItem):
    """A mark's number in a small round badge that keeps its size and stays upright."""

    def __init__(self, text: str, color: QColor) -> None:
        super().__init__()
        self.text = text
        self.color = color
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, 24 + 7 * max(0, len(self.text) - 1), 22)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, 20 + 7 * max(0, len(self.text) - 1), 18)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(self.color)
        painter.drawRoundedRect(rect, 9, 9)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)


@dataclass(frozen=True, slots=True)
class CanvasMark:
    """A mark as the canvas draws it (the viewer maps annotation rows to these)."""

    id: str
    kind: str  # rect, arrow, highlight (a PDF page rect is drawn as rect)
    geometry: dict[str, Any]
    number: int


def arrow_path(p1: QPointF, p2: QPointF, head: float) -> QPainterPath:
    path = QPainterPath(p1)
    path.lineTo(p2)
    angle = math.atan2(p2.y() - p1.y(), p2.x() - p1.x())
    for side in (math.pi * 5 / 6, -math.pi * 5 / 6):
        path.moveTo(p2)
        path.lineTo(p2.x() + head * math.cos(angle + side), p2.y() + head * math.sin(angle + side))
    return path


def mark_shape(kind: str, g: dict[str, Any], size: QSizeF) -> tuple[QRectF | None, QLineF | None]:
    """The scene rectangle (rect, highlight) or line (arrow) of a mark on content of ``size``."""
    w, h = size.width(), size.height()
    if kind == "arrow":
        return None, QLineF(g["x1"] * w, g["y1"] * h, g["x2"] * w, g["y2"] * h)
    return QRectF(g["x"] * w, g["y"] * h, g["w"] * w, g["h"] * h), None


class Canvas(QGraphicsView):
    """Shows one picture; zoom, pan, rotate; draws marks and lets people draw new ones."""

    drawn = Signal(str, dict)  # kind and normalised geometry of a mark just drawn
    markClicked = Signal(str)
    zoomChanged = Signal(float)
    textDragged = Signal(QPointF, QPointF, bool)  # scene points of a text-selection drag; finished?
    revealRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, wheel_zooms: bool = True) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#3c4043"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.wheel_zooms = wheel_zooms
        self.unit_px = 1.0  # screen pixels per scene unit at "100%"
        self.content: PyramidItem | None = None
        self.size_units = QSizeF(0, 0)
        self.tool = "pan"
        self.rotation = 0
        self._fit: str | None = "page"  # "page", "width", or None once the member zooms
        self._marks: list[QGraphicsItem] = []
        self._pending: list[QGraphicsItem] = []
        self._selection: list[QGraphicsItem] = []
        self._drag_start: QPointF | None = None
        self._drag_item: QGraphicsItem | None = None
        self._mark_rects: dict[str, QRectF] = {}
        self.veiled = False
        self.reveal_button = QPushButton(self.tr("Sensitive content hidden. Click to show it."), self)
        self.reveal_button.setAccessibleName(self.tr("Show sensitive content"))
        self.reveal_button.setStyleSheet(
            "QPushButton { background: rgba(32,33,36,0.85); color: white; border: 1px solid #9aa0a6;"
            " border-radius: 6px; padding: 10px 18px; font-size: 14px; }"
        )
        self.reveal_button.clicked.connect(self.revealRequested)
        self.reveal_button.hide()
        self.set_tool("pan")

    # --- content ------------------------------------------------------------------------

    def set_content(self, image: QImage, levels: list[QImage] | None = None, base: QSizeF | None = None,
                    *, keep_view: bool = False) -> None:
        """Show ``image`` at ``base`` scene size (default: its pixel size)."""
        scene = self.scene()
        old_center = self.mapToScene(self.viewport().rect().center()) if keep_view else None
        old_transform = self.transform() if keep_view else None
        scene.clear()
        self._marks, self._pending, self._selection = [], [], []
        self._drag_item = None
        size = base or QSizeF(image.width(), image.height())
        self.size_units = size
        self.content = PyramidItem(image, levels or [], size)
        scene.addItem(self.content)
        margin = max(size.width(), size.height()) * 0.02
        scene.setSceneRect(QRectF(-margin, -margin, size.width() + 2 * margin, size.height() + 2 * margin))
        if self.veiled:
            self.content.set_veiled(True)
        if keep_view and old_transform is not None and old_center is not None:
            self.setTransform(old_transform)
            self.centerOn(old_center)
        else:
            self.rotation = 0
            self.fit()

    def clear_content(self) -> None:
        self.scene().clear()
        self.content = None
        self._marks, self._pending, self._selection = [], [], []
        self._drag_item = None
        self.size_units = QSizeF(0, 0)

    def content_rect(self) -> QRectF:
        return QRectF(0, 0, self.size_units.width(), self.size_units.height())

    def set_veiled(self, veiled: bool) -> None:
        self.veiled = veiled
        if self.content is not None:
            self.content.set_veiled(veiled)
        self.reveal_button.setVisible(veiled)
        self._place_reveal_button()

    # --- zoom, fit, rotate ------------------------------------------------------------------

    def zoom(self) -> float:
        """Screen pixels per content unit, relative to "100%" (1.0 = actual size)."""
        t = self.transform()
        return math.hypot(t.m11(), t.m12()) / self.unit_px

    def _apply(self, scale: float) -> None:
        scale = max(MIN_ZOOM, min(MAX_ZOOM, scale))
        t = QTransform()
        t.rotate(self.rotation)
        t.scale(scale * self.unit_px, scale * self.unit_px)
        self.setTransform(t)
        self.zoomChanged.emit(scale)

    def zoom_by(self, factor: float) -> None:
        self._fit = None
        self._apply(self.zoom() * factor)

    def zoom_in(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(ZOOM_STEP)
        self.setTransformationAnchor(anchor)

    def zoom_out(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(1 / ZOOM_STEP)
        self.setTransformationAnchor(anchor)

    def actual_size(self) -> None:
        self._fit = None
        self._apply(1.0)

    def fit(self) -> None:
        """Show the whole content, and keep it fitted as the window is resized."""
        self._fit = "page"
        if self.content is None:
            return
        self._apply(1.0)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomChanged.emit(self.zoom())

    def fit_width(self, top: bool = True) -> None:
        """Fill the width (PDF pages), show the top, and keep the width filled on resize."""
        self._fit = "width"
        if self.content is None:
            return
        visible = self.viewport().width() - 4
        rect = self.scene().sceneRect()
        width = rect.height() if self.rotation % 180 else rect.width()
        center = self.mapToScene(self.viewport().rect().center())
        self._apply(max(MIN_ZOOM, visible / max(1.0, width * self.unit_px)))
        self._fit = "width"
        if top:
            self.centerOn(self.content_rect().center().x(), 0)
        else:
            self.centerOn(center)

    def rotate_by(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self._refit(lambda: self._apply(self.zoom()))

    def _refit(self, otherwise: Any = None) -> None:
        if self._fit == "page":
            self.fit()
        elif self._fit == "width":
            self.fit_width(top=False)
        elif otherwise is not None:
            otherwise()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()
        self._place_reveal_button()

    def _place_reveal_button(self) -> None:
        self.reveal_button.adjustSize()
        r = self.viewport().geometry()
        self.reveal_button.move(r.center().x() - self.reveal_button.width() // 2,
                                r.center().y() - self.reveal_button.height() // 2)

    def wheelEvent(self, event: QWheelEvent) -> None:
        zoom = self.wheel_zooms or event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if zoom and event.angleDelta().y():
            self.zoom_by(ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_1:
            self.actual_size()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_Escape and self._drag_item is not None:
            self._cancel_drag()
        else:
            super().keyPressEvent(event)

    # --- marks ---------------------------------------------------------------------------

    def set_marks(self, marks: list[CanvasMark], selected: str | None = None) -> None:
        scene = self.scene()
        for item in self._marks:
            scene.removeItem(item)
        self._marks = []
        self._mark_rects = {}
        if self.content is None:
            return
        for mark in marks:
            color = SELECTED_COLOR if mark.id == selected else MARK_COLOR
            items = self._shape_items(mark.kind, mark.geometry, color, thick=mark.id == selected)
            badge = BadgeItem(str(mark.number), color)
            rect, line = mark_shape(mark.kind, mark.geometry, self.size_units)
            anchor = rect.topLeft() if rect is not None else (line.p1() if line is not None else QPointF())
            badge.setPos(anchor)
            badge.setData(0, mark.id)
            scene.addItem(badge)
            items.append(badge)
            for item in items:
                item.setData(0, mark.id)
            self._marks += items
            self._mark_rects[mark.id] = rect if rect is not None else QRectF(line.p1(), line.p2()).normalized()

    def _shape_items(self, kind: str, g: dict[str, Any], color: QColor, thick: bool = False,
                     dashed: bool = False) -> list[QGraphicsItem]:
        scene = self.scene()
        pen = QPen(color, 3.5 if thick else 2.5)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        rect, line = mark_shape(kind, g, self.size_units)
        items: list[QGraphicsItem] = []
        if kind == "highlight" and rect is not None:
            fill = QColor(HIGHLIGHT_FILL)
            item = scene.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(fill))
            if thick or dashed:
                outline = scene.addRect(rect, pen)
                outline.setZValue(10)
                items.append(outline)
            items.append(item)
        elif rect is not None:
            halo = QPen(QColor(255, 255, 255, 200), pen.widthF() + 2.5)
            halo.setCosmetic(True)
            halo.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            items.append(scene.addRect(rect, halo))
            items.append(scene.addRect(rect, pen))
        elif line is not None:
            head = max(self.size_units.width(), self.size_units.height()) * 0.02
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            halo = QPen(QColor(255, 255, 255, 200), pen.widthF() + 2.5)
            halo.setCosmetic(True)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            items.append(scene.addPath(arrow_path(line.p1(), line.p2(), head), halo))
            items.append(scene.addPath(arrow_path(line.p1(), line.p2(), head), pen))
        for z, item in enumerate(items):
            item.setZValue(10 + z * 0.1)
        return items

    def set_pending(self, kind: str | None, geometry: dict[str, Any] | None) -> None:
        """Show a mark being created (dashed) until it is saved or discarded."""
        for item in self._pending:
            self.scene().removeItem(item)
        self._pending = []
        if kind and geometry and self.content is not None:
            self._pending = self._shape_items(kind, geometry, PENDING_COLOR, dashed=True)

    def focus_region(self, mark_id: str) -> bool:
        """Bring a mark into view, zooming so it fills a good part of the window."""
        rect = self._mark_rects.get(mark_id)
        if rect is None:
            return False
        pad = max(rect.width(), rect.height(), max(self.size_units.width(), self.size_units.height()) * 0.05) * 0.6
        target = rect.adjusted(-pad, -pad, pad, pad).intersected(self.scene().sceneRect())
        self._fit = None
        self.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 4:
            self._apply(4)
            self.centerOn(rect.center())
        self.zoomChanged.emit(self.zoom())
        return True

    def set_selection(self, polygons: list[QPolygonF]) -> None:
        """Show selected text (PDF) as translucent boxes."""
        for item in self._selection:
            self.scene().removeItem(item)
        self._selection = []
        for poly in polygons:
            item = self.scene().addPolygon(poly, QPen(Qt.PenStyle.NoPen), QBrush(QColor(26, 115, 232, 80)))
            item.setZValue(5)
            self._selection.append(item)

    # --- drawing -------------------------------------------------------------------------

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        if tool == "pan":
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor if tool == "text" else Qt.CursorShape.CrossCursor)

    def _clamped(self, pos: QPointF) -> QPointF:
        r = self.content_rect()
        return QPointF(min(max(pos.x(), r.left()), r.right()), min(max(pos.y(), r.top()), r.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.content is None or self.veiled or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        if self.tool == "pan":
            hit = self.itemAt(event.position().toPoint())
            if hit is not None and hit.data(0):
                self.markClicked.emit(str(hit.data(0)))
            super().mousePressEvent(event)
            return
        self._drag_start = self._clamped(scene_pos)
        if self.tool == "text":
            self.textDragged.emit(self._drag_start, self._drag_start, False)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is None:
            super().mouseMoveEvent(event)
            return
        end = self._clamped(self.mapToScene(event.position().toPoint()))
        if self.tool == "text":
            self.textDragged.emit(self._drag_start, end, False)
            return
        if self._drag_item is not None:
            self.scene().removeItem(self._drag_item)
            self._drag_item = None
        pen = QPen(PENDING_COLOR, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        if self.tool == "arrow":
            head = max(self.size_units.width(), self.size_units.height()) * 0.02
            self._drag_item = self.scene().addPath(arrow_path(self._drag_start, end, head), pen)
        else:
            brush = QBrush(HIGHLIGHT_FILL) if self.tool == "highlight" else QBrush(Qt.BrushStyle.NoBrush)
            self._drag_item = self.scene().addRect(QRectF(self._drag_start, end).normalized(), pen, brush)
        self._drag_item.setZValue(30)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is None:
            super().mouseReleaseEvent(event)
            return
        start = self._drag_start
        end = self._clamped(self.mapToScene(event.position().toPoint()))
        self._cancel_drag()
        if self.tool == "text":
            self.textDragged.emit(start, end, True)
            return
        geometry = self.geometry_for(self.tool, start, end)
        if geometry is not None:
            self.drawn.emit(self.tool, geometry)

    def _cancel_drag(self) -> None:
        if self._drag_item is not None:
            self.scene().removeItem(self._drag_item)
        self._drag_item = None
        self._drag_start = None

    def geometry_for(self, tool: str, start: QPointF, end: QPointF) -> dict[str, float] | None:
        """The normalised geometry of a drag from ``start`` to ``end`` (scene points)."""
        w, h = self.size_units.width(), self.size_units.height()
        if w <= 0 or h <= 0:
            return None
        # A drag shorter than a few screen pixels is a click, not a mark.
        if QLineF(self.mapFromScene(start), self.mapFromScene(end)).length() < 6:
            return None
        if tool == "arrow":
            return {"x1": round(start.x() / w, 6), "y1": round(start.y() / h, 6),
                    "x2": round(end.x() / w, 6), "y2": round(end.y() / h, 6)}
        r = QRectF(start, end).normalized()
        px = math.hypot(self.transform().m11(), self.transform().m12())  # screen pixels per scene unit
        if r.width() * px < 3 or r.height() * px < 3:
            return None
        return {"x": round(r.x() / w, 6), "y": round(r.y() / h, 6), "w": round(r.width() / w, 6),
                "h": round(r.height() / h, 6)}


__all__ = ["Canvas", "CanvasMark", "PyramidItem", "arrow_path", "blurred", "mark_shape"]
