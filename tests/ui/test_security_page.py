"""About Security by keyboard alone: change the password, the rules text, last login, reminder."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.i18n import current_language
from desktop.messages import CALL_CENTER, error_message, info_message, violation_message
from desktop.money import format_datetime
from desktop.password_rules import Rule
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.conftest import MORNING
from tests.ui.conftest import run_async
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    ENTER,
    TAB,
    focused,
    last_code,
    login_by_keyboard,
    open_login_window,
    press,
    type_keys,
)
from ui.main_window import MainWindow
from ui.pages.security_page import PasswordExpiryBanner, SecurityPage


def open_security_page(qtbot: QtBot, main: MainWindow) -> SecurityPage:
    """From the menu, with the arrow keys, to About Security; then Tab into its form."""
    main.page_list()  # the menu is complete once every page is built
    main.navigation.setFocus()
    qtbot.waitUntil(main.navigation.hasFocus)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(main.navigation.count()):
        if main.current_page().objectName() == "securityPage":
            break
        press(qtbot, Qt.Key.Key_Down)
    page = main.current_page()
    assert isinstance(page, SecurityPage)
    for _ in range(10):
        if focused() is page.current_edit:
            break
        press(qtbot, TAB)
    assert focused() is page.current_edit
    return page


def logged_in_page(qtbot: QtBot, branch: BranchApp, backend: Backend) -> SecurityPage:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    return open_security_page(qtbot, main)


def other_session(branch: BranchApp, backend: Backend) -> str:
    """A second session of 123456789, as if from another computer; answers its token."""

    async def login() -> str:
        challenge = await branch.api.post(
            "/auth/login",
            {"login_id": "123456789", "password": "Tirana2026"},
            authenticated=False,
        )
        session = await branch.api.post(
            "/auth/otp",
            {
                "challenge_id": challenge["challenge_id"],
                "otp": last_code(backend, DEMO_PHONES["123456789"]),
            },
            authenticated=False,
        )
        return str(session["access_token"])

    return run_async(login())


def answer_to(branch: BranchApp, token: str) -> str:
    """What GET /me answers to that session's token: "ok" or the error code."""

    async def me() -> str:
        try:
            await branch.api.request(
                "GET", "/me", headers={"Authorization": f"Bearer {token}"}, authenticated=False
            )
        except BankError as error:
            return error.code
        return "ok"

    return run_async(me())


