"""The payment form's widgets, layout and fixed texts; PaymentForm gives them their behaviour."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language
from desktop.money import format_amount
from desktop.services.payments import DESCRIPTION_MAX, KINDS
from ui.widgets.error_label import ErrorLabel
from ui.widgets.payee_fields import PayeeFields

translate = QCoreApplication.translate


class PaymentFormView(QWidget):
    """What the form shows; the subclass calls retranslate() once its state exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentForm")
        self.kind_label = QLabel(self)
        self.kind_group = QButtonGroup(self)
        self.kind_radios: dict[str, QRadioButton] = {}
        names = ("kindOwnRadio", "kindInternalRadio", "kindExternalRadio")
        for index, (kind, name) in enumerate(zip(KINDS, names, strict=True)):
            radio = QRadioButton(self)
            radio.setObjectName(name)
            self.kind_group.addButton(radio, index)
            self.kind_radios[kind] = radio
        self.kind_radios["own"].setChecked(True)
        self.debtor_combo = QComboBox(self)
        self.debtor_combo.setObjectName("debtorAccountCombo")
        self.available_label = QLabel(self)
        self.available_label.setObjectName("debtorAvailableLabel")
        self.payee = PayeeFields(self)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setMaxLength(24)
        self.currency_label = QLabel(self)
        self.currency_label.setObjectName("currencyLabel")
        self.fx_label = QLabel(self)
        self.fx_label.setObjectName("fxRateLabel")
        self.fx_label.setWordWrap(True)
        self.description_edit = QLineEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setMaxLength(DESCRIPTION_MAX)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("reviewPaymentButton")
        self.after_midnight_button = QPushButton(self)
        self.after_midnight_button.setObjectName("sendAfterMidnightButton")
        self.after_midnight_button.setVisible(False)
        for button in (self.continue_button, self.after_midnight_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as in dialogs
        self.form_error = ErrorLabel(self)
        self.form_error.setObjectName("paymentFormErrorLabel")
        self.errors: dict[str, ErrorLabel] = dict(self.payee.errors)
        self.labels: dict[str, QLabel] = dict(self.payee.labels)
        self.inputs: dict[str, QWidget] = dict(self.payee.inputs)
        own = {"debtor": self.debtor_combo, "amount": self.amount_edit}
        for field, widget in (*own.items(), ("description", self.description_edit)):
            self.errors[field] = ErrorLabel(self)
            self.errors[field].setObjectName(f"{field}ErrorLabel")
            self.labels[field] = QLabel(self)
            self.labels[field].setBuddy(widget)
            self.inputs[field] = widget
        self._build_layout()

    def _build_layout(self) -> None:
        kinds = QVBoxLayout()
        for radio in self.kind_radios.values():
            kinds.addWidget(radio)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_label)
        form = self._form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.kind_label, kinds)
        form.addRow(self.labels["debtor"], self._cell("debtor", self.available_label))
        form.addRow(self.labels["creditor"], self.payee.cell("creditor"))
        form.addRow(self.labels["beneficiary"], self.payee.beneficiary_combo)
        form.addRow(self.labels["name"], self.payee.cell("name"))
        form.addRow(self.labels["iban"], self.payee.cell("iban", self.payee.save_check))
        amount = QVBoxLayout()
        amount.setSpacing(2)
        amount.addLayout(amount_row)
        amount.addWidget(self.fx_label)
        amount.addWidget(self.errors["amount"])
        form.addRow(self.labels["amount"], amount)
        form.addRow(self.labels["description"], self._cell("description"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.after_midnight_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _cell(self, field: str, *extra: QWidget) -> QVBoxLayout:
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(self.inputs[field])
        for widget in extra:
            cell.addWidget(widget)
        cell.addWidget(self.errors[field])
        return cell

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """The texts that do not depend on the form's state (the subclass adds those)."""
        self.kind_label.setText(translate("PaymentForm", "Transfer:"))
        texts = {
            "own": translate("PaymentForm", "Between my &own accounts"),
            "internal": translate("PaymentForm", "To another account at this ban&k"),
            "external": translate("PaymentForm", "To anothe&r bank in Albania"),
        }
        for kind, radio in self.kind_radios.items():
            radio.setText(texts[kind])
            radio.setAccessibleName(texts[kind].replace("&", ""))
        labels = {
            "debtor": translate("PaymentForm", "&From account:"),
            "amount": translate("PaymentForm", "&Amount:"),
            "description": translate("PaymentForm", "&Description:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
            self.inputs[key].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.payee.retranslate()
        self.currency_label.setAccessibleName(translate("PaymentForm", "Currency"))
        self.currency_label.setToolTip(
            translate("PaymentForm", "The currency of the account you pay from")
        )
        example = format_amount(Decimal("1500.50"), current_language())
        self.amount_edit.setPlaceholderText(
            translate("PaymentForm", "e.g. {example}").format(example=example)
        )
        self.description_edit.setPlaceholderText(
            translate("PaymentForm", "What the payee reads, e.g. Rent for November")
        )
        self.continue_button.setText(translate("PaymentForm", "&Continue"))
        self.continue_button.setAccessibleName(translate("PaymentForm", "Continue to the review"))
        self.after_midnight_button.setText(translate("PaymentForm", "Send after &midnight"))
        self.after_midnight_button.setAccessibleName(
            translate("PaymentForm", "Send after midnight")
        )
        self.after_midnight_button.setToolTip(
            translate(
                "PaymentForm",
                "Review and confirm now with the SMS code; the bank executes it at 00:00.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
