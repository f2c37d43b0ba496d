"""Table model of an account's transactions, fetched page by page from the server as it scrolls.

Filtering and sorting happen on the server; this model only appends the pages it is given, newest
first. Rows are kept as compact tuples (money in minor units, dates as ordinals, repeated texts
shared), so 100,000 scrolled rows stay within a few tens of megabytes.
"""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.i18n import current_language
from desktop.money import format_date, format_money
from desktop.services.transactions import (
    NEXT_PAGE_SIZE,
    PAGE_SIZE,
    Filter,
    Transaction,
    TransactionPage,
)
from desktop.tasks import spawn

translate = QCoreApplication.translate

ModelIndex = QModelIndex | QPersistentModelIndex

#: One row: (id, booking ordinal, value ordinal, amount minor, balance minor | None, currency,
#: description, counterparty name, counterparty IBAN, reference, pending).
Row = tuple[str, int, int, int, int | None, str, str, str, str, str, bool]
_HUNDRED = Decimal(100)


class PageSource(Protocol):
    """Where pages come from (TransactionsService, or a fake in tests)."""

    async def page(
        self,
        account_id: str,
        wanted: Filter,
        cursor: str | None = None,
        *,
        limit: int = PAGE_SIZE,
        with_summary: bool = False,
    ) -> TransactionPage: ...


def signed_amount(amount: Decimal, currency: str, language: str) -> str:
    """A signed amount, "+ALL 1,250.00" or "-ALL 500.00": credits carry an explicit plus."""
    text = format_money(amount, currency, language)
    return f"+{text}" if amount > 0 else text


def direction_word(amount: Decimal) -> str:
    """The word that goes with the sign, so credits and debits never rely on colour alone."""
    if amount > 0:
        return translate("Transactions", "in")
    return translate("Transactions", "out")


def direction_name(amount: Decimal) -> str:
    if amount > 0:
        return translate("Transactions", "Credit (money in)")
    return translate("Transactions", "Debit (money out)")


def status_name(pending: bool) -> str:
    if pending:
        return translate("Transactions", "Pending")
    return translate("Transactions", "Booked")


def _minor(amount: Decimal) -> int:
    return int(amount * _HUNDRED)


def _major(minor: int) -> Decimal:
    return Decimal(minor) / _HUNDRED


