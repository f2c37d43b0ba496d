"""PDF statements read back with pypdf: head, balances, repeated table headers, page numbers."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desktop.export import export_statement
from desktop.export import pdf_layout as layout
from tests.desktop.test_export_model import make_header, make_lines

TWO_PAGES = layout.FIRST_ROWS + 5


def normalise(text: str) -> str:
    """What a reader sees: ligatures and no-break spaces as plain letters and spaces, tabs and
    line breaks as single spaces (a table header wraps over two lines)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pages_of(path: Path) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(path).pages]


def test_albanian_statement(qapp: QApplication, tmp_path: Path) -> None:
    header = make_header(total_lines=TWO_PAGES)
    path = export_statement("pdf", header, make_lines(TWO_PAGES), tmp_path / "ekstrakt.pdf")
    first, second = pages_of(path)
    for expected in (
        "Banka Kombëtare Tregtare",
        "Rruga e Kavajës, Tiranë",
        "BIC: NCBAALTX",
        "Ekstrakti i llogarisë",
        "Periudha: 01.01.2026 – 30.11.2026",
        "Klienti Arben Hoxha Çelësi",
        "Numri i klientit 123456789",
        "Llogaria Llogari rrjedhëse",
        "IBAN AL37 2051 1019 0000 1234 5678 9001",
        "Gjendja fillestare 150 000,00 Lekë",
        "Gjendja përfundimtare -2 500,55 Lekë",
        "Pagesë me kartë – Çajupi Market",
        "1 250,01",  # the first line, a credit
        "Krijuar më 23.11.2026 10:00",
        "Faqja 1 nga 2",
    ):
        assert expected in first, expected
    # Later pages repeat the column titles and name the account again.
    for expected in (
        "Data Data e valutës Përshkrimi / Pala tjetër Referenca Shuma (ALL) Gjendja (ALL)",
        "AL37 2051 1019 0000 1234 5678 9001",
        f"REF{TWO_PAGES:08d}",  # the last line
        "Gjendja përfundimtare -2 500,55 Lekë",  # the closing balance after the table
        "Faqja 2 nga 2",
    ):
        assert expected in second, expected
    assert "Data Data e valutës" in first


def test_english_statement(qapp: QApplication, tmp_path: Path) -> None:
    header = make_header(language="en", total_lines=TWO_PAGES)
    path = export_statement("pdf", header, make_lines(TWO_PAGES), tmp_path / "statement.pdf")
    first, second = pages_of(path)
    for expected in (
        "Account statement",
        "Period: 2026-01-01 – 2026-11-30",
        "Opening balance ALL 150,000.00",
        "Closing balance -ALL 2,500.55",
        "Generated 2026-11-23 10:00",
        "Page 1 of 2",
    ):
        assert expected in first, expected
    assert "Date Value date Description / Counterparty Reference Amount (ALL)" in second
    assert "Page 2 of 2" in second


def test_page_numbers_without_a_known_count(qapp: QApplication, tmp_path: Path) -> None:
    path = export_statement("pdf", make_header(), make_lines(TWO_PAGES), tmp_path / "s.pdf")
    first, second = pages_of(path)
    assert "Faqja 1" in first
    assert "Faqja 2" in second
    assert " nga " not in first + second


@pytest.mark.parametrize(
    "lines",
    [
        0,
        layout.FIRST_ROWS - layout.SUMMARY_ROWS,  # the totals just fit on page 1
        layout.FIRST_ROWS - layout.SUMMARY_ROWS + 1,  # ...and now they move to page 2
        layout.FIRST_ROWS,
        layout.FIRST_ROWS + 1,
        layout.FIRST_ROWS + layout.LATER_ROWS,
        layout.FIRST_ROWS + 2 * layout.LATER_ROWS - layout.SUMMARY_ROWS,
    ],
)
def test_page_count_is_known_from_the_number_of_lines(
    qapp: QApplication, tmp_path: Path, lines: int
) -> None:
    header = make_header(total_lines=lines)
    path = export_statement("pdf", header, make_lines(lines), tmp_path / "s.pdf")
    pages = pages_of(path)
    assert len(pages) == layout.page_count(lines)
    assert f"Faqja {len(pages)} nga {len(pages)}" in pages[-1]
    assert "Gjendja përfundimtare" in pages[-1]


def test_empty_period_says_so(qapp: QApplication, tmp_path: Path) -> None:
    path = export_statement("pdf", make_header(total_lines=0), [], tmp_path / "s.pdf")
    (page,) = pages_of(path)
    assert "Asnjë veprim në këtë periudhë." in page
    assert "Faqja 1 nga 1" in page


def test_writes_from_a_worker_thread(qapp: QApplication, tmp_path: Path) -> None:
    # The transactions page exports in a thread so the window never stalls.
    errors: list[BaseException] = []

    def work() -> None:
        try:
            export_statement("pdf", make_header(), make_lines(120), tmp_path / "s.pdf")
        except BaseException as err:  # handed to the test thread to fail there
            errors.append(err)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert not errors
    assert "Faqja 2" in pages_of(tmp_path / "s.pdf")[1]
