"""OFX statements read back with ofxtools' parser: account, balances and every transaction."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ofxtools.Parser import OFXTree

from desktop.export import export_statement
from tests.desktop.test_export_model import make_header, make_lines


def parse(path: Path) -> Any:
    tree = OFXTree()
    tree.parse(str(path))
    return tree.convert()


def test_ofx_parses_back_with_balances_and_transactions(tmp_path: Path) -> None:
    path = export_statement("ofx", make_header(), make_lines(600), tmp_path / "s.ofx")
    ofx = parse(path)
    assert ofx.signon.org == "Banka Kombëtare Tregtare"
    assert ofx.signon.fid == "205"

    statement = ofx.statements[0]
    assert statement.curdef == "ALL"
    account = statement.account
    assert (account.bankid, account.branchid, account.acctid, account.accttype) == (
        "205",
        "1101",
        "0000123456789001",  # the 16-character account part of the IBAN
        "CHECKING",
    )
    assert statement.balance.balamt == Decimal("-2500.55")  # closing: LEDGERBAL
    assert statement.balance.dtasof.date() == date(2026, 11, 30)
    # No BALLIST for the opening balance: libofx's OFX 1.6 DTD refuses it in STMTRS.
    assert statement.ballist is None
    assert statement.transactions.dtstart.date() == date(2026, 1, 1)
    assert statement.transactions.dtend.date() == date(2026, 11, 30)

    expected = list(make_lines(600))
    assert len(statement.transactions) == 600
    for got, line in zip(statement.transactions, expected, strict=True):
        assert got.fitid == str(line.id)
        assert got.trnamt == line.amount
        assert got.trntype == ("CREDIT" if line.amount > 0 else "DEBIT")
        assert got.dtposted.date() == line.booking_date
        assert got.dtavail.date() == line.value_date
        assert got.refnum == line.reference
        assert got.name == (line.counterparty_name or line.description)[:32]
        assert got.memo.startswith(line.description)


def test_long_names_are_cut_to_32_and_markup_is_escaped(tmp_path: Path) -> None:
    # Warnings are errors in this suite: ofxtools warns on a NAME over 32 characters.
    line = dataclasses.replace(
        next(make_lines(1)),
        counterparty_name="Shoqëria e Ujësjellës Kanalizimeve të Tiranës sh.a.",
        description="Faturë <nëntor> & dhjetor\nrreshti i dytë",
        reference="R" * 40,
    )
    path = export_statement("ofx", make_header(language="en"), [line], tmp_path / "s.ofx")
    (got,) = parse(path).statements[0].transactions
    assert got.name == "Shoqëria e Ujësjellës Kanalizime"
    assert got.memo.startswith("Faturë <nëntor> & dhjetor rreshti i dytë")
    assert got.refnum == "R" * 32


def test_file_is_ofx_1_sgml_in_utf8_with_short_lines(tmp_path: Path) -> None:
    path = export_statement("ofx", make_header(), make_lines(50), tmp_path / "s.ofx")
    raw = path.read_bytes()
    assert raw.startswith(b"OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\n")
    assert b"ENCODING:UTF-8\r\nCHARSET:NONE\r\n" in raw
    assert "<NAME>Ndërmarrja Ëndërr sh.a.".encode() in raw
    # libofx, which GnuCash and KMyMoney import with, reads lines of at most 1,024 bytes.
    assert max(len(line) for line in raw.split(b"\n")) < 1024


def test_savings_account_and_empty_period(tmp_path: Path) -> None:
    header = make_header(account_type="savings", closing=Decimal("150000.00"))
    path = export_statement("ofx", header, [], tmp_path / "s.ofx")
    statement = parse(path).statements[0]
    assert statement.account.accttype == "SAVINGS"
    assert len(statement.transactions) == 0
    assert statement.balance.balamt == Decimal("150000.00")
