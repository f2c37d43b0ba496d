"""Crash safety: the stub server as a real process, SIGKILLed in the middle of a stream of
payments, restarted on the same database.

After every restart: each payment whose confirmation was answered 200 is executed with all its
legs, no payment is half-posted (legs all there or none, netting to zero per currency), each
currency's total over all accounts is what it was, and every account's balance is its opening
balance plus its new lines in an unbroken balance_after chain. A few rounds in `make test`,
more with BKT_CRASH_ROUNDS in `make fuzz`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from server_stub.domain.passwords import PasswordHashing
from server_stub.services import ledger, notify
from server_stub.services import payments as payments_service
from server_stub.services.backend import Backend
from server_stub.store.db import Database
from server_stub.store.tables import accounts, customers, payments, transactions
from tests.conftest import server_settings
from tests.server.conftest import DEMO_PASSWORDS, DEMO_PHONES, Api
from tests.server.payment_helpers import OTHER_BANK_IBAN

ROUNDS = int(os.environ.get("BKT_CRASH_ROUNDS", "3"))
#: Inside the business day (the stub's clock runs on from here).
MONDAY_10_TIRANE = "2026-11-23T10:00:00+01:00"
#: Lines a payment books: the principal and its counterpart, plus the fee and its fee-account
#: line to another bank, or the two currency positions of a conversion.
LEGS = {"internal": 2, "external": 4, "fx": 4}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class StubProcess:
    """`python -m server_stub` on a port and a database, killed without warning on demand."""

    def __init__(self, db_url: str, log: Path) -> None:
        self.db_url = db_url
        # A file path for SQLite (as a user starts it), the URL for PostgreSQL.
        self.db_arg = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite") else db_url
        self.log = log
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api/v1"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "server_stub", "--port", str(self.port)]
        with self.log.open("ab") as out:
            # A session of its own, so the kill reaches any worker process it spawned as well.
            self.process = subprocess.Popen(
                [*command, "--db", self.db_arg],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.05)
        raise AssertionError(f"the server did not start:\n{self.log.read_text()}")

    def kill(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.kill()


def _code_for(client: httpx.Client, phone: str, challenge_id: str) -> str:
    outbox = client.get("/_stub/sms", params={"to": phone, "limit": 100}).json()["messages"]
    codes = [m["code"] for m in outbox if m["challenge_id"] == challenge_id]
    assert codes, f"no SMS for {challenge_id}"
    return str(codes[0])


class Customer:
    """A demo customer logged in to the server: a client with the session, and its accounts."""

    def __init__(self, url: str, number: str) -> None:
        self.number = number
        self.phone = DEMO_PHONES[number]
        self.client = httpx.Client(base_url=url, timeout=60)
        body = {"login_id": number, "password": DEMO_PASSWORDS[number]}
        challenge = self.client.post("/auth/login", json=body).json()["challenge_id"]
        code = _code_for(self.client, self.phone, challenge)
        session = self.client.post("/auth/otp", json={"challenge_id": challenge, "otp": code})
        assert session.status_code == 200, session.text
        self.client.headers["Authorization"] = f"Bearer {session.json()['access_token']}"
        listed = self.client.get("/accounts").json()["accounts"]
        self.accounts = {account["currency"]: account for account in listed}


class Stream:
    """Payments created and confirmed from several threads until the server goes away."""

    def __init__(self, payers: list[tuple[Customer, str]]) -> None:
        self.payers = payers
        self.confirmed: list[str] = []
        self.errors: list[BaseException] = []
        self.lock = threading.Lock()
        self.keys = itertools.count()
        self.stop = threading.Event()

    def run(self, payer: Customer, creditor_iban: str) -> None:
        try:
            # A client per thread: httpx clients are not shared between threads here.
            with httpx.Client(
                base_url=payer.client.base_url, headers=payer.client.headers, timeout=60
            ) as client:
                while not self.stop.is_set():
                    self._pay(client, payer, creditor_iban)
        except httpx.TransportError:
            pass  # the server was killed
        except BaseException as error:  # an answer other than success: the test fails on it
            with self.lock:
                self.errors.append(error)

    def _pay(self, client: httpx.Client, payer: Customer, creditor_iban: str) -> None:
        body = {
            "debtor_account_id": payer.accounts["ALL"]["id"],
            "creditor_iban": creditor_iban,
            "creditor_name": "Marrës Testi",
            "amount": f"{random.randint(100, 5000) / 100:.2f}",
            "currency": "ALL",
        }
        key = f"crash-{time.time_ns()}-{next(self.keys)}"
        created = client.post("/payments", json=body, headers={"Idempotency-Key": key})
        assert created.status_code == 201, created.text
        payment = created.json()
        code = _code_for(client, payer.phone, payment["challenge"]["challenge_id"])
        confirmed = client.post(f"/payments/{payment['id']}/confirm", json={"otp": code})
        assert confirmed.status_code == 200, confirmed.text
        with self.lock:
            self.confirmed.append(payment["id"])


def _snapshot(db: Database) -> tuple[dict[str, int], dict[str, int], int]:
    """Totals per currency, every account's balance, and the first id a new line will get."""
    with db.read() as conn:
        totals = ledger.totals(conn)
        balances = dict(conn.execute(select(accounts.c.id, accounts.c.balance_minor)).all())
        last = conn.execute(select(func.max(transactions.c.id))).scalar_one()
    return totals, balances, int(last) + 1


