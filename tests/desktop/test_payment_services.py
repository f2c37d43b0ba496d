"""Payment services without widgets: the key, input checks, the window, the clock, messages."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

import desktop.messages as messages
from desktop.api import ApiClient, BankError
from desktop.messages import error_message, is_known, payment_error_message, rejection_reason
from desktop.services.accounts import Account
from desktop.services.bank_clock import TIRANE, ServerClock, cutoff_state
from desktop.services.beneficiaries import BeneficiariesService
from desktop.services.payment_checks import check_amount, check_iban
from desktop.services.payments import (
    PaymentOrder,
    PaymentsService,
    Quote,
    ReviewedPayment,
    is_connection_lost,
)
from server_stub.app import create_app
from server_stub.domain import iban as ibans
from server_stub.services.backend import Backend
from tests.server.conftest import DEMO_PHONES
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN
from tests.ui.test_login_keyboard import last_code

NBSP = "\u00a0"
DEBTOR = Account(
    "a1", "AL37205110190000123456789001", "Llogari", "current", "ALL", Decimal(0), Decimal(0)
)
QUOTE = Quote(
    amount=Decimal("10.00"),
    currency="ALL",
    fee=Decimal(0),
    total=Decimal("10.00"),
    credited_amount=Decimal("10.00"),
    credited_currency="ALL",
    rate=None,
    kind="internal",
    creditor_name="Elira",
    creditor_iban=PEER_IBAN,
    schedule="now",
    execute_at=None,
)
ORDER = PaymentOrder("a1", PEER_IBAN, "Elira", Decimal("10.00"), "ALL")


def test_one_key_per_reviewed_payment() -> None:
    first, second = ReviewedPayment(ORDER, QUOTE, DEBTOR), ReviewedPayment(ORDER, QUOTE, DEBTOR)
    assert first.key != second.key
    assert len(first.key) >= 32  # a UUID4: 122 random bits


def test_every_retry_of_create_sends_the_same_key() -> None:
    """The first attempt's answer is lost on the wire; the retry carries the same key."""
    keys: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers["Idempotency-Key"])
        assert json.loads(request.content)["amount"] == "10.00"
        if len(keys) == 1:
            raise httpx.ConnectError("reset", request=request)
        body = {"id": "p1", "challenge": {"challenge_id": "c1"}, **QUOTE_JSON}
        return httpx.Response(201, json=body)

    async def run() -> None:
        api = ApiClient("http://127.0.0.1", transport=httpx.MockTransport(answer))
        service = PaymentsService(api)
        reviewed = ReviewedPayment(ORDER, QUOTE, DEBTOR)
        with pytest.raises(BankError) as lost:
            await service.create(reviewed)
        assert is_connection_lost(lost.value)
        created = await service.create(reviewed)
        assert created.id == "p1"
        assert reviewed.created is created
        await api.aclose()

    asyncio.run(run())
    assert len(keys) == 2
    assert keys[0] == keys[1]


QUOTE_JSON = {
    "amount": "10.00",
    "currency": "ALL",
    "fee": "0.00",
    "total": "10.00",
    "credited_amount": "10.00",
    "credited_currency": "ALL",
    "rate": None,
    "kind": "internal",
    "creditor_name": "Elira",
    "creditor_iban": PEER_IBAN,
    "schedule": "now",
    "execute_at": None,
}


async def _logged_in(backend: Backend) -> ApiClient:
    api = ApiClient(
        "http://127.0.0.1", transport=httpx.ASGITransport(app=create_app(backend=backend))
    )
    challenge = await api.post(
        "/auth/login", {"login_id": "123456789", "password": "Tirana2026"}, authenticated=False
    )
    code = last_code(backend, DEMO_PHONES["123456789"])
    session = await api.post(
        "/auth/otp", {"challenge_id": challenge["challenge_id"], "otp": code}, authenticated=False
    )
    api.token = session["access_token"]
    return api


def test_against_the_stub_server(backend: Backend) -> None:
    """Quote, create twice with one key (one payment), confirm, history, beneficiaries."""

    async def run() -> dict[str, Any]:
        api = await _logged_in(backend)
        service = PaymentsService(api)
        debtor = next(a for a in await service.accounts() if a.currency == "ALL")
        order = PaymentOrder(debtor.id, PEER_IBAN, "Elira Dervishi", Decimal("1500"), "ALL", "Qira")
        quote = await service.quote(order)
        reviewed = ReviewedPayment(order, quote, debtor)
        first = await service.create(reviewed)
        again = await service.create(reviewed)
        outcome = await service.confirm(first.id, last_code(backend, DEMO_PHONES["123456789"]))
        page = await service.history(status="executed")
        rates = await service.fx_rates()
        people = BeneficiariesService(api)
        added = await people.add("Dritan", OTHER_BANK_IBAN.lower())
        same = await people.add("Dritan again", OTHER_BANK_IBAN)
        renamed = await people.rename(added.id, "Dritan Shehu")
        listed = await people.beneficiaries()
        await people.delete(added.id)
        left = await people.beneficiaries()
        server_time = await service.server_time()
        await api.aclose()
        return locals()

    seen = asyncio.run(run())
    assert seen["quote"].total == Decimal("1500.00")
    assert seen["quote"].rate is None
    assert seen["first"].id == seen["again"].id
    assert seen["first"].challenge.otp_length == 6
    assert seen["outcome"].status == "executed"
    assert seen["outcome"].reference
    assert [p.id for p in seen["page"].payments] == [seen["first"].id]
    assert seen["page"].payments[0].description == "Qira"
    assert seen["rates"]["EUR"].sell == Decimal("103.40")
    assert seen["same"].id == seen["added"].id, "an IBAN saved before answers the saved payee"
    assert [b.name for b in seen["listed"]] == ["Dritan Shehu"]
    assert seen["left"] == []
    assert seen["server_time"] == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "kind", "final", "code"),
    [
        ("", "internal", False, None),
        ("", "internal", True, "iban_missing"),
        (PEER_IBAN[:12], "internal", False, None),
        (PEER_IBAN[:12], "internal", True, "iban_length"),
        (PEER_IBAN + "1", "internal", False, "iban_length"),
        ("AL00" + PEER_IBAN[4:], "internal", False, "invalid_iban"),
        ("DE89370400440532013000", "external", True, "invalid_iban"),
        (PEER_IBAN, "internal", False, None),
        (ibans.grouped(PEER_IBAN).lower(), "internal", True, None),
        (OTHER_BANK_IBAN, "internal", False, "iban_other_bank"),
        (PEER_IBAN, "external", False, "iban_this_bank"),
        (OTHER_BANK_IBAN, "external", True, None),
        (PEER_IBAN, "any", True, None),
    ],
)
def test_iban_checked_as_typed(typed: str, kind: str, final: bool, code: str | None) -> None:
    assert check_iban(typed, kind, final=final) == code


