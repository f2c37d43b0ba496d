"""The transactions page's filter bar: account, period, search text, direction and amount range."""

from __future__ import annotations

import contextlib
import functools
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language
from desktop.money import format_amount, format_iban, parse_amount
from desktop.services.accounts import Account
from desktop.services.transactions import (
    DEFAULT_PRESET,
    PRESETS,
    Direction,
    Filter,
    bank_today,
    preset_period,
)
from ui.widgets.error_label import ErrorLabel
from ui.widgets.flow_layout import FlowLayout

translate = QCoreApplication.translate

#: Typing pauses this long before the filter is applied: one request per pause, not per key.
DEBOUNCE_MS = 300
DIRECTIONS: tuple[Direction | None, ...] = (None, "credit", "debit")


def preset_name(preset: str) -> str:
    return {
        "this_month": translate("TransactionFilters", "This month"),
        "last_30_days": translate("TransactionFilters", "Last 30 days"),
        "last_3_months": translate("TransactionFilters", "Last 3 months"),
        "last_6_months": translate("TransactionFilters", "Last 6 months"),
        "this_year": translate("TransactionFilters", "This year"),
        "custom": translate("TransactionFilters", "Custom dates"),
    }[preset]


def direction_choice(direction: Direction | None) -> str:
    if direction == "credit":
        return translate("TransactionFilters", "Money in (credits)")
    if direction == "debit":
        return translate("TransactionFilters", "Money out (debits)")
    return translate("TransactionFilters", "All")


def date_format(language: str) -> str:
    """QDateEdit's display format, as desktop.money.format_date writes dates."""
    return "dd.MM.yyyy" if language == "sq" else "yyyy-MM-dd"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def make_date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(2000, 1, 1))
    return edit