def _kind(row: Any) -> str:
    if row.creditor_account_id is None:
        return "external"
    return "fx" if row.credited_currency != row.currency else "internal"


def _check(db: Database, start: tuple[dict[str, int], dict[str, int], int], ok: list[str]) -> int:
    """Every invariant of the module docstring; returns how many payments are executed."""
    totals, opening, first_line = start
    with db.read() as conn:
        rows = {row.id: row for row in conn.execute(select(payments))}
        lines = conn.execute(
            select(transactions).where(transactions.c.id >= first_line).order_by(transactions.c.id)
        ).all()
        balances = dict(conn.execute(select(accounts.c.id, accounts.c.balance_minor)).all())
        assert ledger.totals(conn) == totals
    for payment_id in ok:
        assert rows[payment_id].status == "executed", payment_id
    legs: defaultdict[str, list[Any]] = defaultdict(list)
    running = dict(opening)
    for line in lines:
        legs[line.payment_id].append(line)
        running[line.account_id] += line.amount_minor
        assert line.balance_after_minor == running[line.account_id], line
    assert running == balances
    for payment_id, row in rows.items():
        booked = legs.get(payment_id, [])
        if row.status != "executed":
            assert not booked, f"{payment_id} is {row.status} but has lines"
            continue
        assert len(booked) == LEGS[_kind(row)], payment_id
        net: Counter[str] = Counter()
        for line in booked:
            net[line.currency] += line.amount_minor
        assert set(net.values()) == {0}, payment_id
    return sum(row.status == "executed" for row in rows.values())


def _errors_logged(log: Path) -> str:
    """The server's tracebacks, for the failure message (tmp dirs do not outlive many runs)."""
    text = log.read_text(errors="replace")
    start = text.find(" ERROR ")
    return text[start : start + 6000] if start >= 0 else "(no error in the server log)"


def _round(server: StubProcess, target: int) -> list[str]:
    """One stream of payments, killed at a random moment after `target` were confirmed."""
    first, second = Customer(server.url, "123456789"), Customer(server.url, "987654321")
    payers = [
        (first, second.accounts["ALL"]["iban"]),  # within the bank
        (first, OTHER_BANK_IBAN),  # to another bank: fee and clearing
        (first, first.accounts["EUR"]["iban"]),  # to oneself, converted
        (second, first.accounts["ALL"]["iban"]),
    ]
    stream = Stream(payers)
    threads = [threading.Thread(target=stream.run, args=pair) for pair in payers]
    try:
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 120
        while len(stream.confirmed) < target and time.monotonic() < deadline:
            if stream.errors:
                break
            time.sleep(0.01)
        time.sleep(random.uniform(0, 0.3))
        server.kill()
    finally:
        stream.stop.set()
        for thread in threads:
            thread.join(60)
        for customer in (first, second):
            customer.client.close()
    if stream.errors:
        pytest.fail(f"{stream.errors}\n{_errors_logged(server.log)}")
    assert len(stream.confirmed) >= target, "the stream did not get going"
    return stream.confirmed


