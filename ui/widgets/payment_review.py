"""The review step: every figure of the payment from the bank's quote, before any code is sent."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from desktop.i18n import current_language
from desktop.messages import payment_error_message
from desktop.money import format_datetime, format_iban, format_money
from desktop.receipt import rate_text
from desktop.services.bank_clock import TIRANE
from desktop.services.payments import PaymentsService, Quote, ReviewedPayment
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading

translate = QCoreApplication.translate

ROWS = ("debtor", "payee", "iban", "amount", "fee", "total", "rate", "credited", "description")
ROWS_WHEN = (*ROWS, "when")


class PaymentReview(QWidget):
    """Signals: back() to change the form; created(object) with the ReviewedPayment and its code."""

    back = Signal()
    created = Signal(object)

    def __init__(self, service: PaymentsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentReview")
        self._service = service
        self._reviewed: ReviewedPayment | None = None
        self._closed = False
        self._busy = False

        self.title = QLabel(self)
        make_heading(self.title, 1.1)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.names = {row: QLabel(self) for row in ROWS_WHEN}
        self.values = {row: QLabel(self) for row in ROWS_WHEN}
        for row, label in self.values.items():
            label.setObjectName(f"review{row.capitalize()}Label")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.names[row].setBuddy(label)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("reviewErrorLabel")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("reviewBackButton")
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendCodeButton")
        for button in (self.back_button, self.send_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as in dialogs

        form = QFormLayout()
        for row in ROWS_WHEN:
            form.addRow(self.names[row], self.values[row])
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.back_button.clicked.connect(self.back)
        self.send_button.clicked.connect(self.send)
        self.retranslate()

    def show_payment(self, reviewed: ReviewedPayment) -> None:
        self._reviewed = reviewed
        self.error_label.clear_message()
        self._render()
        self._set_busy(False)
        self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reviewed(self) -> ReviewedPayment | None:
        return self._reviewed

    def set_cutoff(self, closed: bool) -> None:
        """A payment for "now" cannot be sent in the nightly window: the button says why."""
        self._closed = closed
        self._set_busy(self._busy)

    def _blocked_by_window(self) -> bool:
        reviewed = self._reviewed
        return self._closed and reviewed is not None and reviewed.order.schedule == "now"

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        blocked = self._blocked_by_window()
        self.send_button.setEnabled(not busy and not blocked)
        self.back_button.setEnabled(not busy)
        why = ""
        if blocked:
            why = translate(
                "PaymentReview",
                "Transfers are closed from 21:00 until midnight for the daily update. Go back "
                "and use Send after midnight, or send it at 00:00.",
            )
        self.send_button.setToolTip(why)
        self.send_button.setAccessibleDescription(why)

    @asyncSlot()
    async def send(self) -> None:
        """POST /payments with the reviewed payment's own key (the same key on every retry)."""
        reviewed = self._reviewed
        if reviewed is None or self._busy or self._blocked_by_window():
            return
        self._set_busy(True)
        self.error_label.clear_message()
        try:
            await self._service.create(reviewed)
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(payment_error_message, error))
            return
        finally:
            if alive(self):
                self._set_busy(False)
        if alive(self) and reviewed is self._reviewed:
            self.created.emit(reviewed)

    def _render(self) -> None:
        reviewed = self._reviewed
        if reviewed is None:
            return
        language = current_language()
        quote, debtor = reviewed.quote, reviewed.debtor
        values = {
            "debtor": f"{debtor.name} · {format_iban(debtor.iban)}",
            "payee": quote.creditor_name,
            "iban": format_iban(quote.creditor_iban),
            "amount": format_money(quote.amount, quote.currency, language),
            "fee": format_money(quote.fee, quote.currency, language),
            "total": format_money(quote.total, quote.currency, language),
            "rate": rate_text(quote, language) if quote.converted else "",
            "credited": format_money(quote.credited_amount, quote.credited_currency, language)
            if quote.converted
            else "",
            "description": reviewed.order.description,
            "when": self._when(quote, language),
        }
        for row, text in values.items():
            visible = bool(text) or row in ("fee", "total")
            self.values[row].setText(text)
            self.values[row].setAccessibleName(self.names[row].text().rstrip(":"))
            self.values[row].setVisible(visible)
            self.names[row].setVisible(visible)

    def _when(self, quote: Quote, language: str) -> str:
        if quote.schedule != "after_window":
            return translate("PaymentReview", "Now")
        if quote.execute_at is None:
            return translate("PaymentReview", "Now (transfers are open)")
        return translate(
            "PaymentReview", "After the daily update, at 00:00 ({moment}). Confirm it now."
        ).format(moment=format_datetime(quote.execute_at.astimezone(TIRANE), language))

    def retranslate(self) -> None:
        self.title.setText(translate("PaymentReview", "Check the transfer"))
        self.intro.setText(
            translate(
                "PaymentReview",
                "Nothing has been sent yet. Check every line: when you press Send the code, we "
                "send a code by SMS to your mobile to confirm this transfer.",
            )
        )
        names = {
            "debtor": translate("PaymentReview", "From account:"),
            "payee": translate("PaymentReview", "Payee:"),
            "iban": translate("PaymentReview", "Payee IBAN:"),
            "amount": translate("PaymentReview", "Amount:"),
            "fee": translate("PaymentReview", "Fee:"),
            "total": translate("PaymentReview", "Total debited:"),
            "rate": translate("PaymentReview", "Exchange rate:"),
            "credited": translate("PaymentReview", "Amount credited:"),
            "description": translate("PaymentReview", "Description:"),
            "when": translate("PaymentReview", "When:"),
        }
        for row, text in names.items():
            self.names[row].setText(text)
        self.back_button.setText(translate("PaymentReview", "Bac&k"))
        self.back_button.setAccessibleName(translate("PaymentReview", "Back to the form"))
        self.send_button.setText(translate("PaymentReview", "&Send the code"))
        self.send_button.setAccessibleName(
            translate("PaymentReview", "Send the SMS code to confirm this transfer")
        )
        self._render()
        self._set_busy(self._busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
