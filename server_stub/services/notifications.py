"""Reading notifications (keyset pages, unread count), marking them read, and their settings.

Creating one is services/notify.py's job alone: it is the one place that honours the settings.
This module also holds the signed keyset cursor the complaints list shares.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import weakref
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from server_stub.errors import Problem
from server_stub.services.backend import Backend
from server_stub.services.notify import CATEGORIES
from server_stub.store.db import Database
from server_stub.store.tables import notification_settings, notifications, server_state

#: server_state key of the secret that signs cursors, shared by every worker of one database.
_CURSOR_KEY_NAME = "cursor_hmac_key"
_cursor_keys: weakref.WeakKeyDictionary[Database, bytes] = weakref.WeakKeyDictionary()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _cursor_key(backend: Backend) -> bytes:
    """The database's cursor key, made on first use (a race between workers keeps the first)."""
    cached = _cursor_keys.get(backend.db)
    if cached is not None:
        return cached
    query = select(server_state.c.value).where(server_state.c.key == _CURSOR_KEY_NAME)
    with backend.db.read() as conn:
        value = conn.execute(query).scalar_one_or_none()
    if value is None:
        try:
            with backend.db.write() as conn:
                value = conn.execute(query).scalar_one_or_none()
                if value is None:
                    value = secrets.token_hex(32)
                    conn.execute(insert(server_state).values(key=_CURSOR_KEY_NAME, value=value))
        except IntegrityError:
            with backend.db.read() as conn:
                value = conn.execute(query).scalar_one()
    key = bytes.fromhex(value)
    _cursor_keys[backend.db] = key
    return key


def encode_cursor(backend: Backend, scope: str, last_id: int) -> str:
    """An opaque cursor after row `last_id` of the list `scope`, signed so it cannot be forged."""
    body = _b64(json.dumps([scope, last_id], separators=(",", ":")).encode())
    mac = hmac.new(_cursor_key(backend), body.encode(), hashlib.sha256).digest()[:16]
    return f"{body}.{_b64(mac)}"


def decode_cursor(backend: Backend, scope: str, cursor: str) -> int:
    """The row id a cursor continues after; 422 for anything this list did not hand out."""
    invalid = Problem(422, "validation_error", errors=[{"field": "cursor", "code": "invalid"}])
    body, _, mac_text = cursor.partition(".")
    try:
        mac = _unb64(mac_text)
        expected = hmac.new(_cursor_key(backend), body.encode(), hashlib.sha256).digest()[:16]
        if not body or not hmac.compare_digest(mac, expected):
            raise invalid
        cursor_scope, last_id = json.loads(_unb64(body))
    except (binascii.Error, ValueError, TypeError, UnicodeError):
        raise invalid from None
    # A cursor of another list or another customer is as unreadable as a forged one.
    if cursor_scope != scope or not isinstance(last_id, int) or isinstance(last_id, bool):
        raise invalid
    return last_id


def notification_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "category": row.category,
        "created_at": row.created_at.isoformat(),
        "params": json.loads(row.params_json),
        "read": bool(row.read),
    }


def list_page(
    backend: Backend, customer_id: int, *, unread_only: bool, limit: int, cursor: str | None
) -> dict[str, Any]:
    """Newest first, keyset-paged on the id, with the customer's unread count for a badge."""
    scope = f"notifications:{customer_id}"
    conditions: list[ColumnElement[bool]] = [notifications.c.customer_id == customer_id]
    if unread_only:
        conditions.append(notifications.c.read.is_(False))
    if cursor:
        conditions.append(notifications.c.id < decode_cursor(backend, scope, cursor))
    with backend.db.read() as conn:
        rows = conn.execute(
            select(notifications)
            .where(*conditions)
            .order_by(notifications.c.id.desc())
            # One row more than asked tells whether another page follows.
            .limit(limit + 1)
        ).all()
        unread = conn.execute(
            select(func.count())
            .select_from(notifications)
            .where(notifications.c.customer_id == customer_id, notifications.c.read.is_(False))
        ).scalar_one()
    page = rows[:limit]
    more = len(rows) > limit
    return {
        "notifications": [notification_json(row) for row in page],
        "next_cursor": encode_cursor(backend, scope, page[-1].id) if more else None,
        "unread_count": unread,
    }


def mark_read(backend: Backend, customer_id: int, notification_id: int) -> None:
    """Marks one of the customer's notifications read; another customer's is not found."""
    with backend.db.write() as conn:
        found = conn.execute(
            select(notifications.c.id).where(
                notifications.c.id == notification_id, notifications.c.customer_id == customer_id
            )
        ).first()
        if found is None:
            raise Problem(404, "notification_not_found")
        conn.execute(
            update(notifications).where(notifications.c.id == notification_id).values(read=True)
        )


def mark_all_read(backend: Backend, customer_id: int) -> None:
    with backend.db.write() as conn:
        conn.execute(
            update(notifications)
            .where(notifications.c.customer_id == customer_id, notifications.c.read.is_(False))
            .values(read=True)
        )


def _settings(conn: Connection, customer_id: int) -> dict[str, Any]:
    stored = {
        row.category: bool(row.enabled)
        for row in conn.execute(
            select(notification_settings.c.category, notification_settings.c.enabled).where(
                notification_settings.c.customer_id == customer_id
            )
        )
    }
    # A category never touched is on, as notify.enabled() assumes.
    return {"categories": {category: stored.get(category, True) for category in CATEGORIES}}


def get_settings(backend: Backend, customer_id: int) -> dict[str, Any]:
    with backend.db.read() as conn:
        return _settings(conn, customer_id)


def update_settings(backend: Backend, customer_id: int, changes: dict[str, bool]) -> dict[str, Any]:
    """Switches the given categories on or off (the others keep their state); answers them all."""
    with backend.db.write() as conn:
        for category, enabled in changes.items():
            if category not in CATEGORIES:
                raise ValueError(f"unknown notification category {category!r}")
            row = conn.execute(
                select(notification_settings.c.enabled).where(
                    notification_settings.c.customer_id == customer_id,
                    notification_settings.c.category == category,
                )
            ).first()
            if row is None:
                conn.execute(
                    insert(notification_settings).values(
                        customer_id=customer_id, category=category, enabled=enabled
                    )
                )
            else:
                conn.execute(
                    update(notification_settings)
                    .where(
                        notification_settings.c.customer_id == customer_id,
                        notification_settings.c.category == category,
                    )
                    .values(enabled=enabled)
                )
        return _settings(conn, customer_id)
