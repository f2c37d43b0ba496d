"""The payee part of the payment form: own account, or a saved/typed payee with its IBAN."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.api import BankError
from desktop.messages import error_message
from desktop.money import format_amount, format_iban, normalize_iban
from desktop.services.accounts import Account
from desktop.services.beneficiaries import Beneficiary
from desktop.services.payment_checks import check_iban, is_our_iban
from desktop.services.payments import NAME_MAX, FxRate
from ui.widgets.error_label import ErrorLabel

translate = QCoreApplication.translate

PAYEE_FIELDS = ("creditor", "name", "iban")
# Where the server's refusals belong: next to the field the customer should change.
_CODE_FIELD = {
    "invalid_iban": "iban",
    "same_account": "iban",
    "invalid_amount": "amount",
    "insufficient_funds": "amount",
    "daily_limit_exceeded": "amount",
    "account_not_found": "debtor",
}
_API_FIELD = {"creditor_iban": "iban", "creditor_name": "name", "amount": "amount"}


def error_fields(error: BaseException, *, own: bool) -> dict[str, BaseException]:
    """The form's fields a refusal belongs to (none: it is shown under the whole form)."""
    fields: dict[str, BaseException] = {}
    if not isinstance(error, BankError):
        return fields
    if error.code in _CODE_FIELD:
        field = _CODE_FIELD[error.code]
        # Between own accounts the payee is chosen, not typed: the account list is the field.
        fields["creditor" if field == "iban" and own else field] = error
    for item in error.fields.get("errors") or []:
        field = _API_FIELD.get(str(item.get("field")), "")
        if field and field not in fields:
            fields[field] = BankError("validation_error")
    return fields


def fx_note(
    debtor: Account | None, creditor: Account | None, rates: dict[str, FxRate], language: str
) -> str:
    """The bank's rates for a transfer between two currencies ("" when nothing converts)."""
    if debtor is None or creditor is None or debtor.currency == creditor.currency:
        return ""
    parts = []
    # The bank buys the currency paid from and sells the one paid into.
    if debtor.currency in rates:
        rate = format_amount(rates[debtor.currency].buy, language)
        parts.append(f"1 {debtor.currency} = {rate} ALL")
    if creditor.currency in rates:
        rate = format_amount(rates[creditor.currency].sell, language)
        parts.append(f"1 {creditor.currency} = {rate} ALL")
    if not parts:
        return translate(
            "PaymentForm",
            "Converted into {currency} at the bank's rate. The next step shows the exact amount "
            "credited.",
        ).format(currency=creditor.currency)
    return translate(
        "PaymentForm",
        "Converted into {currency} at the bank's rate ({rates}). The next step shows the exact "
        "amount credited.",
    ).format(currency=creditor.currency, rates="; ".join(parts))


def account_text(account: Account) -> str:
    return f"{account.name} · {account.currency} · {format_iban(account.iban)}"


def set_field_error(label: ErrorLabel, widget: QWidget, error: BaseException | None) -> None:
    """Shows the error under its field and gives the field the same words for screen readers."""
    if error is None:
        label.clear_message()
        widget.setAccessibleDescription("")
        return
    # The field's description follows the message, also after a language switch.
    label.show_message(functools.partial(error_message, error), widget)


