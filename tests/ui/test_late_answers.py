"""Answers that arrive too late: after the window is gone, or after the session ended.

A MockTransport in front of the in-process stub holds the requests of one moment; the customer
logs out (or the login window closes), the window is deleted, then the answers are let go. A
slot touching a deleted widget raises in the event loop, which pytest-qt reports; a Qt warning
fails the test too (setup.cfg); a background task's crash is logged, which caplog catches here.
A session that ended while the customer typed (a 401 to Send) keeps the form's text.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api import BankError
from desktop.app import BranchApp, Options
from desktop.messages import error_message
from desktop.session import Session
from server_stub.app import create_app
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.qt_support import MemoryKeyring, dispose_branch, run_async
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    last_code,
    login_by_keyboard,
    open_login_window,
    press,
    type_keys,
    wait_error,
    wait_focus,
)
from tests.ui.test_contacts import open_page
from ui.login.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.pages.complaints_page import ComplaintsPage
from ui.pages.notifications_page import NotificationsPage
from ui.pages.security_page import SecurityPage
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.alive import alive

#: Everything but the logout itself (and the stub's own controls) may be held.
ANY_BUT_LOGOUT = r"(?!POST /auth/logout$)(?!\w+ /_stub).*"


class Gate:
    """Holds the requests matching `pattern` until release().

    answer_first: the server answers at once and only the answer waits (a late success);
    otherwise the request reaches the server after release (after the logout: a 401).
    """

    def __init__(self, backend: Backend) -> None:
        self._asgi = httpx.ASGITransport(app=create_app(backend=backend))
        self.pattern: str | None = None
        self.answer_first = True
        self.held: list[str] = []
        self.finished = 0
        self._released = asyncio.Event()
        self.transport = httpx.MockTransport(self._handle)

    def hold(self, pattern: str, *, answer_first: bool) -> None:
        self.pattern = pattern
        self.answer_first = answer_first
        self._released.clear()

    def release(self) -> None:
        self.pattern = None
        self._released.set()

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        key = f"{request.method} {request.url.path.removeprefix('/api/v1')}"
        if self.pattern is None or not re.fullmatch(self.pattern, key):
            return await self._asgi.handle_async_request(request)
        self.held.append(key)
        try:
            if self.answer_first:
                response = await self._asgi.handle_async_request(request)
                await response.aread()
                await self._released.wait()
                return response
            await self._released.wait()
            return await self._asgi.handle_async_request(request)
        finally:
            self.finished += 1


@pytest.fixture
def gate(backend: Backend) -> Gate:
    return Gate(backend)


@pytest.fixture
def gated(
    qloop: qasync.QEventLoop, gate: Gate, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> Iterator[BranchApp]:
    app = BranchApp(
        Options(server="http://127.0.0.1", language="en", data_dir=tmp_path / "client"),
        transport=gate.transport,
        remembered=MemoryKeyring(),
    )
    caplog.set_level(logging.ERROR)
    yield app
    dispose_branch(app)
    # A task that crashed on a deleted widget is logged by desktop.tasks, not raised.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def delete_now() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def log_out_while_held(qtbot: QtBot, app: BranchApp, gate: Gate, main: MainWindow) -> None:
    """Alt+L in the main window while requests are held; the window is deleted; then release."""
    qtbot.waitUntil(lambda: len(gate.held) > 0, timeout=5000)
    main.activateWindow()
    main.navigation.setFocus()
    qtbot.waitUntil(main.navigation.hasFocus)
    qtbot.keyClick(main.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: app.main_window is None, timeout=5000)
    qtbot.waitUntil(lambda: not alive(main), timeout=5000)
    held = len(gate.held)
    gate.release()
    qtbot.waitUntil(lambda: gate.finished >= held, timeout=5000)
    qtbot.wait(100)  # the late answers reach their slots
    delete_now()
    assert app.login_window.isVisible()


def logged_in(qtbot: QtBot, app: BranchApp, backend: Backend) -> MainWindow:
    open_login_window(qtbot, app)
    return login_by_keyboard(qtbot, app, backend, "123456789", "Tirana2026")


PAGES = [
    "accountsPage",
    "transactionsPage",
    "paymentsPage",
    "notificationsPage",
    "securityPage",
    "complaintsPage",
    "contactsPage",
]


@pytest.mark.parametrize("answer_first", [True, False], ids=["late-success", "late-401"])
@pytest.mark.parametrize("name", PAGES)
def test_page_loading_when_the_window_is_gone(
    qtbot: QtBot, gated: BranchApp, gate: Gate, backend: Backend, name: str, answer_first: bool
) -> None:
    main = logged_in(qtbot, gated, backend)
    gate.hold(ANY_BUT_LOGOUT, answer_first=answer_first)
    if name == "accountsPage":
        main.show_page("contactsPage")  # away and back: the accounts load again
        qtbot.waitUntil(lambda: len(gate.held) > 0, timeout=5000)
    main.show_page(name)
    log_out_while_held(qtbot, gated, gate, main)


def test_late_401_of_the_old_session_leaves_the_new_one_alone(
    qtbot: QtBot, gated: BranchApp, gate: Gate, backend: Backend
) -> None:
    main = logged_in(qtbot, gated, backend)
    gate.hold(ANY_BUT_LOGOUT, answer_first=False)
    main.show_page("notificationsPage")
    qtbot.waitUntil(lambda: len(gate.held) > 0, timeout=5000)
    qtbot.keyClick(main.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: gated.main_window is None, timeout=5000)
    gate.pattern = None  # what is held stays held; the new login passes
    held = len(gate.held)
    second = login_by_keyboard(qtbot, gated, backend, "123456789", "Tirana2026")
    # Now the old session's requests reach the bank: 401 session_expired, for the old token.
    gate.release()
    qtbot.waitUntil(lambda: gate.finished >= held, timeout=5000)
    qtbot.wait(100)
    assert gated.session.active
    assert gated.main_window is second
    assert second.isVisible()
    assert not gated.login_window.isVisible()


def test_complaint_sent_when_the_window_is_gone(
    qtbot: QtBot, gated: BranchApp, gate: Gate, backend: Backend
) -> None:
    main = logged_in(qtbot, gated, backend)
    page = main.show_page("complaintsPage")
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(page.submissions.has_loaded, timeout=5000)
    page.subject_edit.setFocus()
    qtbot.keyClicks(page.subject_edit, "Card refused")
    page.message_edit.setFocus()
    qtbot.keyClicks(page.message_edit, "My card was refused at the shop twice today.")
    qtbot.keyClicks(page.contact_edit, "mira@example.com")
    gate.hold(r"POST /complaints", answer_first=True)
    page.submit()
    log_out_while_held(qtbot, gated, gate, main)


def test_password_change_answered_when_the_window_is_gone(
    qtbot: QtBot, gated: BranchApp, gate: Gate, backend: Backend
) -> None:
    main = logged_in(qtbot, gated, backend)
    page = main.show_page("securityPage")
    assert isinstance(page, SecurityPage)
    qtbot.keyClicks(page.current_edit, "Tirana2026")
    qtbot.keyClicks(page.rules.new_edit, "Shkodra2027x")
    qtbot.keyClicks(page.rules.confirm_edit, "Shkodra2027x")
    gate.hold(r"POST /auth/password", answer_first=True)
    page.change_password()
    log_out_while_held(qtbot, gated, gate, main)


def test_mark_all_read_answered_when_the_window_is_gone(
    qtbot: QtBot, gated: BranchApp, gate: Gate, backend: Backend
) -> None:
    main = logged_in(qtbot, gated, backend)
    page = main.show_page("notificationsPage")
    assert isinstance(page, NotificationsPage)
    qtbot.waitUntil(page.has_loaded, timeout=5000)
    qtbot.waitUntil(page.read_all_button.isEnabled, timeout=5000)
    gate.hold(r"POST /notifications/.*", answer_first=True)
    page.mark_all_read()
    log_out_while_held(qtbot, gated, gate, main)


# --- the login window's steps, with the window closed while the bank answers -----------------
@pytest.fixture
def login_window(
    qloop: qasync.QEventLoop, gate: Gate, caplog: pytest.LogCaptureFixture
) -> Iterator[tuple[LoginWindow, Session]]:
    from desktop.api import ApiClient

    caplog.set_level(logging.ERROR)
    api = ApiClient("http://127.0.0.1", transport=gate.transport)
    session = Session(api)
    window = LoginWindow(session, MemoryKeyring())
    window.show()
    yield window, session
    if alive(window):
        window.close()
        window.deleteLater()
    session.deleteLater()
    delete_now()
    run_async(api.aclose())
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def close_while_held(qtbot: QtBot, window: LoginWindow, gate: Gate) -> None:
    qtbot.waitUntil(lambda: len(gate.held) > 0, timeout=5000)
    window.close()
    window.deleteLater()
    delete_now()
    assert not alive(window)
    held = len(gate.held)
    gate.release()
    qtbot.waitUntil(lambda: gate.finished >= held, timeout=5000)
    qtbot.wait(100)


def wait_code_step(qtbot: QtBot, window: LoginWindow) -> None:
    qtbot.waitUntil(lambda: window.current_step() is window.code, timeout=5000)


def credentials(window: LoginWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.credentials.login_id_edit, "123456789")
    qtbot.keyClicks(window.credentials.password_edit, "Tirana2026")


def start_credentials(qtbot: QtBot, window: LoginWindow, gate: Gate, backend: Backend) -> None:
    credentials(window, qtbot)
    gate.hold(r"POST /auth/login", answer_first=True)
    window.credentials.submit()


def start_code(qtbot: QtBot, window: LoginWindow, gate: Gate, backend: Backend) -> None:
    credentials(window, qtbot)
    window.credentials.submit()
    wait_code_step(qtbot, window)
    qtbot.keyClicks(window.code.otp_edit, last_code(backend, DEMO_PHONES["123456789"]))
    gate.hold(r"POST /auth/otp", answer_first=True)
    window.code.submit()


def start_resend(qtbot: QtBot, window: LoginWindow, gate: Gate, backend: Backend) -> None:
    credentials(window, qtbot)
    window.credentials.submit()
    wait_code_step(qtbot, window)
    gate.hold(r"POST /auth/otp/resend", answer_first=True)
    window.code.resend()


def start_registration(qtbot: QtBot, window: LoginWindow, gate: Gate, backend: Backend) -> None:
    window.show_registration()
    qtbot.keyClicks(window.registration.number_edit, "222222222")
    gate.hold(r"POST /registration", answer_first=True)
    window.registration.submit()


def start_registration_code(
    qtbot: QtBot, window: LoginWindow, gate: Gate, backend: Backend
) -> None:
    window.show_registration()
    qtbot.keyClicks(window.registration.number_edit, "222222222")
    window.registration.submit()
    step = window.registration_code
    qtbot.waitUntil(lambda: window.current_step() is step, timeout=5000)
    qtbot.keyClicks(step.otp_edit, last_code(backend, "+355692222222"))
    qtbot.keyClicks(step.rules.new_edit, "Shkodra2027x")
    qtbot.keyClicks(step.rules.confirm_edit, "Shkodra2027x")
    gate.hold(r"POST /registration/complete", answer_first=True)
    step.submit()


def start_reset(qtbot: QtBot, window: LoginWindow, gate: Gate, backend: Backend) -> None:
    window.show_password_reset()
    qtbot.keyClicks(window.reset_start.login_id_edit, "123456789")
    gate.hold(r"POST /password-reset", answer_first=True)
    window.reset_start.submit()


STEPS: dict[str, Callable[[QtBot, LoginWindow, Gate, Backend], None]] = {
    "credentials": start_credentials,
    "code": start_code,
    "resend": start_resend,
    "registration": start_registration,
    "registration-code": start_registration_code,
    "password-reset": start_reset,
}


@pytest.mark.parametrize("step", list(STEPS))
def test_login_step_answered_when_the_window_is_gone(
    qtbot: QtBot,
    login_window: tuple[LoginWindow, Session],
    gate: Gate,
    backend: Backend,
    step: str,
) -> None:
    window, _session = login_window
    STEPS[step](qtbot, window, gate, backend)
    close_while_held(qtbot, window, gate)


# --- the session ends while the customer is typing -----------------------------------------------
def test_session_expiring_mid_complaint_keeps_the_text_for_the_same_customer(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    page = open_page(qtbot, main, "complaintsPage")
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(page.submissions.has_loaded, timeout=5000)
    page.subject_edit.setFocus()
    wait_focus(qtbot, page.subject_edit)
    type_keys(qtbot, "Card not working")
    press(qtbot, Qt.Key.Key_M, ALT)
    type_keys(qtbot, "My card was refused at the shop twice today.")

    clock.advance(seconds=301)  # the computer slept: the bank ended the session meanwhile
    press(qtbot, Qt.Key.Key_E, ALT)  # S&end
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=5000)
    assert branch.main_window is None
    wait_error(qtbot, branch.login_window, error_message(BankError("session_expired")))

    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    page = open_page(qtbot, main, "complaintsPage")
    assert isinstance(page, ComplaintsPage)
    assert page.subject_edit.text() == "Card not working"
    assert page.message_edit.toPlainText() == "My card was refused at the shop twice today."
    qtbot.waitUntil(page.submissions.has_loaded, timeout=5000)


def test_session_expiring_while_filtering_keeps_the_filter(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    page = open_page(qtbot, main, "transactionsPage")
    assert isinstance(page, TransactionsPage)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)

    clock.advance(seconds=301)
    page.filters.search_edit.setFocus()
    wait_focus(qtbot, page.filters.search_edit)
    type_keys(qtbot, "Tirana")  # the filter applies after a pause: that request meets the 401
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=10_000)
    wait_error(qtbot, branch.login_window, error_message(BankError("session_expired")))

    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    again = open_page(qtbot, main, "transactionsPage")
    assert isinstance(again, TransactionsPage)
    assert again.filters.search_edit.text() == "Tirana"
    qtbot.waitUntil(lambda: not again.model.fetching, timeout=10_000)
