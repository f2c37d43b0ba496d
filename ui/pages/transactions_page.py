"""Account transactions ("Veprimet e Llogarisë"): filters, the table, totals, chart and export."""

from __future__ import annotations

import asyncio
import functools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language
from desktop.messages import error_message
from desktop.models.transactions import TransactionsModel
from desktop.money import format_money
from desktop.services.accounts import AccountsService
from desktop.services.info import BankInfo, InfoService
from desktop.services.transactions import Filter, Summary, TransactionsService, bank_today
from desktop.statement_export import Party
from desktop.tasks import spawn
from ui.pages.page import Page
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.transaction_details import TransactionDetailsDialog
from ui.widgets.transaction_filters import TransactionFilters
from ui.widgets.transactions_table import TransactionsTable

if TYPE_CHECKING:
    from ui.widgets.balance_chart import BalanceChart
    from ui.widgets.export_dialog import ExportDialog

translate = QCoreApplication.translate


class TransactionsPage(Page):
    """Signals: loaded() when the first page of a filter is on screen."""

    loaded = Signal()
    help_topic = "transactions"

    def __init__(
        self,
        service: TransactionsService,
        accounts: AccountsService,
        info: InfoService,
        *,
        customer_name: str,
        customer_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transactionsPage")
        self._service = service
        self._accounts_service = accounts
        self._info = info
        self._customer = (customer_name, customer_number)
        self._bank: BankInfo | None = None
        self._accounts_ready = False
        self._loading_accounts = False
        self._wanted_account: str | None = None
        self._query: tuple[str | None, Filter] | None = None
        self._chart_key: tuple[Any, ...] | None = None
        self._summary: Summary | None = None
        self._side_generation = 0
        self._side_pending: tuple[str, Filter, bool] | None = None
        self._restored: dict[str, Any] | None = None
        self._force_next = False
        #: Where the export dialog proposes to save (tests point it at a temporary folder).
        self.export_dir: Path | None = None
        self.details_dialog: TransactionDetailsDialog | None = None
        self.export_dialog: ExportDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportStatementButton")
        self.export_button.setEnabled(False)
        self.filters = TransactionFilters(self)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("transactionsErrorLabel")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryTransactionsButton")
        self.retry_button.setVisible(False)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("transactionsSummaryLabel")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("transactionsStatusLabel")

        self.model = TransactionsModel(service)
        self.table = TransactionsTable(self.model, self)
        self.table.openRequested.connect(self._open_details)
        # Qt Charts loads with the page, not with the app: the login window opens sooner.
        from ui.widgets.balance_chart import BalanceChart

        self.chart: BalanceChart = BalanceChart(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_button)
        errors = QHBoxLayout()
        errors.addWidget(self.error_label, 1)
        errors.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addLayout(errors)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        # Choices apply at once and typing after a pause; both land here, once per turn.
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_due)
        self.filters.changed.connect(self.schedule_apply)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadingChanged.connect(self._loading_changed)
        self.model.loadFailed.connect(self._load_failed)
        self.retry_button.clicked.connect(self._retry)
        self.export_button.clicked.connect(self.open_export)
        self.retranslate()

    def nav_title(self) -> str:
        return translate("TransactionsPage", "Account Transactions")

    # --- loading ------------------------------------------------------------------------
    def activate(self) -> None:
        if self._accounts_ready:
            self.schedule_apply(force=True)  # fresh rows after coming back (a new payment)
        elif not self._loading_accounts:
            spawn(self._load_accounts())

    def select_account(self, account_id: str) -> None:
        """Shows this account's transactions (the Accounts page's Enter)."""
        self._wanted_account = account_id
        if self._accounts_ready:
            self.filters.select_account(account_id)

    def focus_table(self) -> None:
        self.table.setFocus()

    async def _load_accounts(self) -> None:
        self._loading_accounts = True
        self.status_label.setText(translate("TransactionsPage", "Loading transactions…"))
        # The bank's date (for the periods) comes with its name; both travel with the accounts.
        accounts, info = await asyncio.gather(
            self._accounts_service.accounts(), self._info.info(), return_exceptions=True
        )
        if not alive(self):
            return
        self._loading_accounts = False
        if isinstance(info, BankInfo):
            self._bank = info
            self.filters.set_today(bank_today(info.server_time))
        if isinstance(accounts, BaseException):
            self.status_label.clear()
            self._show_error(accounts)
            return
        self.filters.set_accounts(accounts, self._wanted_account)
        self._accounts_ready = True
        self.export_button.setEnabled(bool(accounts))
        self.schedule_apply(force=True)

    def schedule_apply(self, force: bool = False) -> None:
        self._force_next = self._force_next or force
        self._apply_timer.start()

    def _apply_due(self) -> None:
        force, self._force_next = self._force_next, False
        self.apply_filter(force=force)

    def apply_filter(self, *, force: bool = False) -> None:
        """Loads the first page of the filter as typed; nothing is sent while it is invalid."""
        if not self._accounts_ready:
            return
        wanted = self.filters.current_filter()
        if wanted is None:
            return  # the message is next to the amount
        account = self.filters.account_id()
        if not force and self._query == (account, wanted):
            return  # e.g. a letter typed and deleted within the pause
        self._query = (account, wanted)
        self.error_label.clear_message()
        self.retry_button.setVisible(False)
        self.model.set_query(account, wanted)  # the table's request goes out first
        self._side_generation += 1
        self._summary = None
        self.summary_label.setText(translate("TransactionsPage", "Counting…"))
        if account is not None:
            # The count and the chart wait for the first rows: the table has the server alone.
            self._side_pending = (account, wanted, force)

    def _load_side(self) -> None:
        """The filter's count and sums, and the chart when the account or period changed."""
        if self._side_pending is None:
            return
        account, wanted, force = self._side_pending
        self._side_pending = None
        spawn(self._load_summary(self._side_generation, account, wanted))
        chart_key = (account, wanted.date_from, wanted.date_to)
        if force or chart_key != self._chart_key:
            self._chart_key = chart_key
            spawn(self._load_chart(chart_key))

    async def _load_summary(self, generation: int, account: str, wanted: Filter) -> None:
        try:
            summary = await self._service.summary(account, wanted)
        except Exception:
            summary = None  # the table's own request reports the error
        if alive(self) and generation == self._side_generation:
            self._summary = summary
            self._show_summary()

    async def _load_chart(self, key: tuple[Any, ...]) -> None:
        account, start, end = key
        try:
            history = await self._service.balance_history(account, start, end)
        except Exception:
            history = None
        if not alive(self) or key != self._chart_key:
            return  # the customer already asked for another account or period
        if history is None:
            self._chart_key = None  # asked again with the next filter
        self.chart.set_history(history)

    def _page_loaded(self, rows: int) -> None:
        self._load_side()
        if not self.table.currentIndex().isValid() and rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.loaded.emit()
        self._update_status()

    def _loading_changed(self, loading: bool) -> None:
        self._update_status(loading)

    def _update_status(self, loading: bool | None = None) -> None:
        busy = self.model.fetching if loading is None else loading
        if busy and self.model.rowCount() == 0:
            self.status_label.setText(translate("TransactionsPage", "Loading transactions…"))
        elif busy:
            self.status_label.setText(translate("TransactionsPage", "Loading more…"))
        elif self.model.rowCount() == 0 and self._accounts_ready and self._query is not None:
            self.status_label.setText(
                translate("TransactionsPage", "No transactions match this filter.")
            )
        else:
            self.status_label.clear()

    def _load_failed(self, error: BaseException) -> None:
        self._side_pending = None
        self.summary_label.clear()
        self._show_error(error)
        self.retry_button.setVisible(True)
        self._update_status(False)

    def _show_error(self, error: BaseException) -> None:
        self.error_label.show_message(functools.partial(error_message, error))
        self.retry_button.setVisible(True)

    def _retry(self) -> None:
        self.error_label.clear_message()
        self.retry_button.setVisible(False)
        if not self._accounts_ready:
            spawn(self._load_accounts())
        else:
            self.schedule_apply(force=True)

    def _show_summary(self) -> None:
        summary = self._summary
        if summary is None:
            self.summary_label.clear()
            return
        account = self.filters.account()
        currency = account.currency if account else ""
        language = current_language()
        self.summary_label.setText(
            translate(
                "TransactionsPage",
                "Transactions: {count} · money in: {total_in} · money out: {total_out}",
            ).format(
                count=QLocale().toString(summary.count),
                total_in=format_money(summary.total_in, currency, language),
                total_out=format_money(summary.total_out, currency, language),
            )
        )

    # --- details and export -------------------------------------------------------------
    def _open_details(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        dialog = TransactionDetailsDialog(self.model.transaction_at(index.row()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.table.setFocus)
        self.details_dialog = dialog
        dialog.open()

    def open_export(self) -> None:
        """The statement dialog for the chosen account, on the page's period."""
        account = self.filters.account()
        if account is None:
            return
        # Imported on first use, with the export writers: the app starts without them.
        from ui.widgets.export_dialog import ExportDialog

        dialog = ExportDialog(
            self._service,
            self._party,
            account,
            self.filters.period(),
            count_hint=functools.partial(self._statement_count, account.id),
            directory=self.export_dir,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.export_button.setFocus)
        self.export_dialog = dialog
        dialog.open()

    async def _statement_count(self, account_id: str, start: date, end: date) -> int:
        # Pending rows count here too, so it is an upper bound: fine for a progress bar.
        return (await self._service.summary(account_id, Filter(start, end))).count

    async def _party(self) -> Party:
        if self._bank is None:
            self._bank = await self._info.info()
        name, number = self._customer
        return Party(bank_name=self._bank.bank, customer_name=name, customer_number=number)

    # --- drafts and language ------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if not self._accounts_ready:
            return self._restored  # never opened since the last login: keep the older draft
        return self.filters.state()

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self._restored = dict(draft)
        self.filters.restore_state(draft)
        account = draft.get("account")
        if isinstance(account, str):
            self._wanted_account = account

    def retranslate(self) -> None:
        self.title.setText(translate("TransactionsPage", "Account Transactions"))
        self.export_button.setText(translate("TransactionsPage", "&Export statement…"))
        self.export_button.setAccessibleName(
            translate("TransactionsPage", "Export the account statement")
        )
        self.retry_button.setText(translate("TransactionsPage", "Tr&y again"))
        self.retry_button.setAccessibleName(translate("TransactionsPage", "Try again"))
        self.summary_label.setAccessibleName(translate("TransactionsPage", "Totals"))
        self.model.retranslate()
        self._show_summary()
        self._update_status()
