"""Which request of a busy session writes its idle timer (sessions.last_seen_at), per process."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

#: last_seen_at is written at most this often: a busy client does not make every read a write.
#: An idle expiry can come this much early, never late.
LAST_SEEN_GRANULARITY = timedelta(seconds=1)

#: Past this many sessions remembered, the ones not touched within the granularity are dropped.
_PRUNE_ABOVE = 4096


class IdleTimerGate:
    """Lets one request per session and granularity write last_seen_at in this process.

    Without it, every request in flight when a session's second turned over had read the old
    last_seen_at and queued a write of its own: under 50 concurrent clients dozens of durable
    commits a second, each answer waiting behind the others (py-spy: 40 worker threads in
    sessions._touch, GET /accounts p99 over 300 ms). Other worker processes keep their own
    gate; the write itself stays conditional, so their writes never move the timer backwards.
    """

    def __init__(self, granularity: timedelta = LAST_SEEN_GRANULARITY) -> None:
        self._granularity = granularity
        self._claimed: dict[int, datetime] = {}
        self._lock = threading.Lock()

    def claim(self, session_id: int, now: datetime) -> bool:
        """True for the one caller that should write now; False while a write is recent."""
        with self._lock:
            last = self._claimed.get(session_id)
            # abs(): a stub clock moved back must not silence the timer until it catches up.
            if last is not None and abs(now - last) < self._granularity:
                return False
            if len(self._claimed) >= _PRUNE_ABOVE:
                self._prune(now)
            self._claimed[session_id] = now
            return True

    def _prune(self, now: datetime) -> None:
        self._claimed = {
            key: at for key, at in self._claimed.items() if abs(now - at) < self._granularity
        }
