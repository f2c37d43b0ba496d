"""The export dialog's progress bar: busy until the count is known, then written of total."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QProgressBar, QWidget

translate = QCoreApplication.translate


class ExportProgressBar(QProgressBar):
    """Counts the transactions written against the count expected for the period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportProgressBar")
        self.setVisible(False)
        self.written = 0
        # The expected count; None until known (the bar is busy meanwhile).
        self.total: int | None = None

    def start(self) -> None:
        self.written = 0
        self.total = None
        self.setRange(0, 0)  # busy until the number of lines is known
        self.setValue(0)
        self.setVisible(True)

    def step(self, written: int) -> str:
        """Shows `written` transactions done and returns the words for the status line."""
        self.written = written
        if self.total is None:
            return translate("ExportDialog", "Written {written} transactions").format(
                written=QLocale().toString(written)
            )
        self.setRange(0, max(self.total, written, 1))
        self.setValue(written)
        return translate("ExportDialog", "Written {written} of {total} transactions").format(
            written=QLocale().toString(written),
            total=QLocale().toString(max(self.total, written)),
        )

    def finish(self) -> None:
        self.setRange(0, max(self.written, 1))
        self.setValue(max(self.written, 1))
