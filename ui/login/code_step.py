"""Second login step: the one-time code (FNP) sent by SMS, with its countdown and resend."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.api import BankError
from desktop.session import Session
from desktop.validation import is_otp
from ui.login.step import InvalidInput, LoginStep
from ui.widgets.alive import alive
from ui.widgets.otp_field import make_otp_edit

translate = QCoreApplication.translate


def mm_ss(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class CodeStep(LoginStep):
    """The SMS code. Signals: accepted(dict) with the session; restart() back to credentials."""

    accepted = Signal(dict)
    restart = Signal()
    help_topic = "otp"

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codeStep")
        self._session = session
        self._monotonic = monotonic
        self._challenge: dict[str, Any] = {}
        self._received_at = 0.0

        self.sent_label = QLabel(self)
        self.sent_label.setObjectName("otpSentLabel")
        self.sent_label.setWordWrap(True)
        self.otp_label = QLabel(self)
        self.otp_edit = make_otp_edit(self, "otpEdit")
        self.otp_label.setBuddy(self.otp_edit)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("otpCountdownLabel")
        self.resend_button = QPushButton(self)
        self.resend_button.setObjectName("resendOtpButton")
        self.resend_button.setEnabled(False)
        self.no_code_label = QLabel(self)
        self.no_code_label.setWordWrap(True)

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
        layout.addWidget(self.no_code_label)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_countdown)
        self.otp_edit.returnPressed.connect(self.submit)
        self.resend_button.clicked.connect(self.resend)
        self.retranslate()

    # --- challenge and countdown ----------------------------------------------------------------
    def set_challenge(self, challenge: dict[str, Any]) -> None:
        self._challenge = dict(challenge)
        self._received_at = self._monotonic()
        self.otp_edit.setMaxLength(int(challenge.get("otp_length", 6)))
        self.otp_edit.clear()
        self._timer.start()
        self.retranslate()
        self._update_countdown()

    def _elapsed(self) -> float:
        return self._monotonic() - self._received_at

    def expires_in(self) -> int:
        return int(self._challenge.get("expires_in", 0) - self._elapsed() + 0.999)

    def resend_in(self) -> int:
        return int(self._challenge.get("resend_after", 0) - self._elapsed() + 0.999)

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
        self._timer.stop()
        self.otp_edit.clear()

    # --- LoginStep --------------------------------------------------------------------------
    def title(self) -> str:
        return translate("CodeStep", "Enter the code from the SMS")

    def continue_text(self) -> str:
        return translate("CodeStep", "&Log in")

    def input_fields(self) -> list[QLineEdit]:
        return [self.otp_edit]

    @asyncSlot()
    async def submit(self) -> None:
        if not self.isEnabled():
            return  # a request is already on its way (Enter pressed twice)
        code = self.otp_edit.text()
        if not is_otp(code, self.otp_edit.maxLength()):
            self.otp_edit.setFocus()
            self.failed.emit(InvalidInput("otp_format", self.otp_edit))
            return
        self.busyChanged.emit(True)
        self.setEnabled(False)
        try:
            info = await self._session.submit_code(code)
        except BankError as error:
            if not alive(self):
                return  # the window closed while the bank answered
            self.setEnabled(True)
            self.otp_edit.clear()
            self.failed.emit(error)
            if error.code in ("user_blocked", "challenge_not_found"):
                self.stop()
                self.restart.emit()
            elif error.code == "otp_expired":
                self.resend_button.setFocus()
            else:
                self.otp_edit.setFocus()
            return
        except Exception as error:
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
        self.stop()
        self.accepted.emit(info)

    @asyncSlot()
    async def resend(self) -> None:
        self.busyChanged.emit(True)
        self.resend_button.setEnabled(False)
        try:
            challenge = await self._session.resend_code()
        except Exception as error:
            if not alive(self):
                return  # the window closed while the bank answered
            self.failed.emit(error)
            if isinstance(error, BankError) and error.code == "user_blocked":
                self.stop()
                self.restart.emit()
            self._update_countdown()
            return
        finally:
            if alive(self):
                self.busyChanged.emit(False)
        if not alive(self):
            return
        self.set_challenge(challenge)
        self.otp_edit.setFocus()

    def retranslate(self) -> None:
        # No-break spaces: a phone number is never split over two lines.
        phone = str(self._challenge.get("masked_phone", "")).replace(" ", "\u00a0")
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
        self.no_code_label.setText(
            translate(
                "CodeStep",
                "No SMS? Check the mobile signal and that the SMS inbox is not full, or restart "
                "the phone; then resend the code.",
            )
        )
        self._update_countdown()
