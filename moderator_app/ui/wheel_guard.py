"""Scrolling a form never changes a value.

Qt's combo boxes, spin boxes and date fields take the mouse wheel whenever the pointer is over
them, so scrolling down a long form (a meeting's decision) can change an outcome or a count on
the way past. ``guard_wheel`` makes them take the wheel only once they have the focus (clicked or
tabbed into); otherwise the wheel scrolls the form, as people expect.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()  # handed on to the scroll area around the field
            return True
        return False


def guard_wheel(root: QWidget) -> None:
    """Apply the rule to every combo box, spin box and date field under ``root`` (call after building)."""
    guard = root.findChild(_WheelGuard) or _WheelGuard(root)
    for field in [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
