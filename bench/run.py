"""make bench: runs every benchmark script, then prints one table of figures, targets and results.

Each script runs in a process of its own and reports `BENCH {json}` lines (bench/common.py).
The seeded 1,000,000-row database is made once, in a temporary directory kept for this run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CACHE_VARIABLE, REPO, bench_env, parse_line, seeded_db

BENCH = REPO / "bench"
SCRIPTS = ("startup", "server", "transactions", "responsiveness", "memory")
SEEDED_ROWS = 1_000_000


def postgresql_missing() -> str | None:
    """Why bench/accounts_rps.py cannot run here, or None when it can."""
    if not (BENCH / "accounts_rps.py").exists():
        return "bench/accounts_rps.py is not there"
    if os.environ.get("BKT_BENCH_PG_URL"):
        return None
    sys.path.insert(0, str(REPO))
    from tests.pg_cluster import find_bindir

    if find_bindir() is None:
        return "PostgreSQL is not installed and BKT_BENCH_PG_URL is not set"
    return None


def run_script(name: str, args: list[str]) -> tuple[list[dict[str, Any]], str | None]:
    """The script's figures, and why it failed (None when it exited cleanly)."""
    print(f"\n== bench/{name}.py", file=sys.stderr, flush=True)
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(BENCH / f"{name}.py"), *args],
        cwd=REPO,
        env=bench_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    figures = []
    for line in process.stdout:
        figure = parse_line(line)
        if figure is None:
            print(line, end="", file=sys.stderr)
        else:
            figure["script"] = name
            figures.append(figure)
            print(f"   {figure['name']}: {figure['value']} {figure['unit']}", file=sys.stderr)
    code = process.wait()
    print(f"   ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
    return figures, None if code == 0 else f"exit status {code} (its output is above)"


def verdict(figure: dict[str, Any]) -> str:
    if figure.get("ok") is True:
        return "pass"
    if figure.get("ok") is False:
        return "MISS"
    if figure.get("target"):
        return "skip"
    return "info"


def table(figures: list[dict[str, Any]]) -> str:
    rows = [("#", "figure", "measured", "target", "result")]
    for number, figure in enumerate(figures, 1):
        value = figure["value"]
        measured = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0")
        measured = f"{measured.rstrip('.')} {figure['unit']}"
        target = figure.get("target") or "-"
        rows.append((str(number), figure["name"], measured, target, verdict(figure)))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(w) if i == 2 else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(" | ".join(cells).rstrip())
        if index == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    started = time.monotonic()
    load_before = os.getloadavg()
    cache = Path(tempfile.mkdtemp(prefix="bkt-bench-run-"))
    os.environ[CACHE_VARIABLE] = str(cache)
    figures: list[dict[str, Any]] = []
    failures: list[str] = []
    missing = postgresql_missing()
    try:
        seeded_db(SEEDED_ROWS)  # once for transactions, responsiveness and memory
        plan: list[tuple[str, list[str]]] = [(name, []) for name in SCRIPTS]
        if missing is None:
            plan.append(("accounts_rps", ["--skip-sqlite"]))  # server.py measures SQLite
        for name, args in plan:
            found, failure = run_script(name, args)
            figures += found
            if failure:
                failures.append(f"bench/{name}.py: {failure}")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    load_after = os.getloadavg()
    print()
    print(table(figures))
    print()
    for number, figure in enumerate(figures, 1):
        if figure.get("note"):
            print(f"{number:>2}. {figure['note']}")
    if missing is not None:
        print(f"bench/accounts_rps.py skipped: {missing}.")
    for failure in failures:
        print(f"FAILED {failure}")
    passed = sum(1 for f in figures if f.get("ok") is True)
    missed = sum(1 for f in figures if f.get("ok") is False)
    print(
        f"\n{passed} pass, {missed} miss; {os.cpu_count()} cores, load average "
        f"{load_before[0]:.1f} before and {load_after[0]:.1f} after; "
        f"{time.monotonic() - started:.0f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
