"""Complaints and suggestions through HTTP: field rules, references, lists, the stub control."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from server_stub.app import create_app
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.server.conftest import DEMO_PHONES, Api, problem

FORM: dict[str, Any] = {
    "kind": "complaint",
    "category": "payments",
    "subject": "Transferta nuk arriti",
    "message": "Transferta e djeshme drejt llogarisë së nënës nuk është kredituar ende.",
    "contact_channel": "email",
    "contact_value": "mira.leka@example.al",
}


def _submit(api: Api, **changes: Any) -> dict[str, Any]:
    response = api.post("/complaints", json=FORM | changes)
    assert response.status_code == 201, response.text
    return response.json()


def _errors(api: Api, body: dict[str, Any]) -> list[dict[str, str]]:
    return problem(api.post("/complaints", json=body), 422, "validation_error")["errors"]


def test_a_complaint_is_received_with_a_reference(api: Api, clock: ManualClock) -> None:
    api.login()
    receipt = _submit(api)
    assert re.fullmatch(r"ANK-2026-\d{6}", receipt["reference"])
    assert receipt["status"] == "received"
    assert receipt["created_at"] == clock.now().isoformat()
    events = api.get("/_stub/audit", params={"limit": 5}).json()["events"]
    submitted = [e for e in events if e["type"] == "complaint_submitted"]
    assert submitted == [
        {
            "at": clock.now().isoformat(),
            "type": "complaint_submitted",
            "customer_number": "123456789",
            "detail": receipt["reference"],
        }
    ]


def test_references_are_unique_and_name_the_kind(api: Api) -> None:
    api.login()
    first = _submit(api)["reference"]
    second = _submit(api, kind="suggestion", contact_channel="none", contact_value=None)
    third = _submit(api)["reference"]
    assert re.fullmatch(r"SUG-2026-\d{6}", second["reference"])
    numbers = [int(r[-6:]) for r in (first, second["reference"], third)]
    assert numbers == sorted(set(numbers))  # one sequence for both kinds, never repeated


def test_reference_year_is_tiranas(api: Api, clock: ManualClock) -> None:
    from datetime import UTC, datetime

    # 23:30 UTC on New Year's Eve is already 2027 in Tirana.
    clock.jump_to(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    api.login()
    assert _submit(api)["reference"].startswith("ANK-2027-")


def test_list_is_newest_first_with_every_field(api: Api, clock: ManualClock) -> None:
    api.login()
    old = _submit(api)
    clock.advance(minutes=5)
    new = _submit(
        api,
        kind="suggestion",
        category="internet_branch",
        subject="  Tema e errët  ",
        contact_channel="phone",
        contact_value="069 123 4567",
    )
    body = api.get("/complaints").json()
    assert body["next_cursor"] is None
    assert [c["reference"] for c in body["complaints"]] == [new["reference"], old["reference"]]
    assert body["complaints"][0] == {
        "reference": new["reference"],
        "kind": "suggestion",
        "category": "internet_branch",
        "subject": "Tema e errët",  # surrounding spaces are not kept
        "message": FORM["message"],
        "contact_channel": "phone",
        "contact_value": "+355691234567",  # stored in E.164
        "status": "received",
        "created_at": new["created_at"],
        "updated_at": new["created_at"],
    }
    one = api.get(f"/complaints/{old['reference']}").json()
    assert one == body["complaints"][1]
    assert api.get(f"/complaints/{old['reference'].lower()}").json() == one


def test_list_pages_with_a_cursor(api: Api) -> None:
    api.login()
    references = [_submit(api)["reference"] for _ in range(5)]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = api.get("/complaints", params=params).json()
        assert len(body["complaints"]) <= 2
        seen += [c["reference"] for c in body["complaints"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == references[::-1]


def test_list_refuses_bad_limits_and_cursors(api: Api) -> None:
    api.login()
    for _ in range(2):
        _submit(api)
    cursor = api.get("/complaints", params={"limit": 1}).json()["next_cursor"]
    for params in ({"limit": 0}, {"limit": 501}, {"cursor": "forged"}, {"cursor": cursor[1:]}):
        problem(api.get("/complaints", params=params), 422, "validation_error")
    # A notifications cursor does not page complaints.
    api.login()  # a second login notification, so that there is a second page
    notes_cursor = api.get("/notifications", params={"limit": 1}).json()["next_cursor"]
    problem(api.get("/complaints", params={"cursor": notes_cursor}), 422, "validation_error")


def test_customers_see_only_their_own(api: Api) -> None:
    api.login()
    mine = _submit(api)["reference"]
    api.login("987654321")
    assert api.get("/complaints").json() == {"complaints": [], "next_cursor": None}
    problem(api.get(f"/complaints/{mine}"), 404, "complaint_not_found")
    problem(api.get("/complaints/ANK-2026-999999"), 404, "complaint_not_found")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"subject": ""}, [("subject", "required")]),
        ({"subject": "    "}, [("subject", "required")]),
        ({"subject": "x" * 121}, [("subject", "too_long")]),
        ({"message": "Shkurt"}, [("message", "too_short")]),
        ({"message": "   abc      "}, [("message", "too_short")]),
        ({"message": "\n\t  "}, [("message", "required")]),
        ({"message": "x" * 4001}, [("message", "too_long")]),
        ({"contact_value": "mira.leka"}, [("contact_value", "invalid_email")]),
        ({"contact_value": "mira@@example.al"}, [("contact_value", "invalid_email")]),
        ({"contact_value": "mira leka@example.al"}, [("contact_value", "invalid_email")]),
        ({"contact_value": None}, [("contact_value", "required")]),
        ({"contact_value": "  "}, [("contact_value", "required")]),
        (
            {"contact_channel": "phone", "contact_value": "12345"},
            [("contact_value", "invalid_phone")],
        ),
        (
            {"contact_channel": "phone", "contact_value": "+355 69 123"},
            [("contact_value", "invalid_phone")],
        ),
        (
            {"contact_channel": "phone", "contact_value": "mira@example.al"},
            [("contact_value", "invalid_phone")],
        ),
        ({"contact_channel": "phone", "contact_value": None}, [("contact_value", "required")]),
        ({"contact_channel": "none"}, [("contact_value", "not_allowed")]),
        ({"contact_channel": "none", "contact_value": ""}, [("contact_value", "not_allowed")]),
        (
            {"subject": "", "message": "x" * 4001, "contact_value": "nope"},
            [("subject", "required"), ("message", "too_long"), ("contact_value", "invalid_email")],
        ),
    ],
)
def test_field_errors_name_the_field_and_rule(
    api: Api, changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    api.login()
    errors = _errors(api, FORM | changes)
    assert [(e["field"], e["code"]) for e in errors] == expected
    assert api.get("/complaints").json()["complaints"] == []


@pytest.mark.parametrize("field", ["kind", "category", "subject", "message", "contact_channel"])
def test_each_field_is_required(api: Api, field: str) -> None:
    api.login()
    body = {k: v for k, v in FORM.items() if k != field}
    assert {"field": field, "code": "required"} in _errors(api, body)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "praise"}, "kind"),
        ({"category": "loans"}, "category"),
        ({"contact_channel": "fax"}, "contact_channel"),
        ({"attachment": "x"}, "attachment"),
    ],
)
def test_unknown_choices_are_refused(api: Api, changes: dict[str, Any], field: str) -> None:
    api.login()
    assert field in [e["field"] for e in _errors(api, FORM | changes)]


def test_limits_are_inclusive(api: Api) -> None:
    api.login()
    receipt = _submit(api, subject="x" * 120, message="m" * 4000)
    assert receipt["status"] == "received"
    _submit(api, subject="x", message="0123456789")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("069 123 4567", "+355691234567"),
        ("0682223333", "+355682223333"),
        ("+355 67 400 0018", "+355674000018"),
        ("00355 69 123 4567", "+355691234567"),
        ("+355 4 2266 288", "+35542266288"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+1 (212) 555-0100", "+12125550100"),
    ],
)
def test_phone_numbers_are_accepted_and_stored_in_e164(api: Api, typed: str, stored: str) -> None:
    api.login()
    reference = _submit(api, contact_channel="phone", contact_value=typed)["reference"]
    assert api.get(f"/complaints/{reference}").json()["contact_value"] == stored


@pytest.mark.parametrize(
    "typed", ["069123456", "06912345678", "0551234567", "+35569123456", "+355691234567890", "+0123"]
)
def test_implausible_phone_numbers_are_refused(api: Api, typed: str) -> None:
    api.login()
    errors = _errors(api, FORM | {"contact_channel": "phone", "contact_value": typed})
    assert errors == [{"field": "contact_value", "code": "invalid_phone"}]


@pytest.mark.parametrize("email", ["a@b.al", "mira.leka+bank@mail.example.com", " x_y@z-w.org "])
def test_email_addresses_are_accepted(api: Api, email: str) -> None:
    api.login()
    reference = _submit(api, contact_value=email)["reference"]
    assert api.get(f"/complaints/{reference}").json()["contact_value"] == email.strip()


def test_complaints_need_a_session_and_a_changed_password(api: Api) -> None:
    problem(api.post("/complaints", json=FORM, token=None), 401, "session_expired")
    problem(api.get("/complaints", token=None), 401, "session_expired")
    challenge = api.start_login("333333333")
    code = api.last_sms(DEMO_PHONES["333333333"])["code"]
    token = api.post(
        "/auth/otp", json={"challenge_id": challenge["challenge_id"], "otp": code}
    ).json()["access_token"]
    problem(api.post("/complaints", json=FORM, token=token), 403, "password_change_required")
    problem(api.get("/complaints", token=token), 403, "password_change_required")


def _set_status(api: Api, reference: str, **body: Any) -> Any:
    return api.post(f"/_stub/complaints/{reference}/status", json=body)


def _updates(api: Api) -> list[dict[str, Any]]:
    notes = api.get("/notifications", params={"limit": 500}).json()["notifications"]
    return [n["params"] for n in notes if n["category"] == "complaint_update"]


def test_stub_moves_a_complaint_along_and_notifies(api: Api, clock: ManualClock) -> None:
    api.login()
    receipt = _submit(api)
    reference = receipt["reference"]
    clock.advance(hours=2)
    api.login()  # the first session has idled out meanwhile
    response = _set_status(api, reference, status="in_review")
    assert response.status_code == 200
    moved = response.json()
    assert moved["status"] == "in_review"
    assert moved["updated_at"] == clock.now().isoformat()
    assert moved["created_at"] == receipt["created_at"]
    assert api.get("/complaints").json()["complaints"][0] == moved
    assert _updates(api) == [{"reference": reference, "status": "in_review"}]
    clock.advance(days=1)
    api.login()
    resolved = _set_status(api, reference, status="resolved", note="Kredituar më 24.11").json()
    assert resolved["status"] == "resolved"
    assert _updates(api)[0] == {
        "reference": reference,
        "status": "resolved",
        "note": "Kredituar më 24.11",
    }
    # The same status again changes nothing and notifies no one.
    assert _set_status(api, reference, status="resolved").json() == resolved
    assert len(_updates(api)) == 2


def test_stub_status_honours_the_settings(api: Api) -> None:
    api.login()
    reference = _submit(api)["reference"]
    api.put("/notifications/settings", json={"categories": {"complaint_update": False}})
    assert _set_status(api, reference, status="in_review").json()["status"] == "in_review"
    assert _updates(api) == []


def test_stub_status_refusals(api: Api) -> None:
    api.login()
    reference = _submit(api)["reference"]
    problem(_set_status(api, "ANK-2026-999999", status="resolved"), 404, "complaint_not_found")
    for body in ({"status": "received"}, {"status": "closed"}, {}, {"status": "resolved", "x": 1}):
        problem(
            api.post(f"/_stub/complaints/{reference}/status", json=body), 422, "validation_error"
        )
    problem(_set_status(api, reference, status="resolved", note="n" * 501), 422, "validation_error")


def test_stub_control_is_also_at_the_root(api: Api) -> None:
    api.login()
    reference = _submit(api)["reference"]
    response = api.post(
        f"http://127.0.0.1/_stub/complaints/{reference}/status", json={"status": "in_review"}
    )
    assert response.status_code == 200


def test_stub_control_answers_only_on_loopback(backend: Backend, api: Api) -> None:
    api.login()
    reference = _submit(api)["reference"]

    async def from_afar() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(backend=backend), client=("192.0.2.7", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://bank.example") as client:
            return await client.post(
                f"/api/v1/_stub/complaints/{reference}/status", json={"status": "resolved"}
            )

    problem(asyncio.run(from_afar()), 404, "not_found")
    assert api.get(f"/complaints/{reference}").json()["status"] == "received"
