"""Accounts page: every account with IBAN, type, currency, balance and available balance."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.i18n import current_language
from desktop.messages import error_message
from desktop.models.accounts import AccountsModel
from desktop.money import format_money
from desktop.services.accounts import AccountsService, totals_by_currency
from ui.pages.page import Page
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.stretch_column import StretchColumn

translate = QCoreApplication.translate


class AccountsPage(Page):
    """Signals: openTransactions(str) with the account id (Enter or double-click on a row)."""

    openTransactions = Signal(str)
    loaded = Signal()
    help_topic = "accounts"

    def __init__(self, service: AccountsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self._service = service
        self.model = AccountsModel()

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshAccountsButton")
        self.table = QTableView(self)
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The account name takes the spare width; the numbers keep their natural width.
        self.name_column = StretchColumn(self.table, AccountsModel.NAME)
        self.table.doubleClicked.connect(self._open)
        self.table.installEventFilter(self)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("accountsTotalsLabel")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("accountsErrorLabel")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.hint_label)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()

    def nav_title(self) -> str:
        return translate("AccountsPage", "Accounts")

    def activate(self) -> None:
        self.refresh()

    @asyncSlot()
    async def refresh(self) -> None:
        if not self.refresh_button.isEnabled():
            return
        self.refresh_button.setEnabled(False)
        selected = self.current_account_id()
        try:
            accounts = await self._service.accounts()
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self):
                self.refresh_button.setEnabled(True)
        if not alive(self):
            return  # the window closed (logout) while the request was on its way
        self.error_label.clear_message()
        self.model.set_accounts(accounts)
        self._show_totals()
        row = next((i for i, a in enumerate(accounts) if a.id == selected), 0)
        if accounts:
            self.table.selectRow(row)
        self.loaded.emit()

    def current_account_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.account_at(index.row()).id if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openTransactions.emit(self.model.account_at(index.row()).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _show_totals(self) -> None:
        totals = totals_by_currency(self.model.accounts())
        language = current_language()
        parts = [format_money(amount, currency, language) for currency, amount in totals.items()]
        self.totals_label.setText(
            translate("AccountsPage", "Total per currency: {totals}").format(
                totals=" · ".join(parts)
            )
            if parts
            else ""
        )

    def reset(self) -> None:
        self.model.set_accounts([])
        self.totals_label.clear()
        self.error_label.clear_message()

    def retranslate(self) -> None:
        self.title.setText(translate("AccountsPage", "Accounts"))
        self.refresh_button.setText(translate("AccountsPage", "&Refresh"))
        self.refresh_button.setAccessibleName(translate("AccountsPage", "Refresh the accounts"))
        self.table.setAccessibleName(translate("AccountsPage", "Accounts"))
        self.table.setAccessibleDescription(
            translate("AccountsPage", "Press Enter on an account to see its transactions.")
        )
        self.hint_label.setText(
            translate(
                "AccountsPage",
                "Press Enter or double-click an account to see its transactions. Available "
                "balance is the balance minus payments not yet booked.",
            )
        )
        self.model.retranslate()
        self._show_totals()
