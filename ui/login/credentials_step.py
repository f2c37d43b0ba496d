"""First login step: customer number (or personal number) and password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from qasync import asyncSlot

from desktop.api import BankError
from desktop.secrets import RememberedLogin
from desktop.session import Session
from desktop.validation import LOGIN_ID_PREFIX, is_login_id, normalize_login_id
from ui.login.step import InvalidInput, LoginStep
from ui.widgets.alive import alive

translate = QCoreApplication.translate


class CredentialsStep(LoginStep):
    """Login ID and password. Signals: codeSent(dict) with the challenge of the code step."""

    codeSent = Signal(dict)
    help_topic = "login"

    def __init__(
        self, session: Session, remembered: RememberedLogin, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._remembered = remembered
        self.setObjectName("credentialsStep")

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.login_id_edit = QLineEdit(self)
        self.login_id_edit.setObjectName("loginIdEdit")
        self.login_id_edit.setMaxLength(10)
        self.login_id_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(LOGIN_ID_PREFIX), self.login_id_edit)
        )
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(128)
        self.remember_check = QCheckBox(self)
        self.remember_check.setObjectName("rememberLoginIdCheck")

        self.login_id_label = QLabel(self)
        self.login_id_label.setBuddy(self.login_id_edit)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password_edit)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.login_id_label, self.login_id_edit)
        form.addRow(self.password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.remember_check)
        layout.addStretch(1)

        # Keyboard-only login: Tab goes straight from the login ID to the password (UI.md).
        QWidget.setTabOrder(self.login_id_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_check)
        self.login_id_edit.returnPressed.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        self.login_id_edit.textEdited.connect(self._uppercase_letters)
        self.remember_check.toggled.connect(self._remember_toggled)

        # The keyring is asked after the window is on screen (prefill_remembered): finding the
        # system's keyring takes a noticeable moment at start.
        self._keyring_available = True
        self.retranslate()

    # --- remembered login ID ---------------------------------------------------------------
    def prefill_remembered(self) -> None:
        """Fills in the remembered login ID (if any) and moves on to the password."""
        self._keyring_available = self._remembered.available
        self.retranslate()
        if not self._keyring_available:
            self.remember_check.setEnabled(False)
            return
        remembered = self._remembered.load()
        if remembered and not self.login_id_edit.text():
            self.login_id_edit.setText(remembered)
            self.remember_check.blockSignals(True)
            self.remember_check.setChecked(True)
            self.remember_check.blockSignals(False)
            if self.login_id_edit.hasFocus():
                self.password_edit.setFocus()

    def _remember_toggled(self, checked: bool) -> None:
        if not checked:
            self._remembered.forget()  # unticking forgets at once, not at the next login

    def focus_first(self) -> None:
        # With a remembered ID the customer only has the password left to type.
        if self.login_id_edit.text() and self.remember_check.isChecked():
            self.password_edit.setFocus()
        else:
            self.login_id_edit.setFocus()

    def _uppercase_letters(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.login_id_edit.cursorPosition()
            self.login_id_edit.setText(upper)
            self.login_id_edit.setCursorPosition(position)

    # --- LoginStep --------------------------------------------------------------------------
    def title(self) -> str:
        return translate("CredentialsStep", "Log in to the Internet Branch")

    def continue_text(self) -> str:
        return translate("CredentialsStep", "&Continue")

    def input_fields(self) -> list[QLineEdit]:
        return [self.login_id_edit, self.password_edit]

    def can_go_back(self) -> bool:
        return False

    def reset(self) -> None:
        """Back to the start of a login: the password is never kept."""
        self.password_edit.clear()

    @asyncSlot()
    async def submit(self) -> None:
        if not self.isEnabled():
            return  # a request is already on its way (Enter pressed twice)
        login_id = normalize_login_id(self.login_id_edit.text())
        password = self.password_edit.text()
        try:
            if not is_login_id(login_id):
                raise InvalidInput("login_id_format", self.login_id_edit)
            if not password:
                raise InvalidInput("password_missing", self.password_edit)
        except InvalidInput as problem:
            problem.field.setFocus()
            self.failed.emit(problem)
            return
        self.busyChanged.emit(True)
        self.setEnabled(False)
        try:
            challenge: dict[str, Any] = await self._session.start_login(login_id, password)
        except BankError as error:
            if not alive(self):
                return  # the window closed while the bank answered
            self.failed.emit(error)
            self.setEnabled(True)
            if error.code in ("invalid_credentials", "user_blocked"):
                self.password_edit.clear()
            self.password_edit.setFocus()
            return
        except Exception as error:  # never a traceback on screen: the general error
            if alive(self):
                self.failed.emit(error)
                self.setEnabled(True)
            return
        finally:
            if alive(self):
                self.busyChanged.emit(False)
        if not alive(self):
            return
        self.setEnabled(True)
        if self.remember_check.isChecked():
            self._remembered.save(login_id)
        self.password_edit.clear()
        self.codeSent.emit(challenge)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "CredentialsStep",
                "Enter your customer number (9 digits) or the personal number of your ID card, "
                "and your password. A one-time code (FNP) will then be sent to your mobile.",
            )
        )
        self.login_id_label.setText(
            translate("CredentialsStep", "C&ustomer number or personal number")
        )
        self.password_label.setText(translate("CredentialsStep", "&Password"))
        self.login_id_edit.setPlaceholderText(
            translate("CredentialsStep", "e.g. 123456789 or J12345678A")
        )
        self.login_id_edit.setAccessibleName(
            translate("CredentialsStep", "Customer number or personal number")
        )
        self.login_id_edit.setAccessibleDescription(
            translate(
                "CredentialsStep",
                "The 9-digit customer number, or the personal number of the ID card: a letter, "
                "8 digits and a letter.",
            )
        )
        self.password_edit.setAccessibleName(translate("CredentialsStep", "Password"))
        self.remember_check.setText(
            translate("CredentialsStep", "&Remember my customer number on this computer")
        )
        self.remember_check.setAccessibleName(
            translate("CredentialsStep", "Remember my customer number on this computer")
        )
        if self._keyring_available:
            self.remember_check.setToolTip(
                translate(
                    "CredentialsStep",
                    "Only the customer number is kept, in the system keyring. Never the password.",
                )
            )
        else:
            self.remember_check.setToolTip(
                translate(
                    "CredentialsStep",
                    "This computer has no system keyring, so the customer number cannot be "
                    "remembered.",
                )
            )
