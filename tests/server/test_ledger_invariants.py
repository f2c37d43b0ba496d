"""Ledger invariants under random sequences of payments (hypothesis stateful testing).

Two demo customers pay each other, themselves (with and without conversion) and another bank,
confirm with right and wrong codes, cancel, resend codes, retry Idempotency-Keys with the same
and another body, let codes expire, pay inside the nightly window for after it, get blocked and
unblocked. After every step: each currency's total over all accounts (the bank's clearing, fee
and position accounts included) is what it was, no customer balance is below zero, every
account's balance is its opening balance plus its new lines (and each line's balance_after
continues the chain), each payment's legs net to zero per currency (all of them or none), and
no Idempotency-Key executed twice. `make fuzz` raises the number of runs and steps.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter, defaultdict
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select, update

from server_stub.app import create_backend
from server_stub.clock import ManualClock
from server_stub.domain.money import to_minor
from server_stub.services import ledger, scheduler
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, payments, sms_outbox, transactions
from tests.conftest import MORNING, server_settings
from tests.server.conftest import DEMO_PASSWORDS, Api
from tests.server.payment_helpers import OTHER_BANK_IBAN, TIRANE

RUNS = int(os.environ.get("BKT_LEDGER_RUNS", "40"))
STEPS = int(os.environ.get("BKT_LEDGER_STEPS", "30"))
CUSTOMERS = ("123456789", "987654321")
#: To the other customer, to another bank, to oneself in another currency, to the other
#: customer's account in another currency.
ROUTES = ("internal", "external", "fx_own", "fx_internal")
#: What the first customer gets on top of the demo balance, so daily limits come into play.
TOP_UP_ALL = Decimal("1500000.00")

AMOUNTS = st.one_of(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("3000"), places=2).map(str),
    st.sampled_from(["0.01", "1.00", "4999.99", "90000.00", "300000.00", "700000.00"]),
    # Refused before anything is written: none of these may move money.
    st.sampled_from(["0.00", "-5.00", "1.001", "1e3"]),
)

_template: list[Path] = []


def _fresh_database(directory: Path) -> Backend:
    """A copy of one seeded database file: each run starts from the same demo data, fast."""
    if not _template:
        source = Path(tempfile.mkdtemp(prefix="bkt-ledger-template-"))
        seeded = create_backend(server_settings(source), ManualClock(MORNING))
        seeded.db.dispose()
        _template.append(source / "stub.db")
    shutil.copy(_template[0], directory / "stub.db")
    return create_backend(server_settings(directory), ManualClock(MORNING))


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.directory = Path(tempfile.mkdtemp(prefix="bkt-ledger-"))
        self.backend = _fresh_database(self.directory)
        clock = self.backend.clock
        assert isinstance(clock, ManualClock)
        self.clock = clock
        self.api = Api(self.backend)
        self.tokens = {number: self.api.login(number) for number in CUSTOMERS}
        first_all = self._accounts("123456789")["ALL"]["id"]
        with self.backend.db.write() as conn:
            conn.execute(
                update(accounts)
                .where(accounts.c.id == first_all)
                .values(balance_minor=accounts.c.balance_minor + to_minor(TOP_UP_ALL))
            )
        self.own = {number: self._accounts(number) for number in CUSTOMERS}
        with self.backend.db.read() as conn:
            self.totals = ledger.totals(conn)
            self.opening = dict(conn.execute(select(accounts.c.id, accounts.c.balance_minor)).all())
            self.first_new_line = (
                int(conn.execute(select(func.max(transactions.c.id))).scalar_one()) + 1
            )
        self.payments: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        #: (customer, key) -> (body, payment id): what a retry of the key must answer.
        self.keys: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        self.key_count = 0

    def teardown(self) -> None:
        self.api.close()
        self.backend.db.dispose()
        shutil.rmtree(self.directory, ignore_errors=True)

    # HTTP as one customer, with the session re-opened (and the block lifted) when it ended.

    def _call(self, number: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self.api.request(method, path, token=self.tokens[number], **kwargs)
        if response.status_code == 401 and response.json()["code"] == "session_expired":
            self._login(number)
            response = self.api.request(method, path, token=self.tokens[number], **kwargs)
        assert response.status_code < 500, response.text
        return response

    def _login(self, number: str) -> None:
        challenge = self.api.post(
            "/auth/login", json={"login_id": number, "password": DEMO_PASSWORDS[number]}
        )
        if challenge.status_code == 423:
            assert self.api.post(f"/_stub/customers/{number}/unblock").status_code == 204
        self.tokens[number] = self.api.login(number)

    def _accounts(self, number: str) -> dict[str, dict[str, Any]]:
        listed = self._call(number, "GET", "/accounts").json()["accounts"]
        return {account["currency"]: account for account in listed}

    def _code(self, challenge_id: str) -> str:
        """The newest code the phone got for the challenge (a day on, the outbox forgot it)."""
        with self.backend.db.read() as conn:
            code: str | None = conn.execute(
                select(sms_outbox.c.code)
                .where(sms_outbox.c.challenge_id == challenge_id)
                .order_by(sms_outbox.c.id.desc())
                .limit(1)
            ).scalar()
        return code or "123456"

    def _pick(self, data: st.DataObject) -> str:
        """A payment made in this run, chosen by position (ids are random, positions are not)."""
        return self.order[data.draw(st.integers(min_value=0, max_value=len(self.order) - 1))]

    def _body(self, payer: str, route: str, amount: str, schedule: str) -> dict[str, Any]:
        mine, other = self.own[payer], self.own[CUSTOMERS[1 - CUSTOMERS.index(payer)]]
        debtor, creditor_iban = {
            "internal": (mine["ALL"], other["ALL"]["iban"]),
            "external": (mine["ALL"], OTHER_BANK_IBAN),
            "fx_own": (mine.get("EUR", mine["ALL"]), mine["ALL"]["iban"]),
            "fx_internal": (mine["ALL"], other.get("USD", other["ALL"])["iban"]),
        }[route]
        return {
            "debtor_account_id": debtor["id"],
            "creditor_iban": creditor_iban,
            "creditor_name": "Marrës Testi",
            "amount": amount,
            "currency": debtor["currency"],
            "description": route,
            "schedule": schedule,
        }

    # Rules.

    def _create(self, payer: str, route: str, amount: str, schedule: str) -> str | None:
        """POST /payments with a new key; the payment's id, or None when it was refused."""
        self.key_count += 1
        key = f"key-{self.key_count}"
        body = self._body(payer, route, amount, schedule)
        response = self._call(
            payer, "POST", "/payments", json=body, headers={"Idempotency-Key": key}
        )
        event(f"create: {response.status_code} {response.json().get('code', '')}")
        if response.status_code != 201:
            assert response.status_code in (409, 422), response.text
            return None
        created = response.json()
        self.order.append(created["id"])
        self.payments[created["id"]] = {
            "payer": payer,
            "challenge_id": created["challenge"]["challenge_id"],
            "created_at": self.clock.now(),
        }
        self.keys[(payer, key)] = (body, created["id"])
        return str(created["id"])

    @rule(
        payer=st.sampled_from(CUSTOMERS),
        route=st.sampled_from(ROUTES),
        amount=AMOUNTS,
        schedule=st.sampled_from(["now", "now", "after_window"]),
    )
    def create(self, payer: str, route: str, amount: str, schedule: str) -> None:
        self._create(payer, route, amount, schedule)

    @rule(payer=st.sampled_from(CUSTOMERS), route=st.sampled_from(ROUTES), amount=AMOUNTS)
    def pay(self, payer: str, route: str, amount: str) -> None:
        """The common path: created and confirmed at once with the code from the SMS."""
        payment_id = self._create(payer, route, amount, "now")
        if payment_id is None:
            return
        otp = self._code(self.payments[payment_id]["challenge_id"])
        response = self._call(payer, "POST", f"/payments/{payment_id}/confirm", json={"otp": otp})
        event(f"pay: {response.status_code} {response.json().get('code', '')}")
        assert response.status_code in (200, 409), response.text

    @precondition(lambda self: self.keys)
    @rule(data=st.data(), same_body=st.booleans())
    def retry_key(self, data: st.DataObject, same_body: bool) -> None:
        (payer, key) = data.draw(st.sampled_from(sorted(self.keys)))
        body, payment_id = self.keys[(payer, key)]
        sent = body if same_body else {**body, "amount": str(Decimal(body["amount"]) + 1)}
        response = self._call(
            payer, "POST", "/payments", json=sent, headers={"Idempotency-Key": key}
        )
        if same_body:
            assert response.status_code == 201, response.text
            assert response.json()["id"] == payment_id
        else:
            assert response.status_code == 422
            assert response.json()["code"] == "idempotency_key_reused"

    @precondition(lambda self: self.payments)
    @rule(data=st.data(), right_code=st.booleans())
    def confirm(self, data: st.DataObject, right_code: bool) -> None:
        payment_id = self._pick(data)
        payment = self.payments[payment_id]
        code = self._code(payment["challenge_id"])
        otp = code if right_code else ("000000" if code != "000000" else "111111")
        response = self._call(
            payment["payer"], "POST", f"/payments/{payment_id}/confirm", json={"otp": otp}
        )
        answer = response.json()
        event(f"confirm: {response.status_code} {answer.get('code') or answer.get('status')}")
        if response.status_code == 200:
            assert right_code
            assert response.json()["status"] in ("executed", "scheduled")
        else:
            assert response.status_code in (401, 409, 410, 423), response.text

    @precondition(lambda self: self.payments)
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        payment_id = self._pick(data)
        payer = self.payments[payment_id]["payer"]
        response = self._call(payer, "POST", f"/payments/{payment_id}/cancel")
        assert response.status_code in (200, 409), response.text

    @precondition(lambda self: self.payments)
    @rule(data=st.data())
    def resend_code(self, data: st.DataObject) -> None:
        payment = self.payments[self._pick(data)]
        response = self.api.post("/auth/otp/resend", json={"challenge_id": payment["challenge_id"]})
        # API.md keeps an expired challenge answering 410 for at least 24 h; after that it may
        # be gone (404).
        forgotten = self.clock.now() - payment["created_at"] > timedelta(hours=24)
        allowed = (200, 410, 423, 429, 404) if forgotten else (200, 410, 423, 429)
        assert response.status_code in allowed, response.text

    @rule(seconds=st.integers(min_value=1, max_value=400))
    def time_passes(self, seconds: int) -> None:
        """Up to a little over a code's lifetime (300 s): codes expire, sessions idle out."""
        self.clock.advance(seconds=seconds)

    @rule()
    def nightly_window_starts(self) -> None:
        local = self.clock.now().astimezone(TIRANE)
        start = local.replace(hour=21, minute=5, second=0, microsecond=0)
        if start > local:
            self.clock.jump_to(start)

    @rule()
    def window_ends_and_scheduled_payments_run(self) -> None:
        local = self.clock.now().astimezone(TIRANE)
        if local.hour >= 21:
            midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=30)
            self.clock.jump_to(midnight)
        event(f"scheduler ran {scheduler.run_due_payments(self.backend)} payments")

    # Invariants, after every step.

    @invariant()
    def every_currency_total_is_constant(self) -> None:
        with self.backend.db.read() as conn:
            assert ledger.totals(conn) == self.totals

    @invariant()
    def no_customer_balance_is_negative(self) -> None:
        with self.backend.db.read() as conn:
            lowest = conn.execute(
                select(func.min(accounts.c.balance_minor - accounts.c.held_minor)).where(
                    accounts.c.kind == "customer"
                )
            ).scalar_one()
        assert lowest >= 0

    @invariant()
    def balances_are_opening_plus_new_lines_in_an_unbroken_chain(self) -> None:
        with self.backend.db.read() as conn:
            lines = conn.execute(
                select(
                    transactions.c.account_id,
                    transactions.c.amount_minor,
                    transactions.c.balance_after_minor,
                )
                .where(transactions.c.id >= self.first_new_line)
                .order_by(transactions.c.id)
            ).all()
            balances = dict(conn.execute(select(accounts.c.id, accounts.c.balance_minor)).all())
        running = dict(self.opening)
        for account_id, amount, balance_after in lines:
            running[account_id] += amount
            assert balance_after == running[account_id], account_id
        assert running == balances

    @invariant()
    def payments_are_posted_whole_or_not_at_all(self) -> None:
        with self.backend.db.read() as conn:
            legs = conn.execute(
                select(
                    transactions.c.payment_id,
                    transactions.c.currency,
                    func.sum(transactions.c.amount_minor),
                    func.count(),
                )
                .where(transactions.c.payment_id.is_not(None))
                .group_by(transactions.c.payment_id, transactions.c.currency)
            ).all()
            rows = conn.execute(
                select(
                    payments.c.id,
                    payments.c.status,
                    payments.c.customer_id,
                    payments.c.idempotency_key,
                )
            ).all()
        status = {row.id: row.status for row in rows}
        posted: defaultdict[str, int] = defaultdict(int)
        for payment_id, _currency, net, count in legs:
            assert net == 0, payment_id
            posted[payment_id] += count
        for payment_id, count in posted.items():
            assert status[payment_id] == "executed", payment_id
            assert count >= 2
        assert all(
            payment_id in posted for payment_id, state in status.items() if state == "executed"
        )
        executed_per_key = Counter(
            (row.customer_id, row.idempotency_key) for row in rows if row.status == "executed"
        )
        assert all(count == 1 for count in executed_per_key.values())


LedgerMachine.TestCase.settings = settings(
    max_examples=RUNS,
    stateful_step_count=STEPS,
    deadline=None,
    # A run starts by copying a database and logging in two customers: slow by design.
    suppress_health_check=[HealthCheck.too_slow],
)
TestLedgerInvariants = LedgerMachine.TestCase
