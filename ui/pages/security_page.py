"""About Security: change the password, the bank's security rules, the last login; the reminder."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.api import BankError
from desktop.i18n import current_language
from desktop.messages import CALL_CENTER, error_message, info_message
from desktop.money import format_date, format_datetime
from desktop.password_rules import HISTORY
from desktop.services.security import Profile, SecurityService
from ui.login.step import InvalidInput
from ui.pages.page import Page
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.info_label import InfoLabel
from ui.widgets.password_rules import PasswordRules

translate = QCoreApplication.translate


def security_rules() -> list[str]:
    """The Security Rules in our own words, one paragraph each (translators see them together)."""
    return [
        translate(
            "SecurityPage",
            "The bank never asks for your password or for a code (FNP): not by phone, e-mail, SMS "
            "or in person. Never tell them to anyone, even to someone who says they are from the "
            "bank.",
        ),
        translate(
            "SecurityPage",
            "If you lose your phone or it is stolen, ask your mobile operator to cancel the SIM "
            "card at once, so nobody else receives your codes. Then call the Call Center at "
            "{number}.",
        ).format(number=CALL_CENTER),
        translate(
            "SecurityPage",
            "If an SMS code arrives that you did not ask for, someone may know your password: "
            "change your password here at once and call the Call Center at {number}.",
        ).format(number=CALL_CENTER),
        translate(
            "SecurityPage",
            "The Internet Branch works from abroad too: the codes come by SMS to the same mobile "
            "number registered with the bank, so keep that number and its SMS roaming active.",
        ),
        translate(
            "SecurityPage",
            "A password is valid for 180 days. After that the Internet Branch asks you for a new "
            "one when you log in; you can change it here at any time. You cannot reuse any of "
            "your last {count} passwords.",
        ).format(count=HISTORY),
        translate(
            "SecurityPage",
            "Log out when you finish. After 5 minutes without activity you are logged out "
            "automatically; a warning comes a minute before.",
        ),
    ]


class SecurityPage(Page):
    """The page of UI.md's securityPage.

    Signals:
        passwordChanged(): the bank took the new password (and ended the other sessions).
        userBlocked(): the 5th wrong current password blocked the user; the session is over.
    """

    passwordChanged = Signal()
    userBlocked = Signal()
    help_topic = "security"

    def __init__(
        self,
        service: SecurityService,
        customer_number: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self._service = service
        self._profile: Profile | None = None
        self._forced = False

        body = QWidget(self)
        self.title = QLabel(body)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.forced_label = QLabel(body)
        self.forced_label.setObjectName("securityForcedLabel")
        self.forced_label.setWordWrap(True)
        self.forced_label.setVisible(False)
        make_heading(self.forced_label, 1.0)

        self.change_title = QLabel(body)
        make_heading(self.change_title, 1.1)
        self.current_label = QLabel(body)
        self.current_edit = QLineEdit(body)
        self.current_edit.setObjectName("currentPasswordEdit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setMaxLength(128)
        self.current_label.setBuddy(self.current_edit)
        self.rules = PasswordRules(body, customer_number=customer_number)
        self.change_button = QPushButton(body)
        self.change_button.setObjectName("changePasswordButton")
        self.error_label = ErrorLabel(body)
        self.error_label.setObjectName("securityErrorLabel")
        self.info_label = InfoLabel(body)
        self.info_label.setObjectName("securityInfoLabel")

        self.about = QWidget(body)  # what a forced change hides: rules and last login
        self.rules_title = QLabel(self.about)
        make_heading(self.rules_title, 1.1)
        self.rules_text = QLabel(self.about)
        self.rules_text.setObjectName("securityRulesLabel")
        self.rules_text.setWordWrap(True)
        self.rules_text.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_title = QLabel(self.about)
        make_heading(self.login_title, 1.1)
        self.last_login_label = QLabel(self.about)
        self.last_login_label.setObjectName("securityLastLoginLabel")
        self.last_login_label.setWordWrap(True)
        self.expiry_label = QLabel(self.about)
        self.expiry_label.setObjectName("passwordExpiryLabel")
        self.expiry_label.setWordWrap(True)

        self._build_layout(body)
        self.current_edit.returnPressed.connect(self.rules.new_edit.setFocus)
        self.rules.submitted.connect(self.change_password)
        self.change_button.clicked.connect(self.change_password)
        self.retranslate()

    def _build_layout(self, body: QWidget) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.current_label, self.current_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        change = QVBoxLayout()
        change.setContentsMargins(0, 0, 0, 0)
        change.addWidget(self.change_title)
        change.addLayout(form)
        change.addWidget(self.rules)
        change.addWidget(self.error_label)
        change.addWidget(self.info_label)
        change.addLayout(buttons)
        # The form keeps a readable width; the rules text beside it wraps in what is left.
        form_box = QWidget(body)
        form_box.setLayout(change)
        form_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        about = QVBoxLayout(self.about)
        about.setContentsMargins(0, 0, 0, 0)
        about.addWidget(self.rules_title)
        about.addWidget(self.rules_text)
        about.addSpacing(self.fontMetrics().height())
        about.addWidget(self.login_title)
        about.addWidget(self.last_login_label)
        about.addWidget(self.expiry_label)
        about.addStretch(1)
        form_box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 58)
        columns = QHBoxLayout()
        columns.addWidget(form_box, 0, Qt.AlignmentFlag.AlignTop)
        columns.addSpacing(self.fontMetrics().height() * 2)
        columns.addWidget(self.about, 1)
        columns.addStretch(0)  # takes the room of the rules while a forced change hides them
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.forced_label)
        layout.addLayout(columns, 1)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setObjectName("securityScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab reaches it (arrows scroll the rules); a click never takes the focus from a field.
        scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        QWidget.setTabOrder(self.current_edit, self.rules.new_edit)
        QWidget.setTabOrder(self.rules.show_check, self.change_button)

    # --- Page -------------------------------------------------------------------------------
    def nav_title(self) -> str:
        return translate("SecurityPage", "About Security")

    def activate(self) -> None:
        self.load_profile()

    def focus_form(self) -> None:
        self.current_edit.setFocus()

    def set_forced(self, forced: bool) -> None:
        """A forced change: only the form shows, with why; the rest returns afterwards."""
        self._forced = forced
        self.forced_label.setVisible(forced)
        self.about.setVisible(not forced)
        if forced:
            self.info_label.clear_message()

    @asyncSlot()
    async def load_profile(self) -> None:
        try:
            profile = await self._service.profile()
        except Exception:  # the page works without it; the change form matters more
            return
        if not alive(self):
            return  # logged out meanwhile: the page is gone
        self._profile = profile
        self._show_profile()

    # --- change password --------------------------------------------------------------------
    @asyncSlot()
    async def change_password(self) -> None:
        if not self.change_button.isEnabled():
            return  # a request is on its way (Enter pressed twice)
        self.info_label.clear_message()
        current = self.current_edit.text()
        problem = None
        if not current:
            problem = InvalidInput("current_password_missing", self.current_edit)
        elif (rules_problem := self.rules.problem()) is not None:
            problem = InvalidInput(*rules_problem)
        if problem is not None:
            problem.field.setFocus()
            self.error_label.show_message(functools.partial(error_message, problem))
            return
        self.change_button.setEnabled(False)
        self.error_label.clear_message()
        try:
            await self._service.change_password(current, self.rules.password())
        except Exception as error:
            if alive(self):  # else logged out meanwhile: the page is gone
                self.change_button.setEnabled(True)
                self._refused(error)
            return
        if not alive(self):
            return
        self.change_button.setEnabled(True)
        self.current_edit.clear()
        self.rules.clear()
        self.info_label.show_message(functools.partial(info_message, "password_changed"))
        self.passwordChanged.emit()

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, BankError):
            self.error_label.show_message(functools.partial(error_message, error))
            return
        shown: BankError = error
        if error.code == "invalid_credentials":
            # Here the password is the only thing that can be wrong: say which one.
            shown = BankError("current_password_wrong", status=error.status, fields=error.fields)
            self.current_edit.clear()
            self.current_edit.setFocus()
        elif self.rules.show_refusal(error):
            self.rules.new_edit.selectAll()
            self.rules.new_edit.setFocus()
            return  # said next to the field
        self.error_label.show_message(functools.partial(error_message, shown))
        if error.code == "user_blocked":
            self.userBlocked.emit()

    # --- texts ------------------------------------------------------------------------------
    def _show_profile(self) -> None:
        profile = self._profile
        language = current_language()
        if profile is None:
            self.last_login_label.setText("")
            self.expiry_label.setText("")
            return
        if profile.last_login_at is not None:
            self.last_login_label.setText(
                translate("SecurityPage", "Last login: {when}").format(
                    when=format_datetime(profile.last_login_at.astimezone(), language)
                )
            )
        else:
            self.last_login_label.setText(
                translate("SecurityPage", "This is your first login to the Internet Branch.")
            )
        if profile.password_expires_at is not None:
            self.expiry_label.setText(
                translate("SecurityPage", "Your password is valid until {date}.").format(
                    date=format_date(profile.password_expires_at.astimezone().date(), language)
                )
            )

    def retranslate(self) -> None:
        self.title.setText(translate("SecurityPage", "About Security"))
        self.scroll_area.setAccessibleName(self.title.text())  # a Tab stop: arrows scroll the page
        self.forced_label.setText(
            translate(
                "SecurityPage",
                "Your password is more than 180 days old. Choose a new password to continue: "
                "until then the rest of the Internet Branch is closed.",
            )
        )
        self.change_title.setText(translate("SecurityPage", "Change your password"))
        self.current_label.setText(translate("SecurityPage", "C&urrent password"))
        self.current_edit.setAccessibleName(translate("SecurityPage", "Current password"))
        self.change_button.setText(translate("SecurityPage", "Change the &password"))
        self.change_button.setAccessibleName(translate("SecurityPage", "Change the password"))
        self.rules_title.setText(translate("SecurityPage", "Security Rules"))
        self.rules_text.setText("\n\n".join(f"• {rule}" for rule in security_rules()))
        self.rules_text.setAccessibleName(translate("SecurityPage", "Security Rules"))
        self.login_title.setText(translate("SecurityPage", "Your login and password"))
        self._show_profile()


class PasswordExpiryBanner(QFrame):
    """The reminder above the page: days left and a Change now button (changeRequested())."""

    changeRequested = Signal()

    def __init__(self, days_left: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordExpiryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._days = days_left
        self.label = QLabel(self)
        self.label.setObjectName("passwordExpiryBannerLabel")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("changePasswordNowButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.changeRequested)
        self.retranslate()

    def retranslate(self) -> None:
        if self._days > 0:
            text = translate(
                "SecurityPage",
                "Your password expires in %n day(s). Change it now, so you are not stopped at "
                "your next login.",
                None,
                self._days,
            )
        else:
            text = translate(
                "SecurityPage",
                "Your password expires today. Change it now, so you are not stopped at your "
                "next login.",
            )
        self.label.setText(text)
        self.button.setText(translate("SecurityPage", "Change &now"))
        self.button.setAccessibleName(translate("SecurityPage", "Change the password now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
