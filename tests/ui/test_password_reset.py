"""Forgot password in the login window, by keyboard alone: login ID, code, new password, done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.messages import CALL_CENTER, error_message, info_message, violation_message
from server_stub.services.backend import Backend
from server_stub.store.tables import customers
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    ENTER,
    TAB,
    child,
    focused,
    last_code,
    login_by_keyboard,
    open_login_window,
    press,
    type_keys,
    wait_error,
    wait_focus,
)
from ui.login.login_window import LoginWindow

PHONE = DEMO_PHONES["123456789"]


def open_reset(qtbot: QtBot, branch: BranchApp) -> LoginWindow:
    window = open_login_window(qtbot, branch)
    press(qtbot, Qt.Key.Key_F, ALT)  # &Forgot password?
    qtbot.waitUntil(lambda: window.current_step() is window.reset_start)
    wait_focus(qtbot, child(window, QLineEdit, "resetLoginIdEdit"))
    assert window.current_step().help_topic == "forgot_password"
    return window


def rule_symbol(window: LoginWindow, rule: str) -> str:
    return str(child(window, QLabel, f"passwordRule_{rule}").text())[0]


def test_reset_of_123456789_end_to_end(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    window = open_reset(qtbot, branch)
    type_keys(qtbot, "123456789")
    press(qtbot, ENTER)
    step = window.reset_code
    wait_focus(qtbot, step.otp_edit)
    assert "+355 69 *** **67" in step.sent_label.text().replace("\xa0", " ")
    code = last_code(backend, PHONE)
    type_keys(qtbot, code)
    press(qtbot, ENTER)
    assert focused() is step.rules.new_edit
    type_keys(qtbot, "Tirana2026")  # the current password: one of the last three
    press(qtbot, TAB)
    type_keys(qtbot, "Tirana2026")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: rule_symbol(window, "history") == "✗", timeout=5000)
    assert violation_message("password_reused") in step.rules.error_label.text()
    assert not window.error_label.isVisible()  # said once, next to the field
    assert step.otp_edit.text() == code  # the code was not used up
    assert focused() is step.rules.new_edit
    type_keys(qtbot, "Berat2027x")
    press(qtbot, TAB)
    type_keys(qtbot, "Berat2027x")
    press(qtbot, ENTER)

    credentials = window.credentials
    qtbot.waitUntil(lambda: window.current_step() is credentials, timeout=5000)
    assert credentials.login_id_edit.text() == "123456789"
    assert focused() is credentials.password_edit
    info = child(window, QLabel, "infoLabel")
    assert info.accessibleDescription() == info_message("password_reset_done")
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Berat2027x")
    assert main.isVisible()


def test_login_id_typed_on_the_login_step_is_carried_over(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_login_window(qtbot, branch)
    type_keys(qtbot, "j12345678a")
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: window.current_step() is window.reset_start)
    assert window.reset_start.login_id_edit.text() == "J12345678A"


def test_reset_by_personal_number_leaves_the_customer_number_rule_to_the_bank(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = open_reset(qtbot, branch)
    type_keys(qtbot, "J12345678A")
    press(qtbot, ENTER)
    step = window.reset_code
    wait_focus(qtbot, step.otp_edit)
    type_keys(qtbot, last_code(backend, PHONE))
    press(qtbot, ENTER)
    type_keys(qtbot, "a123456789")
    assert rule_symbol(window, "customer_number") == "•"
    press(qtbot, TAB)
    type_keys(qtbot, "a123456789")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: rule_symbol(window, "customer_number") == "✗", timeout=5000)
    assert violation_message("contains_customer_number") in step.rules.error_label.text()


def test_blocked_user_is_sent_to_the_call_center(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    with backend.db.write() as conn:
        conn.execute(
            update(customers).where(customers.c.customer_number == "123456789").values(blocked=True)
        )
    window = open_reset(qtbot, branch)
    type_keys(qtbot, "123456789")
    press(qtbot, ENTER)
    expected = error_message(BankError("user_blocked", fields={"call_center": CALL_CENTER}))
    wait_error(qtbot, window, expected)
    assert CALL_CENTER in expected
    assert window.current_step() is window.reset_start


def test_unregistered_customer_is_sent_to_the_call_center(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_reset(qtbot, branch)
    type_keys(qtbot, "222222222")
    press(qtbot, ENTER)
    expected = error_message(BankError("contact_call_center", fields={"call_center": CALL_CENTER}))
    wait_error(qtbot, window, expected)
    assert CALL_CENTER in expected


def test_unknown_customer(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_reset(qtbot, branch)
    type_keys(qtbot, "555555555")
    press(qtbot, ENTER)
    wait_error(qtbot, window, error_message(BankError("customer_not_found")))


def test_back_returns_to_the_login_step(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_reset(qtbot, branch)
    press(qtbot, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: window.current_step() is window.credentials)
    assert window.register_button.isVisible()
    assert window.forgot_button.isVisible()
