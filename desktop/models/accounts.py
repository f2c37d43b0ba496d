"""Table model of the accounts page: name, IBAN, type, currency, balance, available."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.i18n import current_language
from desktop.money import format_iban, format_money
from desktop.services.accounts import Account

translate = QCoreApplication.translate

ModelIndex = QModelIndex | QPersistentModelIndex


def account_type_name(kind: str) -> str:
    if kind == "savings":
        return translate("Accounts", "Savings")
    return translate("Accounts", "Current")


class AccountsModel(QAbstractTableModel):
    NAME, IBAN, TYPE, CURRENCY, BALANCE, AVAILABLE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._accounts: list[Account] = []

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def account_at(self, row: int) -> Account:
        return self._accounts[row]

    def retranslate(self) -> None:
        """Headers and formatted cells follow the language: tell the views."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._accounts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("Accounts", "Account"),
            translate("Accounts", "IBAN"),
            translate("Accounts", "Type"),
            translate("Accounts", "Currency"),
            translate("Accounts", "Balance"),
            translate("Accounts", "Available balance"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        column = index.column()
        language = current_language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                account.name,
                format_iban(account.iban),
                account_type_name(account.type),
                account.currency,
                format_money(account.balance, account.currency, language),
                format_money(account.available, account.currency, language),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BALANCE, self.AVAILABLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return account.id
        return None
