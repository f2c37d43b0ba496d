"""Issue 2's proof on loopback HTTP: keyboard-only login, the virtual keyboard, each error."""

from __future__ import annotations

import functools
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from tests.e2e.conftest import StubControl
from ui.pages.accounts_page import AccountsPage
from ui.widgets.virtual_keyboard import VirtualKeyboard

PHONE = "+355691234567"
pytestmark = pytest.mark.e2e


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def start(qtbot: QtBot, branch: BranchApp) -> None:
    branch.start()
    qtbot.waitExposed(branch.login_window)
    qtbot.waitUntil(lambda: branch.is_ready)
    login_id = branch.login_window.findChild(QLineEdit, "loginIdEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login_id)


def type_credentials(qtbot: QtBot, login_id: str, password: str) -> None:
    qtbot.keyClicks(focused(), login_id)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), password)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def wait_for_code_step(qtbot: QtBot, branch: BranchApp) -> QLineEdit:
    otp = branch.login_window.code.otp_edit
    # The code step in front wears UI.md's name (the hidden steps' code fields do not).
    qtbot.waitUntil(
        lambda: branch.login_window.findChild(QLineEdit, "otpEdit") is otp, timeout=10_000
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is otp, timeout=10_000)
    return otp


def error_text(branch: BranchApp) -> str:
    label = branch.login_window.findChild(QLabel, "errorLabel")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_keyboard_only_login_over_http(
    qtbot: QtBot, live_branch: BranchApp, stub: StubControl, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    start(qtbot, live_branch)
    type_credentials(qtbot, "123456789", "Tirana2026")
    otp = wait_for_code_step(qtbot, live_branch)
    countdown = live_branch.login_window.code.countdown_label
    assert countdown.objectName() == "otpCountdownLabel"
    assert "4:5" in countdown.text() or "5:00" in countdown.text()
    resend = live_branch.login_window.code.resend_button
    assert resend.objectName() == "resendOtpButton"
    assert not resend.isEnabled()  # resend only after 30 s
    code = stub.last_code(PHONE)
    qtbot.keyClicks(otp, code)
    qtbot.keyClick(otp, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: live_branch.main_window is not None, timeout=10_000)
    window = live_branch.main_window
    assert window is not None
    page = window.page("accountsPage")
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert "AL" in page.model.data(page.model.index(0, 1))
    last_login = window.findChild(QLabel, "lastLoginLabel")
    assert last_login is not None
    assert last_login.text()
    # The server's log of the whole login holds no password, code or token.
    token = live_branch.api.token
    assert token
    for secret in ("Tirana2026", code, token):
        assert secret not in caplog.text


def test_wrong_password_shows_its_message(
    qtbot: QtBot, live_branch: BranchApp, stub: StubControl
) -> None:
    start(qtbot, live_branch)
    type_credentials(qtbot, "123456789", "Wrong12345")
    qtbot.waitUntil(lambda: "wrong" in error_text(live_branch), timeout=10_000)
    assert "customer number or the password is wrong" in error_text(live_branch)
    # The password is cleared and focused for another try; the login ID stays.
    password = live_branch.login_window.findChild(QLineEdit, "passwordEdit")
    assert password is not None
    assert password.text() == ""
    assert QApplication.focusWidget() is password


def counted(stub: StubControl, attempts: int) -> bool:
    return stub.failures("123456789") >= attempts


def test_blocked_user_is_told_to_call_the_call_center(
    qtbot: QtBot, live_branch: BranchApp, stub: StubControl
) -> None:
    start(qtbot, live_branch)
    type_credentials(qtbot, "123456789", "Wrong12345")
    password = live_branch.login_window.credentials.password_edit
    for done in range(1, 5):
        # Wait for the server to have counted the previous attempt, then type the next one.
        qtbot.waitUntil(functools.partial(counted, stub, done), timeout=10_000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is password, timeout=10_000)
        qtbot.keyClicks(password, "Wrong12345")
        qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Call Center" in error_text(live_branch), timeout=10_000)
    assert "Your user is blocked" in error_text(live_branch)
    assert "+355 4 2266 288" in error_text(live_branch)


def test_wrong_code_shows_attempts_left(
    qtbot: QtBot, live_branch: BranchApp, stub: StubControl
) -> None:
    start(qtbot, live_branch)
    type_credentials(qtbot, "123456789", "Tirana2026")
    otp = wait_for_code_step(qtbot, live_branch)
    code = stub.last_code(PHONE)
    wrong = "000000" if code != "000000" else "111111"
    qtbot.keyClicks(otp, wrong)
    qtbot.keyClick(otp, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "attempt" in error_text(live_branch), timeout=10_000)
    assert "4 attempt" in error_text(live_branch)
    assert otp.text() == ""


def click_text(qtbot: QtBot, keyboard: VirtualKeyboard, text: str) -> None:
    for char in text:
        key = keyboard.key_for(char.lower())
        if char.isupper():
            qtbot.mouseClick(keyboard.key_for("shift"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_credentials_typed_on_the_virtual_keyboard_alone(
    qtbot: QtBot, live_branch: BranchApp, stub: StubControl
) -> None:
    start(qtbot, live_branch)
    window = live_branch.login_window
    toggle = window.findChild(QPushButton, "virtualKeyboardButton")
    keyboard = window.findChild(VirtualKeyboard, "virtualKeyboard")
    assert toggle is not None
    assert keyboard is not None
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible)
    first_layout = keyboard.key_order()
    login_id = window.findChild(QLineEdit, "loginIdEdit")
    password = window.findChild(QLineEdit, "passwordEdit")
    assert login_id is not None
    assert password is not None
    qtbot.mouseClick(login_id, Qt.MouseButton.LeftButton)
    click_text(qtbot, keyboard, "123456789")
    qtbot.mouseClick(password, Qt.MouseButton.LeftButton)
    click_text(qtbot, keyboard, "Tirana2026")
    assert login_id.text() == "123456789"
    assert password.text() == "Tirana2026"
    # Hidden and shown again, the keys are in another order.
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not keyboard.isVisible())
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible)
    assert keyboard.key_order() != first_layout
    qtbot.mouseClick(window.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    otp = wait_for_code_step(qtbot, live_branch)
    qtbot.mouseClick(otp, Qt.MouseButton.LeftButton)
    click_text(qtbot, keyboard, stub.last_code(PHONE))
    qtbot.mouseClick(window.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live_branch.main_window is not None, timeout=10_000)
