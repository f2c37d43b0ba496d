"""Startup: bkt-branch (demo mode) to the painted login window, against a bare PySide6 window.

Median of 5 runs each, on the X display in DISPLAY (make bench starts Xvfb when there is none).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            open(sys.argv[1], "w").write(f"{time.time():.6f}\n")
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
window = QLabel("Dega Internet")
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def run_once(command: list[str], env: dict[str, str], probe: Path) -> float:
    probe.unlink(missing_ok=True)
    started = time.time()
    subprocess.run(command, env=env, check=True, timeout=60, stdout=subprocess.DEVNULL)
    return float(probe.read_text()) - started


def measure() -> dict[str, float]:
    python = sys.executable
    branch = str(Path(python).with_name("bkt-branch"))
    results: dict[str, list[float]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe"
        env = {**os.environ, "BKT_STARTUP_PROBE": str(probe)}
        data_dir = Path(tmp) / "data"
        # One warm-up each: the first start also creates the demo database.
        run_once([python, "-c", BARE, str(probe)], env, probe)
        run_once([branch, "--lang", "sq", "--data-dir", str(data_dir)], env, probe)
        for _ in range(RUNS):
            results["bare"].append(run_once([python, "-c", BARE, str(probe)], env, probe))
            results["app"].append(
                run_once([branch, "--lang", "sq", "--data-dir", str(data_dir)], env, probe)
            )
    return {name: statistics.median(values) for name, values in results.items()}


def main() -> None:
    if not os.environ.get("DISPLAY"):
        sys.exit("bench/startup.py needs an X display (make bench starts Xvfb)")
    figures = measure()
    ratio = figures["app"] / figures["bare"]
    print(f"startup bare PySide6 window  median {figures['bare'] * 1000:7.1f} ms")
    print(f"startup bkt-branch (demo)    median {figures['app'] * 1000:7.1f} ms  (x{ratio:.2f})")


if __name__ == "__main__":
    main()
