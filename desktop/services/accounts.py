"""The customer's accounts, as typed values with Decimal money."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from desktop.api import ApiClient


@dataclasses.dataclass(frozen=True, slots=True)
class Account:
    id: str
    iban: str
    name: str
    type: str
    currency: str
    balance: Decimal
    available: Decimal

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Account:
        return cls(
            id=str(data["id"]),
            iban=str(data["iban"]),
            name=str(data["name"]),
            type=str(data["type"]),
            currency=str(data["currency"]),
            balance=Decimal(str(data["balance"])),
            available=Decimal(str(data["available"])),
        )


def totals_by_currency(accounts: list[Account]) -> dict[str, Decimal]:
    """Sum of balances per currency, in the order the currencies first appear."""
    totals: dict[str, Decimal] = {}
    for account in accounts:
        totals[account.currency] = totals.get(account.currency, Decimal(0)) + account.balance
    return totals


class AccountsService:
    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def accounts(self) -> list[Account]:
        body = await self._api.get("/accounts")
        return [Account.from_api(item) for item in body["accounts"]]