def test_change_password_ends_the_other_sessions(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    token = other_session(branch, backend)
    page = logged_in_page(qtbot, branch, backend)
    assert answer_to(branch, token) == "ok"
    type_keys(qtbot, "Tirana2026")
    press(qtbot, ENTER)  # on to the new password
    assert focused() is page.rules.new_edit
    type_keys(qtbot, "Berat2027x")
    press(qtbot, TAB)
    type_keys(qtbot, "Berat2027x")
    assert page.rules.assessment().locally_valid
    press(qtbot, ENTER)
    qtbot.waitUntil(page.info_label.isVisible, timeout=5000)
    assert page.info_label.message() == info_message("password_changed")
    assert "other" in page.info_label.message()
    assert "ended" in page.info_label.message()
    assert page.current_edit.text() == ""
    assert page.rules.password() == ""
    assert answer_to(branch, token) == "session_expired"
    assert branch.session.active  # this session goes on


def test_wrong_current_password_says_so_with_the_attempts_left(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = logged_in_page(qtbot, branch, backend)
    type_keys(qtbot, "Wrong2026")
    press(qtbot, TAB)
    type_keys(qtbot, "Berat2027x")
    press(qtbot, TAB)
    type_keys(qtbot, "Berat2027x")
    press(qtbot, ENTER)
    expected = error_message(BankError("current_password_wrong", fields={"attempts_left": 4}))
    qtbot.waitUntil(lambda: page.error_label.accessibleDescription() == expected, timeout=5000)
    assert "4 attempt" in expected
    assert focused() is page.current_edit
    assert page.current_edit.text() == ""


def test_weak_and_reused_passwords_are_shown_at_the_field(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = logged_in_page(qtbot, branch, backend)
    type_keys(qtbot, "Tirana2026")
    press(qtbot, TAB)
    type_keys(qtbot, "Password1")
    press(qtbot, TAB)
    type_keys(qtbot, "Password1")
    press(qtbot, ENTER)
    qtbot.waitUntil(page.rules.error_label.isVisible, timeout=5000)
    assert violation_message("too_common") in page.rules.error_label.text()
    assert focused() is page.rules.new_edit
    type_keys(qtbot, "Tirana2026")
    press(qtbot, TAB)
    type_keys(qtbot, "Tirana2026")
    press(qtbot, ENTER)
    qtbot.waitUntil(
        lambda: violation_message("password_reused") in page.rules.error_label.text(),
        timeout=5000,
    )
    assert page.rules.rule_labels[Rule.HISTORY].text().startswith("✗")


def test_show_passwords_keeps_the_focus_in_the_field(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = logged_in_page(qtbot, branch, backend)
    press(qtbot, TAB)
    type_keys(qtbot, "Berat")
    field = page.rules.new_edit
    assert field.echoMode() == field.EchoMode.Password
    press(qtbot, Qt.Key.Key_S, ALT)  # &Show the passwords as I type
    qtbot.waitUntil(lambda: field.echoMode() == field.EchoMode.Normal)
    assert page.rules.confirm_edit.echoMode() == field.EchoMode.Normal
    assert focused() is field
    # A mouse click does not take the focus either.
    qtbot.mouseClick(page.rules.show_check, Qt.MouseButton.LeftButton)
    assert field.echoMode() == field.EchoMode.Password
    assert focused() is field


def test_security_rules_and_last_login(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    other_session(branch, backend)  # so this login has a login before it
    page = logged_in_page(qtbot, branch, backend)
    rules = page.rules_text.text()
    for words in ("never asks for your password", "SIM", CALL_CENTER, "abroad", "180 days"):
        assert words in rules
    when = format_datetime(MORNING.astimezone(), current_language())
    qtbot.waitUntil(lambda: when in page.last_login_label.text(), timeout=5000)
    # The demo password was set 30 days before the start: 150 days are left.
    assert "2027-04-22" in page.expiry_label.text()
    assert page.findChild(QLabel, "securityLastLoginLabel") is page.last_login_label


@pytest.mark.parametrize(
    ("later", "text"),
    [
        (timedelta(days=140), "expires in 10 day"),
        (timedelta(days=150, hours=-1), "expires today"),  # an hour before it expires
    ],
)
def test_expiry_reminder_with_change_now(
    qtbot: QtBot,
    branch: BranchApp,
    backend: Backend,
    clock: ManualClock,
    later: timedelta,
    text: str,
) -> None:
    clock.advance(later)  # the demo password expires 150 days after the start
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    qtbot.waitUntil(lambda: bool(main.findChildren(PasswordExpiryBanner)), timeout=5000)
    banner = main.findChildren(PasswordExpiryBanner)[0]
    assert banner.objectName() == "passwordExpiryBanner"
    qtbot.waitUntil(banner.isVisible)  # a layout shows a new child on the next turn
    assert text in banner.label.text()
    press(qtbot, Qt.Key.Key_N, ALT)  # Change &now
    qtbot.waitUntil(lambda: main.current_page().objectName() == "securityPage")
    page = main.current_page()
    assert isinstance(page, SecurityPage)
    qtbot.waitUntil(lambda: focused() is page.current_edit)
    type_keys(qtbot, "Tirana2026")
    press(qtbot, TAB)
    type_keys(qtbot, "Berat2027x")
    press(qtbot, TAB)
    type_keys(qtbot, "Berat2027x")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: not main.findChildren(PasswordExpiryBanner), timeout=5000)


def test_no_reminder_more_than_14_days_before(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    clock.advance(days=135)  # 15 days left
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    qtbot.wait(200)  # the reminder asks the bank's clock first
    assert not main.findChildren(PasswordExpiryBanner)
