"""Bearer sessions: created after a code, ended by logout, idle timeout, 12 h limit or a block."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, insert, select, update
from starlette.concurrency import run_in_threadpool

from server_stub.domain.secrets import new_token, token_hash
from server_stub.errors import Problem
from server_stub.services import audit
from server_stub.services.backend import Backend
from server_stub.services.idle_timer import LAST_SEEN_GRANULARITY
from server_stub.store.tables import customers, sessions


@dataclasses.dataclass(frozen=True, slots=True)
class SessionInfo:
    """The authenticated caller of one request."""

    session_id: int
    customer_id: int
    customer_number: str
    name: str
    password_change_required: bool


def password_expires_at(backend: Backend, customer: RowMapping) -> datetime | None:
    set_at = customer["password_set_at"]
    return None if set_at is None else set_at + backend.settings.password_lifetime


def create(
    conn: Connection, backend: Backend, customer: RowMapping, channel: str = "internet"
) -> dict[str, Any]:
    """Opens a session after an accepted code and returns API.md's session object."""
    now = backend.clock.now()
    token = new_token()
    expires = password_expires_at(backend, customer)
    change_required = expires is None or now >= expires
    conn.execute(
        insert(sessions).values(
            token_hash=token_hash(token),
            customer_id=customer["id"],
            channel=channel,
            created_at=now,
            last_seen_at=now,
            password_change_required=change_required,
        )
    )
    previous = customer["last_login_at"]
    last_login = (
        None
        if previous is None
        else {"at": previous.isoformat(), "channel": customer["last_login_channel"] or channel}
    )
    conn.execute(
        update(customers)
        .where(customers.c.id == customer["id"])
        .values(
            last_login_at=now,
            last_login_channel=channel,
            previous_login_at=previous,
            previous_login_channel=customer["last_login_channel"],
        )
    )
    return {
        "access_token": token,
        "token_type": "Bearer",
        "idle_timeout": int(backend.settings.idle_timeout.total_seconds()),
        "password_change_required": change_required,
        "password_expires_at": expires.isoformat() if expires else None,
        "last_login": last_login,
        "customer": {"customer_number": customer["customer_number"], "name": customer["name"]},
    }


async def authenticate(backend: Backend, token: str | None, *, background: bool) -> SessionInfo:
    """The session of a bearer token, or 401 session_expired; restarts the idle timer.

    Requests the client makes on its own (`background`) leave the idle timer alone. The lookup
    is one indexed read, done on the event loop: a trip to a worker thread cost more than the
    read itself. Writes (expiry, the idle timer) go to a worker thread, as they may wait for
    the database's write lock.
    """
    if not token:
        raise Problem(401, "session_expired")
    now = backend.clock.now()
    with backend.db.read() as conn:
        row = conn.execute(_SESSION_QUERY, {"token_hash": token_hash(token)}).first()
    if row is None or row.revoked_at is not None:
        raise Problem(401, "session_expired")
    settings = backend.settings
    idle = now - row.last_seen_at > settings.idle_timeout
    too_old = now - row.created_at > settings.session_lifetime
    if idle or too_old:
        await run_in_threadpool(_expire, backend, row.id, row.customer_number, now, idle)
        raise Problem(401, "session_expired")
    if (
        not background
        and now - row.last_seen_at >= LAST_SEEN_GRANULARITY
        and backend.idle_timer.claim(row.id, now)
    ):
        await run_in_threadpool(_touch, backend, row.id, now)
    return SessionInfo(
        session_id=row.id,
        customer_id=row.customer_id,
        customer_number=row.customer_number,
        name=row.name,
        password_change_required=bool(row.password_change_required),
    )


_SESSION_QUERY = (
    select(
        sessions.c.id,
        sessions.c.customer_id,
        sessions.c.created_at,
        sessions.c.last_seen_at,
        sessions.c.revoked_at,
        sessions.c.password_change_required,
        customers.c.customer_number,
        customers.c.name,
    )
    .join(customers, customers.c.id == sessions.c.customer_id)
    .where(sessions.c.token_hash == bindparam("token_hash"))
)


def _expire(
    backend: Backend, session_id: int, customer_number: str, now: datetime, idle: bool
) -> None:
    with backend.db.write() as conn:
        conn.execute(
            update(sessions)
            .where(sessions.c.id == session_id, sessions.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        audit.record(conn, now, "session_expired", customer_number, "idle" if idle else "lifetime")


def _touch(backend: Backend, session_id: int, now: datetime) -> None:
    with backend.db.write() as conn:
        conn.execute(
            update(sessions)
            .where(sessions.c.id == session_id, sessions.c.last_seen_at < now)
            .values(last_seen_at=now)
        )


def revoke(conn: Connection, session_id: int, at: datetime) -> None:
    conn.execute(
        update(sessions)
        .where(sessions.c.id == session_id, sessions.c.revoked_at.is_(None))
        .values(revoked_at=at)
    )


def revoke_all(
    conn: Connection, customer_id: int, at: datetime, *, keep: int | None = None
) -> None:
    """Ends every open session of the customer, except `keep` (the one that asked)."""
    condition = [sessions.c.customer_id == customer_id, sessions.c.revoked_at.is_(None)]
    if keep is not None:
        condition.append(sessions.c.id != keep)
    conn.execute(update(sessions).where(*condition).values(revoked_at=at))


def clear_change_required(conn: Connection, session_id: int) -> None:
    """The password was changed: the session may now do everything."""
    conn.execute(
        update(sessions).where(sessions.c.id == session_id).values(password_change_required=False)
    )
