"""Complaints and suggestions: submit one, list mine with their status, read one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from server_stub.deps import ActiveSession, BackendDep
from server_stub.schemas.common import problems
from server_stub.schemas.complaints import (
    Complaint,
    ComplaintList,
    ComplaintReceipt,
    ComplaintRequest,
    ReferencePath,
)
from server_stub.services import complaints

router = APIRouter(tags=["complaints"])

Limit = Annotated[int, Query(ge=1, le=500)]
Cursor = Annotated[str | None, Query(max_length=512)]


@router.post(
    "/complaints",
    status_code=201,
    response_model=ComplaintReceipt,
    responses=problems(401, 403, 422),
)
def submit(body: ComplaintRequest, who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """A complaint or suggestion; the answer carries its reference for the customer."""
    return complaints.submit(backend, who, body.model_dump())


@router.get("/complaints", response_model=ComplaintList, responses=problems(401, 403, 422))
def list_complaints(
    who: ActiveSession, backend: BackendDep, limit: Limit = 50, cursor: Cursor = None
) -> dict[str, Any]:
    """The customer's submissions with their status, newest first."""
    return complaints.list_page(backend, who.customer_id, limit=limit, cursor=cursor)


@router.get(
    "/complaints/{reference}", response_model=Complaint, responses=problems(401, 403, 404, 422)
)
def get_complaint(
    reference: ReferencePath, who: ActiveSession, backend: BackendDep
) -> dict[str, Any]:
    """One of the customer's submissions by its reference."""
    return complaints.get_one(backend, who.customer_id, reference)
