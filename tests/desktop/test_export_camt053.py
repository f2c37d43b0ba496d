"""camt.053.001.08 statements validated against the official XSD, balances and entries read back."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import xmlschema

from desktop.export import export_statement
from desktop.export.camt053_writer import NAMESPACE
from tests.desktop.test_export_model import IBAN, PAYEE_IBAN, make_header, make_lines

XSD = Path(__file__).parents[1] / "data" / "camt.053.001.08.xsd"
NS = {"c": NAMESPACE}


@cache
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(XSD)


def exported(tmp_path: Path, lines: object = None, **header: object) -> ET.Element:
    """Exports, validates against the XSD (raising on any violation) and parses the statement."""
    path = export_statement(
        "camt053",
        make_header(**header),  # type: ignore[arg-type]
        make_lines(40) if lines is None else lines,  # type: ignore[arg-type]
        tmp_path / "s.xml",
    )
    schema().validate(path)
    root = ET.parse(path).getroot()  # noqa: S314 - our own export, just validated
    statement = root.find("c:BkToCstmrStmt/c:Stmt", NS)
    assert statement is not None
    return statement


def text(element: ET.Element, path: str) -> str:
    found = element.find(path, NS)
    assert found is not None, path
    return found.text or ""


def balances(statement: ET.Element) -> dict[str, tuple[Decimal, str, str]]:
    return {
        text(bal, "c:Tp/c:CdOrPrtry/c:Cd"): (
            Decimal(text(bal, "c:Amt")),
            text(bal, "c:CdtDbtInd"),
            text(bal, "c:Dt/c:Dt"),
        )
        for bal in statement.findall("c:Bal", NS)
    }


def test_statement_is_valid_with_opening_and_closing_balances(tmp_path: Path) -> None:
    statement = exported(tmp_path)
    assert text(statement, "c:Acct/c:Id/c:IBAN") == IBAN
    assert text(statement, "c:Acct/c:Ccy") == "ALL"
    assert text(statement, "c:Acct/c:Ownr/c:Nm") == "Arben Hoxha Çelësi"
    assert text(statement, "c:Acct/c:Svcr/c:FinInstnId/c:BICFI") == "NCBAALTX"
    assert text(statement, "c:FrToDt/c:FrDtTm") == "2026-01-01T00:00:00+01:00"
    assert text(statement, "c:FrToDt/c:ToDtTm") == "2026-11-30T23:59:59+01:00"
    assert balances(statement) == {
        "OPBD": (Decimal("150000.00"), "CRDT", "2026-01-01"),
        "CLBD": (Decimal("2500.55"), "DBIT", "2026-11-30"),  # a negative balance is a debit
    }


def test_entries_match_the_lines(tmp_path: Path) -> None:
    statement = exported(tmp_path)
    entries = statement.findall("c:Ntry", NS)
    expected = list(make_lines(40))
    assert len(entries) == 40
    for entry, line in zip(entries, expected, strict=True):
        sign = 1 if text(entry, "c:CdtDbtInd") == "CRDT" else -1
        assert sign * Decimal(text(entry, "c:Amt")) == line.amount
        assert entry.find("c:Amt", NS).get("Ccy") == "ALL"  # type: ignore[union-attr]
        assert text(entry, "c:Sts/c:Cd") == "BOOK"
        assert date.fromisoformat(text(entry, "c:BookgDt/c:Dt")) == line.booking_date
        assert date.fromisoformat(text(entry, "c:ValDt/c:Dt")) == line.value_date
        assert text(entry, "c:AcctSvcrRef") == str(line.id)
        details = "c:NtryDtls/c:TxDtls/"
        assert text(entry, details + "c:Refs/c:EndToEndId") == line.reference
        assert text(entry, details + "c:RmtInf/c:Ustrd") == line.description
        if line.counterparty_name:
            party = "Cdtr" if line.amount < 0 else "Dbtr"
            assert text(entry, f"{details}c:RltdPties/c:{party}/c:Pty/c:Nm") == (
                line.counterparty_name
            )
            account = f"{details}c:RltdPties/c:{party}Acct/c:Id/c:IBAN"
            assert text(entry, account) == PAYEE_IBAN


def test_awkward_texts_are_cut_cleaned_and_still_valid(tmp_path: Path) -> None:
    line = dataclasses.replace(
        next(make_lines(1)),
        description="Faturë\x01<&>\n" + "Ç" * 300,
        counterparty_name="  ",
        counterparty_iban="12-34 not an IBAN",
        reference="R" * 50,
    )
    statement = exported(tmp_path, [line], customer_name="Ë" * 200)
    (entry,) = statement.findall("c:Ntry", NS)
    description = text(entry, "c:NtryDtls/c:TxDtls/c:RmtInf/c:Ustrd")
    assert description == "Faturë <&> " + "Ç" * 129  # control characters out, cut to 140
    assert text(entry, "c:NtryDtls/c:TxDtls/c:Refs/c:EndToEndId") == "R" * 35
    other = "c:NtryDtls/c:TxDtls/c:RltdPties/c:DbtrAcct/c:Id/c:Othr/c:Id"
    assert text(entry, other) == "12-34 not an IBAN"
    assert text(statement, "c:Acct/c:Ownr/c:Nm") == "Ë" * 140


def test_empty_period_and_savings_account(tmp_path: Path) -> None:
    statement = exported(tmp_path, [], account_type="savings", closing=Decimal("150000.00"))
    assert statement.findall("c:Ntry", NS) == []
    assert text(statement, "c:Acct/c:Tp/c:Cd") == "SVGS"
    assert balances(statement)["CLBD"] == (Decimal("150000.00"), "CRDT", "2026-11-30")


def test_schema_copy_is_the_iso_one() -> None:
    # The test above is only as good as the schema: make sure it is the real camt.053.001.08.
    assert schema().target_namespace == NAMESPACE
    assert "Document" in schema().elements
