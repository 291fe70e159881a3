"""Tab goes where the eye goes: through a dialog's fields in the order they are laid out.

Qt's default order is the order widgets were created in, which drifts from the layout as a
dialog grows (a link typed after a Tab then lands in the account field). ``follow_layout``
walks the layouts (form rows top to bottom, boxes in order, grids row by row) and chains the
focusable widgets so; ``layout_order`` is the same walk, for tests.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QGridLayout, QLayout, QStackedWidget, QTabWidget, QWidget


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that take focus by Tab, in the order they are laid out."""
    found: list[QWidget] = []

    def widget(w: QWidget) -> None:
        if w.isHidden() and w.parentWidget() is not None and not w.parentWidget().isHidden():
            return
        if isinstance(w, QTabWidget | QStackedWidget):
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(w)
            return  # its pages keep their own chains
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None:
            found.append(w)
            if not w.layout():
                return
        inner = w.layout()
        if inner is not None:
            layout(inner)

    def layout(lay: QLayout) -> None:
        if isinstance(lay, QFormLayout):
            for row in range(lay.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    item = lay.itemAt(row, role)
                    if item is not None:
                        visit(item)
            return
        if isinstance(lay, QGridLayout):
            cells = []
            for i in range(lay.count()):
                r, c, _rs, _cs = lay.getItemPosition(i)
                cells.append((r, c, i))
            for _r, _c, i in sorted(cells):
                visit(lay.itemAt(i))
            return
        for i in range(lay.count()):
            visit(lay.itemAt(i))

    def visit(item: object) -> None:
        w = item.widget()  # type: ignore[attr-defined]
        if w is not None:
            widget(w)
            return
        inner = item.layout()  # type: ignore[attr-defined]
        if inner is not None:
            layout(inner)

    top = root.layout()
    if top is not None:
        layout(top)
    return found


def follow_layout(root: QWidget) -> None:
    """Set the Tab order of ``root``'s fields to their layout order."""
    chain = layout_order(root)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab actually visits under ``root``, starting from the first laid out."""
    wanted = set(layout_order(root))
    if not wanted:
        return []
    start = layout_order(root)[0]
    out = [start]
    current = start.nextInFocusChain()
    while current is not start and len(out) <= 4 * len(wanted) + 50:
        if current in wanted and current not in out:
            out.append(current)
        current = current.nextInFocusChain()
    return out


class LaidOutDialog(QDialog):
    """A dialog whose Tab order is its layout's, set when it is first shown (after its fields,
    including those added later, are in place); its choice fields take the wheel only when focused."""

    _tab_ordered = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_ordered:
            self._tab_ordered = True
            follow_layout(self)
            from .wheel_guard import guard_wheel

            guard_wheel(self)  # and scrolling the dialog never changes a field on the way
        super().showEvent(event)
