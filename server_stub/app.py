"""create_app(settings) -> FastAPI: the stub server, with its clock and SMS gateway injectable."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import APIRouter, FastAPI

from server_stub import seed
from server_stub.clock import Clock, StubClock
from server_stub.config import ServerSettings
from server_stub.http import RequestContextMiddleware, install_error_handlers
from server_stub.routes import (
    accounts,
    auth,
    beneficiaries,
    complaints,
    info,
    notifications,
    payments,
    registration,
    stub,
    stub_complaints,
)
from server_stub.services import scheduler
from server_stub.services.backend import Backend
from server_stub.services.sms import OutboxSmsGateway, SmsGateway
from server_stub.store.db import Database

API_PREFIX = "/api/v1"

#: Every resource's router, mounted under API_PREFIX.
RESOURCE_ROUTERS: tuple[APIRouter, ...] = (
    auth.router,
    registration.router,
    accounts.router,
    info.router,
    notifications.router,
    complaints.router,
    payments.router,
    beneficiaries.router,
)


def create_backend(
    settings: ServerSettings, clock: Clock | None = None, sms: SmsGateway | None = None
) -> Backend:
    """The database (schema created, demo data seeded when empty) and the services over it."""
    db = Database(settings.db_url)
    db.create_schema()
    backend = Backend.build(settings, db, clock or StubClock(), sms or OutboxSmsGateway())
    if settings.seed_demo:
        seed.seed_if_empty(backend)
    return backend


def create_app(
    settings: ServerSettings | None = None,
    *,
    clock: Clock | None = None,
    sms: SmsGateway | None = None,
    backend: Backend | None = None,
) -> FastAPI:
    settings = settings or ServerSettings()
    backend = backend or create_backend(settings, clock, sms)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Payments scheduled for after the nightly window run here, also after a restart.
        stop = asyncio.Event()
        payments_due = asyncio.create_task(scheduler.run_forever(backend, stop))
        yield
        stop.set()
        await payments_due
        backend.db.dispose()

    app = FastAPI(
        title="Internet Branch API (stub)",
        version="1.0.0",
        description="The bank's Internet Branch HTTP API (API.md), served by the local stub.",
        lifespan=lifespan,
    )
    app.state.backend = backend
    install_error_handlers(app)
    app.add_middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes)
    for router in RESOURCE_ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    # Health also at the root, for load balancers and scripts that do not know the base path.
    app.include_router(info.router, include_in_schema=False)
    if settings.stub_controls:
        app.include_router(stub.router, prefix=API_PREFIX)
        app.include_router(stub.router, include_in_schema=False)
        app.include_router(stub_complaints.router, prefix=API_PREFIX)
        app.include_router(stub_complaints.router, include_in_schema=False)
    return app
