"""For bench/startup.py: note when the first window is painted, then quit (BKT_STARTUP_PROBE)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaintProbe(QObject):
    """Writes the wall-clock time of the window's first paint to `path` and ends the app."""

    def __init__(self, window: QWidget, path: Path, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self._path = path
        self._finish = finish
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self._path.write_text(f"{time.time():.6f}\n")
            QTimer.singleShot(0, self._finish)
        return False