@pytest.mark.parametrize(
    ("typed", "language", "amount", "code"),
    [
        ("1 500,50", "sq", Decimal("1500.50"), None),
        (f"1{NBSP}500,50", "sq", Decimal("1500.50"), None),
        ("1,500.50", "en", Decimal("1500.50"), None),
        ("1500", "en", Decimal("1500.00"), None),
        ("1.500,50", "en", None, "amount_format"),
        ("1,500.50", "sq", None, "amount_format"),
        ("12.345", "en", None, "amount_format"),
        ("", "en", None, "amount_missing"),
        ("0", "en", None, "amount_not_positive"),
        ("-5", "en", None, "amount_not_positive"),
        ("1000000000001", "en", None, "invalid_amount"),
    ],
)
def test_amount_in_the_customers_locale(
    typed: str, language: str, amount: Decimal | None, code: str | None
) -> None:
    assert check_amount(typed, language) == (amount, code)


@pytest.mark.parametrize(
    ("wall", "closed"),
    [
        ("2026-11-23 20:59:59", False),
        ("2026-11-23 21:00:00", True),
        ("2026-11-23 23:59:59", True),
        ("2026-11-24 00:00:00", False),
        ("2026-07-15 21:00:00", True),  # summer time: still 21:00 in Tirana
        ("2026-07-15 20:59:59", False),
    ],
)
def test_nightly_window_on_tiranas_wall_clock(wall: str, closed: bool) -> None:
    moment = datetime.fromisoformat(wall).replace(tzinfo=TIRANE)
    state = cutoff_state(moment.astimezone(UTC))
    assert state.closed is closed
    assert state.reopens_at == datetime.combine(
        moment.date() + timedelta(days=1), datetime.min.time(), TIRANE
    )
    assert state.next_change == (state.reopens_at if closed else state.starts_at)


def test_server_clock_keeps_the_offset() -> None:
    local = [datetime(2030, 5, 1, 12, 0, tzinfo=UTC)]
    clock = ServerClock(lambda: local[0])
    assert not clock.synced
    clock.sync(datetime(2026, 11, 23, 21, 0, tzinfo=TIRANE))
    local[0] += timedelta(minutes=5)
    assert clock.now() == datetime(2026, 11, 23, 21, 5, tzinfo=TIRANE)


@pytest.mark.parametrize("language", ["en", "sq"])
def test_money_in_messages_follows_the_language(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(messages, "current_language", lambda: language)
    funds = BankError(
        "insufficient_funds", status=409, fields={"available": "1200.00", "currency": "USD"}
    )
    limit = BankError(
        "daily_limit_exceeded",
        status=409,
        fields={"limit": "1000000.00", "remaining": "998500.00", "currency": "ALL"},
    )
    if language == "en":
        assert error_message(funds).endswith(f"Available: USD{NBSP}1,200.00.")
        assert f"You can still send ALL{NBSP}998,500.00 today." in error_message(limit)
        assert "1,500.50" in error_message(BankError("amount_format"))
    else:
        assert error_message(funds).endswith(f"Available: 1{NBSP}200,00{NBSP}USD.")
        assert f"998{NBSP}500,00{NBSP}Lekë" in error_message(limit)
        assert f"1{NBSP}500,50" in error_message(BankError("amount_format"))


def test_every_payment_failure_has_its_own_message() -> None:
    codes = (
        "invalid_iban",
        "invalid_amount",
        "same_account",
        "currency_mismatch",
        "account_not_found",
        "insufficient_funds",
        "daily_limit_exceeded",
        "cutoff_window",
        "payment_not_pending",
        "invalid_otp",
        "otp_expired",
        "iban_missing",
        "iban_length",
        "iban_other_bank",
        "iban_this_bank",
        "amount_missing",
        "amount_format",
        "amount_not_positive",
        "payee_name_missing",
        "confirmation_lost",
        "payment_status_unknown",
        "beneficiary_not_found",
    )
    texts = {code: error_message(BankError(code, status=409)) for code in codes}
    assert all(is_known(code) for code in codes)
    assert len(set(texts.values())) == len(codes), "one message per failure"
    assert "00:00" in texts["cutoff_window"]
    assert "Start again" in payment_error_message(BankError("otp_expired", status=410))
    general = error_message(BankError("server_error", status=503, request_id="r-42"))
    assert "+355 4 2266 288" in general
    assert "r-42" in general
    assert "+355 4 2266 288" in error_message(BankError("something_new", status=409))
    assert "not enough money" in rejection_reason("insufficient_funds")
    assert "+355 4 2266 288" in rejection_reason("surprise")
