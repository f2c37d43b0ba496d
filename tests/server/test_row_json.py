"""The database's JSON of a transaction (row_json.py) is exactly what transaction_json makes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from server_stub.domain.money import from_minor
from server_stub.services.backend import Backend
from server_stub.services.row_json import money_text, transaction_json_text
from server_stub.services.transactions import ROW_COLUMNS, transaction_json
from server_stub.store.tables import transactions

t = transactions.c
ACCOUNT = "ALL-CURRENT-0001"

#: Money at the edges of from_minor: zero, under a lek, one cent, both signs, very large.
EDGE_AMOUNTS = [0, 1, -1, 5, -5, 10, -10, 99, -99, 100, -100, 105, -105, 150050, -150050,
                10**15 + 7, -(10**15 + 7)]  # fmt: skip
TEXTS = ['Pagesë "me kartë" në Çarshi', "back\\slash", "tab\there\nnew line", "", "€ ✓ 日本"]


def first_account(backend: Backend) -> str:
    with backend.db.read() as conn:
        found = conn.execute(select(t.account_id).limit(1)).scalar_one()
    return str(found)


def insert_row(backend: Backend, account: str, amount: int, balance: int | None, text: str) -> int:
    row = {
        "account_id": account,
        "booking_date": date(2026, 1, 9),
        "value_date": date(2025, 12, 31),
        "amount_minor": amount,
        "currency": "ALL",
        "description": text,
        "counterparty_name": text[::-1],
        "counterparty_iban": "AL47212110090000000235698741",
        "reference": "REF-1",
        "balance_after_minor": balance,
        "status": "booked" if balance is not None else "pending",
        "search_text": "",
        "created_at": datetime(2026, 1, 9, tzinfo=UTC),
    }
    with backend.db.write() as conn:
        inserted = conn.execute(insert(transactions).returning(t.id), [row]).scalar_one()
    return int(inserted)


def both_ways(backend: Backend, row_id: int) -> tuple[dict[str, object], dict[str, object]]:
    with backend.db.read() as conn:
        query = select(transaction_json_text(conn.dialect.name), *ROW_COLUMNS)
        found = conn.execute(query.where(t.id == row_id)).one()
    return json.loads(found[0]), transaction_json(found[1:])


def test_every_edge_amount_and_text_is_the_same_both_ways(backend: Backend) -> None:
    account = first_account(backend)
    for amount in EDGE_AMOUNTS:
        for text in TEXTS:
            row_id = insert_row(backend, account, amount, -amount if amount % 2 else None, text)
            from_database, from_python = both_ways(backend, row_id)
            assert from_database == from_python
            assert list(from_database) == list(from_python)  # the keys in API.md's order


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(minor=st.integers(min_value=-(10**17), max_value=10**17))
def test_money_text_is_from_minor(backend: Backend, minor: int) -> None:
    account = first_account(backend)
    row_id = insert_row(backend, account, minor, minor, "x")
    try:
        with backend.db.read() as conn:
            made = conn.execute(select(money_text(t.amount_minor)).where(t.id == row_id)).scalar()
        assert made == from_minor(minor)
    finally:
        with backend.db.write() as conn:
            conn.execute(delete(transactions).where(t.id == row_id))
