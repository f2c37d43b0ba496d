"""Statement as ISO 20022 camt.053.001.08 XML, written entry by entry (valid against the XSD).

Streaming works because the schema puts the balances (Bal) before the entries (Ntry) and the
statement endpoint gives the opening and closing balances on every page; the optional totals
block (TxsSummry), which would need every entry first, is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from desktop.export.model import TIRANA, StatementHeader, StatementLine
from desktop.money import CENT

NAMESPACE: Final = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
_ACCOUNT_TYPES: Final = {"current": "CACC", "savings": "SVGS"}
#: Anything XML 1.0 cannot carry, and line breaks, which mean nothing in these fields.
_UNSAFE = re.compile("[\x00-\x1f\x7f\ufffe\uffff]+")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}")
_CURRENCY = re.compile(r"[A-Z]{3}")


def text(value: str, limit: int) -> str:
    """Escaped text of at most `limit` characters (the schema's MaxNText); "" if nothing is left."""
    return escape(_UNSAFE.sub(" ", value).strip()[:limit].strip())


def element(tag: str, value: str, limit: int) -> str:
    """An optional text element: nothing at all when the value is empty (MaxNText needs 1+)."""
    content = text(value, limit)
    return f"<{tag}>{content}</{tag}>" if content else ""


def amount(value: Decimal, currency: str) -> tuple[str, str]:
    """(the Amt element, its CdtDbtInd): camt amounts are never negative, the sign is a code."""
    indicator = "DBIT" if value < 0 else "CRDT"
    return f"<Amt Ccy={quoteattr(currency)}>{abs(value).quantize(CENT):f}</Amt>", indicator


def _moment(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _account(iban: str) -> str:
    """An account Id: the IBAN when it has an IBAN's shape, else the generic identifier."""
    if _IBAN.fullmatch(iban):
        return f"<Id><IBAN>{iban}</IBAN></Id>"
    return f"<Id><Othr><Id>{text(iban, 34)}</Id></Othr></Id>"


def balance(code: str, value: Decimal, currency: str, day: str) -> str:
    amt, indicator = amount(value, currency)
    return (
        f"<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp>{amt}"
        f"<CdtDbtInd>{indicator}</CdtDbtInd><Dt><Dt>{day}</Dt></Dt></Bal>\n"
    )


def opening(header: StatementHeader) -> str:
    """Everything before the first entry: group header, statement, account and balances."""
    if not _CURRENCY.fullmatch(header.currency):
        raise ValueError(f"not an ISO 4217 currency code: {header.currency!r}")
    created = _moment(header.generated_at.astimezone(TIRANA))
    start = datetime.combine(header.period_from, time(0), tzinfo=TIRANA)
    end = datetime.combine(header.period_to, time(23, 59, 59), tzinfo=TIRANA)
    message_id = f"{header.generated_at:%Y%m%d%H%M%S}{header.account_number}"[:35]
    statement_id = f"{header.account_number}-{header.period_from:%Y%m%d}-{header.period_to:%Y%m%d}"
    owner = (
        f"<Ownr>{element('Nm', header.customer_name, 140)}"
        f"<Id><PrvtId><Othr><Id>{text(header.customer_number, 35)}</Id>"
        "<SchmeNm><Cd>CUST</Cd></SchmeNm></Othr></PrvtId></Id></Ownr>"
    )
    address = element("AdrLine", header.bank_address, 70)
    servicer = (
        f"<Svcr><FinInstnId><BICFI>{text(header.bank_bic, 11)}</BICFI>"
        f"{element('Nm', header.bank_name, 140)}"
        f"{f'<PstlAdr>{address}</PstlAdr>' if address else ''}</FinInstnId></Svcr>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="{NAMESPACE}">\n<BkToCstmrStmt>\n'
        f"<GrpHdr><MsgId>{text(message_id, 35)}</MsgId><CreDtTm>{created}</CreDtTm></GrpHdr>\n"
        f"<Stmt>\n<Id>{text(statement_id, 35)}</Id><CreDtTm>{created}</CreDtTm>\n"
        f"<FrToDt><FrDtTm>{_moment(start)}</FrDtTm><ToDtTm>{_moment(end)}</ToDtTm></FrToDt>\n"
        f"<Acct>{_account(header.iban)}"
        f"<Tp><Cd>{_ACCOUNT_TYPES[header.account_type]}</Cd></Tp><Ccy>{header.currency}</Ccy>"
        f"{element('Nm', header.account_name, 70)}{owner}{servicer}</Acct>\n"
        + balance("OPBD", header.opening_balance, header.currency, str(header.period_from))
        + balance("CLBD", header.closing_balance, header.currency, str(header.period_to))
    )


def entry(line: StatementLine) -> str:
    """One booked entry with its one transaction's details."""
    amt, indicator = amount(line.amount, line.currency)
    debit = indicator == "DBIT"
    # The other party: who was paid on a debit, who paid on a credit.
    party, account = ("Cdtr", "CdtrAcct") if debit else ("Dbtr", "DbtrAcct")
    name = element("Nm", line.counterparty_name, 140)
    parties = f"<{party}><Pty>{name}</Pty></{party}>" if name else ""
    if line.counterparty_iban.strip():
        parties += f"<{account}>{_account(line.counterparty_iban.strip())}</{account}>"
    family = "MDOP" if debit else "MCOP"  # miscellaneous debit / credit operations
    reference = element("EndToEndId", line.reference, 35)
    description = element("Ustrd", line.description, 140)
    return (
        f"<Ntry>{amt}<CdtDbtInd>{indicator}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
        f"<BookgDt><Dt>{line.booking_date}</Dt></BookgDt><ValDt><Dt>{line.value_date}</Dt></ValDt>"
        f"<AcctSvcrRef>{line.id}</AcctSvcrRef>"
        f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>OTHR</SubFmlyCd></Fmly>"
        "</Domn></BkTxCd>"
        f"<NtryDtls><TxDtls><Refs><AcctSvcrRef>{line.id}</AcctSvcrRef>{reference}</Refs>"
        f"{amt}<CdtDbtInd>{indicator}</CdtDbtInd>"
        f"{f'<RltdPties>{parties}</RltdPties>' if parties else ''}"
        f"{f'<RmtInf>{description}</RmtInf>' if description else ''}"
        "</TxDtls></NtryDtls></Ntry>\n"
    )


def write(header: StatementHeader, lines: Iterable[StatementLine], path: Path) -> None:
    """Writes the statement to `path`, one entry at a time."""
    with path.open("w", encoding="utf-8") as out:
        out.write(opening(header))
        for line in lines:
            out.write(entry(line))
        out.write("</Stmt>\n</BkToCstmrStmt>\n</Document>\n")
