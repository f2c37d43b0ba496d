"""The audit trail of security and money events (never a password, code or token)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from server_stub.store.tables import audit_events
from server_stub.text import log_safe


def record(
    conn: Connection,
    at: datetime,
    event_type: str,
    customer_number: str | None,
    detail: str = "",
) -> None:
    conn.execute(
        insert(audit_events).values(
            at=at, type=event_type, customer_number=customer_number, detail=log_safe(detail, 500)
        )
    )
