"""Money on the wire: strings with exactly two decimals, stored as integer minor units."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def to_minor(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_minor(minor: int) -> str:
    """Minor units as API.md's money string, e.g. 150050 -> "1500.50", -25 -> "-0.25"."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"


def parse_amount(text: str) -> Decimal | None:
    """A decimal from the wire, or None when it is not a finite number."""
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None
