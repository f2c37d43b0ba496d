"""The whole app when the server fails: not there, dying, 500, slow, garbled, session ending.

Each test drives the real windows by keyboard; the server is the in-process stub behind an
httpx.MockTransport that can answer for it, or the stub on loopback that is stopped and started.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop.api import NETWORK_ERROR, TIMEOUT, BankError
from desktop.app import BranchApp, Options
from desktop.messages import CALL_CENTER, error_message, general_error
from server_stub.app import create_app
from server_stub.runner import ServerThread
from server_stub.services.backend import Backend
from tests.desktop.test_api_faults import LoopbackServer
from tests.qt_support import MemoryKeyring, dispose_branch
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    ENTER,
    TAB,
    error_text,
    last_code,
    login_by_keyboard,
    open_login_window,
    press,
    type_keys,
    wait_error,
    wait_focus,
)
from tests.ui.test_late_answers import PAGES
from ui.main_window import MainWindow
from ui.pages.accounts_page import AccountsPage

Responder = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


class Faults:
    """The stub in-process behind a MockTransport; a rule may answer a request in its place.

    Rules match "METHOD /path" (without /api/v1) with a regular expression.
    """

    def __init__(self, backend: Backend) -> None:
        self._asgi = httpx.ASGITransport(app=create_app(backend=backend))
        self.rules: dict[str, Responder] = {}
        self.transport = httpx.MockTransport(self._handle)

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        key = f"{request.method} {request.url.path.removeprefix('/api/v1')}"
        for pattern, respond in list(self.rules.items()):
            if re.fullmatch(pattern, key):
                result = respond(request)
                return await result if inspect.isawaitable(result) else result
        return await self._asgi.handle_async_request(request)


def raw(status: int, body: bytes, content_type: str, request_id: str) -> Responder:
    headers = {"Content-Type": content_type, "X-Request-ID": request_id}
    return lambda request: httpx.Response(status, content=body, headers=headers)


class Clock:
    """The app's monotonic clock, moved by hand (the idle timer)."""

    now = 50_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def faults(backend: Backend) -> Faults:
    return Faults(backend)


@pytest.fixture
def app_clock() -> Clock:
    return Clock()


@pytest.fixture
def faulty_branch(
    qloop: qasync.QEventLoop, faults: Faults, tmp_path: Path, app_clock: Clock
) -> Iterator[BranchApp]:
    app = BranchApp(
        Options(server="http://127.0.0.1", language="en", data_dir=tmp_path / "client"),
        transport=faults.transport,
        remembered=MemoryKeyring(),
        monotonic=app_clock,
    )
    yield app
    dispose_branch(app)


def type_credentials(qtbot: QtBot, app: BranchApp, number: str, password: str) -> None:
    login_id = app.login_window.credentials.login_id_edit
    login_id.setFocus()
    wait_focus(qtbot, login_id)
    type_keys(qtbot, number)
    press(qtbot, TAB)
    type_keys(qtbot, password)
    press(qtbot, ENTER)


def accounts_page(main: MainWindow) -> AccountsPage:
    page = main.page("accountsPage")
    assert isinstance(page, AccountsPage)
    return page


def page_error(page: AccountsPage) -> str:
    label = page.error_label
    return label.accessibleDescription() if label.isVisible() else ""


def refresh_accounts(
    qtbot: QtBot, main: MainWindow, shown: Callable[[AccountsPage], bool]
) -> AccountsPage:
    """Alt+R on the accounts page, then waits until `shown(page)` and the button is back."""
    page = accounts_page(main)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: shown(page) and page.refresh_button.isEnabled(), timeout=10_000)
    return page


def failed_with(message: str) -> Callable[[AccountsPage], bool]:
    return lambda page: page_error(page) == message


# --- the server is not running when the app starts ---------------------------------------------
def test_server_not_running_at_start_then_retry_by_keyboard(
    qtbot: QtBot, qloop: qasync.QEventLoop, backend: Backend, tmp_path: Path
) -> None:
    server = ServerThread(create_app(backend=backend))  # its port is bound, nobody listens yet
    app = BranchApp(
        Options(server=server.url, language="en", data_dir=tmp_path / "client"),
        remembered=MemoryKeyring(),
    )
    try:
        window = open_login_window(qtbot, app)
        type_credentials(qtbot, app, "123456789", "Tirana2026")
        unreachable = error_message(BankError(NETWORK_ERROR))
        wait_error(qtbot, window, unreachable)
        assert unreachable.startswith("The bank's server cannot be reached")
        assert app.main_window is None
        # Nothing to type again: the password stays and has the focus, Enter retries.
        password = app.login_window.credentials.password_edit
        assert password.text() == "Tirana2026"
        wait_focus(qtbot, password)
        assert app.login_window.continue_button.isEnabled()

        server.start()
        press(qtbot, ENTER)
        main = login_by_code(qtbot, app, backend)
        page = accounts_page(main)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    finally:
        dispose_branch(app)
        server.stop()


