"""Creating notifications for a customer, unless they switched that category off."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from server_stub.store.tables import notification_settings, notifications

CATEGORIES = (
    "incoming_transfer",
    "outgoing_transfer",
    "login",
    "password_change",
    "complaint_update",
)


def enabled(conn: Connection, customer_id: int, category: str) -> bool:
    row = conn.execute(
        select(notification_settings.c.enabled).where(
            notification_settings.c.customer_id == customer_id,
            notification_settings.c.category == category,
        )
    ).first()
    return True if row is None else bool(row.enabled)


def notify(
    conn: Connection, customer_id: int, category: str, params: dict[str, Any], at: datetime
) -> None:
    """Stores a notification; the client renders its text from category and params."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown notification category {category!r}")
    if not enabled(conn, customer_id, category):
        return
    conn.execute(
        insert(notifications).values(
            customer_id=customer_id,
            category=category,
            params_json=json.dumps(params, ensure_ascii=False, sort_keys=True),
            created_at=at,
            read=False,
        )
    )
