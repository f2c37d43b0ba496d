"""The payment receipt as a PDF, read back with pypdf: reference, payee, amounts, language."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desktop.receipt import build_receipt, write_pdf
from desktop.services.accounts import Account
from desktop.services.bank_clock import TIRANE
from desktop.services.payments import Outcome, PaymentOrder, Quote, ReviewedPayment

DEBTOR = Account(
    id="a1",
    iban="AL37205110190000123456789001",
    name="Llogari rrjedhëse",
    type="current",
    currency="ALL",
    balance=Decimal("250000.00"),
    available=Decimal("229153.00"),
)


def reviewed(*, converted: bool = False) -> ReviewedPayment:
    quote = Quote(
        amount=Decimal("1500.50"),
        currency="ALL",
        fee=Decimal("0.00") if converted else Decimal("100.00"),
        total=Decimal("1500.50") if converted else Decimal("1600.50"),
        credited_amount=Decimal("14.51") if converted else Decimal("1500.50"),
        credited_currency="EUR" if converted else "ALL",
        rate=Decimal("0.0096711799") if converted else None,
        kind="own" if converted else "external",
        creditor_name="Çlirim Shkëlqimi",
        creditor_iban="AL47212110090000000235698741",
        schedule="now",
        execute_at=None,
    )
    order = PaymentOrder(
        debtor_account_id="a1",
        creditor_iban=quote.creditor_iban,
        creditor_name=quote.creditor_name,
        amount=quote.amount,
        currency="ALL",
        description="Qira nëntor",
    )
    return ReviewedPayment(order, quote, DEBTOR)


EXECUTED = Outcome(
    status="executed",
    reference="FT261123ABCDEF1234",
    executed_at=datetime(2026, 11, 23, 10, 5, tzinfo=TIRANE),
)


def text_of(path: Path) -> str:
    page = PdfReader(path).pages[0].extract_text()
    return " ".join(unicodedata.normalize("NFKC", page).split())


def test_english_receipt(qapp: QApplication, tmp_path: Path) -> None:
    receipt = build_receipt(reviewed(), EXECUTED, "en", debtor_holder="Arben Hoxha")
    path = write_pdf(receipt, tmp_path / "receipt.pdf")
    text = text_of(path)
    for expected in (
        "Banka Kombëtare Tregtare",
        "Transfer receipt",
        "Reference FT261123ABCDEF1234",
        "Executed at 2026-11-23 10:05",
        "From account Arben Hoxha — Llogari rrjedhëse",
        "From IBAN AL37 2051 1019 0000 1234 5678 9001",
        "Payee Çlirim Shkëlqimi",
        "Payee IBAN AL47 2121 1009 0000 0002 3569 8741",
        "Amount ALL 1,500.50",
        "Fee ALL 100.00",
        "Total debited ALL 1,600.50",
        "Description Qira nëntor",
        "+355 4 2266 288",
    ):
        assert expected in text, expected
    assert "Amount credited" not in text


def test_albanian_amounts_and_the_credited_amount_of_a_conversion(
    qapp: QApplication, tmp_path: Path
) -> None:
    receipt = build_receipt(reviewed(converted=True), EXECUTED, "sq")
    text = text_of(write_pdf(receipt, tmp_path / "fatura.pdf"))
    assert "1 500,50 Lekë" in text
    assert "14,51 EUR" in text
    assert "1 EUR = 103,40 ALL" in text  # ALL per euro, as rates are read in Albania
    assert "23.11.2026 10:05" in text


def test_scheduled_order_says_when(qapp: QApplication, tmp_path: Path) -> None:
    outcome = Outcome(status="scheduled", execute_at=datetime(2026, 11, 24, 0, 0, tzinfo=TIRANE))
    receipt = build_receipt(reviewed(), outcome, "en")
    assert receipt.title == "Transfer order — scheduled after the daily update"
    assert ("To be executed at", "2026-11-24 00:00") in receipt.lines
    assert "Reference" not in dict(receipt.lines)
    assert "To be executed at: 2026-11-24 00:00" in receipt.text()
