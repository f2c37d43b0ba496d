"""The client's money and locale formatting: Decimal amounts, dates, IBANs, in Albanian and English.

Amounts are formatted and parsed here from `Decimal` itself, never through float. The separators
are the ones QLocale reports for the two languages (sq_AL: no-break space and comma; en: comma and
dot; tests/desktop/test_money.py checks they still agree), written out here so that this module
works without Qt and in any thread: QLocale's own currency functions take a float and round lek to
whole units, and its parser rejects "1 500,50".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal

Language = Literal["sq", "en"]

CENT: Final = Decimal("0.01")
NBSP: Final = "\u00a0"
#: Group separators people type or paste in Albanian: a space, a no-break space, a narrow one.
_SQ_SPACES: Final = (" ", NBSP, "\u202f")

#: (group separator, decimal separator) per language, as QLocale reports them.
SEPARATORS: Final[dict[str, tuple[str, str]]] = {"sq": (NBSP, ","), "en": (",", ".")}

#: English marks to Albanian ones: thousands "," to a no-break space, decimal "." to ",".
_SQ_MARKS: Final = str.maketrans({",": SEPARATORS["sq"][0], ".": SEPARATORS["sq"][1]})

#: Albanian names the lek in words; every other currency keeps its ISO code.
_SQ_CURRENCY_NAMES: Final = {"ALL": "Lekë"}

IBAN_LENGTH_AL: Final = 28
_IBAN_AL = re.compile(r"^AL[0-9]{10}[0-9A-Z]{16}$")
#: Typed amounts: sign, whole part (plain or grouped by three), up to two decimals; ASCII digits.
_AMOUNT: Final = {
    "sq": re.compile(r"^(-)?([0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:,([0-9]{1,2}))?$"),
    "en": re.compile(r"^(-)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?$"),
}


def format_amount(amount: Decimal, language: str) -> str:
    """The number alone, two decimals, grouped: "-1 234 567,89" (sq) or "-1,234,567.89" (en)."""
    rounded = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if not rounded:
        rounded = abs(rounded)  # no "-0.00" for an amount that rounds to nothing
    # Python's own grouping of the already rounded Decimal, then the language's marks.
    text = f"{rounded:,.2f}"
    return text.translate(_SQ_MARKS) if language == "sq" else text


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """An amount with its currency: "250 000,00 Lekë", "5 000,00 EUR" (sq); "ALL 250,000.00" (en).

    The space between the number and the currency is a no-break space, so a label never breaks
    an amount over two lines. A negative English amount puts the sign first: "-ALL 1,500.50".
    """
    number = format_amount(amount, language)
    if language == "sq":
        return f"{number}{NBSP}{_SQ_CURRENCY_NAMES.get(currency, currency)}"
    if number.startswith("-"):
        return f"-{currency}{NBSP}{number[1:]}"
    return f"{currency}{NBSP}{number}"


def parse_amount(text: str, language: str) -> Decimal | None:
    """What a person typed as an amount, or None when it is not one.

    Albanian takes "1 500,50" with a normal, no-break or narrow no-break space, and "1500,50";
    English takes "1,500.50" and "1500.50". At most two decimals; a leading "-" is kept (the
    caller decides whether a negative makes sense). The other language's decimal mark is
    refused rather than guessed: "1.500" could mean fifteen hundred or one and a half.
    """
    raw = text.strip()
    if language == "sq":
        for space in _SQ_SPACES[1:]:
            raw = raw.replace(space, " ")
    match = _AMOUNT[language if language == "sq" else "en"].fullmatch(raw)
    if match is None:
        return None
    sign, whole, cents = match.groups()
    digits = re.sub("[^0-9]", "", whole)
    return Decimal(f"{sign or ''}{digits}.{cents or '0'}").quantize(CENT)


def format_date(day: date, language: str) -> str:
    """A date as people read it: "22.11.2026" in Albanian, ISO "2026-11-22" in English."""
    # By hand rather than strftime: it runs once or twice a row of a 100,000-line PDF.
    if language == "sq":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return day.isoformat()


def format_datetime(moment: datetime, language: str) -> str:
    """A date and time to the minute, in the zone `moment` carries: "22.11.2026 10:05"."""
    return f"{format_date(moment.date(), language)} {moment.hour:02d}:{moment.minute:02d}"


def normalize_iban(text: str) -> str:
    """Upper-case with every space dropped, as people write IBANs in groups of four."""
    return "".join(text.split()).upper()


def format_iban(iban: str) -> str:
    """The IBAN in groups of four: "AL47 2121 1009 0000 0002 3569 8741"."""
    compact = normalize_iban(iban)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def validate_iban(text: str) -> bool:
    """True for an Albanian IBAN (ISO 13616): "AL", 28 characters, mod-97 check digits hold.

    Only the client's check for the user's sake; the server is the authority (API.md).
    """
    iban = normalize_iban(text)
    if len(iban) != IBAN_LENGTH_AL or not _IBAN_AL.fullmatch(iban):
        return False
    digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(digits) % 97 == 1
