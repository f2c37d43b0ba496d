"""Keyboard-only helpers for the account-lifecycle GUI tests: type, press, log in, read codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp, Options
from desktop.secrets import RememberedLogin
from server_stub.app import create_app
from server_stub.services.backend import Backend
from tests.qt_support import dispose_branch
from tests.server.conftest import DEMO_PHONES
from tests.ui.test_login_keyboard import last_code
from ui.login.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.pages.accounts_page import AccountsPage

ENTER = Qt.Key.Key_Return
TAB = Qt.Key.Key_Tab
ALT = Qt.KeyboardModifier.AltModifier

__all__ = ["DEMO_PHONES", "last_code"]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    """Types into whatever has the focus, as a customer would."""
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def wait_focus(qtbot: QtBot, widget: QWidget, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=timeout)


def open_login_window(qtbot: QtBot, branch: BranchApp) -> LoginWindow:
    branch.start()
    window = branch.login_window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: branch.is_ready)  # keyring asked, remembered ID filled in
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def child(parent: QWidget, kind: type[Any], name: str) -> Any:
    """The visible widget of that object name (steps share names such as otpEdit)."""
    for widget in parent.findChildren(kind, name):
        if widget.isVisible():
            return widget
    raise AssertionError(f"no visible {kind.__name__} named {name}")


def error_text(window: QWidget) -> str:
    label = child(window, QLabel, "errorLabel")
    return str(label.accessibleDescription())


def login_by_keyboard(
    qtbot: QtBot, branch: BranchApp, backend: Backend, number: str, password: str
) -> MainWindow:
    """From the login window in front: login ID (if empty), Tab, password, Enter, code, Enter."""
    window = branch.login_window
    login_id = child(window, QLineEdit, "loginIdEdit")
    if not login_id.text():
        login_id.setFocus()
        wait_focus(qtbot, login_id)
        type_keys(qtbot, number)
        press(qtbot, TAB)
    password_edit = child(window, QLineEdit, "passwordEdit")
    wait_focus(qtbot, password_edit)
    if password_edit.text():
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # typed over
    type_keys(qtbot, password)
    press(qtbot, ENTER)
    otp = window.code.otp_edit
    wait_focus(qtbot, otp)
    type_keys(qtbot, last_code(backend, DEMO_PHONES[number]))
    press(qtbot, ENTER)
    qtbot.waitUntil(
        lambda: branch.main_window is not None and branch.main_window.isVisible(), timeout=5000
    )
    main = branch.main_window
    assert main is not None
    settle(qtbot, main)
    return main


def settle(qtbot: QtBot, main: MainWindow) -> None:
    """Waits until the page in front has its data: no request is left in flight at teardown."""
    page = main.current_page()
    if isinstance(page, AccountsPage):
        qtbot.wait(20)  # the refresh task starts on the next turn of the loop
        qtbot.waitUntil(page.refresh_button.isEnabled, timeout=5000)


def wait_error(qtbot: QtBot, window: QWidget, expected: str, timeout: int = 5000) -> None:
    """Waits for the window's error line to say `expected` (async slots answer a moment later)."""

    def shown() -> bool:
        try:
            return error_text(window) == expected
        except AssertionError:
            return False

    qtbot.waitUntil(shown, timeout=timeout)


def new_branch(
    backend: Backend,
    data_dir: Path,
    remembered: RememberedLogin,
    monotonic: Callable[[], float] | None = None,
) -> BranchApp:
    """Another start of the app on the same bank (as the `branch` fixture builds it)."""
    transport = httpx.ASGITransport(app=create_app(backend=backend))
    return BranchApp(
        Options(server="http://127.0.0.1", language="en", data_dir=data_dir),
        transport=transport,
        remembered=remembered,
        monotonic=monotonic,
    )


def close_branch(app: BranchApp) -> None:
    dispose_branch(app)
