"""Account transactions by keyboard alone: filters, debounce, paging, late answers, details,
totals, the balance chart, drafts, and Enter on an account."""

from __future__ import annotations

import asyncio
import functools
import itertools
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from desktop.money import format_date, format_iban, format_money
from desktop.services.transactions import (
    NEXT_PAGE_SIZE,
    PAGE_SIZE,
    Filter,
    TransactionPage,
    TransactionsService,
)
from server_stub.bulk import add_bulk_transactions
from server_stub.services.backend import Backend
from tests.qt_support import run_async
from tests.ui.test_contacts import focused, log_in, open_page
from ui.main_window import MainWindow
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.transaction_details import TransactionDetailsDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Requests:
    """Every list page the client asked for (the one-row summary requests aside)."""

    pages: list[tuple[Filter, str | None]] = field(default_factory=list)
    #: Texts whose answers wait until the test opens the gate.
    held: dict[str, asyncio.Event] = field(default_factory=dict)
    waiting: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [wanted.text for wanted, _cursor in self.pages]


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> Requests:
    seen = Requests()
    original = TransactionsService.page

    async def counting(
        self: TransactionsService,
        account_id: str,
        wanted: Filter,
        cursor: str | None = None,
        *,
        limit: int = PAGE_SIZE,
        with_summary: bool = False,
    ) -> TransactionPage:
        if limit > 1:
            seen.pages.append((wanted, cursor))
        answer = await original(
            self, account_id, wanted, cursor, limit=limit, with_summary=with_summary
        )
        gate = seen.held.get(wanted.text)
        if gate is not None and limit > 1:
            seen.waiting.append(wanted.text)
            await gate.wait()
        return answer

    monkeypatch.setattr(TransactionsService, "page", counting)
    return seen


def open_transactions(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> tuple[MainWindow, TransactionsPage]:
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "transactionsPage")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.fetching, timeout=5000)
    return window, page


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key, ALT)


def settled(page: TransactionsPage) -> bool:
    return not page.model.fetching and not page._apply_timer.isActive()


def rows(page: TransactionsPage) -> list[Any]:
    return [page.model.transaction_at(r) for r in range(page.model.rowCount())]


def test_first_rows_newest_first_with_totals_and_chart(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    _window, page = open_transactions(qtbot, branch, backend)
    assert page.nav_title() == "Account Transactions"
    assert page.help_topic == "transactions"
    table = page.findChild(QTableView, "transactionsTable")
    assert table is page.table
    shown = rows(page)
    assert all(a.booking_date >= b.booking_date for a, b in itertools.pairwise(shown))
    # The demo account's newest rows are pending card payments: said in words and in italics.
    pending = [r for r, t in enumerate(shown) if t.pending]
    assert pending
    model = page.model
    assert model.data(model.index(pending[0], model.STATUS)) == "Pending"
    assert model.data(model.index(pending[0], model.BALANCE)) == "—"
    assert model.data(model.index(pending[0], 1), Qt.ItemDataRole.FontRole).italic()
    assert page.table.verticalHeader().sectionResizeMode(0).name == "Fixed"

    # The count and the sums of the whole filter, as the server computes them.
    account, wanted = page.model.account_id, page.model.current_filter
    assert account is not None
    expected = run_async(TransactionsService(branch.api).summary(account, wanted))
    qtbot.waitUntil(lambda: "money in" in page.summary_label.text(), timeout=5000)
    text = page.summary_label.text()
    assert f"Transactions: {expected.count} ·" in text
    assert format_money(expected.total_in, "ALL", "en") in text
    assert format_money(expected.total_out, "ALL", "en") in text
    assert expected.count == len(shown)  # the demo history fits in the first pages

    # The balance over the period, as a line and in words.
    chart = page.chart
    qtbot.waitUntil(lambda: chart.point_count() > 0, timeout=5000)
    assert chart.view.objectName() == "balanceChart"
    assert chart.view.accessibleName() == "Balance over the period"
    summary = chart.summary()
    assert wanted.date_from is not None
    assert summary.startswith(f"Balance from {wanted.date_from.isoformat()}")
    assert "lowest ALL" in summary
    assert chart.view.accessibleDescription() == summary


def test_search_is_sent_once_after_typing_pauses(
    qtbot: QtBot, branch: BranchApp, backend: Backend, requests: Requests
) -> None:
    _window, page = open_transactions(qtbot, branch, backend)
    before = len(requests.pages)
    alt(qtbot, Qt.Key.Key_S)  # &Search
    assert focused() is page.filters.search_edit
    qtbot.keyClicks(focused(), "conad")
    QApplication.processEvents()
    assert len(requests.pages) == before  # nothing yet: the customer may still be typing
    qtbot.waitUntil(lambda: len(requests.pages) == before + 1, timeout=2000)
    qtbot.waitUntil(lambda: settled(page), timeout=5000)
    qtbot.wait(100)
    assert requests.texts()[before:] == ["conad"]  # one request for five keys
    found = rows(page)
    assert found
    assert all("conad" in (t.description + " " + t.counterparty_name).lower() for t in found)

    # Money in only, from the direction list.
    alt(qtbot, Qt.Key.Key_D)
    assert focused() is page.filters.direction_selector
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: settled(page) and page.model.current_filter.direction == "credit")
    assert all(t.amount > 0 for t in rows(page))  # refunds from Conad


