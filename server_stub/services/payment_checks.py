"""The rules a payment must pass: amount, IBAN, accounts, nightly window, daily limit, funds."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Connection, RowMapping, func, select

from server_stub.domain import iban as ibans
from server_stub.domain.money import from_minor, parse_amount, to_minor
from server_stub.errors import Problem
from server_stub.services import fx
from server_stub.services.accounts import owned_account
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, payments

MAX_AMOUNT = Decimal("1e12")
#: ASCII digits only: Decimal would also take other scripts' digits.
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")


@dataclasses.dataclass(frozen=True, slots=True)
class PaymentOrder:
    """What the customer asks for (the body of POST /payments and /payments/quote)."""

    debtor_account_id: str
    creditor_iban: str
    creditor_name: str
    amount: str
    currency: str
    description: str = ""
    schedule: str = "now"


@dataclasses.dataclass(frozen=True, slots=True)
class Plan:
    """An order that passed the request checks: who pays whom, how much, at what fee and rate."""

    debtor: RowMapping
    #: The payee's account when it is at this bank; None for another bank.
    creditor: RowMapping | None
    #: own (between the customer's accounts), internal (this bank) or external (another bank).
    kind: str
    iban: str
    amount_minor: int
    fee_minor: int
    credited_minor: int
    credited_currency: str
    rate: str | None

    @property
    def total_minor(self) -> int:
        return self.amount_minor + self.fee_minor


def amount_minor(text: str) -> int:
    """422 invalid_amount unless a positive number, at most 2 decimals, not over 1e12."""
    text = text.strip()
    value = parse_amount(text) if _PLAIN_NUMBER.fullmatch(text) else None
    if value is None or value <= 0 or value > MAX_AMOUNT:
        raise Problem(422, "invalid_amount")
    if value != value.quantize(Decimal("0.01")):
        raise Problem(422, "invalid_amount")
    return to_minor(value)


def fee_minor(backend: Backend, currency: str, *, external: bool) -> int:
    """Free within this bank; the configured fee to another bank."""
    if not external:
        return 0
    return to_minor(dict(backend.settings.transfer_fees).get(currency, Decimal(0)))


def _creditor_account(conn: Connection, iban: str) -> RowMapping:
    row = (
        conn.execute(select(accounts).where(accounts.c.iban == iban, accounts.c.kind == "customer"))
        .mappings()
        .first()
    )
    if row is None:
        # An IBAN of this bank that no customer account carries cannot be paid.
        raise Problem(422, "invalid_iban")
    return row


def plan(conn: Connection, backend: Backend, customer_id: int, order: PaymentOrder) -> Plan:
    """The request checks in API.md's order: shape (422), then the accounts (404)."""
    minor = amount_minor(order.amount)
    iban = ibans.normalize(order.creditor_iban)
    if not iban.isascii() or not ibans.is_valid(iban):
        raise Problem(422, "invalid_iban")
    debtor = owned_account(conn, customer_id, order.debtor_account_id)
    creditor = _creditor_account(conn, iban) if ibans.is_ours(iban) else None
    if iban == debtor["iban"]:
        raise Problem(422, "same_account")
    if order.currency != debtor["currency"]:
        raise Problem(422, "currency_mismatch")
    if creditor is None:
        # Another bank's account is paid in the payment's currency, never converted.
        return Plan(
            debtor=debtor,
            creditor=None,
            kind="external",
            iban=iban,
            amount_minor=minor,
            fee_minor=fee_minor(backend, order.currency, external=True),
            credited_minor=minor,
            credited_currency=order.currency,
            rate=None,
        )
    if creditor["currency"] != order.currency and not (
        fx.supported(backend.settings, order.currency)
        and fx.supported(backend.settings, creditor["currency"])
    ):
        # No rate for one of the two currencies: the payee's account cannot take this payment.
        raise Problem(422, "currency_mismatch")
    converted = fx.convert(
        backend.settings, Decimal(minor) / 100, order.currency, creditor["currency"]
    )
    if converted.credited <= 0:
        # Too small to convert into a cent of the payee's currency.
        raise Problem(422, "invalid_amount")
    kind = "own" if creditor["customer_id"] == customer_id else "internal"
    return Plan(
        debtor=debtor,
        creditor=creditor,
        kind=kind,
        iban=iban,
        amount_minor=minor,
        fee_minor=0,
        credited_minor=to_minor(converted.credited),
        credited_currency=converted.currency,
        rate=converted.rate,
    )


def _local_iso(backend: Backend, moment: datetime) -> str:
    return moment.astimezone(backend.tz).isoformat()


def in_window(backend: Backend, now: datetime) -> bool:
    return backend.cutoff.contains(now)


def deferred(backend: Backend, schedule: str, now: datetime) -> bool:
    """True when the payment waits for the end of the window instead of being refused by it."""
    return schedule == "after_window" and in_window(backend, now)


def execution_moment(backend: Backend, schedule: str, now: datetime) -> datetime:
    """When the money would move: now, or the first minute after tonight's window."""
    return backend.cutoff.reopens_at(now) if deferred(backend, schedule, now) else now


def check_window(backend: Backend, schedule: str, now: datetime) -> None:
    """409 cutoff_window from 21:00 until midnight, unless the payment waits for midnight."""
    if not in_window(backend, now) or deferred(backend, schedule, now):
        return
    start, end = backend.cutoff.bounds(now)
    raise Problem(
        409,
        "cutoff_window",
        window_start=_local_iso(backend, start),
        window_end=_local_iso(backend, end),
        available_at=_local_iso(backend, backend.cutoff.reopens_at(now)),
    )


def _day_bounds(backend: Backend, day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), backend.tz)
    end = datetime.combine(day + timedelta(days=1), time(0, 0), backend.tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def executed_today(
    conn: Connection, backend: Backend, customer_id: int, currency: str, moment: datetime
) -> int:
    """What the customer has sent in `currency` on the business day of `moment`."""
    start, end = _day_bounds(backend, moment.astimezone(backend.tz).date())
    total = conn.execute(
        select(func.coalesce(func.sum(payments.c.amount_minor), 0)).where(
            payments.c.customer_id == customer_id,
            payments.c.currency == currency,
            payments.c.status == "executed",
            payments.c.executed_at >= start,
            payments.c.executed_at < end,
        )
    ).scalar_one()
    return int(total)


def check_limit(
    conn: Connection,
    backend: Backend,
    customer_id: int,
    currency: str,
    amount: int,
    moment: datetime,
) -> None:
    """409 daily_limit_exceeded when today's executed payments plus this one pass the limit."""
    limit = dict(backend.settings.daily_limits).get(currency)
    if limit is None:
        return
    limit_minor = to_minor(limit)
    used = executed_today(conn, backend, customer_id, currency, moment)
    if used + amount > limit_minor:
        raise Problem(
            409,
            "daily_limit_exceeded",
            limit=from_minor(limit_minor),
            remaining=from_minor(max(0, limit_minor - used)),
            currency=currency,
        )


def check_funds(debtor: RowMapping, total_minor: int) -> None:
    """409 insufficient_funds when amount + fee is more than the available balance."""
    available = debtor["balance_minor"] - debtor["held_minor"]
    if total_minor > available:
        raise Problem(
            409, "insufficient_funds", available=from_minor(available), currency=debtor["currency"]
        )
