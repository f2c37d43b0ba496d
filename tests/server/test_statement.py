"""GET /accounts/{id}/statement and /balance-history over HTTP: balances, paging, 422 and 404."""

from __future__ import annotations

import base64
import itertools
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from server_stub.bulk import add_bulk_transactions
from server_stub.services import statements
from server_stub.services.backend import Backend
from tests.conftest import query_plan
from tests.server.conftest import Api, problem
from tests.server.test_transactions import account_id, flat, follow

Row = dict[str, Any]


@pytest.fixture
def acc(api: Api) -> str:
    api.login("123456789")
    return account_id(api)


@pytest.fixture
def listed(api: Api, acc: str) -> list[Row]:
    """The whole transaction list, oldest first: the reference for statements."""
    return list(reversed(flat(follow(api, f"/accounts/{acc}/transactions", limit=500))))


def statement_pages(api: Api, acc: str, start: str, end: str, **params: Any) -> list[Row]:
    pages = []
    next_cursor: str | None = None
    while True:
        query = {"from": start, "to": end} | params
        if next_cursor:
            query["cursor"] = next_cursor
        response = api.get(f"/accounts/{acc}/statement", params=query)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        next_cursor = pages[-1]["next_cursor"]
        if next_cursor is None:
            return pages


def booked_in(rows: list[Row], start: str, end: str) -> list[Row]:
    return [r for r in rows if r["status"] == "booked" and start <= r["booking_date"] <= end]


def test_statement_of_a_period(api: Api, acc: str, listed: list[Row]) -> None:
    body = api.get(f"/accounts/{acc}/statement", params={"from": "2026-08-01", "to": "2026-09-30"})
    assert body.status_code == 200
    statement = body.json()
    assert statement["account"]["id"] == acc
    assert statement["account"]["iban"].startswith("AL")
    assert statement["account"]["balance"] == "250000.00"
    assert (statement["from"], statement["to"]) == ("2026-08-01", "2026-09-30")
    expected = booked_in(listed, "2026-08-01", "2026-09-30")
    assert statement["transactions"] == expected  # oldest first, every field as in the list
    assert statement["next_cursor"] is None
    before = [r for r in listed if r["status"] == "booked" and r["booking_date"] < "2026-08-01"]
    assert statement["opening_balance"] == before[-1]["balance_after"]
    assert statement["closing_balance"] == expected[-1]["balance_after"]
    total = sum(Decimal(r["amount"]) for r in expected)
    assert Decimal(statement["opening_balance"]) + total == Decimal(statement["closing_balance"])


def test_pending_rows_are_left_out_of_statements(api: Api, acc: str, listed: list[Row]) -> None:
    pending = [r for r in listed if r["status"] == "pending"]
    assert pending
    day = pending[0]["booking_date"]
    statement = api.get(f"/accounts/{acc}/statement", params={"from": day, "to": day}).json()
    assert all(r["status"] == "booked" for r in statement["transactions"])
    assert {r["id"] for r in pending}.isdisjoint(r["id"] for r in statement["transactions"])
    assert all(r["balance_after"] is not None for r in statement["transactions"])
    # Pending rows leave the balance alone: the period up to today closes at today's balance.
    whole = api.get(f"/accounts/{acc}/statement", params={"from": day, "to": "2026-11-23"})
    assert whole.json()["closing_balance"] == "250000.00"


def test_pages_carry_the_same_balances_and_add_up(api: Api, backend: Backend, acc: str) -> None:
    add_bulk_transactions(backend, 3000, progress=lambda done, total: None)
    pages = statement_pages(api, acc, "2026-01-01", "2026-10-31", limit=250)
    assert len(pages) >= 5
    assert len({(p["opening_balance"], p["closing_balance"]) for p in pages}) == 1
    rows = [row for page in pages for row in page["transactions"]]
    assert len({row["id"] for row in rows}) == len(rows)
    assert [(r["booking_date"], int(r["id"])) for r in rows] == sorted(
        (r["booking_date"], int(r["id"])) for r in rows
    )
    one_page = api.get(
        f"/accounts/{acc}/statement", params={"from": "2026-01-01", "to": "2026-10-31"}
    ).json()
    assert one_page["transactions"] == rows  # limit 5,000 by default: all in one page
    balance = Decimal(pages[0]["opening_balance"])
    for row in rows:  # the chain of balances holds row by row, across page boundaries
        balance += Decimal(row["amount"])
        assert Decimal(row["balance_after"]) == balance
    assert balance == Decimal(pages[0]["closing_balance"])