def test_amounts_are_checked_before_anything_is_sent(
    qtbot: QtBot, branch: BranchApp, backend: Backend, requests: Requests
) -> None:
    _window, page = open_transactions(qtbot, branch, backend)
    before = len(requests.pages)
    alt(qtbot, Qt.Key.Key_N)  # Mi&n. amount
    assert focused() is page.filters.min_amount_edit
    qtbot.keyClicks(focused(), "12,5.0")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    error = page.filters.amount_error
    qtbot.waitUntil(error.isVisible)
    assert "minimum amount is not a valid amount" in error.text()
    qtbot.wait(400)
    assert len(requests.pages) == before

    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "20,000.00")
    alt(qtbot, Qt.Key.Key_X)  # Ma&x. amount
    qtbot.keyClicks(focused(), "10000")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "lower than the minimum" in error.text())
    assert len(requests.pages) == before

    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "200000")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and len(requests.pages) == before + 1, timeout=5000)
    assert not error.isVisible()
    assert page.model.current_filter.min_amount == Decimal("20000.00")
    assert page.model.rowCount() > 0
    assert all(Decimal(20000) <= abs(t.amount) <= Decimal(200000) for t in rows(page))


def has_rows(page: TransactionsPage, count: int) -> bool:
    return page.model.rowCount() == count


def test_scrolling_fetches_further_pages(
    qtbot: QtBot, branch: BranchApp, backend: Backend, requests: Requests
) -> None:
    add_bulk_transactions(backend, 3000, progress=lambda done, total: None)
    _window, page = open_transactions(qtbot, branch, backend)
    alt(qtbot, Qt.Key.Key_P)  # &Period: this year holds most of the bulk rows
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert page.filters.period_selector.currentData() == "this_year"
    qtbot.waitUntil(lambda: settled(page) and page.model.rowCount() == PAGE_SIZE, timeout=5000)
    assert page.model.canFetchMore(page.table.rootIndex())

    page.table.setFocus()
    for pages in (2, 3, 4):
        qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)  # to the last row: the view asks
        wanted = PAGE_SIZE + (pages - 1) * NEXT_PAGE_SIZE
        qtbot.waitUntil(functools.partial(has_rows, page, wanted), timeout=5000)
        qtbot.waitUntil(lambda: settled(page), timeout=5000)
    cursors = [c for wanted, c in requests.pages if wanted.date_from == date(2026, 1, 1)]
    assert cursors[0] is None
    assert all(cursors[1:])
    ids = [t.id for t in rows(page)]
    assert len(set(ids)) == len(ids)
    dates = [t.booking_date for t in rows(page)]
    assert dates == sorted(dates, reverse=True)


def test_a_late_answer_to_an_old_search_is_dropped(
    qtbot: QtBot, branch: BranchApp, backend: Backend, requests: Requests
) -> None:
    _window, page = open_transactions(qtbot, branch, backend)
    gate = asyncio.Event()
    requests.held["conad"] = gate
    alt(qtbot, Qt.Key.Key_S)
    qtbot.keyClicks(focused(), "conad")
    qtbot.waitUntil(lambda: requests.waiting == ["conad"], timeout=2000)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "qira")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter applies at once
    qtbot.waitUntil(lambda: settled(page) and page.model.current_filter.text == "qira")
    qira = [t.id for t in rows(page)]
    assert qira
    gate.set()  # now the answer about "conad" arrives, too late
    qtbot.wait(100)
    assert [t.id for t in rows(page)] == qira
    assert all(t.description.startswith("Qira") for t in rows(page))


