"""Fixed-window counters in the database: how often one subject did one thing in this window.

Used for the per-address limits of the public endpoints (server_stub/ratelimit.py) and for the
per-customer cap on codes the public flows send (challenges.py). The rows live in the database,
so several workers count together; each hit also prunes windows that have ended.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete
from sqlalchemy.dialects import postgresql, sqlite

from server_stub.store.tables import rate_limits

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def window_start(now: datetime, window: timedelta) -> datetime:
    """The start of the fixed window holding `now` (windows are aligned, not per subject)."""
    return _EPOCH + ((now - _EPOCH) // window) * window


def hit(
    conn: Connection, scope: str, subject: str, limit: int, window: timedelta, now: datetime
) -> int | None:
    """Counts one event; None while within `limit`, else the seconds until the window ends.

    One statement adds the hit and reads the count back (an upsert), so concurrent requests on
    any worker never lose a count.
    """
    start = window_start(now, window)
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(rate_limits).values(
        scope=scope, subject=subject[:64], window_start=start, hits=1
    )
    statement = statement.on_conflict_do_update(
        index_elements=[rate_limits.c.scope, rate_limits.c.subject, rate_limits.c.window_start],
        set_={"hits": rate_limits.c.hits + 1},
    ).returning(rate_limits.c.hits)
    hits = int(conn.execute(statement).scalar_one())
    # This scope's ended windows are never read again (other scopes have windows of their own
    # length); the index on (scope, window_start) makes this a short range scan.
    conn.execute(
        delete(rate_limits).where(
            rate_limits.c.scope == scope, rate_limits.c.window_start < start - window
        )
    )
    if hits <= limit:
        return None
    return max(1, math.ceil((start + window - now).total_seconds()))
