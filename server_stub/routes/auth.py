"""Identity and authentication: login, code, resend, keepalive, logout, password change, profile."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Response

from server_stub.deps import AnySession, BackendDep
from server_stub.ratelimit import per_address
from server_stub.schemas.auth import (
    LoginRequest,
    OtpRequest,
    PasswordChangeRequest,
    Profile,
    ResendRequest,
    Session,
)
from server_stub.schemas.common import Challenge, problems
from server_stub.services import auth

router = APIRouter(tags=["auth"])


@router.post(
    "/auth/login",
    response_model=Challenge,
    responses=problems(401, 403, 422, 423, 429),
    dependencies=[Depends(per_address("auth_login"))],
)
def login(body: LoginRequest, backend: BackendDep) -> dict[str, Any]:
    """Public. Checks the password and sends the login code by SMS."""
    return auth.login(backend, body.login_id, body.password)


@router.post(
    "/auth/otp",
    response_model=Session,
    responses=problems(401, 404, 410, 422, 423, 429),
    dependencies=[Depends(per_address("auth_otp"))],
)
def verify_otp(body: OtpRequest, backend: BackendDep) -> dict[str, Any]:
    """Public. Exchanges the SMS code for a session."""
    return auth.verify_login_code(backend, body.challenge_id, body.otp)


@router.post(
    "/auth/otp/resend",
    response_model=Challenge,
    responses=problems(404, 410, 422, 423, 429),
    dependencies=[Depends(per_address("auth_otp_resend"))],
)
def resend_otp(body: ResendRequest, backend: BackendDep) -> dict[str, Any]:
    """Public. A new code for the same challenge; the old code stops working."""
    return auth.resend_code(backend, body.challenge_id)


@router.post("/auth/keepalive", status_code=204, response_class=Response, responses=problems(401))
def keepalive(who: AnySession) -> Response:
    """Restarts the idle timer (authenticating the request is what does it)."""
    return Response(status_code=204)


@router.post("/auth/logout", status_code=204, response_class=Response, responses=problems(401))
def logout(who: AnySession, backend: BackendDep) -> Response:
    auth.logout(backend, who)
    return Response(status_code=204)


@router.post(
    "/auth/password",
    status_code=204,
    response_class=Response,
    responses=problems(401, 422, 423),
)
def change_password(body: PasswordChangeRequest, who: AnySession, backend: BackendDep) -> Response:
    """Changes the password; the customer's other sessions end."""
    auth.change_password(backend, who, body.current_password, body.new_password)
    return Response(status_code=204)


@router.get("/me", response_model=Profile, responses=problems(401))
def me(who: AnySession, backend: BackendDep) -> dict[str, Any]:
    return auth.profile(backend, who)
