"""Shared steps of the payment tests: accounts, IBANs, bodies, the code from the SMS outbox."""

from __future__ import annotations

import itertools
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import select, update

from server_stub.clock import ManualClock
from server_stub.domain import iban
from server_stub.domain.money import to_minor
from server_stub.seed import account_iban
from server_stub.services import ledger
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, notifications, payments, transactions
from tests.server.conftest import DEMO_PHONES, Api

TIRANE = ZoneInfo("Europe/Tirane")
#: A valid Albanian IBAN of another bank (bank code 212).
OTHER_BANK_IBAN = iban.make("212", "1100", "9", "0000000235698741")
#: The second demo customer's ALL account: a payee at this bank.
PEER_IBAN = account_iban("987654321", 1)
_keys = itertools.count(1)


def tirane(text: str) -> datetime:
    """`2026-11-23 21:00:00` as Tirana's wall clock (UTC+1 in November)."""
    return datetime.fromisoformat(text).replace(tzinfo=TIRANE)


def at(clock: ManualClock, text: str) -> None:
    clock.jump_to(tirane(text))


def my_accounts(api: Api) -> dict[str, dict[str, Any]]:
    """The logged-in customer's accounts by currency."""
    response = api.get("/accounts")
    assert response.status_code == 200, response.text
    return {acc["currency"]: acc for acc in response.json()["accounts"]}


def order(debtor: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    body = {
        "debtor_account_id": debtor["id"],
        "creditor_iban": PEER_IBAN,
        "creditor_name": "Elira Dervishi",
        "amount": "1500.00",
        "currency": debtor["currency"],
        "description": "Qira nëntor",
    }
    return body | overrides


def new_key() -> str:
    return f"test-key-{next(_keys)}"


def create(api: Api, body: dict[str, Any], key: str | None = None) -> httpx.Response:
    return api.post("/payments", json=body, headers={"Idempotency-Key": key or new_key()})


def created(api: Api, body: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    response = create(api, body, key)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def code_for(api: Api, payment: dict[str, Any], phone: str = DEMO_PHONES["123456789"]) -> str:
    """The newest code sent for this payment's challenge."""
    messages = api.get("/_stub/sms", params={"to": phone, "limit": 50}).json()["messages"]
    challenge_id = payment["challenge"]["challenge_id"]
    return next(m["code"] for m in messages if m["challenge_id"] == challenge_id)


def confirm(api: Api, payment: dict[str, Any], otp: str | None = None) -> httpx.Response:
    return api.post(
        f"/payments/{payment['id']}/confirm", json={"otp": otp or code_for(api, payment)}
    )


def pay(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    """Creates and confirms; returns the confirmation."""
    response = confirm(api, created(api, body))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def status_of(api: Api, payment_id: str) -> str:
    status: str = api.get(f"/payments/{payment_id}").json()["status"]
    return status


def balance(backend: Backend, account_id: str) -> int:
    with backend.db.read() as conn:
        return int(ledger.account_row(conn, account_id)["balance_minor"])


def totals(backend: Backend) -> dict[str, int]:
    with backend.db.read() as conn:
        return ledger.totals(conn)


def top_up(backend: Backend, account_id: str, amount: str) -> None:
    """Gives an account more money (straight into the database, for limit tests)."""
    with backend.db.write() as conn:
        conn.execute(
            update(accounts)
            .where(accounts.c.id == account_id)
            .values(balance_minor=accounts.c.balance_minor + to_minor_str(amount))
        )


def to_minor_str(amount: str) -> int:
    return to_minor(Decimal(amount))


def lines_of(backend: Backend, payment_id: str) -> list[dict[str, Any]]:
    with backend.db.read() as conn:
        rows = conn.execute(
            select(transactions)
            .where(transactions.c.payment_id == payment_id)
            .order_by(transactions.c.id)
        ).mappings()
        return [dict(row) for row in rows]


def payment_rows(backend: Backend) -> list[dict[str, Any]]:
    with backend.db.read() as conn:
        return [dict(r) for r in conn.execute(select(payments)).mappings()]


def notes_of(backend: Backend, category: str) -> list[dict[str, Any]]:
    with backend.db.read() as conn:
        rows = conn.execute(
            select(notifications).where(notifications.c.category == category)
        ).mappings()
        return [dict(row) for row in rows]
