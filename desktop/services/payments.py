"""Payments as typed values and requests: quote, create (idempotent), confirm, cancel, history."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.api import NETWORK_ERROR, TIMEOUT, ApiClient, BankError
from desktop.money import normalize_iban
from desktop.services.accounts import Account, AccountsService
from desktop.services.info import InfoService

KINDS = ("own", "internal", "external")
STATUSES = ("awaiting_otp", "scheduled", "executed", "rejected", "cancelled", "expired")
#: Statuses a customer may still cancel.
CANCELLABLE = ("awaiting_otp", "scheduled")
DESCRIPTION_MAX = 140
NAME_MAX = 120


def new_idempotency_key() -> str:
    """A fresh key for one reviewed payment (122 random bits): retries of it send it again."""
    return str(uuid.uuid4())


def is_connection_lost(error: BaseException) -> bool:
    """The request may or may not have reached the bank: only asking it tells what happened."""
    return isinstance(error, BankError) and error.code in (NETWORK_ERROR, TIMEOUT)


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


def _rate(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


@dataclasses.dataclass(frozen=True, slots=True)
class PaymentOrder:
    """What the customer asks for: the body of POST /payments and /payments/quote."""

    debtor_account_id: str
    creditor_iban: str
    creditor_name: str
    amount: Decimal
    currency: str
    description: str = ""
    #: "now", or "after_window": confirmed now in the nightly window, executed at 00:00.
    schedule: str = "now"

    def body(self) -> dict[str, str]:
        return {
            "debtor_account_id": self.debtor_account_id,
            "creditor_iban": normalize_iban(self.creditor_iban),
            "creditor_name": self.creditor_name.strip(),
            "amount": f"{self.amount:.2f}",
            "currency": self.currency,
            "description": self.description.strip(),
            "schedule": self.schedule,
        }


@dataclasses.dataclass(frozen=True, slots=True)
class Quote:
    """What the review step shows, from POST /payments/quote: nothing sent, nothing kept."""

    amount: Decimal
    currency: str
    fee: Decimal
    total: Decimal
    credited_amount: Decimal
    credited_currency: str
    #: Units of the credited currency per unit of the debited one; None when nothing converts.
    rate: Decimal | None
    kind: str
    creditor_name: str
    creditor_iban: str
    schedule: str
    #: When a payment confirmed now would run (after the window); None for "right away".
    execute_at: datetime | None

    @property
    def converted(self) -> bool:
        return self.rate is not None and self.credited_currency != self.currency

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Quote:
        return cls(
            amount=_money(data["amount"]),
            currency=str(data["currency"]),
            fee=_money(data.get("fee") or "0"),
            total=_money(data.get("total") or data["amount"]),
            credited_amount=_money(data.get("credited_amount") or data["amount"]),
            credited_currency=str(data.get("credited_currency") or data["currency"]),
            rate=_rate(data.get("rate")),
            kind=str(data.get("kind") or ""),
            creditor_name=str(data.get("creditor_name") or ""),
            creditor_iban=str(data.get("creditor_iban") or ""),
            schedule=str(data.get("schedule") or "now"),
            execute_at=_moment(data.get("execute_at")),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Challenge:
    """The SMS code sent for a payment: where it went, how long it lasts, when to resend."""

    challenge_id: str
    masked_phone: str
    expires_in: int
    resend_after: int
    otp_length: int

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Challenge:
        return cls(
            challenge_id=str(data["challenge_id"]),
            masked_phone=str(data.get("masked_phone") or ""),
            expires_in=int(data.get("expires_in") or 300),
            resend_after=int(data.get("resend_after") or 30),
            otp_length=int(data.get("otp_length") or 6),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class CreatedPayment:
    id: str
    challenge: Challenge
    quote: Quote

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> CreatedPayment:
        return cls(
            id=str(data["id"]),
            challenge=Challenge.from_api(data["challenge"]),
            quote=Quote.from_api(data),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Payment:
    """One payment as GET /payments shows it."""

    id: str
    status: str
    error_code: str | None
    kind: str
    debtor_account_id: str
    creditor_name: str
    creditor_iban: str
    amount: Decimal
    currency: str
    fee: Decimal
    total: Decimal
    credited_amount: Decimal
    credited_currency: str
    rate: Decimal | None
    description: str
    schedule: str
    created_at: datetime | None
    execute_at: datetime | None
    executed_at: datetime | None
    reference: str | None

    @property
    def cancellable(self) -> bool:
        return self.status in CANCELLABLE

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Payment:
        quote = Quote.from_api(data)
        return cls(
            id=str(data["id"]),
            status=str(data["status"]),
            error_code=data.get("error_code"),
            kind=quote.kind,
            debtor_account_id=str(data.get("debtor_account_id") or ""),
            creditor_name=quote.creditor_name,
            creditor_iban=quote.creditor_iban,
            amount=quote.amount,
            currency=quote.currency,
            fee=quote.fee,
            total=quote.total,
            credited_amount=quote.credited_amount,
            credited_currency=quote.credited_currency,
            rate=quote.rate,
            description=str(data.get("description") or ""),
            schedule=quote.schedule,
            created_at=_moment(data.get("created_at")),
            execute_at=quote.execute_at,
            executed_at=_moment(data.get("executed_at")),
            reference=data.get("reference"),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Outcome:
    """How a payment ended (or stands): from the confirmation, or from asking the bank after."""

    status: str
    reference: str | None = None
    executed_at: datetime | None = None
    execute_at: datetime | None = None
    error_code: str | None = None

    @classmethod
    def from_confirmation(cls, data: dict[str, Any]) -> Outcome:
        return cls(
            status=str(data["status"]),
            reference=data.get("reference"),
            executed_at=_moment(data.get("executed_at")),
            execute_at=_moment(data.get("execute_at")),
        )

    @classmethod
    def from_payment(cls, payment: Payment) -> Outcome:
        return cls(
            status=payment.status,
            reference=payment.reference,
            executed_at=payment.executed_at,
            execute_at=payment.execute_at,
            error_code=payment.error_code,
        )


@dataclasses.dataclass(slots=True)
class ReviewedPayment:
    """One payment from its review to its end.

    The Idempotency-Key is made once, here, when the customer has reviewed the figures; every
    retry of POST /payments for this payment sends the same key, so the bank never makes two.
    """

    order: PaymentOrder
    quote: Quote
    debtor: Account
    save_beneficiary: bool = False
    key: str = dataclasses.field(default_factory=new_idempotency_key)
    created: CreatedPayment | None = None
    outcome: Outcome | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class PaymentPage:
    payments: tuple[Payment, ...]
    next_cursor: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class FxRate:
    """ALL per unit: the bank buys the currency at `buy` and sells it at `sell`."""

    buy: Decimal
    sell: Decimal


class PaymentsService:
    """Requests of the payments page; each raises BankError with API.md's code on refusal."""

    def __init__(self, api: ApiClient) -> None:
        self._api = api
        self._accounts = AccountsService(api)
        self._info = InfoService(api)

    async def accounts(self) -> list[Account]:
        return await self._accounts.accounts()

    async def server_time(self) -> datetime | None:
        """The bank's clock (public GET /info: it leaves the idle timer alone)."""
        return (await self._info.info()).server_time

    async def fx_rates(self) -> dict[str, FxRate]:
        body = await self._api.get("/fx-rates")
        return {
            str(ccy): FxRate(_money(rate["buy"]), _money(rate["sell"]))
            for ccy, rate in (body.get("rates") or {}).items()
        }

    async def quote(self, order: PaymentOrder) -> Quote:
        return Quote.from_api(await self._api.post("/payments/quote", order.body()))

    async def create(self, reviewed: ReviewedPayment) -> CreatedPayment:
        """POST /payments with the reviewed payment's key: a retry answers the same payment."""
        body = await self._api.post(
            "/payments", reviewed.order.body(), headers={"Idempotency-Key": reviewed.key}
        )
        reviewed.created = CreatedPayment.from_api(body)
        return reviewed.created

    async def confirm(self, payment_id: str, otp: str) -> Outcome:
        body = await self._api.post(f"/payments/{payment_id}/confirm", {"otp": otp})
        return Outcome.from_confirmation(body)

    async def resend_code(self, challenge_id: str) -> Challenge:
        # Sent with the token: asking for a new code is the customer at work (the idle timer).
        body = await self._api.post("/auth/otp/resend", {"challenge_id": challenge_id})
        return Challenge.from_api(body)

    async def cancel(self, payment_id: str) -> None:
        await self._api.post(f"/payments/{payment_id}/cancel")

    async def payment(self, payment_id: str) -> Payment:
        return Payment.from_api(await self._api.get(f"/payments/{payment_id}"))

    async def history(
        self,
        *,
        status: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> PaymentPage:
        params: dict[str, Any] = {"limit": limit}
        if status:
            params["status"] = status
        if date_from:
            params["from"] = date_from.isoformat()
        if date_to:
            params["to"] = date_to.isoformat()
        if cursor:
            params["cursor"] = cursor
        body = await self._api.get("/payments", params=params)
        return PaymentPage(
            payments=tuple(Payment.from_api(item) for item in body["payments"]),
            next_cursor=body.get("next_cursor"),
        )
