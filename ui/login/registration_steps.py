"""Registration in the login window: customer number, then the SMS code and the first password."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.api import BankError
from desktop.services.enrollment import Challenge, EnrollmentService
from desktop.validation import CUSTOMER_NUMBER, is_otp
from ui.login.code_step import mm_ss
from ui.login.step import InvalidInput, LoginStep
from ui.widgets.alive import alive
from ui.widgets.otp_field import make_otp_edit
from ui.widgets.password_rules import PasswordRules

translate = QCoreApplication.translate

#: Codes after which the code step cannot go on: the customer starts again from the login window.
RESTART_CODES = frozenset({"user_blocked", "challenge_not_found"})


class CodePasswordStep(LoginStep):
    """The SMS code (masked phone, countdown, resend, as on the login code step) and a new password.

    A refused password keeps the code: the customer fixes the password and sends the same code.
    Signals: done(str) with the login ID to log in with; restart() to go back (error kept).
    """

    done = Signal(str)
    restart = Signal()

    def __init__(
        self,
        enrollment: EnrollmentService,
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._enrollment = enrollment
        self._monotonic = monotonic
        self._challenge: Challenge | None = None
        self._login_id = ""
        self._received_at = 0.0

        self.sent_label = QLabel(self)
        self.sent_label.setObjectName("otpSentLabel")
        self.sent_label.setWordWrap(True)
        self.otp_label = QLabel(self)
        # The same names as the login code step: acceptance checks find "the code field".
        self.otp_edit = make_otp_edit(self, "otpEdit")
        self.otp_label.setBuddy(self.otp_edit)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("otpCountdownLabel")
        self.resend_button = QPushButton(self)
        self.resend_button.setObjectName("resendOtpButton")
        self.resend_button.setEnabled(False)
        self.separator = QFrame(self)
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.rules = PasswordRules(self)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.otp_label, self.otp_edit)
        row = QHBoxLayout()
        row.addWidget(self.countdown_label, 1)
        row.addWidget(self.resend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sent_label)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.separator)
        layout.addWidget(self.rules)
        layout.addStretch(1)

        # Reading order: the code, Send again (skipped while disabled), the new password.
        QWidget.setTabOrder(self.otp_edit, self.resend_button)
        QWidget.setTabOrder(self.resend_button, self.rules.new_edit)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_countdown)
        self.otp_edit.returnPressed.connect(self._enter_in_code)
        self.rules.submitted.connect(self.submit)
        self.resend_button.clicked.connect(self.resend)
        self.retranslate()

    # --- what the flow does differently -----------------------------------------------------
    async def complete(self, challenge_id: str, otp: str, new_password: str) -> str:
        """Sends code and password; answers the login ID to log in with afterwards."""
        raise NotImplementedError

    # --- challenge and countdown --------------------------------------------------------------
    def set_challenge(
        self, challenge: Challenge, login_id: str, customer_number: str | None
    ) -> None:
        """A code was sent for `login_id`; a new password starts empty."""
        self._login_id = login_id
        self.rules.clear()
        self.rules.set_customer_number(customer_number)
        self.otp_edit.clear()
        self._take(challenge)

    def _take(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self._received_at = self._monotonic()
        self.otp_edit.setMaxLength(challenge.otp_length)
        self._timer.start()
        self.retranslate()

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
            self.countdown_label.setText(
                translate("CodeStep", "The code is valid for {time}.").format(time=mm_ss(left))
            )
        else:
            self.countdown_label.setText(
                translate("CodeStep", "The code has expired. Ask for a new one.")
            )
        wait = self.resend_in()
        self.resend_button.setEnabled(wait <= 0)
        if wait > 0:
            self.resend_button.setText(
                translate("CodeStep", "&Resend the code ({seconds} s)").format(seconds=wait)
            )
        else:
            self.resend_button.setText(translate("CodeStep", "&Resend the code"))
        self.resend_button.setAccessibleName(translate("CodeStep", "Resend the code"))

    def stop(self) -> None:
        """Leaves the step: nothing secret stays in its fields."""
        self._timer.stop()
        self._challenge = None
        self.otp_edit.clear()
        self.rules.clear()

    # --- LoginStep --------------------------------------------------------------------------
    def input_fields(self) -> list[QLineEdit]:
        return [self.otp_edit, *self.rules.input_fields()]

    def _enter_in_code(self) -> None:
        # Enter after the code moves on to the password, unless it is already typed.
        if self.rules.password():
            self.submit()
        else:
            self.rules.new_edit.setFocus()

    @asyncSlot()
    async def submit(self) -> None:
        if not self.isEnabled() or self._challenge is None:
            return  # a request is already on its way (Enter pressed twice)
        code = self.otp_edit.text()
        problem = None
        if not is_otp(code, self.otp_edit.maxLength()):
            problem = InvalidInput("otp_format", self.otp_edit)
        elif (rules_problem := self.rules.problem()) is not None:
            problem = InvalidInput(*rules_problem)
        if problem is not None:
            problem.field.setFocus()
            self.failed.emit(problem)
            return
        self.busyChanged.emit(True)
        self.setEnabled(False)
        try:
            login_id = await self.complete(
                self._challenge.challenge_id, code, self.rules.password()
            )
        except BankError as error:
            if alive(self):  # else the window closed while the bank answered
                self.setEnabled(True)
                self._refused(error)
            return
        except Exception as error:  # never a traceback on screen: the general error
            if alive(self):
                self.setEnabled(True)
                self.failed.emit(error)
            return
        finally:
            if alive(self):
                self.busyChanged.emit(False)
        if not alive(self):
            return
        self.setEnabled(True)
        self.rules.mark_accepted()
        self.stop()
        self.done.emit(login_id)

    def _refused(self, error: BankError) -> None:
        if self.rules.show_refusal(error):
            # Said next to the field. The code was not used up: it stays for the next try.
            self.rules.new_edit.selectAll()
            self.rules.new_edit.setFocus()
            return
        self.failed.emit(error)
        if error.code in RESTART_CODES:
            self.stop()
            self.restart.emit()
        elif error.code == "otp_expired":
            self.otp_edit.clear()
            self.resend_button.setFocus()
        else:
            self.otp_edit.clear()
            self.otp_edit.setFocus()

    @asyncSlot()
    async def resend(self) -> None:
        if self._challenge is None:
            return
        self.busyChanged.emit(True)
        self.resend_button.setEnabled(False)
        try:
            challenge = await self._enrollment.resend(self._challenge.challenge_id)
        except Exception as error:
            if not alive(self):
                return  # the window closed while the bank answered
            self.failed.emit(error)
            if isinstance(error, BankError) and error.code in RESTART_CODES:
                self.stop()
                self.restart.emit()
            self._update_countdown()
            return
        finally:
            if alive(self):
                self.busyChanged.emit(False)
        if not alive(self):
            return
        self.otp_edit.clear()
        self._take(challenge)
        self.otp_edit.setFocus()

    def retranslate(self) -> None:
        # No-break spaces: the masked number is never split over two lines.
        phone = (self._challenge.masked_phone if self._challenge else "").replace(" ", "\u00a0")
        self.sent_label.setText(
            translate(
                "CodeStep",
                "We sent a one-time code (FNP) by SMS to your mobile {phone}. Enter it below.",
            ).format(phone=phone)
        )
        self.otp_label.setText(translate("CodeStep", "&Code (FNP)"))
        self.otp_edit.setAccessibleName(translate("CodeStep", "One-time code from the SMS"))
        self.otp_edit.setAccessibleDescription(
            translate("CodeStep", "{digits} digits").format(digits=self.otp_edit.maxLength())
        )
        self._update_countdown()


class RegistrationStartStep(LoginStep):
    """The customer number of a customer who wants to register. Signals: codeSent(object, str)."""

    codeSent = Signal(object, str)
    help_topic = "registration"

    def __init__(self, enrollment: EnrollmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationStep")
        self._enrollment = enrollment
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.number_label = QLabel(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("registrationCustomerNumberEdit")
        self.number_edit.setMaxLength(9)
        self.number_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,9}$"), self.number_edit)
        )
        self.number_label.setBuddy(self.number_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.number_label, self.number_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.number_edit.returnPressed.connect(self.submit)
        self.retranslate()

    def title(self) -> str:
        return translate("RegistrationSteps", "Register for the Internet Branch")

    def continue_text(self) -> str:
        return translate("RegistrationSteps", "&Send the code")

    def input_fields(self) -> list[QLineEdit]:
        return [self.number_edit]

    def reset(self) -> None:
        self.number_edit.clear()

    @asyncSlot()
    async def submit(self) -> None:
        if not self.isEnabled():
            return
        number = self.number_edit.text().strip()
        if not CUSTOMER_NUMBER.match(number):
            self.number_edit.setFocus()
            self.failed.emit(InvalidInput("customer_number_format", self.number_edit))
            return
        self.busyChanged.emit(True)
        self.setEnabled(False)
        try:
            challenge = await self._enrollment.start_registration(number)
        except Exception as error:  # not_eligible, already_registered, … each its own message
            if alive(self):  # else the window closed while the bank answered
                self.setEnabled(True)
                self.failed.emit(error)
                self.number_edit.selectAll()
                self.number_edit.setFocus()
            return
        finally:
            if alive(self):
                self.busyChanged.emit(False)
        if not alive(self):
            return
        self.setEnabled(True)
        self.codeSent.emit(challenge, number)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "RegistrationSteps",
                "You can register if you are an individual customer of the bank, have signed the "
                "Retail Banking Agreement (KSHBI) version 002 or higher, and have a mobile number "
                "registered with the bank. We send a one-time code (FNP) to that mobile, then "
                "you choose your password.",
            )
        )
        self.number_label.setText(translate("RegistrationSteps", "C&ustomer number"))
        self.number_edit.setPlaceholderText(translate("RegistrationSteps", "9 digits"))
        self.number_edit.setAccessibleName(translate("RegistrationSteps", "Customer number"))
        self.number_edit.setAccessibleDescription(
            translate("RegistrationSteps", "The 9-digit customer number of your agreement.")
        )


class RegistrationCompleteStep(CodePasswordStep):
    """The registration code and the first password; done(str) with the customer number."""

    help_topic = "registration"

    def __init__(self, enrollment: EnrollmentService, parent: QWidget | None = None) -> None:
        super().__init__(enrollment, parent)
        self.setObjectName("registrationCodeStep")

    async def complete(self, challenge_id: str, otp: str, new_password: str) -> str:
        return await self._enrollment.complete_registration(challenge_id, otp, new_password)

    def title(self) -> str:
        return translate("RegistrationSteps", "Enter the code and choose your password")

    def continue_text(self) -> str:
        return translate("RegistrationSteps", "Create the &password")
