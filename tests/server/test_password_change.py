"""Password change, forced change, block and unblock through HTTP, with their notifications."""

from __future__ import annotations

from typing import Any

import pytest

from server_stub.clock import ManualClock
from tests.server.conftest import DEMO_PHONES, Api, problem


def _change(api: Api, current: str, new: str, token: str | None = None) -> Any:
    kwargs: dict[str, Any] = {"token": token} if token else {}
    return api.post(
        "/auth/password", json={"current_password": current, "new_password": new}, **kwargs
    )


def _categories(api: Api) -> list[str]:
    return [n["category"] for n in api.get("/notifications").json()["notifications"]]


def _forced_session(api: Api) -> dict[str, Any]:
    challenge = api.start_login("333333333")
    code = api.last_sms(DEMO_PHONES["333333333"])["code"]
    response = api.post("/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code})
    assert response.status_code == 200
    session: dict[str, Any] = response.json()
    return session


def test_change_keeps_this_session_and_ends_the_others(api: Api, clock: ManualClock) -> None:
    other = api.login()
    this = api.login()
    assert _change(api, "Tirana2026", "Berat2027", this).status_code == 204
    assert api.get("/accounts", token=this).status_code == 200
    problem(api.get("/me", token=other), 401, "session_expired")
    problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": "Tirana2026"}),
        401,
        "invalid_credentials",
    )
    api.login("123456789", "Berat2027")
    assert api.get("/me").json()["password_expires_at"].startswith("2027-05-22")
    events = api.get("/_stub/audit").json()["events"]
    assert "password_changed" in [e["type"] for e in events]
    notes = api.get("/notifications").json()["notifications"]
    assert [n["category"] for n in notes[:2]] == ["login", "password_change"]
    assert notes[1]["params"] == {"at": clock.now().isoformat()}


def test_wrong_current_password_counts_and_the_fifth_blocks(api: Api) -> None:
    token = api.login()
    for left in (4, 3, 2, 1):
        body = problem(_change(api, "Wrong1234", "Berat2027"), 401, "invalid_credentials")
        assert body["attempts_left"] == left
    body = problem(_change(api, "Wrong1234", "Berat2027"), 423, "user_blocked")
    assert body["call_center"] == "+355 4 2266 288"
    # The block ends the session, and the right password no longer logs in.
    problem(api.get("/me", token=token), 401, "session_expired")
    problem(
        api.post("/auth/login", json={"login_id": "123456789", "password": "Tirana2026"}),
        423,
        "user_blocked",
    )
    assert "user_blocked" in [e["type"] for e in api.get("/_stub/audit").json()["events"]]


def test_wrong_current_password_counts_with_wrong_logins(api: Api) -> None:
    api.login()
    for _ in range(2):
        problem(_change(api, "Wrong1234", "Berat2027"), 401, "invalid_credentials")
    for _ in range(2):
        problem(
            api.post("/auth/login", json={"login_id": "123456789", "password": "Wrong1234"}),
            401,
            "invalid_credentials",
        )
    problem(_change(api, "Wrong1234", "Berat2027"), 423, "user_blocked")


def test_unblock_resets_the_count(api: Api) -> None:
    api.login()
    for _ in range(5):
        _change(api, "Wrong1234", "Berat2027")
    assert api.post("/_stub/customers/123456789/unblock").status_code == 204
    assert api.post("/_stub/customers/J12345678A/unblock").status_code == 204  # harmless again
    api.login()
    body = problem(_change(api, "Wrong1234", "Berat2027"), 401, "invalid_credentials")
    assert body["attempts_left"] == 4
    types = [e["type"] for e in api.get("/_stub/audit").json()["events"]]
    assert "user_unblocked" in types


def test_unblock_of_an_unknown_customer(api: Api) -> None:
    problem(api.post("/_stub/customers/555555555/unblock"), 404, "customer_not_found")


def test_weak_new_password_does_not_count(api: Api) -> None:
    api.login()
    for _ in range(5):
        body = problem(_change(api, "Tirana2026", "password"), 422, "weak_password")
        assert body["violations"] == ["needs_digit", "too_common"]
    body = problem(_change(api, "Tirana2026", "x123456789"), 422, "weak_password")
    assert body["violations"] == ["contains_customer_number"]
    assert _change(api, "Tirana2026", "Berat2027").status_code == 204


