"""The stub's controls: the SMS outbox (the customers' phones), the clock, unblock, audit."""

from __future__ import annotations

import ipaddress
from datetime import UTC
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import select

from server_stub.deps import BackendDep
from server_stub.errors import Problem
from server_stub.schemas.common import problems
from server_stub.schemas.stub import AuditLog, ClockRequest, ClockState, SmsOutbox
from server_stub.services import audit, customers, lockout
from server_stub.store.tables import audit_events, sms_outbox


def loopback_only(request: Request) -> None:
    """The controls answer only on this machine: to anyone else they do not exist."""
    host = request.client.host if request.client else ""
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise Problem(404, "not_found")


router = APIRouter(prefix="/_stub", tags=["stub"], dependencies=[Depends(loopback_only)])

Limit = Annotated[int, Query(ge=1, le=500)]


@router.get("/sms", response_model=SmsOutbox, responses=problems(404, 422))
def sms(
    backend: BackendDep,
    to: Annotated[str | None, Query(max_length=16)] = None,
    limit: Limit = 50,
) -> dict[str, Any]:
    """The SMS gateway's outbox, newest first in sending order."""
    query = select(sms_outbox).order_by(sms_outbox.c.id.desc()).limit(limit)
    if to:
        query = query.where(sms_outbox.c.to_phone == to)
    with backend.db.read() as conn:
        rows = conn.execute(query).mappings().all()
    return {
        "messages": [
            {
                "id": r["id"],
                "to": r["to_phone"],
                "text": r["text"],
                "code": r["code"],
                "purpose": r["purpose"],
                "challenge_id": r["challenge_id"],
                "sent_at": r["sent_at"].isoformat(),
            }
            for r in rows
        ]
    }


def _adjustable(backend: Any) -> Any:
    clock = backend.clock
    if not hasattr(clock, "jump_to"):
        raise Problem(404, "not_found", "this server runs on the real clock")
    return clock


@router.put("/clock", response_model=ClockState, responses=problems(404, 422))
def set_clock(body: ClockRequest, backend: BackendDep) -> dict[str, str]:
    """The server's clock jumps to `now` and runs on from there."""
    moment = body.now if body.now.tzinfo else body.now.replace(tzinfo=UTC)
    _adjustable(backend).jump_to(moment)
    return {"now": backend.clock.now().isoformat()}


@router.delete("/clock", response_model=ClockState, responses=problems(404))
def reset_clock(backend: BackendDep) -> dict[str, str]:
    """Back to real time."""
    _adjustable(backend).reset()
    return {"now": backend.clock.now().isoformat()}


@router.post(
    "/customers/{customer_number}/unblock",
    status_code=204,
    response_class=Response,
    responses=problems(404, 422),
)
def unblock(customer_number: str, backend: BackendDep) -> Response:
    """The Call Center's action: the customer may log in again and the failure count is 0."""
    now = backend.clock.now()
    with backend.db.write() as conn:
        customer = customers.find(conn, customer_number)
        if customer is None:
            raise Problem(404, "customer_not_found")
        lockout.unblock(conn, customer["id"])
        audit.record(conn, now, "user_unblocked", customer["customer_number"], "call center")
    return Response(status_code=204)


@router.get("/audit", response_model=AuditLog, responses=problems(404, 422))
def audit_log(backend: BackendDep, limit: Limit = 50) -> dict[str, Any]:
    """The audit trail, newest first."""
    with backend.db.read() as conn:
        rows = (
            conn.execute(select(audit_events).order_by(audit_events.c.id.desc()).limit(limit))
            .mappings()
            .all()
        )
    return {
        "events": [
            {
                "at": r["at"].isoformat(),
                "type": r["type"],
                "customer_number": r["customer_number"],
                "detail": r["detail"],
            }
            for r in rows
        ]
    }
