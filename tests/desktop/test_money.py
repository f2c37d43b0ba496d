"""desktop/money.py: amounts formatted and parsed per language without float, dates, IBANs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from desktop.money import (
    SEPARATORS,
    format_amount,
    format_date,
    format_datetime,
    format_iban,
    format_money,
    normalize_iban,
    parse_amount,
    validate_iban,
)

NBSP = "\u00a0"
#: The textbook Albanian IBAN, and one of this bank (205) as the stub's seed makes them.
VALID_IBANS = ("AL47212110090000000235698741", "AL37205110190000123456789001")


@pytest.mark.parametrize(
    ("amount", "currency", "language", "expected"),
    [
        ("250000", "ALL", "sq", f"250{NBSP}000,00{NBSP}Lekë"),
        ("5000", "EUR", "sq", f"5{NBSP}000,00{NBSP}EUR"),
        ("250000", "ALL", "en", f"ALL{NBSP}250,000.00"),
        ("1234567.89", "USD", "en", f"USD{NBSP}1,234,567.89"),
        ("-1500.5", "ALL", "sq", f"-1{NBSP}500,50{NBSP}Lekë"),
        ("-1500.5", "ALL", "en", f"-ALL{NBSP}1,500.50"),
        ("0.5", "EUR", "en", f"EUR{NBSP}0.50"),
        ("999", "ALL", "sq", f"999,00{NBSP}Lekë"),
        ("1000", "ALL", "sq", f"1{NBSP}000,00{NBSP}Lekë"),
    ],
)
def test_format_money(amount: str, currency: str, language: str, expected: str) -> None:
    assert format_money(Decimal(amount), currency, language) == expected


def test_amounts_round_half_up_to_two_decimals_and_never_show_minus_zero() -> None:
    assert format_amount(Decimal("0.005"), "en") == "0.01"
    assert format_amount(Decimal("2.675"), "en") == "2.68"
    assert format_amount(Decimal("-0.004"), "en") == "0.00"
    assert format_amount(Decimal("1E+3"), "sq") == f"1{NBSP}000,00"
    assert format_amount(Decimal("123456789012.34"), "sq") == f"123{NBSP}456{NBSP}789{NBSP}012,34"


def test_separators_are_the_ones_qlocale_reports() -> None:
    albanian = QLocale(QLocale.Language.Albanian, QLocale.Country.Albania)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert SEPARATORS["sq"] == (albanian.groupSeparator(), albanian.decimalPoint())
    assert SEPARATORS["en"] == (english.groupSeparator(), english.decimalPoint())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 500,50", "1500.50"),
        (f"1{NBSP}500,50", "1500.50"),
        ("1\u202f500,50", "1500.50"),
        ("1500,50", "1500.50"),
        ("1500", "1500.00"),
        ("  12,5 ", "12.50"),
        ("1 234 567,89", "1234567.89"),
        ("-20,05", "-20.05"),
        ("0,01", "0.01"),
    ],
)
def test_parse_albanian(text: str, expected: str) -> None:
    assert parse_amount(text, "sq") == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,500.50", "1500.50"), ("1500.50", "1500.50"), ("1,234,567", "1234567.00"), ("7.5", "7.50")],
)
def test_parse_english(text: str, expected: str) -> None:
    assert parse_amount(text, "en") == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "abc",
        "1.500,50",
        "1,500.50",
        "1.5",
        "1 50,00",
        "15 00,00",
        "1 500,505",
        "1 500,",
        ",50",
        "1e3",
        "１５",
        "--1",
        "1 500 ,50",
        "NaN",
        "Infinity",
    ],
)
def test_albanian_refuses_what_it_cannot_read_for_sure(text: str) -> None:
    assert parse_amount(text, "sq") is None


@pytest.mark.parametrize(
    "text", ["1 500.50", "1.500,50", "1,50.00", "1500,50", "1.505", "1,5000", "$5", "٣"]
)
def test_english_refuses_what_it_cannot_read_for_sure(text: str) -> None:
    assert parse_amount(text, "en") is None


@given(
    st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2),
    st.sampled_from(["sq", "en"]),
)
def test_what_is_formatted_parses_back(amount: Decimal, language: str) -> None:
    assert parse_amount(format_amount(amount, language), language) == amount


def test_dates_per_language() -> None:
    assert format_date(date(2026, 11, 22), "sq") == "22.11.2026"
    assert format_date(date(2026, 1, 5), "en") == "2026-01-05"
    moment = datetime(2026, 11, 22, 9, 5, tzinfo=ZoneInfo("Europe/Tirane"))
    assert format_datetime(moment, "sq") == "22.11.2026 09:05"
    assert format_datetime(moment, "en") == "2026-11-22 09:05"


def test_iban_in_groups_of_four() -> None:
    assert format_iban("AL47212110090000000235698741") == "AL47 2121 1009 0000 0002 3569 8741"
    assert format_iban(" al47 2121 1009 0000 0002 3569 8741 ") == (
        "AL47 2121 1009 0000 0002 3569 8741"
    )
    assert format_iban("") == ""
    assert normalize_iban("al47 2121\u00a01009") == "AL4721211009"


@pytest.mark.parametrize("iban", VALID_IBANS)
def test_valid_ibans(iban: str) -> None:
    assert validate_iban(iban)
    assert validate_iban(format_iban(iban).lower())


@pytest.mark.parametrize(
    "iban",
    [
        "AL48212110090000000235698741",  # check digits off by one
        "AL47212110090000000235698742",  # a digit of the account changed
        "AL4721211009000000023569874",  # too short
        "AL472121100900000002356987411",  # too long
        "DE89370400440532013000",  # valid, but not Albanian
        "AL47 2121 1009 0000 0002 3569 874!",
        "",
    ],
)
def test_invalid_ibans(iban: str) -> None:
    assert not validate_iban(iban)
