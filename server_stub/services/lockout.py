"""Failed-attempt counting: wrong passwords and wrong codes together; the 5th blocks the user."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sqlalchemy import Connection, select, update

from server_stub.services import audit
from server_stub.store.tables import customers, sessions


@dataclasses.dataclass(frozen=True, slots=True)
class FailureOutcome:
    blocked: bool
    attempts_left: int


def register_failure(
    conn: Connection, customer_id: int, max_failures: int, at: datetime, reason: str
) -> FailureOutcome:
    """Counts one failure; the one that reaches `max_failures` blocks and ends open sessions."""
    conn.execute(
        update(customers)
        .where(customers.c.id == customer_id)
        .values(failed_attempts=customers.c.failed_attempts + 1)
    )
    row = conn.execute(
        select(customers.c.failed_attempts, customers.c.customer_number).where(
            customers.c.id == customer_id
        )
    ).one()
    event = "otp_failed" if reason == "otp" else "login_failed"
    audit.record(conn, at, event, row.customer_number, f"failure {row.failed_attempts}")
    if row.failed_attempts >= max_failures:
        block(conn, customer_id, at)
        audit.record(conn, at, "user_blocked", row.customer_number, f"after {reason} failures")
        return FailureOutcome(blocked=True, attempts_left=0)
    return FailureOutcome(blocked=False, attempts_left=max_failures - row.failed_attempts)


def block(conn: Connection, customer_id: int, at: datetime) -> None:
    conn.execute(update(customers).where(customers.c.id == customer_id).values(blocked=True))
    conn.execute(
        update(sessions)
        .where(sessions.c.customer_id == customer_id, sessions.c.revoked_at.is_(None))
        .values(revoked_at=at)
    )


def reset(conn: Connection, customer_id: int) -> None:
    conn.execute(update(customers).where(customers.c.id == customer_id).values(failed_attempts=0))


def unblock(conn: Connection, customer_id: int) -> None:
    conn.execute(
        update(customers)
        .where(customers.c.id == customer_id)
        .values(blocked=False, failed_attempts=0)
    )
