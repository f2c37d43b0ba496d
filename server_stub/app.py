"""create_app(settings) -> FastAPI: the stub server, with its clock and SMS gateway injectable."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
from collections.abc import AsyncIterator, Mapping

from fastapi import APIRouter, FastAPI

from server_stub import seed
from server_stub.clock import Clock, ClockScopeMiddleware, SharedStubClock, SystemClock
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
from server_stub.schemas.openapi import install_openapi
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
    """The database (migrated to the latest schema, demo data seeded when empty) and services.

    Without a clock given, the stub's clock keeps its offset in the database, so that every
    worker process on it tells the same time. Without the stub's controls nothing can move the
    clock: the server tells the computer's time and spares each request reading the offset.
    """
    db = Database(settings.db_url)
    if clock is None:
        clock = SharedStubClock(db) if settings.stub_controls else SystemClock()
    backend = Backend.build(settings, db, clock, sms or OutboxSmsGateway())
    with db.startup_lock():
        db.migrate()
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
        # What start-up built (modules, routes, schemas, table metadata) lives as long as the
        # process: frozen, full collections no longer walk it. Under load each took 40-67 ms
        # before, and every request in flight waited for it (the p99 of GET /accounts).
        gc.freeze()
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
    install_openapi(app)
    app.add_middleware(ClockScopeMiddleware)
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


#: The environment a worker process reads its settings from (bkt-stub-server sets them).
ENV_DB_URL = "BKT_DB_URL"
ENV_STUB_CONTROLS = "BKT_STUB_CONTROLS"
ENV_SEED_DEMO = "BKT_SEED_DEMO"
ENV_LOG_LEVEL = "BKT_LOG_LEVEL"


def _flag(environ: Mapping[str, str], name: str, default: bool) -> bool:
    value = environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be 1 or 0, not {value!r}")


def settings_from_environment(environ: Mapping[str, str] = os.environ) -> ServerSettings:
    """ServerSettings from BKT_DB_URL (required), BKT_STUB_CONTROLS and BKT_SEED_DEMO (1|0)."""
    url = environ.get(ENV_DB_URL)
    if not url:
        raise RuntimeError(f"set {ENV_DB_URL} to the database URL")
    defaults = ServerSettings()
    return ServerSettings(
        db_url=url,
        stub_controls=_flag(environ, ENV_STUB_CONTROLS, defaults.stub_controls),
        seed_demo=_flag(environ, ENV_SEED_DEMO, defaults.seed_demo),
    )


def app_from_environment() -> FastAPI:
    """The app in each uvicorn worker process (`--workers N`): settings from the environment."""
    level = os.environ.get(ENV_LOG_LEVEL)
    if level:
        # A spawned worker inherits no logging setup from the process that started it.
        logging.basicConfig(
            level=level.upper(), format="%(asctime)s %(levelname)s %(process)d %(name)s %(message)s"
        )
    return create_app(settings_from_environment())
