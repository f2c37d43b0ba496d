"""A layout that lines its items up like words: on to the next line when the width runs out.

For bars of label-and-field pairs whose width depends on the language and the font size: at
150 % text or in Albanian they wrap onto another line instead of squeezing each field.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items keep their size hint (at most the line's width) and flow left to right, top down.

    An item whose widget's own horizontal size policy is Expanding takes what is left of its
    line, so a search box or an account list grows into the room there is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # --- QLayout ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing ------------------------------------------------------------------------
    def _spacing(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(parent.style().pixelMetric(metric, None, parent), 6)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across = self._spacing(Qt.Orientation.Horizontal)
        down = self._spacing(Qt.Orientation.Vertical)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and used + across + width > area.width():
                lines.append([])
                used = 0
            used += (across if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            if move:
                self._place_line(line, area, y, height, across)
            y += height + down
        return y - down - rect.y() + margins.bottom() if any(lines) else 0

    @staticmethod
    def _place_line(line: list[QLayoutItem], area: QRect, y: int, height: int, across: int) -> None:
        widths = [min(item.sizeHint().width(), area.width()) for item in line]
        spare = area.width() - sum(widths) - across * (len(line) - 1)
        # The widget's own policy, not its contents' (a line edit inside expands anyway).
        growing = [
            i
            for i, item in enumerate(line)
            if (widget := item.widget()) is not None
            and widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding
        ]
        for index in growing:
            widths[index] += spare // len(growing) if spare > 0 else 0
        x = area.x()
        for item, width in zip(line, widths, strict=True):
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + across
