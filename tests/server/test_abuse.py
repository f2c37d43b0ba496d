"""Abuse of the public endpoints: per-address rate limits, SMS flooding, oversized bodies, and
passwords that differ only in their Unicode form."""

from __future__ import annotations

import asyncio
import http.client
import unicodedata
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import func, select

from server_stub.app import create_app, create_backend
from server_stub.clock import ManualClock
from server_stub.ratelimit import ENDPOINTS
from server_stub.runner import ServerThread
from server_stub.services.backend import Backend
from server_stub.store.tables import rate_limits, sms_outbox
from tests.conftest import server_settings
from tests.server.conftest import DEMO_PHONES, Api, problem

PATHS = {
    "auth_login": "/auth/login",
    "auth_otp": "/auth/otp",
    "auth_otp_resend": "/auth/otp/resend",
    "registration": "/registration",
    "registration_complete": "/registration/complete",
    "password_reset": "/password-reset",
    "password_reset_complete": "/password-reset/complete",
}
GUESS = {"login_id": "555555555", "password": "Guess12345"}
LIMIT_BYTES = 64 * 1024


class Client:
    """A client of its own app and address: two of them on one database are two workers."""

    def __init__(self, backend: Backend, address: str = "203.0.113.7") -> None:
        self._loop = asyncio.new_event_loop()
        transport = httpx.ASGITransport(app=create_app(backend=backend), client=(address, 40000))
        self._client = httpx.AsyncClient(transport=transport, base_url="http://bank/api/v1")

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.post(path, **kwargs))

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture
def limited(tmp_path: Path, clock: ManualClock) -> Iterator[Backend]:
    """A server whose public endpoints allow 3 requests a minute per address."""
    backend = create_backend(server_settings(tmp_path, rate_limit_requests=3), clock)
    yield backend
    backend.db.dispose()


@pytest.fixture
def clients(limited: Backend) -> Iterator[list[Client]]:
    made = [Client(limited), Client(limited), Client(limited, "198.51.100.9")]
    yield made
    for client in made:
        client.close()


def test_default_limit_allows_120_a_minute_then_answers_429(api: Api, clock: ManualClock) -> None:
    clock.advance(seconds=15)
    for _ in range(120):
        problem(api.post("/auth/login", json=GUESS), 401, "invalid_credentials")
    refused = api.post("/auth/login", json=GUESS)
    body = problem(refused, 429, "rate_limited")
    # The window is the clock's minute: 45 s of it are left.
    assert body["retry_after"] == 45
    assert refused.headers["retry-after"] == "45"
    # Per endpoint: the same address may still send its code.
    problem(
        api.post("/auth/otp", json={"challenge_id": "x", "otp": "123456"}),
        404,
        "challenge_not_found",
    )
    clock.advance(seconds=45)
    problem(api.post("/auth/login", json=GUESS), 401, "invalid_credentials")


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_public_endpoint_is_limited_per_address(endpoint: str, clients: list[Client]) -> None:
    first, _, other_address = clients
    path = PATHS[endpoint]
    # Counted before the body is read: malformed requests use up the allowance too.
    for _ in range(3):
        problem(first.post(path, json={}), 422, "validation_error")
    body = problem(first.post(path, json={}), 429, "rate_limited")
    assert 0 < body["retry_after"] <= 60
    # Another address has its own allowance.
    problem(other_address.post(path, json={}), 422, "validation_error")


def test_workers_on_one_database_count_together(clients: list[Client], limited: Backend) -> None:
    worker_a, worker_b, _ = clients
    for worker in (worker_a, worker_b, worker_a):
        problem(worker.post("/auth/login", json=GUESS), 401, "invalid_credentials")
    problem(worker_b.post("/auth/login", json=GUESS), 429, "rate_limited")
    with limited.db.read() as conn:
        assert conn.execute(select(rate_limits.c.hits)).scalar_one() == 4


def test_old_windows_are_pruned(
    clients: list[Client], limited: Backend, clock: ManualClock
) -> None:
    client = clients[0]
    for _ in range(3):
        client.post("/auth/login", json=GUESS)
    clock.advance(minutes=1)
    client.post("/auth/login", json=GUESS)
    clock.advance(minutes=1)
    client.post("/auth/login", json=GUESS)
    with limited.db.read() as conn:
        starts = conn.execute(select(rate_limits.c.window_start)).scalars().all()
    # The current window and the one before it; anything older is gone.
    assert len(starts) == 2


def test_per_endpoint_limits_are_configurable(tmp_path: Path, clock: ManualClock) -> None:
    settings = server_settings(tmp_path, rate_limit_overrides=(("registration", 1),))
    backend = create_backend(settings, clock)
    client = Client(backend)
    try:
        client.post("/registration", json={"customer_number": "555555555"})
        problem(
            client.post("/registration", json={"customer_number": "555555555"}), 429, "rate_limited"
        )
        problem(
            client.post("/password-reset", json={"login_id": "555555555"}),
            404,
            "customer_not_found",
        )
    finally:
        client.close()
        backend.db.dispose()


START = {
    "registration": ("/registration", {"customer_number": "222222222"}, DEMO_PHONES["222222222"]),
    "password_reset": ("/password-reset", {"login_id": "123456789"}, DEMO_PHONES["123456789"]),
}


def _sent_to(backend: Backend, phone: str) -> int:
    with backend.db.read() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(sms_outbox).where(sms_outbox.c.to_phone == phone)
            ).scalar_one()
        )


