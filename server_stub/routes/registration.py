"""Registration for the Internet Branch and password reset (public)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Response

from server_stub.deps import BackendDep
from server_stub.ratelimit import per_address
from server_stub.schemas.auth import (
    CompleteWithPassword,
    PasswordResetRequest,
    Registered,
    RegistrationRequest,
)
from server_stub.schemas.common import Challenge, problems
from server_stub.services import registration

router = APIRouter(tags=["registration"])


@router.post(
    "/registration",
    response_model=Challenge,
    responses=problems(403, 404, 409, 422, 423, 429),
    dependencies=[Depends(per_address("registration"))],
)
def start_registration(body: RegistrationRequest, backend: BackendDep) -> dict[str, Any]:
    """Public. An eligible customer gets a registration code by SMS."""
    return registration.start_registration(backend, body.customer_number)


@router.post(
    "/registration/complete",
    status_code=201,
    response_model=Registered,
    responses=problems(401, 404, 409, 410, 422, 423, 429),
    dependencies=[Depends(per_address("registration_complete"))],
)
def complete_registration(body: CompleteWithPassword, backend: BackendDep) -> dict[str, Any]:
    """Public. The code and the first password."""
    return registration.complete_registration(
        backend, body.challenge_id, body.otp, body.new_password
    )


@router.post(
    "/password-reset",
    response_model=Challenge,
    responses=problems(403, 404, 422, 423, 429),
    dependencies=[Depends(per_address("password_reset"))],
)
def start_reset(body: PasswordResetRequest, backend: BackendDep) -> dict[str, Any]:
    """Public. A registered customer gets a code to choose a new password."""
    return registration.start_reset(backend, body.login_id)


@router.post(
    "/password-reset/complete",
    status_code=204,
    response_class=Response,
    responses=problems(401, 404, 410, 422, 423, 429),
    dependencies=[Depends(per_address("password_reset_complete"))],
)
def complete_reset(body: CompleteWithPassword, backend: BackendDep) -> Response:
    """Public. The code and the new password; every open session ends."""
    registration.complete_reset(backend, body.challenge_id, body.otp, body.new_password)
    return Response(status_code=204)
