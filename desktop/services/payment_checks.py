"""Checks of a payment's IBAN and amount as the customer types them (the server checks again)."""

from __future__ import annotations

from decimal import Decimal

from desktop.money import IBAN_LENGTH_AL, normalize_iban, parse_amount, validate_iban

#: This bank's code: the three digits after an Albanian IBAN's check digits (API.md).
OUR_BANK_CODE = "205"
#: The largest amount the bank takes in one payment (API.md: over 1e12 is invalid_amount).
MAX_AMOUNT = Decimal("1e12")


def is_our_iban(iban: str) -> bool:
    """True when the IBAN's bank code is this bank's (the IBAN itself may still be invalid)."""
    return normalize_iban(iban)[4:7] == OUR_BANK_CODE


def check_iban(text: str, kind: str, *, final: bool) -> str | None:
    """The error code for a payee's IBAN as typed, or None when it is fine so far.

    While typing (`final` False) only a complete IBAN is judged; when the customer leaves the
    field or continues, a short one is too. Kind "internal" takes this bank's IBANs only and
    "external" another bank's only, so the customer is told which kind to choose.
    """
    iban = normalize_iban(text)
    if not iban:
        return "iban_missing" if final else None
    if len(iban) < IBAN_LENGTH_AL and not final:
        return None
    if len(iban) != IBAN_LENGTH_AL and iban.startswith("AL"):
        return "iban_length"
    if not validate_iban(iban):
        return "invalid_iban"
    if kind == "internal" and not is_our_iban(iban):
        return "iban_other_bank"
    if kind == "external" and is_our_iban(iban):
        return "iban_this_bank"
    return None


def check_amount(text: str, language: str) -> tuple[Decimal | None, str | None]:
    """The typed amount as a Decimal, or the error code saying what is wrong with it."""
    if not text.strip():
        return None, "amount_missing"
    amount = parse_amount(text, language)
    if amount is None:
        return None, "amount_format"
    if amount <= 0:
        return None, "amount_not_positive"
    if amount > MAX_AMOUNT:
        return None, "invalid_amount"
    return amount, None