def test_a_period_with_no_transactions(api: Api, acc: str, listed: list[Row]) -> None:
    oldest = listed[0]
    opening = Decimal(oldest["balance_after"]) - Decimal(oldest["amount"])
    before = api.get(
        f"/accounts/{acc}/statement", params={"from": "2020-01-01", "to": "2020-12-31"}
    )
    assert before.json()["transactions"] == []
    assert before.json()["opening_balance"] == before.json()["closing_balance"] == f"{opening}"
    after = api.get(f"/accounts/{acc}/statement", params={"from": "2027-01-01", "to": "2027-01-31"})
    assert after.json()["opening_balance"] == after.json()["closing_balance"] == "250000.00"


def test_a_period_starting_before_the_history(api: Api, acc: str, listed: list[Row]) -> None:
    oldest = listed[0]
    statement = api.get(
        f"/accounts/{acc}/statement", params={"from": "2020-01-01", "to": oldest["booking_date"]}
    ).json()
    assert Decimal(statement["opening_balance"]) == Decimal(oldest["balance_after"]) - Decimal(
        oldest["amount"]
    )
    total = sum(Decimal(r["amount"]) for r in statement["transactions"])
    assert Decimal(statement["opening_balance"]) + total == Decimal(statement["closing_balance"])


def test_an_account_without_transactions(api: Api, acc: str) -> None:
    eur = account_id(api, "EUR")
    statement = api.get(
        f"/accounts/{eur}/statement", params={"from": "2026-01-01", "to": "2026-12-31"}
    )
    assert statement.status_code == 200
    assert statement.json()["opening_balance"] == statement.json()["closing_balance"] == "5000.00"
    history = api.get(
        f"/accounts/{eur}/balance-history", params={"from": "2026-11-20", "to": "2026-11-23"}
    )
    assert [p["balance"] for p in history.json()["points"]] == ["5000.00"] * 4


def _cursor(plain: str) -> str:
    return base64.urlsafe_b64encode(plain.encode()).rstrip(b"=").decode()


BAD_STATEMENTS: list[tuple[dict[str, str], str, str]] = [
    ({"to": "2026-01-31"}, "from", "required"),
    ({"from": "2026-01-01"}, "to", "required"),
    ({"from": "2026-01-31", "to": "2026-01-01"}, "to", "before_from"),
    ({"from": "2026-02-30", "to": "2026-03-31"}, "from", "invalid_date"),
    ({"from": "2026-01-01", "to": "31.01.2026"}, "to", "invalid_date"),
    ({"from": "2026-01-01", "to": "2026-01-31", "limit": "0"}, "limit", "greater_than_equal"),
    ({"from": "2026-01-01", "to": "2026-01-31", "limit": "5001"}, "limit", "less_than_equal"),
    ({"from": "2026-01-01", "to": "2026-01-31", "cursor": "x"}, "cursor", "invalid_cursor"),
    (
        {"from": "2026-01-01", "to": "2026-01-31", "cursor": _cursor("transactions:2026-01-05:7")},
        "cursor",
        "invalid_cursor",
    ),
]


@pytest.mark.parametrize(("params", "field", "code"), BAD_STATEMENTS)
def test_bad_statement_queries_answer_422(
    api: Api, acc: str, params: dict[str, str], field: str, code: str
) -> None:
    body = problem(api.get(f"/accounts/{acc}/statement", params=params), 422, "validation_error")
    assert {"field": field, "code": code} in body["errors"]


