"""Statement header and lines from API.md's JSON; the sample statements other export tests use."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from desktop.export import BANK_BIC, StatementHeader, StatementLine

IBAN = "AL37205110190000123456789001"
PAYEE_IBAN = "AL47212110090000000235698741"
OPENING = Decimal("150000.00")
GENERATED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Tirana

#: Real-looking descriptions and payees, Albanian letters included.
DESCRIPTIONS = (
    ("Pagesë me kartë – Çajupi Market", "Çajupi Market sh.p.k."),
    ("Paga e muajit nëntor", "Ndërmarrja Ëndërr sh.a."),
    ("Faturë uji", "Ujësjellës Kanalizime Tiranë sh.a."),
    ("Tërheqje parash ATM", ""),
)


def make_header(
    *,
    language: str = "sq",
    total_lines: int | None = None,
    closing: Decimal = Decimal("-2500.55"),
    customer_name: str = "Arben Hoxha Çelësi",
    account_type: str = "current",
) -> StatementHeader:
    return StatementHeader(
        bank_name="Banka Kombëtare Tregtare",
        bank_bic=BANK_BIC,
        bank_address="Rruga e Kavajës, Tiranë",
        customer_name=customer_name,
        customer_number="123456789",
        account_name="Llogari rrjedhëse",
        iban=IBAN,
        currency="ALL",
        period_from=date(2026, 1, 1),
        period_to=date(2026, 11, 30),
        opening_balance=OPENING,
        closing_balance=closing,
        generated_at=GENERATED,
        language=language,  # type: ignore[arg-type]
        account_type=account_type,  # type: ignore[arg-type]
        total_lines=total_lines,
    )


def make_lines(count: int, start: int = 1) -> Iterator[StatementLine]:
    """`count` lines, oldest first, with a running balance from OPENING; debits and credits."""
    balance = OPENING
    day = date(2026, 1, 1)
    for i in range(start, start + count):
        amount = Decimal(125000 + i) / 100 if i % 4 == 1 else -Decimal(1050 + 37 * i) / 100
        balance += amount
        description, payee = DESCRIPTIONS[i % len(DESCRIPTIONS)]
        yield StatementLine(
            id=i,
            booking_date=day + timedelta(days=i // 40),
            value_date=day + timedelta(days=i // 40 + 1),
            amount=amount,
            currency="ALL",
            description=f"{description} {i}",
            counterparty_name=payee,
            counterparty_iban=PAYEE_IBAN if payee else "",
            reference=f"REF{i:08d}",
            balance_after=balance,
        )


def api_transaction(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": 42,
        "booking_date": "2026-11-20",
        "value_date": "2026-11-21",
        "amount": "-1500.50",
        "currency": "ALL",
        "description": "Pagesë me kartë",
        "counterparty_name": "Çajupi Market",
        "counterparty_iban": PAYEE_IBAN,
        "reference": "FT2611200042",
        "balance_after": "248499.50",
        "status": "booked",
    }
    data.update(overrides)
    return data


def test_line_from_api_keeps_money_exact() -> None:
    line = StatementLine.from_api(api_transaction())
    assert line == StatementLine(
        id=42,
        booking_date=date(2026, 11, 20),
        value_date=date(2026, 11, 21),
        amount=Decimal("-1500.50"),
        currency="ALL",
        description="Pagesë me kartë",
        counterparty_name="Çajupi Market",
        counterparty_iban=PAYEE_IBAN,
        reference="FT2611200042",
        balance_after=Decimal("248499.50"),
    )
    assert str(line.amount) == "-1500.50"


def test_line_from_api_takes_missing_texts_and_balance_as_empty() -> None:
    line = StatementLine.from_api(
        api_transaction(id="7", balance_after=None, counterparty_name=None, reference=None)
    )
    assert (line.id, line.balance_after, line.counterparty_name, line.reference) == (
        7,
        None,
        "",
        "",
    )


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("amount", -1500.5, TypeError),  # a float has no place in money
        ("amount", "12,50", ValueError),
        ("amount", "NaN", ValueError),
        ("balance_after", 3, TypeError),
        ("booking_date", "2026-02-30", ValueError),
        ("id", True, TypeError),
        ("id", None, TypeError),
    ],
)
def test_line_from_api_refuses_what_is_not_api_json(
    field: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        StatementLine.from_api(api_transaction(**{field: value}))


def test_header_from_api() -> None:
    statement: dict[str, Any] = {
        "account": "acc-1",
        "from": "2026-11-01",
        "to": "2026-11-30",
        "opening_balance": "1000.00",
        "closing_balance": "-20.10",
        "transactions": [],
        "next_cursor": None,
    }
    account = {
        "id": "acc-1",
        "iban": "AL41 2051 1010 0000 1234 5678 9002",
        "name": "Llogari kursimi",
        "type": "savings",
        "currency": "EUR",
        "balance": "5000.00",
        "available": "5000.00",
    }
    header = StatementHeader.from_api(
        statement,
        account,
        bank_name="Banka Kombëtare Tregtare",
        bank_address="Tiranë",
        customer_name="Arben Hoxha",
        customer_number="123456789",
        generated_at=GENERATED,
        language="en",
        total_lines=12,
    )
    assert header.iban == "AL41205110100000123456789002"
    assert (header.bank_code, header.branch_code, header.account_number) == (
        "205",
        "1101",
        "0000123456789002",
    )
    assert (header.period_from, header.period_to) == (date(2026, 11, 1), date(2026, 11, 30))
    assert (header.opening_balance, header.closing_balance) == (
        Decimal("1000.00"),
        Decimal("-20.10"),
    )
    assert (header.currency, header.account_type, header.bank_bic) == ("EUR", "savings", BANK_BIC)
    assert header.total_lines == 12


def test_header_needs_an_aware_time_and_a_period_in_order() -> None:
    with pytest.raises(ValueError, match="aware"):
        dataclasses.replace(make_header(), generated_at=datetime(2026, 11, 23, 9))  # noqa: DTZ001
    with pytest.raises(ValueError, match="period"):
        dataclasses.replace(make_header(), period_from=date(2026, 12, 1))
