"""The receipt of a submission, and my submissions with reference, status and date, paged."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.i18n import current_language
from desktop.messages import error_message
from desktop.money import format_date
from desktop.notification_texts import complaint_status_name
from desktop.services.complaints import Complaint, ComplaintsService
from ui.widgets.alive import alive
from ui.widgets.clipboard import copy_text
from ui.widgets.error_label import ErrorLabel

translate = QCoreApplication.translate

PAGE_SIZE = 20


def kind_name(kind: str) -> str:
    return {
        "complaint": translate("Complaints", "Complaint"),
        "suggestion": translate("Complaints", "Suggestion"),
    }.get(kind, kind)


def category_name(category: str) -> str:
    return {
        "accounts": translate("Complaints", "Accounts"),
        "payments": translate("Complaints", "Payments and transfers"),
        "cards": translate("Complaints", "Cards"),
        "internet_branch": translate("Complaints", "Internet Branch"),
        "other": translate("Complaints", "Other"),
    }.get(category, category)


class ReceiptBox(QWidget):
    """The reference the bank gave the last submission: selectable, copyable, announced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintReceipt")
        self._kind = "complaint"
        self.label = QLabel(self)
        self.label.setObjectName("complaintReceiptLabel")
        self.label.setWordWrap(True)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("complaintReferenceEdit")
        self.reference_edit.setReadOnly(True)
        # Wide enough for a reference (ANK-2026-000123) with room to spare, not the whole page.
        self.reference_edit.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("ANK-2026-000000") * 3 // 2
        )
        self.reference_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyReferenceButton")
        row = QHBoxLayout()
        row.addWidget(self.reference_edit)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.copy_button.clicked.connect(lambda: copy_text(self.reference_edit.text()))
        self.retranslate()

    def show_receipt(self, reference: str, kind: str) -> None:
        self._kind = kind
        self.reference_edit.setText(reference)
        self.retranslate()
        self.setVisible(True)
        # The customer (and a screen reader) lands on the reference, ready to copy it.
        self.reference_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reference_edit.selectAll()
        QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))

    def retranslate(self) -> None:
        if self._kind == "suggestion":
            text = translate(
                "Complaints",
                "Thank you. We received your suggestion. Its reference number is below: quote it "
                "when you contact us about it.",
            )
        else:
            text = translate(
                "Complaints",
                "Thank you. We received your complaint. Its reference number is below: quote it "
                "when you contact us about it.",
            )
        self.label.setText(text)
        self.reference_edit.setAccessibleName(translate("Complaints", "Reference number"))
        self.copy_button.setText(translate("Complaints", "Cop&y"))
        self.copy_button.setAccessibleName(translate("Complaints", "Copy the reference number"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SubmissionsList(QWidget):
    """Signals: loaded() after a page of submissions is shown."""

    loaded = Signal()

    def __init__(self, service: ComplaintsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionsList")
        self._service = service
        self._items: list[Complaint] = []
        self._cursor: str | None = None
        self._ticket = 0
        self._loaded = False

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("submissionsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noSubmissionsLabel")
        self.empty_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("submissionsErrorLabel")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshSubmissionsButton")
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("loadMoreSubmissionsButton")
        self.more_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.more_button.clicked.connect(self.load_more)
        self.retranslate()

    def items(self) -> list[Complaint]:
        return list(self._items)

    def has_loaded(self) -> bool:
        """True once a first page came from the server (an empty list means "none yet")."""
        return self._loaded

    @asyncSlot()
    async def refresh(self) -> None:
        await self._load(more=False)

    @asyncSlot()
    async def load_more(self) -> None:
        if self._cursor:
            await self._load(more=True)

    async def _load(self, *, more: bool) -> None:
        # A newer request wins: a slow answer to an older one is dropped.
        self._ticket += 1
        ticket = self._ticket
        self.refresh_button.setEnabled(False)
        self.more_button.setEnabled(False)
        try:
            page = await self._service.complaints(self._cursor if more else None, limit=PAGE_SIZE)
        except Exception as error:
            if alive(self) and ticket == self._ticket:
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self) and ticket == self._ticket:
                self.refresh_button.setEnabled(True)
                self.more_button.setEnabled(bool(self._cursor))
        if not alive(self) or ticket != self._ticket:
            return
        self.error_label.clear_message()
        self._items = (self._items if more else []) + page.complaints
        self._cursor = page.next_cursor
        self._loaded = True
        self.more_button.setEnabled(bool(self._cursor))
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        language = current_language()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            when = item.created_at.astimezone().date() if item.created_at else None
            cells = (
                item.reference,
                kind_name(item.kind),
                item.subject,
                complaint_status_name(item.status),
                format_date(when, language) if when else "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.reference)
                self.table.setItem(row, column, cell)
        self.empty_label.setVisible(self._loaded and not self._items)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                translate("Complaints", "Reference"),
                translate("Complaints", "Type"),
                translate("Complaints", "Subject"),
                translate("Complaints", "Status"),
                translate("Complaints", "Date"),
            ]
        )
        self.table.setAccessibleName(translate("Complaints", "My submissions"))
        self.empty_label.setText(
            translate("Complaints", "You have not sent any suggestions or complaints yet.")
        )
        self.refresh_button.setText(translate("Complaints", "Re&fresh"))
        self.refresh_button.setAccessibleName(translate("Complaints", "Refresh my submissions"))
        self.more_button.setText(translate("Complaints", "Load mo&re"))
        self.more_button.setAccessibleName(translate("Complaints", "Load older submissions"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
