"""Two server processes on one database behave as one server: sessions, money, codes, the clock.

Each process is `python -m server_stub --db URL --port P`, as an operator starts it; both start
together on an empty database. Runs on PostgreSQL (the deployment) and on SQLite (one file
shared by two processes).
"""

from __future__ import annotations

import contextlib
import functools
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from server_stub.services import ledger
from server_stub.store.db import Database
from server_stub.store.tables import accounts, customers
from tests.pg_cluster import DatabaseFactory, free_port
from tests.server.conftest import DEMO_PASSWORDS, DEMO_PHONES
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN

#: A weekday morning in Tirana, whatever the time of the machine running the tests.
MORNING = "2026-11-23T09:00:00Z"


class Node:
    """One server process and a client on it."""

    def __init__(self, db_url: str, log: Path) -> None:
        self.port = free_port()
        self.log = log
        self.url = f"http://127.0.0.1:{self.port}/api/v1"
        command = [sys.executable, "-m", "server_stub", "--db", db_url, "--port", str(self.port)]
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [*command, "--log-level", "warning"], stdout=out, stderr=subprocess.STDOUT
            )
        self.client = httpx.Client(base_url=self.url, timeout=60)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            with contextlib.suppress(httpx.TransportError):
                if self.client.get("/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.05)
        raise AssertionError(f"the server did not start:\n{self.log.read_text()}")

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def code(self, phone: str, challenge_id: str) -> str:
        messages = self.client.get("/_stub/sms", params={"to": phone, "limit": 50}).json()
        code: str = next(
            m["code"] for m in messages["messages"] if m["challenge_id"] == challenge_id
        )
        return code


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
    ],
)
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """An empty database of its own, for the two processes of this module."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('shared') / 'stub.db'}"
        return
    factory: DatabaseFactory = request.getfixturevalue("pg_databases")
    url = factory.create()
    yield url
    factory.drop(url)


@pytest.fixture(scope="module")
def nodes(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Node]]:
    logs = tmp_path_factory.mktemp("logs")
    started = [Node(database_url, logs / f"node{n}.log") for n in (1, 2)]
    try:
        for node in started:
            node.wait_ready()
        moved = started[0].client.put("/_stub/clock", json={"now": MORNING})
        assert moved.status_code == 200, moved.text
        yield started
    finally:
        for node in started:
            node.stop()


@pytest.fixture(scope="module")
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


def login(first: Node, second: Node, number: str) -> str:
    """Password on one process, the code on the other; the session token."""
    challenge = first.client.post(
        "/auth/login", json={"login_id": number, "password": DEMO_PASSWORDS[number]}
    )
    assert challenge.status_code == 200, challenge.text
    challenge_id = challenge.json()["challenge_id"]
    code = second.code(DEMO_PHONES[number], challenge_id)
    session = second.client.post("/auth/otp", json={"challenge_id": challenge_id, "otp": code})
    assert session.status_code == 200, session.text
    token: str = session.json()["access_token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def all_at_once(calls: list[Callable[[], httpx.Response]]) -> list[httpx.Response]:
    """Runs every call in its own thread, released together; their answers in order."""
    start = threading.Barrier(len(calls))
    answers: list[httpx.Response | None] = [None] * len(calls)

    def run(index: int) -> None:
        start.wait()
        answers[index] = calls[index]()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answer is not None for answer in answers)
    return [answer for answer in answers if answer is not None]


def test_a_session_opened_on_one_process_works_on_the_other(nodes: list[Node]) -> None:
    first, second = nodes
    token = login(first, second, "123456789")
    for node in nodes:
        me = node.client.get("/me", headers=bearer(token))
        assert me.status_code == 200, me.text
        assert me.json()["customer_number"] == "123456789"
    assert second.client.post("/auth/logout", headers=bearer(token)).status_code == 204
    after = first.client.get("/accounts", headers=bearer(token))
    assert after.status_code == 401
    assert after.json()["code"] == "session_expired"


def test_a_code_is_accepted_once_whichever_process_gets_it(nodes: list[Node]) -> None:
    first = nodes[0]
    challenge = first.client.post(
        "/auth/login", json={"login_id": "987654321", "password": DEMO_PASSWORDS["987654321"]}
    ).json()
    body = {"challenge_id": challenge["challenge_id"]}
    body["otp"] = first.code(DEMO_PHONES["987654321"], challenge["challenge_id"])
    answers = all_at_once(
        [functools.partial(node.client.post, "/auth/otp", json=body) for node in nodes * 2]
    )
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200, 410, 410, 410], [a.text for a in answers]


def test_wrong_passwords_on_both_processes_count_one_by_one(
    nodes: list[Node], db: Database
) -> None:
    """Four wrong passwords at once, two on each process: four failures, then the fifth blocks."""
    number = "333333333"
    wrong = {"login_id": number, "password": "Wrong-password-1"}
    try:
        answers = all_at_once(
            [functools.partial(node.client.post, "/auth/login", json=wrong) for node in nodes * 2]
        )
        assert [answer.status_code for answer in answers] == [401] * 4
        with db.read() as conn:
            failures = conn.execute(
                select(customers.c.failed_attempts).where(customers.c.customer_number == number)
            ).scalar_one()
        assert failures == 4
        blocked = nodes[1].client.post("/auth/login", json=wrong)
        assert blocked.status_code == 423, blocked.text
        right = {"login_id": number, "password": DEMO_PASSWORDS[number]}
        assert nodes[0].client.post("/auth/login", json=right).status_code == 423
    finally:
        nodes[0].client.post(f"/_stub/customers/{number}/unblock")


def _create(node: Node, token: str, key: str, body: dict[str, str]) -> tuple[dict[str, Any], str]:
    response = node.client.post(
        "/payments", headers={**bearer(token), "Idempotency-Key": key}, json=body
    )
    assert response.status_code == 201, response.text
    payment: dict[str, Any] = response.json()
    return payment, payment["challenge"]["challenge_id"]


def _accounts(node: Node, token: str) -> dict[str, dict[str, Any]]:
    listed = node.client.get("/accounts", headers=bearer(token)).json()["accounts"]
    return {account["currency"]: account for account in listed}


def test_confirmations_split_over_both_processes_never_overdraw(
    nodes: list[Node], db: Database
) -> None:
    """More than the balance, confirmed at once on both processes; money flows both ways."""
    first, second = nodes
    payer = login(first, second, "123456789")
    peer = login(second, first, "987654321")
    mine, theirs = _accounts(first, payer), _accounts(second, peer)
    available = Decimal(mine["ALL"]["available"])
    amount = (available / 4).quantize(Decimal("1.00"))
    with db.read() as conn:
        totals_before = ledger.totals(conn)

    confirmations: list[tuple[dict[str, Any], Node, str, str]] = []
    for n in range(8):
        # Four payments fit, eight do not; to this bank and to another (with its fee).
        node = nodes[n % 2]
        body = {
            "debtor_account_id": mine["ALL"]["id"],
            "creditor_iban": PEER_IBAN if n % 2 else OTHER_BANK_IBAN,
            "creditor_name": "Payee",
            "amount": str(amount),
            "currency": "ALL",
        }
        payment, challenge_id = _create(node, payer, f"split-{n}", body)
        code = node.code(DEMO_PHONES["123456789"], challenge_id)
        confirmations.append((payment, nodes[(n + 1) % 2], code, payer))
    for n in range(4):
        # Meanwhile the payee pays back into the payer's EUR account (a conversion).
        body = {
            "debtor_account_id": theirs["ALL"]["id"],
            "creditor_iban": mine["EUR"]["iban"],
            "creditor_name": "Arben Hoxha",
            "amount": "1000.00",
            "currency": "ALL",
        }
        payment, challenge_id = _create(second, peer, f"back-{n}", body)
        code = first.code(DEMO_PHONES["987654321"], challenge_id)
        confirmations.append((payment, nodes[n % 2], code, peer))

    answers = all_at_once(
        [
            functools.partial(
                node.client.post,
                f"/payments/{payment['id']}/confirm",
                json={"otp": code},
                headers=bearer(token),
            )
            for payment, node, code, token in confirmations
        ]
    )

    outgoing, returning = answers[:8], answers[8:]
    assert [answer.status_code for answer in returning] == [200] * 4, [a.text for a in returning]
    totals = [Decimal(payment["total"]) for payment, *_ in confirmations[:8]]
    executed = [
        total for total, answer in zip(totals, outgoing, strict=True) if answer.status_code == 200
    ]
    refused = [answer for answer in outgoing if answer.status_code != 200]
    assert all(answer.status_code == 409 for answer in refused), [a.text for a in refused]
    assert all(answer.json()["code"] == "insufficient_funds" for answer in refused)
    assert len(executed) == 3 or (len(executed) == 4 and sum(executed) <= available)
    assert sum(executed) <= available

    after = _accounts(second, payer)
    left = Decimal(after["ALL"]["available"])
    assert left == available - sum(executed)
    # Only what was affordable ran: every refused payment is more than what is left.
    refused_totals = [t for t, a in zip(totals, outgoing, strict=True) if a.status_code != 200]
    assert all(total > left for total in refused_totals)
    with db.read() as conn:
        assert ledger.totals(conn) == totals_before
        overdrawn = conn.execute(
            select(accounts.c.id).where(
                accounts.c.kind == "customer",
                accounts.c.balance_minor - accounts.c.held_minor < 0,
            )
        ).all()
    assert overdrawn == []


def test_the_clock_moved_on_one_process_is_the_time_on_the_other(nodes: list[Node]) -> None:
    first, second = nodes
    target = datetime(2027, 1, 5, 8, 0, tzinfo=UTC)
    try:
        assert first.client.put("/_stub/clock", json={"now": target.isoformat()}).status_code == 200
        # The very next request, on the other process: no cache may show the old time.
        seen = datetime.fromisoformat(second.client.get("/info").json()["server_time"])
        assert target <= seen < target + timedelta(seconds=30)
        assert second.client.delete("/_stub/clock").status_code == 200
        real = datetime.fromisoformat(first.client.get("/info").json()["server_time"])
        assert abs(real - datetime.now(UTC)) < timedelta(seconds=30)
    finally:
        first.client.put("/_stub/clock", json={"now": MORNING})
