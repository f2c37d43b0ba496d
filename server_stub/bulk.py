"""Bulk transactions for benchmarks: `bkt-stub-server seed --transactions N`."""

from __future__ import annotations

import random
import sys
from array import array
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, RowMapping, insert, select

from server_stub.seed import DEMO_ACCOUNTS, MOVES, pick_move, transaction_row
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, customers, transactions

#: Rows per executemany: big enough to amortise the round trip, small enough to stream.
CHUNK = 10_000
#: The history spans at most five years, with about this many rows per day (many equal dates).
MAX_SPAN_DAYS = 5 * 365
ROWS_PER_DAY = 20
Progress = Callable[[int, int], None]


def _stderr_progress(done: int, total: int) -> None:
    print(f"seed: {done}/{total} transactions", file=sys.stderr, flush=True)


def add_bulk_transactions(
    backend: Backend, count: int, *, seed: int = 20261123, progress: Progress | None = None
) -> int:
    """Adds `count` booked transactions to the first demo account, older than its history.

    They end exactly at the opening balance of the account's oldest row, so the chain of
    balance_after stays consistent with the account's balance. One write transaction: an
    interrupted run leaves nothing behind.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    report = progress or _stderr_progress
    rng = random.Random(seed)
    with backend.db.write() as conn:
        account = _first_demo_account(conn)
        end, final_balance = _history_start(conn, account, backend)
        created_at = backend.clock.now()
        done = 0
        chunk: list[dict[str, Any]] = []
        for row in _rows(rng, account, count, end, final_balance, created_at):
            chunk.append(row)
            if len(chunk) == CHUNK:
                conn.execute(insert(transactions), chunk)
                done += len(chunk)
                chunk = []
                report(done, count)
        if chunk:
            conn.execute(insert(transactions), chunk)
            done += len(chunk)
            report(done, count)
    return done


def _first_demo_account(conn: Connection) -> RowMapping:
    number, _seq, _name, _type, currency, _balance = DEMO_ACCOUNTS[0]
    row = (
        conn.execute(
            select(accounts)
            .join(customers, customers.c.id == accounts.c.customer_id)
            .where(customers.c.customer_number == number, accounts.c.currency == currency)
            .order_by(accounts.c.opened_at, accounts.c.iban)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise LookupError(f"the demo customer {number} has no {currency} account")
    return row


def _history_start(conn: Connection, account: RowMapping, backend: Backend) -> tuple[date, int]:
    """The last day before the account's oldest row, and the balance at the start of that row."""
    t = transactions.c
    oldest_day = conn.execute(
        select(t.booking_date)
        .where(t.account_id == account["id"])
        .order_by(t.booking_date, t.id)
        .limit(1)
    ).scalar()
    first_booked = conn.execute(
        select(t.amount_minor, t.balance_after_minor)
        .where(t.account_id == account["id"], t.status == "booked")
        .order_by(t.booking_date, t.id)
        .limit(1)
    ).first()
    # Strictly older than every existing row: within a day rows are ordered by id, and ours
    # get the higher ids, so sharing a day would put them after rows they precede.
    today = backend.clock.now().astimezone(backend.tz).date()
    end = (oldest_day or today) - timedelta(days=1)
    if first_booked is None:
        return end, int(account["balance_minor"])
    return end, int(first_booked.balance_after_minor) - int(first_booked.amount_minor)


def _rows(
    rng: random.Random,
    account: RowMapping,
    count: int,
    end: date,
    final_balance: int,
    created_at: datetime,
) -> Iterator[dict[str, Any]]:
    """The rows oldest first; amounts are chosen newest first, walking back from the balance."""
    span = max(1, min(MAX_SPAN_DAYS, count // ROWS_PER_DAY))
    offsets = array("H", sorted(rng.randrange(span) for _ in range(count)))
    kinds = array("H", bytes(2 * count))
    amounts = array("q", bytes(8 * count))
    balance = final_balance
    for index in range(count - 1, -1, -1):
        kinds[index], amounts[index] = pick_move(rng, balance)
        balance -= amounts[index]
    start = end - timedelta(days=span - 1)
    days = [start + timedelta(days=offset) for offset in range(span)]
    for index in range(count):
        balance += amounts[index]
        text, counterparty, *_range = MOVES[kinds[index]]
        yield transaction_row(
            rng,
            account["id"],
            account["currency"],
            days[offsets[index]],
            amounts[index],
            (text, counterparty),
            balance,
            created_at,
        )
