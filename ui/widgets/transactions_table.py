"""The transactions table view: fixed row heights, sized columns, Enter or double-click opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from desktop.models.transactions import TransactionsModel

translate = QCoreApplication.translate

#: Column widths from typical contents; the description takes the rest of the width.
_SAMPLES = {
    TransactionsModel.DATE: "00.00.0000",
    TransactionsModel.REFERENCE: "FT0000000000000",
    TransactionsModel.AMOUNT: "-ALL 0,000,000.00 dalje",
    TransactionsModel.BALANCE: "ALL 00,000,000.00",
    TransactionsModel.STATUS: "Në pritje",
}


class TransactionsTable(QTableView):
    """Signals: openRequested(QModelIndex) on Enter or a double-click (the details view)."""

    openRequested = Signal(QModelIndex)

    def __init__(self, model: TransactionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionsTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows, however many are loaded.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(TransactionsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self._size_from_font()
        self.doubleClicked.connect(self.openRequested)
        self.retranslate()

    def _size_from_font(self) -> None:
        metrics = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        for column, sample in _SAMPLES.items():
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + 3 * metrics.height())
        self._fit_titles()

    def _fit_titles(self) -> None:
        """No column narrower than its title: the description's stretch never cuts its title."""
        header = self.horizontalHeader()
        model = self.model()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        titles = [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        widest = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        header.setMinimumSectionSize(widest + 2 * margin)
        # A stretched column with no room left falls back to the default size, not the minimum.
        header.setDefaultSectionSize(max(header.defaultSectionSize(), widest + 2 * margin))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self._fit_titles()  # the titles' words changed length
        self.setAccessibleName(translate("TransactionsPage", "Transactions"))
        self.setAccessibleDescription(
            translate(
                "TransactionsPage",
                "Newest first. Press Enter on a transaction to see all its details.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._size_from_font()  # rows and columns grow with the customer's font
        super().changeEvent(event)
