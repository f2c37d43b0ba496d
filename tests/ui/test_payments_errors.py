"""Each payment failure has its own message, next to its field, with what to do."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.api import BankError
from desktop.app import BranchApp
from server_stub.clock import ManualClock
from server_stub.domain import iban as ibans
from server_stub.seed import account_iban
from server_stub.services import payments as server_payments
from server_stub.services.backend import Backend
from server_stub.services.payment_checks import PaymentOrder
from server_stub.store.tables import customers
from tests.qt_support import run_async
from tests.server.conftest import DEMO_PHONES
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN
from tests.ui.test_login_keyboard import last_code
from tests.ui.test_payments_flow import (
    account_id,
    alt,
    available,
    choose_account,
    choose_kind,
    confirm_code,
    enter,
    fill_amount,
    fill_payee,
    focused,
    money,
    open_payments,
    payment_rows,
    review,
    send_code,
    type_text,
)
from ui.pages.payments_page import PaymentsPage

_keys = itertools.count(1)
NBSP = "\u00a0"
INVALID_CHECK_DIGITS = "AL00" + PEER_IBAN[4:]


def pay_directly(backend: Backend, amount: str) -> None:
    """A payment executed today through the server's own services (not the GUI)."""
    with backend.db.read() as conn:
        customer = conn.execute(
            select(customers.c.id).where(customers.c.customer_number == "123456789")
        ).scalar_one()
    order = PaymentOrder(
        debtor_account_id=account_id(backend),
        creditor_iban=PEER_IBAN,
        creditor_name="Elira Dervishi",
        amount=amount,
        currency="ALL",
    )
    created = server_payments.create(backend, customer, order, f"direct-{next(_keys)}")
    code = last_code(backend, DEMO_PHONES["123456789"])
    server_payments.confirm(backend, customer, created["id"], code)


def to_peer(qtbot: QtBot, page: PaymentsPage, amount: str) -> None:
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    fill_amount(qtbot, amount)


def test_iban_is_checked_as_typed_and_the_kind_is_named(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    form = page.form
    choose_kind(qtbot, page, "internal")
    alt(qtbot, Qt.Key.Key_I)
    type_text(qtbot, INVALID_CHECK_DIGITS[:20])
    assert form.error_text("iban") == "", "a half-typed IBAN is not yet wrong"
    type_text(qtbot, INVALID_CHECK_DIGITS[20:])
    assert form.error_text("iban").startswith("The IBAN is not valid. An Albanian IBAN has 28")
    assert form.payee.iban_edit.accessibleDescription() == form.error_text("iban")

    # Another bank's IBAN in "this bank": the customer is told which kind to choose.
    form.payee.iban_edit.clear()
    type_text(qtbot, OTHER_BANK_IBAN)
    assert form.error_text("iban") == (
        'This IBAN belongs to another bank. To pay it, choose "Another bank in Albania".'
    )
    choose_kind(qtbot, page, "external")
    assert form.error_text("iban") == ""
    alt(qtbot, Qt.Key.Key_I)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, PEER_IBAN)
    assert form.error_text("iban").startswith("This IBAN is of an account at our bank.")

    # Too short: said when the customer continues, with the count, and the cursor goes there.
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "AL47 2121")
    fill_payee(qtbot, "Dritan", "")
    fill_amount(qtbot, "100")
    enter(qtbot)
    assert form.error_text("iban") == (
        "An Albanian IBAN has 28 characters; this one has 8. Check it against the payee's details."
    )
    qtbot.waitUntil(lambda: focused() is form.payee.iban_edit, timeout=2000)
    assert page.steps.currentWidget() is form
    assert not payment_rows(backend)


