"""Statement as CSV: UTF-8 with a BOM, locale-neutral numbers, ISO dates, streamed line by line.

Layout: a short summary block (one "label,value" pair per line: bank, customer, account, IBAN,
currency, period, opening and closing balance, generation time), one empty line, then the
transaction table with its header row. The summary sits on top because that is where a person
opening the file in a spreadsheet looks, and repeating it as columns on 100,000 rows would bloat
the file and clutter the table; the file name has no room for balances. The block always has
SUMMARY_ROWS lines, so the table's header is always on line TABLE_HEADER_LINE: importers that
"skip the first N lines" and programs that read up to the first empty line both find it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Final

from desktop.export.labels import labels
from desktop.export.model import StatementHeader, StatementLine
from desktop.money import CENT

SUMMARY_KEYS: Final = (
    "bank",
    "customer",
    "customer_number",
    "account",
    "iban",
    "currency",
    "period_from",
    "period_to",
    "opening_balance",
    "closing_balance",
    "generated_at",
)
SUMMARY_ROWS: Final = len(SUMMARY_KEYS)
#: 1-based line of the table's header row (after the summary and one empty line).
TABLE_HEADER_LINE: Final = SUMMARY_ROWS + 2

TABLE_KEYS: Final = (
    "booking_date",
    "value_date",
    "description",
    "counterparty",
    "counterparty_iban",
    "reference",
    "amount",
    "currency",
    "balance_after",
    "transaction_id",
)


def number(amount: Decimal | None) -> str:
    """Locale-neutral, two decimals, never exponent notation: "-1500.50"; "" for no value."""
    return "" if amount is None else f"{amount.quantize(CENT):f}"


#: First characters that make a spreadsheet read a cell as a formula (CSV injection).
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def text(value: str) -> str:
    """Free text as a plain cell, never a formula.

    A counterparty can name itself "=HYPERLINK(...)" and a spreadsheet would run it; a leading
    apostrophe makes it read as text (OWASP's advice on CSV injection).
    """
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _summary(header: StatementHeader) -> list[str]:
    return [
        text(header.bank_name),
        text(header.customer_name),
        header.customer_number,
        text(header.account_name),
        header.iban,
        header.currency,
        header.period_from.isoformat(),
        header.period_to.isoformat(),
        number(header.opening_balance),
        number(header.closing_balance),
        header.generated_at.isoformat(timespec="seconds"),
    ]


def write(header: StatementHeader, lines: Iterable[StatementLine], path: Path) -> None:
    """Writes the statement to `path`; reads `lines` once, holding one line at a time."""
    words = labels(header.language)
    # utf-8-sig: the BOM makes spreadsheets read ë and ç as UTF-8 instead of the ANSI code page.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        table = csv.writer(out)
        for key, value in zip(SUMMARY_KEYS, _summary(header), strict=True):
            table.writerow((words[key], value))
        table.writerow(())
        table.writerow(words[key] for key in TABLE_KEYS)
        table.writerows(
            (
                line.booking_date.isoformat(),
                line.value_date.isoformat(),
                text(line.description),
                text(line.counterparty_name),
                text(line.counterparty_iban),
                text(line.reference),
                number(line.amount),
                line.currency,
                number(line.balance_after),
                line.id,
            )
            for line in lines
        )
