"""The client side of the GUI benchmarks: the app on a qasync loop, a heartbeat, a keyboard login.

The app runs in this process (offscreen, or on the X display when DISPLAY is set); the server
always runs in a process of its own (bench/common.py).
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import httpx
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from bench.common import CUSTOMER
from bench.stalls import StallSampler

T = TypeVar("T")
#: What the offscreen platform says about every window; not a defect of the app (setup.cfg).
_PLATFORM_NOISE = ("does not support propagateSizeHints", "does not support raise")
#: The heartbeat's period; the longest gap between two beats is the longest stall + this.
BEAT_MS = 5


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not any(noise in message for noise in _PLATFORM_NOISE):
        print(f"qt: {message}", file=sys.stderr)


def run(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Runs `main()` on a qasync loop inside a QApplication (offscreen without a display)."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_qt_message)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import qasync  # after PySide6 (DESIGN.md)

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(main())
    finally:
        loop.close()


async def wait_until(condition: Callable[[], bool], limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the condition did not come true in time")
        await asyncio.sleep(0.002)


class GcWatch:
    """Times every garbage collection (any thread): a full one can stall the GUI thread.

    Wall time and the collecting thread's CPU time: on a busy machine the two differ.
    """

    def __init__(self) -> None:
        self.pauses: list[tuple[float, float, int, str]] = []  # (wall, cpu, generation, thread)
        self._started: dict[int, tuple[float, float]] = {}

    def __enter__(self) -> GcWatch:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._started[ident] = (time.perf_counter(), time.thread_time())
        elif ident in self._started:
            wall, cpu = self._started.pop(ident)
            name = threading.current_thread().name
            spent = (time.perf_counter() - wall, time.thread_time() - cpu)
            self.pauses.append((*spent, info["generation"], name))

    def summary(self) -> str:
        if not self.pauses:
            return "no GC"
        wall, cpu, generation, thread = max(self.pauses)
        full = [p for p in self.pauses if p[2] == 2]
        longest_full = max((p[1] for p in full), default=0.0)
        return (
            f"{len(self.pauses)} GCs, longest {wall * 1000:.0f} ms wall/{cpu * 1000:.0f} ms CPU "
            f"(gen {generation}, {thread}); {len(full)} full, longest full "
            f"{longest_full * 1000:.0f} ms CPU"
        )


class Heartbeat:
    """A 5 ms timer on the Qt loop: the longest gap between beats is the longest UI stall."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self._longest = 0.0
        self.phase = ""
        self.gaps: list[tuple[float, str]] = []  # every gap over 16 ms, with its phase
        self._sampler: StallSampler | None = None

    @property
    def longest_ms(self) -> float:
        return self._longest * 1000

    def start(self) -> None:
        self.gaps = []
        self._longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()
        self._sampler = StallSampler(lambda: self._last)
        self._sampler.start()

    def stop(self) -> float:
        """Stops beating; returns the longest gap in milliseconds (the last one included)."""
        self._beat()
        self._timer.stop()
        if self._sampler is not None:
            self._sampler.stop()
            found = self._sampler.report()
            if found:
                print(f"stalls during {self.phase}:\n{found}", file=sys.stderr)
        return self.longest_ms

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self._last = now
        self._longest = max(self._longest, gap)
        if gap > 0.016:
            self.gaps.append((gap, self.phase))

    def worst(self, count: int = 3) -> str:
        top = sorted(self.gaps, reverse=True)[:count]
        return ", ".join(f"{gap * 1000:.0f} ms ({phase})" for gap, phase in top) or "none > 16 ms"


class PaintWatch(QObject):
    """Notes when `widget` has painted once `condition()` holds (after the paint, not inside)."""

    def __init__(self, widget: QWidget, condition: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._condition = condition
        self.painted_at: float | None = None
        widget.installEventFilter(self)
        widget.update()  # a paint is due even if the rows came before this watch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self._condition():
            # The next turn of the loop comes after this paint and the window's flush.
            QTimer.singleShot(0, self._note)
        return False

    def _note(self) -> None:
        if self.painted_at is None:
            self.painted_at = time.perf_counter()


async def idle_heartbeat(seconds: float) -> float:
    """The longest gap of the heartbeat on an idle loop: what the machine alone costs."""
    heartbeat = Heartbeat()
    heartbeat.phase = "idle"
    heartbeat.start()
    await asyncio.sleep(seconds)
    return heartbeat.stop()


def visible(parent: QWidget, name: str) -> QLineEdit:
    """The visible line edit of that name (login steps share names such as otpEdit)."""
    for widget in parent.findChildren(QLineEdit, name):
        if widget.isVisible():
            return widget
    raise LookupError(f"no visible line edit named {name}")


async def type_text(widget: QWidget, text: str, delay: float) -> None:
    """Key by key, giving the loop a turn between keys as a person's typing would."""
    if delay <= 0:
        QTest.keyClicks(widget, text)
        return
    for char in text:
        QTest.keyClicks(widget, char)
        await asyncio.sleep(delay)


class Phone:
    """The customer's phone: the stub's SMS outbox, read over a client made in advance.

    Made before the heartbeat starts: building an HTTP client loads the CA store (tens of ms).
    """

    def __init__(self, server_api: str) -> None:
        self._client = httpx.AsyncClient(base_url=server_api, timeout=10)

    async def last_code(self) -> str:
        answer = await self._client.get("/_stub/sms", params={"to": CUSTOMER[2], "limit": 1})
        return str(answer.json()["messages"][0]["code"])

    async def aclose(self) -> None:
        await self._client.aclose()


async def keyboard_login(branch: Any, phone: Phone, delay: float = 0.0) -> Any:
    """Login ID, Tab, password, Enter, the SMS code, Enter; returns the shown main window."""
    number, password, _phone = CUSTOMER
    window = branch.login_window
    login_id = visible(window, "loginIdEdit")
    await type_text(login_id, number, delay)
    QTest.keyClick(login_id, Qt.Key.Key_Tab)
    secret = visible(window, "passwordEdit")
    await type_text(secret, password, delay)
    QTest.keyClick(secret, Qt.Key.Key_Return)
    await wait_until(lambda: window.code.otp_edit.isVisible() and window.code.otp_edit.isEnabled())
    code = await phone.last_code()
    await type_text(window.code.otp_edit, code, delay)
    QTest.keyClick(window.code.otp_edit, Qt.Key.Key_Return)
    await wait_until(lambda: branch.main_window is not None and branch.main_window.isVisible())
    return branch.main_window


def make_branch(server_url: str, data_dir: Path) -> Any:
    """The whole client against the server over loopback, started (the login window shown)."""
    from desktop.app import BranchApp, Options

    branch = BranchApp(Options(server=server_url, language="en", data_dir=data_dir))
    branch.start()
    return branch


async def close_branch(branch: Any) -> None:
    branch._closing = True  # no login window comes back after this logout
    await branch.shutdown()
    for window in (branch.main_window, branch.login_window):
        if window is not None:
            window.close()


async def scroll_until(table: Any, model: Any, rows: int, limit_s: float = 300) -> int:
    """Scrolls the table to its end again and again, so the view's fetchMore loads pages."""
    deadline = time.monotonic() + limit_s
    while model.rowCount() < rows and model.has_more():
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {model.rowCount()} rows after {limit_s:.0f} s")
        if not model.fetching:
            table.scrollToBottom()
        await asyncio.sleep(0.005)
    await wait_until(lambda: not model.fetching)
    return int(model.rowCount())


def rss_mb() -> float:
    """This process's resident set size, from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")
