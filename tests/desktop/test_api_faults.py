"""ApiClient against servers that fail: not there, closing, silent, garbled, 5xx, bad bodies."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from desktop.api import (
    BAD_RESPONSE,
    NETWORK_ERROR,
    SERVER_ERROR,
    TIMEOUT,
    ApiClient,
    BankError,
)
from desktop.messages import CALL_CENTER, error_message
from desktop.services.accounts import AccountsService
from desktop.services.payments import is_connection_lost

REQUEST_ID = "req-7f3a9c"
UNREACHABLE = "The bank's server cannot be reached"
TOO_SLOW = "did not answer in time"
GENERAL = "Something went wrong"


class LoopbackServer:
    """A TCP server on 127.0.0.1 that misbehaves on purpose, one connection at a time.

    `mode` is "close" (accepts and hangs up), "silent" (reads the request, never answers),
    "garbage" (answers bytes that are not HTTP) or "raw" (answers `raw` as it is).
    """

    def __init__(self, mode: str, raw: bytes = b"") -> None:
        self.mode = mode
        self.raw = raw
        self.connections = 0
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self._socket.settimeout(0.05)
        self.port: int = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, name="misbehaving", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            if self.mode == "close":
                conn.close()
                continue
            conn.settimeout(1.0)
            with contextlib.suppress(TimeoutError):
                conn.recv(65536)  # the request; its contents do not matter here
            if self.mode == "silent":
                self._open.append(conn)  # held open, never answered, until stop()
                continue
            conn.sendall(
                b"\x16\x03\x01 this is not HTTP\r\n\r\n" if self.mode == "garbage" else self.raw
            )
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for conn in self._open:
            conn.close()
        self._socket.close()


@pytest.fixture
def misbehaving() -> Iterator[Callable[..., LoopbackServer]]:
    servers: list[LoopbackServer] = []

    def start(mode: str, raw: bytes = b"") -> LoopbackServer:
        server = LoopbackServer(mode, raw)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def closed_port() -> int:
    """A loopback port bound by nobody's listener: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def fail(call: Awaitable[Any], client: ApiClient) -> BankError:
    """Runs one request on a fresh loop; returns the BankError it must raise."""

    async def run() -> BankError:
        try:
            with pytest.raises(BankError) as caught:
                await call
        finally:
            await client.aclose()  # no connection is left for the garbage collector
        return caught.value

    return asyncio.run(run())


def mock_client(handler: Callable[[httpx.Request], Any], **kwargs: Any) -> ApiClient:
    return ApiClient("http://127.0.0.1:9", transport=httpx.MockTransport(handler), **kwargs)


