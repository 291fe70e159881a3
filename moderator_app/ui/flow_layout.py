"""A layout that lines its widgets up left to right and wraps them onto the next line when the
width runs out: the filter bar stays whole at large font sizes instead of making the window
wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items in a row, wrapped as needed; an item added with ``add_break_point`` starts the
    right-hand group (it and what follows are pushed to the right end of the last line)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_break_point(self) -> None:
        """What is added from now on keeps to the right, as after a stretch in a box layout."""
        self._right_from = len(self._items)

    # --- QLayout -------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One line: every item side by side."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self.spacing() * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- placing ---------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items in lines within ``rect``; returns the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            w = item.sizeHint().width()
            if lines[-1] and x + w > area.width():
                lines.append([])
                x = 0
            lines[-1].append(item)
            x += w + gap
        y = area.y()
        right_group = set(self._items[self._right_from:]) if self._right_from is not None else set()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            if apply:
                left = [i for i in line if i not in right_group]
                right = [i for i in line if i in right_group]
                x = area.x()
                for item in left:
                    x = self._place(item, x, y, height) + gap
                right_width = sum(i.sizeHint().width() for i in right) + gap * max(0, len(right) - 1)
                x = max(x, area.right() + 1 - right_width)
                for item in right:
                    x = self._place(item, x, y, height) + gap
            y += height + gap
        return max(0, y - gap - area.y()) + m.top() + m.bottom()

    @staticmethod
    def _place(item: QLayoutItem, x: int, y: int, height: int) -> int:
        hint = item.sizeHint()
        widget = item.widget()
        grows = widget is not None and widget.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding
        h = height if grows else hint.height()
        item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(hint.width(), h)))
        return x + hint.width()