def login_by_code(qtbot: QtBot, app: BranchApp, backend: Backend) -> MainWindow:
    otp = app.login_window.code.otp_edit
    wait_focus(qtbot, otp, timeout=10_000)
    type_keys(qtbot, last_code(backend, DEMO_PHONES["123456789"]))
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    assert app.main_window is not None
    return app.main_window


# --- the server dies while the customer is logged in --------------------------------------------
def test_server_dying_mid_session_keeps_the_session_until_it_answers_again(
    qtbot: QtBot, qloop: qasync.QEventLoop, backend: Backend, tmp_path: Path
) -> None:
    clock = Clock()
    server = ServerThread(create_app(backend=backend)).start()
    port = server.port
    app = BranchApp(
        Options(server=server.url, language="en", data_dir=tmp_path / "client"),
        remembered=MemoryKeyring(),
        monotonic=clock,
    )
    servers = [server]
    try:
        open_login_window(qtbot, app)
        main = login_by_keyboard(qtbot, app, backend, "123456789", "Tirana2026")
        page = accounts_page(main)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)

        server.stop()
        refresh_accounts(qtbot, main, failed_with(error_message(BankError(NETWORK_ERROR))))
        # Still logged in here: the rows stay, nothing crashed, no login window.
        assert app.session.active
        assert app.main_window is main
        assert main.isVisible()
        assert not app.login_window.isVisible()
        assert page.model.rowCount() == 3
        clock.now += 20
        app.session.note_activity()  # a keepalive to a dead server fails quietly
        qtbot.wait(50)
        assert app.session.active

        # The server is back (same port, same bank): the same session carries on.
        servers.append(ServerThread(create_app(backend=backend), port=port).start())
        refresh_accounts(qtbot, main, failed_with(""))
        assert page.model.rowCount() == 3
        assert app.session.active

        # Down again, and the customer walks away: the idle timer ends the session here.
        servers[-1].stop()
        clock.now += 301
        app.session.tick()
        qtbot.waitUntil(lambda: app.login_window.isVisible(), timeout=5000)
        assert app.main_window is None
        assert not app.session.active
        wait_error(qtbot, app.login_window, error_message(BankError("logged_out_idle")))
    finally:
        dispose_branch(app)
        for each in servers:
            each.stop()


def test_idle_logout_does_not_wait_for_a_hanging_server(
    qtbot: QtBot, faulty_branch: BranchApp, faults: Faults, backend: Backend, app_clock: Clock
) -> None:
    app = faulty_branch
    hanging: list[httpx.Request] = []

    async def hang(request: httpx.Request) -> httpx.Response:
        hanging.append(request)
        await asyncio.Event().wait()  # never set: the server never answers
        raise AssertionError("unreachable")

    open_login_window(qtbot, app)
    login_by_keyboard(qtbot, app, backend, "123456789", "Tirana2026")
    faults.rules[r"POST /auth/logout"] = hang
    app_clock.now += 301
    app.session.tick()
    # The customer's data leaves the screen within a second, while the server is still being told.
    qtbot.waitUntil(lambda: app.login_window.isVisible(), timeout=2000)
    assert app.main_window is None
    qtbot.waitUntil(lambda: len(hanging) == 1, timeout=2000)


# --- 500 -----------------------------------------------------------------------------------------
def test_500_at_login_shows_the_general_error_with_the_request_id(
    qtbot: QtBot, faulty_branch: BranchApp, faults: Faults, backend: Backend
) -> None:
    problem = {
        "type": "about:blank",
        "title": "Internal Server Error",
        "status": 500,
        "code": "internal_error",
        "request_id": "req-login-500",
    }
    faults.rules[r"POST /auth/login"] = raw(
        500, json.dumps(problem).encode(), "application/problem+json", "req-login-500"
    )
    window = open_login_window(qtbot, faulty_branch)
    type_credentials(qtbot, faulty_branch, "123456789", "Tirana2026")
    wait_error(qtbot, window, general_error("req-login-500"))
    assert CALL_CENTER in error_text(window)
    assert "req-login-500" in error_text(window)
    # The server recovers: Enter again logs in.
    del faults.rules[r"POST /auth/login"]
    press(qtbot, ENTER)
    login_by_code(qtbot, faulty_branch, backend)


def test_500_on_a_page_names_the_request_from_the_header(
    qtbot: QtBot, faulty_branch: BranchApp, faults: Faults, backend: Backend
) -> None:
    open_login_window(qtbot, faulty_branch)
    main = login_by_keyboard(qtbot, faulty_branch, backend, "123456789", "Tirana2026")
    faults.rules[r"GET /accounts"] = raw(500, b"Internal Server Error", "text/plain", "req-acc")
    refresh_accounts(qtbot, main, failed_with(general_error("req-acc")))
    assert faulty_branch.session.active  # a server error is no reason to log out


