"""Every refusal of a payment, with its fields, and API.md's order of checks at creation."""

from __future__ import annotations

import pytest

from server_stub.clock import ManualClock
from server_stub.domain import iban
from server_stub.seed import account_iban
from server_stub.services.backend import Backend
from tests.server.conftest import Api, problem
from tests.server.payment_helpers import (
    OTHER_BANK_IBAN,
    at,
    balance,
    confirm,
    create,
    created,
    lines_of,
    my_accounts,
    order,
    pay,
    payment_rows,
    status_of,
    top_up,
)


@pytest.mark.parametrize(
    "bad",
    [
        "AL00" + OTHER_BANK_IBAN[4:],  # check digits wrong
        OTHER_BANK_IBAN[:-1],  # too short
        OTHER_BANK_IBAN + "1",  # too long
        "DE89370400440532013000",  # valid, but another country's
        "GB82WEST12345698765432",
        account_iban("555555555", 1),  # this bank's, but no account behind it
        "not an iban",
        "AL٤٧" + OTHER_BANK_IBAN[4:],  # digits of another script
    ],
)
def test_invalid_iban(api: Api, bad: str) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    problem(create(api, order(mine, creditor_iban=bad)), 422, "invalid_iban")
    problem(api.post("/payments/quote", json=order(mine, creditor_iban=bad)), 422, "invalid_iban")


def test_the_banks_own_accounts_cannot_be_paid(api: Api) -> None:
    api.login()
    clearing = account_iban("000000000", 901)
    assert iban.is_valid(clearing)
    problem(
        create(api, order(my_accounts(api)["ALL"], creditor_iban=clearing)), 422, "invalid_iban"
    )


@pytest.mark.parametrize(
    "amount",
    [
        "0",
        "0.00",
        "-1.00",
        "-0.01",
        "1.001",
        "0.001",
        "1000000000000.01",
        "1e3",
        "abc",
        "1,50",
        "١٠",
        "5 0",
        "",
    ],
)
def test_invalid_amount(api: Api, amount: str) -> None:
    api.login()
    response = create(api, order(my_accounts(api)["ALL"], amount=amount))
    if amount == "":
        problem(response, 422, "validation_error")
    else:
        problem(response, 422, "invalid_amount")


@pytest.mark.parametrize("amount", ["0.01", "1", "1.5", "1.50", "1000000000000.00"])
def test_amounts_at_the_edges_pass_the_amount_rule(api: Api, amount: str) -> None:
    api.login()
    response = api.post("/payments/quote", json=order(my_accounts(api)["ALL"], amount=amount))
    # 1e12 is allowed as an amount; it is then simply more than the daily limit.
    assert response.status_code in (200, 409), response.text
    assert response.json().get("code") in (None, "daily_limit_exceeded")


def test_same_account(api: Api) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    problem(create(api, order(mine, creditor_iban=mine["iban"])), 422, "same_account")


def test_currency_mismatch(api: Api) -> None:
    api.login()
    mine = my_accounts(api)
    problem(create(api, order(mine["ALL"], currency="EUR")), 422, "currency_mismatch")
    problem(create(api, order(mine["EUR"], currency="GBP")), 422, "currency_mismatch")


def test_account_not_found(api: Api) -> None:
    api.login("987654321")
    theirs = my_accounts(api)["ALL"]
    api.login()
    problem(create(api, order(theirs)), 404, "account_not_found")
    problem(create(api, order({"id": "nope", "currency": "ALL"})), 404, "account_not_found")
    problem(api.post("/payments/quote", json=order(theirs)), 404, "account_not_found")