class IbanEdit(QLineEdit):
    """An IBAN field that shows what is typed in groups of four, upper-case, cursor kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(34)  # 28 characters and the 6 spaces between their groups
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[A-Za-z0-9 ]*$"), self))
        self.textEdited.connect(self._regroup)

    def iban(self) -> str:
        return normalize_iban(self.text())

    def _regroup(self, text: str) -> None:
        before = len(normalize_iban(text[: self.cursorPosition()]))
        grouped = format_iban(text)
        if grouped == text:
            return
        self.setText(grouped)
        # The cursor stays after the same character, whatever spaces were added or removed.
        position = seen = 0
        while position < len(grouped) and seen < before:
            if grouped[position] != " ":
                seen += 1
            position += 1
        self.setCursorPosition(position)


class PayeeFields(QObject):
    """The payee's widgets (made on the form, laid out by it) and their rules as typed.

    Kind "own" shows the customer's other accounts; "internal" and "external" show the saved
    payees of that kind, a name and an IBAN checked as typed, and "save as a beneficiary".
    """

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._accounts: list[Account] = []
        self._debtor_id: str | None = None
        self._beneficiaries: list[Beneficiary] = []
        self.kind = "own"
        self.creditor_combo = QComboBox(form)
        self.creditor_combo.setObjectName("creditorAccountCombo")
        self.beneficiary_combo = QComboBox(form)
        self.beneficiary_combo.setObjectName("beneficiaryCombo")
        self.name_edit = QLineEdit(form)
        self.name_edit.setObjectName("payeeNameEdit")
        self.name_edit.setMaxLength(NAME_MAX)
        self.iban_edit = IbanEdit(form)
        self.iban_edit.setObjectName("ibanEdit")
        self.save_check = QCheckBox(form)
        self.save_check.setObjectName("saveBeneficiaryCheck")
        self.inputs: dict[str, QWidget] = {
            "creditor": self.creditor_combo,
            "name": self.name_edit,
            "iban": self.iban_edit,
        }
        self.errors = {field: ErrorLabel(form) for field in PAYEE_FIELDS}
        for field, error_label in self.errors.items():
            error_label.setObjectName(f"{field}ErrorLabel")
        self.labels = {key: QLabel(form) for key in (*PAYEE_FIELDS, "beneficiary")}
        for key, label in self.labels.items():
            label.setBuddy(self.beneficiary_combo if key == "beneficiary" else self.inputs[key])

        self.beneficiary_combo.activated.connect(self._beneficiary_chosen)
        self.iban_edit.textEdited.connect(self._iban_edited)
        self.iban_edit.editingFinished.connect(self._iban_left)
        self.name_edit.textEdited.connect(self._name_edited)

    def cell(self, field: str, *below: QWidget) -> QVBoxLayout:
        """The field with its error line under it (then `below`), for the form's row."""
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(self.inputs[field])
        cell.addWidget(self.errors[field])
        for widget in below:
            cell.addWidget(widget)
        return cell

    # --- data ---------------------------------------------------------------------------
    def set_accounts(self, accounts: list[Account], debtor_id: str | None) -> None:
        """The customer's accounts to pay into: every one but the account paid from."""
        self._accounts = list(accounts)
        self._debtor_id = debtor_id
        chosen = self.creditor_combo.currentData()
        self.creditor_combo.blockSignals(True)
        self.creditor_combo.clear()
        for account in accounts:
            if account.id != debtor_id:
                self.creditor_combo.addItem(account_text(account), account.id)
        self.creditor_combo.setCurrentIndex(max(0, self.creditor_combo.findData(chosen)))
        self.creditor_combo.blockSignals(False)
        self.creditor_combo.currentIndexChanged.emit(self.creditor_combo.currentIndex())

    def creditor_account(self) -> Account | None:
        wanted = self.creditor_combo.currentData()
        return next((a for a in self._accounts if a.id == wanted), None)

    def set_beneficiaries(self, beneficiaries: list[Beneficiary]) -> None:
        self._beneficiaries = list(beneficiaries)
        self._fill_beneficiaries()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        own = kind == "own"
        self.labels["creditor"].setVisible(own)
        self.creditor_combo.setVisible(own)
        for key in ("beneficiary", "name", "iban"):
            self.labels[key].setVisible(not own)
        for widget in (self.beneficiary_combo, self.name_edit, self.iban_edit, self.save_check):
            widget.setVisible(not own)
        for field in PAYEE_FIELDS:
            self.set_error(field, None)
        self._fill_beneficiaries()
        if not own and self.iban_edit.text().strip():
            self._iban_edited()

    def _fill_beneficiaries(self) -> None:
        """Saved payees that fit the kind: this bank's for kind 2, other banks' for kind 3."""
        chosen = self.beneficiary_combo.currentData()
        self.beneficiary_combo.clear()
        self.beneficiary_combo.addItem(translate("PaymentForm", "A new payee (type below)"), None)
        for saved in self._beneficiaries:
            if self.kind == "own" or is_our_iban(saved.iban) != (self.kind == "internal"):
                continue
            self.beneficiary_combo.addItem(f"{saved.name} · {format_iban(saved.iban)}", saved.id)
        self.beneficiary_combo.setCurrentIndex(max(0, self.beneficiary_combo.findData(chosen)))
        self.save_check.setEnabled(self.beneficiary_combo.currentIndex() == 0)

    # --- as the customer types ----------------------------------------------------------
    def _chosen(self) -> Beneficiary | None:
        wanted = self.beneficiary_combo.currentData()
        return next((b for b in self._beneficiaries if b.id == wanted), None)

    def _beneficiary_chosen(self, _index: int) -> None:
        saved = self._chosen()
        if saved is not None:
            self.name_edit.setText(saved.name)
            self.iban_edit.setText(format_iban(saved.iban))
            self.save_check.setChecked(False)
            self.set_error("name", None)
            self._iban_edited()
        self.save_check.setEnabled(saved is None)

    def _as_new_payee(self) -> None:
        # A changed name or IBAN is a new payee, no longer the saved one.
        self.beneficiary_combo.setCurrentIndex(0)
        self.save_check.setEnabled(True)

    def _name_edited(self) -> None:
        saved = self._chosen()
        if saved is not None and saved.name != self.name_edit.text():
            self._as_new_payee()
        if self.name_edit.text().strip():
            self.set_error("name", None)

    def _iban_edited(self, *_args: Any) -> None:
        saved = self._chosen()
        if saved is not None and normalize_iban(saved.iban) != self.iban_edit.iban():
            self._as_new_payee()
        self.set_error("iban", self._iban_error(final=False))

    def _iban_left(self) -> None:
        if self.iban_edit.text().strip():
            self.set_error("iban", self._iban_error(final=True))

    def _iban_error(self, *, final: bool) -> BankError | None:
        code = check_iban(self.iban_edit.text(), self.kind, final=final)
        return (
            None if code is None else BankError(code, fields={"length": len(self.iban_edit.iban())})
        )

    def set_error(self, field: str, error: BaseException | None) -> None:
        set_field_error(self.errors[field], self.inputs[field], error)

    # --- the payee of the order ---------------------------------------------------------
    def payee(self, customer_name: str) -> tuple[str, str, dict[str, BankError]]:
        """(IBAN, name, problems): the problems by field when this computer's checks fail."""
        problems: dict[str, BankError] = {}
        if self.kind == "own":
            creditor = self.creditor_account()
            if creditor is None:
                problems["creditor"] = BankError("creditor_account_missing")
                return "", "", problems
            return creditor.iban, customer_name or creditor.name, problems
        iban, name = self.iban_edit.iban(), self.name_edit.text().strip()
        if not name:
            problems["name"] = BankError("payee_name_missing")
        error = self._iban_error(final=True)
        if error is not None:
            problems["iban"] = error
        return iban, name, problems

    def save_wanted(self) -> bool:
        return self.kind != "own" and self.save_check.isEnabled() and self.save_check.isChecked()

    def values(self) -> dict[str, Any]:
        return {
            "creditor": self.creditor_combo.currentData(),
            "name": self.name_edit.text(),
            "iban": self.iban_edit.text(),
            "save": self.save_check.isChecked(),
        }

    def restore(self, values: dict[str, Any], *, only_account: bool = False) -> None:
        index = self.creditor_combo.findData(values.get("creditor"))
        if index >= 0:
            self.creditor_combo.setCurrentIndex(index)
        if only_account:
            return
        self.name_edit.setText(str(values.get("name") or ""))
        self.iban_edit.setText(format_iban(str(values.get("iban") or "")))
        self.save_check.setChecked(bool(values.get("save")))

    def has_input(self) -> bool:
        return bool(self.name_edit.text().strip() or self.iban_edit.text().strip())

    def clear(self) -> None:
        self.name_edit.clear()
        self.iban_edit.clear()
        self.save_check.setChecked(False)
        self.beneficiary_combo.setCurrentIndex(0)
        self.save_check.setEnabled(True)
        for field in PAYEE_FIELDS:
            self.set_error(field, None)

    def retranslate(self) -> None:
        labels = {
            "creditor": translate("PaymentForm", "&To account:"),
            "beneficiary": translate("PaymentForm", "Saved pa&yee:"),
            "name": translate("PaymentForm", "Payee &name:"),
            "iban": translate("PaymentForm", "&IBAN:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
            widget = self.beneficiary_combo if key == "beneficiary" else self.inputs[key]
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.iban_edit.setPlaceholderText("AL00 0000 0000 0000 0000 0000 0000")
        self.iban_edit.setToolTip(
            translate("PaymentForm", "28 characters starting with AL, in groups of four")
        )
        self.save_check.setText(translate("PaymentForm", "Sa&ve as a beneficiary"))
        self.save_check.setAccessibleName(translate("PaymentForm", "Save as a beneficiary"))
        self._fill_beneficiaries()