@pytest.fixture
def server(tmp_path: Path) -> Iterator[StubProcess]:
    stub = StubProcess(server_settings(tmp_path).db_url, tmp_path / "server.log")
    yield stub
    stub.stop()


def test_payments_survive_sigkill(server: StubProcess) -> None:
    server.start()
    moved = httpx.put(f"{server.url}/_stub/clock", json={"now": MONDAY_10_TIRANE})
    assert moved.status_code == 200
    db = Database(server.db_url)
    try:
        start = _snapshot(db)
        confirmed: list[str] = []
        for round_number in range(ROUNDS):
            confirmed += _round(server, target=4 + round_number)
            server.start()
            executed = _check(db, start, confirmed)
            # In-flight confirmations may have committed without their answer arriving.
            assert executed >= len(confirmed)
    finally:
        db.dispose()


def test_a_confirmation_does_not_hold_off_payments_to_its_customer(
    backend: Backend, db_kind: str
) -> None:
    """The deadlock the stream found on PostgreSQL: A's confirmation locked A's row FOR UPDATE,
    and B's payment to A, notifying A, needs FOR KEY SHARE on it (the foreign key) — while A's
    confirmation waited on B's row the same way. A confirmation now takes FOR NO KEY UPDATE."""
    if db_kind != "postgresql":
        pytest.skip("SQLite has no row locks: its write lock is the whole database")
    with backend.db.read() as conn:
        first = conn.execute(
            select(customers.c.id).where(customers.c.customer_number == "123456789")
        ).scalar_one()
    now = backend.clock.now()
    with backend.db.write() as confirming:
        payments_service._lock_customer(confirming, first)
        with backend.db.engine.connect() as paying, paying.begin():
            # Waiting at all is the defect: give up at once instead of after a deadlock check.
            paying.exec_driver_sql("SET LOCAL lock_timeout = '2s'")
            notify.notify(paying, first, "incoming_transfer", {"amount": "1.00"}, now)


class LockProbe:
    """Password hashing that notes, at every call, whether the database was free to write."""

    def __init__(self, inner: PasswordHashing, path: str) -> None:
        self.inner = inner
        self.path = path
        self.while_locked: list[str] = []

    def _note(self, what: str) -> None:
        probe = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError:
            self.while_locked.append(what)
        finally:
            probe.close()

    def hash(self, secret: str) -> str:
        self._note("hash")
        return self.inner.hash(secret)

    def verify(self, stored_hash: str | None, secret: str) -> bool:
        self._note("verify")
        return self.inner.verify(stored_hash, secret)


def test_login_and_payments_hash_outside_the_write_lock(
    api: Api, backend: Backend, db_kind: str
) -> None:
    """argon2 takes ~0.1–0.4 s; inside a write transaction it held SQLite's database-wide lock
    that long, and under load other writers ran out of the busy timeout (500 "database is
    locked", found by the stream above). Login, code and payment now hash before writing."""
    if db_kind != "sqlite":
        pytest.skip("the database-wide write lock is SQLite's")
    probe = LockProbe(backend.hashing, backend.db.url.removeprefix("sqlite:///"))
    backend.hashing = probe  # type: ignore[assignment]
    api.login()  # password, then the code
    debtor = api.get("/accounts").json()["accounts"][0]
    body = {
        "debtor_account_id": debtor["id"],
        "creditor_iban": OTHER_BANK_IBAN,
        "creditor_name": "Marrës Testi",
        "amount": "10.00",
        "currency": "ALL",
    }
    payment = api.post("/payments", json=body, headers={"Idempotency-Key": "probe-1"}).json()
    code = api.last_sms(DEMO_PHONES["123456789"])["code"]
    assert api.post(f"/payments/{payment['id']}/confirm", json={"otp": code}).status_code == 200
    api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"})
    api.post("/auth/login", json={"login_id": "555555555", "password": "Wrong1234"})
    assert probe.while_locked == []