def test_enter_opens_the_details_with_every_field(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    _window, page = open_transactions(qtbot, branch, backend)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    first_booked = next(
        r for r, t in enumerate(rows(page)) if not t.pending and t.counterparty_iban
    )
    for _ in range(first_booked):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = page.model.transaction_at(page.table.currentIndex().row())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.details_dialog is not None and page.details_dialog.isVisible())
    dialog = page.details_dialog
    assert isinstance(dialog, TransactionDetailsDialog)
    assert dialog.objectName() == "transactionDetailsDialog"
    assert dialog.value("booking_date") == format_date(chosen.booking_date, "en")
    assert dialog.value("value_date") == format_date(chosen.value_date, "en")
    sign = "+" if chosen.amount > 0 else ""
    assert dialog.value("amount") == sign + format_money(chosen.amount, "ALL", "en")
    assert dialog.value("direction") in ("Credit (money in)", "Debit (money out)")
    assert dialog.value("currency") == "ALL"
    assert dialog.value("description") == chosen.description
    assert dialog.value("counterparty") == chosen.counterparty_name
    assert dialog.value("counterparty_iban") == format_iban(chosen.counterparty_iban)
    assert dialog.value("counterparty_iban").count(" ") == 6  # groups of four
    assert dialog.value("reference") == chosen.reference
    assert chosen.balance_after is not None
    assert dialog.value("balance_after") == format_money(chosen.balance_after, "ALL", "en")
    assert dialog.value("status") == "Booked"
    assert dialog.value("id") == chosen.id
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # A pending one says so, in words and italics.
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    assert page.model.transaction_at(0).pending
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.details_dialog is not dialog and page.details_dialog is not None)
    pending = page.details_dialog
    assert pending is not None
    assert pending.value("status") == "Pending"
    assert pending.value("balance_after") == "Not yet booked"
    assert pending.values["status"].font().italic()
    qtbot.keyClick(pending, Qt.Key.Key_Escape)


def test_enter_on_an_account_opens_its_transactions(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = log_in(qtbot, branch, backend)
    accounts = window.page("accountsPage")
    table = accounts.findChild(QTableView, "accountsTable")
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=5000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the EUR savings account
    euro = table.model().index(1, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "transactionsPage")
    page = window.current_page()
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.account_id == euro and settled(page), timeout=5000)
    assert page.filters.account_id() == euro
    assert page.filters.account_selector.objectName() == "accountSelector"
    assert all(t.currency == "EUR" for t in rows(page))
    assert page.table.hasFocus()

    # Back to the accounts, Enter on the first one: the page follows.
    qtbot.keyClick(window.navigation, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "accountsPage")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    first = table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: page.model.account_id == first and settled(page), timeout=5000)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_filters_survive_an_idle_logout(
    qtbot: QtBot, branch: BranchApp, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(branch.session, "_monotonic", clock)
    _window, page = open_transactions(qtbot, branch, backend)
    alt(qtbot, Qt.Key.Key_A)  # &Account: the EUR one
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    alt(qtbot, Qt.Key.Key_S)
    qtbot.keyClicks(focused(), "interes")
    alt(qtbot, Qt.Key.Key_X)
    qtbot.keyClicks(focused(), "500")
    alt(qtbot, Qt.Key.Key_D)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: settled(page) and page.model.current_filter.text == "interes")
    state = page.filters.state()

    clock.now += 301
    branch.session.tick()
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=5000)
    window = log_in(qtbot, branch, backend)
    restored = window.page("transactionsPage")
    assert isinstance(restored, TransactionsPage)
    typed = ("period", "text", "direction", "min", "max")
    # Before the page opens: what was typed (the dates follow the bank's today once known).
    assert {k: restored.filters.state()[k] for k in typed} == {k: state[k] for k in typed}
    window.show_page("transactionsPage")
    qtbot.waitUntil(lambda: restored.model.account_id == state["account"], timeout=5000)
    assert restored.filters.state() == state
    assert restored.model.current_filter.max_amount == Decimal("500.00")
