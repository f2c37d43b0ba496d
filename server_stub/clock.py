"""Injected clocks: the real one, one the stub moves (PUT /_stub/clock), one tests step by hand."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Tells the server's current time, always timezone-aware UTC."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class StubClock:
    """Real time shifted by an offset: `jump_to` makes the clock read that time and run on."""

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
