"""Statement as OFX 1.0.2 (SGML, UTF-8) for GnuCash and KMyMoney, envelope built with ofxtools.

Why OFX 1.x SGML: both programs import through libofx, which parses every OFX file against its
OFX 1.6 SGML DTD and reads the 1.x header's ENCODING to convert the text; SGML 1.0.2 is what
most banks send and what these importers handle most reliably. Every tag is on its own line
because libofx reads a file in lines of at most 1,024 bytes.

The envelope (sign-on, account, balances) is an ofxtools object model, validated by ofxtools.
The transactions are written straight from a template: building 100,000 ofxtools STMTTRN
objects and serialising them costs several seconds, over our 3 s budget, and would hold them
all in memory. The template obeys the same limits ofxtools checks (NAME 32, REFNUM 32,
MEMO 255, FITID 255), and the tests parse exported files back with ofxtools' parser.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Final
from xml.sax.saxutils import escape

from ofxtools.header import OFXHeaderV1
from ofxtools.models import (
    BAL,
    BALLIST,
    BANKACCTFROM,
    BANKMSGSRSV1,
    FI,
    LEDGERBAL,
    OFX,
    SIGNONMSGSRSV1,
    SONRS,
    STATUS,
    STMTRS,
    STMTTRNRS,
)
from ofxtools.models.bank.stmt import BANKTRANLIST

from desktop.export.labels import labels
from desktop.export.model import StatementHeader, StatementLine
from desktop.money import CENT

NAME_MAX: Final = 32
REFNUM_MAX: Final = 32
MEMO_MAX: Final = 255
_ACCOUNT_TYPES: Final = {"current": "CHECKING", "savings": "SAVINGS"}
_LANGUAGES: Final = {"sq": "SQI", "en": "ENG"}
_SPACES = re.compile(r"\s+")
#: Where the streamed transactions go inside the envelope.
_SLOT: Final = "</BANKTRANLIST>"


def _noon(day: date) -> datetime:
    """A day as noon UTC: the same calendar day in every time zone from -11 to +11 hours."""
    return datetime.combine(day, time(12), tzinfo=UTC)


def clean(text: str, limit: int) -> str:
    """One line of at most `limit` characters: OFX values end at the line's end."""
    return _SPACES.sub(" ", text).strip()[:limit]


def envelope(header: StatementHeader) -> OFX:
    """The OFX response without its transactions, checked by ofxtools' object model."""
    words = labels(header.language)
    ok = STATUS(code=0, severity="INFO")
    signon = SONRS(
        status=ok,
        dtserver=header.generated_at.astimezone(UTC),
        language=_LANGUAGES.get(header.language, "ENG"),
        fi=FI(org=clean(header.bank_name, 32), fid=header.bank_code),
    )
    statement = STMTRS(
        curdef=header.currency,
        bankacctfrom=BANKACCTFROM(
            bankid=header.bank_code,
            branchid=header.branch_code,
            acctid=header.account_number,
            accttype=_ACCOUNT_TYPES[header.account_type],
        ),
        banktranlist=BANKTRANLIST(dtstart=_noon(header.period_from), dtend=_noon(header.period_to)),
        ledgerbal=LEDGERBAL(
            balamt=header.closing_balance.quantize(CENT), dtasof=_noon(header.period_to)
        ),
        # OFX has no opening balance of its own; BALLIST carries it for the reader who wants it.
        ballist=BALLIST(
            BAL(
                name=clean(words["opening_balance"], 32),
                desc=clean(words["opening_balance"], 80),
                baltype="DOLLAR",
                value=header.opening_balance.quantize(CENT),
                dtasof=_noon(header.period_from),
            )
        ),
    )
    # Deterministic, so the same statement exported twice gives the same file.
    trnuid = uuid.uuid5(
        uuid.NAMESPACE_URL,
        f"{header.iban}/{header.period_from}/{header.period_to}/{header.generated_at}",
    )
    return OFX(
        signonmsgsrsv1=SIGNONMSGSRSV1(sonrs=signon),
        bankmsgsrsv1=BANKMSGSRSV1(STMTTRNRS(trnuid=str(trnuid), status=ok, stmtrs=statement)),
    )


def sgml(element: ET.Element, indent: str = "") -> str:
    """OFX 1.x SGML of an element tree: leaf elements unclosed, text escaped, one tag a line."""
    if len(element) == 0:
        return f"{indent}<{element.tag}>{escape(element.text or '')}\n"
    inner = "".join(sgml(child, indent + "  ") for child in element)
    return f"{indent}<{element.tag}>\n{inner}{indent}</{element.tag}>\n"


def transaction(line: StatementLine) -> str:
    """One STMTTRN, in the element order of the OFX DTD."""
    kind = "CREDIT" if line.amount > 0 else "DEBIT"
    name = clean(line.counterparty_name or line.description, NAME_MAX) or "-"
    memo_parts = [line.description, line.counterparty_iban]
    memo = clean(" · ".join(part for part in memo_parts if part), MEMO_MAX)
    parts = [
        "<STMTTRN>\n",
        f"<TRNTYPE>{kind}\n",
        f"<DTPOSTED>{line.booking_date:%Y%m%d}\n",
        f"<DTAVAIL>{line.value_date:%Y%m%d}\n",
        f"<TRNAMT>{line.amount.quantize(CENT):f}\n",
        f"<FITID>{line.id}\n",
    ]
    reference = clean(line.reference, REFNUM_MAX)
    if reference:
        parts.append(f"<REFNUM>{escape(reference)}\n")
    parts.append(f"<NAME>{escape(name)}\n")
    if memo:
        parts.append(f"<MEMO>{escape(memo)}\n")
    parts.append("</STMTTRN>\n")
    return "".join(parts)


def write(header: StatementHeader, lines: Iterable[StatementLine], path: Path) -> None:
    """Writes the statement to `path`, streaming the transactions one at a time."""
    text = sgml(envelope(header).to_etree())
    slot = text.index(_SLOT)
    head, tail = text[:slot], text[slot:]
    ofx_header = OFXHeaderV1(version=102, encoding="UTF-8", charset="NONE")
    with path.open("w", encoding="utf-8", newline="\r\n") as out:
        out.write(str(ofx_header).replace("\r\n", "\n"))
        out.write(head)
        for line in lines:
            out.write(transaction(line))
        out.write(tail)
