"""A blocked user, by keyboard alone: 5 wrong passwords, the Call Center, unblock, in again."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.messages import CALL_CENTER, error_message
from server_stub.services.backend import Backend
from tests.ui.conftest import run_async
from tests.ui.security_helpers import (
    ENTER,
    TAB,
    child,
    focused,
    login_by_keyboard,
    open_login_window,
    press,
    type_keys,
    wait_error,
    wait_focus,
)
from tests.ui.test_security_page import open_security_page

BLOCKED = error_message(BankError("user_blocked", status=423, fields={"call_center": CALL_CENTER}))


def unblock(branch: BranchApp, number: str) -> None:
    """The Call Center's action (the stub's control)."""
    run_async(branch.api.post(f"/_stub/customers/{number}/unblock", authenticated=False))


def test_five_wrong_passwords_block_until_the_call_center_unblocks(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = open_login_window(qtbot, branch)
    type_keys(qtbot, "123456789")
    press(qtbot, TAB)
    password = child(window, QLineEdit, "passwordEdit")
    wrong = error_message(BankError("invalid_credentials", status=401))
    for _ in range(4):
        wait_focus(qtbot, password)
        type_keys(qtbot, "Wrong2026")
        press(qtbot, ENTER)
        wait_error(qtbot, window, wrong)
        window.error_label.clear_message()  # so the next, identical message is seen anew
    wait_focus(qtbot, password)
    type_keys(qtbot, "Wrong2026")
    press(qtbot, ENTER)
    wait_error(qtbot, window, BLOCKED)
    assert CALL_CENTER in BLOCKED
    assert "blocked" in BLOCKED

    # Blocked: even the right password is refused, with the same message.
    window.error_label.clear_message()
    wait_focus(qtbot, password)
    type_keys(qtbot, "Tirana2026")
    press(qtbot, ENTER)
    wait_error(qtbot, window, BLOCKED)
    assert window.current_step() is window.credentials

    unblock(branch, "123456789")
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    assert main.isVisible()


def test_wrong_current_passwords_block_and_end_the_session(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    page = open_security_page(qtbot, main)
    for attempt in range(5):
        wait_focus(qtbot, page.current_edit)
        type_keys(qtbot, "Wrong2026")
        if attempt == 0:
            press(qtbot, TAB)
            type_keys(qtbot, "Berat2027x")
            press(qtbot, TAB)
            type_keys(qtbot, "Berat2027x")
        else:
            press(qtbot, ENTER)  # on to the new password, still typed from the first attempt
        press(qtbot, ENTER)
        if attempt < 4:
            qtbot.waitUntil(lambda: page.current_edit.text() == "", timeout=5000)
    # The bank ended the session: back at the login window, saying why and whom to call.
    qtbot.waitUntil(lambda: branch.main_window is None, timeout=5000)
    window = branch.login_window
    qtbot.waitUntil(window.isVisible)
    wait_error(qtbot, window, error_message(BankError("user_blocked")))
    assert not branch.session.active
    assert focused() is not None
