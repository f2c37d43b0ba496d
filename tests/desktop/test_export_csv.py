"""CSV statements read back with the csv module: BOM, summary block, clean table, exact numbers."""

from __future__ import annotations

import csv
import dataclasses
from decimal import Decimal
from pathlib import Path

from desktop.export import export_statement
from desktop.export.csv_writer import SUMMARY_ROWS, TABLE_HEADER_LINE
from tests.desktop.test_export_model import IBAN, make_header, make_lines


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_has_bom_summary_and_a_parseable_table(tmp_path: Path) -> None:
    path = export_statement("csv", make_header(), make_lines(30), tmp_path / "ekstrakt.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 only with the BOM
    assert "Çajupi".encode() in raw
    assert "Ëndërr".encode() in raw

    rows = read(path)
    summary = dict(rows[:SUMMARY_ROWS])
    assert summary["Klienti"] == "Arben Hoxha Çelësi"
    assert summary["IBAN"] == IBAN
    assert summary["Periudha nga"] == "2026-01-01"
    assert summary["Periudha deri"] == "2026-11-30"
    assert summary["Gjendja fillestare"] == "150000.00"
    assert summary["Gjendja përfundimtare"] == "-2500.55"
    assert rows[SUMMARY_ROWS] == []
    assert rows[TABLE_HEADER_LINE - 1][:3] == ["Data", "Data e valutës", "Përshkrimi"]

    table = rows[TABLE_HEADER_LINE:]
    expected = list(make_lines(30))
    assert len(table) == 30
    for row, line in zip(table, expected, strict=True):
        record = dict(zip(rows[TABLE_HEADER_LINE - 1], row, strict=True))
        assert record["Data"] == line.booking_date.isoformat()
        assert record["Data e valutës"] == line.value_date.isoformat()
        assert record["Përshkrimi"] == line.description
        assert record["Pala tjetër"] == line.counterparty_name
        assert Decimal(record["Shuma"]) == line.amount
        assert Decimal(record["Gjendja"]) == line.balance_after
        assert record["Nr. i veprimit"] == str(line.id)


def test_numbers_are_locale_neutral_whatever_the_language(tmp_path: Path) -> None:
    line = dataclasses.replace(
        next(make_lines(1)), amount=Decimal("-1500.5"), balance_after=Decimal("1234567.891")
    )
    for language in ("sq", "en"):
        path = tmp_path / f"{language}.csv"
        export_statement("csv", make_header(language=language), [line], path)
        row = read(path)[TABLE_HEADER_LINE]
        assert row[6:9] == ["-1500.50", "ALL", "1234567.89"]


def test_english_headers(tmp_path: Path) -> None:
    path = export_statement("csv", make_header(language="en"), make_lines(1), tmp_path / "s.csv")
    rows = read(path)
    assert rows[0][0] == "Bank"
    assert rows[TABLE_HEADER_LINE - 1] == [
        "Date",
        "Value date",
        "Description",
        "Counterparty",
        "Counterparty IBAN",
        "Reference",
        "Amount",
        "Currency",
        "Balance",
        "Transaction no.",
    ]


def test_text_that_a_spreadsheet_would_run_stays_text(tmp_path: Path) -> None:
    line = dataclasses.replace(
        next(make_lines(1)),
        description='=HYPERLINK("http://x","y")',
        counterparty_name="@SUM(1)",
        amount=Decimal("-12.00"),
    )
    path = export_statement("csv", make_header(), [line], tmp_path / "s.csv")
    row = read(path)[TABLE_HEADER_LINE]
    assert row[2] == '\'=HYPERLINK("http://x","y")'
    assert row[3] == "'@SUM(1)"
    assert row[6] == "-12.00"  # numbers keep their sign


def test_commas_quotes_and_line_breaks_survive(tmp_path: Path) -> None:
    line = dataclasses.replace(next(make_lines(1)), description='Qira, "Shtëpia"\nnëntor')
    path = export_statement("csv", make_header(), [line], tmp_path / "s.csv")
    assert read(path)[TABLE_HEADER_LINE][2] == 'Qira, "Shtëpia"\nnëntor'


def test_an_empty_period_still_has_its_summary_and_table_header(tmp_path: Path) -> None:
    path = export_statement("csv", make_header(), [], tmp_path / "s.csv")
    rows = read(path)
    assert len(rows) == TABLE_HEADER_LINE
    assert rows[-1][0] == "Data"
