"""The nightly window on the bank's clock: the banner from 21:00, Send after midnight, 00:00."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from desktop.services.bank_clock import ServerClock
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.server.payment_helpers import PEER_IBAN, at
from tests.ui.test_payments_flow import (
    alt,
    choose_account,
    choose_kind,
    confirm_code,
    fill_amount,
    fill_payee,
    focused,
    open_payments,
    payment_rows,
    review_value,
    send_code,
)
from ui.pages.payments_page import PaymentsPage

CLOSED = "Transfers are closed from 21:00 until midnight for the daily update."


def follow_server(qtbot: QtBot, page: PaymentsPage) -> None:
    """The page measures the bank's clock again (it does so on its own every 15 minutes)."""
    page.clock.synced = False
    page.sync_server_time()
    qtbot.waitUntil(lambda: page.clock.synced, timeout=5000)


def test_banner_from_21_00_until_midnight_on_the_banks_clock(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    at(clock, "2026-11-23 20:59:59")
    page = open_payments(qtbot, branch, backend)
    assert not page.banner.isVisible()
    assert page.form.continue_button.isEnabled()
    assert not page.form.after_midnight_button.isVisible()

    at(clock, "2026-11-23 21:00:00")
    follow_server(qtbot, page)
    assert page.banner.isVisible()
    assert page.banner.objectName() == "cutoffBanner"
    assert "They open again at 00:00" in page.banner_label.text()
    button = page.form.continue_button
    assert not button.isEnabled()
    assert button.toolTip().startswith(CLOSED)
    assert button.accessibleDescription() == button.toolTip()
    assert page.form.after_midnight_button.isVisible()


def test_banner_until_23_59_59_and_gone_at_midnight(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    at(clock, "2026-11-23 23:59:59")
    page = open_payments(qtbot, branch, backend)
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    assert not page.form.continue_button.isEnabled()
    at(clock, "2026-11-24 00:00:00")
    follow_server(qtbot, page)
    assert not page.banner.isVisible()
    assert page.form.continue_button.isEnabled()
    assert page.form.continue_button.toolTip() == ""


def test_the_banner_appears_on_the_minute_without_a_new_measure(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    """The computer's clock runs on between measures: the page wakes at 21:00 by itself."""
    at(clock, "2026-11-23 20:59:30")
    page = open_payments(qtbot, branch, backend)
    local = [datetime(2030, 1, 1, 8, 0, tzinfo=UTC)]  # this computer's clock is far off
    page.clock = ServerClock(lambda: local[0])
    follow_server(qtbot, page)
    assert not page.banner.isVisible()
    # It wakes up right at 21:00 of the bank's clock (30 s on), not a minute later.
    assert 29_000 <= page._window_timer.remainingTime() <= 31_000
    local[0] += timedelta(seconds=30.5)
    page._window_timer.timeout.emit()
    assert page.banner.isVisible()
    assert not page.form.continue_button.isEnabled()


def test_send_after_midnight_is_confirmed_now_and_scheduled(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    at(clock, "2026-11-23 21:30:00")
    page = open_payments(qtbot, branch, backend)
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    fill_amount(qtbot, "2,500")
    alt(qtbot, Qt.Key.Key_M)  # Send after midnight
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.review, timeout=5000)
    assert review_value(page, "when") == (
        "After the daily update, at 00:00 (2026-11-24 00:00). Confirm it now."
    )
    assert page.review.send_button.isEnabled()
    send_code(qtbot, page)
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    assert page.result.title.text() == "Transfer scheduled for 00:00"
    assert "is scheduled for 00:00 (2026-11-24 00:00)" in page.result.message.message()
    (row,) = payment_rows(backend)
    assert row["status"] == "scheduled"
    assert row["schedule"] == "after_window"
    assert page.result.save_button.isVisible()
    qtbot.waitUntil(lambda: bool(page.result.balance_label.text()), timeout=5000)


def test_created_before_21_00_and_confirmed_after_is_refused_with_its_reason(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    at(clock, "2026-11-23 20:59:00")
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    fill_amount(qtbot, "100")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.review, timeout=5000)
    send_code(qtbot, page)
    at(clock, "2026-11-23 21:00:00")
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    assert page.result.title.text() == "Transfer not executed"
    assert page.result.refusal_label.accessibleDescription().startswith(
        "Transfers are closed during the daily update (21:00 to midnight). They open again at "
        "00:00."
    )
    (row,) = payment_rows(backend)
    assert row["status"] == "rejected"
    assert row["error_code"] == "cutoff_window"
