"""The network of a campaign, drawn: influencers, their cases, and the indicators the cases share.

Influencers are large circles, cases small squares, indicators diamonds coloured by their kind;
a line joins each case to its influencer and to every indicator it holds. The network and its
layout are computed off the window's thread (``services.indicator_network``). Nodes and their
labels keep their size on the screen whatever the zoom, so zooming in spreads a dense campaign
apart instead of only making it larger; the references of cases are shown once there is room
for them. Every label is drawn as plain text: names and titles come from strangers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Status
from moderator_app.domain.indicators import Kind
from moderator_app.services import indicator_network as net_service
from moderator_app.services.indicator_network import Network, Node
from moderator_app.services.workspace import Workspace

from .background import Loader
from .detail_common import MUTED, show_error
from .flow_layout import FlowLayout
from .plain_text import as_text, plain_label
from .theme import ACCENT
from .window_size import fit_resize

INFLUENCER_COLOR = ACCENT.name()
CASE_COLOR = "#8d949b"
KIND_COLORS: dict[str, str] = {
    "phone": "#2462a6",
    "bank_account": "#d35400",
    "url": "#7b3fa0",
    "domain": "#a07d00",
    "handle": "#c2185b",
    "email": "#3f51b5",
    "wallet": "#6d4c41",
    "image": "#558b2f",
}
SIZES = {"influencer": 26.0, "case": 12.0, "indicator": 20.0}
LABEL_CHARS = 30  # a longer label is cut (the tooltip has it whole)
CASE_LABELS_FROM = 1.4  # zoom (relative to the fitted view) from which cases' references show
FEW_NODES = 40  # a network this small shows every label at any zoom
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
ZOOM_STEP = 1.25
DIMMED = 0.15


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _shape(kind: str, size: float) -> QPainterPath:
    """The outline of a node of ``kind`` around (0, 0)."""
    half = size / 2
    path = QPainterPath()
    if kind == "influencer":
        path.addEllipse(QPointF(0, 0), half, half)
    elif kind == "case":
        path.addRoundedRect(QRectF(-half, -half, size, size), 3, 3)
    else:
        path.addPolygon(QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)]))
        path.closeSubpath()
    return path


def node_color(node: Node) -> QColor:
    if node.kind == "influencer":
        return QColor(INFLUENCER_COLOR)
    if node.kind == "case":
        return QColor(CASE_COLOR)
    color = QColor(KIND_COLORS.get(node.indicator_kind or "", MUTED))
    if not node.relevant:
        color.setAlpha(110)
    return color


def swatch(kind: str, color: QColor, size: int = 14) -> QPixmap:
    """A legend's sample of a node's shape."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.setPen(QPen(color.darker(140), 1))
    painter.setBrush(color)
    painter.drawPath(_shape(kind, size - 2 if kind != "case" else size - 4))
    painter.end()
    return pixmap


