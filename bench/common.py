"""What the benchmarks share: the BENCH report lines, the stub server as a process, seed, login.

Every script prints its figures as lines `BENCH {json}` (see `report`); bench/run.py collects
them into one table. The stub server always runs in a process of its own, as a bank's would.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import json
import math
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

PREFIX = "BENCH "
REPO = Path(__file__).resolve().parents[1]
API = "/api/v1"
#: The demo customer of API.md the benchmarks log in as, and the phone his codes go to.
CUSTOMER = ("123456789", "Tirana2026", "+355691234567")
#: Where seeded databases are kept for one `make bench` run (bench/run.py sets it).
CACHE_VARIABLE = "BKT_BENCH_CACHE"
TIRANA = ZoneInfo("Europe/Tirane")


# --- the report protocol ----------------------------------------------------------------
def report(
    name: str,
    value: float,
    unit: str,
    target: str | None = None,
    ok: bool | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Prints one figure as `BENCH {json}`; a figure without a target is a baseline or a note."""
    line = {"name": name, "value": value, "unit": unit, "target": target, "ok": ok, "note": note}
    print(PREFIX + json.dumps(line, ensure_ascii=False), flush=True)
    return line


def at_most(name: str, value: float, limit: float, unit: str, note: str | None = None) -> bool:
    ok = value <= limit
    report(name, value, unit, f"<= {limit:g} {unit}", ok, note)
    return ok


def at_least(name: str, value: float, limit: float, unit: str, note: str | None = None) -> bool:
    ok = value >= limit
    report(name, value, unit, f">= {limit:g} {unit}", ok, note)
    return ok


def parse_line(line: str) -> dict[str, Any] | None:
    """The figure of a `BENCH {json}` line; None for any other output."""
    if not line.startswith(PREFIX):
        return None
    try:
        found = json.loads(line[len(PREFIX) :])
    except json.JSONDecodeError:
        return None
    return found if isinstance(found, dict) else None


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (share 0.95 is p95)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


# --- processes and files ----------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_own_cache: Path | None = None


def cache_dir() -> Path:
    """The run's cache (BKT_BENCH_CACHE), else a temporary directory of this process."""
    global _own_cache
    shared = os.environ.get(CACHE_VARIABLE)
    if shared:
        Path(shared).mkdir(parents=True, exist_ok=True)
        return Path(shared)
    if _own_cache is None:
        _own_cache = Path(tempfile.mkdtemp(prefix="bkt-bench-"))
        atexit.register(shutil.rmtree, _own_cache, True)
    return _own_cache


def bench_env() -> dict[str, str]:
    """The environment of child processes: bytecode caching stays as make bench set it."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def seeded_db(transactions: int) -> Path:
    """A stub database with `transactions` bulk rows, seeded once per run and then reused.

    Seeded into a directory of its own that is renamed when complete (the SQLite file and its
    journal move together), so an interrupted seed is never taken for a finished one.
    """
    done = cache_dir() / f"seed-{transactions}"
    if not done.exists():
        work = cache_dir() / f"seed-{transactions}.tmp"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        print(f"seeding {transactions:,} transactions (once per run)…", file=sys.stderr)
        subprocess.run(
            [
                *(sys.executable, "-m", "server_stub", "--db", str(work / "bank.db")),
                *("--log-level", "warning", "seed", "--transactions", str(transactions)),
            ],
            check=True,
            env=bench_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        work.rename(done)
    return done / "bank.db"


def fresh_db() -> Path:
    """An empty database path (the server seeds the demo customers into it)."""
    return Path(tempfile.mkdtemp(prefix="bkt-db-", dir=cache_dir())) / "bank.db"


@dataclasses.dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def api(self) -> str:
        return self.url + API


def wait_for_health(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.05)
    raise RuntimeError(f"no answer from {url} within {timeout:.0f} s")


@contextlib.contextmanager
def serve(command: list[str], health_path: str) -> Iterator[Server]:
    """Runs a server command (given `{port}` placeholders) until the block ends."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="bkt-server-", suffix=".log", dir=cache_dir())[1])
    args = [part.format(port=port) for part in command]
    with log.open("wb") as sink:
        process = subprocess.Popen(args, env=bench_env(), stdout=sink, stderr=sink, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url + health_path, process, log, timeout=60)
        yield Server(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def stub_server(db: Path) -> contextlib.AbstractContextManager[Server]:
    """`python -m server_stub` on a free port over this SQLite file, one worker process."""
    command = [sys.executable, "-m", "server_stub", "--port", "{port}", "--db", str(db)]
    return serve([*command, "--log-level", "warning"], API + "/health")


# --- talking to the stub ----------------------------------------------------------------
def business_morning(now: datetime | None = None) -> datetime:
    """10:00 in Tirana on today's date, or the next Monday's at a weekend: far from 21:00."""
    day = (now or datetime.now(UTC)).astimezone(TIRANA).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=TIRANA)


