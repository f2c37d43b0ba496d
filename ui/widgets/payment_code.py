"""The code step of a payment: what the SMS must name, the code, countdown, resend, confirm.

A lost answer to the confirmation never turns into "failed" or a second payment: the step says
it is checking, asks the bank for the payment's status and shows what really happened.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from desktop.api import BankError
from desktop.i18n import current_language
from desktop.messages import payment_error_message
from desktop.money import format_money
from desktop.services.payments import (
    Challenge,
    Outcome,
    PaymentsService,
    ReviewedPayment,
    is_connection_lost,
)
from desktop.validation import is_otp
from ui.widgets.alive import alive
from ui.widgets.payment_code_view import PaymentCodeView

translate = QCoreApplication.translate

# Refusals after a right code: the bank ended the payment `rejected` for this reason.
REJECTED_AFTER_CODE = ("insufficient_funds", "daily_limit_exceeded", "cutoff_window")


def mm_ss(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class PaymentCode(PaymentCodeView):
    """The code step of one payment.

    Signals:
    finished(object, object): the ReviewedPayment (its `outcome` set) and the refusal, if any.
    ended(): the payment was cancelled or is no longer pending; back to the form.
    restart(object): the code expired; the ReviewedPayment to review again with a new key.
    """

    finished = Signal(object, object)
    ended = Signal()
    restart = Signal(object)

    def __init__(
        self,
        service: PaymentsService,
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._monotonic = monotonic
        self._reviewed: ReviewedPayment | None = None
        self._challenge: Challenge | None = None
        self._received_at = 0.0
        self._busy = False
        self._focus_after: QWidget | None = None

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_countdown)
        self.otp_edit.returnPressed.connect(self.confirm)
        self.confirm_button.clicked.connect(self.confirm)
        self.resend_button.clicked.connect(self.resend)
        self.cancel_button.clicked.connect(self.cancel)
        self.check_again_button.clicked.connect(self.check_again)
        self.start_again_button.clicked.connect(self._start_again)
        self.retranslate()

    # --- the challenge ------------------------------------------------------------------
    def start(self, reviewed: ReviewedPayment) -> None:
        assert reviewed.created is not None
        self._reviewed = reviewed
        self.error_label.clear_message()
        self.status_label.clear_message()
        self._show_actions(confirm=True)
        self._set_challenge(reviewed.created.challenge)
        self.otp_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_challenge(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self._received_at = self._monotonic()
        self.otp_edit.setMaxLength(challenge.otp_length)
        self.otp_edit.clear()
        self._timer.start()
        self.retranslate()

    def stop(self) -> None:
        self._timer.stop()
        self.otp_edit.clear()

    def _elapsed(self) -> float:
        return self._monotonic() - self._received_at

    def expires_in(self) -> int:
        total = self._challenge.expires_in if self._challenge else 0
        return int(total - self._elapsed() + 0.999)

    def resend_in(self) -> int:
        total = self._challenge.resend_after if self._challenge else 0
        return int(total - self._elapsed() + 0.999)

    def _update_countdown(self) -> None:
        left = self.expires_in()
        if left > 0:
            text = translate("PaymentCode", "The code is valid for {time}.").format(
                time=mm_ss(left)
            )
        else:
            text = translate("PaymentCode", "The code has expired. Press Resend the code.")
        self.countdown_label.setText(text)
        wait = self.resend_in()
        self.resend_button.setEnabled(
            wait <= 0 and not self._busy and self.confirm_button.isVisible()
        )
        if wait > 0:
            self.resend_button.setText(
                translate("PaymentCode", "&Resend the code ({seconds} s)").format(seconds=wait)
            )
        else:
            self.resend_button.setText(translate("PaymentCode", "&Resend the code"))

    def _show_actions(
        self, *, confirm: bool = False, check: bool = False, again: bool = False
    ) -> None:
        """Which way forward the step offers: confirm, check the status again, or start again."""
        self.confirm_button.setVisible(confirm)
        self.otp_edit.setEnabled(confirm)
        # Once the payment can no longer be confirmed, its code and countdown mean nothing.
        self.countdown_label.setVisible(confirm)
        self.resend_button.setVisible(confirm)
        if not confirm and not check:
            self.otp_edit.clear()
        self.check_again_button.setVisible(check)
        self.start_again_button.setVisible(again)
        self.cancel_button.setVisible(confirm)
        self._update_countdown()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.confirm_button, self.cancel_button, self.check_again_button):
            button.setEnabled(not busy)
        self._update_countdown()
        if not busy and self._focus_after is not None:
            self._focus_after.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_after = None

    def _focus(self, widget: QWidget) -> None:
        """Focus now, or once the request ends (a disabled button cannot take the focus)."""
        if self._busy:
            self._focus_after = widget
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fail(self, error: BaseException) -> None:
        self.error_label.show_message(functools.partial(payment_error_message, error))

    # --- confirming ---------------------------------------------------------------------
    @asyncSlot()
    async def confirm(self) -> None:
        reviewed = self._reviewed
        if reviewed is None or reviewed.created is None or self._busy:
            return
        if not self.confirm_button.isVisible():
            return
        code = self.otp_edit.text()
        if not is_otp(code, self.otp_edit.maxLength()):
            self._fail(BankError("otp_format"))
            self._focus(self.otp_edit)
            return
        self.error_label.clear_message()
        self._set_busy(True)
        try:
            outcome = await self._service.confirm(reviewed.created.id, code)
        except Exception as error:
            if not alive(self):
                return
            if is_connection_lost(error):
                await self._check_status(reviewed)
            else:
                await self._refused(reviewed, error)
            return
        finally:
            if alive(self):
                self._set_busy(False)
        if alive(self):
            self._finish(reviewed, outcome, None)

    async def _refused(self, reviewed: ReviewedPayment, error: BaseException) -> None:
        code = error.code if isinstance(error, BankError) else ""
        if code in REJECTED_AFTER_CODE:
            # A right code, then refused: the bank ended the payment; the result says why.
            self._finish(reviewed, Outcome(status="rejected", error_code=code), error)
            return
        self._fail(error)
        if code == "invalid_otp":
            self.otp_edit.clear()
            self._focus(self.otp_edit)
        elif code == "otp_expired":
            self._show_actions(again=True)
            self._focus(self.start_again_button)
        elif code == "payment_not_pending":
            # Ended elsewhere (cancelled, expired, or confirmed in another window): ask the bank.
            await self._check_status(reviewed, after_not_pending=True)
        elif code == "user_blocked":
            self._show_actions()
        else:
            self._focus(self.otp_edit)

    @asyncSlot()
    async def check_again(self) -> None:
        if self._reviewed is not None and not self._busy:
            self._set_busy(True)
            try:
                await self._check_status(self._reviewed)
            finally:
                if alive(self):
                    self._set_busy(False)

    async def _check_status(
        self, reviewed: ReviewedPayment, *, after_not_pending: bool = False
    ) -> None:
        """Asks the bank what became of the payment and shows that, never a guess."""
        assert reviewed.created is not None
        if not after_not_pending:
            self.error_label.clear_message()
            self.status_label.show_message(
                lambda: translate(
                    "PaymentCode",
                    "The connection was interrupted while confirming. Checking with the bank "
                    "whether the payment was made…",
                )
            )
        try:
            payment = await self._service.payment(reviewed.created.id)
        except Exception:
            if alive(self):
                self.status_label.clear_message()
                self._fail(BankError("payment_status_unknown"))
                self._show_actions(check=True)
                self._focus(self.check_again_button)
            return
        if not alive(self):
            return
        self.status_label.clear_message()
        outcome = Outcome.from_payment(payment)
        if payment.status in ("executed", "scheduled", "rejected"):
            self._finish(reviewed, outcome, None)
        elif payment.status == "awaiting_otp":
            # The code never reached the bank: the same code can be sent again.
            self._fail(BankError("confirmation_lost"))
            self._show_actions(confirm=True)
            self._focus(self.otp_edit)
        elif payment.status == "expired":
            self._fail(BankError("payment_otp_expired"))
            self._show_actions(again=True)
            self._focus(self.start_again_button)
        else:
            self._fail(BankError("payment_not_pending"))
            self._show_actions(again=True)
            self._focus(self.start_again_button)

    def _finish(
        self, reviewed: ReviewedPayment, outcome: Outcome, error: BaseException | None
    ) -> None:
        self.stop()
        reviewed.outcome = outcome
        self.finished.emit(reviewed, error)

    def _start_again(self) -> None:
        if self._reviewed is not None:
            self.stop()
            self.restart.emit(self._reviewed)

    # --- resend and cancel --------------------------------------------------------------
    @asyncSlot()
    async def resend(self) -> None:
        challenge = self._challenge
        if challenge is None or self._busy:
            return
        self._set_busy(True)
        try:
            fresh = await self._service.resend_code(challenge.challenge_id)
        except Exception as error:
            if alive(self):
                self._fail(error)
            return
        finally:
            if alive(self):
                self._set_busy(False)
        if alive(self):
            self.error_label.clear_message()
            self._set_challenge(fresh)
            self._focus(self.otp_edit)

    @asyncSlot()
    async def cancel(self) -> None:
        """Cancels the payment at the bank (nothing was held) and returns to the form."""
        reviewed = self._reviewed
        if reviewed is None or reviewed.created is None or self._busy:
            return
        self._set_busy(True)
        try:
            await self._service.cancel(reviewed.created.id)
        except BankError as error:
            if alive(self) and error.code == "payment_not_pending":
                await self._check_status(reviewed, after_not_pending=True)
                return
            if alive(self) and error.code != "payment_not_found":
                self._fail(error)
                return
        except Exception as error:
            if alive(self):
                self._fail(error)
            return
        finally:
            if alive(self):
                self._set_busy(False)
        if alive(self):
            self.stop()
            self.ended.emit()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """The view's fixed texts, then what the SMS must name and the countdown."""
        super().retranslate()
        reviewed, challenge = self._reviewed, self._challenge
        if reviewed is not None and challenge is not None:
            quote = reviewed.quote
            money = format_money(quote.amount, quote.currency, current_language())
            phone = challenge.masked_phone.replace(" ", "\u00a0")
            self.check_label.setText(
                translate(
                    "PaymentCode",
                    "We sent a code (FNP) by SMS to {phone}. Check that the SMS names {amount} "
                    "and {payee} before entering the code. If it names another amount or payee, "
                    "do not enter it: press Cancel the payment and call the Call Center.",
                ).format(phone=phone, amount=money, payee=quote.creditor_name)
            )
        self._update_countdown()