def test_insufficient_funds_shows_what_is_available(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["USD"]
    body = problem(create(api, order(mine, amount="1200.01")), 409, "insufficient_funds")
    assert body["available"] == "1200.00"
    # The fee counts too: 1,199.01 + 1.00 to another bank is one cent too much.
    external = order(mine, amount="1199.01", creditor_iban=OTHER_BANK_IBAN)
    problem(create(api, external), 409, "insufficient_funds")
    assert created(api, order(mine, amount="1199.00", creditor_iban=OTHER_BANK_IBAN))
    # Pending card payments reduce what is available.
    all_account = my_accounts(api)["ALL"]
    available = all_account["available"]
    assert available != all_account["balance"]
    body = problem(
        create(api, order(all_account, amount=all_account["balance"])), 409, "insufficient_funds"
    )
    assert body["available"] == available
    assert created(api, order(all_account, amount=available))
    assert len(payment_rows(backend)) == 2


def test_funds_are_checked_again_at_confirmation(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["USD"]
    first = created(api, order(mine, amount="700.00", creditor_iban=OTHER_BANK_IBAN))
    second = created(api, order(mine, amount="700.00", creditor_iban=OTHER_BANK_IBAN))
    assert confirm(api, first).status_code == 200
    body = problem(confirm(api, second), 409, "insufficient_funds")
    assert body["available"] == "499.00"
    assert status_of(api, second["id"]) == "rejected"
    assert api.get(f"/payments/{second['id']}").json()["error_code"] == "insufficient_funds"
    assert lines_of(backend, second["id"]) == []
    problem(confirm(api, second), 409, "payment_not_pending")


def test_daily_limit_at_exactly_the_limit_and_one_cent_over(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    top_up(backend, mine["id"], "1000000.00")
    body = problem(create(api, order(mine, amount="1000000.01")), 409, "daily_limit_exceeded")
    assert body["limit"] == "1000000.00"
    assert body["remaining"] == "1000000.00"
    pay(api, order(mine, amount="1000000.00"))
    body = problem(create(api, order(mine, amount="0.01")), 409, "daily_limit_exceeded")
    assert body["remaining"] == "0.00"


def test_daily_limit_counts_executed_payments_of_the_tirana_day(
    api: Api, backend: Backend, clock: ManualClock
) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    top_up(backend, mine["id"], "2000000.00")
    pay(api, order(mine, amount="600000.00"))
    # Created but not confirmed: does not count.
    created(api, order(mine, amount="300000.00"))
    body = problem(create(api, order(mine, amount="400000.01")), 409, "daily_limit_exceeded")
    assert body["remaining"] == "400000.00"
    pay(api, order(mine, amount="400000.00"))
    # Midnight in Tirana (23:00 UTC) starts a new day; 23:59 UTC is still it.
    at(clock, "2026-11-24 00:00:00")
    api.login()
    assert created(api, order(mine, amount="1000000.00"))


def test_daily_limit_is_per_currency(api: Api, backend: Backend) -> None:
    api.login()
    accounts = my_accounts(api)
    top_up(backend, accounts["EUR"]["id"], "20000.00")
    body = problem(
        create(api, order(accounts["EUR"], amount="10000.01")), 409, "daily_limit_exceeded"
    )
    assert body["limit"] == "10000.00"
    problem(create(api, order(accounts["USD"], amount="10000.01")), 409, "daily_limit_exceeded")
    pay(api, order(accounts["EUR"], amount="10000.00", creditor_iban=OTHER_BANK_IBAN))
    assert created(api, order(accounts["ALL"], amount="100.00"))


def test_daily_limit_is_checked_again_at_confirmation(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    top_up(backend, mine["id"], "2000000.00")
    first = created(api, order(mine, amount="600000.00"))
    second = created(api, order(mine, amount="600000.00"))
    assert confirm(api, first).status_code == 200
    body = problem(confirm(api, second), 409, "daily_limit_exceeded")
    assert body["remaining"] == "400000.00"
    assert api.get(f"/payments/{second['id']}").json()["error_code"] == "daily_limit_exceeded"


def test_validation_errors(api: Api) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    bad_bodies = [
        {k: v for k, v in order(mine).items() if k != "creditor_name"},
        order(mine, creditor_name="   "),
        order(mine, amount=1500),
        order(mine, currency="all"),
        order(mine, description="x" * 141),
        order(mine, schedule="tomorrow"),
        order(mine, unexpected="field"),
    ]
    for body in bad_bodies:
        problem(create(api, body), 422, "validation_error")
    confirm_body = api.post("/payments/x/confirm", json={"otp": "12345"})
    problem(confirm_body, 422, "validation_error")


def test_order_of_checks_at_creation(api: Api, backend: Backend, clock: ManualClock) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    nobody = {"id": "nope", "currency": "ALL"}
    # Request shape (422) comes before the accounts (404) ...
    problem(create(api, order(nobody, amount="-1")), 422, "invalid_amount")
    problem(create(api, order(nobody, creditor_iban="AL00")), 422, "invalid_iban")
    # ... accounts (404) before the window ...
    at(clock, "2026-11-23 21:30:00")
    api.login()  # logging in is not refused in the window
    problem(create(api, order(nobody)), 404, "account_not_found")
    # ... the window before the daily limit ...
    problem(create(api, order(mine, amount="1000000.01")), 409, "cutoff_window")
    # ... the daily limit before the funds.
    at(clock, "2026-11-24 08:00:00")
    api.login()
    problem(create(api, order(mine, amount="1000000.01")), 409, "daily_limit_exceeded")
    problem(create(api, order(mine, amount="999999.00")), 409, "insufficient_funds")
    assert balance(backend, mine["id"]) == 25_000_000


def test_order_of_checks_at_confirmation(api: Api, clock: ManualClock) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    payment = created(api, order(mine))
    wrong = "000000"
    # A cancelled payment answers payment_not_pending before its (wrong) code is looked at.
    cancelled = created(api, order(mine))
    api.post(f"/payments/{cancelled['id']}/cancel")
    problem(confirm(api, cancelled, wrong), 409, "payment_not_pending")
    # An expired code answers otp_expired even when the code typed is wrong.
    clock.advance(seconds=250)
    api.post("/auth/keepalive")
    clock.advance(seconds=51)
    problem(confirm(api, payment, wrong), 410, "otp_expired")
