"""Bodies of payments, exchange rates and beneficiaries."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from server_stub.schemas.common import Challenge, Currency, Money, Strict

PaymentStatus = Literal["awaiting_otp", "scheduled", "executed", "rejected", "cancelled", "expired"]
Kind = Literal["own", "internal", "external"]
Schedule = Literal["now", "after_window"]
#: Checked as typed (spaces between groups allowed); mod-97 and the bank are the server's rules.
IbanText = Annotated[
    str, Field(min_length=1, max_length=64, examples=["AL47 2121 1009 0000 0002 3569 8741"])
]
#: Whitespace by every regex engine's reckoning: Python's and pydantic's also count U+001C–1F
#: and U+0085 as space, JSON Schema's (ECMA-262) also U+FEFF. Spelled out, so that the schema
#: and the server agree on which names are blank.
_BLANK = "\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
#: A name with at least one visible character.
Name = Annotated[str, Field(min_length=1, max_length=120, pattern=f"[^{_BLANK}]")]
#: Any decimal text: amounts the rules refuse (<= 0, 3 decimals, over 1e12) are invalid_amount.
AmountText = Annotated[str, Field(min_length=1, max_length=40, examples=["1500.00"])]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class PaymentRequest(Strict):
    debtor_account_id: Id
    creditor_iban: IbanText
    creditor_name: Name
    amount: AmountText
    currency: Currency
    description: Annotated[str, Field(max_length=140)] = ""
    schedule: Schedule = "now"


class ConfirmRequest(Strict):
    otp: Annotated[str, Field(pattern=r"^[0-9]{6}$", examples=["123456"])]


class Quote(BaseModel):
    amount: Money
    currency: Currency
    fee: Money
    total: Money
    credited_amount: Money
    credited_currency: Currency
    #: Units of credited_currency per unit of currency; null when nothing is converted.
    rate: str | None
    kind: Kind
    creditor_name: str
    creditor_iban: str
    schedule: Schedule
    #: When a payment confirmed now would run (after the window); null for "right away".
    execute_at: str | None


class PaymentCreated(Quote):
    id: str
    status: Literal["awaiting_otp"]
    challenge: Challenge
    debtor_account_id: str
    description: str
    created_at: str


class Confirmed(BaseModel):
    id: str
    status: Literal["executed", "scheduled"]
    executed_at: str | None = None
    transaction_id: str | None = None
    reference: str | None = None
    execute_at: str | None = None


class Cancelled(BaseModel):
    id: str
    status: Literal["cancelled"]


class Payment(BaseModel):
    id: str
    status: PaymentStatus
    error_code: str | None
    kind: Kind
    debtor_account_id: str
    creditor_name: str
    creditor_iban: str
    amount: Money
    currency: Currency
    fee: Money
    total: Money
    credited_amount: Money
    credited_currency: Currency
    rate: str | None
    description: str
    schedule: Schedule
    created_at: str
    execute_at: str | None
    executed_at: str | None
    transaction_id: str | None
    reference: str | None


class PaymentList(BaseModel):
    payments: list[Payment]
    next_cursor: str | None


class Rate(BaseModel):
    buy: Money
    sell: Money


class FxRates(BaseModel):
    base: Literal["ALL"]
    rates: dict[str, Rate]
    as_of: str


class BeneficiaryRequest(Strict):
    name: Name
    iban: IbanText


class BeneficiaryRename(Strict):
    name: Name


class Beneficiary(BaseModel):
    id: str
    name: str
    iban: str


class BeneficiaryList(BaseModel):
    beneficiaries: list[Beneficiary]
    next_cursor: str | None
