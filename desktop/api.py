"""The one HTTP client of the app: JSON in and out, problem+json turned into BankError."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import ipaddress
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import httpx

API_PREFIX = "/api/v1"

#: Codes the client itself gives to failures that never reached a problem+json answer.
NETWORK_ERROR = "network_error"
TIMEOUT = "timeout"
SERVER_ERROR = "server_error"
BAD_RESPONSE = "bad_response"


class BankError(Exception):
    """A failure the customer is told about: `code` picks the specific, translated message.

    `fields` holds the problem's extra members (attempts_left, call_center, violations, …),
    `request_id` what the Call Center needs to find the request in the server's log.
    """

    def __init__(
        self,
        code: str,
        *,
        status: int | None = None,
        fields: dict[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.fields = fields or {}
        self.request_id = request_id

    @property
    def is_general(self) -> bool:
        """True when no specific message fits: the customer is sent to the Call Center."""
        return self.code in (SERVER_ERROR, BAD_RESPONSE) or (self.status or 0) >= 500

    def __repr__(self) -> str:
        return f"BankError({self.code!r}, status={self.status})"


class InsecureServerError(ValueError):
    """Plain http:// to a host other than this computer would expose passwords and codes."""


def check_server_url(url: str) -> str:
    """The server URL without a trailing slash; refuses plain HTTP unless the host is loopback."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureServerError(f"not an http(s) URL: {url}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureServerError(f"plain http is allowed only to this computer: {url}")
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: Seconds: connecting, reading an answer, sending, waiting for a pooled connection; "total"
#: bounds the whole request, so a server trickling bytes under the read timeout still ends.
TIMEOUTS = {"connect": 5.0, "read": 20.0, "write": 20.0, "pool": 5.0, "total": 60.0}


class ApiClient:
    """Wraps the single httpx.AsyncClient; widgets never build their own (DESIGN.md).

    httpx is imported and its client (with the system's CA store) built on the first request,
    not at start: the login window appears before that cost is paid.
    `on_session_expired` listeners hear about any 401 session_expired on an authenticated call,
    so the app can return to the login window whatever page made the request.
    """

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        ca_file: Path | None = None,
        timeouts: dict[str, float] | None = None,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self._transport = transport
        self._ca_file = ca_file
        # Tests shorten one timeout (e.g. read=1) and keep the others.
        self._timeouts = {**TIMEOUTS, **(timeouts or {})}
        self._client: httpx.AsyncClient | None = None
        self.token: str | None = None
        self._expired_listeners: list[Callable[[BankError], None]] = []
        self._request_listeners: list[Callable[[bool], None]] = []

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            import ssl

            import httpx

            # --ca-file: trust that CA (a bank's test server); otherwise the system's store.
            verify: ssl.SSLContext | bool = (
                ssl.create_default_context(cafile=str(self._ca_file)) if self._ca_file else True
            )
            self._client = httpx.AsyncClient(
                base_url=self.base_url + API_PREFIX,
                transport=self._transport,
                verify=verify,
                timeout=httpx.Timeout(**{k: v for k, v in self._timeouts.items() if k != "total"}),
                headers={"Accept": "application/json", "User-Agent": "bkt-branch-desktop"},
                follow_redirects=False,
            )
        return self._client

    def warm_up(self) -> None:
        """Builds the HTTP client now (after the first window is shown), not on the first click.

        Also loads what the first request would: httpcore loads anyio there, and anyio its
        asyncio backend, 27 modules that took 25-40 ms of the GUI thread when the customer
        pressed Enter on the password (bench/responsiveness.py). warm_up runs in a thread.
        """
        self._http()
        with contextlib.suppress(ImportError):  # their layout is theirs to change
            importlib.import_module("anyio._backends._asyncio")

    def on_session_expired(self, listener: Callable[[BankError], None]) -> None:
        self._expired_listeners.append(listener)

    def on_request(self, listener: Callable[[bool], None]) -> None:
        """Called with `background` for every authenticated request sent (the idle timer)."""
        self._request_listeners.append(listener)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        background: bool = False,
        authenticated: bool = True,
    ) -> Any:
        """The decoded JSON answer (None for 204); raises BankError for every failure."""
        all_headers = dict(headers or {})
        # The token this request carries: a late 401 for it must not end a newer session.
        sent_token = self.token if authenticated else None
        if sent_token:
            all_headers["Authorization"] = f"Bearer {sent_token}"
            for listener in list(self._request_listeners):
                listener(background)
        if background:
            all_headers["X-Background"] = "1"
        client = self._http()
        import httpx

        try:
            async with asyncio.timeout(self._timeouts["total"]):
                response = await client.request(
                    method, path, json=json_body, params=params, headers=all_headers
                )
        except (httpx.TimeoutException, TimeoutError) as exc:
            raise BankError(TIMEOUT) from exc
        except httpx.HTTPError as exc:
            # Also a garbled answer (not HTTP): the request may have reached the bank or not,
            # which is what a payment's confirmation must know (services/payments.py).
            raise BankError(NETWORK_ERROR) from exc
        return self._decode(response, sent_token)

    def _decode(self, response: httpx.Response, sent_token: str | None) -> Any:
        request_id = response.headers.get("x-request-id")
        if response.status_code == 204:
            return None
        try:
            body = response.json() if response.content else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
            if response.is_success:
                raise BankError(
                    BAD_RESPONSE, status=response.status_code, request_id=request_id
                ) from None
        if response.is_success:
            # Every answer of API.md is a JSON object: anything else would fail deep in a service.
            if body is not None and not isinstance(body, dict):
                raise BankError(BAD_RESPONSE, status=response.status_code, request_id=request_id)
            return body
        if (
            isinstance(body, dict)
            and isinstance(body.get("code"), str)
            and response.status_code < 500
        ):
            fields = {
                k: v
                for k, v in body.items()
                if k not in ("type", "title", "status", "code", "detail")
            }
            error = BankError(
                body["code"],
                status=response.status_code,
                fields=fields,
                request_id=str(body.get("request_id") or request_id or "") or None,
            )
            if error.code == "session_expired" and sent_token and sent_token == self.token:
                for listener in list(self._expired_listeners):
                    listener(error)
            raise error
        rid = (body or {}).get("request_id") if isinstance(body, dict) else None
        raise BankError(SERVER_ERROR, status=response.status_code, request_id=rid or request_id)

    async def get(self, path: str, **kwargs: Any) -> Any:
        return await self.request("GET", path, **kwargs)

    async def post(self, path: str, json_body: Any = None, **kwargs: Any) -> Any:
        return await self.request("POST", path, json_body=json_body, **kwargs)

    async def put(self, path: str, json_body: Any = None, **kwargs: Any) -> Any:
        return await self.request("PUT", path, json_body=json_body, **kwargs)

    async def delete(self, path: str, **kwargs: Any) -> Any:
        return await self.request("DELETE", path, **kwargs)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
