"""What a statement export is made of: the account's header and its booked lines (API.md JSON)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal
from zoneinfo import ZoneInfo

from desktop.money import normalize_iban

#: The bank's SWIFT/BIC, printed on statements and written into camt.053.
BANK_BIC = "NCBAALTX"
#: The bank's business time zone (API.md): statement periods and printed times are Tirana's.
TIRANA = ZoneInfo("Europe/Tirane")

Language = Literal["sq", "en"]
AccountType = Literal["current", "savings"]


def money_from_api(value: object) -> Decimal:
    """A money string of the wire ("-1500.50") as a Decimal; a float or garbage is an error."""
    if not isinstance(value, str):
        # A float here would already have lost cents somewhere: refuse it rather than guess.
        raise TypeError(f"money must be a JSON string, not {type(value).__name__}")
    try:
        amount = Decimal(value)
    except InvalidOperation as err:
        raise ValueError(f"not a money amount: {value!r}") from err
    if not amount.is_finite():
        raise ValueError(f"not a money amount: {value!r}")
    return amount


def _date(value: object) -> date:
    if not isinstance(value, str):
        raise TypeError(f"a date must be a string, not {type(value).__name__}")
    return date.fromisoformat(value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


@dataclasses.dataclass(frozen=True, slots=True)
class StatementHeader:
    """Who and what a statement is about; the same on every page of the statement endpoint.

    `total_lines`, when the caller knows it, lets the PDF print "Page 3 of 12" without holding
    every row; without it the PDF prints "Page 3".
    """

    bank_name: str
    bank_bic: str
    bank_address: str
    customer_name: str
    customer_number: str
    account_name: str
    iban: str
    currency: str
    period_from: date
    period_to: date
    opening_balance: Decimal
    closing_balance: Decimal
    generated_at: datetime
    language: Language
    account_type: AccountType = "current"
    total_lines: int | None = None

    def __post_init__(self) -> None:
        if self.generated_at.tzinfo is None:
            raise ValueError("generated_at must be an aware datetime")
        if self.period_from > self.period_to:
            raise ValueError("the period ends before it starts")
        object.__setattr__(self, "iban", normalize_iban(self.iban))

    @property
    def bank_code(self) -> str:
        """The three digits after the check digits of an Albanian IBAN ("205" for this bank)."""
        return self.iban[4:7]

    @property
    def branch_code(self) -> str:
        return self.iban[7:11]

    @property
    def account_number(self) -> str:
        """The 16-character account part of an Albanian IBAN (what OFX calls ACCTID)."""
        return self.iban[12:]

    @classmethod
    def from_api(
        cls,
        statement: Mapping[str, Any],
        account: Mapping[str, Any],
        *,
        bank_name: str,
        bank_address: str,
        customer_name: str,
        customer_number: str,
        generated_at: datetime,
        language: Language,
        total_lines: int | None = None,
        bank_bic: str = BANK_BIC,
    ) -> StatementHeader:
        """The header from a statement page (API.md) and the account as `GET /accounts` gives it."""
        return cls(
            bank_name=bank_name,
            bank_bic=bank_bic,
            bank_address=bank_address,
            customer_name=customer_name,
            customer_number=customer_number,
            account_name=_text(account["name"]),
            iban=_text(account["iban"]),
            currency=_text(account["currency"]),
            period_from=_date(statement["from"]),
            period_to=_date(statement["to"]),
            opening_balance=money_from_api(statement["opening_balance"]),
            closing_balance=money_from_api(statement["closing_balance"]),
            generated_at=generated_at,
            language=language,
            account_type="savings" if account.get("type") == "savings" else "current",
            total_lines=total_lines,
        )


@dataclasses.dataclass(frozen=True, slots=True)
class StatementLine:
    """One booked transaction; `amount` is negative for a debit."""

    id: int
    booking_date: date
    value_date: date
    amount: Decimal
    currency: str
    description: str
    counterparty_name: str
    counterparty_iban: str
    reference: str
    balance_after: Decimal | None

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> StatementLine:
        """One transaction of API.md's JSON; money strings become Decimal, never float."""
        raw_id = data["id"]
        if isinstance(raw_id, bool) or not isinstance(raw_id, int | str):
            raise TypeError(f"a transaction id must be an integer, not {raw_id!r}")
        balance = data.get("balance_after")
        return cls(
            id=int(raw_id),
            booking_date=_date(data["booking_date"]),
            value_date=_date(data["value_date"]),
            amount=money_from_api(data["amount"]),
            currency=_text(data["currency"]),
            description=_text(data.get("description")),
            counterparty_name=_text(data.get("counterparty_name")),
            counterparty_iban=_text(data.get("counterparty_iban")),
            reference=_text(data.get("reference")),
            balance_after=None if balance is None else money_from_api(balance),
        )
