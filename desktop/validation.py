"""Input rules checked as the customer types (the server remains the authority)."""

from __future__ import annotations

import re

CUSTOMER_NUMBER = re.compile(r"^\d{9}$")
PERSONAL_ID = re.compile(r"^[A-Z]\d{8}[A-Z]$")
#: What may be typed so far into the login ID field: a prefix of either form.
LOGIN_ID_PREFIX = r"^(\d{0,9}|[A-Za-z]\d{0,8}[A-Za-z]?)$"
OTP_PREFIX = r"^\d{0,6}$"


def normalize_login_id(text: str) -> str:
    return "".join(text.split()).upper()


def is_login_id(text: str) -> bool:
    """True for a 9-digit customer number or an ID-card personal number (J12345678A)."""
    value = normalize_login_id(text)
    return bool(CUSTOMER_NUMBER.match(value) or PERSONAL_ID.match(value))


def is_otp(text: str, length: int = 6) -> bool:
    return len(text) == length and text.isdigit()
