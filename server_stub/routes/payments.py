"""Payments (quote, create, confirm, cancel, history) and the bank's exchange rates."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query
from pydantic import WithJsonSchema

from server_stub.deps import ActiveSession, BackendDep
from server_stub.schemas.accounts import OptionalQueryDate
from server_stub.schemas.common import problems
from server_stub.schemas.payments import (
    Cancelled,
    Confirmed,
    ConfirmRequest,
    FxRates,
    Payment,
    PaymentCreated,
    PaymentList,
    PaymentRequest,
    Quote,
)
from server_stub.services import fx, payment_queries, payments
from server_stub.services.payment_checks import PaymentOrder

router = APIRouter(tags=["payments"])

#: A status to filter by; empty is no filter (as services/query.py reads it).
StatusFilter = Annotated[
    str, WithJsonSchema({"type": "string", "enum": [*payment_queries.STATUSES, ""]})
]

PaymentId = Annotated[str, Path(min_length=1, max_length=64)]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=128,
        description="One key per reviewed payment, reused on every retry of it",
    ),
]


def _order(body: PaymentRequest) -> PaymentOrder:
    return PaymentOrder(**body.model_dump())


@router.post("/payments/quote", response_model=Quote, responses=problems(401, 403, 404, 409, 422))
def quote(body: PaymentRequest, who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """What the review step shows (fee, total, rate, credited amount); nothing is sent or kept."""
    return payments.quote(backend, who.customer_id, _order(body))


@router.post(
    "/payments",
    status_code=201,
    response_model=PaymentCreated,
    responses=problems(400, 401, 403, 404, 409, 422),
)
def create(
    body: PaymentRequest,
    who: ActiveSession,
    backend: BackendDep,
    idempotency_key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Creates the payment and sends its code; the same key and body answer the same reply."""
    return payments.create(backend, who.customer_id, _order(body), idempotency_key)


@router.post(
    "/payments/{payment_id}/confirm",
    response_model=Confirmed,
    response_model_exclude_none=True,
    responses=problems(401, 403, 404, 409, 410, 422, 423),
)
def confirm(
    payment_id: PaymentId, body: ConfirmRequest, who: ActiveSession, backend: BackendDep
) -> dict[str, Any]:
    """Executes the payment with its SMS code (or schedules it for after the nightly window)."""
    return payments.confirm(backend, who.customer_id, payment_id, body.otp)


@router.post(
    "/payments/{payment_id}/cancel",
    response_model=Cancelled,
    responses=problems(401, 403, 404, 409),
)
def cancel(payment_id: PaymentId, who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """Cancels a payment awaiting its code or scheduled; allowed in the nightly window too."""
    return payments.cancel(backend, who.customer_id, payment_id)


@router.get("/payments", response_model=PaymentList, responses=problems(401, 403, 422))
def list_payments(
    who: ActiveSession,
    backend: BackendDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=256)] = None,
    status: Annotated[StatusFilter | None, Query(description="One of the payment statuses")] = None,
    from_: Annotated[
        OptionalQueryDate | None,
        Query(alias="from", description="YYYY-MM-DD, created on or after"),
    ] = None,
    to: Annotated[
        OptionalQueryDate | None, Query(description="YYYY-MM-DD, created on or before")
    ] = None,
) -> dict[str, Any]:
    """The customer's payments, newest first."""
    return payment_queries.list_page(
        backend,
        who.customer_id,
        limit=limit,
        raw_cursor=cursor,
        status=status,
        raw_from=from_,
        raw_to=to,
    )


@router.get(
    "/payments/{payment_id}", response_model=Payment, responses=problems(401, 403, 404, 422)
)
def get_payment(payment_id: PaymentId, who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """One payment with its status (what the client asks when a confirmation's answer was lost)."""
    return payment_queries.get(backend, who.customer_id, payment_id)


@router.get("/fx-rates", response_model=FxRates, responses=problems(401, 403))
def fx_rates(who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """The bank's rates in ALL per unit: it buys at `buy` and sells at `sell`."""
    return fx.rates_json(backend.settings, backend.clock.now().astimezone(backend.tz))
