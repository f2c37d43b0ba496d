"""The bank's exchange rates and transfers that convert between the customer's currencies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from server_stub.config import ServerSettings
from server_stub.services import fx
from server_stub.services.backend import Backend
from tests.server.conftest import Api, problem
from tests.server.payment_helpers import (
    OTHER_BANK_IBAN,
    balance,
    confirm,
    created,
    lines_of,
    my_accounts,
    order,
    totals,
)

SETTINGS = ServerSettings()


def test_rates_are_served(api: Api) -> None:
    api.login()
    body = api.get("/fx-rates").json()
    assert body["base"] == "ALL"
    assert body["rates"] == {
        "EUR": {"buy": "100.20", "sell": "103.40"},
        "USD": {"buy": "92.10", "sell": "95.30"},
    }
    assert body["as_of"] == "2026-11-23T10:00:00+01:00"


@pytest.mark.parametrize(
    ("amount", "source", "target", "credited", "rate"),
    [
        # The bank sells EUR for ALL at its sell rate.
        ("10000.00", "ALL", "EUR", "96.71", "0.0096711799"),
        # ... and buys EUR at its buy rate.
        ("100.00", "EUR", "ALL", "10020.00", "100.20"),
        # A cross goes through ALL: buys EUR at 100.20, sells USD at 95.30.
        ("50.00", "EUR", "USD", "52.57", "1.0514165792"),
        ("50.00", "USD", "EUR", "44.54", "0.8907156673"),
        # Half-up to cents: 0.05 x 92.10 = 4.605 -> 4.61 (not the banker's 4.60).
        ("0.05", "USD", "ALL", "4.61", "92.10"),
        ("1500.00", "ALL", "ALL", "1500.00", None),
    ],
)
def test_convert(amount: str, source: str, target: str, credited: str, rate: str | None) -> None:
    result = fx.convert(SETTINGS, Decimal(amount), source, target)
    assert result.credited == Decimal(credited)
    assert result.currency == target
    assert result.rate == rate


def test_rates_are_configurable() -> None:
    settings = ServerSettings(fx_rates=(("EUR", Decimal("99.00"), Decimal("101.00")),))
    assert fx.convert(settings, Decimal("1.00"), "EUR", "ALL").credited == Decimal("99.00")
    assert fx.supported(settings, "EUR")
    assert not fx.supported(settings, "USD")


def test_own_transfer_all_to_eur_matches_the_quote(api: Api, backend: Backend) -> None:
    api.login()
    accounts = my_accounts(api)
    before = totals(backend)
    body = order(
        accounts["ALL"],
        creditor_iban=accounts["EUR"]["iban"],
        creditor_name="Arben Hoxha",
        amount="10000.00",
    )
    quote = api.post("/payments/quote", json=body).json()
    assert quote["kind"] == "own"
    assert quote["fee"] == "0.00"
    assert quote["credited_amount"] == "96.71"
    assert quote["credited_currency"] == "EUR"
    assert quote["rate"] == "0.0096711799"
    payment = created(api, body)
    assert payment["credited_amount"] == quote["credited_amount"]
    assert payment["rate"] == quote["rate"]
    assert confirm(api, payment).status_code == 200
    after = my_accounts(api)
    assert after["EUR"]["balance"] == "5096.71"
    assert balance(backend, accounts["ALL"]["id"]) == 25_000_000 - 1_000_000
    # The two legs go through the bank's positions: each currency's total is unchanged.
    assert balance(backend, "bank-position-all") == 1_000_000
    assert balance(backend, "bank-position-eur") == -9671
    assert totals(backend) == before
    shown = api.get(f"/payments/{payment['id']}").json()
    assert shown["credited_amount"] == "96.71"
    assert shown["rate"] == quote["rate"]
    assert shown["kind"] == "own"
    customer_lines = [
        line
        for line in lines_of(backend, payment["id"])
        if not line["account_id"].startswith("bank-")
    ]
    assert [(line["amount_minor"], line["currency"]) for line in customer_lines] == [
        (-1_000_000, "ALL"),
        (9671, "EUR"),
    ]


def test_cross_currency_own_transfer_eur_to_usd(api: Api, backend: Backend) -> None:
    api.login()
    accounts = my_accounts(api)
    before = totals(backend)
    body = order(
        accounts["EUR"],
        creditor_iban=accounts["USD"]["iban"],
        creditor_name="Arben",
        amount="50.00",
    )
    payment = created(api, body)
    assert payment["credited_amount"] == "52.57"
    assert confirm(api, payment).status_code == 200
    assert my_accounts(api)["USD"]["balance"] == "1252.57"
    assert totals(backend) == before


def test_other_banks_are_never_converted(api: Api) -> None:
    api.login()
    body = order(my_accounts(api)["EUR"], creditor_iban=OTHER_BANK_IBAN, amount="10.00")
    quote = api.post("/payments/quote", json=body).json()
    assert quote["credited_amount"] == "10.00"
    assert quote["credited_currency"] == "EUR"
    assert quote["rate"] is None


def test_an_amount_too_small_to_convert_is_invalid(api: Api) -> None:
    api.login()
    accounts = my_accounts(api)
    body = order(accounts["ALL"], creditor_iban=accounts["EUR"]["iban"], amount="0.04")
    problem(api.post("/payments/quote", json=body), 422, "invalid_amount")
    assert (
        api.post("/payments/quote", json=order(accounts["ALL"], amount="0.01")).status_code == 200
    )
