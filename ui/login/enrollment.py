"""Registration and the forgotten password in the login window (loaded when first asked for)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.services.enrollment import Challenge, EnrollmentService
from desktop.validation import CUSTOMER_NUMBER, normalize_login_id
from ui.login.password_reset_steps import PasswordResetCompleteStep, PasswordResetStartStep
from ui.login.registration_steps import RegistrationCompleteStep, RegistrationStartStep
from ui.widgets.focus_order import chain_after, focusable_in_chain, last_focus_child

if TYPE_CHECKING:
    from ui.login.login_window import LoginWindow


class EnrollmentFlow(QObject):
    """The four steps of registering and of resetting a password, and the way between them."""

    def __init__(self, window: LoginWindow, service: EnrollmentService | None) -> None:
        super().__init__(window)
        self._window = window
        # Built after the window: their fields join the Tab order where the steps sit on screen.
        anchor = last_focus_child(window.stack)
        self.service = service or EnrollmentService(window.session.api)
        self.registration = RegistrationStartStep(self.service, window)
        self.registration_code = RegistrationCompleteStep(self.service, window)
        self.reset_start = PasswordResetStartStep(self.service, window)
        self.reset_code = PasswordResetCompleteStep(self.service, window)
        current = window.stack.currentWidget()
        steps = (self.registration, self.registration_code, self.reset_start, self.reset_code)
        for step in steps:
            window.add_step(step)
        if anchor is not None:
            chain_after(anchor, [w for step in steps for w in focusable_in_chain(step)])
        if current is not None:
            window.stack.setCurrentWidget(current)
        self.registration.codeSent.connect(self._registration_code_sent)
        self.reset_start.codeSent.connect(self._reset_code_sent)
        self.registration_code.done.connect(
            lambda login_id: window.new_password_set(login_id, "registered")
        )
        self.reset_code.done.connect(
            lambda login_id: window.new_password_set(login_id, "password_reset_done")
        )
        for step in (self.registration_code, self.reset_code):
            step.restart.connect(lambda: window.show_step(window.credentials, keep_error=True))

    def show_registration(self) -> None:
        typed = normalize_login_id(self._window.credentials.login_id_edit.text())
        self.registration.reset()
        if CUSTOMER_NUMBER.match(typed):
            self.registration.number_edit.setText(typed)  # the number typed so far
        self._window.show_step(self.registration)

    def show_password_reset(self) -> None:
        login_id = normalize_login_id(self._window.credentials.login_id_edit.text())
        self.reset_start.set_login_id(login_id)
        self._window.show_step(self.reset_start)

    def _registration_code_sent(self, challenge: Challenge, number: str) -> None:
        self.registration_code.set_challenge(challenge, number, number)
        self._window.show_step(self.registration_code)

    def _reset_code_sent(self, challenge: Challenge, login_id: str) -> None:
        self.reset_code.set_challenge_for(challenge, login_id)
        self._window.show_step(self.reset_code)

    def stop(self) -> None:
        """No code or new password stays behind (logout, back to the start)."""
        for step in (self.registration_code, self.reset_code):
            step.stop()