def answer(status: int, body: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(
        status, content=body, headers={"Content-Type": content_type, "X-Request-ID": REQUEST_ID}
    )


# --- the server is not there, hangs up, says nothing, or garbles -----------------------------
def test_server_not_running_is_a_network_error_with_a_clear_message() -> None:
    client = ApiClient(f"http://127.0.0.1:{closed_port()}")
    started = time.monotonic()
    error = fail(client.get("/info", authenticated=False), client)
    assert error.code == NETWORK_ERROR
    assert time.monotonic() - started < 3  # refused at once, not after the connect timeout
    assert error_message(error).startswith(UNREACHABLE)
    assert is_connection_lost(error)


@pytest.mark.parametrize("mode", ["close", "garbage"])
def test_hang_up_or_garbled_answer_is_a_lost_connection(
    misbehaving: Callable[..., LoopbackServer], mode: str
) -> None:
    # Neither tells whether the request reached the bank: a payment's confirmation must ask.
    server = misbehaving(mode)
    client = ApiClient(server.url)
    error = fail(client.post("/payments/p1/confirm", {"otp": "123456"}), client)
    assert error.code == NETWORK_ERROR
    assert server.connections >= 1
    assert is_connection_lost(error)
    assert error_message(error).startswith(UNREACHABLE)


def test_silent_server_times_out_after_the_read_timeout(
    misbehaving: Callable[..., LoopbackServer],
) -> None:
    server = misbehaving("silent")
    client = ApiClient(server.url, timeouts={"read": 0.4})
    started = time.monotonic()
    error = fail(client.get("/accounts"), client)
    waited = time.monotonic() - started
    assert error.code == TIMEOUT
    assert 0.3 < waited < 3
    assert TOO_SLOW in error_message(error)
    assert CALL_CENTER in error_message(error)


def test_the_whole_request_has_a_deadline_too() -> None:
    # A transport that never answers (a server trickling bytes) trips no read timeout.
    async def never(request: httpx.Request) -> httpx.Response:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    client = mock_client(never, timeouts={"total": 0.3})
    started = time.monotonic()
    error = fail(client.get("/accounts"), client)
    assert error.code == TIMEOUT
    assert time.monotonic() - started < 3


def test_one_shortened_timeout_keeps_the_others() -> None:
    client = ApiClient("http://127.0.0.1:9", timeouts={"read": 1.0})
    timeout = client._http().timeout
    assert (timeout.read, timeout.connect, timeout.write) == (1.0, 5.0, 20.0)


# --- 5xx and bodies that are not what the contract says ---------------------------------------
def test_500_problem_names_the_call_center_and_the_request() -> None:
    problem = {
        "type": "about:blank",
        "title": "Internal Server Error",
        "status": 500,
        "code": "internal_error",
        "request_id": "req-from-body",
    }
    client = mock_client(
        lambda request: answer(500, json.dumps(problem).encode(), "application/problem+json")
    )
    error = fail(client.get("/accounts"), client)
    assert (error.code, error.status, error.request_id) == (SERVER_ERROR, 500, "req-from-body")
    assert error.is_general
    message = error_message(error)
    assert message.startswith(GENERAL)
    assert CALL_CENTER in message
    assert "req-from-body" in message


def test_500_without_a_body_takes_the_request_id_from_the_header() -> None:
    client = mock_client(lambda request: answer(500, b"", "text/plain"))
    error = fail(client.get("/accounts"), client)
    assert (error.code, error.request_id) == (SERVER_ERROR, REQUEST_ID)
    assert REQUEST_ID in error_message(error)


BAD_BODIES = {
    "truncated JSON": (b'{"accounts": [{"id": ', "application/json"),
    "HTML page": (b"<html><body>Bad Gateway</body></html>", "text/html"),
    "binary": (b"\xff\xfe\x00garbage", "application/octet-stream"),
}


@pytest.mark.parametrize("status", [200, 502])
@pytest.mark.parametrize("kind", list(BAD_BODIES))
def test_malformed_or_non_json_body_is_the_general_error(status: int, kind: str) -> None:
    body, content_type = BAD_BODIES[kind]
    client = mock_client(lambda request: answer(status, body, content_type))
    error = fail(client.get("/accounts"), client)
    assert error.code == (BAD_RESPONSE if status == 200 else SERVER_ERROR)
    assert error.is_general
    assert error.request_id == REQUEST_ID
    message = error_message(error)
    assert message.startswith(GENERAL)
    assert CALL_CENTER in message
    assert REQUEST_ID in message


@pytest.mark.parametrize("body", [b"[]", b'"ok"', b"42", b"null"])
def test_success_that_is_not_a_json_object_is_refused(body: bytes) -> None:
    client = mock_client(lambda request: answer(200, body))
    if body == b"null":
        # An empty answer is legal (e.g. 200 to a command); the service says what it lacks.
        assert asyncio.run(client.get("/accounts")) is None
        return
    error = fail(client.get("/accounts"), client)
    assert error.code == BAD_RESPONSE
    assert error.is_general


def test_a_service_given_an_object_of_the_wrong_shape_does_not_crash_the_caller() -> None:
    client = mock_client(lambda request: answer(200, b'{"unexpected": true}'))

    async def run() -> BaseException:
        try:
            await AccountsService(client).accounts()
        except Exception as error:  # the pages catch Exception and show the general error
            return error
        raise AssertionError("no error")

    error = asyncio.run(run())
    assert error_message(error).startswith(GENERAL)


def test_4xx_without_a_problem_body_is_the_general_error() -> None:
    client = mock_client(lambda request: answer(404, b"Not Found", "text/plain"))
    error = fail(client.get("/accounts"), client)
    assert error.code == SERVER_ERROR
    assert error_message(error).startswith(GENERAL)


# --- a 401 that arrives late ------------------------------------------------------------------
def test_late_session_expired_for_an_old_token_leaves_the_new_session_alone() -> None:
    released = asyncio.Event()

    async def slow_401(request: httpx.Request) -> httpx.Response:
        await released.wait()
        body = {"status": 401, "code": "session_expired", "title": "Unauthorized"}
        return httpx.Response(401, json=body)

    client = mock_client(slow_401)
    heard: list[BankError] = []
    client.on_session_expired(heard.append)

    async def run() -> BankError:
        client.token = "old-token"
        task = asyncio.ensure_future(client.get("/accounts"))
        await asyncio.sleep(0.01)
        client.token = "new-token"  # logged out and in again while the answer was on its way
        released.set()
        with pytest.raises(BankError) as caught:
            await task
        return caught.value

    error = asyncio.run(run())
    assert error.code == "session_expired"
    assert heard == []  # the new session is not ended by the old one's answer


def test_session_expired_for_the_current_token_is_heard() -> None:
    body = {"status": 401, "code": "session_expired", "title": "Unauthorized"}
    client = mock_client(lambda request: httpx.Response(401, json=body))
    heard: list[BankError] = []
    client.on_session_expired(heard.append)
    client.token = "token"
    fail(client.get("/accounts"), client)
    assert [e.code for e in heard] == ["session_expired"]
