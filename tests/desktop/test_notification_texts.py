"""Notification texts rendered from category and params, with missing or unknown facts too."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.notification_texts import (
    category_setting_label,
    category_title,
    complaint_status_name,
    notification_text,
    notification_time,
    notification_title,
)
from desktop.services.notifications import CATEGORIES, Notification

NBSP = "\u00a0"
AT = "2026-11-23T09:05:00+00:00"


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times show in the computer's zone: pin it, so the expected texts hold anywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def text(category: str, params: dict[str, Any], language: str = "en") -> str:
    return notification_text(Notification(1, category, None, params, False), language)


def test_incoming_transfer() -> None:
    params = {"account_id": "a", "amount": "1500.50", "currency": "ALL", "payer": "Arben Hoxha"}
    assert text("incoming_transfer", params) == f"You received ALL{NBSP}1,500.50 from Arben Hoxha."
    with_reference = params | {"reference": "TRX-1"}
    assert text("incoming_transfer", with_reference).endswith(" Reference: TRX-1.")
    # Amounts follow the language even before the sentence itself is translated.
    assert f"1{NBSP}500,50{NBSP}Lekë" in text("incoming_transfer", params, "sq")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"amount": "12.00", "currency": "EUR"}, f"You received EUR{NBSP}12.00."),
        (
            {"amount": "12", "currency": "EUR", "payer_name": "Ana"},
            f"You received EUR{NBSP}12.00 from Ana.",
        ),
        ({"amount": "not a number", "payer": "Ana"}, "You received a transfer."),
        ({}, "You received a transfer."),
        ({"amount": "7.5"}, "You received 7.50."),
    ],
)
def test_incoming_transfer_without_some_facts(params: dict[str, Any], expected: str) -> None:
    assert text("incoming_transfer", params) == expected


def test_outgoing_transfer_executed_rejected_scheduled() -> None:
    params = {
        "payment_id": "p1",
        "amount": "250.00",
        "currency": "EUR",
        "payee": "Dritan Shehu",
        "creditor_iban": "AL47…",
        "status": "executed",
        "reference": "R-9",
    }
    assert text("outgoing_transfer", params) == (
        f"Your transfer of EUR{NBSP}250.00 to Dritan Shehu was executed. Reference: R-9."
    )
    rejected = params | {"status": "rejected", "error_code": "insufficient_funds"}
    del rejected["reference"]
    rendered = text("outgoing_transfer", rejected)
    assert rendered.startswith(
        f"Your transfer of EUR{NBSP}250.00 to Dritan Shehu was not executed."
    )
    assert "not enough money" in rendered
    note = Notification(2, "outgoing_transfer", None, rejected, False)
    assert notification_title(note) == "Transfer not executed"
    odd_code = text("outgoing_transfer", rejected | {"error_code": "some_new_rule"})
    assert odd_code == f"Your transfer of EUR{NBSP}250.00 to Dritan Shehu was not executed."
    scheduled = text("outgoing_transfer", params | {"status": "scheduled"})
    assert scheduled.startswith(f"Your transfer of EUR{NBSP}250.00 will be executed after")
    assert text("outgoing_transfer", {}) == "A transfer of yours was executed."


def test_login_and_password_change() -> None:
    login = text("login", {"at": AT, "channel": "internet"})
    assert login.startswith("You logged in to the Internet Branch on 2026-11-23 09:05.")
    assert "+355 4 2266 288" in login
    assert text("login", {"at": AT, "channel": "internet"}, "sq").startswith(
        "You logged in to the Internet Branch on 23.11.2026 09:05."
    )
    assert text("login", {}).startswith("You logged in to the Internet Branch.")
    assert text("login", {"channel": "mobile"}).startswith("You logged in to mobile.")
    password = text("password_change", {"at": AT})
    assert password.startswith("Your password was changed on 2026-11-23 09:05.")
    assert "call the Call Center at +355 4 2266 288 at once" in password
    assert text("password_change", {"at": "yesterday"}).startswith("Your password was changed.")


def test_complaint_update() -> None:
    params = {"reference": "ANK-2026-000001", "status": "resolved", "note": "Refunded."}
    assert text("complaint_update", params) == (
        "Your submission ANK-2026-000001 is now: resolved. The bank's note: Refunded."
    )
    assert text("complaint_update", {"reference": "SUG-2026-000002", "status": "in_review"}) == (
        "Your submission SUG-2026-000002 is now: in review."
    )
    assert text("complaint_update", {"reference": "X"}) == "There is news about your submission X."
    assert text("complaint_update", {}) == "There is news about your submission."
    assert complaint_status_name("received") == "Received"
    assert complaint_status_name("on_hold") == "on hold"


def test_an_unknown_category_still_reads_as_a_sentence() -> None:
    note = Notification(9, "card_blocked", None, {"card": "1234"}, False)
    assert notification_text(note) == "You have a new notification from the bank."
    assert notification_title(note) == "Notification"
    assert category_setting_label("card_blocked") == "card_blocked"


def test_every_category_has_a_title_a_setting_and_a_text() -> None:
    titles = {category_title(category) for category in CATEGORIES}
    labels = {category_setting_label(category) for category in CATEGORIES}
    assert len(titles) == len(labels) == len(CATEGORIES)
    assert "Notification" not in titles
    for category in CATEGORIES:
        assert text(category, {}) != "You have a new notification from the bank."


def test_time_of_a_notification() -> None:
    created = datetime(2026, 11, 23, 9, 5, tzinfo=UTC)
    note = Notification(1, "login", created, {}, False)
    assert notification_time(note, "en") == "2026-11-23 09:05"
    assert notification_time(note, "sq") == "23.11.2026 09:05"
    assert notification_time(Notification(1, "login", None, {}, False), "en") == ""


def test_from_the_api_with_odd_values() -> None:
    note = Notification.from_api(
        {"id": "7", "category": "login", "created_at": "not a date", "params": None, "read": 1}
    )
    assert note == Notification(7, "login", None, {}, True)