@pytest.mark.parametrize("flow", START)
def test_starting_again_within_the_resend_wait_sends_no_second_code(
    flow: str, api: Api, backend: Backend, clock: ManualClock
) -> None:
    path, body, phone = START[flow]
    first = api.post(path, json=body).json()
    clock.advance(seconds=10)
    again = api.post(path, json=body).json()
    assert again["challenge_id"] == first["challenge_id"]
    assert again["resend_after"] == 20
    assert _sent_to(backend, phone) == 1
    clock.advance(seconds=20)
    assert api.post(path, json=body).json()["challenge_id"] != first["challenge_id"]
    assert _sent_to(backend, phone) == 2


@pytest.mark.parametrize("flow", START)
def test_codes_per_customer_are_capped_resends_included(
    flow: str, api: Api, backend: Backend, clock: ManualClock
) -> None:
    path, body, phone = START[flow]
    challenge_id = api.post(path, json=body).json()["challenge_id"]
    for _ in range(2):
        clock.advance(seconds=30)
        assert api.post("/auth/otp/resend", json={"challenge_id": challenge_id}).status_code == 200
    for _ in range(2):
        clock.advance(seconds=30)
        assert api.post(path, json=body).status_code == 200
    assert _sent_to(backend, phone) == 5
    clock.advance(seconds=30)
    refused = problem(api.post(path, json=body), 429, "resend_too_soon")
    # The hour's window ends at 10:00 UTC; the clock reads 09:02:30.
    assert refused["retry_after"] == 3600 - 150
    challenge_id = api.last_sms(phone)["challenge_id"]
    problem(
        api.post("/auth/otp/resend", json={"challenge_id": challenge_id}), 429, "resend_too_soon"
    )
    assert _sent_to(backend, phone) == 5
    clock.advance(seconds=refused["retry_after"])
    assert api.post(path, json=body).status_code == 200


def test_login_codes_are_not_capped(api: Api, clock: ManualClock) -> None:
    """Logging in needs the password: its codes stay under the resend wait alone."""
    for _ in range(8):
        api.login()
        clock.advance(seconds=31)


def test_declared_oversized_body_is_refused_before_anything_else(api: Api) -> None:
    big = b'{"subject": "' + b"x" * LIMIT_BYTES + b'"}'
    response = api.post("/complaints", content=big, headers={"Content-Type": "application/json"})
    # 413 before authentication: nobody reads (or parses) a body this large.
    problem(response, 413, "payload_too_large")


def test_chunked_oversized_body_is_refused(api: Api) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(LIMIT_BYTES // 1024 + 1):
            yield b" " * 1024

    response = api.post(
        "/auth/login", content=chunks(), headers={"Content-Type": "application/json"}
    )
    problem(response, 413, "payload_too_large")


def test_a_body_at_the_limit_is_read(api: Api) -> None:
    padding = LIMIT_BYTES - len(b'{"login_id": "555555555", "password": "Guess12345"}')
    body = b'{"login_id": "555555555", "password": "Guess12345"}' + b" " * padding
    assert len(body) == LIMIT_BYTES
    response = api.post("/auth/login", content=body, headers={"Content-Type": "application/json"})
    problem(response, 401, "invalid_credentials")


def test_chunked_oversized_body_over_a_real_socket(live_server: ServerThread) -> None:
    """The same through uvicorn: Transfer-Encoding chunked, no Content-Length at all."""
    url = urlsplit(live_server.url)
    connection = http.client.HTTPConnection(url.hostname or "", url.port, timeout=10)
    try:
        connection.putrequest("POST", "/api/v1/auth/login")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        chunk = b" " * 8192
        for _ in range(LIMIT_BYTES // len(chunk) + 1):
            connection.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        assert response.status == 413
        assert response.getheader("Content-Type", "").startswith("application/problem+json")
    finally:
        connection.close()


def _nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def test_password_set_decomposed_logs_in_composed(api: Api) -> None:
    api.login()
    response = api.post(
        "/auth/password",
        json={"current_password": "Tirana2026", "new_password": _nfd("Ëndërr2027")},
    )
    assert response.status_code == 204, response.text
    api.login("123456789", "Ëndërr2027")
    # Either form is the same password: as the current one, and in the history.
    assert (
        api.post(
            "/auth/password",
            json={"current_password": _nfd("Ëndërr2027"), "new_password": "Çelës2028"},
        ).status_code
        == 204
    )
    problem(
        api.post(
            "/auth/password", json={"current_password": "Çelës2028", "new_password": "Ëndërr2027"}
        ),
        422,
        "password_reused",
    )


def test_registration_counts_the_length_of_the_composed_password(api: Api) -> None:
    """64 letters ë typed decomposed are 126 code points, yet within the 64-character rule."""
    password = "A1" + "ë" * 62
    challenge = api.post("/registration", json={"customer_number": "222222222"}).json()
    code = api.last_sms(DEMO_PHONES["222222222"])["code"]
    response = api.post(
        "/registration/complete",
        json={
            "challenge_id": challenge["challenge_id"],
            "otp": code,
            "new_password": _nfd(password),
        },
    )
    assert response.status_code == 201, response.text
    api.login("222222222", password)


def test_window_length_is_configurable(tmp_path: Path, clock: ManualClock) -> None:
    settings = server_settings(
        tmp_path, rate_limit_requests=1, rate_limit_window=timedelta(seconds=10)
    )
    backend = create_backend(settings, clock)
    client = Client(backend)
    try:
        client.post("/auth/login", json=GUESS)
        assert (
            problem(client.post("/auth/login", json=GUESS), 429, "rate_limited")["retry_after"]
            == 10
        )
        clock.advance(seconds=10)
        problem(client.post("/auth/login", json=GUESS), 401, "invalid_credentials")
    finally:
        client.close()
        backend.db.dispose()
