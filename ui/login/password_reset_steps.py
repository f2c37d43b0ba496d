"""Forgot password in the login window: login ID, then the SMS code and a new password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from qasync import asyncSlot

from desktop.services.enrollment import Challenge, EnrollmentService
from desktop.validation import CUSTOMER_NUMBER, LOGIN_ID_PREFIX, is_login_id, normalize_login_id
from ui.login.registration_steps import CodePasswordStep
from ui.login.step import InvalidInput, LoginStep
from ui.widgets.alive import alive

translate = QCoreApplication.translate


class PasswordResetStartStep(LoginStep):
    """The login ID of a customer who forgot the password. Signals: codeSent(object, str)."""

    codeSent = Signal(object, str)
    help_topic = "forgot_password"

    def __init__(self, enrollment: EnrollmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordResetStep")
        self._enrollment = enrollment
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.login_id_label = QLabel(self)
        self.login_id_edit = QLineEdit(self)
        self.login_id_edit.setObjectName("resetLoginIdEdit")
        self.login_id_edit.setMaxLength(10)
        self.login_id_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(LOGIN_ID_PREFIX), self.login_id_edit)
        )
        self.login_id_label.setBuddy(self.login_id_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.login_id_label, self.login_id_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.login_id_edit.returnPressed.connect(self.submit)
        self.login_id_edit.textEdited.connect(self._uppercase_letters)
        self.retranslate()

    def _uppercase_letters(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.login_id_edit.cursorPosition()
            self.login_id_edit.setText(upper)
            self.login_id_edit.setCursorPosition(position)

    def title(self) -> str:
        return translate("PasswordResetSteps", "Forgot your password?")

    def continue_text(self) -> str:
        return translate("PasswordResetSteps", "&Send the code")

    def input_fields(self) -> list[QLineEdit]:
        return [self.login_id_edit]

    def set_login_id(self, login_id: str) -> None:
        """Starts from what the customer already typed on the login step."""
        self.login_id_edit.setText(login_id)

    @asyncSlot()
    async def submit(self) -> None:
        if not self.isEnabled():
            return
        login_id = normalize_login_id(self.login_id_edit.text())
        if not is_login_id(login_id):
            self.login_id_edit.setFocus()
            self.failed.emit(InvalidInput("login_id_format", self.login_id_edit))
            return
        self.busyChanged.emit(True)
        self.setEnabled(False)
        try:
            challenge = await self._enrollment.start_reset(login_id)
        except Exception as error:  # user_blocked and contact_call_center name the Call Center
            if alive(self):  # else the window closed while the bank answered
                self.setEnabled(True)
                self.failed.emit(error)
                self.login_id_edit.selectAll()
                self.login_id_edit.setFocus()
            return
        finally:
            if alive(self):
                self.busyChanged.emit(False)
        if not alive(self):
            return
        self.setEnabled(True)
        self.codeSent.emit(challenge, login_id)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "PasswordResetSteps",
                "Enter your customer number or the personal number of your ID card. We send a "
                "one-time code (FNP) to the mobile number registered with the bank, then you "
                "choose a new password.",
            )
        )
        self.login_id_label.setText(
            translate("PasswordResetSteps", "C&ustomer number or personal number")
        )
        self.login_id_edit.setPlaceholderText(
            translate("PasswordResetSteps", "e.g. 123456789 or J12345678A")
        )
        self.login_id_edit.setAccessibleName(
            translate("PasswordResetSteps", "Customer number or personal number")
        )


class PasswordResetCompleteStep(CodePasswordStep):
    """The reset code and the new password; done(str) with the login ID the customer used."""

    help_topic = "forgot_password"

    def __init__(self, enrollment: EnrollmentService, parent: QWidget | None = None) -> None:
        super().__init__(enrollment, parent)
        self.setObjectName("passwordResetCodeStep")

    def set_challenge_for(self, challenge: Challenge, login_id: str) -> None:
        """The customer number is known only when the customer typed it (not a personal ID)."""
        number = login_id if CUSTOMER_NUMBER.match(login_id) else None
        self.set_challenge(challenge, login_id, number)

    async def complete(self, challenge_id: str, otp: str, new_password: str) -> str:
        await self._enrollment.complete_reset(challenge_id, otp, new_password)
        return self._login_id

    def title(self) -> str:
        return translate("PasswordResetSteps", "Enter the code and choose a new password")

    def continue_text(self) -> str:
        return translate("PasswordResetSteps", "Set the new &password")
