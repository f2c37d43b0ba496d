"""Payment history: filters (status, period), the list in pages, details, cancelling."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.i18n import current_language
from desktop.messages import error_message, rejection_reason
from desktop.money import format_datetime, format_iban, format_money
from desktop.services.bank_clock import TIRANE
from desktop.services.payments import STATUSES, Payment, PaymentsService
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading

translate = QCoreApplication.translate

# Period filter: days back from today (None: every payment).
PERIODS: tuple[tuple[str, int | None], ...] = (("30", 30), ("90", 90), ("365", 365), ("all", None))
DATE, PAYEE, AMOUNT, STATUS = range(4)


def status_name(status: str) -> str:
    names = {
        "awaiting_otp": translate("PaymentStatus", "Awaiting code"),
        "scheduled": translate("PaymentStatus", "Scheduled for 00:00"),
        "executed": translate("PaymentStatus", "Executed"),
        "rejected": translate("PaymentStatus", "Rejected"),
        "cancelled": translate("PaymentStatus", "Cancelled"),
        "expired": translate("PaymentStatus", "Expired (code not entered)"),
    }
    return names.get(status, status.replace("_", " "))


def short_reason(error_code: str | None) -> str:
    reasons = {
        "insufficient_funds": translate("PaymentStatus", "not enough money"),
        "daily_limit_exceeded": translate("PaymentStatus", "daily limit reached"),
        "cutoff_window": translate("PaymentStatus", "daily update"),
    }
    return reasons.get(error_code or "", "")


def status_text(payment: Payment) -> str:
    """The status as the list shows it; a rejection names its reason."""
    name = status_name(payment.status)
    reason = short_reason(payment.error_code) if payment.status == "rejected" else ""
    return f"{name} — {reason}" if reason else name


def kind_name(kind: str) -> str:
    names = {
        "own": translate("PaymentHistory", "Between my accounts"),
        "internal": translate("PaymentHistory", "To an account at this bank"),
        "external": translate("PaymentHistory", "To another bank"),
    }
    return names.get(kind, kind)


class PaymentHistory(QWidget):
    """Signals: cancelled(str) with the id of a payment the customer cancelled here."""

    cancelled = Signal(str)

    def __init__(
        self,
        service: PaymentsService,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentHistory")
        self._service = service
        self._today = today
        self._payments: list[Payment] = []
        self._cursor: str | None = None
        self._generation = 0
        self._busy = False

        self.title = QLabel(self)
        make_heading(self.title, 1.1)
        self.status_label = QLabel(self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("historyStatusCombo")
        self.status_combo.addItem("", None)
        for status in STATUSES:
            self.status_combo.addItem("", status)
        self.status_label.setBuddy(self.status_combo)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("historyPeriodCombo")
        for key, days in PERIODS:
            self.period_combo.addItem(key, days)
        self.period_combo.setCurrentIndex(1)
        self.period_label.setBuddy(self.period_combo)
        for combo in (self.status_combo, self.period_combo):
            # Albanian names are longer: the box grows with its texts after a language switch.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("paymentsHistoryTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAYEE, QHeaderView.ResizeMode.Stretch)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("historyMoreButton")
        self.details = QLabel(self)
        self.details.setObjectName("paymentDetailsLabel")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelPendingPaymentButton")
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("historyErrorLabel")
        for button in (self.more_button, self.cancel_button):
            button.setAutoDefault(True)

        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.period_label)
        filters.addWidget(self.period_combo)
        filters.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.more_button)
        below.addWidget(self.cancel_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.error_label)
        layout.addWidget(self.details)

        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.more_button.clicked.connect(self.load_more)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retranslate()
        self._show_details()

    # --- loading ------------------------------------------------------------------------
    def payments(self) -> list[Payment]:
        return list(self._payments)

    def _period(self) -> tuple[date | None, date | None]:
        days = self.period_combo.currentData()
        if days is None:
            return None, None
        today = self._today()
        return today - timedelta(days=int(days)), today

    @asyncSlot()
    async def refresh(self) -> None:
        """The first page for the chosen filters; answers to older filters are dropped."""
        self._generation += 1
        generation = self._generation
        self._payments, self._cursor = [], None
        await self._load(generation)

    @asyncSlot()
    async def load_more(self) -> None:
        if self._cursor and not self._busy:
            await self._load(self._generation)

    async def _load(self, generation: int) -> None:
        date_from, date_to = self._period()
        self._busy = True
        self.more_button.setEnabled(False)
        try:
            page = await self._service.history(
                status=self.status_combo.currentData(),
                date_from=date_from,
                date_to=date_to,
                cursor=self._cursor,
            )
        except Exception as error:
            if alive(self) and generation == self._generation:
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self):
                self._busy = False
                self.more_button.setEnabled(bool(self._cursor))
        if not alive(self) or generation != self._generation:
            return
        self.error_label.clear_message()
        self._payments.extend(page.payments)
        self._cursor = page.next_cursor
        self.more_button.setEnabled(bool(self._cursor))
        self._fill()

    def _fill(self) -> None:
        selected = self.selected()
        language = current_language()
        self.table.setRowCount(len(self._payments))
        for row, payment in enumerate(self._payments):
            moment = payment.created_at.astimezone(TIRANE) if payment.created_at else None
            cells = {
                DATE: format_datetime(moment, language) if moment else "",
                PAYEE: payment.creditor_name,
                AMOUNT: format_money(payment.amount, payment.currency, language),
                STATUS: status_text(payment),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column == AMOUNT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if selected is not None and payment.id == selected.id:
                self.table.selectRow(row)
        if selected is None and self._payments:
            self.table.selectRow(0)
        self._show_details()

    def selected(self) -> Payment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self._payments):
            return None
        return self._payments[rows[0].row()]

    # --- details and cancelling ---------------------------------------------------------
    def _show_details(self) -> None:
        payment = self.selected()
        self.cancel_button.setEnabled(payment is not None and payment.cancellable)
        self.details.setText(self.details_text(payment) if payment else "")

    def details_text(self, payment: Payment) -> str:
        language = current_language()
        lines = [
            translate("PaymentHistory", "Status: {status}").format(
                status=status_name(payment.status)
            ),
            translate("PaymentHistory", "Kind: {kind}").format(kind=kind_name(payment.kind)),
            translate("PaymentHistory", "Payee: {name}, IBAN {iban}").format(
                name=payment.creditor_name, iban=format_iban(payment.creditor_iban)
            ),
            translate("PaymentHistory", "Amount: {amount}; fee {fee}; total {total}").format(
                amount=format_money(payment.amount, payment.currency, language),
                fee=format_money(payment.fee, payment.currency, language),
                total=format_money(payment.total, payment.currency, language),
            ),
        ]
        if payment.credited_currency != payment.currency:
            lines.append(
                translate("PaymentHistory", "Credited: {amount}").format(
                    amount=format_money(
                        payment.credited_amount, payment.credited_currency, language
                    )
                )
            )
        if payment.description:
            lines.append(
                translate("PaymentHistory", "Description: {text}").format(text=payment.description)
            )
        if payment.reference:
            lines.append(
                translate("PaymentHistory", "Reference: {reference}").format(
                    reference=payment.reference
                )
            )
        if payment.executed_at:
            lines.append(
                translate("PaymentHistory", "Executed: {when}").format(
                    when=format_datetime(payment.executed_at.astimezone(TIRANE), language)
                )
            )
        elif payment.status == "scheduled" and payment.execute_at:
            lines.append(
                translate("PaymentHistory", "Will be executed: {when}").format(
                    when=format_datetime(payment.execute_at.astimezone(TIRANE), language)
                )
            )
        if payment.status == "rejected":
            lines.append(
                translate("PaymentHistory", "Reason: {reason}").format(
                    reason=rejection_reason(payment.error_code)
                )
            )
        return "\n".join(lines)

    @asyncSlot()
    async def cancel_selected(self) -> None:
        payment = self.selected()
        if payment is None or not payment.cancellable or self._busy:
            return
        self._busy = True
        self.cancel_button.setEnabled(False)
        try:
            await self._service.cancel(payment.id)
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
        else:
            if alive(self):
                self.error_label.clear_message()
                self.cancelled.emit(payment.id)
        finally:
            if alive(self):
                self._busy = False
        if alive(self):
            await self.refresh()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("PaymentHistory", "Payment history"))
        self.status_label.setText(translate("PaymentHistory", "S&tatus:"))
        self.status_combo.setAccessibleName(translate("PaymentHistory", "Status"))
        self.status_combo.setItemText(0, translate("PaymentHistory", "All"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, status_name(str(self.status_combo.itemData(index)))
            )
        self.period_label.setText(translate("PaymentHistory", "&Period:"))
        self.period_combo.setAccessibleName(translate("PaymentHistory", "Period"))
        names = {
            30: translate("PaymentHistory", "Last 30 days"),
            90: translate("PaymentHistory", "Last 90 days"),
            365: translate("PaymentHistory", "Last 12 months"),
        }
        for index in range(self.period_combo.count()):
            days = self.period_combo.itemData(index)
            text = names.get(days, "") if days else translate("PaymentHistory", "All")
            self.period_combo.setItemText(index, text)
        self.table.setHorizontalHeaderLabels(
            [
                translate("PaymentHistory", "Date"),
                translate("PaymentHistory", "Payee"),
                translate("PaymentHistory", "Amount"),
                translate("PaymentHistory", "Status"),
            ]
        )
        self.table.setAccessibleName(translate("PaymentHistory", "Payments"))
        self.more_button.setText(translate("PaymentHistory", "Show &more"))
        self.more_button.setAccessibleName(translate("PaymentHistory", "Show more payments"))
        self.cancel_button.setText(translate("PaymentHistory", "&Cancel the payment"))
        self.cancel_button.setAccessibleName(
            translate("PaymentHistory", "Cancel the selected payment")
        )
        self.details.setAccessibleName(translate("PaymentHistory", "Payment details"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
