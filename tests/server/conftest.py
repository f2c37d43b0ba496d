"""An HTTP client on the app in-process (ASGI), and helpers to log in and read the SMS outbox."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from server_stub.app import create_app
from server_stub.services.backend import Backend

DEMO_PASSWORDS = {"123456789": "Tirana2026", "987654321": "Durres2026", "333333333": "Vlora2026"}
DEMO_PHONES = {
    "123456789": "+355691234567",
    "987654321": "+355692345678",
    "333333333": "+355693333333",
    "222222222": "+355692222222",
}


class Api:
    """A synchronous face on httpx.AsyncClient + ASGITransport, so tests read top to bottom."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=create_app(backend=backend)),
            base_url="http://127.0.0.1/api/v1",
        )
        self.token: str | None = None

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        token = kwargs.pop("token", self.token)
        if token and "Authorization" not in headers:
            headers["Authorization"] = f"Bearer {token}"
        return self._loop.run_until_complete(
            self._client.request(method, path, headers=headers, **kwargs)
        )

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def get_concurrently(self, path: str, count: int) -> list[httpx.Response]:
        """`count` GETs in flight at once with the kept token, as many clients would send them."""
        headers = {"Authorization": f"Bearer {self.token}"}

        async def all_at_once() -> list[httpx.Response]:
            return await asyncio.gather(
                *(self._client.get(path, headers=headers) for _ in range(count))
            )

        return self._loop.run_until_complete(all_at_once())

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def last_sms(self, phone: str | None = None) -> dict[str, Any]:
        params = {"limit": 1} | ({"to": phone} if phone else {})
        messages = self.get("/_stub/sms", params=params).json()["messages"]
        assert messages, "no SMS was sent"
        return messages[0]

    def start_login(self, login_id: str, password: str | None = None) -> dict[str, Any]:
        response = self.post(
            "/auth/login",
            json={"login_id": login_id, "password": password or DEMO_PASSWORDS[login_id]},
        )
        assert response.status_code == 200, response.text
        return response.json()

    def login(self, customer_number: str = "123456789", password: str | None = None) -> str:
        """Logs in with password and the SMS code; returns the token (and keeps it)."""
        challenge = self.start_login(customer_number, password)
        code = self.last_sms(DEMO_PHONES[customer_number])["code"]
        response = self.post(
            "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}, token=None
        )
        assert response.status_code == 200, response.text
        self.token = response.json()["access_token"]
        return self.token

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture
def api(backend: Backend) -> Iterator[Api]:
    client = Api(backend)
    yield client
    client.close()


def problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Asserts a problem+json answer with this status and code; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["code"] == code, body
    assert body["request_id"] == response.headers["x-request-id"]
    return body
