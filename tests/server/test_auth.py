"""Identity and authentication through HTTP: every row and error code of API.md's auth table."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from server_stub.clock import ManualClock
from tests.server.conftest import DEMO_PHONES, Api, problem


def test_health_and_openapi_are_served(api: Api) -> None:
    assert api.get("/health").json() == {"status": "ok"}
    schema = api.get("http://127.0.0.1/openapi.json").json()
    assert "/api/v1/auth/login" in schema["paths"]


def test_login_returns_a_challenge_and_sends_a_code(api: Api) -> None:
    challenge = api.start_login("123456789")
    assert challenge["purpose"] == "login"
    assert challenge["channel"] == "sms"
    assert challenge["masked_phone"] == "+355 69 *** **67"
    assert challenge["expires_in"] == 300
    assert challenge["resend_after"] == 30
    assert challenge["otp_length"] == 6
    sms = api.last_sms()
    assert sms["to"] == "+355691234567"
    assert sms["challenge_id"] == challenge["challenge_id"]
    assert len(sms["code"]) == 6
    assert sms["code"].isdigit()
    assert sms["code"] in sms["text"]


def test_personal_id_works_as_login_id(api: Api) -> None:
    challenge = api.start_login("J12345678A", "Tirana2026")
    assert challenge["masked_phone"].endswith("67")


def test_code_opens_a_session(api: Api) -> None:
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    response = api.post("/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code})
    assert response.status_code == 200
    session = response.json()
    assert session["token_type"] == "Bearer"
    assert len(session["access_token"]) >= 22  # at least 128 bits, base64url
    assert session["idle_timeout"] == 300
    assert session["password_change_required"] is False
    assert session["customer"] == {"customer_number": "123456789", "name": "Arben Hoxha"}
    assert session["last_login"] is None
    me = api.get("/me", token=session["access_token"]).json()
    assert me["customer_number"] == "123456789"
    assert me["personal_id"] == "J12345678A"
    assert me["masked_phone"] == "+355 69 *** **67"


def test_second_login_reports_the_previous_one(api: Api, clock: ManualClock) -> None:
    api.login()
    clock.advance(hours=2)
    api.login()
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    session = api.post(
        "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}
    ).json()
    assert session["last_login"]["channel"] == "internet"
    assert session["last_login"]["at"].startswith("2026-11-23T11:00")


def test_wrong_password_and_unknown_id_answer_alike(api: Api) -> None:
    wrong = problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": "Nope12345"}),
        401,
        "invalid_credentials",
    )
    unknown = problem(
        api.post("/auth/login", json={"login_id": "555555555", "password": "Nope12345"}),
        401,
        "invalid_credentials",
    )
    strip = {"request_id"}
    assert {k: v for k, v in wrong.items() if k not in strip} == {
        k: v for k, v in unknown.items() if k not in strip
    }


def test_unregistered_customer_is_told_so(api: Api) -> None:
    problem(
        api.post("/auth/login", json={"login_id": "222222222", "password": "Whatever1"}),
        403,
        "not_registered",
    )


@pytest.mark.parametrize("login_id", ["12345678", "1234567890", "J1234567A", "", "12345678a"])
def test_malformed_login_id_is_a_validation_error(api: Api, login_id: str) -> None:
    body = problem(
        api.post("/auth/login", json={"login_id": login_id, "password": "x"}),
        422,
        "validation_error",
    )
    assert body["errors"][0]["field"] == "login_id"


def test_fifth_wrong_password_blocks(api: Api) -> None:
    for _ in range(4):
        problem(
            api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
            401,
            "invalid_credentials",
        )
    body = problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
        423,
        "user_blocked",
    )
    assert body["call_center"] == "+355 4 2266 288"
    # Blocked: 423 whatever the password, the right one included.
    problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": "Tirana2026"}),
        423,
        "user_blocked",
    )


def test_wrong_passwords_and_wrong_codes_count_together(api: Api) -> None:
    for _ in range(2):
        problem(
            api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
            401,
            "invalid_credentials",
        )
    challenge = api.start_login("123456789")
    body = problem(
        api.post(
            "/auth/otp",
            json={
                "challenge_id": challenge["challenge_id"],
                "otp": "000000" if api.last_sms()["code"] != "000000" else "111111",
            },
        ),
        401,
        "invalid_otp",
    )
    assert body["attempts_left"] == 2


def test_correct_password_neither_counts_nor_resets(api: Api) -> None:
    for _ in range(4):
        problem(
            api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
            401,
            "invalid_credentials",
        )
    api.start_login("123456789")  # correct password: the count stays at 4
    problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
        423,
        "user_blocked",
    )


def test_accepted_code_resets_the_count(api: Api) -> None:
    for _ in range(4):
        problem(
            api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
            401,
            "invalid_credentials",
        )
    api.login()
    for _ in range(4):
        problem(
            api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
            401,
            "invalid_credentials",
        )


def _wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def test_wrong_code_reports_attempts_left_and_fifth_blocks(api: Api) -> None:
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    payload = {"challenge_id": challenge["challenge_id"], "otp": _wrong(code)}
    for left in (4, 3, 2, 1):
        assert (
            problem(api.post("/auth/otp", json=payload), 401, "invalid_otp")["attempts_left"]
            == left
        )
    problem(api.post("/auth/otp", json=payload), 423, "user_blocked")
    # Even the right code no longer opens a session.
    problem(api.post("/auth/otp", json={**payload, "otp": code}), 423, "user_blocked")


def test_block_ends_open_sessions_and_unblock_lets_in(api: Api) -> None:
    token = api.login()
    for _ in range(5):
        api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"})
    problem(api.get("/me", token=token), 401, "session_expired")
    assert api.post("/_stub/customers/123456789/unblock").status_code == 204
    api.login()
    types = [e["type"] for e in api.get("/_stub/audit", params={"limit": 50}).json()["events"]]
    assert "user_blocked" in types


def test_code_expires_after_300_seconds(api: Api, clock: ManualClock) -> None:
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    clock.advance(seconds=301)
    payload = {"challenge_id": challenge["challenge_id"], "otp": code}
    problem(api.post("/auth/otp", json=payload), 410, "otp_expired")
    # Expired codes do not count: five more tries would otherwise have blocked.
    for _ in range(5):
        problem(api.post("/auth/otp", json=payload), 410, "otp_expired")
    api.login()


def test_code_still_valid_at_300_seconds(api: Api, clock: ManualClock) -> None:
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    clock.advance(seconds=300)
    response = api.post("/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code})
    assert response.status_code == 200


def test_expired_challenge_answers_410_for_a_day(api: Api, clock: ManualClock) -> None:
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    clock.advance(hours=23, minutes=59)
    problem(
        api.post("/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}),
        410,
        "otp_expired",
    )


def test_used_code_cannot_be_replayed(api: Api) -> None:
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    payload = {"challenge_id": challenge["challenge_id"], "otp": code}
    assert api.post("/auth/otp", json=payload).status_code == 200
    problem(api.post("/auth/otp", json=payload), 410, "otp_expired")


def test_unknown_challenge(api: Api) -> None:
    problem(
        api.post("/auth/otp", json={"challenge_id": "nope", "otp": "123456"}),
        404,
        "challenge_not_found",
    )
    problem(api.post("/auth/otp/resend", json={"challenge_id": "nope"}), 404, "challenge_not_found")


def test_resend_waits_30_seconds_and_voids_the_old_code(api: Api, clock: ManualClock) -> None:
    challenge = api.start_login("123456789")
    old = api.last_sms()["code"]
    clock.advance(seconds=10)
    body = problem(
        api.post("/auth/otp/resend", json={"challenge_id": challenge["challenge_id"]}),
        429,
        "resend_too_soon",
    )
    assert body["retry_after"] == 20
    clock.advance(seconds=20)
    again = api.post("/auth/otp/resend", json={"challenge_id": challenge["challenge_id"]})
    assert again.status_code == 200
    assert again.json()["challenge_id"] == challenge["challenge_id"]
    new = api.last_sms()["code"]
    if new != old:  # one time in a million they coincide
        problem(
            api.post("/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": old}),
            401,
            "invalid_otp",
        )
    assert (
        api.post(
            "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": new}
        ).status_code
        == 200
    )


def test_session_expires_after_300_idle_seconds(api: Api, clock: ManualClock) -> None:
    token = api.login()
    clock.advance(seconds=300)
    assert api.get("/me", token=token).status_code == 200  # restarts the idle timer
    clock.advance(seconds=301)
    problem(api.get("/me", token=token), 401, "session_expired")


def test_keepalive_restarts_the_idle_timer(api: Api, clock: ManualClock) -> None:
    token = api.login()
    for _ in range(3):
        clock.advance(seconds=250)
        assert api.post("/auth/keepalive", token=token).status_code == 204
    assert api.get("/me", token=token).status_code == 200


def test_background_requests_leave_the_idle_timer_alone(api: Api, clock: ManualClock) -> None:
    token = api.login()
    clock.advance(seconds=200)
    assert api.get("/me", token=token, headers={"X-Background": "1"}).status_code == 200
    clock.advance(seconds=101)
    problem(api.post("/auth/keepalive", token=token), 401, "session_expired")


def test_requests_in_flight_together_write_the_idle_timer_once(
    api: Api, clock: ManualClock
) -> None:
    """A busy client's burst restarts the timer with one write, not one write per request."""
    api.login()
    clock.advance(seconds=2)
    writes: list[str] = []

    def count_session_writes(*args: Any) -> None:
        statement = args[2]
        if statement.lstrip().upper().startswith("UPDATE SESSIONS"):
            writes.append(statement)

    engine = api.backend.db.engine
    event.listen(engine, "before_cursor_execute", count_session_writes)
    try:
        answers = api.get_concurrently("/accounts", 20)
    finally:
        event.remove(engine, "before_cursor_execute", count_session_writes)
    assert [answer.status_code for answer in answers] == [200] * 20
    assert len(writes) == 1
    clock.advance(seconds=299)  # the one write restarted the timer: 301 s since login
    assert api.get("/me").status_code == 200


