"""Where the GUI thread was during a stall: a sampler thread for the heartbeat (diagnostics).

Off by default; BKT_BENCH_STALLS=1 turns it on. Every 2 ms it looks at the heartbeat's last beat;
when that is over 16 ms old it records the GUI thread's Python stack (innermost frames). It needs
the GIL to look, so a stall inside one long C call shows as the frame that made the call.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from types import FrameType

ENABLED = os.environ.get("BKT_BENCH_STALLS") == "1"
_PERIOD_S = 0.002
_STALL_S = 0.016
_FRAMES = 6


class StallSampler:
    """Counts the GUI thread's stacks seen while the heartbeat was late."""

    def __init__(self, last_beat: Callable[[], float]) -> None:
        self._last_beat = last_beat
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self.stacks: Counter[str] = Counter()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        if ENABLED:
            self._thread.start()

    def stop(self) -> None:
        if ENABLED:
            self._stop.set()
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(_PERIOD_S):
            if time.perf_counter() - self._last_beat() < _STALL_S:
                continue
            frames = sys._current_frames()
            main = frames.pop(self._main or 0, None)
            if main is None:
                continue
            frames.pop(threading.get_ident(), None)
            # The GUI thread's stack, and where any other thread with Python work was.
            others = "; ".join(_where(frame, 2) for frame in frames.values() if not _idle(frame))
            self.stacks[_where(main, _FRAMES) + (f"  || others: {others}" if others else "")] += 1

    def report(self, count: int = 5) -> str:
        if not ENABLED:
            return ""
        total = sum(self.stacks.values()) or 1
        top = self.stacks.most_common(count)
        return "\n".join(f"  {n * 100 / total:4.0f}%  {where}" for where, n in top)


def _where(frame: FrameType, depth: int) -> str:
    lines = traceback.extract_stack(frame)[-depth:]
    return " < ".join(f"{_tail(f.filename)}:{f.lineno} {f.name}" for f in reversed(lines))


def _idle(frame: FrameType) -> bool:
    """A thread parked in a wait (thread pools, the sampler's peers) is not competing."""
    return frame.f_code.co_name in ("wait", "_worker", "get", "select", "_wait_for_tstate_lock")


def _tail(filename: str) -> str:
    parts = filename.replace("\\", "/").split("/")
    return "/".join(parts[-2:])
