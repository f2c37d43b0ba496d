"""The code step's widgets, layout and fixed texts; PaymentCode gives them their behaviour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.info_label import InfoLabel
from ui.widgets.otp_field import make_otp_edit

translate = QCoreApplication.translate


class PaymentCodeView(QWidget):
    """What the code step shows; the subclass calls retranslate() once its state exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentCode")
        self.title = QLabel(self)
        make_heading(self.title, 1.1)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("paymentSmsCheckLabel")
        self.check_label.setWordWrap(True)
        self.otp_label = QLabel(self)
        self.otp_edit = make_otp_edit(self, "paymentOtpEdit")
        self.otp_label.setBuddy(self.otp_edit)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("paymentOtpCountdownLabel")
        self.resend_button = QPushButton(self)
        self.resend_button.setObjectName("paymentResendButton")
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmPaymentButton")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelPaymentButton")
        self.check_again_button = QPushButton(self)
        self.check_again_button.setObjectName("checkPaymentAgainButton")
        self.start_again_button = QPushButton(self)
        self.start_again_button.setObjectName("startPaymentAgainButton")
        self.status_label = InfoLabel(self)
        self.status_label.setObjectName("paymentCheckingLabel")
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("paymentCodeErrorLabel")
        for button in (
            self.resend_button,
            self.confirm_button,
            self.cancel_button,
            self.check_again_button,
            self.start_again_button,
        ):
            button.setAutoDefault(True)  # Enter presses the focused button, as in dialogs
        self._build_layout()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.otp_label, self.otp_edit)
        countdown = QHBoxLayout()
        countdown.addWidget(self.countdown_label, 1)
        countdown.addWidget(self.resend_button)
        buttons = QHBoxLayout()
        for button in (
            self.confirm_button,
            self.check_again_button,
            self.start_again_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.check_label)
        layout.addLayout(form)
        layout.addLayout(countdown)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """The texts that do not depend on the payment (the subclass adds those that do)."""
        self.title.setText(translate("PaymentCode", "Confirm with the SMS code"))
        self.otp_label.setText(translate("PaymentCode", "&Code (FNP):"))
        self.otp_edit.setAccessibleName(translate("PaymentCode", "One-time code from the SMS"))
        self.resend_button.setAccessibleName(translate("PaymentCode", "Resend the code"))
        self.confirm_button.setText(translate("PaymentCode", "Con&firm"))
        self.confirm_button.setAccessibleName(translate("PaymentCode", "Confirm the transfer"))
        self.cancel_button.setText(translate("PaymentCode", "Ca&ncel the payment"))
        self.cancel_button.setAccessibleName(translate("PaymentCode", "Cancel the payment"))
        self.check_again_button.setText(translate("PaymentCode", "Check a&gain"))
        self.check_again_button.setAccessibleName(
            translate("PaymentCode", "Ask the bank again whether the payment was made")
        )
        self.start_again_button.setText(translate("PaymentCode", "&Start again"))
        self.start_again_button.setAccessibleName(
            translate("PaymentCode", "Review the payment again and get a new code")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
