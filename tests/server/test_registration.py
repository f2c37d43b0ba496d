"""Registration for the Internet Branch through HTTP: eligibility, the code, the password rules."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert

from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from server_stub.store.tables import customers
from tests.server.conftest import DEMO_PHONES, Api, problem

PHONE = DEMO_PHONES["222222222"]
GOOD = "Shkodra2027"


def _wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def _start(api: Api, number: str = "222222222") -> tuple[str, str]:
    """Starts registration; returns the challenge id and the code the phone received."""
    response = api.post("/registration", json={"customer_number": number})
    assert response.status_code == 200, response.text
    challenge = response.json()
    return challenge["challenge_id"], api.last_sms(PHONE)["code"]


def _complete(api: Api, challenge_id: str, otp: str, password: str) -> Any:
    return api.post(
        "/registration/complete",
        json={"challenge_id": challenge_id, "otp": otp, "new_password": password},
    )


def _add_customer(backend: Backend, number: str, **values: Any) -> None:
    """A customer the demo data lacks, straight into the bank's customer table."""
    row = {
        "customer_number": number,
        "personal_id": f"R{number[:8]}G",
        "name": "Test Klient",
        "mobile": "+355695550000",
        "segment": "retail",
        "agreement_version": 2,
        "failed_attempts": 0,
        "blocked": False,
        "created_at": backend.clock.now(),
    } | values
    with backend.db.write() as conn:
        conn.execute(insert(customers).values(**row))


def test_registration_of_222222222_end_to_end(api: Api, clock: ManualClock) -> None:
    response = api.post("/registration", json={"customer_number": "222222222"})
    assert response.status_code == 200
    challenge = response.json()
    assert challenge["purpose"] == "registration"
    assert challenge["channel"] == "sms"
    assert challenge["masked_phone"] == "+355 69 *** **22"
    assert challenge["expires_in"] == 300
    sms = api.last_sms(PHONE)
    assert sms["purpose"] == "registration"
    assert sms["challenge_id"] == challenge["challenge_id"]
    response = _complete(api, challenge["challenge_id"], sms["code"], GOOD)
    assert response.status_code == 201
    assert response.json() == {"customer_number": "222222222"}
    types = [e["type"] for e in api.get("/_stub/audit").json()["events"]]
    assert "registration_completed" in types
    # The new password logs in, and the session may do everything.
    api.login("222222222", GOOD)
    session_me = api.get("/me").json()
    assert session_me["customer_number"] == "222222222"
    assert session_me["password_expires_at"].startswith("2027-05-22")  # 180 days on
    assert api.get("/accounts").status_code == 200
    # The code was single use, and the customer is now registered.
    problem(_complete(api, challenge["challenge_id"], sms["code"], GOOD), 410, "otp_expired")
    problem(
        api.post("/registration", json={"customer_number": "222222222"}),
        409,
        "already_registered",
    )


def test_registration_code_does_not_open_a_session(api: Api) -> None:
    challenge_id, code = _start(api)
    problem(
        api.post("/auth/otp", json={"challenge_id": challenge_id, "otp": code}),
        404,
        "challenge_not_found",
    )
    problem(
        api.post(
            "/password-reset/complete",
            json={"challenge_id": challenge_id, "otp": code, "new_password": GOOD},
        ),
        404,
        "challenge_not_found",
    )


@pytest.mark.parametrize(
    ("number", "reason"),
    [("111111111", "agreement_outdated"), ("444444444", "no_registered_mobile")],
)
def test_demo_customers_not_eligible(api: Api, number: str, reason: str) -> None:
    body = problem(api.post("/registration", json={"customer_number": number}), 403, "not_eligible")
    assert body["reason"] == reason
    assert api.get("/_stub/sms").json()["messages"] == []


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"agreement_version": None}, "agreement_missing"),
        ({"segment": "business"}, "not_retail"),
        ({"agreement_version": 3}, None),
        ({"agreement_version": 1, "mobile": None}, "agreement_outdated"),
    ],
)
def test_eligibility_rules(
    api: Api, backend: Backend, values: dict[str, Any], reason: str | None
) -> None:
    _add_customer(backend, "555000111", **values)
    response = api.post("/registration", json={"customer_number": "555000111"})
    if reason is None:
        assert response.status_code == 200
        assert response.json()["purpose"] == "registration"
    else:
        assert problem(response, 403, "not_eligible")["reason"] == reason


