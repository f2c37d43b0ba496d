"""HTTP plumbing: request IDs, the access log, body size limit, and problem+json error answers."""

from __future__ import annotations

import functools
import json
import logging
import re
import time
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server_stub.errors import Problem
from server_stub.text import log_safe

access_log = logging.getLogger("server_stub.access")
error_log = logging.getLogger("server_stub.errors")

PROBLEM_JSON = "application/problem+json"


def request_id_of(scope_or_request: Scope | Request) -> str:
    scope = scope_or_request.scope if isinstance(scope_or_request, Request) else scope_or_request
    state = scope.get("state") or {}
    return str(state.get("request_id", "-"))


def problem_response(
    problem: Problem, request_id: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    headers = dict(headers or {})
    if problem.status == 429 and "retry_after" in problem.extra:
        headers["Retry-After"] = str(problem.extra["retry_after"])
    return JSONResponse(
        problem.body(request_id),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


class RequestContextMiddleware:
    """Gives every request an ID (header, log line) and Server-Timing; refuses big bodies (413)."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = 1
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                # The app's own time to the answer's head (bench/transactions.py reads it).
                spent_ms = (time.perf_counter() - started) * 1000
                headers.append((b"server-timing", f"app;dur={spent_ms:.2f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            declared = _declared_length(scope)
            if declared is not None and declared > self.max_body_bytes:
                await _send_problem(send_with_id, Problem(413, "payload_too_large"), request_id)
                return
            await self.app(scope, _limited(receive, self.max_body_bytes), send_with_id)
        except _BodyTooLarge:
            await _send_problem(send_with_id, Problem(413, "payload_too_large"), request_id)
        except Exception:
            # The last line of defence: log the traceback with the request ID, answer problem+json.
            error_log.exception("unhandled error rid=%s", request_id)
            if status_holder["status"] == 500 and not status_holder.get("started"):
                await _send_problem(send_with_id, Problem(500, "internal_error"), request_id)
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            client = scope.get("client") or ("-", 0)
            # Method and path only: bodies, query strings and headers may carry secrets.
            access_log.info(
                '%s "%s %s" %d %.1fms rid=%s',
                client[0],
                _log_field(scope.get("method", "")),
                _log_field(scope.get("path", "")),
                status_holder["status"],
                elapsed_ms,
                request_id,
            )


def _log_field(text: str) -> str:
    """Method or path for the access log, escaped so that no request can forge a log line.

    Control characters are escaped (no newline), and a quote is encoded as in a URL, so it
    cannot end the quoted request field early either.
    """
    return log_safe(text).replace('"', "%22")


class _BodyTooLarge(StarletteHTTPException):
    """Raised by the receive wrapper once a body passes the limit.

    An HTTPException, because FastAPI turns any other error while it reads the body into a 400
    "error parsing the body"; this one it re-raises, and the handler answers 413.
    """

    def __init__(self) -> None:
        super().__init__(413)


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _limited(receive: Receive, limit: int) -> Receive:
    """Counts body bytes as they arrive (a chunked body declares no length)."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _BodyTooLarge
        return message

    return wrapped


async def _send_problem(send: Send, problem: Problem, request_id: str) -> None:
    body = json.dumps(problem.body(request_id)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": problem.status,
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _field_of(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


_ERROR_CODES = {
    "missing": "required",
    "string_too_short": "too_short",
    "string_too_long": "too_long",
    "string_pattern_mismatch": "invalid_format",
    "json_invalid": "invalid_json",
    "extra_forbidden": "unexpected_field",
}


def install_error_handlers(app: FastAPI) -> None:
    """Every error leaves as problem+json with a `code`: never a bare 500 or an HTML page."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request_id_of(request))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "field": _field_of(tuple(err.get("loc", ()))),
                "code": _ERROR_CODES.get(err["type"], err["type"]),
            }
            for err in exc.errors()
        ]
        return problem_response(
            Problem(422, "validation_error", errors=errors), request_id_of(request)
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        request_id = request_id_of(request)
        if exc.status_code == 400:
            # FastAPI's "error parsing the body" (not UTF-8, say): a shape error like bad JSON.
            invalid = Problem(422, "validation_error", errors=[_INVALID_BODY])
            return problem_response(invalid, request_id)
        code = {
            404: "not_found",
            405: "method_not_allowed",
            413: "payload_too_large",
            415: "unsupported_media_type",
        }.get(exc.status_code, "validation_error" if exc.status_code < 500 else "internal_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # RFC 9110: Allow lists every method of the resource, not only the first route's.
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return problem_response(Problem(exc.status_code, code), request_id, headers)


_INVALID_BODY = {"field": "body", "code": "invalid_json"}


def _allowed_methods(request: Request) -> list[str]:
    """The methods of the resource the request names (RFC 9110 Allow).

    Read from the OpenAPI document, whose paths are the resources: where a literal path and a
    template both match (`/payments/quote` and `/payments/{payment_id}`), the literal one is
    the resource named. Paths outside the document (/health at the root) ask the router, method
    by method (FastAPI nests included routers, so its top routes do not list their methods).
    """
    paths: dict[str, dict[str, Any]] = request.app.openapi().get("paths", {})
    path = request.scope["path"]
    templates = [template for template in paths if _template(template).fullmatch(path)]
    if templates:
        named = min(templates, key=lambda template: template.count("{"))
        return sorted(method.upper() for method in paths[named])
    routes = request.app.router.routes
    return [
        method
        for method in _METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes
        )
    ]


@functools.cache
def _template(path: str) -> re.Pattern[str]:
    """`/payments/{payment_id}` as a pattern matching one path segment per parameter."""
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)))


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