class NodeLabel(QGraphicsSimpleTextItem):
    """A node's label: plain text on a pale band, so it reads over lines."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        band = QColor(QApplication.palette().color(QPalette.ColorRole.Base))
        band.setAlpha(200)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(self.boundingRect().adjusted(-2, 0, 2, 0), 3, 3)
        super().paint(painter, option, widget)


class NodeItem(QGraphicsItem):
    """One node: its shape, its label, its tooltip; tells the canvas when hovered or clicked."""

    def __init__(self, node: Node, canvas: NetworkCanvas, tooltip: str) -> None:
        super().__init__()
        self.node = node
        self.canvas = canvas
        self.size = SIZES[node.kind]
        self.color = node_color(node)
        self.path = _shape(node.kind, self.size)
        self.hot = False
        self.seed = False  # the indicator or case the network was opened on: ringed
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.base_z = {"case": 2, "indicator": 3, "influencer": 4}[node.kind]
        self.setZValue(self.base_z)
        self.setToolTip(as_text(tooltip))
        if node.kind in ("case", "influencer"):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = NodeLabel(_short(node.label), self)
        font = self.label.font()
        if node.kind == "influencer":
            font.setBold(True)
        self.label.setFont(font)
        self.label.setBrush(QApplication.palette().color(QPalette.ColorRole.Text))
        rect = self.label.boundingRect()
        self.label.setPos(-rect.width() / 2, self.size / 2 + 1)

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect().adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        grown = QPainterPath()
        grown.addEllipse(QPointF(0, 0), self.size / 2 + 3, self.size / 2 + 3)  # easier to hit than the outline
        return grown

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QColor(QApplication.palette().color(QPalette.ColorRole.Text)) if self.hot else self.color.darker(150)
        painter.setPen(QPen(outline, 2.5 if self.hot else 1.0))
        painter.setBrush(QBrush(self.color))
        painter.drawPath(self.path)
        if self.seed:
            painter.setPen(QPen(QColor(INFLUENCER_COLOR), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self.size / 2 + 4, self.size / 2 + 4)

    def mark_seed(self) -> None:
        self.seed = True
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.update()

    def set_hot(self, hot: bool) -> None:
        if hot != self.hot:
            self.hot = hot
            self.setZValue(10 if hot else self.base_z)  # its label over its neighbours
            self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.canvas.hover(self.node.id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.canvas.hover(None)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # a press on a node is a click, not the start of a pan

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.shape().contains(event.pos()):
            self.canvas.nodeClicked.emit(self.node)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.canvas.nodeActivated.emit(self.node)


@dataclass(frozen=True, slots=True)
class Drawn:
    """What the worker computed: the network, its positions, and the frame they lie in."""

    network: Network
    positions: dict[str, tuple[float, float]]
    frame: QRectF


class NetworkCanvas(QGraphicsView):
    """The scene of one network; zoom with Ctrl+wheel, pan by dragging, hover to see neighbours."""

    nodeClicked = Signal(object)  # Node
    nodeActivated = Signal(object)  # Node, double-clicked
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Panning is a drag (or the arrow keys): scroll bars would only take room from the drawing.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QApplication.palette().color(QPalette.ColorRole.Base))
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[tuple[str, str, QGraphicsLineItem]] = []
        self.neighbours: dict[str, set[str]] = {}
        self.frame = QRectF()
        self.fitted_scale = 1.0
        self.auto_fit = True
        self.show_all_labels = False

    # --- drawing -------------------------------------------------------------------------------

    def draw(self, drawn: Drawn, tooltip_of: Callable[[Node], str], seed: str | None = None) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.edges.clear()
        net, positions = drawn.network, drawn.positions
        self.neighbours = net.neighbours()
        self.frame = drawn.frame
        pen = QPen(QColor(MUTED), 1)
        pen.setCosmetic(True)
        line_color = QColor(MUTED)
        line_color.setAlpha(150)
        pen.setColor(line_color)
        for edge in net.edges:
            a, b = positions.get(edge.a), positions.get(edge.b)
            if a is None or b is None:
                continue
            line = scene.addLine(a[0], a[1], b[0], b[1], pen)
            line.setZValue(0)
            line.setAcceptHoverEvents(False)
            self.edges.append((edge.a, edge.b, line))
        for node in net.nodes:
            x, y = positions.get(node.id, (0.0, 0.0))
            item = NodeItem(node, self, tooltip_of(node))
            item.setPos(x, y)
            if node.id == seed:
                item.mark_seed()
            scene.addItem(item)
            self.nodes[node.id] = item
        margin = 60.0
        scene.setSceneRect(self.frame.adjusted(-margin * 4, -margin * 4, margin * 4, margin * 4))
        self.show_all_labels = len(net.nodes) <= FEW_NODES
        self.auto_fit = True
        self.fit()

    # --- zoom ----------------------------------------------------------------------------------

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        if self.frame.isEmpty():
            return
        self.fitInView(self.frame.adjusted(-40, -30, 40, 50), Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted_scale = self.scale_factor
        self.auto_fit = True
        self._zoomed()

    def zoom(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.scale_factor * factor))
        if target != self.scale_factor:
            self.scale(target / self.scale_factor, target / self.scale_factor)
        self.auto_fit = False
        self._zoomed()

    def _zoomed(self) -> None:
        relative = self.scale_factor / (self.fitted_scale or 1.0)
        self.place_labels(self.show_all_labels or relative >= CASE_LABELS_FROM)
        self.zoomChanged.emit(relative)

    def place_labels(self, cases: bool, first: frozenset[str] = frozenset()) -> None:
        """Put each label below, above, right or left of its node, wherever it covers no other
        label or node; one with no room is hidden (its node's tooltip still says it). The nodes in
        ``first`` first, the hovered one before them (its neighbours, cases included), then influencers,
        indicators by how shared they are, and cases when ``cases``."""
        cell = 64
        taken: dict[tuple[int, int], list[QRectF]] = {}

        def cells(rect: QRectF) -> list[tuple[int, int]]:
            return [(cx, cy) for cx in range(int(rect.left() // cell), int(rect.right() // cell) + 1)
                    for cy in range(int(rect.top() // cell), int(rect.bottom() // cell) + 1)]

        def free(rect: QRectF, own: QRectF) -> bool:
            return not any(r is not own and r.intersects(rect) for c in cells(rect) for r in taken.get(c, ()))

        def take(rect: QRectF) -> None:
            for c in cells(rect):
                taken.setdefault(c, []).append(rect)

        centres: dict[str, QPointF] = {}
        bodies: dict[str, QRectF] = {}
        for ident, item in self.nodes.items():
            centre = QPointF(self.mapFromScene(item.pos()))
            half = item.size / 2 + (5 if item.seed else 1)
            centres[ident] = centre
            bodies[ident] = QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)
            take(bodies[ident])
        rank = {"influencer": 0, "indicator": 1, "case": 2}
        order = sorted(self.nodes.values(), key=lambda i: (not i.hot, i.node.id not in first, rank[i.node.kind],
                                                           -i.node.case_count, i.node.id))
        for item in order:
            if item.node.kind == "case" and not cases and item.node.id not in first:
                item.label.setVisible(False)
                continue
            size = item.label.boundingRect()
            w, h, half = size.width() + 4, size.height(), item.size / 2 + (4 if item.seed else 0)
            centre = centres[item.node.id]
            spots = ((-w / 2, half + 1), (-w / 2, -half - h - 1), (half + 3, -h / 2), (-half - 3 - w, -h / 2))
            placed = False
            for ox, oy in spots:
                rect = QRectF(centre.x() + ox, centre.y() + oy, w, h)
                if free(rect, bodies[item.node.id]):
                    take(rect)
                    item.label.setPos(ox + 2, oy)
                    placed = True
                    break
            if not placed and item.hot:  # the hovered node's own label shows, room or not
                ox, oy = spots[0]
                take(QRectF(centre.x() + ox, centre.y() + oy, w, h))
                item.label.setPos(ox + 2, oy)
                placed = True
            item.label.setVisible(placed)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    # --- neighbours ----------------------------------------------------------------------------

    def hover(self, node_id: str | None) -> None:
        """Bring out ``node_id`` and its neighbours (and their lines); None puts everything back."""
        near = set() if node_id is None else {node_id, *self.neighbours.get(node_id, ())}
        for ident, item in self.nodes.items():
            item.setOpacity(1.0 if node_id is None or ident in near else DIMMED)
            item.set_hot(ident == node_id)
        # The neighbours' names and references first, cases' too, wherever there is room.
        relative = self.scale_factor / (self.fitted_scale or 1.0)
        self.place_labels(self.show_all_labels or relative >= CASE_LABELS_FROM,
                          frozenset(near))
        for a, b, line in self.edges:
            lit = node_id is not None and node_id in (a, b)
            line.setOpacity(1.0 if node_id is None or lit else DIMMED)
            pen = line.pen()
            pen.setWidthF(2.0 if lit else 1.0)
            line.setPen(pen)

    def highlighted(self) -> set[str]:
        return {ident for ident, item in self.nodes.items() if item.opacity() == 1.0}


class NetworkWindow(QMainWindow):
    """The network around an indicator or a case, or (without a seed) of the most shared indicators."""

    caseRequested = Signal(str)  # a case id: a case node clicked
    profileRequested = Signal(str)  # an influencer id: an influencer node clicked

    def __init__(self, ws: Workspace, lang: str, *, seed_indicator: str | None = None, seed_case: str | None = None,
                 kind: str | None = None, min_cases: int = 2, max_nodes: int = net_service.MAX_NODES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.seed: tuple[str | None, str | None] = (seed_indicator, seed_case)
        self.history: list[tuple[str | None, str | None]] = []
        self.kind = kind
        self.min_cases = min_cases
        self.max_nodes = max_nodes
        self.drawn: Drawn | None = None
        self.loader = Loader(self._loaded, self._failed, self)
        self.setWindowTitle(self.tr("Network"))
        fit_resize(self, 1280, 800)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.canvas = NetworkCanvas()
        self.canvas.setAccessibleName(self.tr("Network of influencers, cases and indicators"))
        self.canvas.nodeClicked.connect(self._clicked)
        self.canvas.nodeActivated.connect(self._activated)
        self.canvas.zoomChanged.connect(self._zoom_shown)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("The network shown before"))
        self.back_button.clicked.connect(self.back)
        self.back_button.setEnabled(False)
        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+−, or Ctrl and the mouse wheel)"))
        self.zoom_out.clicked.connect(lambda: self.canvas.zoom(1 / ZOOM_STEP))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++, or Ctrl and the mouse wheel)"))
        self.zoom_in.clicked.connect(lambda: self.canvas.zoom(ZOOM_STEP))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(max(36, button.sizeHint().height() + 8))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole network (Ctrl+0)"))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.zoom_label = plain_label()
        self.zoom_label.setStyleSheet(f"color: {MUTED}")
        self.status = plain_label()
        self.status.setWordWrap(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.canvas.zoom(ZOOM_STEP))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.canvas.zoom(ZOOM_STEP))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.canvas.zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence("Ctrl+0"), self, self.canvas.fit)

        tools = QHBoxLayout()
        tools.addWidget(self.back_button)
        tools.addWidget(self.status, 1)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        tools.addWidget(self.fit_button)
        self.legend = QWidget()
        self.legend_layout = FlowLayout(self.legend, spacing=6)
        hint = plain_label(self.tr("Hover a node to see what it links; click a case to open it, an influencer to open "
                                   "the profile; double-click an indicator to centre the network on it."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED}")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        layout.addWidget(hint)
        self.setCentralWidget(central)
        self._fill_legend(None)

    def _fill_legend(self, net: Network | None) -> None:
        while self.legend_layout.count():
            item = self.legend_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        kinds = [k for k in Kind if net is None or any(n.indicator_kind == k.value for n in net.nodes)]
        entries = [("influencer", QColor(INFLUENCER_COLOR), self.tr("Influencer")),
                   ("case", QColor(CASE_COLOR), self.tr("Case"))]
        entries += [("indicator", QColor(KIND_COLORS[k.value]), k.label(self.lang)) for k in kinds]
        for shape, color, text in entries:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 10, 0)
            row.setSpacing(4)
            icon = plain_label()
            icon.setPixmap(swatch(shape, color))
            row.addWidget(icon)
            row.addWidget(plain_label(text))
            self.legend_layout.addWidget(entry)

    # --- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        ws, (seed_indicator, seed_case) = self.ws, self.seed
        kind, min_cases, max_nodes = self.kind, self.min_cases, self.max_nodes
        viewport = self.canvas.viewport().size()
        if not self.canvas.isVisible():  # not laid out yet: the window's size less its bars
            viewport = self.size().shrunkBy(QMargins(0, 60, 0, 70))
        aspect = min(2.4, max(1.0, viewport.width() / max(1, viewport.height())))

        def work() -> Drawn:
            net = net_service.network(ws, seed_indicator=seed_indicator, seed_case=seed_case, kind=kind,
                                      min_cases=min_cases, max_nodes=max_nodes)
            height = max(420.0, 95.0 * math.sqrt(max(1, len(net.nodes))))
            width = height * aspect
            positions = net_service.layout(net, width, height)
            return Drawn(net, positions, QRectF(0, 0, width, height))

        self.status.setText(self.tr("Laying out the network…"))
        self.loader.start(work)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _failed(self, exc: Exception) -> None:
        self.status.setText("")
        show_error(self, exc)

    def _loaded(self, drawn: Drawn) -> None:
        self.drawn = drawn
        net = drawn.network
        seed = self._seed_node(net)
        self.canvas.draw(drawn, self.tooltip, None if seed is None else seed.id)
        self._fill_legend(net)
        self.back_button.setEnabled(bool(self.history))
        self.setWindowTitle(self.tr("Network: {0}").format(seed.label) if seed is not None else self.tr("Network"))
        self.status.setText(self.summary(net))

    def _seed_node(self, net: Network) -> Node | None:
        seed_indicator, seed_case = self.seed
        wanted = (net_service.indicator_node_id(seed_indicator) if seed_indicator
                  else net_service.case_node_id(seed_case) if seed_case else None)
        return None if wanted is None else net.node(wanted)

    def summary(self, net: Network) -> str:
        if not net.nodes:
            return self.tr("No indicator is shared by two cases yet: nothing links the cases.")
        counts = {kind: sum(1 for n in net.nodes if n.kind == kind) for kind in ("influencer", "case", "indicator")}
        parts = [self.tr("%n influencer(s)", "", counts["influencer"]), self.tr("%n case(s)", "", counts["case"]),
                 self.tr("%n shared indicator(s)", "", counts["indicator"])]
        text = " · ".join(parts)
        if net.truncated:
            text += " — " + self.tr("more is linked than can be drawn: only the %n nearest the start are shown", "",
                                    len(net.nodes))
        return text

    def tooltip(self, node: Node) -> str:
        if node.kind == "influencer":
            return self.tr("{0}\n%n case(s) in this network; click to open the profile", "",
                           node.case_count).format(node.label)
        if node.kind == "case":
            status = Status(node.status).label(self.lang) if node.status in Status.codes() else node.status
            return self.tr("{0} · {1}\n{2}\nClick to open the case").format(node.label, status, node.detail)
        kind = Kind(node.indicator_kind).label(self.lang) if node.indicator_kind in Kind.codes() else ""
        text = self.tr("{0}: {1}\nSeen in %n case(s)", "", node.case_count).format(kind, node.label)
        if not node.relevant:
            text += "\n" + self.tr("Marked not relevant")
        return text + "\n" + self.tr("Double-click to centre the network on it")

    def _zoom_shown(self, relative: float) -> None:
        self.zoom_label.setText(f"{round(relative * 100)}%")

    # --- acting --------------------------------------------------------------------------------

    def _clicked(self, node: Node) -> None:
        if node.kind == "case" and node.case_id:
            self.caseRequested.emit(node.case_id)
        elif node.kind == "influencer" and node.key:
            self.profileRequested.emit(node.key)

    def _activated(self, node: Node) -> None:
        if node.kind == "indicator" and node.key and self.seed != (node.key, None):
            self.reseed(indicator=node.key)

    def reseed(self, *, indicator: str | None = None, case: str | None = None) -> None:
        """Centre the network on another indicator or case (Back returns)."""
        self.history.append(self.seed)
        self.seed = (indicator, case)
        self.reload()

    def back(self) -> None:
        if self.history:
            self.seed = self.history.pop()
            self.reload()
