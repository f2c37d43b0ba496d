"""Idle logout: the warning and Continue, the logout and its message, the form text kept.

Time moves by hand: the app's monotonic clock and the server's ManualClock, never by sleeping.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.app_window import BranchWindow
from desktop.messages import error_message
from desktop.session import SAFETY_MARGIN_S
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.ui.conftest import MemoryKeyring, run_async
from tests.ui.security_helpers import (
    ALT,
    ENTER,
    close_branch,
    focused,
    login_by_keyboard,
    new_branch,
    open_login_window,
    press,
    type_keys,
    wait_error,
)
from tests.ui.test_security_page import answer_to, open_security_page
from ui.main_window import MainWindow
from ui.pages.page import Page
from ui.pages.security_page import SecurityPage
from ui.widgets.idle_warning import IdleWarningDialog

IDLE_TIMEOUT = 300


class NotePage(Page):
    """A page with a form field that is no secret (the payment description, say)."""

    help_topic = "accounts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notePage")
        self.label = QLabel("&Note", self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("noteEdit")
        self.label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)

    def nav_title(self) -> str:
        return "Note"

    def draft(self) -> dict[str, Any] | None:
        return {"note": self.edit.text()} if self.edit.text() else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.edit.setText(str(draft.get("note", "")))

    def retranslate(self) -> None:
        pass


class Clocks:
    """The app's monotonic clock and the server's clock, moved together."""

    def __init__(self, server: ManualClock) -> None:
        self.now = 10_000.0
        self.server = server

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.server.advance(seconds=seconds)


@pytest.fixture
def clocks(clock: ManualClock) -> Clocks:
    return Clocks(clock)


@pytest.fixture
def app(
    qloop: qasync.QEventLoop,
    backend: Backend,
    tmp_path: Path,
    clocks: Clocks,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[BranchApp]:
    """The whole app on the moved clock, with the note page after the real ones."""
    branch = new_branch(backend, tmp_path / "client", MemoryKeyring(), clocks.monotonic)
    real_builders = BranchWindow._page_builders
    monkeypatch.setattr(
        BranchWindow, "_page_builders", lambda self: [*real_builders(self), NotePage]
    )
    yield branch
    close_branch(branch)


def log_in(qtbot: QtBot, app: BranchApp, backend: Backend, number: str = "123456789") -> MainWindow:
    passwords = {"123456789": "Tirana2026", "987654321": "Durres2026"}
    if not app.login_window.isVisible():
        open_login_window(qtbot, app)
    login_id = app.login_window.credentials.login_id_edit
    if login_id.text() != number:
        login_id.clear()
    return login_by_keyboard(qtbot, app, backend, number, passwords[number])


def note_page(qtbot: QtBot, main: MainWindow) -> NotePage:
    """The note page, reached from the menu with the arrow keys; focus in its field."""
    main.page_list()  # every page in the menu: they are built one per turn after the login
    main.navigation.setFocus()
    qtbot.waitUntil(main.navigation.hasFocus)
    press(qtbot, Qt.Key.Key_End)
    page = main.current_page()
    assert isinstance(page, NotePage)
    press(qtbot, Qt.Key.Key_N, ALT)  # the &Note label's buddy
    qtbot.waitUntil(page.edit.hasFocus)
    return page


def idle_dialog(app: BranchApp) -> IdleWarningDialog | None:
    dialog = app.idle_dialog
    return dialog if dialog is not None and dialog.isVisible() else None


def test_warning_at_least_60_s_before_and_enter_continues(
    qtbot: QtBot, app: BranchApp, backend: Backend, clocks: Clocks
) -> None:
    log_in(qtbot, app, backend)
    logged_out: list[str] = []
    app.session.loggedOut.connect(logged_out.append)
    clocks.advance(IDLE_TIMEOUT - SAFETY_MARGIN_S - 77)
    app.session.tick()
    assert idle_dialog(app) is None  # not yet

    clocks.advance(2)
    app.session.tick()
    dialog = idle_dialog(app)
    assert dialog is not None
    assert dialog.objectName() == "idleWarningDialog"
    assert app.session.seconds_left() >= 60
    assert "75 second" in dialog.message.text()
    button = dialog.findChild(QPushButton, "continueSessionButton")
    qtbot.waitUntil(lambda: focused() is button)

    clocks.advance(10)
    app.session.tick()
    assert "65 second" in dialog.message.text()  # the countdown runs
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: idle_dialog(app) is None)
    assert app.session.seconds_left() > IDLE_TIMEOUT - 10

    # The keepalive reached the bank: 200 s later the session is alive there and here,
    # although 431 s have passed since the login.
    task = app.session._keepalive_task
    assert task is not None
    qtbot.waitUntil(task.done)
    clocks.advance(200)
    app.session.tick()
    assert run_async(app.api.get("/me"))["customer_number"] == "123456789"
    assert logged_out == []
    assert app.main_window is not None
    assert app.main_window.isVisible()


def test_idle_expiry_returns_to_login_and_keeps_the_form_text(
    qtbot: QtBot, app: BranchApp, backend: Backend, clocks: Clocks
) -> None:
    main = log_in(qtbot, app, backend)
    note_page(qtbot, main)
    type_keys(qtbot, "Rent for December")
    open_security_page(qtbot, main)
    type_keys(qtbot, "Tirana2026")  # a password: never kept
    token = app.api.token
    assert token is not None

    clocks.advance(IDLE_TIMEOUT - SAFETY_MARGIN_S)
    app.session.tick()
    window = app.login_window
    qtbot.waitUntil(lambda: app.main_window is None and window.isVisible(), timeout=5000)
    wait_error(qtbot, window, error_message(BankError("logged_out_idle")))
    assert not app.session.active
    assert answer_to(app, token) == "session_expired"  # ended on the server too
    # Kept in memory for this customer: the note, and nothing from the password fields.
    assert app._drafts == {"123456789": {"notePage": {"note": "Rent for December"}}}

    main = log_in(qtbot, app, backend)
    restored = main.page("notePage")
    assert isinstance(restored, NotePage)
    assert restored.edit.text() == "Rent for December"
    security_again = main.page("securityPage")
    assert isinstance(security_again, SecurityPage)
    assert security_again.current_edit.text() == ""


def test_another_customer_never_sees_the_text(
    qtbot: QtBot, app: BranchApp, backend: Backend, clocks: Clocks
) -> None:
    main = log_in(qtbot, app, backend)
    note_page(qtbot, main)
    type_keys(qtbot, "Rent for December")
    clocks.advance(IDLE_TIMEOUT)
    app.session.tick()
    qtbot.waitUntil(lambda: app.main_window is None, timeout=5000)

    main = log_in(qtbot, app, backend, "987654321")
    page = main.page("notePage")
    assert isinstance(page, NotePage)
    assert page.edit.text() == ""
    assert app._drafts == {}


def test_explicit_logout_drops_the_text(
    qtbot: QtBot, app: BranchApp, backend: Backend, clocks: Clocks
) -> None:
    main = log_in(qtbot, app, backend)
    note_page(qtbot, main)
    type_keys(qtbot, "Rent for December")
    clocks.advance(IDLE_TIMEOUT)
    app.session.tick()
    qtbot.waitUntil(lambda: app.main_window is None, timeout=5000)
    main = log_in(qtbot, app, backend)
    restored = note_page(qtbot, main)
    assert restored.edit.text() == "Rent for December"  # kept over the idle logout
    press(qtbot, Qt.Key.Key_End)
    type_keys(qtbot, " and January")

    press(qtbot, Qt.Key.Key_L, ALT)  # &Log out
    qtbot.waitUntil(lambda: app.main_window is None, timeout=5000)
    assert app._drafts == {}
    main = log_in(qtbot, app, backend)
    after_logout = main.page("notePage")
    assert isinstance(after_logout, NotePage)
    assert after_logout.edit.text() == ""


def test_server_says_session_expired(
    qtbot: QtBot, app: BranchApp, backend: Backend, clocks: Clocks
) -> None:
    main = log_in(qtbot, app, backend)
    note_page(qtbot, main)
    type_keys(qtbot, "Rent for December")
    clocks.server.advance(seconds=IDLE_TIMEOUT + 1)  # only the bank's clock: it ends the session
    main.show_page("accountsPage")  # the accounts page asks the bank again
    window = app.login_window
    qtbot.waitUntil(lambda: app.main_window is None and window.isVisible(), timeout=5000)
    wait_error(qtbot, window, error_message(BankError("session_expired")))

    main = log_in(qtbot, app, backend)
    restored = main.page("notePage")
    assert isinstance(restored, NotePage)
    assert restored.edit.text() == "Rent for December"


def test_a_login_with_nothing_to_restore_leaves_the_pages_to_the_staged_build(
    qtbot: QtBot, app: BranchApp, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking for every page builds them all in one turn: only a draft to restore may do that."""
    asked: list[MainWindow] = []
    every_page = MainWindow.page_list

    def page_list(window: MainWindow) -> list[Any]:
        asked.append(window)
        return every_page(window)

    monkeypatch.setattr(MainWindow, "page_list", page_list)
    main = log_in(qtbot, app, backend)
    assert asked == []
    qtbot.waitUntil(lambda: len(main.built_pages()) == len(every_page(main)))
