"""Qt + qasync test support shared by the GUI and end-to-end tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from desktop.secrets import RememberedLogin

T = TypeVar("T")


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """The asyncio loop runs inside Qt's: qtbot.wait/waitUntil/waitSignal drive both."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    for _ in range(5):
        qapp.processEvents()
    # Not loop.stop(): it calls QApplication.exit(), which would spoil later tests' event loops.
    loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def run_async(coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
    """Runs a coroutine on the (already running) qasync loop by spinning Qt until it is done."""
    task = asyncio.ensure_future(coro)
    deadline = time.monotonic() + timeout
    app = QApplication.instance()
    assert app is not None
    while not task.done():
        if time.monotonic() > deadline:
            task.cancel()
            raise TimeoutError("coroutine did not finish")
        app.processEvents()
        time.sleep(0.001)
    return task.result()


class MemoryKeyring(RememberedLogin):
    """The keyring contract in memory: what would reach the OS keyring, for assertions."""

    def __init__(self, available: bool = True) -> None:
        self.stored: dict[str, str] = {}
        self._memory_available = available
        super().__init__()

    def _probe(self) -> bool:
        return self._memory_available

    def load(self) -> str | None:
        return self.stored.get("login") if self.available else None

    def save(self, login_id: str) -> bool:
        if self.available:
            self.stored["login"] = login_id
        return self.available

    def forget(self) -> None:
        self.stored.pop("login", None)


@pytest.fixture
def keyring_memory() -> MemoryKeyring:
    return MemoryKeyring()


def dispose_branch(app: Any) -> None:
    """Ends a BranchApp and deletes its Qt objects here, in the GUI thread.

    Left to Python's garbage collector, they could be destroyed from a server thread that
    happens to run the collection, and Qt refuses to stop timers from another thread.
    """
    import gc

    from PySide6.QtCore import QEvent

    app._closing = True  # the test is over: no window comes back after the logout
    run_async(app.shutdown())
    # Its translator is installed in the one QApplication of the test run: left there, the
    # next test's branch (in English, which installs none) would speak this one's language.
    app.translations.apply("en")
    for widget in (app.main_window, app.login_window, app.demo_phone, app.idle_dialog):
        if widget is not None:
            widget.close()
            widget.deleteLater()
    app.deleteLater()
    qapp = QApplication.instance()
    assert qapp is not None
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()
