"""GET /accounts/{id}/transactions over HTTP: each filter, keyset paging, totals, 422 and 404."""

from __future__ import annotations

import base64
import itertools
import random
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, text

from server_stub.bulk import add_bulk_transactions
from server_stub.seed import transaction_row
from server_stub.services import cursor
from server_stub.services.backend import Backend
from server_stub.services.transactions import (
    ListRequest,
    TransactionFilter,
    page_query,
    summary_query,
)
from server_stub.store.tables import transactions
from tests.conftest import query_plan
from tests.server.conftest import Api, problem

Row = dict[str, Any]
FIELDS = {
    "id",
    "booking_date",
    "value_date",
    "amount",
    "currency",
    "description",
    "counterparty_name",
    "counterparty_iban",
    "reference",
    "balance_after",
    "status",
}


def account_id(api: Api, currency: str = "ALL") -> str:
    accounts = api.get("/accounts").json()["accounts"]
    return next(a["id"] for a in accounts if a["currency"] == currency)


def follow(api: Api, path: str, **params: Any) -> list[list[Row]]:
    """Every page of a listing, following next_cursor to the end."""
    pages: list[list[Row]] = []
    next_cursor: str | None = None
    while True:
        query = dict(params) | ({"cursor": next_cursor} if next_cursor else {})
        response = api.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body["transactions"])
        next_cursor = body["next_cursor"]
        if next_cursor is None:
            return pages
        assert len(pages) < 1000, "paging does not end"


def flat(pages: list[list[Row]]) -> list[Row]:
    return [row for page in pages for row in page]


def newest_first(rows: list[Row]) -> bool:
    keys = [(row["booking_date"], int(row["id"])) for row in rows]
    return keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)


@pytest.fixture
def acc(api: Api) -> str:
    api.login("123456789")
    return account_id(api)


@pytest.fixture
def everything(api: Api, acc: str) -> list[Row]:
    """The account's whole list, the reference each filter is checked against."""
    rows = flat(follow(api, f"/accounts/{acc}/transactions", limit=500))
    assert len(rows) == 200
    return rows


def add_row(backend: Backend, acc: str, day: date, description: str, counterparty: str) -> None:
    """A booked debit of 10.00 with these texts, at the chain's end so balances stay consistent."""
    with backend.db.write() as conn:
        last = conn.execute(
            text("SELECT balance_minor FROM accounts WHERE id = :acc"), {"acc": acc}
        ).scalar_one()
        row = transaction_row(
            random.Random(1),
            acc,
            "ALL",
            day,
            -1000,
            (description, counterparty),
            last - 1000,
            backend.clock.now(),
        )
        conn.execute(insert(transactions), [row])
        conn.execute(
            text("UPDATE accounts SET balance_minor = balance_minor - 1000 WHERE id = :acc"),
            {"acc": acc},
        )


def test_first_page_is_newest_first_with_every_field(api: Api, acc: str) -> None:
    response = api.get(f"/accounts/{acc}/transactions")
    assert response.status_code == 200
    body = response.json()
    rows = body["transactions"]
    assert len(rows) == 50  # the default limit
    assert all(set(row) == FIELDS for row in rows)
    assert newest_first(rows)
    assert body["next_cursor"]
    for row in rows:
        assert row["currency"] == "ALL"
        assert Decimal(row["amount"]) != 0
        assert row["amount"].split(".")[1].isdigit()
        assert len(row["amount"].split(".")[1]) == 2


def test_pending_rows_are_listed_with_no_balance_after(everything: list[Row]) -> None:
    pending = [row for row in everything if row["status"] == "pending"]
    booked = [row for row in everything if row["status"] == "booked"]
    assert len(pending) == 4
    assert all(row["balance_after"] is None for row in pending)
    assert all(Decimal(row["amount"]) < 0 for row in pending)
    assert all(row["balance_after"] is not None for row in booked)
    assert booked[0]["balance_after"] == "250000.00"  # the newest booked row: today's balance


FILTERS: list[tuple[dict[str, str], Callable[[Row], bool]]] = [
    ({"from": "2026-09-01"}, lambda r: r["booking_date"] >= "2026-09-01"),
    ({"to": "2026-07-15"}, lambda r: r["booking_date"] <= "2026-07-15"),
    (
        {"from": "2026-08-01", "to": "2026-08-31"},
        lambda r: "2026-08-01" <= r["booking_date"] <= "2026-08-31",
    ),
    ({"direction": "credit"}, lambda r: Decimal(r["amount"]) > 0),
    ({"direction": "debit"}, lambda r: Decimal(r["amount"]) < 0),
    ({"min_amount": "10000"}, lambda r: abs(Decimal(r["amount"])) >= 10000),
    ({"max_amount": "1500.5"}, lambda r: abs(Decimal(r["amount"])) <= Decimal("1500.50")),
    (
        {"min_amount": "2000.00", "max_amount": "8000.00", "direction": "debit"},
        lambda r: Decimal(r["amount"]) < 0 and 2000 <= abs(Decimal(r["amount"])) <= 8000,
    ),
    ({"q": "conad"}, lambda r: "conad" in (r["description"] + r["counterparty_name"]).lower()),
    # Only in the counterparty, never in the description:
    ({"q": "software solutions"}, lambda r: "Software Solutions" in r["counterparty_name"]),
    (
        {"q": "fatura", "from": "2026-07-01", "direction": "debit"},
        lambda r: "fatura" in r["description"] and r["booking_date"] >= "2026-07-01",
    ),
]