def test_registered_customer_is_told_so(api: Api) -> None:
    problem(
        api.post("/registration", json={"customer_number": "123456789"}),
        409,
        "already_registered",
    )


def test_unknown_customer(api: Api) -> None:
    problem(
        api.post("/registration", json={"customer_number": "555555555"}),
        404,
        "customer_not_found",
    )


@pytest.mark.parametrize("number", ["12345678", "1234567890", "M22222222D", "", "22222222a"])
def test_malformed_customer_number(api: Api, number: str) -> None:
    body = problem(
        api.post("/registration", json={"customer_number": number}), 422, "validation_error"
    )
    assert body["errors"][0]["field"] == "customer_number"


@pytest.mark.parametrize(
    ("password", "violations"),
    [
        ("Ab1", ["too_short"]),
        ("A1" + "b" * 63, ["too_long"]),
        ("Abcdefghij", ["needs_digit"]),
        ("20261123987654", ["needs_letter"]),
        ("Mira222222222", ["contains_customer_number"]),
        ("Password1", ["too_common"]),
        ("abc", ["too_short", "needs_digit"]),
        ("        ", ["needs_letter", "needs_digit"]),
    ],
)
def test_weak_password_does_not_use_up_the_code(
    api: Api, password: str, violations: list[str]
) -> None:
    challenge_id, code = _start(api)
    body = problem(_complete(api, challenge_id, code, password), 422, "weak_password")
    assert body["violations"] == violations
    # The same code, with a password that meets the rules, still registers.
    assert _complete(api, challenge_id, code, GOOD).status_code == 201


@pytest.mark.parametrize("password", ["Abcdefg1", "A1" + "b" * 62, "Ëndërr2027"])
def test_passwords_at_the_limits_are_accepted(api: Api, password: str) -> None:
    challenge_id, code = _start(api)
    assert _complete(api, challenge_id, code, password).status_code == 201
    api.login("222222222", password)


def test_wrong_codes_count_and_the_fifth_blocks(api: Api) -> None:
    challenge_id, code = _start(api)
    for left in (4, 3, 2, 1):
        body = problem(_complete(api, challenge_id, _wrong(code), GOOD), 401, "invalid_otp")
        assert body["attempts_left"] == left
    body = problem(_complete(api, challenge_id, _wrong(code), GOOD), 423, "user_blocked")
    assert body["call_center"] == "+355 4 2266 288"
    problem(_complete(api, challenge_id, code, GOOD), 423, "user_blocked")
    problem(api.post("/registration", json={"customer_number": "222222222"}), 423, "user_blocked")
    assert api.post("/_stub/customers/222222222/unblock").status_code == 204
    challenge_id, code = _start(api)
    assert _complete(api, challenge_id, code, GOOD).status_code == 201


def test_expired_registration_code(api: Api, clock: ManualClock) -> None:
    challenge_id, code = _start(api)
    clock.advance(seconds=301)
    problem(_complete(api, challenge_id, code, GOOD), 410, "otp_expired")


def test_registration_code_can_be_resent(api: Api, clock: ManualClock) -> None:
    challenge_id, old = _start(api)
    clock.advance(seconds=30)
    resent = api.post("/auth/otp/resend", json={"challenge_id": challenge_id})
    assert resent.status_code == 200
    assert resent.json()["purpose"] == "registration"
    new = api.last_sms(PHONE)["code"]
    if new != old:
        problem(_complete(api, challenge_id, old, GOOD), 401, "invalid_otp")
    assert _complete(api, challenge_id, new, GOOD).status_code == 201


def test_unknown_registration_challenge(api: Api) -> None:
    problem(_complete(api, "nope", "123456", GOOD), 404, "challenge_not_found")