def date_of(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


class TransactionFilters(QWidget):
    """Signals: changed() when the filter should be applied (typing is debounced first)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionFilters")
        self._today = bank_today()
        self._accounts: list[Account] = []

        self.account_selector = QComboBox(self)
        self.account_selector.setObjectName("accountSelector")
        # Wide enough for the whole IBAN: customers tell their accounts apart by it.
        self.account_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_selector = QComboBox(self)
        self.period_selector.setObjectName("periodSelector")
        for preset in PRESETS:
            self.period_selector.addItem(preset_name(preset), preset)
        self.from_edit = make_date_edit(self, "fromDateEdit")
        self.to_edit = make_date_edit(self, "toDateEdit")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(100)  # the server's limit for q
        self.direction_selector = QComboBox(self)
        self.direction_selector.setObjectName("directionSelector")
        for direction in DIRECTIONS:
            self.direction_selector.addItem(direction_choice(direction), direction)
        self.min_amount_edit = QLineEdit(self)
        self.min_amount_edit.setObjectName("minAmountEdit")
        self.max_amount_edit = QLineEdit(self)
        self.max_amount_edit.setObjectName("maxAmountEdit")
        # Amounts and dates keep their natural width; the account and the search take the rest.
        amount_width = self.fontMetrics().horizontalAdvance("0 000 000 000,00") + 24
        for edit in (self.min_amount_edit, self.max_amount_edit):
            edit.setMaximumWidth(amount_width)
        self.amount_error = ErrorLabel(self)
        self.amount_error.setObjectName("amountErrorLabel")

        self.labels = {name: QLabel(self) for name in PARTS}
        buddies: dict[str, QWidget] = {
            "account": self.account_selector,
            "period": self.period_selector,
            "from": self.from_edit,
            "to": self.to_edit,
            "search": self.search_edit,
            "direction": self.direction_selector,
            "min": self.min_amount_edit,
            "max": self.max_amount_edit,
        }
        for name, buddy in buddies.items():
            self.labels[name].setBuddy(buddy)

        # Label/field pairs flow like words and wrap when the width runs out (Albanian, large
        # text): no field is squeezed. The account (whole IBAN) and the search box take what
        # is left of their line.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        flow = FlowLayout()
        flow.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        for name in PARTS:
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.labels[name])
            row.addWidget(buddies[name], 1)
            if name in ("account", "search"):
                pair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            flow.addWidget(pair)
        layout.addLayout(flow)
        # Under the amounts, whose message it is; the whole width so it never gets cut.
        self.amount_error.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.amount_error)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.account_selector.currentIndexChanged.connect(self._apply_now)
        self.period_selector.currentIndexChanged.connect(self._preset_chosen)
        self.direction_selector.currentIndexChanged.connect(self._apply_now)
        for edit in (self.search_edit, self.min_amount_edit, self.max_amount_edit):
            edit.textChanged.connect(self._debounce.start)
            edit.returnPressed.connect(self._apply_now)
        for date_edit in (self.from_edit, self.to_edit):
            date_edit.dateChanged.connect(self._date_typed)
        self._set_preset(DEFAULT_PRESET)
        self.retranslate()

    # --- accounts and today -------------------------------------------------------------
    def set_accounts(self, accounts: list[Account], selected: str | None) -> None:
        """Fills the selector without applying: the caller loads once everything is set."""
        self._accounts = list(accounts)
        self.account_selector.blockSignals(True)
        self.account_selector.clear()
        for account in accounts:
            self.account_selector.addItem(self._account_text(account), account.id)
        index = self.account_selector.findData(selected) if selected else -1
        self.account_selector.setCurrentIndex(max(index, 0) if accounts else -1)
        self.account_selector.blockSignals(False)

    def select_account(self, account_id: str) -> bool:
        """Chooses the account (applies at once when it changes); False when it is unknown."""
        index = self.account_selector.findData(account_id)
        if index < 0:
            return False
        self.account_selector.setCurrentIndex(index)
        return True

    def account_id(self) -> str | None:
        data = self.account_selector.currentData()
        return data if isinstance(data, str) else None

    def account(self) -> Account | None:
        wanted = self.account_id()
        return next((a for a in self._accounts if a.id == wanted), None)

    def set_today(self, today: date) -> None:
        """The bank's today, which the presets end on; a preset's dates follow it."""
        self._today = today
        self._set_preset(str(self.period_selector.currentData()))

    def today(self) -> date:
        return self._today

    # --- the filter ---------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return date_of(self.from_edit), date_of(self.to_edit)

    def current_filter(self) -> Filter | None:
        """The filter as typed, or None (and a message next to the amounts) if one is wrong."""
        language = current_language()
        amounts: list[Decimal | None] = []
        for which, edit in (("min", self.min_amount_edit), ("max", self.max_amount_edit)):
            text = edit.text().strip()
            amount = parse_amount(text, language) if text else None
            if text and (amount is None or amount < 0):
                # The field's description follows the message, also after a language switch.
                self.amount_error.show_message(functools.partial(_bad_amount, which), edit)
                return None
            edit.setAccessibleDescription("")
            amounts.append(amount)
        low, high = amounts
        if low is not None and high is not None and high < low:
            self.amount_error.show_message(_max_below_min, self.max_amount_edit)
            return None
        self.amount_error.clear_message()
        start, end = self.period()
        direction = self.direction_selector.currentData()
        return Filter(
            date_from=min(start, end),
            date_to=max(start, end),
            text=self.search_edit.text().strip(),
            direction=direction if direction in ("credit", "debit") else None,
            min_amount=low,
            max_amount=high,
        )

    def _apply_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def _preset_chosen(self) -> None:
        self._set_preset(str(self.period_selector.currentData()))
        self._apply_now()

    def _set_preset(self, preset: str) -> None:
        period = preset_period(preset, self._today)
        self.period_selector.blockSignals(True)
        self.period_selector.setCurrentIndex(max(self.period_selector.findData(preset), 0))
        self.period_selector.blockSignals(False)
        if period is None:
            return
        for edit, day in ((self.from_edit, period[0]), (self.to_edit, period[1])):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _date_typed(self) -> None:
        # Dates typed by hand make the period custom; typing waits like the search box does.
        if self.period_selector.currentData() != "custom":
            self.period_selector.blockSignals(True)
            self.period_selector.setCurrentIndex(self.period_selector.findData("custom"))
            self.period_selector.blockSignals(False)
        self._debounce.start()

    # --- drafts -------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        start, end = self.period()
        return {
            "account": self.account_id(),
            "period": self.period_selector.currentData(),
            "from": start.isoformat(),
            "to": end.isoformat(),
            "text": self.search_edit.text(),
            "direction": self.direction_selector.currentData(),
            "min": self.min_amount_edit.text(),
            "max": self.max_amount_edit.text(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """Puts back what state() returned, without applying it (the page applies once)."""
        widgets: list[QWidget] = [
            self.period_selector,
            self.from_edit,
            self.to_edit,
            self.search_edit,
            self.direction_selector,
            self.min_amount_edit,
            self.max_amount_edit,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            preset = str(state.get("period") or DEFAULT_PRESET)
            if preset == "custom":
                self.period_selector.setCurrentIndex(self.period_selector.findData("custom"))
                for edit, key in ((self.from_edit, "from"), (self.to_edit, "to")):
                    with contextlib.suppress(ValueError):
                        edit.setDate(to_qdate(date.fromisoformat(str(state.get(key)))))
            elif preset in PRESETS:
                self._set_preset(preset)
            self.search_edit.setText(str(state.get("text") or ""))
            index = self.direction_selector.findData(state.get("direction"))
            self.direction_selector.setCurrentIndex(max(index, 0))
            self.min_amount_edit.setText(str(state.get("min") or ""))
            self.max_amount_edit.setText(str(state.get("max") or ""))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    # --- language -----------------------------------------------------------------------
    def _account_text(self, account: Account) -> str:
        return f"{account.name} · {format_iban(account.iban)} · {account.currency}"

    def retranslate(self) -> None:
        language = current_language()
        texts = {
            "account": translate("TransactionFilters", "&Account:"),
            "period": translate("TransactionFilters", "&Period:"),
            "from": translate("TransactionFilters", "F&rom:"),
            "to": translate("TransactionFilters", "&To:"),
            "search": translate("TransactionFilters", "&Search:"),
            "direction": translate("TransactionFilters", "&Direction:"),
            "min": translate("TransactionFilters", "Mi&n. amount:"),
            "max": translate("TransactionFilters", "Ma&x. amount:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        for i, preset in enumerate(PRESETS):
            self.period_selector.setItemText(i, preset_name(preset))
        for i, direction in enumerate(DIRECTIONS):
            self.direction_selector.setItemText(i, direction_choice(direction))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_format(language))
        self.search_edit.setPlaceholderText(
            translate("TransactionFilters", "Description or other party")
        )
        # Room for the whole hint and the clear button, in either language.
        metrics = self.search_edit.fontMetrics()
        hint = metrics.horizontalAdvance(self.search_edit.placeholderText())
        self.search_edit.setMinimumWidth(hint + metrics.averageCharWidth() * 6)
        example = format_amount(Decimal("1500.50"), language)
        for amount_edit in (self.min_amount_edit, self.max_amount_edit):
            amount_edit.setPlaceholderText(
                translate("TransactionFilters", "e.g. {example}").format(example=example)
            )
        self.amount_error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


PARTS = ("account", "period", "from", "to", "search", "direction", "min", "max")


def _bad_amount(which: str) -> str:
    example = format_amount(Decimal("1500.50"), current_language())
    if which == "min":
        return translate(
            "TransactionFilters",
            "The minimum amount is not a valid amount. Write it like {example}, or leave it empty.",
        ).format(example=example)
    return translate(
        "TransactionFilters",
        "The maximum amount is not a valid amount. Write it like {example}, or leave it empty.",
    ).format(example=example)


def _max_below_min() -> str:
    return translate(
        "TransactionFilters", "The maximum amount is lower than the minimum. Check the two amounts."
    )