# --- garbled answers -----------------------------------------------------------------------------
BAD_BODIES = {
    "truncated JSON": (b'{"challenge_id": "c1", "otp_len', "application/json"),
    "HTML page": (b"<html><body><h1>Bad Gateway</h1></body></html>", "text/html"),
    "JSON that is no object": (b'["c1"]', "application/json"),
}


@pytest.mark.parametrize("status", [200, 502])
@pytest.mark.parametrize("kind", list(BAD_BODIES))
def test_garbled_answer_at_login_is_the_general_error(
    qtbot: QtBot,
    faulty_branch: BranchApp,
    faults: Faults,
    backend: Backend,
    kind: str,
    status: int,
) -> None:
    body, content_type = BAD_BODIES[kind]
    faults.rules[r"POST /auth/login"] = raw(status, body, content_type, "req-garbled")
    window = open_login_window(qtbot, faulty_branch)
    type_credentials(qtbot, faulty_branch, "123456789", "Tirana2026")
    wait_error(qtbot, window, general_error("req-garbled"))
    assert faulty_branch.session.challenge is None  # nothing half-taken from the garbled answer
    assert window.continue_button.isEnabled()
    del faults.rules[r"POST /auth/login"]
    press(qtbot, ENTER)
    login_by_code(qtbot, faulty_branch, backend)


# --- a server that answers slowly ----------------------------------------------------------------
def test_slow_server_shows_progress_then_a_timeout_and_the_window_keeps_answering(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    server = LoopbackServer("silent")
    app = BranchApp(
        Options(server=server.url, language="en", data_dir=tmp_path / "client"),
        remembered=MemoryKeyring(),
        timeouts={"read": 1.0},
    )
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(50)
    heartbeat.timeout.connect(lambda: beats.append(1))
    try:
        window = open_login_window(qtbot, app)
        english_title = window.windowTitle()
        type_credentials(qtbot, app, "123456789", "Tirana2026")
        heartbeat.start()
        qtbot.waitUntil(lambda: not window.continue_button.isEnabled(), timeout=500)
        assert not window.busy.isVisible()  # no flicker for a quick answer
        qtbot.waitUntil(window.busy.isVisible, timeout=900)
        assert window.error_label.accessibleDescription() == ""

        # The customer may still switch the language while waiting: the window answers.
        selector = window.language_selector
        selector.setFocus()
        wait_focus(qtbot, selector)
        press(qtbot, Qt.Key.Key_Home)  # Shqip comes first
        qtbot.waitUntil(lambda: window.windowTitle() != english_title, timeout=500)
        press(qtbot, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: window.windowTitle() == english_title, timeout=500)
        assert window.busy.isVisible()  # still waiting for the bank

        wait_error(qtbot, window, error_message(BankError(TIMEOUT)), timeout=5000)
        assert "did not answer in time" in error_text(window)
        assert not window.busy.isVisible()
        assert window.continue_button.isEnabled()
        assert app.login_window.credentials.password_edit.text() == "Tirana2026"
        # About a second of waiting, and Qt's loop ran all along.
        assert len(beats) >= 10
        assert server.connections >= 1
    finally:
        heartbeat.stop()
        dispose_branch(app)
        server.stop()


@pytest.mark.parametrize(
    "body", [b'{"unexpected": true}', b"<html>Service Unavailable</html>"], ids=["shape", "html"]
)
def test_every_page_survives_answers_it_cannot_read(
    qtbot: QtBot,
    faulty_branch: BranchApp,
    faults: Faults,
    backend: Backend,
    caplog: pytest.LogCaptureFixture,
    body: bytes,
) -> None:
    open_login_window(qtbot, faulty_branch)
    main = login_by_keyboard(qtbot, faulty_branch, backend, "123456789", "Tirana2026")
    caplog.set_level(logging.ERROR)
    answered: list[str] = []

    def unreadable(request: httpx.Request) -> httpx.Response:
        answered.append(request.url.path)
        return httpx.Response(200, content=body, headers={"X-Request-ID": "req-odd"})

    faults.rules[r"GET /(?!_stub).*"] = unreadable

    def answered_since(count: int) -> Callable[[], bool]:
        return lambda: len(answered) > count

    for name in [*PAGES[1:], PAGES[0]]:  # the accounts page is in front already: last
        waiting = answered_since(len(answered))
        main.show_page(name)
        qtbot.waitUntil(waiting, timeout=5000)
        qtbot.wait(100)  # every answer of the page reaches its slot
    # Nothing crashed (pytest-qt reports a slot's exception), nothing was logged as a crash.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert faulty_branch.session.active
    message = page_error(accounts_page(main))
    assert message.startswith("Something went wrong")
    assert CALL_CENTER in message
