"""The bank's clock as this computer sees it, and the nightly window (21:00-00:00) read on it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

TIRANE = ZoneInfo("Europe/Tirane")
#: The daily update: financial transactions are refused from 21:00 until midnight (API.md).
WINDOW_START = time(21, 0)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ServerClock:
    """The bank's time: this computer's clock plus the offset measured from GET /info.

    Only the offset is kept, so the time runs on between measurements; times that matter to the
    bank (the nightly window) follow it, never the computer's own clock (UI.md).
    """

    def __init__(self, local_now: Callable[[], datetime] = _utc_now) -> None:
        self._local_now = local_now
        self._offset = timedelta(0)
        self.synced = False

    def sync(self, server_time: datetime) -> None:
        self._offset = server_time - self._local_now()
        self.synced = True

    def now(self) -> datetime:
        return self._local_now() + self._offset


@dataclasses.dataclass(frozen=True, slots=True)
class CutoffState:
    """Whether transfers are closed for the daily update, and when that next changes."""

    closed: bool
    #: Tonight's (or the coming) window, in Tirana's time.
    starts_at: datetime
    reopens_at: datetime
    #: The next opening or closing.
    next_change: datetime


def cutoff_state(now: datetime) -> CutoffState:
    """The nightly window at `now` (any zone), on the business day of Europe/Tirane."""
    local = now.astimezone(TIRANE)
    start = datetime.combine(local.date(), WINDOW_START, TIRANE)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0, 0), TIRANE)
    closed = local >= start
    return CutoffState(
        closed=closed,
        starts_at=start,
        reopens_at=midnight,
        next_change=midnight if closed else start,
    )
