"""The new-payment form: kind, debtor account, payee, amount in the locale, description."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from desktop.api import BankError
from desktop.i18n import current_language
from desktop.messages import error_message
from desktop.money import format_money
from desktop.services.accounts import Account
from desktop.services.beneficiaries import Beneficiary
from desktop.services.payment_checks import check_amount
from desktop.services.payments import KINDS, FxRate, PaymentOrder, PaymentsService, ReviewedPayment
from ui.widgets.alive import alive
from ui.widgets.payee_fields import account_text, error_fields, fx_note, set_field_error
from ui.widgets.payment_form_view import PaymentFormView

translate = QCoreApplication.translate

FIELDS = ("debtor", "creditor", "name", "iban", "amount", "description")


class PaymentForm(PaymentFormView):
    """Signals: reviewed(object) with a ReviewedPayment whose figures came from the quote."""

    reviewed = Signal(object)

    def __init__(self, service: PaymentsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._accounts: list[Account] = []
        self._rates: dict[str, FxRate] = {}
        self._customer_name = ""
        self._closed = False
        self._busy = False
        self._pending_accounts: dict[str, Any] = {}

        self.kind_group.idToggled.connect(self._kind_toggled)
        self.debtor_combo.currentIndexChanged.connect(self._debtor_changed)
        self.payee.creditor_combo.currentIndexChanged.connect(self._show_fx)
        self.amount_edit.textEdited.connect(lambda: self._recheck_amount(only_if_shown=True))
        self.amount_edit.editingFinished.connect(lambda: self._recheck_amount(only_if_shown=False))
        edits = (self.payee.name_edit, self.payee.iban_edit, self.amount_edit)
        for edit in (*edits, self.description_edit):
            edit.returnPressed.connect(self._enter_pressed)
        self.continue_button.clicked.connect(self.review_now)
        self.after_midnight_button.clicked.connect(self.review_after_midnight)
        self.retranslate()
        self._kind_toggled()

    # --- data from the page -------------------------------------------------------------
    def set_accounts(self, accounts: list[Account]) -> None:
        chosen = self.debtor_combo.currentData()
        self._accounts = list(accounts)
        self.debtor_combo.blockSignals(True)
        self.debtor_combo.clear()
        for account in accounts:
            self.debtor_combo.addItem(account_text(account), account.id)
        # A draft restored before the accounts arrived names the accounts to choose.
        wanted = self._pending_accounts.get("debtor", chosen)
        self.debtor_combo.setCurrentIndex(max(0, self.debtor_combo.findData(wanted)))
        self.debtor_combo.blockSignals(False)
        self._debtor_changed()
        if accounts and self._pending_accounts:
            self.payee.restore(
                {"creditor": self._pending_accounts.get("creditor")}, only_account=True
            )
            self._pending_accounts = {}

    def set_beneficiaries(self, beneficiaries: list[Beneficiary]) -> None:
        self.payee.set_beneficiaries(beneficiaries)

    def set_rates(self, rates: dict[str, FxRate]) -> None:
        self._rates = dict(rates)
        self._show_fx()

    def set_customer_name(self, name: str) -> None:
        self._customer_name = name

    def set_cutoff(self, closed: bool) -> None:
        """From 21:00 Continue waits for midnight and says why; Send after midnight appears."""
        self._closed = closed
        self.after_midnight_button.setVisible(closed)
        self._set_busy(self._busy)
        self._explain_cutoff()

    def _set_busy(self, busy: bool) -> None:
        # Only the buttons wait for the quote: the cursor stays where the customer left it.
        self._busy = busy
        self.continue_button.setEnabled(not busy and not self._closed)
        self.after_midnight_button.setEnabled(not busy)

    def debtor(self) -> Account | None:
        return next((a for a in self._accounts if a.id == self.debtor_combo.currentData()), None)

    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kind_radios[kind].setChecked(True)

    # --- reacting to the customer -------------------------------------------------------
    def _kind_toggled(self, *_args: Any) -> None:
        own = self.kind() == "own"
        # Whole rows, so hidden ones leave no gap; then the payee hides its empty error lines.
        for key in ("creditor", "beneficiary", "name", "iban"):
            self._form.setRowVisible(self.labels[key], own == (key == "creditor"))
        self.payee.set_kind(self.kind())
        self._show_fx()

    def _debtor_changed(self, *_args: Any) -> None:
        debtor = self.debtor()
        self._show_available()
        self.payee.set_accounts(self._accounts, debtor.id if debtor else None)
        self._show_fx()
        self._set_error("debtor", None)

    def _show_available(self) -> None:
        debtor = self.debtor()
        if debtor is None:
            self.available_label.clear()
            self.currency_label.clear()
            return
        money = format_money(debtor.available, debtor.currency, current_language())
        self.available_label.setText(
            translate("PaymentForm", "Available: {amount}").format(amount=money)
        )
        self.currency_label.setText(debtor.currency)

    def _show_fx(self, *_args: Any) -> None:
        """Between own accounts of two currencies: the bank's rates before the review."""
        creditor = self.payee.creditor_account() if self.kind() == "own" else None
        note = fx_note(self.debtor(), creditor, self._rates, current_language())
        self.fx_label.setText(note)
        self.fx_label.setVisible(bool(note))

    def _recheck_amount(self, *, only_if_shown: bool) -> None:
        if only_if_shown and not self.errors["amount"].isVisible():
            return
        if not self.amount_edit.text().strip():
            self._set_error("amount", None)
            return
        _amount, code = check_amount(self.amount_edit.text(), current_language())
        self._set_error("amount", BankError(code) if code else None)

    def _enter_pressed(self) -> None:
        if self._closed:
            self.after_midnight_button.click()
        else:
            self.continue_button.click()

    # --- errors -------------------------------------------------------------------------
    def _set_error(self, field: str, error: BaseException | None) -> None:
        set_field_error(self.errors[field], self.inputs[field], error)

    def error_text(self, field: str) -> str:
        """What the error line of `field` says ("form" for the line under the form)."""
        label = self.errors.get(field, self.form_error)
        return label.accessibleDescription() if label.isVisible() else ""

    def show_error(self, error: BaseException) -> None:
        """A refusal of the server: next to its field when it has one, else under the form."""
        self.form_error.clear_message()
        fields = error_fields(error, own=self.kind() == "own")
        for field, field_error in fields.items():
            self._set_error(field, field_error)
        if fields:
            first = next(f for f in FIELDS if f in fields)
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form_error.show_message(functools.partial(error_message, error))

    def clear_errors(self) -> None:
        for field in FIELDS:
            self._set_error(field, None)
        self.form_error.clear_message()

    # --- the order ----------------------------------------------------------------------
    def _checked_order(self, schedule: str) -> PaymentOrder | None:
        """The order when every field passes this computer's checks; else errors shown."""
        debtor = self.debtor()
        iban, name, problems = self.payee.payee(self._customer_name)
        if debtor is None:
            problems["debtor"] = BankError("debtor_account_missing")
        amount, code = check_amount(self.amount_edit.text(), current_language())
        if code:
            problems["amount"] = BankError(code)
        for field in FIELDS:
            self._set_error(field, problems.get(field))
        if problems or debtor is None or amount is None:
            first = next(f for f in FIELDS if f in problems)
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return PaymentOrder(
            debtor_account_id=debtor.id,
            creditor_iban=iban,
            creditor_name=name,
            amount=amount,
            currency=debtor.currency,
            description=self.description_edit.text().strip(),
            schedule=schedule,
        )

    @asyncSlot()
    async def review_now(self) -> None:
        await self._review("now")

    @asyncSlot()
    async def review_after_midnight(self) -> None:
        await self._review("after_window")

    async def _review(self, schedule: str) -> None:
        if self._busy or (schedule == "now" and self._closed):
            return
        self.form_error.clear_message()
        order = self._checked_order(schedule)
        debtor = self.debtor()
        if order is None or debtor is None:
            return
        self._set_busy(True)
        try:
            quote = await self._service.quote(order)
        except Exception as error:
            if alive(self):
                self.show_error(error)
            return
        finally:
            if alive(self):
                self._set_busy(False)
        if alive(self):
            reviewed = ReviewedPayment(order, quote, debtor, self.payee.save_wanted())
            self.reviewed.emit(reviewed)

    # --- drafts -------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the customer typed and chose (never a code), for a draft."""
        return {
            "kind": self.kind(),
            "debtor": self.debtor_combo.currentData(),
            "amount": self.amount_edit.text(),
            "description": self.description_edit.text(),
            **self.payee.values(),
        }

    def has_input(self) -> bool:
        typed = self.amount_edit.text().strip() or self.description_edit.text().strip()
        return bool(typed) or self.payee.has_input()

    def restore(self, values: dict[str, Any]) -> None:
        kind = str(values.get("kind") or "own")
        self.set_kind(kind if kind in KINDS else "own")
        index = self.debtor_combo.findData(values.get("debtor"))
        if index >= 0:
            self.debtor_combo.setCurrentIndex(index)
        else:
            self._pending_accounts = {k: values.get(k) for k in ("debtor", "creditor")}
        self.payee.restore(values)
        self.amount_edit.setText(str(values.get("amount") or ""))
        self.description_edit.setText(str(values.get("description") or ""))

    def clear(self) -> None:
        """After a payment: the payee and amount go; the kind and accounts stay."""
        self.payee.clear()
        self.amount_edit.clear()
        self.description_edit.clear()
        self.clear_errors()

    def focus_first(self) -> None:
        checked = self.kind_group.checkedButton()
        (checked or self.debtor_combo).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- language -----------------------------------------------------------------------
    def _explain_cutoff(self) -> None:
        why = ""
        if self._closed:
            why = translate(
                "PaymentForm",
                "Transfers are closed from 21:00 until midnight for the daily update. Use Send "
                "after midnight, or come back at 00:00.",
            )
        self.continue_button.setToolTip(why)
        self.continue_button.setAccessibleDescription(why)

    def retranslate(self) -> None:
        """The view's fixed texts, then those that follow the cutoff, debtor and rates."""
        super().retranslate()
        self._explain_cutoff()
        self._show_available()
        self._show_fx()
