"""The stub's control over complaints: the bank moves one along, which notifies the customer."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from server_stub.deps import BackendDep
from server_stub.routes.stub import loopback_only
from server_stub.schemas.common import problems
from server_stub.schemas.complaints import Complaint, ComplaintStatusChange, ReferencePath
from server_stub.services import complaints

router = APIRouter(prefix="/_stub", tags=["stub"], dependencies=[Depends(loopback_only)])


@router.post(
    "/complaints/{reference}/status", response_model=Complaint, responses=problems(404, 422)
)
def set_status(
    reference: ReferencePath, body: ComplaintStatusChange, backend: BackendDep
) -> dict[str, Any]:
    """Sets `in_review` or `resolved`; a change notifies the customer (complaint_update)."""
    return complaints.set_status(backend, reference, body.status, body.note)
