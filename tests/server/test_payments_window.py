"""The nightly window (21:00-24:00, Tirana) and payments scheduled to run after it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from server_stub.app import create_app, create_backend
from server_stub.clock import ManualClock
from server_stub.runner import ServerThread
from server_stub.services.backend import Backend
from server_stub.services.scheduler import run_due_payments
from tests.conftest import server_settings
from tests.server.conftest import Api, problem
from tests.server.payment_helpers import (
    OTHER_BANK_IBAN,
    at,
    balance,
    code_for,
    confirm,
    create,
    created,
    lines_of,
    my_accounts,
    notes_of,
    order,
    pay,
    status_of,
    top_up,
    totals,
)

WINDOW = {
    "window_start": "2026-11-23T21:00:00+01:00",
    "window_end": "2026-11-24T00:00:00+01:00",
    "available_at": "2026-11-24T00:00:00+01:00",
}


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        ("2026-11-23 20:59:59", True),
        ("2026-11-23 21:00:00", False),
        ("2026-11-23 23:59:59", False),
        ("2026-11-24 00:00:00", True),
    ],
)
def test_the_window_edges(api: Api, clock: ManualClock, moment: str, open_: bool) -> None:
    at(clock, moment)
    api.login()
    body = order(my_accounts(api)["ALL"])
    response = create(api, body)
    quote = api.post("/payments/quote", json=body)
    if open_:
        assert response.status_code == 201, response.text
        assert quote.status_code == 200
    else:
        refused = problem(response, 409, "cutoff_window")
        expected = dict(WINDOW)
        assert {k: refused[k] for k in expected} == expected
        assert problem(quote, 409, "cutoff_window")["available_at"] == WINDOW["available_at"]


def test_created_before_and_confirmed_in_the_window_is_refused(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    at(clock, "2026-11-23 20:59:00")
    api.login()
    mine = my_accounts(api)["ALL"]
    payment = created(api, order(mine))
    at(clock, "2026-11-23 21:00:00")
    # The code is looked at before the window: a wrong one is still just a wrong code.
    wrong = "000000" if code_for(api, payment) != "000000" else "111111"
    problem(confirm(api, payment, wrong), 401, "invalid_otp")
    body = problem(confirm(api, payment), 409, "cutoff_window")
    assert body["available_at"] == WINDOW["available_at"]
    assert status_of(api, payment["id"]) == "rejected"
    assert lines_of(backend, payment["id"]) == []
    assert balance(backend, mine["id"]) == 25_000_000


def test_logging_in_cancelling_and_beneficiaries_work_in_the_window(
    api: Api, clock: ManualClock
) -> None:
    at(clock, "2026-11-23 20:58:00")
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"]))
    at(clock, "2026-11-23 21:01:00")
    api.login()
    assert api.post(f"/payments/{payment['id']}/cancel").status_code == 200
    saved = api.post("/beneficiaries", json={"name": "Drita", "iban": OTHER_BANK_IBAN})
    assert saved.status_code == 201
    assert api.get("/fx-rates").status_code == 200


def _schedule(api: Api, amount: str = "1500.00", **extra: str) -> dict[str, str]:
    payment = created(
        api, order(my_accounts(api)["ALL"], amount=amount, schedule="after_window", **extra)
    )
    assert payment["execute_at"] == WINDOW["available_at"]
    response = confirm(api, payment)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "id": payment["id"],
        "status": "scheduled",
        "execute_at": WINDOW["available_at"],
    }
    return payment


def test_after_window_runs_at_the_first_minute_after_the_window(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    at(clock, "2026-11-23 21:30:00")
    api.login()
    mine = my_accounts(api)["ALL"]
    before = totals(backend)
    payment = _schedule(api)
    assert status_of(api, payment["id"]) == "scheduled"
    assert balance(backend, mine["id"]) == 25_000_000
    at(clock, "2026-11-23 23:59:59")
    assert run_due_payments(backend) == 0
    at(clock, "2026-11-24 00:00:00")
    assert run_due_payments(backend) == 1
    assert run_due_payments(backend) == 0  # nothing runs twice
    api.login()
    shown = api.get(f"/payments/{payment['id']}").json()
    assert shown["status"] == "executed"
    assert shown["executed_at"] == "2026-11-24T00:00:00+01:00"
    assert balance(backend, mine["id"]) == 25_000_000 - 150000
    assert len(lines_of(backend, payment["id"])) == 2
    assert totals(backend) == before
    [note] = notes_of(backend, "outgoing_transfer")
    assert '"status": "executed"' in note["params_json"]
    assert len(notes_of(backend, "incoming_transfer")) == 1
    events = [e["type"] for e in api.get("/_stub/audit").json()["events"]]
    assert "payment_executed" in events


def test_scheduled_payment_is_rejected_when_the_funds_are_gone(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    at(clock, "2026-11-23 22:00:00")
    api.login()
    mine = my_accounts(api)["ALL"]
    first = _schedule(api, "200000.00")
    clock.advance(minutes=1)  # scheduled payments run in the order they were made
    # Each alone fits the balance, so both are accepted now; at midnight only one can be paid.
    second = _schedule(api, "200000.00", creditor_iban=OTHER_BANK_IBAN)
    at(clock, "2026-11-24 00:00:30")
    assert run_due_payments(backend) == 2
    api.login()
    assert status_of(api, first["id"]) == "executed"
    rejected = api.get(f"/payments/{second['id']}").json()
    assert rejected["status"] == "rejected"
    assert rejected["error_code"] == "insufficient_funds"
    assert balance(backend, mine["id"]) == 25_000_000 - 20_000_000
    notes = [n["params_json"] for n in notes_of(backend, "outgoing_transfer")]
    assert any('"status": "rejected"' in n and "insufficient_funds" in n for n in notes)
    events = [e["type"] for e in api.get("/_stub/audit").json()["events"]]
    assert "payment_rejected" in events


def test_scheduled_payment_is_rejected_over_the_daily_limit(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    at(clock, "2026-11-23 22:00:00")
    api.login()
    mine = my_accounts(api)["ALL"]
    top_up(backend, mine["id"], "2000000.00")
    late = _schedule(api, "600000.00")
    # Another payment on the new day before the scheduler gets to this one (a slow runner):
    # the scheduled one counts for the day it runs on, and that day's limit is then used up.
    at(clock, "2026-11-24 00:00:00")
    api.login()
    pay(api, order(mine, amount="600000.00"))
    assert run_due_payments(backend) == 1
    assert api.get(f"/payments/{late['id']}").json()["error_code"] == "daily_limit_exceeded"


def test_after_window_outside_the_window_behaves_like_now(api: Api, backend: Backend) -> None:
    api.login()
    mine = my_accounts(api)["ALL"]
    payment = created(api, order(mine, schedule="after_window"))
    assert payment["execute_at"] is None
    result = confirm(api, payment).json()
    assert result["status"] == "executed"
    assert balance(backend, mine["id"]) == 25_000_000 - 150000


def test_after_window_created_before_and_confirmed_in_the_window_is_scheduled(
    api: Api, clock: ManualClock
) -> None:
    at(clock, "2026-11-23 20:59:00")
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"], schedule="after_window"))
    at(clock, "2026-11-23 21:00:00")
    result = confirm(api, payment).json()
    assert result["status"] == "scheduled"
    assert result["execute_at"] == WINDOW["available_at"]


def test_a_scheduled_payment_can_be_cancelled_in_the_window(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    at(clock, "2026-11-23 21:10:00")
    api.login()
    payment = _schedule(api)
    assert api.post(f"/payments/{payment['id']}/cancel").json()["status"] == "cancelled"
    at(clock, "2026-11-24 00:01:00")
    assert run_due_payments(backend) == 0
    assert lines_of(backend, payment["id"]) == []


def test_scheduled_payments_run_after_a_restart(tmp_path: Path, clock: ManualClock) -> None:
    first = create_backend(server_settings(tmp_path), clock)
    api = Api(first)
    try:
        at(clock, "2026-11-23 23:00:00")
        api.login()
        mine = my_accounts(api)["ALL"]
        payment = _schedule(api)
    finally:
        api.close()
        first.db.dispose()
    # A new server process on the same database file, started after midnight.
    at(clock, "2026-11-24 00:05:00")
    second = create_backend(server_settings(tmp_path), clock)
    try:
        assert run_due_payments(second) == 1
        assert balance(second, mine["id"]) == 25_000_000 - 150000
        assert len(lines_of(second, payment["id"])) == 2
    finally:
        second.db.dispose()


def test_the_app_runs_due_payments_when_it_starts(tmp_path: Path, clock: ManualClock) -> None:
    first = create_backend(server_settings(tmp_path), clock)
    api = Api(first)
    try:
        at(clock, "2026-11-23 23:00:00")
        api.login()
        payment = _schedule(api)
    finally:
        api.close()
        first.db.dispose()
    at(clock, "2026-11-24 00:00:00")
    second = create_backend(server_settings(tmp_path), clock)
    server = ServerThread(create_app(backend=second)).start()
    try:
        # The lifespan's first scheduler run, in the server's own loop: no one calls it here.
        deadline = time.monotonic() + 5
        while not lines_of(second, payment["id"]) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        server.stop()
    assert len(lines_of(second, payment["id"])) == 2
    second.db.dispose()


def test_concurrent_runners_execute_each_payment_once(
    api: Api, clock: ManualClock, backend: Backend
) -> None:
    at(clock, "2026-11-23 21:00:00")
    api.login()
    mine = my_accounts(api)["ALL"]
    ids = [_schedule(api, "1000.00")["id"] for _ in range(5)]
    at(clock, "2026-11-24 00:00:00")
    counts: list[int] = []
    threads = [
        threading.Thread(target=lambda: counts.append(run_due_payments(backend))) for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == 5
    assert balance(backend, mine["id"]) == 25_000_000 - 500000
    for payment_id in ids:
        assert len(lines_of(backend, payment_id)) == 2


def test_a_wrong_code_on_a_scheduled_payment_counts(api: Api, clock: ManualClock) -> None:
    at(clock, "2026-11-23 21:00:00")
    api.login()
    payment = created(api, order(my_accounts(api)["ALL"], schedule="after_window"))
    wrong = "000000" if code_for(api, payment) != "000000" else "111111"
    assert problem(confirm(api, payment, wrong), 401, "invalid_otp")["attempts_left"] == 4
    assert status_of(api, payment["id"]) == "awaiting_otp"
