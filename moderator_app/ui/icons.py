"""Action icons: line drawings in ``moderator_app/data/icons/actions/``, drawn in the palette's text colour.

The SVG files stroke with ``currentColor``; the engine substitutes the application palette's
colour when it draws, so the same file reads on the light and the dark theme and follows a theme
switch without rebuilding any action. Pixmaps are rendered from the vector at the device size
asked for (16 px at 200 % is drawn at 32 pixels, never scaled up), which keeps them sharp on any
screen.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from shiboken6 import Shiboken

from moderator_app.resources import resource

log = logging.getLogger(__name__)

ACTIONS_DIR = ("icons", "actions")
# The icons are drawn on a 24-pixel grid with 2-pixel strokes: at this size (and 48 device pixels
# at 200 %) every straight stroke covers whole pixels. Menus use the style's smaller size.
TOOLBAR_ICON_SIZE = 24


@cache
def _source(name: str) -> str | None:
    """The SVG text of an action icon, or None when the file is missing or unreadable."""
    try:
        return resource(*ACTIONS_DIR, f"{name}.svg").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("action icon %s not available: %s", name, exc)
        return None


@lru_cache(maxsize=256)
def _renderer(name: str, rgb: str) -> QSvgRenderer | None:
    source = _source(name)
    if source is None:
        return None
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", rgb).encode("utf-8")))
    return renderer if renderer.isValid() else None


def icon_colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in for ``mode``: the palette's text, greyed when disabled, the
    highlighted text's colour on a selection.

    Read from the application palette each time, so a theme switch (``theme.apply_theme``) takes
    effect at the next repaint.
    """
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def _draw(painter: QPainter, renderer: QSvgRenderer, colour: QColor, target: QRectF) -> None:
    if colour.alpha() < 255:  # the SVG gets an opaque #rrggbb; the alpha goes on the painter
        painter.setOpacity(painter.opacity() * colour.alphaF())
    renderer.render(painter, target)


@lru_cache(maxsize=512)
def _image(name: str, argb: int, width: int, height: int, scale: float) -> QImage:
    """One rendering: ``width`` × ``height`` device-independent pixels at ``scale``.

    Cached as a QImage rather than a QPixmap: an image is plain memory, safe to free at exit
    after the application object is gone.
    """
    colour = QColor.fromRgba(argb)
    renderer = _renderer(name, colour.name())
    device = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
    image = QImage(device, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if renderer is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(painter, renderer, colour, QRectF(_square(QRect(0, 0, device.width(), device.height()))))
        painter.end()
    image.setDevicePixelRatio(scale)
    return image


def _square(rect: QRect) -> QRect:
    """The largest square centred in ``rect``: the icons are drawn on a square grid."""
    side = min(rect.width(), rect.height())
    return QRect(rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2, side, side)


_CLONES: list[SvgIconEngine] = []


class SvgIconEngine(QIconEngine):
    """Draws one action icon in the current palette's colour, at the exact device size asked for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = icon_colour(mode)
        renderer = _renderer(self.name, colour.name())
        if renderer is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(painter, renderer, colour, QRectF(_square(rect)))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        return QPixmap.fromImage(_image(self.name, icon_colour(mode).rgba(), size.width(), size.height(), float(scale)))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        # Qt takes the clone (a QIcon being detached) but the binding leaves it owned by Python:
        # without a reference here it would be freed while the icon still draws with it.
        engine = SvgIconEngine(self.name)
        _CLONES[:] = [e for e in _CLONES if Shiboken.isValid(e)]  # those Qt has deleted since
        _CLONES.append(engine)
        return engine

    def key(self) -> str:
        return "moderator-action-svg"

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return _renderer(self.name, "#000000") is None


def action_icon(name: str) -> QIcon:
    """The icon ``moderator_app/data/icons/actions/<name>.svg``; an empty icon when the file is missing or broken."""
    if _renderer(name, "#000000") is None:
        return QIcon()
    return QIcon(SvgIconEngine(name))
