"""An account's transactions, statements and balance history, as typed values with Decimal money."""

from __future__ import annotations

import calendar
import dataclasses
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from desktop.api import ApiClient
from desktop.services.accounts import Account

Direction = Literal["credit", "debit"]
#: The bank's business time zone (API.md): periods are Tirana's calendar days.
TIRANA = ZoneInfo("Europe/Tirane")

#: Rows of the first list page (API.md allows 1–500): enough to fill a tall window, quick.
PAGE_SIZE = 200
#: Rows of each further page while scrolling: fewer round trips, still decoded within a frame.
NEXT_PAGE_SIZE = 500
#: Rows per statement page while exporting: the JSON of a page is decoded on the GUI thread,
#: so a page must decode well within a frame (5,000 rows would stall it for tens of ms).
STATEMENT_PAGE_SIZE = 1000


def _money(value: object) -> Decimal:
    # The wire carries money as strings ("-250.50"); str() also guards against a stray number.
    return Decimal(str(value))


@dataclasses.dataclass(frozen=True, slots=True)
class Transaction:
    """One transaction of API.md.

    `amount` is negative for a debit; `balance_after` is None while the transaction is pending.
    """

    id: str
    booking_date: date
    value_date: date
    amount: Decimal
    currency: str
    description: str
    counterparty_name: str
    counterparty_iban: str
    reference: str
    balance_after: Decimal | None
    status: str

    @property
    def pending(self) -> bool:
        return self.status == "pending"

    @property
    def is_credit(self) -> bool:
        return self.amount > 0

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Transaction:
        balance = data.get("balance_after")
        return cls(
            id=str(data["id"]),
            booking_date=date.fromisoformat(str(data["booking_date"])),
            value_date=date.fromisoformat(str(data["value_date"])),
            amount=_money(data["amount"]),
            currency=str(data["currency"]),
            description=str(data.get("description") or ""),
            counterparty_name=str(data.get("counterparty_name") or ""),
            counterparty_iban=str(data.get("counterparty_iban") or ""),
            reference=str(data.get("reference") or ""),
            balance_after=None if balance is None else _money(balance),
            status=str(data.get("status") or "booked"),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Filter:
    """What the customer narrowed the list to; amounts are absolute values."""

    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    direction: Direction | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None

    def params(self) -> dict[str, str]:
        """The query string of API.md; empty values are left out."""
        params: dict[str, str] = {}
        if self.date_from is not None:
            params["from"] = self.date_from.isoformat()
        if self.date_to is not None:
            params["to"] = self.date_to.isoformat()
        if self.text.strip():
            params["q"] = self.text.strip()
        if self.direction is not None:
            params["direction"] = self.direction
        if self.min_amount is not None:
            params["min_amount"] = f"{abs(self.min_amount):.2f}"
        if self.max_amount is not None:
            params["max_amount"] = f"{abs(self.max_amount):.2f}"
        return params


@dataclasses.dataclass(frozen=True, slots=True)
class Summary:
    """Count and sums of the whole filter (pending rows included, as the list shows them)."""

    count: int
    total_in: Decimal
    total_out: Decimal  # negative, like the debits it adds up

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Summary:
        return cls(
            count=int(data["count"]),
            total_in=_money(data["total_in"]),
            total_out=_money(data["total_out"]),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class TransactionPage:
    transactions: list[Transaction]
    next_cursor: str | None
    summary: Summary | None


@dataclasses.dataclass(frozen=True, slots=True)
class StatementPage:
    """One page of a statement: booked rows oldest first, the period's balances on every page.

    The rows stay raw JSON, as the export's writer process takes them (desktop/export/worker.py),
    so that the GUI thread never builds lines it does not show.
    """

    account: Account
    date_from: date
    date_to: date
    opening_balance: Decimal
    closing_balance: Decimal
    rows: list[dict[str, Any]]
    next_cursor: str | None

    def transactions(self) -> list[Transaction]:
        return [Transaction.from_api(row) for row in self.rows]


@dataclasses.dataclass(frozen=True, slots=True)
class BalancePoint:
    day: date
    balance: Decimal


@dataclasses.dataclass(frozen=True, slots=True)
class BalanceHistory:
    """End-of-day booked balances of a period, oldest first (sampled on long periods)."""

    currency: str
    points: list[BalancePoint]

    def lowest(self) -> BalancePoint | None:
        return min(self.points, key=lambda p: p.balance) if self.points else None

    def highest(self) -> BalancePoint | None:
        return max(self.points, key=lambda p: p.balance) if self.points else None


class TransactionsService:
    """GET /accounts/{id}/transactions, /statement and /balance-history (API.md)."""

    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def page(
        self,
        account_id: str,
        wanted: Filter,
        cursor: str | None = None,
        *,
        limit: int = PAGE_SIZE,
        with_summary: bool = False,
    ) -> TransactionPage:
        """A page of the filtered list, newest first; the first page may carry the summary."""
        params: dict[str, Any] = wanted.params()
        params["limit"] = limit
        params["summary"] = "true" if with_summary else "false"
        if cursor:
            params["cursor"] = cursor
        body = await self._api.get(f"/accounts/{account_id}/transactions", params=params)
        summary = body.get("summary")
        return TransactionPage(
            transactions=[Transaction.from_api(item) for item in body["transactions"]],
            next_cursor=body.get("next_cursor"),
            summary=Summary.from_api(summary) if summary else None,
        )

    async def summary(self, account_id: str, wanted: Filter) -> Summary:
        """The filter's count and sums alone: a one-row first page that carries them."""
        page = await self.page(account_id, wanted, limit=1, with_summary=True)
        if page.summary is None:
            return Summary(0, Decimal("0.00"), Decimal("0.00"))
        return page.summary

    async def statement_page(
        self,
        account_id: str,
        date_from: date,
        date_to: date,
        cursor: str | None = None,
        *,
        limit: int = STATEMENT_PAGE_SIZE,
    ) -> StatementPage:
        params: dict[str, Any] = {
            "from": date_from.isoformat(),
            "to": date_to.isoformat(),
            "limit": limit,
        }
        if cursor:
            params["cursor"] = cursor
        body = await self._api.get(f"/accounts/{account_id}/statement", params=params)
        return StatementPage(
            account=Account.from_api(body["account"]),
            date_from=date.fromisoformat(str(body["from"])),
            date_to=date.fromisoformat(str(body["to"])),
            opening_balance=_money(body["opening_balance"]),
            closing_balance=_money(body["closing_balance"]),
            rows=list(body["transactions"]),
            next_cursor=body.get("next_cursor"),
        )

    async def balance_history(
        self, account_id: str, date_from: date, date_to: date
    ) -> BalanceHistory:
        body = await self._api.get(
            f"/accounts/{account_id}/balance-history",
            params={"from": date_from.isoformat(), "to": date_to.isoformat()},
        )
        return BalanceHistory(
            currency=str(body["currency"]),
            points=[
                BalancePoint(date.fromisoformat(str(p["date"])), _money(p["balance"]))
                for p in body["points"]
            ],
        )


#: Period presets of the filter, in menu order; "custom" takes the dates the customer typed.
PRESETS: tuple[str, ...] = (
    "this_month",
    "last_30_days",
    "last_3_months",
    "last_6_months",
    "this_year",
    "custom",
)
DEFAULT_PRESET = "last_3_months"


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's end (31 May - 3 months = 28 Feb)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def preset_period(preset: str, today: date) -> tuple[date, date] | None:
    """The period of a preset ending today (the bank's today); None for "custom"."""
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_30_days":
        return today - timedelta(days=29), today
    if preset == "last_3_months":
        return months_before(today, 3) + timedelta(days=1), today
    if preset == "last_6_months":
        return months_before(today, 6) + timedelta(days=1), today
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    return None


def bank_today(moment: datetime | None = None) -> date:
    """Today in the bank's time zone (Tirana), from `moment` (e.g. the server's time) or now."""
    return (moment or datetime.now(UTC)).astimezone(TIRANA).date()
