"""Bodies of accounts and their transactions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

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
