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
        # The closing balance. OFX 1.x has no opening balance: the OFX 1.6 DTD that libofx
        # checks files against allows no BALLIST here, and AVAILBAL means money available now.
        ledgerbal=LEDGERBAL(
            balamt=header.closing_balance.quantize(CENT), dtasof=_noon(header.period_to)
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


def _day(day: date) -> str:
    # Not strftime: it imports a module on every call, which PySide's import hook makes slow.
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def transaction(line: StatementLine) -> str:
    """One STMTTRN, in the element order of the OFX DTD."""
    kind = "CREDIT" if line.amount > 0 else "DEBIT"
    name = clean(line.counterparty_name or line.description, NAME_MAX) or "-"
    if line.description and line.counterparty_iban:
        memo = clean(f"{line.description} · {line.counterparty_iban}", MEMO_MAX)
    else:
        memo = clean(line.description or line.counterparty_iban, MEMO_MAX)
    reference = clean(line.reference, REFNUM_MAX)
    return (
        f"<STMTTRN>\n<TRNTYPE>{kind}\n<DTPOSTED>{_day(line.booking_date)}\n"
        f"<DTAVAIL>{_day(line.value_date)}\n<TRNAMT>{line.amount.quantize(CENT):f}\n"
        f"<FITID>{line.id}\n"
        + (f"<REFNUM>{escape(reference)}\n" if reference else "")
        + f"<NAME>{escape(name)}\n"
        + (f"<MEMO>{escape(memo)}\n" if memo else "")
        + "</STMTTRN>\n"
    )


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
