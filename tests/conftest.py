"""Suite-wide setup: offscreen Qt, no real keyring, and a stub server on loopback for e2e tests."""

from __future__ import annotations

import os

# Before anything imports Qt or keyring: no window system, no access to the developer's keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from server_stub.app import create_app, create_backend
from server_stub.clock import ManualClock, StubClock
from server_stub.config import TEST_ARGON2, ServerSettings
from server_stub.runner import ServerThread
from server_stub.services.backend import Backend
from tests.qt_support import keyring_memory, qloop

__all__ = ["keyring_memory", "qloop"]

#: A Monday morning in Tirana, well outside the nightly window.
MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def server_settings(tmp_path: Path, **overrides: Any) -> ServerSettings:
    return ServerSettings(
        db_url=f"sqlite:///{tmp_path / 'stub.db'}", argon2=TEST_ARGON2, **overrides
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MORNING)


@pytest.fixture
def backend(tmp_path: Path, clock: ManualClock) -> Iterator[Backend]:
    backend = create_backend(server_settings(tmp_path), clock)
    yield backend
    backend.db.dispose()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[ServerThread]:
    """The real stub server on a loopback port, on a clock tests can move over HTTP."""
    backend = create_backend(server_settings(tmp_path), StubClock())
    server = ServerThread(create_app(backend=backend)).start()
    yield server
    server.stop()
    backend.db.dispose()
