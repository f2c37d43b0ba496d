"""The receipt of a payment: its lines in the customer's language, as a PDF or on a printer.

Qt's PDF and print classes are imported only when a receipt is written or printed, so opening
the payments page costs nothing for them.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.money import SEPARATORS, format_datetime, format_iban, format_money
from desktop.services.bank_clock import TIRANE
from desktop.services.payments import Outcome, Quote, ReviewedPayment

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

translate = QCoreApplication.translate

DPI: Final = 300
# Fonts with every Albanian letter; the first one installed is used.
FAMILIES: Final = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"]
DEFAULT_BANK: Final = "Banka Kombëtare Tregtare"


@dataclasses.dataclass(frozen=True, slots=True)
class Receipt:
    """What the receipt says, already in words: a title and (label, value) lines."""

    bank: str
    title: str
    lines: tuple[tuple[str, str], ...]
    footer: str

    def text(self) -> str:
        """The receipt as plain text (what a screen reader or a test reads)."""
        body = "\n".join(f"{label}: {value}" for label, value in self.lines)
        return f"{self.bank}\n{self.title}\n{body}\n{self.footer}"


def rate_text(quote: Quote, language: str) -> str:
    """The rate as people read it in Albania: ALL per unit of the foreign currency.

    The bank quotes units credited per unit debited; ALL -> EUR is then 0.0096711799, which
    nobody reads, so a rate under one is turned round ("1 EUR = 103.40 ALL").
    """
    if quote.rate is None:
        return ""
    rate, one, other = quote.rate, quote.currency, quote.credited_currency
    if rate < 1:
        rate, one, other = 1 / rate, other, one
    shown = rate.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP).normalize()
    whole, _, decimals = f"{shown:f}".partition(".")
    number = f"{whole}{SEPARATORS[language][1]}{decimals.ljust(2, '0')}"
    return f"1 {one} = {number} {other}"


def status_title(outcome: Outcome) -> str:
    if outcome.status == "scheduled":
        return translate("Receipt", "Transfer order — scheduled after the daily update")
    return translate("Receipt", "Transfer receipt")


def _when(moment: datetime | None, language: str) -> str:
    return "" if moment is None else format_datetime(moment.astimezone(TIRANE), language)


def build_receipt(
    reviewed: ReviewedPayment,
    outcome: Outcome,
    language: str,
    *,
    bank: str = DEFAULT_BANK,
    debtor_holder: str = "",
) -> Receipt:
    """The receipt of a confirmed payment (executed, or scheduled for 00:00)."""
    quote, debtor = reviewed.quote, reviewed.debtor
    lines: list[tuple[str, str]] = []
    if outcome.reference:
        lines.append((translate("Receipt", "Reference"), outcome.reference))
    if outcome.status == "scheduled":
        lines.append(
            (translate("Receipt", "To be executed at"), _when(outcome.execute_at, language))
        )
    else:
        lines.append((translate("Receipt", "Executed at"), _when(outcome.executed_at, language)))
    payer = f"{debtor_holder} — {debtor.name}" if debtor_holder else debtor.name
    lines += [
        (translate("Receipt", "From account"), payer),
        (translate("Receipt", "From IBAN"), format_iban(debtor.iban)),
        (translate("Receipt", "Payee"), quote.creditor_name),
        (translate("Receipt", "Payee IBAN"), format_iban(quote.creditor_iban)),
        (translate("Receipt", "Amount"), format_money(quote.amount, quote.currency, language)),
        (translate("Receipt", "Fee"), format_money(quote.fee, quote.currency, language)),
        (
            translate("Receipt", "Total debited"),
            format_money(quote.total, quote.currency, language),
        ),
    ]
    if quote.converted:
        lines.append((translate("Receipt", "Exchange rate"), rate_text(quote, language)))
        lines.append(
            (
                translate("Receipt", "Amount credited"),
                format_money(quote.credited_amount, quote.credited_currency, language),
            )
        )
    description = reviewed.order.description.strip()
    if description:
        lines.append((translate("Receipt", "Description"), description))
    footer = translate(
        "Receipt",
        "Printed from the Internet Branch. Keep the reference: the Call Center +355 4 2266 288 "
        "finds the transfer with it.",
    )
    return Receipt(bank=bank, title=status_title(outcome), lines=tuple(lines), footer=footer)


def _mm(value: float, dpi: int) -> float:
    return value * dpi / 25.4


def paint(painter: QPainter, device: QPagedPaintDevice, receipt: Receipt) -> None:
    """Draws the receipt on one page of `device` (a PDF writer or a printer)."""
    dpi = device.logicalDpiX()
    left = _mm(20, dpi)
    right = device.width() - _mm(20, dpi)
    y = _mm(25, dpi)

    def font(points: float, bold: bool = False) -> QFont:
        made = QFont()
        made.setFamilies(FAMILIES)
        made.setPointSizeF(points)
        made.setBold(bold)
        return made

    title, label, value, small = font(16, True), font(10), font(10, True), font(8)
    painter.setFont(font(12, True))
    painter.drawText(QPointF(left, y), receipt.bank)
    y += _mm(10, dpi)
    painter.setFont(title)
    painter.drawText(QPointF(left, y), receipt.title)
    y += _mm(5, dpi)
    painter.setPen(QPen(QColor(160, 160, 160), _mm(0.3, dpi)))
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.setPen(QColor(20, 20, 20))
    y += _mm(9, dpi)
    label_width = max(QFontMetricsF(label, device).horizontalAdvance(k) for k, _ in receipt.lines)
    value_x = left + label_width + _mm(6, dpi)
    value_room = right - value_x
    value_metrics = QFontMetricsF(value, device)
    for key, text in receipt.lines:
        painter.setFont(label)
        painter.drawText(QPointF(left, y), key)
        painter.setFont(value)
        # A long payee or description is cut on the page; the reference and IBANs always fit.
        shown = value_metrics.elidedText(text, Qt.TextElideMode.ElideRight, value_room)
        painter.drawText(QPointF(value_x, y), shown)
        y += _mm(8, dpi)
    painter.setFont(small)
    painter.setPen(QColor(95, 95, 95))
    # The footer wraps within the margins, whatever the language makes of its length.
    room = QRectF(left, y, right - left, _mm(30, dpi))
    painter.drawText(room, int(Qt.TextFlag.TextWordWrap), receipt.footer)


def write_pdf(receipt: Receipt, path: Path) -> Path:
    """Saves the receipt as a one-page A4 PDF with real, searchable text."""
    # Imported here: only a customer who saves a receipt needs the PDF writer.
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(receipt.title)
    writer.setCreator(receipt.bank)
    painter = QPainter(writer)
    try:
        paint(painter, writer, receipt)
    finally:
        painter.end()
    return path


def print_receipt(receipt: Receipt, printer: QPagedPaintDevice) -> None:
    """Paints the receipt on a printer the customer chose (QPrintDialog)."""
    painter = QPainter(printer)
    try:
        paint(painter, printer, receipt)
    finally:
        painter.end()
