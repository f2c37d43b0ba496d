"""Startup: bkt-branch (demo mode) to the painted login window, against a bare PySide6 window.

Median of 5 runs each, alternated, on the X display in DISPLAY (make bench starts Xvfb when
there is none). The app writes its first-paint time to $BKT_STARTUP_PROBE (desktop/__main__.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import at_most, bench_env, report

RUNS = 5
LIMIT_MS = 250
LIMIT_RATIO = 3.0

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


def measure() -> dict[str, list[float]]:
    python = sys.executable
    branch = str(Path(python).with_name("bkt-branch"))
    results: dict[str, list[float]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe"
        env = {**bench_env(), "BKT_STARTUP_PROBE": str(probe)}
        data_dir = Path(tmp) / "data"
        # One warm-up each: the first start also creates the demo database.
        run_once([python, "-c", BARE, str(probe)], env, probe)
        run_once([branch, "--lang", "sq", "--data-dir", str(data_dir)], env, probe)
        for _ in range(RUNS):
            results["bare"].append(run_once([python, "-c", BARE, str(probe)], env, probe))
            results["app"].append(
                run_once([branch, "--lang", "sq", "--data-dir", str(data_dir)], env, probe)
            )
    return results


def main() -> None:
    name = "startup: bkt-branch (demo) → login window painted"
    if not os.environ.get("DISPLAY"):
        report(name, 0, "ms", f"<= {LIMIT_MS} ms", None, "skipped: no X display (make bench)")
        return
    results = measure()
    bare = statistics.median(results["bare"]) * 1000
    app = statistics.median(results["app"]) * 1000
    runs = ", ".join(f"{s * 1000:.0f}" for s in results["app"])
    report(
        "startup: bare PySide6 window (baseline)",
        round(bare, 1),
        "ms",
        note=f"median of {RUNS}: " + ", ".join(f"{s * 1000:.0f}" for s in results["bare"]),
    )
    at_most(name, round(app, 1), LIMIT_MS, "ms", f"median of {RUNS}: {runs}")
    at_most(
        "startup: bkt-branch / bare window",
        round(app / bare, 2),
        LIMIT_RATIO,
        "x",
        f"{app:.0f} ms against the bare window's {bare:.0f} ms",
    )


if __name__ == "__main__":
    main()
