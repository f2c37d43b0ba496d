"""Forgotten password through HTTP: the code by SMS, the new password, and every refusal."""

from __future__ import annotations

from typing import Any

import pytest

from server_stub.clock import ManualClock
from tests.server.conftest import DEMO_PHONES, Api, problem

PHONE = DEMO_PHONES["123456789"]


def _wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def _start(api: Api, login_id: str = "123456789") -> tuple[str, str]:
    """Starts a reset; returns the challenge id and the code the phone received."""
    response = api.post("/password-reset", json={"login_id": login_id})
    assert response.status_code == 200, response.text
    challenge = response.json()
    assert challenge["purpose"] == "password_reset"
    return challenge["challenge_id"], api.last_sms(PHONE)["code"]


def _complete(api: Api, challenge_id: str, otp: str, password: str) -> Any:
    return api.post(
        "/password-reset/complete",
        json={"challenge_id": challenge_id, "otp": otp, "new_password": password},
    )


def _reset(api: Api, password: str) -> None:
    challenge_id, code = _start(api)
    response = _complete(api, challenge_id, code, password)
    assert response.status_code == 204, response.text


def _login_refused(api: Api, password: str) -> None:
    problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": password}),
        401,
        "invalid_credentials",
    )


def test_reset_by_customer_number(api: Api) -> None:
    token = api.login()
    challenge_id, code = _start(api)
    sms = api.last_sms(PHONE)
    assert sms["purpose"] == "password_reset"
    assert sms["challenge_id"] == challenge_id
    assert _complete(api, challenge_id, code, "Korça2027").status_code == 204
    # Every open session ends; the old password is gone, the new one logs in.
    problem(api.get("/me", token=token), 401, "session_expired")
    _login_refused(api, "Tirana2026")
    api.login("123456789", "Korça2027")
    types = [e["type"] for e in api.get("/_stub/audit").json()["events"]]
    assert "password_reset_completed" in types
    categories = [n["category"] for n in api.get("/notifications").json()["notifications"]]
    assert categories[:2] == ["login", "password_change"]
    # Single use.
    problem(_complete(api, challenge_id, code, "Korça2028"), 410, "otp_expired")


@pytest.mark.parametrize("login_id", ["J12345678A", "j12345678a"])
def test_reset_by_personal_id(api: Api, login_id: str) -> None:
    challenge_id, code = _start(api, login_id)
    assert _complete(api, challenge_id, code, "Fier2027x").status_code == 204
    api.login("123456789", "Fier2027x")


def test_blocked_user_is_sent_to_the_call_center(api: Api) -> None:
    for _ in range(5):
        api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"})
    body = problem(api.post("/password-reset", json={"login_id": "123456789"}), 423, "user_blocked")
    assert body["call_center"] == "+355 4 2266 288"
    problem(api.post("/password-reset", json={"login_id": "J12345678A"}), 423, "user_blocked")
    assert api.post("/_stub/customers/123456789/unblock").status_code == 204
    _start(api)


@pytest.mark.parametrize("login_id", ["222222222", "M22222222D", "444444444", "111111111"])
def test_unregistered_customer_is_sent_to_the_call_center(api: Api, login_id: str) -> None:
    body = problem(
        api.post("/password-reset", json={"login_id": login_id}), 403, "contact_call_center"
    )
    assert body["call_center"] == "+355 4 2266 288"
    assert api.get("/_stub/sms").json()["messages"] == []


@pytest.mark.parametrize("login_id", ["555555555", "Z99999999Z"])
def test_unknown_customer(api: Api, login_id: str) -> None:
    problem(api.post("/password-reset", json={"login_id": login_id}), 404, "customer_not_found")


@pytest.mark.parametrize("login_id", ["1234", "J1234567A", "", "123456789 OR 1"])
def test_malformed_login_id(api: Api, login_id: str) -> None:
    problem(api.post("/password-reset", json={"login_id": login_id}), 422, "validation_error")


def test_weak_password_does_not_use_up_the_code(api: Api) -> None:
    challenge_id, code = _start(api)
    body = problem(_complete(api, challenge_id, code, "x123456789y"), 422, "weak_password")
    assert body["violations"] == ["contains_customer_number"]
    body = problem(_complete(api, challenge_id, code, "short"), 422, "weak_password")
    assert body["violations"] == ["too_short", "needs_digit"]
    assert _complete(api, challenge_id, code, "Berat2027").status_code == 204
    api.login("123456789", "Berat2027")


def test_each_of_the_last_three_passwords_is_refused(api: Api, clock: ManualClock) -> None:
    _reset(api, "Elbasan2027")
    clock.advance(minutes=1)
    _reset(api, "Gjirokastra2027")
    challenge_id, code = _start(api)
    for old in ("Tirana2026", "Elbasan2027", "Gjirokastra2027"):
        problem(_complete(api, challenge_id, code, old), 422, "password_reused")
    # None of the refusals used up the code.
    assert _complete(api, challenge_id, code, "Lushnja2027").status_code == 204
    # Four passwords on, the first one is allowed again: the history holds exactly three.
    _reset(api, "Tirana2026")
    api.login("123456789", "Tirana2026")


def test_reused_password_is_not_revealed_without_the_code(api: Api) -> None:
    challenge_id, code = _start(api)
    body = problem(_complete(api, challenge_id, _wrong(code), "Tirana2026"), 401, "invalid_otp")
    assert body["attempts_left"] == 4


def test_wrong_codes_count_and_the_fifth_blocks(api: Api) -> None:
    token = api.login()
    challenge_id, code = _start(api)
    for left in (4, 3, 2, 1):
        body = problem(_complete(api, challenge_id, _wrong(code), "Berat2027"), 401, "invalid_otp")
        assert body["attempts_left"] == left
    problem(_complete(api, challenge_id, _wrong(code), "Berat2027"), 423, "user_blocked")
    problem(_complete(api, challenge_id, code, "Berat2027"), 423, "user_blocked")
    problem(api.get("/me", token=token), 401, "session_expired")
    api.post("/_stub/customers/123456789/unblock")
    api.login()  # the password did not change


def test_accepted_reset_code_clears_the_failure_count(api: Api) -> None:
    for _ in range(4):
        _login_refused(api, "Wrong1234")
    _reset(api, "Berat2027")
    for _ in range(4):
        _login_refused(api, "Wrong1234")
    api.login("123456789", "Berat2027")


def test_expired_reset_code(api: Api, clock: ManualClock) -> None:
    challenge_id, code = _start(api)
    clock.advance(seconds=301)
    problem(_complete(api, challenge_id, code, "Berat2027"), 410, "otp_expired")
    api.login()


def test_no_password_change_notification_when_switched_off(api: Api) -> None:
    api.login()
    api.put("/notifications/settings", json={"categories": {"password_change": False}})
    _reset(api, "Berat2027")
    api.login("123456789", "Berat2027")
    categories = [n["category"] for n in api.get("/notifications").json()["notifications"]]
    assert "password_change" not in categories
    assert categories.count("login") == 2