def test_amount_in_the_wrong_format_or_zero(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    to_peer(qtbot, page, "1.500,50")  # the Albanian way, in the English interface
    enter(qtbot)
    assert page.form.error_text("amount") == (
        "Enter the amount in digits, like 1,500.50, with at most two decimals."
    )
    assert focused() is page.form.amount_edit
    fill_amount(qtbot, "0")
    enter(qtbot)
    assert page.form.error_text("amount") == "The amount must be more than zero."
    fill_amount(qtbot, "15,00")  # typing on clears the error once the amount is right
    fill_amount(qtbot, "1,500.5")
    assert page.form.error_text("amount") == ""


def test_insufficient_funds_shows_what_is_available(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "external")
    choose_account(qtbot, Qt.Key.Key_F, "USD")
    fill_payee(qtbot, "Dritan Shehu", OTHER_BANK_IBAN)
    fill_amount(qtbot, "1,200")  # plus the 1.00 USD fee: one dollar too much
    enter(qtbot)
    qtbot.waitUntil(lambda: bool(page.form.error_text("amount")), timeout=5000)
    assert page.form.error_text("amount") == (
        "There is not enough money in the account for this amount and its fee. "
        f"Available: {money(Decimal('1200.00'), 'USD')}."
    )
    assert page.steps.currentWidget() is page.form
    # A language switch says it again, the money in Albanian format.
    branch.set_language("sq")
    try:
        qtbot.waitUntil(lambda: f"1{NBSP}200,00{NBSP}USD" in page.form.error_text("amount"))
        assert page.form.available_label.text().endswith(f"1{NBSP}200,00{NBSP}USD")
    finally:
        # The translator belongs to the QApplication, which outlives this test's app.
        branch.set_language("en")


def test_daily_limit_shows_what_remains_today(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    pay_directly(backend, "1500.00")
    page = open_payments(qtbot, branch, backend)
    to_peer(qtbot, page, "999,000")
    enter(qtbot)
    qtbot.waitUntil(lambda: bool(page.form.error_text("amount")), timeout=5000)
    assert page.form.error_text("amount") == (
        f"This transfer would exceed your daily limit of {money(Decimal('1000000'))}. "
        f"You can still send {money(Decimal('998500'))} today."
    )


def test_own_iban_typed_as_payee_is_the_same_account(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Arben Hoxha", account_iban("123456789", 1))
    fill_amount(qtbot, "10")
    enter(qtbot)
    qtbot.waitUntil(lambda: bool(page.form.error_text("iban")), timeout=5000)
    assert page.form.error_text("iban") == (
        "The debit and credit accounts are the same. Choose another account."
    )


def test_wrong_code_says_attempts_left_and_resend_gives_a_new_one(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    page = open_payments(qtbot, branch, backend)
    ticks = [0.0]
    page.code._monotonic = lambda: ticks[0]  # the countdown's clock, moved by hand
    to_peer(qtbot, page, "100")
    review(qtbot, page)
    send_code(qtbot, page)
    right = last_code(backend, DEMO_PHONES["123456789"])
    wrong = "000000" if right != "000000" else "111111"
    assert not page.code.resend_button.isEnabled()
    confirm_code(qtbot, page, backend, wrong)
    qtbot.waitUntil(lambda: page.code.error_label.isVisible(), timeout=5000)
    assert page.code.error_label.accessibleDescription() == (
        "The code is wrong. You have 4 attempt(s) left before your user is blocked."
    )
    assert focused() is page.code.otp_edit
    assert page.code.otp_edit.text() == ""

    # 31 s later on both clocks: Resend the code is allowed and the old code is void.
    ticks[0] += 31
    clock.advance(seconds=31)
    page.code._update_countdown()
    assert page.code.resend_button.isEnabled()
    page.code.resend_button.setFocus()
    qtbot.keyClick(page.code.resend_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            last_code(backend, DEMO_PHONES["123456789"]) != right
            and focused() is page.code.otp_edit
        ),
        timeout=5000,
    )
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    assert page.result.title.text() == "Transfer executed"


def test_expired_code_ends_the_payment_and_start_again_makes_a_new_one(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    page = open_payments(qtbot, branch, backend)
    to_peer(qtbot, page, "100")
    review(qtbot, page)
    send_code(qtbot, page)
    first_key = page.review.reviewed().key  # type: ignore[union-attr]
    # The code lives 300 s; the session stays alive meanwhile (any request restarts its timer).
    clock.advance(seconds=200)
    run_async(branch.api.post("/auth/keepalive"))
    clock.advance(seconds=101)
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.code.error_label.isVisible(), timeout=5000)
    assert page.code.error_label.accessibleDescription() == (
        "The code has expired, so this payment was not made. Press Start again to review it "
        "and get a new code."
    )
    assert focused() is page.code.start_again_button
    assert not page.code.confirm_button.isVisible()
    (expired,) = payment_rows(backend)
    assert expired["status"] == "expired"

    enter(qtbot)  # Start again: the review, under a new key
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.review, timeout=5000)
    assert page.review.reviewed().key != first_key  # type: ignore[union-attr]
    send_code(qtbot, page)
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    statuses = sorted(str(row["status"]) for row in payment_rows(backend))
    assert statuses == ["executed", "expired"]


def test_a_payment_cancelled_meanwhile_is_no_longer_pending(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    to_peer(qtbot, page, "100")
    review(qtbot, page)
    send_code(qtbot, page)
    code = last_code(backend, DEMO_PHONES["123456789"])
    # Cancelled from the history (as from another window) while the code step is open.
    page.show_tab(2)
    qtbot.waitUntil(lambda: page.history.selected() is not None, timeout=5000)
    assert page.history.selected().status == "awaiting_otp"  # type: ignore[union-attr]
    page.history.cancel_button.setFocus()
    qtbot.keyClick(page.history.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: payment_rows(backend)[0]["status"] == "cancelled", timeout=5000)
    page.show_tab(0)
    page.code.otp_edit.setFocus()
    confirm_code(qtbot, page, backend, code)
    qtbot.waitUntil(lambda: page.code.start_again_button.isVisible(), timeout=5000)
    assert page.code.error_label.accessibleDescription() == (
        "This payment is no longer waiting for confirmation. Check its status in the payment "
        "history."
    )
    assert payment_rows(backend)[0]["status"] == "cancelled"


@pytest.mark.parametrize("request_id", ["7f3a9c", None])
def test_a_server_failure_names_the_call_center_and_the_request(
    qtbot: QtBot,
    branch: BranchApp,
    backend: Backend,
    monkeypatch: pytest.MonkeyPatch,
    request_id: str | None,
) -> None:
    page = open_payments(qtbot, branch, backend)

    async def broken(_order: object) -> None:
        raise BankError("server_error", status=500, request_id=request_id)

    monkeypatch.setattr(page.service, "quote", broken)
    to_peer(qtbot, page, "100")
    enter(qtbot)
    qtbot.waitUntil(lambda: bool(page.form.error_text("form")), timeout=5000)
    text = page.form.error_text("form")
    assert "+355 4 2266 288" in text
    assert ("request number 7f3a9c" in text) == (request_id is not None)


def test_balance_is_only_read(backend: Backend) -> None:
    # The helpers above move money only through the server's own rules.
    assert ibans.is_valid(PEER_IBAN)
    assert not ibans.is_valid(INVALID_CHECK_DIGITS)
    assert available(backend, account_id(backend)) > 0
