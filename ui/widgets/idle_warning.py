"""The warning before the idle logout: a countdown and a focused Continue button (WCAG 2.2.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class IdleWarningDialog(QDialog):
    """Signals: continueRequested() when the customer wants to stay; logoutRequested()."""

    continueRequested = Signal()
    logoutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarningDialog")
        self.setModal(True)
        self._seconds = 0
        self.message = QLabel(self)
        self.message.setObjectName("idleWarningLabel")
        self.message.setWordWrap(True)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continueSessionButton")
        self.continue_button.setDefault(True)
        self.continue_button.setAutoDefault(True)
        self.logout_button = QPushButton(self)
        self.logout_button.setObjectName("idleLogoutButton")
        self.logout_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.logout_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.continue_button.clicked.connect(self._continue)
        self.logout_button.clicked.connect(self._logout)
        self.retranslate()

    def show_countdown(self, seconds: int) -> None:
        first = not self.isVisible()
        self._seconds = seconds
        self._render()
        if first:
            self.show()
            self.raise_()
            self.activateWindow()
            self.continue_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            QAccessible.updateAccessibility(QAccessibleEvent(self.message, QAccessible.Event.Alert))

    def _continue(self) -> None:
        self.hide()
        self.continueRequested.emit()

    def _logout(self) -> None:
        self.hide()
        self.logoutRequested.emit()

    def reject(self) -> None:
        # Esc means "I am here": the same as Continue, never a silent logout.
        self._continue()

    def _render(self) -> None:
        text = translate(
            "IdleWarningDialog",
            "For your security you will be logged out in %n second(s) because there was no "
            "activity. Do you want to continue?",
            None,
            self._seconds,
        )
        self.message.setText(text)
        # What a screen reader says with the dialog's title when it opens.
        self.setAccessibleDescription(text)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("IdleWarningDialog", "Are you still there?"))
        self.continue_button.setText(translate("IdleWarningDialog", "&Continue the session"))
        self.continue_button.setAccessibleName(
            translate("IdleWarningDialog", "Continue the session")
        )
        self.logout_button.setText(translate("IdleWarningDialog", "&Log out now"))
        self.logout_button.setAccessibleName(translate("IdleWarningDialog", "Log out now"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
