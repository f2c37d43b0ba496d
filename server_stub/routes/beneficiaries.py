"""Saved payees: list, add, rename, delete (not refused in the nightly window)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from server_stub.deps import ActiveSession, BackendDep
from server_stub.schemas.common import problems
from server_stub.schemas.payments import (
    Beneficiary,
    BeneficiaryList,
    BeneficiaryRename,
    BeneficiaryRequest,
)
from server_stub.services import beneficiaries

router = APIRouter(tags=["beneficiaries"])

BeneficiaryId = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("/beneficiaries", response_model=BeneficiaryList, responses=problems(401, 403, 422))
def list_beneficiaries(
    who: ActiveSession,
    backend: BackendDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=1024)] = None,
) -> dict[str, Any]:
    """The customer's saved payees by name."""
    return beneficiaries.list_page(backend, who.customer_id, limit, cursor)


@router.post(
    "/beneficiaries",
    status_code=201,
    response_model=Beneficiary,
    responses={
        200: {"model": Beneficiary, "description": "Already saved"},
        **problems(401, 403, 422),
    },
)
def add_beneficiary(
    body: BeneficiaryRequest, who: ActiveSession, backend: BackendDep, response: Response
) -> dict[str, Any]:
    """Saves a payee (IBAN checked as for payments); an IBAN saved before answers 200 with it."""
    created, saved = beneficiaries.add(backend, who.customer_id, body.name, body.iban)
    if not created:
        response.status_code = 200
    return saved


@router.patch(
    "/beneficiaries/{beneficiary_id}",
    response_model=Beneficiary,
    responses=problems(401, 403, 404, 422),
)
def rename_beneficiary(
    beneficiary_id: BeneficiaryId, body: BeneficiaryRename, who: ActiveSession, backend: BackendDep
) -> dict[str, Any]:
    """Renames a saved payee."""
    return beneficiaries.rename(backend, who.customer_id, beneficiary_id, body.name)


@router.delete(
    "/beneficiaries/{beneficiary_id}",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403, 404, 422),
)
def delete_beneficiary(
    beneficiary_id: BeneficiaryId, who: ActiveSession, backend: BackendDep
) -> Response:
    beneficiaries.remove(backend, who.customer_id, beneficiary_id)
    return Response(status_code=204)
