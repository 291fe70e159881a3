"""Opening sizes that fit the screen the window opens on.

A window asks for the size it would like; on a 1366×768 laptop screen (the most common) that
size may be taller or wider than the room left by the desktop's panels, and a window manager
may then put its buttons out of reach. ``fit_resize`` takes the smaller of the two, centred.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 92  # per cent of the screen's free room a window may take at most


def fit_resize(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less where the screen has less room."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    w = min(width, room.width() * SHARE // 100)
    h = min(height, room.height() * SHARE // 100)
    window.resize(w, h)
    if window.isWindow() and (w < width or h < height):
        window.move(room.x() + (room.width() - w) // 2, room.y() + (room.height() - h) // 2)
