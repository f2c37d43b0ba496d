"""Server: GET /accounts with a valid session under 50 concurrent clients, against bare FastAPI.

wrk (2 threads, 50 connections, 10 s, after a 2 s warm-up) drives first the baseline, a bare
FastAPI app with one small JSON endpoint (bench/bare_app.py), then the stub server (one process,
SQLite file); both served by uvicorn alike. Client and server share the machine's cores.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    API,
    at_most,
    bearer,
    fresh_db,
    prepare,
    report,
    serve,
    stub_server,
)

DURATION_S = 10
CONNECTIONS = 50
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclasses.dataclass(frozen=True)
class Load:
    rps: float
    p99_ms: float
    requests: int
    failed: int  # non-2xx answers and socket errors


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    if match is None:
        raise ValueError(f"unreadable wrk latency {text!r}")
    return float(match[1]) * _UNITS[match[2]]


def parse_wrk(output: str) -> Load:
    """Requests/s, the 99th percentile latency and the failures of wrk's --latency report."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    total = re.search(r"^\s+(\d+) requests in", output, re.M)
    if rps is None or p99 is None or total is None:
        raise ValueError(f"unreadable wrk output:\n{output}")
    failed = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non_2xx:
        failed += int(non_2xx[1])
    errors = re.search(r"Socket errors:(.*)", output)
    if errors:
        failed += sum(int(n) for n in re.findall(r"\d+", errors[1]))
    return Load(float(rps[1]), _ms(p99[1]), int(total[1]), failed)


def wrk(url: str, headers: dict[str, str], seconds: int) -> Load:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    done = subprocess.run([*command, url], check=True, capture_output=True, text=True)
    return parse_wrk(done.stdout)


def load(url: str, headers: dict[str, str]) -> Load:
    wrk(url, headers, 2)  # warm-up: connections, caches, the thread pool
    return wrk(url, headers, DURATION_S)


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("bench/server.py needs wrk (make bench installs it: apt-get install -y wrk)")
    bare_app = str(Path(__file__).with_name("bare_app.py"))
    with serve([sys.executable, bare_app, "--port", "{port}"], API + "/health") as bare:
        base = load(bare.api + "/accounts", {})
    with stub_server(fresh_db()) as server:
        token = prepare(server)
        stub = load(server.api + "/accounts", bearer(token))
    report(
        "GET /accounts req/s, bare FastAPI (baseline)",
        round(base.rps),
        "req/s",
        note=f"p99 {base.p99_ms:.1f} ms, {base.requests:,} requests, {base.failed} failed",
    )
    wanted = 0.5 * base.rps
    ok = stub.rps >= wanted and stub.failed == 0
    report(
        "GET /accounts req/s, stub server (SQLite, 1 process)",
        round(stub.rps),
        "req/s",
        f">= {wanted:.0f} req/s (0.5 x bare)",
        ok,
        f"{stub.rps / base.rps:.2f} x bare; {stub.requests:,} requests, {stub.failed} failed; "
        f"wrk -t2 -c{CONNECTIONS} -d{DURATION_S}s on the same 2 cores",
    )
    at_most("GET /accounts p99, stub server", round(stub.p99_ms, 1), 50, "ms")


if __name__ == "__main__":
    main()
