"""Statements of a period (booked rows oldest first, opening and closing balance) and its chart."""

from __future__ import annotations

import dataclasses
import functools
import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Date, RowMapping, Select, bindparam, select, tuple_, union_all

from server_stub.domain.money import from_minor
from server_stub.services import cursor
from server_stub.services.accounts import account_json, owned_account
from server_stub.services.backend import Backend
from server_stub.services.query import QueryErrors
from server_stub.services.row_json import transaction_json_text
from server_stub.store.tables import transactions

t = transactions.c
#: The chart needs no more points than a screen is wide; longer periods are sampled.
MAX_POINTS = 400
_POINT_BATCH = 50


@dataclasses.dataclass(frozen=True, slots=True)
class StatementRequest:
    start: date
    end: date
    limit: int
    after: tuple[date, int] | None


def parse_period(raw_from: str | None, raw_to: str | None) -> tuple[date, date]:
    """A required period, `to` not before `from`; a 422 names every bad value."""
    errors = QueryErrors()
    period = errors.required_period(raw_from, raw_to)
    errors.check()
    assert period is not None
    return period


def parse_statement_request(
    raw_from: str | None, raw_to: str | None, limit: int, raw_cursor: str | None
) -> StatementRequest:
    errors = QueryErrors()
    period = errors.required_period(raw_from, raw_to)
    after = errors.position("statement", raw_cursor)
    errors.check()
    assert period is not None
    return StatementRequest(*period, limit, after)


def _booked(account_id: str) -> list[Any]:
    return [t.account_id == account_id, t.status == "booked"]


def opening_balance(conn: Connection, account: RowMapping, start: date) -> int:
    """The balance at the start of `start`: after the last booked row before it.

    With no earlier row it is the balance before the first booked row from `start` on, and with
    no booked row at all the account's balance.
    """
    before = conn.execute(
        select(t.balance_after_minor)
        .where(*_booked(account["id"]), t.booking_date < start)
        .order_by(t.booking_date.desc(), t.id.desc())
        .limit(1)
    ).first()
    if before is not None:
        return int(before.balance_after_minor)
    first = conn.execute(
        select(t.amount_minor, t.balance_after_minor)
        .where(*_booked(account["id"]), t.booking_date >= start)
        .order_by(t.booking_date, t.id)
        .limit(1)
    ).first()
    if first is None:
        return int(account["balance_minor"])
    return int(first.balance_after_minor) - int(first.amount_minor)


def closing_balance(conn: Connection, account_id: str, end: date, opening: int) -> int:
    """The balance at the end of `end`: after the last booked row up to it."""
    last = conn.execute(
        select(t.balance_after_minor)
        .where(*_booked(account_id), t.booking_date <= end)
        .order_by(t.booking_date.desc(), t.id.desc())
        .limit(1)
    ).scalar()
    return opening if last is None else int(last)


def statement(
    backend: Backend, customer_id: int, account_id: str, request: StatementRequest
) -> bytes:
    """One page of the statement as its JSON body (API.md's Statement).

    Every page repeats the period's opening and closing balance. The rows' JSON comes from the
    database (row_json.py); only the envelope around them is made here.
    """
    with backend.db.read() as conn:
        account = owned_account(conn, customer_id, account_id)
        opening = opening_balance(conn, account, request.start)
        closing = closing_balance(conn, account_id, request.end, opening)
        row_text = transaction_json_text(conn.dialect.name)
        query = select(row_text, t.booking_date, t.id).where(
            *_booked(account_id), t.booking_date >= request.start, t.booking_date <= request.end
        )
        if request.after is not None:
            day, row_id = request.after
            query = query.where(t.booking_date >= day, tuple_(t.booking_date, t.id) > (day, row_id))
        query = query.order_by(t.booking_date, t.id).limit(request.limit + 1)
        rows = conn.execute(query).all()
    more = len(rows) > request.limit
    rows = rows[: request.limit]
    envelope = json.dumps(
        {
            "account": account_json(account),
            "from": request.start.isoformat(),
            "to": request.end.isoformat(),
            "opening_balance": from_minor(opening),
            "closing_balance": from_minor(closing),
        },
        ensure_ascii=False,
    )
    next_cursor = cursor.encode("statement", rows[-1][1], rows[-1][2]) if more else None
    # The envelope's closing brace gives way to the two keys that follow it.
    body = "".join(
        (
            envelope[:-1],
            ', "transactions": [',
            ",".join(row[0] for row in rows),
            '], "next_cursor": ',
            json.dumps(next_cursor),
            "}",
        )
    )
    return body.encode()


def sample_days(start: date, end: date) -> list[date]:
    """Every day of the period; every n-th one, counted back from `end`, when there are too many."""
    days = (end - start).days + 1
    step = -(-days // MAX_POINTS)
    count = -(-days // step)
    return [end - timedelta(days=step * back) for back in range(count - 1, -1, -1)]


@functools.lru_cache(maxsize=MAX_POINTS // _POINT_BATCH)
def day_closes_query(size: int) -> Select[Any]:
    """The end-of-day booked balance of `size` days in one statement: one index seek per day.

    The cost is the number of points, however many rows a day holds or how long the period is
    (the last booked row up to each day, found on the keyset index walking back from it).
    """
    days = union_all(
        *(select(bindparam(f"d{i}", type_=Date).label("day")) for i in range(size))
    ).subquery("days")
    last = (
        select(t.balance_after_minor)
        .where(t.account_id == bindparam("account"), t.status == "booked")
        .where(t.booking_date <= days.c.day)
        .order_by(t.booking_date.desc(), t.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return select(days.c.day, last.label("balance"))


def balance_history(
    backend: Backend, customer_id: int, account_id: str, start: date, end: date
) -> dict[str, Any]:
    """End-of-day booked balance per day of the period (up to today), at most MAX_POINTS."""
    today = backend.clock.now().astimezone(backend.tz).date()
    end = min(end, today)
    with backend.db.read() as conn:
        account = owned_account(conn, customer_id, account_id)
        if end < start:
            return {"currency": account["currency"], "points": []}
        days = sample_days(start, end)
        # Whole batches, padded with the last day, so only a few statement shapes get compiled.
        size = -(-len(days) // _POINT_BATCH) * _POINT_BATCH
        params: dict[str, Any] = {f"d{i}": days[min(i, len(days) - 1)] for i in range(size)}
        params["account"] = account_id
        closes = {row.day: row.balance for row in conn.execute(day_closes_query(size), params)}
        # A day before the account's first booked row has the balance that row started from.
        before_history = opening_balance(conn, account, start) if None in closes.values() else 0
    points = [
        {
            "date": day.isoformat(),
            "balance": from_minor(before_history if closes[day] is None else int(closes[day])),
        }
        for day in days
    ]
    return {"currency": account["currency"], "points": points}