def set_business_clock(server: Server) -> None:
    """Moves the stub clock to a business-day morning: nothing meets the nightly window."""
    moment = business_morning().isoformat()
    httpx.put(server.api + "/_stub/clock", json={"now": moment}, timeout=30).raise_for_status()


def prepare(server: Server) -> str:
    """The business-day clock, then a login; returns the bearer token."""
    set_business_clock(server)
    with httpx.Client(base_url=server.api, timeout=30) as client:
        return login(client)


def login(client: httpx.Client) -> str:
    """Password, then the SMS code from the stub's outbox: the session's bearer token."""
    number, password, phone = CUSTOMER
    answer = client.post("/auth/login", json={"login_id": number, "password": password})
    answer.raise_for_status()
    challenge = answer.json()["challenge_id"]
    outbox = client.get("/_stub/sms", params={"to": phone, "limit": 1}).json()["messages"]
    code = next(m["code"] for m in outbox if m["challenge_id"] == challenge)
    session = client.post("/auth/otp", json={"challenge_id": challenge, "otp": code})
    session.raise_for_status()
    return str(session.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- facts of a seeded database, read once with sqlite3 ---------------------------------
@dataclasses.dataclass(frozen=True)
class Facts:
    """Where things are in the seeded database: the account, a deep cursor, a 100k period."""

    account_id: str
    #: (booking date, id) of the last row before the page of depth `depth` at `limit` rows.
    deep_position: tuple[str, int]
    depth: int
    limit: int
    #: The first day of the latest period holding at least `export_rows` booked rows.
    export_from: str
    export_rows: int
    total_rows: int


def facts(db: Path, depth: int = 10_000, limit: int = 50, export_rows: int = 100_000) -> Facts:
    """Computed from the file (cached beside it), the same way the server orders its rows."""
    cached = db.with_name(f"facts-{depth}-{limit}-{export_rows}.json")
    if cached.exists():
        data = json.loads(cached.read_text())
        data["deep_position"] = tuple(data["deep_position"])
        return Facts(**data)
    number = CUSTOMER[0]
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        account_id, total = conn.execute(
            "SELECT a.id, (SELECT count(*) FROM transactions t WHERE t.account_id = a.id) "
            "FROM accounts a JOIN customers c ON c.id = a.customer_id "
            "WHERE c.customer_number = ? AND a.currency = 'ALL' "
            "ORDER BY a.opened_at, a.iban LIMIT 1",
            (number,),
        ).fetchone()
        deep = conn.execute(
            "SELECT booking_date, id FROM transactions WHERE account_id = ? "
            "ORDER BY booking_date DESC, id DESC LIMIT 1 OFFSET ?",
            (account_id, (depth - 1) * limit - 1),
        ).fetchone()
        start = conn.execute(
            "SELECT booking_date FROM transactions WHERE account_id = ? AND status = 'booked' "
            "ORDER BY booking_date DESC, id DESC LIMIT 1 OFFSET ?",
            (account_id, export_rows - 1),
        ).fetchone()
    found = Facts(account_id, (str(deep[0]), int(deep[1])), depth, limit, str(start[0]), 0, total)
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        (rows,) = conn.execute(
            "SELECT count(*) FROM transactions WHERE account_id = ? AND status = 'booked' "
            "AND booking_date >= ?",
            (account_id, found.export_from),
        ).fetchone()
    found = dataclasses.replace(found, export_rows=int(rows))
    cached.write_text(json.dumps(dataclasses.asdict(found)))
    return found


def deep_cursor(found: Facts) -> str:
    """The server's own cursor for that position (server_stub/services/cursor.py)."""
    from server_stub.services import cursor

    day, row_id = found.deep_position
    return cursor.encode("transactions", date.fromisoformat(day), row_id)


def server_ms(response: httpx.Response) -> float:
    """The app's time from the `Server-Timing: app;dur=<ms>` header."""
    for part in response.headers.get("server-timing", "").split(","):
        name, _, params = part.strip().partition(";")
        if name == "app" and params.startswith("dur="):
            return float(params[4:])
    raise ValueError("the answer carries no Server-Timing app;dur")
