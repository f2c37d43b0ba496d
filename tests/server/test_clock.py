"""Which clock the server tells: the stub's, shared through the database, or the computer's."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from server_stub.app import create_app, create_backend
from server_stub.clock import SharedStubClock, SystemClock
from tests.conftest import server_settings

MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_the_stub_clock_is_shared_by_every_backend_on_the_database(tmp_path: Path) -> None:
    first = create_backend(server_settings(tmp_path))
    second = create_backend(server_settings(tmp_path))
    try:
        assert isinstance(first.clock, SharedStubClock)
        first.clock.jump_to(MORNING)
        assert abs(second.clock.now() - MORNING) < timedelta(seconds=30)
    finally:
        first.db.dispose()
        second.db.dispose()


def test_without_stub_controls_the_server_tells_the_computers_time(tmp_path: Path) -> None:
    settings = server_settings(tmp_path, stub_controls=False)
    backend = create_backend(settings)
    try:
        # Nothing can move this clock, so no request pays for reading an offset.
        assert isinstance(backend.clock, SystemClock)
        transport = httpx.ASGITransport(app=create_app(settings, backend=backend))

        async def move_and_ask() -> tuple[int, int]:
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
                moved = await c.put("/api/v1/_stub/clock", json={"now": MORNING.isoformat()})
                return moved.status_code, (await c.get("/api/v1/health")).status_code

        assert asyncio.run(move_and_ask()) == (404, 200)
        assert abs(backend.clock.now() - datetime.now(UTC)) < timedelta(seconds=5)
    finally:
        backend.db.dispose()
