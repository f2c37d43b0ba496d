"""Payments through HTTP: create, code, confirm, posting, idempotency, cancel, expiry, history."""

from __future__ import annotations

from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.server.conftest import DEMO_PHONES, Api, problem
from tests.server.payment_helpers import (
    OTHER_BANK_IBAN,
    PEER_IBAN,
    balance,
    code_for,
    confirm,
    create,
    created,
    lines_of,
    my_accounts,
    new_key,
    notes_of,
    order,
    pay,
    payment_rows,
    status_of,
    to_minor_str,
    totals,
)


def test_transfer_within_the_bank_moves_money_on_both_sides(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    before = totals(backend)
    payment = created(api, order(mine, amount="1500.50"))
    assert payment["status"] == "awaiting_otp"
    assert payment["amount"] == "1500.50"
    assert payment["currency"] == "ALL"
    assert payment["fee"] == "0.00"
    assert payment["creditor_name"] == "Elira Dervishi"
    assert payment["creditor_iban"] == PEER_IBAN
    assert payment["challenge"]["purpose"] == "payment"
    assert payment["challenge"]["expires_in"] == 300
    # Dynamic linking: the SMS names what the code confirms.
    sms = api.last_sms(DEMO_PHONES["123456789"])
    assert sms["purpose"] == "payment"
    assert "1500.50" in sms["text"]
    assert "ALL" in sms["text"]
    assert "Elira Dervishi" in sms["text"]
    # Awaiting its code, the payment has not touched the balance.
    assert my_accounts(api)["ALL"]["balance"] == mine["balance"]

    done = confirm(api, payment)
    assert done.status_code == 200, done.text
    result = done.json()
    assert result["status"] == "executed"
    assert result["id"] == payment["id"]
    assert result["executed_at"].startswith("2026-11-23T10:00:00+01:00")
    assert result["transaction_id"]
    assert result["reference"].startswith("FT261123")
    assert my_accounts(api)["ALL"]["balance"] == "248499.50"
    assert balance(backend, mine["id"]) == to_minor_str(mine["balance"]) - 150050

    lines = lines_of(backend, payment["id"])
    debit, credit = lines
    assert debit["account_id"] == mine["id"]
    assert debit["amount_minor"] == -150050
    assert debit["balance_after_minor"] == balance(backend, mine["id"])
    assert debit["reference"] == result["reference"]
    assert str(debit["id"]) == result["transaction_id"]
    assert debit["counterparty_name"] == "Elira Dervishi"
    assert debit["search_text"] == "qira nëntor elira dervishi"
    assert credit["amount_minor"] == 150050
    assert credit["counterparty_name"] == "Arben Hoxha"
    assert credit["balance_after_minor"] == balance(backend, credit["account_id"])
    assert credit["balance_after_minor"] == 8_000_000 + 150050
    assert totals(backend) == before

    outgoing = notes_of(backend, "outgoing_transfer")
    incoming = notes_of(backend, "incoming_transfer")
    assert len(outgoing) == 1
    assert len(incoming) == 1
    assert '"amount": "1500.50"' in outgoing[0]["params_json"]
    assert '"payer": "Arben Hoxha"' in incoming[0]["params_json"]
    assert outgoing[0]["customer_id"] != incoming[0]["customer_id"]
    events = [e["type"] for e in api.get("/_stub/audit").json()["events"]]
    assert "payment_created" in events
    assert "payment_executed" in events


def test_the_payee_sees_the_money_and_the_notification(api: Api) -> None:
    api.login()
    pay(api, order(my_accounts(api)["ALL"], amount="2000.00"))
    api.login("987654321")
    assert my_accounts(api)["ALL"]["balance"] == "82000.00"
    notes = api.get("/notifications").json()["notifications"]
    incoming = [n for n in notes if n["category"] == "incoming_transfer"]
    assert incoming[0]["params"]["amount"] == "2000.00"
    assert incoming[0]["params"]["currency"] == "ALL"


def test_another_bank_is_paid_through_clearing_with_a_fee(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    before_total = totals(backend)
    before = balance(backend, mine["id"])
    payment = created(api, order(mine, creditor_iban=OTHER_BANK_IBAN, creditor_name="Dyqani"))
    assert payment["fee"] == "100.00"
    assert payment["total"] == "1600.00"
    assert payment["kind"] == "external"
    assert payment["credited_currency"] == "ALL"
    assert payment["rate"] is None
    assert confirm(api, payment).status_code == 200
    assert balance(backend, mine["id"]) == before - 160000
    assert balance(backend, "bank-clearing-all") == 150000
    assert balance(backend, "bank-fees-all") == 10000
    assert totals(backend) == before_total
    principal, fee, *_ = lines_of(backend, payment["id"])
    assert principal["amount_minor"] == -150000
    assert principal["balance_after_minor"] == before - 150000
    assert fee["amount_minor"] == -10000
    assert fee["balance_after_minor"] == before - 160000


def test_fees_in_eur_and_usd(api: Api) -> None:
    api.login()
    accounts = my_accounts(api)
    for currency in ("EUR", "USD"):
        body = order(accounts[currency], creditor_iban=OTHER_BANK_IBAN, amount="10.00")
        quote = api.post("/payments/quote", json=body).json()
        assert quote["fee"] == "1.00"
        assert quote["total"] == "11.00"
        assert quote["credited_currency"] == currency


def test_quote_has_no_side_effects(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    sms_before = api.get("/_stub/sms").json()["messages"]
    response = api.post("/payments/quote", json=order(mine))
    assert response.status_code == 200, response.text
    assert response.json() == {
        "amount": "1500.00",
        "currency": "ALL",
        "fee": "0.00",
        "total": "1500.00",
        "credited_amount": "1500.00",
        "credited_currency": "ALL",
        "rate": None,
        "kind": "internal",
        "creditor_name": "Elira Dervishi",
        "creditor_iban": PEER_IBAN,
        "schedule": "now",
        "execute_at": None,
    }
    assert payment_rows(backend) == []
    assert api.get("/_stub/sms").json()["messages"] == sms_before


def test_iban_typed_in_groups_is_accepted(api: Api) -> None:
    api.login()
    grouped = " ".join(PEER_IBAN[i : i + 4] for i in range(0, 28, 4)).lower()
    payment = created(api, order(my_accounts(api)["ALL"], creditor_iban=grouped))
    assert payment["creditor_iban"] == PEER_IBAN


def test_hundred_retries_of_one_key_debit_once(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    body = order(mine, amount="1000.00")
    key = new_key()
    first = create(api, body, key)
    assert first.status_code == 201
    for _ in range(99):
        again = create(api, dict(reversed(list(body.items()))), key)
        assert again.status_code == 201
        assert again.json() == first.json()
    assert len(payment_rows(backend)) == 1
    sent = [m for m in api.get("/_stub/sms").json()["messages"] if m["purpose"] == "payment"]
    assert len(sent) == 1
    assert confirm(api, first.json()).status_code == 200
    # Retrying after the confirmation still answers the stored reply, and pays nothing more.
    assert create(api, body, key).json() == first.json()
    assert confirm(api, first.json(), "000000").status_code == 409
    assert len(payment_rows(backend)) == 1
    assert balance(backend, mine["id"]) == to_minor_str(mine["balance"]) - 100000


def test_same_key_with_another_body_is_refused(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    key = new_key()
    created(api, order(mine), key)
    problem(create(api, order(mine, amount="1500.01"), key), 422, "idempotency_key_reused")
    assert len(payment_rows(backend)) == 1


def test_idempotency_key_is_required(api: Api, backend: Backend) -> None:
    api.login()
    body = order(my_accounts(api)["ALL"])
    problem(api.post("/payments", json=body), 400, "idempotency_key_missing")
    problem(
        api.post("/payments", json=body, headers={"Idempotency-Key": ""}),
        400,
        "idempotency_key_missing",
    )
    assert payment_rows(backend) == []


def test_keys_belong_to_one_customer(api: Api, backend: Backend) -> None:
    api.login()
    created(api, order(my_accounts(api)["ALL"]), "shared-key")
    api.login("987654321")
    theirs = my_accounts(api)["ALL"]
    created(api, order(theirs, creditor_iban=OTHER_BANK_IBAN), "shared-key")
    assert len(payment_rows(backend)) == 2


def test_a_code_of_another_payment_never_confirms(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    first = created(api, order(mine, amount="100.00"))
    second = created(api, order(mine, amount="200.00"))
    body = problem(confirm(api, first, code_for(api, second)), 401, "invalid_otp")
    assert body["attempts_left"] == 4
    assert status_of(api, first["id"]) == "awaiting_otp"
    assert lines_of(backend, first["id"]) == []
    assert confirm(api, second).status_code == 200
    assert confirm(api, first).status_code == 200


def test_wrong_codes_count_towards_the_block(api: Api) -> None:
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"]))
    right = code_for(api, payment)
    wrong = "000000" if right != "000000" else "111111"
    for left in (4, 3, 2, 1):
        assert problem(confirm(api, payment, wrong), 401, "invalid_otp")["attempts_left"] == left
    problem(confirm(api, payment, wrong), 423, "user_blocked")
    # The block ended the session.
    problem(api.get("/payments"), 401, "session_expired")


def test_a_right_code_resets_the_failure_count(api: Api) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    payment = created(api, order(mine))
    wrong = "000000" if code_for(api, payment) != "000000" else "111111"
    problem(confirm(api, payment, wrong), 401, "invalid_otp")
    assert confirm(api, payment).status_code == 200
    other = created(api, order(mine))
    wrong = "000000" if code_for(api, other) != "000000" else "111111"
    assert problem(confirm(api, other, wrong), 401, "invalid_otp")["attempts_left"] == 4


def test_an_expired_code_leaves_the_payment_expired(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"]))
    code = code_for(api, payment)
    clock.advance(seconds=300)
    assert status_of(api, payment["id"]) == "awaiting_otp"
    clock.advance(seconds=1)
    assert status_of(api, payment["id"]) == "expired"
    api.post("/auth/keepalive")
    problem(confirm(api, payment, code), 410, "otp_expired")
    assert payment_rows(backend)[0]["status"] == "expired"
    problem(confirm(api, payment, code), 409, "payment_not_pending")
    assert lines_of(backend, payment["id"]) == []


def test_a_resent_code_names_the_payment_and_voids_the_old_one(
    api: Api, clock: ManualClock
) -> None:
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"], amount="321.00"))
    old = code_for(api, payment)
    clock.advance(seconds=31)
    challenge_id = payment["challenge"]["challenge_id"]
    resent = api.post("/auth/otp/resend", json={"challenge_id": challenge_id})
    assert resent.status_code == 200, resent.text
    sms = api.last_sms(DEMO_PHONES["123456789"])
    assert "321.00" in sms["text"]
    assert "Elira Dervishi" in sms["text"]
    if sms["code"] != old:
        problem(confirm(api, payment, old), 401, "invalid_otp")
    assert confirm(api, payment, sms["code"]).status_code == 200


def test_cancel_a_pending_payment(api: Api, backend: Backend) -> None:
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"]))
    response = api.post(f"/payments/{payment['id']}/cancel")
    assert response.status_code == 200
    assert response.json() == {"id": payment["id"], "status": "cancelled"}
    assert status_of(api, payment["id"]) == "cancelled"
    problem(confirm(api, payment), 409, "payment_not_pending")
    problem(api.post(f"/payments/{payment['id']}/cancel"), 409, "payment_not_pending")
    assert lines_of(backend, payment["id"]) == []
    assert "payment_cancelled" in [e["type"] for e in api.get("/_stub/audit").json()["events"]]


def test_executed_and_expired_payments_cannot_be_cancelled(api: Api, clock: ManualClock) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    done = pay(api, order(mine))
    problem(api.post(f"/payments/{done['id']}/cancel"), 409, "payment_not_pending")
    lapsed = created(api, order(mine))
    clock.advance(seconds=200)
    api.post("/auth/keepalive")
    clock.advance(seconds=101)
    problem(api.post(f"/payments/{lapsed['id']}/cancel"), 409, "payment_not_pending")
    assert status_of(api, lapsed["id"]) == "expired"


def test_another_customers_payment_is_not_found(api: Api) -> None:
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"]))
    code = code_for(api, payment)
    api.login("987654321")
    problem(api.get(f"/payments/{payment['id']}"), 404, "payment_not_found")
    problem(confirm(api, payment, code), 404, "payment_not_found")
    problem(api.post(f"/payments/{payment['id']}/cancel"), 404, "payment_not_found")
    problem(api.get("/payments/nonexistent"), 404, "payment_not_found")


def test_a_payment_shows_everything_the_receipt_needs(api: Api) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    payment = created(api, order(mine, creditor_iban=OTHER_BANK_IBAN, creditor_name="Dyqani"))
    done = confirm(api, payment).json()
    shown = api.get(f"/payments/{payment['id']}").json()
    assert shown["status"] == "executed"
    assert shown["reference"] == done["reference"]
    assert shown["transaction_id"] == done["transaction_id"]
    assert shown["executed_at"] == done["executed_at"]
    assert shown["debtor_account_id"] == mine["id"]
    assert shown["creditor_iban"] == OTHER_BANK_IBAN
    assert shown["fee"] == "100.00"
    assert shown["total"] == "1600.00"
    assert shown["description"] == "Qira nëntor"
    assert shown["error_code"] is None
    assert shown["kind"] == "external"


def test_history_pages_newest_first_with_filters(api: Api, clock: ManualClock) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    ids = []
    for n in range(7):
        ids.append(created(api, order(mine, amount=f"{n + 1}.00"))["id"])
        clock.advance(seconds=1)
    pay(api, order(mine, amount="50.00"))
    clock.advance(days=1)
    api.login()
    newest = created(api, order(mine, amount="60.00"))
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = api.get("/payments", params=params).json()
        seen += [p["id"] for p in page["payments"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 9
    assert seen[0] == newest["id"]
    assert seen[-7:] == list(reversed(ids))
    executed = api.get("/payments", params={"status": "executed"}).json()["payments"]
    assert [p["amount"] for p in executed] == ["50.00"]
    # Yesterday's unconfirmed payments have lapsed by now.
    assert len(api.get("/payments", params={"status": "expired"}).json()["payments"]) == 7
    today = api.get("/payments", params={"from": "2026-11-24", "to": "2026-11-24"}).json()
    assert [p["id"] for p in today["payments"]] == [newest["id"]]


def test_history_refuses_bad_parameters(api: Api) -> None:
    api.login()
    for params in (
        {"limit": 0},
        {"limit": 501},
        {"cursor": "garbage"},
        {"status": "paid"},
        {"from": "2026-02-30"},
    ):
        problem(api.get("/payments", params=params), 422, "validation_error")
    assert api.get("/payments", params={"limit": 500}).status_code == 200


def test_payments_need_a_session_and_a_changed_password(api: Api) -> None:
    problem(api.get("/payments"), 401, "session_expired")
    api.login("333333333")
    problem(api.get("/payments"), 403, "password_change_required")
    problem(api.get("/fx-rates"), 403, "password_change_required")
