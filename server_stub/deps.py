"""FastAPI dependencies: the backend, and the caller's session (typed with `Annotated`).

They are coroutines: FastAPI runs a plain function dependency in a worker thread, and on a
busy server those trips cost more than the work (see sessions.authenticate).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server_stub.errors import Problem
from server_stub.services import sessions
from server_stub.services.backend import Backend
from server_stub.services.sessions import SessionInfo

_bearer = HTTPBearer(auto_error=False, description="The access_token of a session")


async def get_backend(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend


BackendDep = Annotated[Backend, Depends(get_backend)]


async def any_session(
    backend: BackendDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    x_background: Annotated[
        str | None,
        Header(
            alias="X-Background",
            description="1 for requests the client makes on its own: the idle timer is left alone",
        ),
    ] = None,
) -> SessionInfo:
    """Any valid session, also one that must change its password first."""
    token = (
        credentials.credentials if credentials and credentials.scheme.lower() == "bearer" else None
    )
    return await sessions.authenticate(backend, token, background=x_background == "1")


AnySession = Annotated[SessionInfo, Depends(any_session)]


async def active_session(who: AnySession) -> SessionInfo:
    """A session allowed to do everything: 403 while the password must be changed."""
    if who.password_change_required:
        raise Problem(403, "password_change_required")
    return who


ActiveSession = Annotated[SessionInfo, Depends(active_session)]
