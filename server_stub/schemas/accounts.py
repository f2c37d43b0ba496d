"""Bodies of accounts and their transactions."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field, WithJsonSchema

from server_stub.schemas.common import Currency, Money


class Account(BaseModel):
    id: str
    iban: str
    name: str
    type: Literal["current", "savings"]
    currency: Currency
    balance: Money
    available: Money


class AccountList(BaseModel):
    accounts: list[Account]


#: Query values the server reads itself (services/query.py), documented with their real format.
QueryDate = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
#: An optional filter given empty (`?from=`) is no filter, as services/query.py reads it.
OptionalQueryDate = Annotated[
    str,
    WithJsonSchema({"type": "string", "anyOf": [{"format": "date"}, {"maxLength": 0}]}),
]
QueryAmount = Annotated[
    str,
    WithJsonSchema(
        {"type": "string", "pattern": r"^([0-9]{1,12}(\.[0-9]{1,2})?)?$", "examples": ["1500.00"]}
    ),
]

QueryDirection = Annotated[str, WithJsonSchema({"type": "string", "enum": ["credit", "debit", ""]})]


class Transaction(BaseModel):
    id: str
    booking_date: date
    value_date: date
    amount: Money = Field(description="Negative for debits")
    currency: Currency
    description: str
    counterparty_name: str
    counterparty_iban: str
    reference: str
    balance_after: Money | None = Field(description="Null while pending")
    status: Literal["booked", "pending"]


class TransactionSummary(BaseModel):
    """The whole filter's count and sums (pending rows included, as the list shows them)."""

    count: int
    total_in: Money = Field(description="Sum of the credits")
    total_out: Money = Field(description="Sum of the debits, negative like their amounts")


class TransactionPage(BaseModel):
    transactions: list[Transaction]
    next_cursor: str | None
    summary: TransactionSummary | None = Field(
        description="On the first page (no cursor) unless summary=false; null on later pages"
    )


class Statement(BaseModel):
    account: Account
    from_: date = Field(alias="from")
    to: date
    opening_balance: Money
    closing_balance: Money
    transactions: list[Transaction] = Field(description="Booked only, oldest first")
    next_cursor: str | None


class BalancePoint(BaseModel):
    date: date
    balance: Money


class BalanceHistory(BaseModel):
    currency: Currency
    points: list[BalancePoint] = Field(
        description="End-of-day booked balance, oldest first; long periods are sampled"
    )
