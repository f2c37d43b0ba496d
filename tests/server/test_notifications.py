"""Notifications through HTTP: keyset pages, read marks, unread count, settings, polling."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from server_stub.clock import ManualClock
from server_stub.services import notify
from server_stub.services.backend import Backend
from server_stub.services.notify import CATEGORIES
from tests.server.conftest import DEMO_PHONES, Api, problem


def _notify(backend: Backend, customer_number: str, count: int, category: str) -> None:
    """Creates notifications the way the services do (through notify, honouring settings)."""
    from sqlalchemy import select

    from server_stub.store.tables import customers

    now = backend.clock.now()
    with backend.db.write() as conn:
        customer_id = conn.execute(
            select(customers.c.id).where(customers.c.customer_number == customer_number)
        ).scalar_one()
        for n in range(count):
            notify.notify(conn, customer_id, category, {"n": n, "amount": "10.00"}, now)


def _all(api: Api, **params: Any) -> list[dict[str, Any]]:
    """Every notification, walking the pages."""
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = dict(params) | ({"cursor": cursor} if cursor else {})
        body = api.get("/notifications", params=query).json()
        seen += body["notifications"]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


def test_login_creates_a_notification(api: Api, clock: ManualClock) -> None:
    api.login()
    body = api.get("/notifications").json()
    assert body["next_cursor"] is None
    assert body["unread_count"] == 1
    [note] = body["notifications"]
    assert note["category"] == "login"
    assert note["read"] is False
    assert note["params"] == {"at": clock.now().isoformat(), "channel": "internet"}
    assert note["created_at"] == clock.now().isoformat()
    assert isinstance(note["id"], int)


def test_pages_are_newest_first_and_complete(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 7, "incoming_transfer")
    first = api.get("/notifications", params={"limit": 3}).json()
    assert len(first["notifications"]) == 3
    assert first["notifications"][0]["params"]["n"] == 6  # the newest
    assert first["next_cursor"]
    assert first["unread_count"] == 8  # all of them, not this page's
    every = _all(api, limit=3)
    ids = [n["id"] for n in every]
    assert len(ids) == 8
    assert ids == sorted(ids, reverse=True)
    assert every[-1]["category"] == "login"  # the oldest


def test_default_limit_is_50(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 60, "incoming_transfer")
    body = api.get("/notifications").json()
    assert len(body["notifications"]) == 50
    rest = api.get("/notifications", params={"cursor": body["next_cursor"]}).json()
    assert len(rest["notifications"]) == 11
    assert rest["next_cursor"] is None


@pytest.mark.parametrize("limit", [0, 501, -1, "x"])
def test_limit_outside_1_to_500_is_refused(api: Api, limit: object) -> None:
    api.login()
    body = problem(api.get("/notifications", params={"limit": limit}), 422, "validation_error")
    assert body["errors"][0]["field"] == "limit"


def test_limit_500_is_allowed(api: Api) -> None:
    api.login()
    assert api.get("/notifications", params={"limit": 500}).status_code == 200


def _tamper(cursor: str) -> str:
    """The same signature over a body that points elsewhere."""
    body, _, mac = cursor.partition(".")
    scope, _last = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    forged = base64.urlsafe_b64encode(json.dumps([scope, 10**6]).encode()).rstrip(b"=")
    return f"{forged.decode()}.{mac}"


def test_forged_cursors_are_refused(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 3, "incoming_transfer")
    cursor = api.get("/notifications", params={"limit": 1}).json()["next_cursor"]
    assert api.get("/notifications", params={"cursor": cursor}).status_code == 200
    for forged in ("garbage", "a.b", ".", cursor + "x", _tamper(cursor), "ë.ç", "x" * 512):
        body = problem(
            api.get("/notifications", params={"cursor": forged}), 422, "validation_error"
        )
        assert body["errors"] == [{"field": "cursor", "code": "invalid"}]


def test_another_customers_cursor_is_refused(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 3, "incoming_transfer")
    cursor = api.get("/notifications", params={"limit": 1}).json()["next_cursor"]
    api.login("987654321")
    problem(api.get("/notifications", params={"cursor": cursor}), 422, "validation_error")


def test_customers_see_only_their_own(api: Api, backend: Backend) -> None:
    _notify(backend, "987654321", 4, "outgoing_transfer")
    api.login()
    assert [n["category"] for n in _all(api)] == ["login"]


def test_mark_one_read(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 2, "incoming_transfer")
    newest = api.get("/notifications").json()["notifications"][0]
    assert api.post(f"/notifications/{newest['id']}/read").status_code == 204
    body = api.get("/notifications").json()
    assert body["unread_count"] == 2
    assert body["notifications"][0] == {**newest, "read": True}
    unread = api.get("/notifications", params={"unread_only": "true"}).json()
    assert newest["id"] not in [n["id"] for n in unread["notifications"]]
    assert len(unread["notifications"]) == 2
    # Marking again is harmless.
    assert api.post(f"/notifications/{newest['id']}/read").status_code == 204


def test_unread_only_pages_too(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 5, "incoming_transfer")
    everything = _all(api)
    for note in everything[::2]:
        api.post(f"/notifications/{note['id']}/read")
    unread = _all(api, unread_only="true", limit=1)
    assert [n["id"] for n in unread] == [n["id"] for n in everything[1::2]]
    assert all(not n["read"] for n in unread)


def test_another_customers_notification_is_not_found(api: Api, backend: Backend) -> None:
    api.login("987654321")
    theirs = api.get("/notifications").json()["notifications"][0]["id"]
    api.login()
    problem(api.post(f"/notifications/{theirs}/read"), 404, "notification_not_found")
    problem(api.post("/notifications/999999/read"), 404, "notification_not_found")
    # Still unread for its owner.
    api.login("987654321")
    mine = api.get("/notifications").json()["notifications"]
    assert [n["read"] for n in mine if n["id"] == theirs] == [False]


@pytest.mark.parametrize("bad_id", ["abc", "0", str(2**63)])
def test_malformed_notification_id(api: Api, bad_id: str) -> None:
    api.login()
    problem(api.post(f"/notifications/{bad_id}/read"), 422, "validation_error")


def test_read_all(api: Api, backend: Backend) -> None:
    api.login()
    _notify(backend, "123456789", 3, "incoming_transfer")
    assert api.post("/notifications/read-all").status_code == 204
    body = api.get("/notifications").json()
    assert body["unread_count"] == 0
    assert all(n["read"] for n in body["notifications"])
    assert api.get("/notifications", params={"unread_only": "1"}).json()["notifications"] == []


def test_settings_default_to_every_category_on(api: Api) -> None:
    api.login()
    assert api.get("/notifications/settings").json() == {
        "categories": dict.fromkeys(CATEGORIES, True)
    }


def test_settings_round_trip_with_a_subset(api: Api) -> None:
    api.login()
    response = api.put("/notifications/settings", json={"categories": {"login": False}})
    assert response.status_code == 200
    expected = dict.fromkeys(CATEGORIES, True) | {"login": False}
    assert response.json() == {"categories": expected}
    response = api.put(
        "/notifications/settings",
        json={"categories": {"incoming_transfer": False, "complaint_update": False}},
    )
    expected |= {"incoming_transfer": False, "complaint_update": False}
    assert response.json() == {"categories": expected}
    assert api.get("/notifications/settings").json() == {"categories": expected}
    api.put("/notifications/settings", json={"categories": {"login": True}})
    assert api.get("/notifications/settings").json()["categories"]["login"] is True
    # Settings are per customer.
    api.login("987654321")
    assert api.get("/notifications/settings").json() == {
        "categories": dict.fromkeys(CATEGORIES, True)
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"categories": {"marketing": True}}, "categories.marketing"),
        ({"categories": {"login": "yes"}}, "categories.login"),
        ({"categories": {"login": 1}}, "categories.login"),
        ({}, "categories"),
        ({"categories": {}, "extra": 1}, "extra"),
    ],
)
def test_settings_refuse_unknown_categories_and_non_booleans(
    api: Api, body: dict[str, Any], field: str
) -> None:
    api.login()
    problem_body = problem(api.put("/notifications/settings", json=body), 422, "validation_error")
    assert field in [e["field"] for e in problem_body["errors"]]
    assert api.get("/notifications/settings").json()["categories"]["login"] is True


def test_switched_off_category_is_not_created(api: Api, backend: Backend) -> None:
    api.login()
    api.put("/notifications/settings", json={"categories": {"incoming_transfer": False}})
    _notify(backend, "123456789", 2, "incoming_transfer")
    _notify(backend, "123456789", 1, "outgoing_transfer")
    assert [n["category"] for n in _all(api)] == ["outgoing_transfer", "login"]
    api.put("/notifications/settings", json={"categories": {"incoming_transfer": True}})
    _notify(backend, "123456789", 1, "incoming_transfer")
    assert _all(api)[0]["category"] == "incoming_transfer"


def test_background_polling_leaves_the_idle_timer_alone(api: Api, clock: ManualClock) -> None:
    api.login()
    background = {"X-Background": "1"}
    clock.advance(seconds=200)
    assert api.get("/notifications", headers=background).status_code == 200
    clock.advance(seconds=101)
    problem(api.get("/notifications", headers=background), 401, "session_expired")


def test_foreground_reading_restarts_the_idle_timer(api: Api, clock: ManualClock) -> None:
    api.login()
    clock.advance(seconds=200)
    assert api.get("/notifications").status_code == 200
    clock.advance(seconds=200)
    assert api.get("/notifications/settings").status_code == 200


def test_notifications_need_a_session_and_a_changed_password(api: Api) -> None:
    for path in ("/notifications", "/notifications/settings"):
        problem(api.get(path, token=None), 401, "session_expired")
    challenge = api.start_login("333333333")
    code = api.last_sms(DEMO_PHONES["333333333"])["code"]
    token = api.post(
        "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}
    ).json()["access_token"]
    problem(api.get("/notifications", token=token), 403, "password_change_required")
    problem(api.post("/notifications/read-all", token=token), 403, "password_change_required")
    problem(
        api.put("/notifications/settings", token=token, json={"categories": {}}),
        403,
        "password_change_required",
    )


def test_openapi_documents_the_endpoints(api: Api) -> None:
    paths = api.get("http://127.0.0.1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/notifications",
        "/api/v1/notifications/{notification_id}/read",
        "/api/v1/notifications/read-all",
        "/api/v1/notifications/settings",
    ):
        assert path in paths