def test_each_of_the_last_three_passwords_is_refused(api: Api) -> None:
    api.login()
    assert _change(api, "Tirana2026", "Elbasan2027").status_code == 204
    assert _change(api, "Elbasan2027", "Gjirokastra2027").status_code == 204
    for old in ("Tirana2026", "Elbasan2027", "Gjirokastra2027"):
        problem(_change(api, "Gjirokastra2027", old), 422, "password_reused")
    assert _change(api, "Gjirokastra2027", "Lushnja2027").status_code == 204
    # The history holds exactly three: the first password is allowed again.
    assert _change(api, "Lushnja2027", "Tirana2026").status_code == 204


@pytest.mark.parametrize(
    "body",
    [
        {"current_password": "Tirana2026"},
        {"new_password": "Berat2027"},
        {"current_password": "", "new_password": "Berat2027"},
        {"current_password": "Tirana2026", "new_password": "Berat2027", "extra": 1},
    ],
)
def test_malformed_change_request(api: Api, body: dict[str, Any]) -> None:
    api.login()
    problem(api.post("/auth/password", json=body), 422, "validation_error")


def test_change_needs_a_session(api: Api) -> None:
    problem(_change(api, "Tirana2026", "Berat2027"), 401, "session_expired")


def test_forced_change_of_333333333(api: Api) -> None:
    session = _forced_session(api)
    assert session["password_change_required"] is True
    assert session["password_expires_at"].startswith("2026-11-03")  # 200 - 180 days ago
    token = session["access_token"]
    for method, path in (
        ("GET", "/accounts"),
        ("GET", "/notifications"),
        ("GET", "/notifications/settings"),
        ("GET", "/complaints"),
    ):
        problem(api.request(method, path, token=token), 403, "password_change_required")
    assert api.get("/me", token=token).status_code == 200
    assert api.post("/auth/keepalive", token=token).status_code == 204
    problem(_change(api, "Vlora2026", "Vlora2026", token), 422, "password_reused")
    problem(_change(api, "Vlora2026", "vlora", token), 422, "weak_password")
    problem(api.get("/accounts", token=token), 403, "password_change_required")
    assert _change(api, "Vlora2026", "Saranda2027", token).status_code == 204
    # The same session may now do everything, and the next login is not restricted.
    assert api.get("/accounts", token=token).status_code == 200
    assert api.get("/notifications", token=token).status_code == 200
    api.post("/auth/logout", token=token)
    session = api.post(
        "/auth/otp",
        json={
            "challenge_id": api.start_login("333333333", "Saranda2027")["challenge_id"],
            "otp": api.last_sms(DEMO_PHONES["333333333"])["code"],
        },
    ).json()
    assert session["password_change_required"] is False
    assert session["password_expires_at"].startswith("2027-05-22")


def test_forced_session_can_log_out(api: Api) -> None:
    token = _forced_session(api)["access_token"]
    assert api.post("/auth/logout", token=token).status_code == 204
    problem(api.get("/me", token=token), 401, "session_expired")


def test_password_expires_after_180_days(api: Api, clock: ManualClock) -> None:
    clock.advance(days=150)  # the demo password was set 30 days before the start
    assert api.post(
        "/auth/otp",
        json={
            "challenge_id": api.start_login("123456789")["challenge_id"],
            "otp": api.last_sms(DEMO_PHONES["123456789"])["code"],
        },
    ).json()["password_change_required"]


def test_login_and_password_change_notifications(api: Api) -> None:
    api.login()
    assert _categories(api) == ["login"]
    assert _change(api, "Tirana2026", "Berat2027").status_code == 204
    assert _categories(api) == ["password_change", "login"]


def test_no_notifications_of_switched_off_categories(api: Api) -> None:
    api.login()
    api.put(
        "/notifications/settings",
        json={"categories": {"login": False, "password_change": False}},
    )
    assert _change(api, "Tirana2026", "Berat2027").status_code == 204
    api.login("123456789", "Berat2027")
    assert _categories(api) == ["login"]  # only the one from before the switch
