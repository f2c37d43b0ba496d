"""The end of a payment: executed, scheduled for 00:00 or refused; reference, balance, receipt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api import BankError
from desktop.i18n import current_language
from desktop.messages import error_message, general_error, rejection_reason
from desktop.money import format_datetime, format_money
from desktop.receipt import DEFAULT_BANK, Receipt, build_receipt, print_receipt, write_pdf
from desktop.services.accounts import Account
from desktop.services.bank_clock import TIRANE
from desktop.services.payments import ReviewedPayment
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.info_label import InfoLabel
from ui.widgets.save_dialog import ask_save_path

translate = QCoreApplication.translate


class PaymentResult(QWidget):
    """Signals: newPayment() when the customer starts the next one; receiptSaved(str) path."""

    newPayment = Signal()
    receiptSaved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentResult")
        self._reviewed: ReviewedPayment | None = None
        self._refusal: BaseException | None = None
        self._balance: Account | None = None
        self._saved_payee: bool | None = None
        self.bank = DEFAULT_BANK
        self.customer_name = ""

        self.title = QLabel(self)
        self.title.setObjectName("paymentResultTitle")
        make_heading(self.title, 1.2)
        self.message = InfoLabel(self)
        self.message.setObjectName("paymentResultLabel")
        self.refusal_label = ErrorLabel(self)
        self.refusal_label.setObjectName("paymentRefusalLabel")
        self.reference_label = QLabel(self)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("paymentReferenceEdit")
        self.reference_edit.setReadOnly(True)
        self.reference_label.setBuddy(self.reference_edit)
        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("resultBalanceLabel")
        self.balance_label.setWordWrap(True)
        self.payee_label = QLabel(self)
        self.payee_label.setObjectName("beneficiarySavedLabel")
        self.payee_label.setWordWrap(True)
        self.receipt_error = ErrorLabel(self)
        self.receipt_error.setObjectName("receiptErrorLabel")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveReceiptButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printReceiptButton")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newPaymentButton")
        for button in (self.save_button, self.print_button, self.new_button):
            button.setAutoDefault(True)

        reference = QHBoxLayout()
        reference.addWidget(self.reference_label)
        reference.addWidget(self.reference_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.refusal_label)
        layout.addLayout(reference)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.payee_label)
        layout.addWidget(self.receipt_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.print_button.clicked.connect(self.ask_printer)
        self.new_button.clicked.connect(self.newPayment)
        self.retranslate()

    def show_outcome(self, reviewed: ReviewedPayment, refusal: BaseException | None) -> None:
        self._reviewed = reviewed
        self._refusal = refusal
        self._balance = None
        self._saved_payee = None
        self.receipt_error.clear_message()
        self.retranslate()
        focus = self.reference_edit if self.confirmed() else self.new_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirmed(self) -> bool:
        """Executed or scheduled: there is a receipt to keep."""
        outcome = self._reviewed.outcome if self._reviewed else None
        return outcome is not None and outcome.status in ("executed", "scheduled")

    def set_balance(self, account: Account) -> None:
        """The debtor account as the bank reports it after the payment."""
        self._balance = account
        self._render_balance()

    def set_beneficiary_saved(self, saved: bool) -> None:
        self._saved_payee = saved
        self._render_payee()

    def reference(self) -> str:
        return self.reference_edit.text()

    # --- the receipt --------------------------------------------------------------------
    def receipt(self) -> Receipt | None:
        reviewed = self._reviewed
        if reviewed is None or reviewed.outcome is None or not self.confirmed():
            return None
        return build_receipt(
            reviewed,
            reviewed.outcome,
            current_language(),
            bank=self.bank,
            debtor_holder=self.customer_name,
        )

    def save_receipt(self, path: Path) -> Path | None:
        """Writes the receipt PDF to `path`; a failure is said under the buttons."""
        receipt = self.receipt()
        if receipt is None:
            return None
        try:
            write_pdf(receipt, path)
        except OSError:
            self.receipt_error.show_message(
                lambda: translate(
                    "PaymentResult",
                    "The receipt could not be saved there. Choose another folder and try again.",
                )
            )
            return None
        self.receipt_error.clear_message()
        self.receiptSaved.emit(str(path))
        return path

    def ask_where_to_save(self) -> None:
        reviewed = self._reviewed
        if reviewed is None or reviewed.outcome is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{reviewed.outcome.reference or 'receipt'}.pdf"
        ask_save_path(
            self,
            translate("PaymentResult", "Save the receipt"),
            Path(folder or str(Path.home())) / name,
            translate("PaymentResult", "PDF documents (*.pdf)"),
            self._save_chosen,
            object_name="receiptFileDialog",
        )

    def _save_chosen(self, chosen: Path) -> None:
        self.save_receipt(chosen)

    def ask_printer(self) -> None:
        receipt = self.receipt()
        if receipt is None:
            return
        # Qt's print support is loaded only when someone prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("receiptPrintDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                print_receipt(receipt, printer)

        dialog.finished.connect(chosen)
        # Window-modal and shown, not exec(): no nested event loop under the asyncio one.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    # --- language -----------------------------------------------------------------------
    def _render_balance(self) -> None:
        account = self._balance
        if account is None or not self.confirmed():
            self.balance_label.clear()
            return
        language = current_language()
        self.balance_label.setText(
            translate(
                "PaymentResult", "{account}: balance {balance}, available {available}."
            ).format(
                account=account.name,
                balance=format_money(account.balance, account.currency, language),
                available=format_money(account.available, account.currency, language),
            )
        )

    def _render_payee(self) -> None:
        self.payee_label.setVisible(self._saved_payee is not None)
        if self._saved_payee is None:
            self.payee_label.clear()
        elif self._saved_payee:
            self.payee_label.setText(
                translate("PaymentResult", "The payee was saved in your beneficiaries.")
            )
        else:
            self.payee_label.setText(
                translate(
                    "PaymentResult",
                    "The payee could not be saved; add it in Beneficiaries. The payment is not "
                    "affected.",
                )
            )

    def _message_text(self) -> str:
        """What happened, in the current language (the message line calls it on a switch)."""
        reviewed = self._reviewed
        outcome = reviewed.outcome if reviewed else None
        if reviewed is None or outcome is None:
            return ""
        language = current_language()
        quote = reviewed.quote
        money = format_money(quote.amount, quote.currency, language)
        if outcome.status == "scheduled":
            moment = outcome.execute_at or quote.execute_at
            when = format_datetime(moment.astimezone(TIRANE), language) if moment else "00:00"
            return translate(
                "PaymentResult",
                "{amount} to {payee} is scheduled for 00:00 ({when}), after the daily update. "
                "The bank checks the funds then and notifies you either way.",
            ).format(amount=money, payee=quote.creditor_name, when=when)
        if quote.converted:
            credited = format_money(quote.credited_amount, quote.credited_currency, language)
            return translate(
                "PaymentResult", "{amount} was sent to {payee}; {credited} was credited."
            ).format(amount=money, payee=quote.creditor_name, credited=credited)
        return translate("PaymentResult", "{amount} was sent to {payee}.").format(
            amount=money, payee=quote.creditor_name
        )

    def _refusal_text(self) -> str:
        outcome = self._reviewed.outcome if self._reviewed else None
        if isinstance(self._refusal, BankError):
            return error_message(self._refusal)
        if outcome is not None and outcome.error_code:
            return rejection_reason(outcome.error_code)
        return general_error(None)

    def _render(self) -> None:
        outcome = self._reviewed.outcome if self._reviewed else None
        if outcome is None:
            return
        titles = {
            "executed": translate("PaymentResult", "Transfer executed"),
            "scheduled": translate("PaymentResult", "Transfer scheduled for 00:00"),
        }
        self.title.setText(
            titles.get(outcome.status, translate("PaymentResult", "Transfer not executed"))
        )
        if self.confirmed():
            self.message.show_message(self._message_text)
            self.refusal_label.clear_message()
        else:
            self.message.clear_message()
            self.refusal_label.show_message(self._refusal_text)
        self.reference_edit.setText(outcome.reference or "")
        shown = bool(outcome.reference)
        self.reference_label.setVisible(shown)
        self.reference_edit.setVisible(shown)
        self.save_button.setVisible(self.confirmed())
        self.print_button.setVisible(self.confirmed())

    def retranslate(self) -> None:
        self.reference_label.setText(translate("PaymentResult", "&Reference:"))
        self.reference_edit.setAccessibleName(translate("PaymentResult", "Transaction reference"))
        self.save_button.setText(translate("PaymentResult", "Save as &PDF"))
        self.save_button.setAccessibleName(translate("PaymentResult", "Save the receipt as PDF"))
        self.print_button.setText(translate("PaymentResult", "Pr&int"))
        self.print_button.setAccessibleName(translate("PaymentResult", "Print the receipt"))
        self.new_button.setText(translate("PaymentResult", "&New payment"))
        self.new_button.setAccessibleName(translate("PaymentResult", "Start a new payment"))
        self._render()
        self._render_balance()
        self._render_payee()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
