"""Concurrent confirmations against the real server on loopback: never more than the money there."""

from __future__ import annotations

import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from server_stub.runner import ServerThread
from server_stub.services import ledger
from server_stub.store.db import Database
from server_stub.store.tables import accounts
from tests.conftest import server_settings
from tests.server.conftest import DEMO_PASSWORDS, DEMO_PHONES
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN

PAYMENTS = 8
AMOUNT = Decimal("55000.00")


def _code(client: httpx.Client, challenge_id: str) -> str:
    messages = client.get(
        "/_stub/sms", params={"to": DEMO_PHONES["123456789"], "limit": 20}
    ).json()["messages"]
    code: str = next(m["code"] for m in messages if m["challenge_id"] == challenge_id)
    return code


def _login(client: httpx.Client) -> None:
    challenge = client.post(
        "/auth/login", json={"login_id": "123456789", "password": DEMO_PASSWORDS["123456789"]}
    ).json()
    session = client.post(
        "/auth/otp",
        json={
            "challenge_id": challenge["challenge_id"],
            "otp": _code(client, challenge["challenge_id"]),
        },
    ).json()
    client.headers["Authorization"] = f"Bearer {session['access_token']}"


def _totals(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return ledger.totals(conn)


def _account(client: httpx.Client, currency: str) -> dict[str, Any]:
    accounts = client.get("/accounts").json()["accounts"]
    account: dict[str, Any] = next(a for a in accounts if a["currency"] == currency)
    return account


def test_concurrent_confirmations_never_overdraw(live_server: ServerThread, tmp_path: Path) -> None:
    db = Database(server_settings(tmp_path).db_url)
    base = f"{live_server.url}/api/v1"
    with httpx.Client(base_url=base, timeout=30) as client:
        # A weekday morning in Tirana, whatever the time of the machine running the test.
        assert client.put("/_stub/clock", json={"now": "2026-11-23T09:00:00Z"}).status_code == 200
        _login(client)
        debtor = _account(client, "ALL")
        available = Decimal(debtor["available"])
        before = _totals(db)
        pending = []
        for n in range(PAYMENTS):
            # Half to this bank, half to another (with its fee): both kinds race together.
            iban = PEER_IBAN if n % 2 else OTHER_BANK_IBAN
            response = client.post(
                "/payments",
                headers={"Idempotency-Key": f"race-{n}"},
                json={
                    "debtor_account_id": debtor["id"],
                    "creditor_iban": iban,
                    "creditor_name": "Payee",
                    "amount": str(AMOUNT),
                    "currency": "ALL",
                    "description": f"race {n}",
                },
            )
            assert response.status_code == 201, response.text
            payment = response.json()
            code = _code(client, payment["challenge"]["challenge_id"])
            pending.append((payment, code))
        token = client.headers["Authorization"]

    # Every confirmation at once, each on its own connection, released together.
    start = threading.Barrier(PAYMENTS)
    answers: dict[str, httpx.Response] = {}

    def confirm(payment: dict[str, Any], code: str) -> None:
        with httpx.Client(base_url=base, timeout=30, headers={"Authorization": token}) as own:
            start.wait()
            answers[payment["id"]] = own.post(
                f"/payments/{payment['id']}/confirm", json={"otp": code}
            )

    threads = [threading.Thread(target=confirm, args=item) for item in pending]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    totals_of = {p["id"]: Decimal(p["total"]) for p, _code in pending}
    executed = [pid for pid, r in answers.items() if r.status_code == 200]
    refused = [pid for pid, r in answers.items() if r.status_code != 200]
    for pid in refused:
        assert answers[pid].status_code == 409, answers[pid].text
        assert answers[pid].json()["code"] == "insufficient_funds"
    assert executed, "at least one payment fits the balance"
    assert refused, "together they exceed the balance"
    spent = sum(totals_of[pid] for pid in executed)
    assert spent <= available

    with httpx.Client(base_url=base, timeout=30, headers={"Authorization": token}) as client:
        after = _account(client, "ALL")
        assert Decimal(after["available"]) == available - spent
        assert Decimal(after["balance"]) >= 0
        assert Decimal(after["available"]) >= 0
        # Only the affordable ones ran: each refused one is more than what is left.
        assert all(totals_of[pid] > Decimal(after["available"]) for pid in refused)
        for pid in executed:
            assert client.get(f"/payments/{pid}").json()["status"] == "executed"
        for pid in refused:
            assert client.get(f"/payments/{pid}").json()["status"] == "rejected"
    assert _totals(db) == before
    with db.read() as conn:
        negative = conn.execute(
            accounts.select().where(
                accounts.c.kind == "customer",
                accounts.c.balance_minor - accounts.c.held_minor < 0,
            )
        ).all()
    assert negative == []
    db.dispose()


def test_the_running_server_executes_a_scheduled_payment_after_midnight(
    live_server: ServerThread,
) -> None:
    with httpx.Client(base_url=f"{live_server.url}/api/v1", timeout=30) as client:
        client.put("/_stub/clock", json={"now": "2026-11-23T21:30:00+01:00"})
        _login(client)
        debtor = _account(client, "ALL")
        payment = client.post(
            "/payments",
            headers={"Idempotency-Key": "after-midnight"},
            json={
                "debtor_account_id": debtor["id"],
                "creditor_iban": PEER_IBAN,
                "creditor_name": "Elira Dervishi",
                "amount": "1000.00",
                "currency": "ALL",
                "schedule": "after_window",
            },
        ).json()
        code = _code(client, payment["challenge"]["challenge_id"])
        done = client.post(f"/payments/{payment['id']}/confirm", json={"otp": code}).json()
        assert done["status"] == "scheduled"
        # Just after midnight: the server's own scheduler loop (every second) picks it up.
        client.put("/_stub/clock", json={"now": "2026-11-24T00:00:01+01:00"})
        _login(client)
        deadline = time.monotonic() + 10
        status = "scheduled"
        while status == "scheduled" and time.monotonic() < deadline:
            time.sleep(0.05)
            status = client.get(f"/payments/{payment['id']}").json()["status"]
        assert status == "executed"
        assert Decimal(_account(client, "ALL")["balance"]) == Decimal(debtor["balance"]) - 1000
