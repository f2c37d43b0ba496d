"""Saved payees through HTTP: add, list in pages, rename, delete; one customer's own only."""

from __future__ import annotations

import pytest

from server_stub.domain import iban
from server_stub.seed import account_iban
from tests.server.conftest import Api, problem
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN


def test_add_list_rename_delete(api: Api) -> None:
    api.login()
    assert api.get("/beneficiaries").json() == {"beneficiaries": [], "next_cursor": None}
    grouped = " ".join(OTHER_BANK_IBAN[i : i + 4] for i in range(0, 28, 4))
    response = api.post("/beneficiaries", json={"name": "Drita Hoxha", "iban": grouped})
    assert response.status_code == 201
    saved = response.json()
    assert saved["name"] == "Drita Hoxha"
    assert saved["iban"] == OTHER_BANK_IBAN
    assert api.get("/beneficiaries").json()["beneficiaries"] == [saved]

    renamed = api.request("PATCH", f"/beneficiaries/{saved['id']}", json={"name": "Mami"})
    assert renamed.status_code == 200
    assert renamed.json() == {**saved, "name": "Mami"}
    assert api.get("/beneficiaries").json()["beneficiaries"][0]["name"] == "Mami"

    assert api.delete(f"/beneficiaries/{saved['id']}").status_code == 204
    assert api.get("/beneficiaries").json()["beneficiaries"] == []
    problem(api.delete(f"/beneficiaries/{saved['id']}"), 404, "beneficiary_not_found")


def test_saving_an_iban_twice_answers_the_saved_one(api: Api) -> None:
    api.login()
    first = api.post("/beneficiaries", json={"name": "Elira", "iban": PEER_IBAN})
    again = api.post("/beneficiaries", json={"name": "Elira D.", "iban": PEER_IBAN.lower()})
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json() == first.json()
    assert len(api.get("/beneficiaries").json()["beneficiaries"]) == 1


@pytest.mark.parametrize(
    "bad",
    ["AL00" + OTHER_BANK_IBAN[4:], "DE89370400440532013000", account_iban("555555555", 1)],
)
def test_invalid_iban_is_refused(api: Api, bad: str) -> None:
    api.login()
    problem(api.post("/beneficiaries", json={"name": "X", "iban": bad}), 422, "invalid_iban")


def test_validation_errors(api: Api) -> None:
    api.login()
    for body in (
        {"name": "", "iban": PEER_IBAN},
        {"name": "   ", "iban": PEER_IBAN},
        {"name": "x" * 121, "iban": PEER_IBAN},
        {"iban": PEER_IBAN},
        {"name": "X", "iban": PEER_IBAN, "extra": 1},
    ):
        problem(api.post("/beneficiaries", json=body), 422, "validation_error")
    for params in ({"limit": 0}, {"limit": 501}, {"cursor": "!!"}):
        problem(api.get("/beneficiaries", params=params), 422, "validation_error")


def test_pages_by_name(api: Api) -> None:
    api.login()
    names = ["Zana", "Ana", "Ëndri", "Besa", "Çlirim", "Dea", "Ana"]
    for n, name in enumerate(names):
        iban = account_iban("987654321", 1) if n == 0 else None
        body = {"name": name, "iban": iban or _other_bank_iban(n)}
        assert api.post("/beneficiaries", json=body).status_code == 201
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = api.get("/beneficiaries", params=params).json()
        seen += [b["name"] for b in page["beneficiaries"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(names)
    assert len(seen) == len(names)


def _other_bank_iban(n: int) -> str:
    return iban.make("212", "1100", "9", f"{n:016d}")


def test_another_customers_beneficiary_is_not_found(api: Api) -> None:
    api.login()
    saved = api.post("/beneficiaries", json={"name": "Drita", "iban": OTHER_BANK_IBAN}).json()
    api.login("987654321")
    assert api.get("/beneficiaries").json()["beneficiaries"] == []
    problem(
        api.request("PATCH", f"/beneficiaries/{saved['id']}", json={"name": "X"}),
        404,
        "beneficiary_not_found",
    )
    problem(api.delete(f"/beneficiaries/{saved['id']}"), 404, "beneficiary_not_found")


def test_beneficiaries_need_a_session(api: Api) -> None:
    problem(api.get("/beneficiaries"), 401, "session_expired")
