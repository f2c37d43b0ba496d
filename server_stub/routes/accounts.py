"""Accounts, their transactions and statements."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from server_stub.deps import ActiveSession, BackendDep
from server_stub.schemas.accounts import (
    AccountList,
    BalanceHistory,
    OptionalQueryDate,
    QueryAmount,
    QueryDate,
    QueryDirection,
    Statement,
    TransactionPage,
)
from server_stub.schemas.common import problems
from server_stub.services import accounts, statements, transactions

router = APIRouter(tags=["accounts"])

FromDate = Annotated[
    OptionalQueryDate | None, Query(alias="from", description="First day, inclusive")
]
ToDate = Annotated[OptionalQueryDate | None, Query(alias="to", description="Last day, inclusive")]
PeriodFrom = Annotated[QueryDate, Query(alias="from", description="First day, inclusive")]
PeriodTo = Annotated[QueryDate, Query(alias="to", description="Last day, inclusive")]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page")]


@router.get("/accounts", response_model=AccountList, responses=problems(401, 403))
async def list_accounts(who: ActiveSession, backend: BackendDep) -> JSONResponse:
    """Every account of the customer with balance and available balance."""
    # The most requested page: one indexed read on the event loop, answered as built
    # (AccountList documents it; accounts.account_json makes exactly that shape).
    return JSONResponse({"accounts": accounts.list_accounts(backend, who.customer_id)})


@router.get(
    "/accounts/{account_id}/transactions",
    response_model=TransactionPage,
    responses=problems(401, 403, 404, 422),
)
def list_transactions(
    account_id: str,
    who: ActiveSession,
    backend: BackendDep,
    date_from: FromDate = None,
    date_to: ToDate = None,
    q: Annotated[
        str | None, Query(description="Text in description or counterparty, any letter case")
    ] = None,
    direction: Annotated[QueryDirection | None, Query(description="credit or debit")] = None,
    min_amount: Annotated[QueryAmount | None, Query(description="Absolute amount")] = None,
    max_amount: Annotated[QueryAmount | None, Query(description="Absolute amount")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Cursor = None,
    summary: Annotated[
        bool, Query(description="Count and sums of the whole filter on the first page")
    ] = True,
) -> JSONResponse:
    """The account's transactions, newest first, a keyset page at a time."""
    request = transactions.parse_list_request(
        raw_from=date_from,
        raw_to=date_to,
        q=q,
        direction=direction,
        min_amount=min_amount,
        max_amount=max_amount,
        limit=limit,
        raw_cursor=cursor,
        with_summary=summary,
    )
    # Answered as built, like the statement: transaction_json makes TransactionPage's shape.
    return JSONResponse(transactions.list_page(backend, who.customer_id, account_id, request))


@router.get(
    "/accounts/{account_id}/statement",
    response_model=Statement,
    responses=problems(401, 403, 404, 422),
)
def account_statement(
    account_id: str,
    who: ActiveSession,
    backend: BackendDep,
    date_from: PeriodFrom,
    date_to: PeriodTo,
    limit: Annotated[int, Query(ge=1, le=5000)] = 5000,
    cursor: Cursor = None,
) -> Response:
    """Booked transactions of a period, oldest first, with its opening and closing balance."""
    request = statements.parse_statement_request(date_from, date_to, limit, cursor)
    # A page is up to 5,000 rows, answered as the service wrote it: the rows' JSON comes from
    # the database, and validating it against the response model again would cost more than
    # making it (tests/server/test_fuzz_api.py checks the answers against the OpenAPI schema).
    body = statements.statement(backend, who.customer_id, account_id, request)
    return Response(body, media_type="application/json")


@router.get(
    "/accounts/{account_id}/balance-history",
    response_model=BalanceHistory,
    responses=problems(401, 403, 404, 422),
)
def balance_history(
    account_id: str,
    who: ActiveSession,
    backend: BackendDep,
    date_from: PeriodFrom,
    date_to: PeriodTo,
) -> dict[str, Any]:
    """End-of-day booked balance per day of the period, for the balance chart."""
    start, end = statements.parse_period(date_from, date_to)
    return statements.balance_history(backend, who.customer_id, account_id, start, end)