def test_limit_5000_is_allowed(api: Api, acc: str) -> None:
    params = {"from": "2026-01-01", "to": "2026-12-31", "limit": "5000"}
    assert api.get(f"/accounts/{acc}/statement", params=params).status_code == 200


def test_balance_history_is_the_end_of_day_balance(api: Api, acc: str, listed: list[Row]) -> None:
    body = api.get(
        f"/accounts/{acc}/balance-history", params={"from": "2026-09-01", "to": "2026-10-31"}
    )
    assert body.status_code == 200
    history = body.json()
    assert history["currency"] == "ALL"
    points = history["points"]
    assert len(points) == 61
    assert points[0]["date"] == "2026-09-01"
    assert points[-1]["date"] == "2026-10-31"
    for point in points:
        statement = api.get(
            f"/accounts/{acc}/statement", params={"from": point["date"], "to": point["date"]}
        ).json()
        assert point["balance"] == statement["closing_balance"], point


def test_balance_history_stops_today_and_samples_long_periods(
    api: Api, backend: Backend, acc: str
) -> None:
    add_bulk_transactions(backend, 3000, progress=lambda done, total: None)
    future = api.get(
        f"/accounts/{acc}/balance-history", params={"from": "2026-11-01", "to": "2027-06-30"}
    )
    points = future.json()["points"]
    assert points[-1] == {"date": "2026-11-23", "balance": "250000.00"}
    assert len(points) == 23
    long = api.get(
        f"/accounts/{acc}/balance-history", params={"from": "2023-01-01", "to": "2026-11-23"}
    )
    sampled = long.json()["points"]
    assert 300 <= len(sampled) <= 400
    assert sampled[-1]["date"] == "2026-11-23"
    days = [date.fromisoformat(p["date"]) for p in sampled]
    steps = {b - a for a, b in itertools.pairwise(days)}
    assert len(steps) == 1
    assert steps.pop() > timedelta(days=1)
    for point in sampled[::40]:
        statement = api.get(
            f"/accounts/{acc}/statement",
            params={"from": point["date"], "to": point["date"], "limit": 1},
        ).json()
        assert point["balance"] == statement["closing_balance"], point
    later = api.get(
        f"/accounts/{acc}/balance-history", params={"from": "2027-01-01", "to": "2027-01-31"}
    )
    assert later.json() == {"currency": "ALL", "points": []}


@pytest.mark.parametrize(
    ("params", "field", "code"),
    [
        ({"from": "2026-01-01"}, "to", "required"),
        ({"from": "2026-02-29", "to": "2026-03-01"}, "from", "invalid_date"),
        ({"from": "2026-03-01", "to": "2026-02-01"}, "to", "before_from"),
    ],
)
def test_bad_balance_history_queries_answer_422(
    api: Api, acc: str, params: dict[str, str], field: str, code: str
) -> None:
    response = api.get(f"/accounts/{acc}/balance-history", params=params)
    assert {"field": field, "code": code} in problem(response, 422, "validation_error")["errors"]


def test_the_chart_costs_one_index_seek_per_point(backend: Backend) -> None:
    """However many rows a day holds, each point is one seek on the keyset index."""
    days = {f"d{i}": date(2026, 1, 1) + timedelta(days=i) for i in range(50)}
    query = statements.day_closes_query(50).params(account="acc", **days)
    with backend.db.read() as conn:
        plan = query_plan(conn, query)
    if backend.db.is_sqlite:
        assert "CORRELATED SCALAR SUBQUERY" in plan, plan
        assert "SEARCH transactions USING INDEX ix_transactions_keyset" in plan, plan
        assert "SCAN transactions" not in plan, plan
    else:
        assert "SubPlan" in plan, plan
        assert "Index Scan Backward using ix_transactions_keyset on transactions" in plan, plan
        assert "Seq Scan on transactions" not in plan, plan
