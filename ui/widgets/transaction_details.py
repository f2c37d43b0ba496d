"""Every field of one transaction, in a dialog the keyboard opens (Enter) and closes (Esc)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language, standard_button_texts
from desktop.models.transactions import direction_name, signed_amount, status_name
from desktop.money import format_date, format_iban, format_money
from desktop.services.transactions import Transaction
from ui.widgets.fonts import make_heading

translate = QCoreApplication.translate

FIELDS = (
    "booking_date",
    "value_date",
    "amount",
    "direction",
    "currency",
    "description",
    "counterparty",
    "counterparty_iban",
    "reference",
    "balance_after",
    "status",
    "id",
)


def field_label(field: str) -> str:
    return {
        "booking_date": translate("TransactionDetails", "Booking date:"),
        "value_date": translate("TransactionDetails", "Value date:"),
        "amount": translate("TransactionDetails", "Amount:"),
        "direction": translate("TransactionDetails", "Type:"),
        "currency": translate("TransactionDetails", "Currency:"),
        "description": translate("TransactionDetails", "Description:"),
        "counterparty": translate("TransactionDetails", "Other party:"),
        "counterparty_iban": translate("TransactionDetails", "Other party's IBAN:"),
        "reference": translate("TransactionDetails", "Reference:"),
        "balance_after": translate("TransactionDetails", "Balance after:"),
        "status": translate("TransactionDetails", "Status:"),
        "id": translate("TransactionDetails", "Transaction number:"),
    }[field]


def field_values(t: Transaction, language: str) -> dict[str, str]:
    """What each field shows; an empty field says so rather than staying blank."""
    none = "—"
    if t.balance_after is None:
        balance = translate("TransactionDetails", "Not yet booked")
    else:
        balance = format_money(t.balance_after, t.currency, language)
    return {
        "booking_date": format_date(t.booking_date, language),
        "value_date": format_date(t.value_date, language),
        "amount": signed_amount(t.amount, t.currency, language),
        "direction": direction_name(t.amount),
        "currency": t.currency,
        "description": t.description or none,
        "counterparty": t.counterparty_name or none,
        "counterparty_iban": format_iban(t.counterparty_iban) if t.counterparty_iban else none,
        "reference": t.reference or none,
        "balance_after": balance,
        "status": status_name(t.pending),
        "id": t.id,
    }


class TransactionDetailsDialog(QDialog):
    """Read-only fields the customer can Tab through and copy; Esc or Close ends it."""

    def __init__(self, transaction: Transaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionDetailsDialog")
        self.transaction = transaction
        self.heading = QLabel(self)
        make_heading(self.heading, 1.15)
        self.heading.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field in FIELDS:
            label = QLabel(self)
            value = QLineEdit(self)
            value.setObjectName(f"detail_{field}")
            value.setReadOnly(True)
            value.setFrame(False)
            label.setBuddy(value)
            if field in ("amount", "balance_after"):
                value.setAlignment(Qt.AlignmentFlag.AlignLeft)
            if transaction.pending:
                font = QFont(value.font())
                font.setItalic(True)
                value.setFont(font)
            self.labels[field] = label
            self.values[field] = value
            form.addRow(label, value)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("detailsButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.retranslate()

    def value(self, field: str) -> str:
        return self.values[field].text()

    def retranslate(self) -> None:
        language = current_language()
        t = self.transaction
        self.setWindowTitle(translate("TransactionDetails", "Transaction details"))
        self.heading.setText(t.description or translate("TransactionDetails", "Transaction"))
        values = field_values(t, language)
        for field in FIELDS:
            text = field_label(field)
            self.labels[field].setText(text)
            self.values[field].setText(values[field])
            self.values[field].setCursorPosition(0)
            self.values[field].setAccessibleName(text.rstrip(":"))
            # Fields as wide as their text: long payee names are read whole, never cut.
            width = self.values[field].fontMetrics().horizontalAdvance(values[field])
            self.values[field].setMinimumWidth(min(width + 16, 640))
        standard_button_texts(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
