"""The login window: language, the step in front (credentials, code, …), errors, keyboard, help."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QPushButton, QWidget

from desktop.i18n import current_language, language_name
from desktop.messages import error_message, info_message
from desktop.secrets import RememberedLogin
from desktop.session import Session
from desktop.settings import LANGUAGES
from ui.login.code_step import CodeStep
from ui.login.credentials_step import CredentialsStep
from ui.login.login_chrome import build_layout, retranslate_chrome
from ui.login.shared_names import name_shared_widgets
from ui.login.step import InvalidInput, LoginStep
from ui.login.window_fit import fit_to_step, refit
from ui.widgets.current_page_stack import CurrentPageStack
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.info_label import InfoLabel
from ui.widgets.virtual_keyboard import VirtualKeyboard

if TYPE_CHECKING:
    from desktop.services.enrollment import EnrollmentService
    from ui.login.enrollment import EnrollmentFlow
    from ui.login.password_reset_steps import PasswordResetCompleteStep, PasswordResetStartStep
    from ui.login.registration_steps import RegistrationCompleteStep, RegistrationStartStep
    from ui.widgets.help_panel import HelpPanel

#: The progress bar appears only when a request takes longer than this (no flicker).
BUSY_DELAY_MS = 300


class LoginWindow(QWidget):
    """The window and its signals.

    languageChosen(str): the customer picked a language ("sq" or "en").
    helpRequested(str): help for this topic (the step in front, or the virtual keyboard).
    contactsRequested(): the bank's contacts.
    registerRequested(), forgotPasswordRequested(): the other ways in (the window shows their
        steps itself).
    loggedIn(dict): the session JSON, after the code was accepted.
    """

    languageChosen = Signal(str)
    helpRequested = Signal(str)
    contactsRequested = Signal()
    registerRequested = Signal()
    forgotPasswordRequested = Signal()
    loggedIn = Signal(dict)

    def __init__(
        self,
        session: Session,
        remembered: RememberedLogin,
        parent: QWidget | None = None,
        *,
        enrollment: EnrollmentService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self._session = session
        self.session = session

        self.brand_label = QLabel(self)
        self.brand_label.setObjectName("brandLabel")
        make_heading(self.brand_label, 1.5)
        self.language_selector = QComboBox(self)
        self.language_selector.setObjectName("languageSelector")
        for language in LANGUAGES:
            self.language_selector.addItem(language_name(language), language)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("helpButton")

        self.step_title = QLabel(self)
        self.step_title.setObjectName("stepTitleLabel")
        make_heading(self.step_title, 1.2)

        self.keyboard = VirtualKeyboard(self)
        self.keyboard.setVisible(False)
        # Built at the first F1 or Help: not needed for the first window.
        self._help_panel: HelpPanel | None = None
        # Readable lines of help: the window grows to make room when the panel opens.
        self.stack = CurrentPageStack(self)  # as tall as the step in front
        self.credentials = CredentialsStep(session, remembered, self)
        self.code = CodeStep(session, self)
        self._steps: list[LoginStep] = []
        for step in (self.credentials, self.code):
            self.add_step(step)
        # Registration and the forgotten password: the other ways in, in this same window,
        # built when first asked for (they are not needed for the first window).
        self._enrollment_service = enrollment
        self._enrollment_flow: EnrollmentFlow | None = None

        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.info_label = InfoLabel(self)
        self.info_label.setObjectName("infoLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.busy.setVisible(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(True))

        self.keyboard_button = QPushButton(self)
        self.keyboard_button.setObjectName("virtualKeyboardButton")
        self.keyboard_button.setCheckable(True)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setDefault(True)

        self.register_button = QPushButton(self)
        self.register_button.setObjectName("registerButton")
        self.register_button.setFlat(True)
        self.forgot_button = QPushButton(self)
        self.forgot_button.setObjectName("forgotPasswordButton")
        self.forgot_button.setFlat(True)
        self.contacts_button = QPushButton(self)
        self.contacts_button.setObjectName("contactsButton")
        self.contacts_button.setFlat(True)

        self.content, self._outer = build_layout(self)
        self._connect()
        self._keyboard_shortcut = QShortcut(QKeySequence("Alt+K"), self)
        self._keyboard_shortcut.activated.connect(self.toggle_keyboard_from_keyboard)
        self._help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self._help_shortcut.activated.connect(self.request_help)
        self.show_step(self.credentials)
        self.retranslate()

    def _connect(self) -> None:
        self.language_selector.currentIndexChanged.connect(self._language_picked)
        self.help_button.clicked.connect(self.request_help)
        self.continue_button.clicked.connect(lambda: self.current_step().submit())
        self.back_button.clicked.connect(self.go_back)
        self.keyboard_button.toggled.connect(self._keyboard_button_toggled)
        self.keyboard.closed.connect(lambda: self.keyboard_button.setChecked(False))
        self.register_button.clicked.connect(self.registerRequested)
        self.forgot_button.clicked.connect(self.forgotPasswordRequested)
        self.contacts_button.clicked.connect(self.contactsRequested)
        self.credentials.codeSent.connect(self._code_sent)
        self.code.accepted.connect(self._accepted)
        self.code.restart.connect(lambda: self.show_step(self.credentials, keep_error=True))
        self.register_button.clicked.connect(self.show_registration)
        self.forgot_button.clicked.connect(self.show_password_reset)

    # --- steps --------------------------------------------------------------------------
    def add_step(self, step: LoginStep) -> None:
        """Adds a step (registration and password reset bring their own)."""
        self._steps.append(step)
        self.stack.addWidget(step)
        step.failed.connect(self.show_error)
        step.busyChanged.connect(self.set_busy)
        for field in step.input_fields():
            self.keyboard.watch(field)
        name_shared_widgets(self._steps, self.stack.currentWidget())

    def current_step(self) -> LoginStep:
        step = self.stack.currentWidget()
        assert isinstance(step, LoginStep)
        return step

    def show_step(self, step: LoginStep, *, keep_error: bool = False) -> None:
        if not keep_error:
            self.error_label.clear_message()
        self.info_label.clear_message()
        self.stack.setCurrentWidget(step)
        name_shared_widgets(self._steps, step)
        fit_to_step(self, self.stack, self._steps, step)
        self._refresh_step_texts()
        step.focus_first()

    def go_back(self) -> None:
        if self.current_step() is self.code:
            self.code.stop()
            self._session.cancel_login()
        step = self.current_step()
        stop = getattr(step, "stop", None)
        if step is not self.code and callable(stop):
            stop()  # no code or new password stays behind
        self.credentials.reset()
        self.show_step(self.credentials)

    # --- registration and forgotten password, built on first use --------------------------
    def _enrollment(self) -> EnrollmentFlow:
        if self._enrollment_flow is None:
            from ui.login.enrollment import EnrollmentFlow

            self._enrollment_flow = EnrollmentFlow(self, self._enrollment_service)
        return self._enrollment_flow

    @property
    def enrollment(self) -> EnrollmentService:
        return self._enrollment().service

    @property
    def registration(self) -> RegistrationStartStep:
        return self._enrollment().registration

    @property
    def registration_code(self) -> RegistrationCompleteStep:
        return self._enrollment().registration_code

    @property
    def reset_start(self) -> PasswordResetStartStep:
        return self._enrollment().reset_start

    @property
    def reset_code(self) -> PasswordResetCompleteStep:
        return self._enrollment().reset_code

    def show_registration(self) -> None:
        self._enrollment().show_registration()

    def show_password_reset(self) -> None:
        self._enrollment().show_password_reset()

    def new_password_set(self, login_id: str, message_code: str) -> None:
        """Back to logging in, the login ID filled in, with the good news."""
        self.credentials.reset()
        self.credentials.login_id_edit.setText(login_id)
        self.show_step(self.credentials)
        self.credentials.password_edit.setFocus()
        self.info_label.show_message(functools.partial(info_message, message_code))

    def _code_sent(self, challenge: dict[str, Any]) -> None:
        self.code.set_challenge(challenge)
        self.show_step(self.code)

    def _accepted(self, info: dict[str, Any]) -> None:
        self.error_label.clear_message()
        self.credentials.reset()
        self.show_step(self.credentials)
        self.loggedIn.emit(info)

    def reset_to_start(self, message_code: str | None = None) -> None:
        """Back to the first step, e.g. after a logout; optionally saying why."""
        self.code.stop()
        if self._enrollment_flow is not None:
            self._enrollment_flow.stop()
        self.credentials.reset()
        self.show_step(self.credentials)
        if self.credentials.login_id_edit.text():
            # Back after a logout with the login ID still there: only the password is missing.
            self.credentials.password_edit.setFocus()
        if message_code:
            self.show_error(InvalidInput(message_code, self.credentials.password_edit))

    # --- errors and busy state ----------------------------------------------------------
    def show_error(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.error_label.show_message(lambda: error_message(error))

    def set_busy(self, busy: bool) -> None:
        self.continue_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy and self.current_step().can_go_back())
        if busy:
            self.error_label.clear_message()
            self.info_label.clear_message()
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.setVisible(False)

    # --- keyboard, help, language -------------------------------------------------------
    def toggle_keyboard_from_keyboard(self) -> None:
        """Alt+K: open the keyboard with focus inside it, or close it and return to the field."""
        if self.keyboard.isVisible():
            self.keyboard.close_keyboard()
            self.keyboard.return_focus()
        else:
            self.keyboard_button.blockSignals(True)
            self.keyboard_button.setChecked(True)
            self.keyboard_button.blockSignals(False)
            if self.keyboard.target() is None:
                fields = self.current_step().input_fields()
                self.keyboard.set_target(fields[0] if fields else None)
            self.keyboard.open_for_keyboard_user()
        refit(self)

    def _keyboard_button_toggled(self, checked: bool) -> None:
        if checked:
            self.keyboard.show()
            self.keyboard.return_focus()
        elif self.keyboard.isVisible():
            self.keyboard.close_keyboard()
        refit(self)

    @property
    def help_panel(self) -> HelpPanel:
        """The help beside the form (helpPanel), built the first time it is asked for."""
        if self._help_panel is None:
            from ui.widgets.help_panel import HelpPanel

            panel = HelpPanel(current_language(), self)
            panel.setVisible(False)
            # Readable lines of help: the window grows to make room when the panel opens.
            panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
            panel.closed.connect(self._help_closed)
            self._outer.addWidget(panel, 2)
            self._help_panel = panel
        return self._help_panel

    def request_help(self) -> None:
        """F1 or the Help button: the help of the step in front (or of the keyboard in use)."""
        keyboard_focused = self.keyboard.isVisible() and self.keyboard.hasFocus()
        topic = "virtual_keyboard" if keyboard_focused else self.current_step().help_topic
        self.help_panel.show_topic(topic)
        self.help_panel.setVisible(True)
        self.help_panel.setFocus()
        self.helpRequested.emit(topic)

    def _help_closed(self) -> None:
        self.help_panel.setVisible(False)
        self.current_step().focus_first()

    def _language_picked(self, index: int) -> None:
        language = self.language_selector.itemData(index)
        if isinstance(language, str):
            self.languageChosen.emit(language)

    def set_language(self, language: str) -> None:
        """Shows `language` in the selector without emitting languageChosen."""
        if self._help_panel is not None:
            self._help_panel.set_language(language)
        index = self.language_selector.findData(language)
        self.language_selector.blockSignals(True)
        self.language_selector.setCurrentIndex(index)
        self.language_selector.blockSignals(False)

    def _refresh_step_texts(self) -> None:
        step = self.current_step()
        self.step_title.setText(step.title())
        self.continue_button.setText(step.continue_text())
        self.back_button.setVisible(step.can_go_back())
        self.back_button.setEnabled(step.can_go_back())
        links_visible = step is self.credentials
        for button in (self.register_button, self.forgot_button):
            button.setVisible(links_visible)

    def retranslate(self) -> None:
        retranslate_chrome(self)
        self._refresh_step_texts()
        self.continue_button.setAccessibleName(self.continue_button.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.code.stop()
        super().closeEvent(event)
