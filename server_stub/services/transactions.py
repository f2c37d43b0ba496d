"""An account's transactions, newest first: filters, keyset pages and the filter's totals."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, Select, func, select, tuple_

from server_stub.domain.money import from_minor
from server_stub.services import cursor
from server_stub.services.accounts import owned_account
from server_stub.services.backend import Backend
from server_stub.services.query import QueryErrors
from server_stub.store.tables import transactions
from server_stub.text import fold

Direction = Literal["credit", "debit"]
DIRECTIONS: tuple[Direction, ...] = ("credit", "debit")
MAX_QUERY_LENGTH = 100

t = transactions.c
#: What a transaction's JSON needs, and nothing more (search_text stays in the database).
ROW_COLUMNS = (
    t.id,
    t.booking_date,
    t.value_date,
    t.amount_minor,
    t.currency,
    t.description,
    t.counterparty_name,
    t.counterparty_iban,
    t.reference,
    t.balance_after_minor,
    t.status,
)


@dataclasses.dataclass(frozen=True, slots=True)
class TransactionFilter:
    """What the customer narrowed the list to; `text` is already folded."""

    start: date | None = None
    end: date | None = None
    text: str = ""
    direction: Direction | None = None
    min_minor: int | None = None
    max_minor: int | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class ListRequest:
    filter: TransactionFilter
    limit: int
    after: tuple[date, int] | None
    #: The first page carries the filter's count and sums unless the caller opts out.
    with_summary: bool = True


def parse_list_request(
    *,
    raw_from: str | None,
    raw_to: str | None,
    q: str | None,
    direction: str | None,
    min_amount: str | None,
    max_amount: str | None,
    limit: int,
    raw_cursor: str | None,
    with_summary: bool = True,
) -> ListRequest:
    """The query string read strictly; every bad value is named in one 422."""
    errors = QueryErrors()
    start, end = errors.period(raw_from, raw_to)
    text = errors.text("q", q, MAX_QUERY_LENGTH)
    chosen = errors.choice("direction", direction, DIRECTIONS)
    low = errors.amount("min_amount", min_amount)
    high = errors.amount("max_amount", max_amount)
    if low is not None and high is not None and high < low:
        errors.add("max_amount", "below_min_amount")
    after = errors.position("transactions", raw_cursor)
    errors.check()
    wanted = TransactionFilter(start, end, fold(text), chosen, low, high)
    return ListRequest(wanted, limit, after, with_summary)


def transaction_json(row: Sequence[Any]) -> dict[str, Any]:
    """A row of ROW_COLUMNS as API.md's transaction.

    Unpacked by position: a statement page is 5,000 of these, and named access through a
    RowMapping cost more than the rest of the row's way to JSON.
    """
    (row_id, booked, valued, amount, currency, description, name, iban, reference, balance,
     status) = row  # fmt: skip
    return {
        "id": str(row_id),
        "booking_date": booked.isoformat(),
        "value_date": valued.isoformat(),
        "amount": from_minor(amount),
        "currency": currency,
        "description": description,
        "counterparty_name": name,
        "counterparty_iban": iban,
        "reference": reference,
        "balance_after": None if balance is None else from_minor(balance),
        "status": status,
    }


def filter_clauses(account_id: str, wanted: TransactionFilter) -> list[ColumnElement[bool]]:
    """WHERE terms: the account and the date range lead, so the keyset index bounds the scan."""
    clauses: list[ColumnElement[bool]] = [t.account_id == account_id]
    if wanted.start is not None:
        clauses.append(t.booking_date >= wanted.start)
    if wanted.end is not None:
        clauses.append(t.booking_date <= wanted.end)
    if wanted.text:
        # search_text holds fold(description + " " + counterparty); % and _ typed are literal.
        clauses.append(t.search_text.contains(wanted.text, autoescape=True))
    if wanted.direction == "credit":
        clauses.append(t.amount_minor > 0)
    elif wanted.direction == "debit":
        clauses.append(t.amount_minor < 0)
    if wanted.min_minor is not None:
        clauses.append(func.abs(t.amount_minor) >= wanted.min_minor)
    if wanted.max_minor is not None:
        clauses.append(func.abs(t.amount_minor) <= wanted.max_minor)
    return clauses


def page_query(account_id: str, request: ListRequest) -> Select[Any]:
    """One page, newest first: a seek past the cursor's (date, id), never an OFFSET."""
    query = select(*ROW_COLUMNS).where(*filter_clauses(account_id, request.filter))
    if request.after is not None:
        day, row_id = request.after
        # The plain bound on booking_date gives every database an index range to seek to; the
        # row-value term then drops the rows of that same day already shown.
        query = query.where(t.booking_date <= day, tuple_(t.booking_date, t.id) < (day, row_id))
    return query.order_by(t.booking_date.desc(), t.id.desc()).limit(request.limit + 1)


def summary_query(account_id: str, wanted: TransactionFilter) -> Select[Any]:
    """Count and sums of the whole filter: pending rows count too, as the list shows them."""
    return select(
        func.count(),
        func.coalesce(func.sum(t.amount_minor), 0),
        # FILTER, not CASE: the one conditional sum costs less per row; out = net - in.
        func.coalesce(func.sum(t.amount_minor).filter(t.amount_minor > 0), 0),
    ).where(*filter_clauses(account_id, wanted))


def summary(conn: Connection, account_id: str, wanted: TransactionFilter) -> dict[str, Any]:
    count, net, total_in = conn.execute(summary_query(account_id, wanted)).one()
    return {
        "count": int(count),
        "total_in": from_minor(int(total_in)),
        "total_out": from_minor(int(net) - int(total_in)),
    }


def list_page(
    backend: Backend, customer_id: int, account_id: str, request: ListRequest
) -> dict[str, Any]:
    """A page of `{"transactions", "next_cursor"}`; the first page also carries `summary`."""
    with backend.db.read() as conn:
        owned_account(conn, customer_id, account_id)
        rows = conn.execute(page_query(account_id, request)).all()
        more = len(rows) > request.limit
        rows = rows[: request.limit]
        last = rows[-1] if more else None
        page: dict[str, Any] = {
            "transactions": [transaction_json(row) for row in rows],
            "next_cursor": (
                cursor.encode("transactions", last.booking_date, last.id) if last else None
            ),
            "summary": None,
        }
        if request.after is None and request.with_summary:
            page["summary"] = summary(conn, account_id, request.filter)
        return page
