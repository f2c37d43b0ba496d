"""Posting a payment: every leg in the caller's transaction, balances moved by guarded UPDATEs."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, func, insert, select, update

from server_stub.store.tables import accounts, transactions
from server_stub.text import fold


class Overdraft(Exception):
    """The debtor's available balance no longer covers the debit (another payment was first)."""


def bank_account_id(kind: str, currency: str) -> str:
    """The bank's own account of one kind (clearing, fees, position) in one currency."""
    return f"bank-{kind}-{currency.lower()}"


def reference_of(payment_id: str, executed_on: date) -> str:
    """The transaction reference of a payment: derived, so it never needs a column of its own."""
    return f"FT{executed_on:%y%m%d}{payment_id[:10].upper()}"


@dataclasses.dataclass(frozen=True, slots=True)
class Leg:
    """One line on one account's statement."""

    account_id: str
    amount_minor: int
    currency: str
    description: str
    counterparty_name: str = ""
    counterparty_iban: str = ""


def debit(conn: Connection, account_id: str, amount_minor: int) -> int:
    """Takes money only if `available` covers it, in the UPDATE itself; returns the new balance.

    The condition sits in the statement, not in an earlier SELECT, so two confirmations racing
    on any database can never both spend the same money.
    """
    row = conn.execute(
        update(accounts)
        .where(
            accounts.c.id == account_id,
            accounts.c.balance_minor - accounts.c.held_minor >= amount_minor,
        )
        .values(balance_minor=accounts.c.balance_minor - amount_minor)
        .returning(accounts.c.balance_minor)
    ).first()
    if row is None:
        raise Overdraft(account_id)
    return int(row.balance_minor)


def credit(conn: Connection, account_id: str, amount_minor: int) -> int:
    """Adds money (the bank's position accounts may go negative: they carry the FX exposure)."""
    row = conn.execute(
        update(accounts)
        .where(accounts.c.id == account_id)
        .values(balance_minor=accounts.c.balance_minor + amount_minor)
        .returning(accounts.c.balance_minor)
    ).one()
    return int(row.balance_minor)


def _row(
    leg: Leg, balance_after: int, booked: date, reference: str, payment_id: str, at: datetime
) -> dict[str, Any]:
    return {
        "account_id": leg.account_id,
        "booking_date": booked,
        "value_date": booked,
        "amount_minor": leg.amount_minor,
        "currency": leg.currency,
        "description": leg.description[:255],
        "counterparty_name": leg.counterparty_name[:120],
        "counterparty_iban": leg.counterparty_iban,
        "reference": reference,
        "balance_after_minor": balance_after,
        "status": "booked",
        "search_text": fold(f"{leg.description} {leg.counterparty_name}"),
        "payment_id": payment_id,
        "created_at": at,
    }


def _insert(conn: Connection, row: dict[str, Any]) -> int:
    result = conn.execute(insert(transactions).values(**row))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def post(
    conn: Connection,
    *,
    debtor: Leg,
    fee: Leg | None,
    others: list[Leg],
    booked: date,
    reference: str,
    payment_id: str,
    at: datetime,
) -> int:
    """Books a payment: the debtor's debit (with its fee) first, then the other legs.

    `debtor.amount_minor` and `fee.amount_minor` are negative; `others` are signed (a position
    account pays out the payee's currency with a negative leg). Raises Overdraft before anything
    is written when the money is not there. Returns the id of the debtor's principal line.
    """
    _lock_in_order(conn, {debtor.account_id, *(leg.account_id for leg in others)})
    fee_minor = -fee.amount_minor if fee else 0
    balance = debit(conn, debtor.account_id, -debtor.amount_minor + fee_minor)
    # The principal line shows the balance before the fee; the fee line the final balance.
    transaction_id = _insert(
        conn, _row(debtor, balance + fee_minor, booked, reference, payment_id, at)
    )
    if fee is not None:
        _insert(conn, _row(fee, balance, booked, reference, payment_id, at))
    for leg in others:
        after = credit(conn, leg.account_id, leg.amount_minor)
        _insert(conn, _row(leg, after, booked, reference, payment_id, at))
    return transaction_id


def _lock_in_order(conn: Connection, account_ids: set[str]) -> None:
    """Locks every account a posting touches, in id order, before the first balance moves.

    Two postings that share accounts (A pays B while B pays A, or any two paying through the
    bank's clearing account) then queue on the first shared row instead of each holding one
    row the other needs (a deadlock on PostgreSQL). SQLite's write lock is whole-database.
    """
    conn.execute(
        select(accounts.c.id)
        .where(accounts.c.id.in_(sorted(account_ids)))
        .order_by(accounts.c.id)
        .with_for_update(key_share=True)
    ).all()


def totals(conn: Connection) -> dict[str, int]:
    """Sum of every account's balance per currency (the bank's own accounts included)."""
    rows = conn.execute(
        select(accounts.c.currency, func.sum(accounts.c.balance_minor)).group_by(
            accounts.c.currency
        )
    ).all()
    return {currency: int(total) for currency, total in rows}


def account_row(conn: Connection, account_id: str) -> RowMapping:
    return conn.execute(select(accounts).where(accounts.c.id == account_id)).mappings().one()