class TransactionsModel(QAbstractTableModel):
    """The rows of one filter, newest first.

    Signals:
        loadingChanged(bool): a page request started (True) or ended (False).
        pageLoaded(int): a page of the current filter arrived; the argument is how many rows
            the model holds now.
        loadFailed(object): the exception of the current filter's failed request.
    """

    DATE, DESCRIPTION, REFERENCE, AMOUNT, BALANCE, STATUS = range(6)
    COLUMNS = 6

    loadingChanged = Signal(bool)
    pageLoaded = Signal(int)
    loadFailed = Signal(object)

    def __init__(
        self,
        source: PageSource,
        *,
        page_size: int = PAGE_SIZE,
        next_page_size: int = NEXT_PAGE_SIZE,
    ) -> None:
        super().__init__()
        self._source = source
        # A small first page is on screen sooner; later pages are as large as the API allows,
        # so scrolling far takes fewer round trips.
        self._page_size = page_size
        self._next_page_size = max(page_size, next_page_size)
        self._rows: list[Row] = []
        # Repeated texts (payees, their IBANs, descriptions, currency) stored once.
        self._strings: dict[str, str] = {}
        self._account: str | None = None
        self._filter = Filter()
        self._cursor: str | None = None
        self._generation = 0
        self._fetching = False
        self._failed = False
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- the query ----------------------------------------------------------------------
    @property
    def generation(self) -> int:
        """Bumped by every new query: answers to an older one are dropped."""
        return self._generation

    @property
    def fetching(self) -> bool:
        return self._fetching

    @property
    def account_id(self) -> str | None:
        return self._account

    @property
    def current_filter(self) -> Filter:
        return self._filter

    def set_query(self, account_id: str | None, wanted: Filter) -> None:
        """Empties the table and loads the first page of this account and filter."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._strings = {}
        self._account = account_id
        self._filter = wanted
        self._cursor = None
        self._fetching = False
        self._failed = False
        self.endResetModel()
        if account_id is not None:
            self._start_fetch()

    def clear(self) -> None:
        self.set_query(None, Filter())

    def retry(self) -> None:
        """After a failed page, asks for it again (the view stops asking by itself)."""
        if self._failed and self._account is not None:
            self._failed = False
            self._start_fetch()

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return (
            not parent.isValid()
            and self._account is not None
            and self._cursor is not None
            and not self._fetching
            and not self._failed
        )

    def fetchMore(self, parent: ModelIndex) -> None:
        if self.canFetchMore(parent):
            self._start_fetch()

    def has_more(self) -> bool:
        """True while the server has rows the model has not fetched yet."""
        return self._cursor is not None or (self._fetching and not self._rows)

    def _start_fetch(self) -> None:
        # One request at a time: canFetchMore is False until this one ends.
        self._fetching = True
        self.loadingChanged.emit(True)
        spawn(self._fetch(self._generation, self._account or "", self._filter, self._cursor))

    async def _fetch(
        self, generation: int, account_id: str, wanted: Filter, cursor: str | None
    ) -> None:
        try:
            limit = self._page_size if cursor is None else self._next_page_size
            page = await self._source.page(account_id, wanted, cursor, limit=limit)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if generation == self._generation:
                self._fetching = False
                self._failed = True
                self.loadingChanged.emit(False)
                self.loadFailed.emit(error)
            return
        if generation != self._generation:
            return  # a late answer to a filter the customer already replaced
        self._fetching = False
        rows = [self._compact(t) for t in page.transactions]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self.loadingChanged.emit(False)
        self.pageLoaded.emit(len(self._rows))

    def _share(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def _compact(self, t: Transaction) -> Row:
        share = self._share
        return (
            t.id,
            t.booking_date.toordinal(),
            t.value_date.toordinal(),
            _minor(t.amount),
            None if t.balance_after is None else _minor(t.balance_after),
            share(t.currency),
            share(t.description),
            share(t.counterparty_name),
            share(t.counterparty_iban),
            t.reference,
            t.pending,
        )

    def transaction_at(self, row: int) -> Transaction:
        """The full transaction of a row (the details view), rebuilt from its compact form."""
        r = self._rows[row]
        return Transaction(
            id=r[0],
            booking_date=date.fromordinal(r[1]),
            value_date=date.fromordinal(r[2]),
            amount=_major(r[3]),
            currency=r[5],
            description=r[6],
            counterparty_name=r[7],
            counterparty_iban=r[8],
            reference=r[9],
            balance_after=None if r[4] is None else _major(r[4]),
            status="pending" if r[10] else "booked",
        )

    # --- Qt's model interface -----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def retranslate(self) -> None:
        """Headers and formatted cells follow the language: tell the views."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("Transactions", "Date"),
            translate("Transactions", "Description"),
            translate("Transactions", "Reference"),
            translate("Transactions", "Amount"),
            translate("Transactions", "Balance after"),
            translate("Transactions", "Status"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.AMOUNT:
                amount = _major(row[3])
                return f"{direction_name(amount)} {self._display(row, column)}"
            return self._display(row, column)
        if role == Qt.ItemDataRole.FontRole and row[10]:
            return self._italic  # pending rows: italic and the word "Pending"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.AMOUNT:
                return direction_name(_major(row[3]))
            if column == self.DESCRIPTION:
                return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        return None

    def _display(self, row: Row, column: int) -> str:
        language = current_language()
        if column == self.DATE:
            return format_date(date.fromordinal(row[1]), language)
        if column == self.DESCRIPTION:
            return f"{row[6]} · {row[7]}" if row[7] else row[6]
        if column == self.REFERENCE:
            return row[9]
        if column == self.AMOUNT:
            amount = _major(row[3])
            return f"{signed_amount(amount, row[5], language)} {direction_word(amount)}"
        if column == self.BALANCE:
            return "—" if row[4] is None else format_money(_major(row[4]), row[5], language)
        return status_name(row[10])
