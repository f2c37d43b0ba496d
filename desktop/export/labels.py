"""The words printed in exported statements, in the statement's own language.

A statement's language is chosen per export (it is a document for a bank, an accountant or the
customer's records) and may differ from the interface's, so these are a table keyed by language
rather than Qt translations, which follow the one installed translator. Words as GLOSSARY.md.
"""

from __future__ import annotations

from typing import Final

_SQ: Final = {
    "title": "Ekstrakti i llogarisë",
    "bank": "Banka",
    "bic": "BIC",
    "customer": "Klienti",
    "customer_number": "Numri i klientit",
    "account": "Llogaria",
    "iban": "IBAN",
    "currency": "Monedha",
    "period": "Periudha",
    "period_from": "Periudha nga",
    "period_to": "Periudha deri",
    "opening_balance": "Gjendja fillestare",
    "closing_balance": "Gjendja përfundimtare",
    "generated_at": "Krijuar më",
    "booking_date": "Data",
    "value_date": "Data e valutës",
    "description": "Përshkrimi",
    "counterparty": "Pala tjetër",
    "counterparty_iban": "IBAN i palës tjetër",
    "reference": "Referenca",
    "amount": "Shuma",
    "balance_after": "Gjendja",
    "transaction_id": "Nr. i veprimit",
    "total_in": "Hyrje gjithsej",
    "total_out": "Dalje gjithsej",
    "count": "Numri i veprimeve",
    "no_lines": "Asnjë veprim në këtë periudhë.",
    "page": "Faqja {page}",
    "page_of": "Faqja {page} nga {pages}",
}

_EN: Final = {
    "title": "Account statement",
    "bank": "Bank",
    "bic": "BIC",
    "customer": "Customer",
    "customer_number": "Customer number",
    "account": "Account",
    "iban": "IBAN",
    "currency": "Currency",
    "period": "Period",
    "period_from": "Period from",
    "period_to": "Period to",
    "opening_balance": "Opening balance",
    "closing_balance": "Closing balance",
    "generated_at": "Generated",
    "booking_date": "Date",
    "value_date": "Value date",
    "description": "Description",
    "counterparty": "Counterparty",
    "counterparty_iban": "Counterparty IBAN",
    "reference": "Reference",
    "amount": "Amount",
    "balance_after": "Balance",
    "transaction_id": "Transaction no.",
    "total_in": "Total in",
    "total_out": "Total out",
    "count": "Number of transactions",
    "no_lines": "No transactions in this period.",
    "page": "Page {page}",
    "page_of": "Page {page} of {pages}",
}

_TABLES: Final = {"sq": _SQ, "en": _EN}


def labels(language: str) -> dict[str, str]:
    """The label table of a language; anything but Albanian reads English."""
    return _TABLES.get(language, _EN)
