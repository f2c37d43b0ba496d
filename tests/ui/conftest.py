"""GUI fixtures: a qasync loop inside pytest-qt's QApplication; the app on an in-process server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import qasync

from desktop.app import BranchApp, Options
from server_stub.app import create_app
from server_stub.services.backend import Backend
from tests.qt_support import MemoryKeyring, dispose_branch, run_async

__all__ = ["MemoryKeyring", "run_async"]


@pytest.fixture
def branch(
    qloop: qasync.QEventLoop, backend: Backend, tmp_path: Path, keyring_memory: MemoryKeyring
) -> Iterator[BranchApp]:
    """The whole client against the stub server in-process (httpx.ASGITransport)."""
    transport = httpx.ASGITransport(app=create_app(backend=backend))
    app = BranchApp(
        Options(server="http://127.0.0.1", language="en", data_dir=tmp_path / "client"),
        transport=transport,
        remembered=keyring_memory,
    )
    yield app
    dispose_branch(app)
