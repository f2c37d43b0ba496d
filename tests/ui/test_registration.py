"""Registration in the login window, by keyboard alone: refusals, live rules, the kept code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.messages import error_message, info_message, violation_message
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from server_stub.store.tables import sms_outbox
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    ENTER,
    TAB,
    child,
    error_text,
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

PHONE = DEMO_PHONES["222222222"]


def open_registration(qtbot: QtBot, branch: BranchApp) -> LoginWindow:
    window = open_login_window(qtbot, branch)
    press(qtbot, Qt.Key.Key_G, ALT)  # Re&gister (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: window.current_step() is window.registration)
    number = child(window, QLineEdit, "registrationCustomerNumberEdit")
    wait_focus(qtbot, number)
    assert window.current_step().help_topic == "registration"
    return window


def rule_symbol(window: LoginWindow, rule: str) -> str:
    label = child(window, QLabel, f"passwordRule_{rule}")
    return str(label.text())[0]


def test_registration_of_222222222_end_to_end(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = open_registration(qtbot, branch)
    type_keys(qtbot, "222222222")
    press(qtbot, ENTER)
    step = window.registration_code
    wait_focus(qtbot, step.otp_edit)
    assert step.otp_edit.objectName() == "otpEdit"
    assert "+355 69 *** **22" in step.sent_label.text().replace("\xa0", " ")
    assert "The code is valid for" in step.countdown_label.text()
    assert not step.resend_button.isEnabled()
    code = last_code(backend, PHONE)
    type_keys(qtbot, code)
    press(qtbot, ENTER)  # on to the new password
    assert focused() is step.rules.new_edit

    # The rules tick one by one while typing.
    assert [rule_symbol(window, r) for r in ("length", "letter", "digit")] == ["○", "○", "○"]
    type_keys(qtbot, "Pass")
    assert rule_symbol(window, "letter") == "✓"
    assert rule_symbol(window, "digit") == "○"
    type_keys(qtbot, "word1")
    assert [rule_symbol(window, r) for r in ("length", "letter", "digit")] == ["✓", "✓", "✓"]
    assert rule_symbol(window, "customer_number") == "✓"
    assert rule_symbol(window, "common") == "•"  # only the bank knows its list
    assert rule_symbol(window, "match") == "○"
    press(qtbot, TAB)
    assert focused() is step.rules.confirm_edit
    type_keys(qtbot, "Password1")
    assert rule_symbol(window, "match") == "✓"
    press(qtbot, ENTER)

    # "Password1" is too common: the bank says so next to the field, and the code is kept.
    qtbot.waitUntil(lambda: rule_symbol(window, "common") == "✗", timeout=5000)
    assert step.rules.error_label.isVisible()
    assert violation_message("too_common") in step.rules.error_label.text()
    assert not window.error_label.isVisible()  # said once, next to the field
    assert step.otp_edit.text() == code
    assert focused() is step.rules.new_edit
    type_keys(qtbot, "Shkodra2027")  # replaces the selected password
    assert rule_symbol(window, "common") == "•"
    press(qtbot, TAB)
    type_keys(qtbot, "Shkodra2027")  # Tab selected the old confirmation: it is replaced
    press(qtbot, ENTER)

    # Registered: back to logging in, the number filled in, the good news shown.
    credentials = window.credentials
    qtbot.waitUntil(lambda: window.current_step() is credentials, timeout=5000)
    assert credentials.login_id_edit.text() == "222222222"
    assert focused() is credentials.password_edit
    info = child(window, QLabel, "infoLabel")
    assert info.accessibleDescription() == info_message("registered")
    assert step.otp_edit.text() == ""
    assert step.rules.password() == ""
    main = login_by_keyboard(qtbot, branch, backend, "222222222", "Shkodra2027")
    assert main.isVisible()


@pytest.mark.parametrize(
    ("number", "code", "reason"),
    [
        ("111111111", "not_eligible", "agreement_outdated"),
        ("444444444", "not_eligible", "no_registered_mobile"),
        ("123456789", "already_registered", None),
        ("555555555", "customer_not_found", None),
    ],
)
def test_each_refusal_has_its_own_message(
    qtbot: QtBot, branch: BranchApp, number: str, code: str, reason: str | None
) -> None:
    window = open_registration(qtbot, branch)
    type_keys(qtbot, number)
    press(qtbot, ENTER)
    fields = {"reason": reason} if reason else {}
    expected = error_message(BankError(code, status=403, fields=fields))
    wait_error(qtbot, window, expected)
    assert window.current_step() is window.registration
    assert focused() is window.registration.number_edit


def test_not_eligible_messages_differ_by_reason() -> None:
    texts = {
        error_message(BankError("not_eligible", status=403, fields={"reason": reason}))
        for reason in ("agreement_missing", "agreement_outdated", "no_registered_mobile")
    }
    assert len(texts) == 3
    assert all("KSHBI" in t or "mobile" in t for t in texts)


def test_short_number_is_refused_before_sending(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_registration(qtbot, branch)
    type_keys(qtbot, "2222")
    press(qtbot, ENTER)
    wait_error(qtbot, window, error_message(BankError("customer_number_format")))


def test_mismatch_and_unmet_rules_are_caught_here(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = open_registration(qtbot, branch)
    type_keys(qtbot, "222222222")
    press(qtbot, ENTER)
    step = window.registration_code
    wait_focus(qtbot, step.otp_edit)
    type_keys(qtbot, last_code(backend, PHONE))
    press(qtbot, ENTER)
    type_keys(qtbot, "x222222222a")  # contains the customer number
    assert rule_symbol(window, "customer_number") == "○"
    press(qtbot, TAB)
    type_keys(qtbot, "x222222222a")
    press(qtbot, ENTER)
    wait_error(qtbot, window, error_message(BankError("password_rules_unmet")))
    assert focused() is step.rules.new_edit
    step.rules.new_edit.selectAll()
    type_keys(qtbot, "Shkodra2027")
    press(qtbot, TAB)
    type_keys(qtbot, "Shkodra2028")
    press(qtbot, ENTER)
    wait_error(qtbot, window, error_message(BankError("password_mismatch")))
    assert focused() is step.rules.confirm_edit


def test_wrong_code_keeps_the_password_and_back_forgets_everything(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = open_registration(qtbot, branch)
    type_keys(qtbot, "222222222")
    press(qtbot, ENTER)
    step = window.registration_code
    wait_focus(qtbot, step.otp_edit)
    code = last_code(backend, PHONE)
    type_keys(qtbot, "000000" if code != "000000" else "111111")
    press(qtbot, ENTER)
    type_keys(qtbot, "Shkodra2027")
    press(qtbot, TAB)
    type_keys(qtbot, "Shkodra2027")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: "4 attempt" in error_text(window), timeout=5000)
    assert focused() is step.otp_edit
    assert step.otp_edit.text() == ""
    assert step.rules.password() == "Shkodra2027"
    press(qtbot, Qt.Key.Key_B, ALT)  # &Back
    qtbot.waitUntil(lambda: window.current_step() is window.credentials)
    assert step.rules.password() == ""


def test_resend_after_30_seconds(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    now = [1000.0]
    window = branch.login_window
    window.registration_code._monotonic = lambda: now[0]
    open_registration(qtbot, branch)
    type_keys(qtbot, "222222222")
    press(qtbot, ENTER)
    step = window.registration_code
    wait_focus(qtbot, step.otp_edit)
    assert not step.resend_button.isEnabled()
    now[0] += 31
    clock.advance(seconds=31)
    step._update_countdown()
    assert step.resend_button.isEnabled()
    assert "4:29" in step.countdown_label.text()
    press(qtbot, Qt.Key.Key_R, ALT)  # &Resend the code
    # A new code: the countdown starts again and the resend button waits again.
    qtbot.waitUntil(lambda: "5:00" in step.countdown_label.text(), timeout=5000)
    assert focused() is step.otp_edit
    assert not step.resend_button.isEnabled()
    second = last_code(backend, PHONE)
    with backend.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(sms_outbox)).scalar_one() == 2
    type_keys(qtbot, second)
    press(qtbot, ENTER)
    type_keys(qtbot, "Shkodra2027")
    press(qtbot, TAB)
    type_keys(qtbot, "Shkodra2027")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: window.current_step() is window.credentials, timeout=5000)
