"""The paged transactions model against a fake server: fetchMore, one request at a time, late
answers dropped, compact rows, pending and booked told apart."""

from __future__ import annotations

import asyncio
import functools
import tracemalloc
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.i18n import Translations
from desktop.models.transactions import TransactionsModel
from desktop.services.transactions import (
    PAGE_SIZE,
    Filter,
    Transaction,
    TransactionPage,
    months_before,
    preset_period,
)

ROOT = QModelIndex()
TODAY = date(2026, 11, 23)


def transaction(number: int, *, pending: bool = False, text: str = "Pagë mujore") -> Transaction:
    amount = Decimal("1250.50") if number % 2 else Decimal("-300.25")
    return Transaction(
        id=str(number),
        booking_date=TODAY - timedelta(days=number // 10),
        value_date=TODAY - timedelta(days=number // 10),
        amount=amount,
        currency="ALL",
        description=f"{text} {number % 7}",
        counterparty_name="Albanian Software Solutions shpk",
        counterparty_iban="AL35202111090000000001234567",
        reference=f"REF{number:010d}",
        balance_after=None if pending else Decimal("250000.00") + number,
        status="pending" if pending else "booked",
    )


@dataclass
class Request:
    account_id: str
    wanted: Filter
    cursor: str | None
    limit: int
    answer: asyncio.Future[TransactionPage] = field(repr=False)


class FakeSource:
    """Answers only when the test says so, so timing is in the test's hands."""

    def __init__(self) -> None:
        self.requests: list[Request] = []

    async def page(
        self,
        account_id: str,
        wanted: Filter,
        cursor: str | None = None,
        *,
        limit: int = PAGE_SIZE,
        with_summary: bool = False,
    ) -> TransactionPage:
        request = Request(
            account_id, wanted, cursor, limit, asyncio.get_running_loop().create_future()
        )
        self.requests.append(request)
        return await request.answer

    def answer(self, index: int, rows: list[Transaction], next_cursor: str | None) -> None:
        self.requests[index].answer.set_result(TransactionPage(rows, next_cursor, None))


@pytest.fixture
def translations(qloop: qasync.QEventLoop) -> Translations:
    translations = Translations()
    translations.apply("en")
    return translations


def settle(qtbot: QtBot) -> None:
    qtbot.wait(10)


def test_pages_are_fetched_one_at_a_time(qtbot: QtBot, translations: Translations) -> None:
    source = FakeSource()
    model = TransactionsModel(source, page_size=3, next_page_size=5)
    model.set_query("acc-1", Filter(text="pagë"))
    settle(qtbot)
    assert len(source.requests) == 1
    assert source.requests[0].cursor is None
    assert source.requests[0].limit == 3
    # While the first page is on its way there is nothing more to ask for.
    assert not model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    settle(qtbot)
    assert len(source.requests) == 1

    source.answer(0, [transaction(i) for i in range(3)], "c1")
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    model.fetchMore(ROOT)  # the view may ask twice: still one request
    settle(qtbot)
    assert [r.cursor for r in source.requests] == [None, "c1"]
    assert [r.limit for r in source.requests] == [3, 5]  # small first, larger after
    assert not model.canFetchMore(ROOT)

    source.answer(1, [transaction(i) for i in range(3, 5)], None)
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    assert not model.canFetchMore(ROOT)  # the last page
    assert [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(5)] == [
        "0",
        "1",
        "2",
        "3",
        "4",
    ]


def test_a_late_answer_to_an_old_filter_is_dropped(
    qtbot: QtBot, translations: Translations
) -> None:
    source = FakeSource()
    model = TransactionsModel(source)
    model.set_query("acc-1", Filter(text="conad"))
    settle(qtbot)
    model.set_query("acc-1", Filter(text="qira"))
    settle(qtbot)
    assert [r.wanted.text for r in source.requests] == ["conad", "qira"]

    source.answer(1, [transaction(1, text="Qira apartamenti")], None)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    source.answer(0, [transaction(i, text="Conad") for i in range(5)], "old")
    settle(qtbot)
    assert model.rowCount() == 1
    assert model.transaction_at(0).description.startswith("Qira")
    assert not model.canFetchMore(ROOT)  # the old answer's cursor was not taken either


def test_a_failed_page_stops_fetching_until_retried(
    qtbot: QtBot, translations: Translations
) -> None:
    source = FakeSource()
    model = TransactionsModel(source)
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.set_query("acc-1", Filter())
        settle(qtbot)
        source.requests[0].answer.set_exception(OSError("down"))
    assert isinstance(failed.args[0], OSError)
    assert not model.canFetchMore(ROOT)
    model.retry()
    settle(qtbot)
    assert len(source.requests) == 2
    source.answer(1, [transaction(1)], None)
    qtbot.waitUntil(lambda: model.rowCount() == 1)


def test_cells_tell_credits_debits_and_pending_apart(
    qtbot: QtBot, translations: Translations
) -> None:
    source = FakeSource()
    model = TransactionsModel(source)
    model.set_query("acc-1", Filter())
    settle(qtbot)
    source.answer(0, [transaction(1), transaction(2, pending=True)], None)
    qtbot.waitUntil(lambda: model.rowCount() == 2)

    def cell(row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.data(model.index(row, column), role)

    assert cell(0, model.DATE) == "2026-11-23"
    assert cell(0, model.DESCRIPTION) == "Pagë mujore 1 · Albanian Software Solutions shpk"
    assert cell(0, model.AMOUNT) == "+ALL\u00a01,250.50 in"
    assert cell(1, model.AMOUNT) == "-ALL\u00a0300.25 out"
    assert cell(0, model.AMOUNT, Qt.ItemDataRole.AccessibleTextRole).startswith("Credit")
    assert cell(0, model.BALANCE) == "ALL\u00a0250,001.00"
    assert cell(0, model.STATUS) == "Booked"
    assert cell(0, model.STATUS, Qt.ItemDataRole.FontRole) is None
    assert cell(1, model.BALANCE) == "—"
    assert cell(1, model.STATUS) == "Pending"
    font = cell(1, model.DESCRIPTION, Qt.ItemDataRole.FontRole)
    assert font is not None
    assert font.italic()
    # The details view gets the whole transaction back, money still Decimal.
    assert model.transaction_at(0) == transaction(1)
    assert model.transaction_at(1) == transaction(2, pending=True)

    translations.apply("sq")
    try:
        assert cell(0, model.AMOUNT).startswith("+1\u00a0250,50\u00a0Lekë")
        assert cell(0, model.DATE) == "23.11.2026"
    finally:
        translations.apply("en")


def has_rows(model: TransactionsModel, count: int) -> bool:
    return model.rowCount() == count


def test_rows_are_stored_compactly(qtbot: QtBot, translations: Translations) -> None:
    """100,000 rows fit in well under 40 MB, so the whole client stays under 200 MB."""
    source = FakeSource()
    model = TransactionsModel(source, page_size=10_000)
    model.set_query("acc-1", Filter())
    settle(qtbot)
    pages = [[transaction(p * 10_000 + i) for i in range(10_000)] for p in range(10)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index, rows in enumerate(pages):
            if index:
                model.fetchMore(ROOT)
                settle(qtbot)
            source.answer(index, rows, None if index == 9 else f"c{index}")
            count = (index + 1) * 10_000
            qtbot.waitUntil(functools.partial(has_rows, model, count))
        pages.clear()  # only the model keeps the rows now
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert model.rowCount() == 100_000
    # As Transaction objects they take about 60 MB; as compact rows about 27 MB.
    assert held < 40 * 1024 * 1024, held


def test_presets_end_on_the_banks_today() -> None:
    assert preset_period("this_month", TODAY) == (date(2026, 11, 1), TODAY)
    assert preset_period("last_30_days", TODAY) == (date(2026, 10, 25), TODAY)
    assert preset_period("last_3_months", TODAY) == (date(2026, 8, 24), TODAY)
    assert preset_period("last_6_months", TODAY) == (date(2026, 5, 24), TODAY)
    assert preset_period("this_year", TODAY) == (date(2026, 1, 1), TODAY)
    assert preset_period("custom", TODAY) is None
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 2) == date(2025, 11, 15)


def test_filter_query_string() -> None:
    wanted = Filter(
        date_from=date(2026, 11, 1),
        date_to=TODAY,
        text="  qira ",
        direction="debit",
        min_amount=Decimal("1500.5"),
        max_amount=Decimal("30000"),
    )
    assert wanted.params() == {
        "from": "2026-11-01",
        "to": "2026-11-23",
        "q": "qira",
        "direction": "debit",
        "min_amount": "1500.50",
        "max_amount": "30000.00",
    }
    assert Filter().params() == {}
