"""Albanian IBANs (ISO 13616): structure, mod-97 check digits, the bank code of this bank."""

from __future__ import annotations

import re

ALBANIAN_IBAN_LENGTH = 28
#: This bank's code: the first three digits after the check digits.
OUR_BANK_CODE = "205"

_SHAPE = re.compile(r"^AL\d{2}\d{8}[0-9A-Z]{16}$")


def normalize(raw: str) -> str:
    """Upper-case and drop spaces, as people write IBANs in groups of four."""
    return "".join(raw.split()).upper()


def _mod97(iban: str) -> int:
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97


def is_valid(iban: str) -> bool:
    """True for an Albanian IBAN of the right length whose check digits hold."""
    return bool(_SHAPE.match(iban)) and _mod97(iban) == 1


def bank_code(iban: str) -> str:
    return iban[4:7]


def is_ours(iban: str) -> bool:
    return bank_code(iban) == OUR_BANK_CODE


def make(bank: str, branch: str, national_check: str, account: str) -> str:
    """Build an Albanian IBAN from its parts, computing the ISO check digits."""
    bban = f"{bank}{branch}{national_check}{account}"
    if len(bban) != ALBANIAN_IBAN_LENGTH - 4:
        raise ValueError("an Albanian BBAN has 24 characters")
    check = 98 - _mod97(f"AL00{bban}")
    return f"AL{check:02d}{bban}"


def grouped(iban: str) -> str:
    """The IBAN in groups of four, as printed on statements."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