def test_session_ends_after_12_hours_even_when_active(api: Api, clock: ManualClock) -> None:
    token = api.login()
    for _ in range(12 * 60 // 4):  # active every 4 minutes for exactly 12 hours
        clock.advance(minutes=4)
        assert api.post("/auth/keepalive", token=token).status_code == 204
    clock.advance(timedelta(seconds=1))
    problem(api.post("/auth/keepalive", token=token), 401, "session_expired")


def test_logout_ends_the_session(api: Api) -> None:
    token = api.login()
    assert api.post("/auth/logout", token=token).status_code == 204
    problem(api.get("/me", token=token), 401, "session_expired")


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer nonsense", "Basic abc"])
def test_missing_or_unknown_token(api: Api, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    problem(api.get("/me", headers=headers, token=None), 401, "session_expired")


def test_expired_password_restricts_the_session(api: Api) -> None:
    challenge = api.start_login("333333333")
    code = api.last_sms(DEMO_PHONES["333333333"])["code"]
    session = api.post(
        "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}
    ).json()
    assert session["password_change_required"] is True
    token = session["access_token"]
    problem(api.get("/accounts", token=token), 403, "password_change_required")
    assert api.get("/me", token=token).status_code == 200
    assert api.post("/auth/keepalive", token=token).status_code == 204
    response = api.post(
        "/auth/password",
        token=token,
        json={"current_password": "Vlora2026", "new_password": "Berat2027x"},
    )
    assert response.status_code == 204
    assert api.get("/accounts", token=token).status_code == 200


def test_tokens_and_codes_are_stored_hashed(api: Api) -> None:
    token = api.login()
    from sqlalchemy import select

    from server_stub.store.tables import challenges, sessions

    with api.backend.db.read() as conn:
        stored = conn.execute(select(sessions.c.token_hash)).scalars().all()
        otp_hashes = conn.execute(select(challenges.c.otp_hash)).scalars().all()
    assert token not in stored
    assert all(h.startswith("$argon2id$") for h in otp_hashes)


def test_log_of_a_whole_login_holds_no_secret(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    challenge = api.start_login("123456789")
    code = api.last_sms()["code"]
    token = api.post(
        "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}
    ).json()["access_token"]
    api.get("/me", token=token)
    api.post("/auth/logout", token=token)
    text = caplog.text
    assert "/api/v1/auth/otp" in text  # the access log did run
    for secret in ("Tirana2026", code, token):
        assert secret not in text
