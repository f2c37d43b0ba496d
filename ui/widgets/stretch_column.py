"""A table column that takes the spare width, but never less than its contents need."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

Mode = QHeaderView.ResizeMode


class StretchColumn(QObject):
    """Keeps `column` of `view` stretched while the other columns leave it room for its text.

    A Stretch section shrinks to the header's minimum when the fixed columns fill the view (at
    150 % text the IBAN column alone is a third of the window): the account names would be cut
    to "…". When there is no room, the column takes its contents' width instead and the view
    scrolls sideways; when room comes back (a wider window, a smaller font), it stretches again.
    The other columns are expected to size to their contents.
    """

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        # One decision per turn of the event loop, after Qt has sized the other sections.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.horizontalHeader().setSectionResizeMode(column, Mode.Stretch)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._timer.start()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._column and not header.isSectionHidden(c)
        )
        column = self._column
        needed = max(self._view.sizeHintForColumn(column), header.sectionSizeHint(column))
        room = self._view.viewport().width()
        mode = Mode.Stretch if others + needed <= room else Mode.ResizeToContents
        if header.sectionResizeMode(self._column) != mode:
            header.setSectionResizeMode(self._column, mode)
