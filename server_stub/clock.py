"""Injected clocks: the real one, one the stub moves (PUT /_stub/clock), one tests step by hand."""

from __future__ import annotations

import contextvars
import dataclasses
import threading
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from server_stub.store.tables import server_state

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

    from server_stub.store.db import Database


class Clock(Protocol):
    """Tells the server's current time, always timezone-aware UTC."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class StubClock:
    """Real time shifted by an offset: `jump_to` makes the clock read that time and run on.

    The offset lives in this process only: for one server in one process (and tests).
    """

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def jump_to(self, moment: datetime) -> None:
        with self._lock:
            self._offset = moment.astimezone(UTC) - datetime.now(UTC)

    def reset(self) -> None:
        with self._lock:
            self._offset = timedelta(0)


#: server_state key of the shared stub clock's offset from real time, in microseconds.
OFFSET_KEY = "stub_clock_offset_us"

#: Built once: read on every request, and building it each time cost more than running it.
_OFFSET_QUERY = select(server_state.c.value).where(server_state.c.key == OFFSET_KEY)


@dataclasses.dataclass(slots=True)
class _RequestOffset:
    offset: timedelta | None = None


_request_offset: contextvars.ContextVar[_RequestOffset | None] = contextvars.ContextVar(
    "stub_clock_request_offset", default=None
)


class SharedStubClock:
    """StubClock whose offset lives in the database, so every worker process tells one time.

    A jump on one worker is seen by the very next request on any other: the offset is read
    once per request (one primary-key lookup, on the first `now()` of the request; see
    `ClockScopeMiddleware`) and on every call outside a request (the scheduler, once a second).
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def _read(self) -> timedelta:
        value = self._db.scalar(_OFFSET_QUERY)
        return timedelta(microseconds=int(value)) if value else timedelta(0)

    def _offset(self) -> timedelta:
        scope = _request_offset.get()
        if scope is None:
            return self._read()
        if scope.offset is None:
            scope.offset = self._read()
        return scope.offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset()

    def _store(self, offset: timedelta) -> None:
        micros = str(offset // timedelta(microseconds=1))
        # An upsert: two jumps racing on two workers end with one of them, never an error.
        upsert = (sqlite_insert if self._db.is_sqlite else postgresql_insert)(server_state)
        with self._db.write() as conn:
            conn.execute(
                upsert.values(key=OFFSET_KEY, value=micros).on_conflict_do_update(
                    index_elements=[server_state.c.key], set_={"value": micros}
                )
            )
        scope = _request_offset.get()
        if scope is not None:
            scope.offset = offset

    def jump_to(self, moment: datetime) -> None:
        self._store(moment.astimezone(UTC) - datetime.now(UTC))

    def reset(self) -> None:
        with self._db.write() as conn:
            conn.execute(delete(server_state).where(server_state.c.key == OFFSET_KEY))
        scope = _request_offset.get()
        if scope is not None:
            scope.offset = timedelta(0)


class ClockScopeMiddleware:
    """Gives each HTTP request its own reading of a SharedStubClock's offset (read lazily)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Sync handlers run in worker threads with a copy of this context: they share the
        # holder object, so the offset is read once however many times the request asks.
        token = _request_offset.set(_RequestOffset())
        try:
            await self.app(scope, receive, send)
        finally:
            _request_offset.reset(token)


class ManualClock:
    """A clock that stands still until a test moves it: exact boundaries without sleeping."""

    def __init__(self, start: datetime) -> None:
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> None:
        self._now += delta if delta is not None else timedelta(**kwargs)

    def jump_to(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)

    def reset(self) -> None:
        """Kept for the /_stub/clock contract; a manual clock has no real time to return to."""