@pytest.mark.parametrize(("params", "wanted"), FILTERS)
def test_each_filter_returns_exactly_its_rows(
    api: Api,
    acc: str,
    everything: list[Row],
    params: dict[str, str],
    wanted: Callable[[Row], bool],
) -> None:
    expected = [row for row in everything if wanted(row)]
    assert expected, "the demo data should have rows for this filter"
    assert len(expected) < len(everything), "the filter should leave some rows out"
    pages = follow(api, f"/accounts/{acc}/transactions", limit=7, **params)
    assert flat(pages) == expected
    first = api.get(f"/accounts/{acc}/transactions", params=params).json()
    summary = first["summary"]
    assert summary["count"] == len(expected)
    amounts = [Decimal(row["amount"]) for row in expected]
    assert Decimal(summary["total_in"]) == sum(a for a in amounts if a > 0)
    assert Decimal(summary["total_out"]) == sum(a for a in amounts if a < 0)


def test_dates_are_inclusive_on_both_ends(api: Api, acc: str, everything: list[Row]) -> None:
    day = everything[len(everything) // 2]["booking_date"]
    rows = flat(follow(api, f"/accounts/{acc}/transactions", **{"from": day, "to": day}))
    assert rows == [row for row in everything if row["booking_date"] == day]


@pytest.mark.parametrize("query", ["ËMBËLSIRA", "ëmbëlsira", "Ëmbëlsira", "ëMbËlSiRa"])
def test_q_folds_the_case_of_e_diaeresis(
    api: Api, acc: str, everything: list[Row], query: str
) -> None:
    rows = flat(follow(api, f"/accounts/{acc}/transactions", q=query))
    assert rows
    assert rows == [row for row in everything if "Ëmbëlsira" in row["description"]]


@pytest.mark.parametrize("query", ["ÇELA", "çela", "Çela", "FARMACIA ÇE"])
def test_q_folds_the_case_of_c_cedilla(
    api: Api, acc: str, everything: list[Row], query: str
) -> None:
    rows = flat(follow(api, f"/accounts/{acc}/transactions", q=query))
    assert rows
    assert rows == [row for row in everything if "Çela" in row["counterparty_name"]]


def test_q_takes_percent_and_underscore_literally(api: Api, backend: Backend, acc: str) -> None:
    add_row(backend, acc, date(2026, 11, 23), "Zbritje 50% — Neptun", "Neptun_shpk")
    percent = api.get(f"/accounts/{acc}/transactions", params={"q": "50%"}).json()
    assert [row["description"] for row in percent["transactions"]] == ["Zbritje 50% — Neptun"]
    assert api.get(f"/accounts/{acc}/transactions", params={"q": "%"}).json()["summary"] == {
        "count": 1,
        "total_in": "0.00",
        "total_out": "-10.00",
    }
    underscore = api.get(f"/accounts/{acc}/transactions", params={"q": "n_s"}).json()
    assert [row["counterparty_name"] for row in underscore["transactions"]] == ["Neptun_shpk"]


def test_q_with_no_match_gives_an_empty_page(api: Api, acc: str) -> None:
    body = api.get(f"/accounts/{acc}/transactions", params={"q": "zzzz-nothing"}).json()
    assert body == {
        "transactions": [],
        "next_cursor": None,
        "summary": {"count": 0, "total_in": "0.00", "total_out": "0.00"},
    }


def test_summary_only_on_the_first_page_and_can_be_skipped(api: Api, acc: str) -> None:
    first = api.get(f"/accounts/{acc}/transactions", params={"limit": 10}).json()
    assert first["summary"]["count"] == 200
    second = api.get(
        f"/accounts/{acc}/transactions", params={"limit": 10, "cursor": first["next_cursor"]}
    ).json()
    assert second["summary"] is None
    skipped = api.get(f"/accounts/{acc}/transactions", params={"summary": "false"}).json()
    assert skipped["summary"] is None
    assert (
        skipped["transactions"] == api.get(f"/accounts/{acc}/transactions").json()["transactions"]
    )


def test_paging_over_thousands_of_rows_with_equal_dates_loses_and_repeats_nothing(
    api: Api, backend: Backend, acc: str
) -> None:
    add_bulk_transactions(backend, 3000, progress=lambda done, total: None)
    with backend.db.read() as conn:
        expected_ids = [
            str(row.id)
            for row in conn.execute(
                text(
                    "SELECT id FROM transactions WHERE account_id = :acc "
                    "ORDER BY booking_date DESC, id DESC"
                ),
                {"acc": acc},
            )
        ]
    assert len(expected_ids) == 3200
    pages = follow(api, f"/accounts/{acc}/transactions", limit=37)
    rows = flat(pages)
    assert [row["id"] for row in rows] == expected_ids
    assert newest_first(rows)
    per_day = Counter(row["booking_date"] for row in rows)
    assert max(per_day.values()) >= 15, "the bulk rows should share dates"
    # Many pages end in the middle of a day: the cursor must split equal dates correctly.
    splits = sum(
        1 for a, b in itertools.pairwise(pages) if a[-1]["booking_date"] == b[0]["booking_date"]
    )
    assert splits >= 20
    assert len(pages) == -(-3200 // 37)
    assert all(len(page) == 37 for page in pages[:-1])


def test_paging_with_a_filter_matches_the_filtered_order(
    api: Api, backend: Backend, acc: str
) -> None:
    add_bulk_transactions(backend, 2000, progress=lambda done, total: None)
    params = {"direction": "credit", "min_amount": "5000", "from": "2026-01-01"}
    whole = flat(follow(api, f"/accounts/{acc}/transactions", limit=500, **params))
    paged = flat(follow(api, f"/accounts/{acc}/transactions", limit=9, **params))
    assert len(whole) > 100
    assert paged == whole
    assert newest_first(paged)
    first = api.get(f"/accounts/{acc}/transactions", params=params).json()
    assert first["summary"]["count"] == len(whole)
    assert Decimal(first["summary"]["total_in"]) == sum(Decimal(r["amount"]) for r in whole)
    assert first["summary"]["total_out"] == "0.00"


def test_the_cursor_survives_new_rows_arriving(api: Api, backend: Backend, acc: str) -> None:
    first = api.get(f"/accounts/{acc}/transactions", params={"limit": 20}).json()
    add_row(backend, acc, date(2026, 11, 23), "Pagesë e re", "Dikush")
    second = api.get(
        f"/accounts/{acc}/transactions", params={"limit": 20, "cursor": first["next_cursor"]}
    ).json()
    before = flat(follow(api, f"/accounts/{acc}/transactions", limit=500))
    assert [r["id"] for r in second["transactions"]] == [r["id"] for r in before[21:41]]


def test_page_queries_seek_the_keyset_index_without_sorting(backend: Backend) -> None:
    """Page 10,000 costs what page 1 costs: an index seek, no OFFSET, no sort of the rows."""
    everything = TransactionFilter()
    deep = ListRequest(everything, 50, (date(2024, 1, 1), 123456))
    dated = ListRequest(TransactionFilter(start=date(2024, 1, 1), direction="debit"), 50, None)
    with backend.db.read() as conn:
        for request in (ListRequest(everything, 50, None), deep, dated):
            sql = page_query("acc", request).compile(
                conn.engine, compile_kwargs={"literal_binds": True}
            )
            # SQLite's dialect writes LIMIT n OFFSET 0; any other offset would be a skip-scan.
            assert re.search(r"OFFSET (?!0\b)", str(sql)) is None, sql
            plan = query_plan(conn, page_query("acc", request))
            # SQLite sorts in a TEMP B-TREE, PostgreSQL in a Sort node: neither may appear.
            assert re.search(r"(USING|using) (INDEX )?ix_transactions_keyset", plan), plan
            assert "TEMP B-TREE" not in plan, plan
            assert "Sort" not in plan, plan
        if conn.dialect.name == "postgresql":
            # On a few rows, and the visibility statistics earlier tests left, the planner may
            # price a plain index scan of another index as cheap: the question is whether the
            # totals index covers the summary alone (then an index-only scan remains possible).
            conn.execute(text("SET LOCAL enable_indexscan = off"))
        plan = query_plan(conn, summary_query("acc", TransactionFilter(start=date(2024, 1, 1))))
        assert re.search(r"COVERING INDEX|Index Only Scan using", plan), plan
        assert "ix_transactions_totals" in plan, plan


def _forged(plain: str) -> str:
    return base64.urlsafe_b64encode(plain.encode()).rstrip(b"=").decode()


BAD_QUERIES: list[tuple[dict[str, str], str, str]] = [
    ({"limit": "0"}, "limit", "greater_than_equal"),
    ({"limit": "501"}, "limit", "less_than_equal"),
    ({"limit": "ten"}, "limit", "int_parsing"),
    ({"limit": "-1"}, "limit", "greater_than_equal"),
    ({"cursor": "not-a-cursor"}, "cursor", "invalid_cursor"),
    ({"cursor": ""}, "cursor", "invalid_cursor"),
    ({"cursor": "!!!!"}, "cursor", "invalid_cursor"),
    ({"cursor": "A" * 500}, "cursor", "invalid_cursor"),
    ({"cursor": _forged("transactions:2026-02-30:5")}, "cursor", "invalid_cursor"),
    ({"cursor": _forged("transactions:2026-01-01:0")}, "cursor", "invalid_cursor"),
    (
        {"cursor": _forged("transactions:2026-01-01:99999999999999999999")},
        "cursor",
        "invalid_cursor",
    ),
    ({"cursor": _forged("transactions:2026-01-01:5 OR 1=1")}, "cursor", "invalid_cursor"),
    ({"cursor": _forged("statement:2026-01-01:5")}, "cursor", "invalid_cursor"),
    ({"cursor": _forged("\xff\xfe")}, "cursor", "invalid_cursor"),
    ({"from": "2026-02-30"}, "from", "invalid_date"),
    ({"from": "2026-13-01"}, "from", "invalid_date"),
    ({"from": "20260228"}, "from", "invalid_date"),
    ({"from": "0"}, "from", "invalid_date"),
    ({"to": "yesterday"}, "to", "invalid_date"),
    ({"to": "2026-11-23T00:00:00"}, "to", "invalid_date"),
    ({"from": "2026-05-02", "to": "2026-05-01"}, "to", "before_from"),
    ({"min_amount": "abc"}, "min_amount", "invalid_amount"),
    ({"min_amount": "-5"}, "min_amount", "invalid_amount"),
    ({"max_amount": "NaN"}, "max_amount", "invalid_amount"),
    ({"max_amount": "1e3"}, "max_amount", "invalid_amount"),
    ({"max_amount": "1.234"}, "max_amount", "invalid_amount"),
    ({"max_amount": "9" * 40}, "max_amount", "invalid_amount"),
    ({"min_amount": "100", "max_amount": "99.99"}, "max_amount", "below_min_amount"),
    ({"direction": "both"}, "direction", "invalid_choice"),
    ({"direction": "CREDIT"}, "direction", "invalid_choice"),
    ({"q": "x" * 101}, "q", "too_long"),
    ({"summary": "maybe"}, "summary", "bool_parsing"),
]


@pytest.mark.parametrize(("params", "field", "code"), BAD_QUERIES)
def test_bad_query_values_answer_422(
    api: Api, acc: str, params: dict[str, str], field: str, code: str
) -> None:
    body = problem(api.get(f"/accounts/{acc}/transactions", params=params), 422, "validation_error")
    assert {"field": field, "code": code} in body["errors"]


def test_every_bad_value_is_named_in_one_answer(api: Api, acc: str) -> None:
    params = {"from": "2026-02-30", "direction": "x", "min_amount": "-1", "cursor": "zz"}
    body = problem(api.get(f"/accounts/{acc}/transactions", params=params), 422, "validation_error")
    assert {e["field"] for e in body["errors"]} == {"from", "direction", "min_amount", "cursor"}


def test_a_cursor_from_another_filter_still_pages_safely(api: Api, acc: str) -> None:
    """A cursor is a position, not a secret: reused with another filter it is still valid."""
    token = cursor.encode("transactions", date(2026, 9, 1), 10**9)
    body = api.get(f"/accounts/{acc}/transactions", params={"cursor": token}).json()
    assert body["transactions"]
    assert all(row["booking_date"] <= "2026-09-01" for row in body["transactions"])


def test_another_customers_account_is_not_found(api: Api) -> None:
    api.login("987654321")
    theirs = account_id(api)
    api.login("123456789")
    for path in (
        f"/accounts/{theirs}/transactions",
        f"/accounts/{theirs}/statement?from=2026-01-01&to=2026-12-31",
        f"/accounts/{theirs}/balance-history?from=2026-01-01&to=2026-12-31",
    ):
        other = problem(api.get(path), 404, "account_not_found")
        missing = problem(api.get(path.replace(theirs, "nosuchaccount")), 404, "account_not_found")
        assert {k: v for k, v in other.items() if k != "request_id"} == {
            k: v for k, v in missing.items() if k != "request_id"
        }


def test_the_bank_accounts_are_not_anyones(api: Api, acc: str) -> None:
    problem(api.get("/accounts/bank-clearing-all/transactions"), 404, "account_not_found")


def test_transactions_need_a_session(api: Api, acc: str) -> None:
    problem(api.get(f"/accounts/{acc}/transactions", token=None), 401, "session_expired")
