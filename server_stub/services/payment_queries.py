"""Reading payments: their JSON, one by id, and the customer's history in keyset pages."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, RowMapping, and_, case, or_, select, tuple_

from server_stub.domain.money import from_minor
from server_stub.errors import Problem
from server_stub.services.backend import Backend
from server_stub.services.ledger import reference_of
from server_stub.services.query import QueryErrors
from server_stub.store.tables import accounts, challenges, payments

STATUSES = ("awaiting_otp", "scheduled", "executed", "rejected", "cancelled", "expired")

p = payments.c
_creditor = accounts.alias("creditor_account")
_CURSOR = re.compile(
    r"^payments:(?P<at>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}):(?P<id>\w{1,32})$"
)


def code_lapsed(now: datetime) -> ColumnElement[bool]:
    """A payment awaiting a code whose code has run out (or was pruned) is in fact expired."""
    return and_(
        p.status == "awaiting_otp",
        or_(challenges.c.expires_at.is_(None), challenges.c.expires_at < now),
    )


def effective_status(now: datetime) -> ColumnElement[str]:
    """The stored status, with a lapsed code shown as `expired` before a request records it."""
    return case((code_lapsed(now), "expired"), else_=p.status)


def _base_query(now: datetime) -> Any:
    return select(
        payments,
        effective_status(now).label("effective_status"),
        _creditor.c.customer_id.label("creditor_customer_id"),
    ).select_from(
        payments.outerjoin(challenges, challenges.c.id == p.challenge_id).outerjoin(
            _creditor, _creditor.c.id == p.creditor_account_id
        )
    )


def _local(backend: Backend, moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(backend.tz).isoformat()


def kind_of(row: RowMapping) -> str:
    if row["creditor_account_id"] is None:
        return "external"
    return "own" if row["creditor_customer_id"] == row["customer_id"] else "internal"


def payment_json(backend: Backend, row: RowMapping) -> dict[str, Any]:
    """A payment as GET /payments shows it."""
    executed_at = row["executed_at"]
    return {
        "id": row["id"],
        "status": row["effective_status"],
        "error_code": row["error_code"],
        "kind": kind_of(row),
        "debtor_account_id": row["debtor_account_id"],
        "creditor_name": row["creditor_name"],
        "creditor_iban": row["creditor_iban"],
        "amount": from_minor(row["amount_minor"]),
        "currency": row["currency"],
        "fee": from_minor(row["fee_minor"]),
        "total": from_minor(row["amount_minor"] + row["fee_minor"]),
        "credited_amount": from_minor(row["credited_amount_minor"]),
        "credited_currency": row["credited_currency"],
        "rate": row["rate"],
        "description": row["description"],
        "schedule": row["schedule"],
        "created_at": _local(backend, row["created_at"]),
        "execute_at": _local(backend, row["execute_at"]),
        "executed_at": _local(backend, executed_at),
        "transaction_id": None if row["transaction_id"] is None else str(row["transaction_id"]),
        "reference": None
        if executed_at is None
        else reference_of(row["id"], executed_at.astimezone(backend.tz).date()),
    }


def one(conn: Connection, backend: Backend, customer_id: int, payment_id: str) -> RowMapping:
    """The customer's payment; another customer's answers exactly like a missing one."""
    row = (
        conn.execute(
            _base_query(backend.clock.now()).where(p.id == payment_id, p.customer_id == customer_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise Problem(404, "payment_not_found")
    return row


def get(backend: Backend, customer_id: int, payment_id: str) -> dict[str, Any]:
    with backend.db.read() as conn:
        return payment_json(backend, one(conn, backend, customer_id, payment_id))


def encode_cursor(created_at: datetime, payment_id: str) -> str:
    naive = created_at.astimezone(UTC).replace(tzinfo=None)
    plain = f"payments:{naive.isoformat(timespec='microseconds')}:{payment_id}"
    return base64.urlsafe_b64encode(plain.encode("ascii")).rstrip(b"=").decode("ascii")


def decode_cursor(token: str) -> tuple[datetime, str] | None:
    """The (created_at, id) a cursor continues after; None for anything we did not write."""
    if len(token) > 128 or not token.isascii():
        return None
    try:
        plain = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
        match = _CURSOR.match(plain)
        if match is None:
            return None
        at = datetime.fromisoformat(match["at"]).replace(tzinfo=UTC)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return (at, match["id"]) if encode_cursor(at, match["id"]) == token else None


def _day_start(backend: Backend, day: date) -> datetime:
    """Midnight of `day` in business time, as UTC; 0001-01-01 is the start of time itself.

    That midnight is 23:00 the day before in UTC, which Python's datetime cannot hold.
    """
    if day == date.min:
        return datetime.min.replace(tzinfo=UTC)
    return datetime.combine(day, time(0, 0), backend.tz).astimezone(UTC)


def list_page(
    backend: Backend,
    customer_id: int,
    *,
    limit: int,
    raw_cursor: str | None,
    status: str | None,
    raw_from: str | None,
    raw_to: str | None,
) -> dict[str, Any]:
    """Newest first by (created_at, id), filtered by status and creation dates (Tirane days)."""
    errors = QueryErrors()
    wanted = errors.choice("status", status, STATUSES)
    start, end = errors.period(raw_from, raw_to)
    after = None
    if raw_cursor is not None:
        after = decode_cursor(raw_cursor)
        if after is None:
            errors.add("cursor", "invalid_cursor")
    errors.check()
    now = backend.clock.now()
    query = _base_query(now).where(p.customer_id == customer_id)
    if wanted is not None:
        query = query.where(effective_status(now) == wanted)
    if start is not None:
        query = query.where(p.created_at >= _day_start(backend, start))
    if end is not None and end < date.max:  # 9999-12-31 has no next day: no upper bound
        query = query.where(p.created_at < _day_start(backend, end + timedelta(days=1)))
    if after is not None:
        query = query.where(p.created_at <= after[0], tuple_(p.created_at, p.id) < after)
    query = query.order_by(p.created_at.desc(), p.id.desc()).limit(limit + 1)
    with backend.db.read() as conn:
        rows = list(conn.execute(query).mappings())
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "payments": [payment_json(backend, row) for row in rows],
        "next_cursor": encode_cursor(rows[-1]["created_at"], rows[-1]["id"]) if more else None,
    }
