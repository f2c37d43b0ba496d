"""Server throughput: GET /accounts with a valid session, 50 clients, 1 and 2 workers on PostgreSQL.

Starts `bkt-stub-server` (python -m server_stub) three times, each on a fresh database: SQLite
with one worker, PostgreSQL with one worker and with two (--workers 2). Each is driven for 10 s
(after a 2 s warm-up) by 50 concurrent keep-alive connections on loopback from a small asyncio
load generator in this process (a few per cent of a core), which opens its connections one at a
time so that they spread over the workers as separate clients' would; `--wrk` uses wrk instead,
whose connections all open at once and mostly land on the first worker to wake. Prints requests
per second and the p50 and p99 latencies. PostgreSQL is the throwaway cluster of the tests
(tests/pg_cluster.py) unless BKT_BENCH_PG_URL names a superuser's URL on another. Client, server
and database share the machine's cores.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

if __package__ in (None, ""):  # run as a file: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, make_url, text

from bench.common import API, bearer, fresh_db, percentile, prepare, report, serve

CLIENTS = 50
DURATION_S = 10
WARM_UP_S = 2
PG_VARIABLE = "BKT_BENCH_PG_URL"
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclasses.dataclass(frozen=True)
class Load:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    failed: int  # non-2xx answers and socket errors
    tool: str


# --- the load: wrk, or asyncio -------------------------------------------------------------
def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", value)
    if match is None:
        raise ValueError(f"unreadable wrk latency {value!r}")
    return float(match[1]) * _UNITS[match[2]]


def _field(pattern: str, out: str) -> str:
    match = re.search(pattern, out, re.M)
    if match is None:
        raise ValueError(f"unreadable wrk output ({pattern}):\n{out}")
    return match[1]


def _wrk(url: str, headers: dict[str, str], seconds: int) -> Load:
    command = ["wrk", "-t2", f"-c{CLIENTS}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    failed = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", out))
    errors = re.search(r"Socket errors:(.*)", out)
    if errors:
        failed += sum(int(n) for n in re.findall(r"\d+", errors[1]))
    return Load(
        float(_field(r"^Requests/sec:\s+([\d.]+)", out)),
        _ms(_field(r"^\s+50%\s+(\S+)", out)),
        _ms(_field(r"^\s+99%\s+(\S+)", out)),
        int(_field(r"^\s+(\d+) requests in", out)),
        failed,
        "wrk",
    )


async def _client(
    streams: tuple[asyncio.StreamReader, asyncio.StreamWriter],
    request: bytes,
    until: float,
    latencies: list[float],
) -> int:
    """One keep-alive connection sending the request again as soon as each answer is in."""
    reader, writer = streams
    failed = 0
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length:\s*(\d+)", head)
            if length is None:
                raise RuntimeError(f"an answer without Content-Length: {head!r}")
            await reader.readexactly(int(length[1]))
            latencies.append((time.perf_counter() - started) * 1000)
            if not head.startswith(b"HTTP/1.1 2"):
                failed += 1
    finally:
        writer.close()
    return failed


async def _asyncio_load(url: str, headers: dict[str, str], seconds: int) -> Load:
    target = urlsplit(url)
    if target.hostname is None or target.port is None:
        raise ValueError(f"no host and port in {url}")
    lines = [f"GET {target.path} HTTP/1.1", f"Host: {target.netloc}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode()
    # One connection at a time: each is a separate accept, which any idle worker may win. (wrk
    # opens all at once, and the first worker to wake accepts nearly all of them.)
    streams = []
    for _ in range(CLIENTS):
        streams.append(await asyncio.open_connection(target.hostname, target.port))
        await asyncio.sleep(0.005)
    latencies: list[float] = []
    started = time.perf_counter()
    failed = await asyncio.gather(
        *(_client(pair, request, started + seconds, latencies) for pair in streams)
    )
    elapsed = time.perf_counter() - started
    return Load(
        len(latencies) / elapsed,
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        len(latencies),
        sum(failed),
        "asyncio",
    )


def drive(url: str, headers: dict[str, str], use_wrk: bool) -> Load:
    if use_wrk:
        _wrk(url, headers, WARM_UP_S)
        return _wrk(url, headers, DURATION_S)
    asyncio.run(_asyncio_load(url, headers, WARM_UP_S))
    return asyncio.run(_asyncio_load(url, headers, DURATION_S))


# --- the databases ---------------------------------------------------------------------------
@contextlib.contextmanager
def postgresql_admin() -> Iterator[str]:
    """A superuser's URL: BKT_BENCH_PG_URL, else a throwaway cluster for this run."""
    given = os.environ.get(PG_VARIABLE)
    if given:
        yield given
        return
    from tests.pg_cluster import running_cluster

    with running_cluster() as cluster:
        yield cluster.url


@contextlib.contextmanager
def postgresql_database(admin_url: str) -> Iterator[str]:
    """An empty database for one run; the server creates the schema and the demo data."""
    name = f"bkt_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    finally:
        admin.dispose()


def measure(db_url: str, workers: int, use_wrk: bool) -> Load:
    command = [sys.executable, "-m", "server_stub", "--port", "{port}", "--db", db_url]
    command += ["--workers", str(workers), "--log-level", "warning"]
    with serve(command, API + "/health") as server:
        token = prepare(server)
        return drive(server.api + "/accounts", bearer(token), use_wrk)


def show(name: str, load: Load) -> None:
    report(
        f"GET /accounts req/s, {name}",
        round(load.rps),
        "req/s",
        note=f"p50 {load.p50_ms:.1f} ms, p99 {load.p99_ms:.1f} ms, {load.requests:,} requests, "
        f"{load.failed} failed; {CLIENTS} clients for {DURATION_S} s ({load.tool}), "
        f"{os.cpu_count()} cores shared by client, server and database",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-sqlite", action="store_true", help="PostgreSQL runs only")
    parser.add_argument("--wrk", action="store_true", help="drive the load with wrk")
    args = parser.parse_args(argv)
    if args.wrk and shutil.which("wrk") is None:
        parser.error("--wrk needs wrk (apt-get install -y wrk)")
    if not args.skip_sqlite:
        show("SQLite, 1 worker", measure(f"sqlite:///{fresh_db()}", 1, args.wrk))
    with postgresql_admin() as admin:
        results = {}
        for workers in (1, 2):
            with postgresql_database(admin) as url:
                results[workers] = measure(url, workers, args.wrk)
            show(f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}", results[workers])
    report(
        "GET /accounts, PostgreSQL 2 workers / 1 worker",
        round(results[2].rps / results[1].rps, 2),
        "x",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
