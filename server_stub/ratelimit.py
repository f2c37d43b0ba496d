"""Per-address rate limits of the public endpoints: 429 rate_limited with Retry-After.

Each public endpoint depends on `per_address(name)`. The limit counts requests per client
address (the connection's peer: a header such as X-Forwarded-For is not trusted, since any
client could forge it to dodge the limit) and endpoint, in fixed windows kept in the database.
It runs before the body is read, so malformed requests count too.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

from server_stub.deps import BackendDep
from server_stub.errors import Problem
from server_stub.services import ratelimit

#: The endpoints limited, by the names settings use (ServerSettings.rate_limit_overrides).
ENDPOINTS = (
    "auth_login",
    "auth_otp",
    "auth_otp_resend",
    "registration",
    "registration_complete",
    "password_reset",
    "password_reset_complete",
)


def per_address(endpoint: str) -> Callable[[Request, BackendDep], None]:
    """A dependency counting this request against the client address's limit for `endpoint`."""
    assert endpoint in ENDPOINTS, endpoint

    def limit(request: Request, backend: BackendDep) -> None:
        settings = backend.settings
        allowed = dict(settings.rate_limit_overrides).get(endpoint, settings.rate_limit_requests)
        if allowed <= 0:
            return
        address = request.client.host if request.client else "unknown"
        with backend.db.write() as conn:
            wait = ratelimit.hit(
                conn, endpoint, address, allowed, settings.rate_limit_window, backend.clock.now()
            )
        if wait is not None:
            raise Problem(429, "rate_limited", retry_after=wait)

    return limit
