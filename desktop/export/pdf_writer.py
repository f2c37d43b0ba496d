"""Statement as a PDF bank statement, painted page by page with QPdfWriter and QPainter.

Runs in the export's writer process (desktop/export/worker.py makes the QGuiApplication the
fonts need; QPdfWriter and QPainter also work outside the GUI thread). Holds one page of rows
at most, so 100,000 lines stream. The text is real text in an embedded font, so ë and ç can
be searched and extracted.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Final

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop.export import pdf_layout as layout
from desktop.export.labels import labels
from desktop.export.model import TIRANA, StatementHeader, StatementLine
from desktop.money import format_amount, format_date, format_datetime, format_iban, format_money

DPI: Final = 300
#: Fonts with every Albanian letter; the first one installed is used.
FAMILIES: Final = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"]
INK: Final = QColor(20, 20, 20)
MUTED: Final = QColor(95, 95, 95)
RULE: Final = QColor(160, 160, 160)
SHADE: Final = QColor(242, 244, 246)
ELIDE: Final = Qt.TextElideMode.ElideRight
#: Cut texts remembered at most; bounded so a long statement of unique texts stays small.
FIT_CACHE: Final = 20_000


def mm(value: float) -> float:
    return value * DPI / 25.4


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Advances(dict[str, float]):
    """Each character's advance in one font, asked of Qt once."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        super().__init__()
        self.metrics = metrics

    def __missing__(self, char: str) -> float:
        advance = self[char] = self.metrics.horizontalAdvance(char)
        return advance


class _Statement:
    """The painter's state across pages: fonts, page number, running totals."""

    def __init__(self, header: StatementHeader, painter: QPainter, device: QPdfWriter) -> None:
        self.header = header
        self.words = labels(header.language)
        self.painter = painter
        self.font: QFont | None = None
        self.fitted: dict[tuple[int, float, str], str] = {}
        self.page = 1
        self.pages = None if header.total_lines is None else layout.page_count(header.total_lines)
        self.rows_on_page = 0
        self.y = 0.0  # top of the next row, in device units
        self.total_in = Decimal(0)
        self.total_out = Decimal(0)
        self.body = _font(8)
        self.small = _font(7)
        self.bold = _font(8, bold=True)
        self.label = _font(9)
        self.value = _font(9, bold=True)
        self.title = _font(14, bold=True)
        self.metrics = {
            id(f): QFontMetricsF(f, device)
            for f in (self.body, self.small, self.bold, self.label, self.value, self.title)
        }
        self.advances = {key: _Advances(metrics) for key, metrics in self.metrics.items()}
        lang = header.language
        self.generated = format_datetime(header.generated_at.astimezone(TIRANA), lang)
        self.period = (
            f"{format_date(header.period_from, lang)} – {format_date(header.period_to, lang)}"
        )
        self.x = [mm(layout.MARGIN_X)]
        for _, width in layout.COLUMNS:
            self.x.append(self.x[-1] + mm(width))

    # -- text helpers ------------------------------------------------------------------------
    def width(self, font: QFont, text: str) -> float:
        """The text's advance, summed from remembered glyph advances.

        Asking Qt lays the text out each time, which costs as much as drawing it; the sum
        ignores kerning, which moves a right edge by a fraction of a point at most.
        """
        return sum(map(self.advances[id(font)].__getitem__, text))

    def text(
        self, font: QFont, x: float, baseline: float, text: str, *, right: bool = False
    ) -> None:
        painter = self.painter
        if font is not self.font:
            painter.setFont(font)
            self.font = font
        if right:
            x -= self.width(font, text)
        painter.drawText(QPointF(x, baseline), text)

    def fit(self, font: QFont, text: str, width: float) -> str:
        """The text cut with "…" to `width`; remembered, as descriptions and payees repeat."""
        key = (id(font), width, text)
        fitted = self.fitted.get(key)
        if fitted is None:
            fitted = text
            # Qt decides only near the edge, where the kerning the estimate ignores matters.
            if self.width(font, text) > width * 0.95:
                fitted = self.metrics[id(font)].elidedText(text, ELIDE, width)
            if len(self.fitted) >= FIT_CACHE:
                self.fitted.clear()
            self.fitted[key] = fitted
        return fitted

    def rule(self, y: float) -> None:
        self.painter.setPen(QPen(RULE, mm(0.2)))
        self.painter.drawLine(QPointF(self.x[0], y), QPointF(self.x[-1], y))
        self.painter.setPen(INK)

    # -- page furniture ----------------------------------------------------------------------
    def first_head(self) -> float:
        """The statement's head on page 1; returns where the table starts."""
        h, w = self.header, self.words
        left, right, top = self.x[0], self.x[-1], mm(layout.MARGIN_TOP)
        # The left half for the bank, the right half for the title: long names are cut, not piled.
        half = mm(layout.CONTENT_W / 2 - 2)
        self.text(self.title, left, top + mm(5), self.fit(self.title, h.bank_name, half))
        self.painter.setPen(MUTED)
        self.text(self.body, left, top + mm(10), self.fit(self.body, h.bank_address, half))
        self.text(self.body, left, top + mm(14), f"{w['bic']}: {h.bank_bic}")
        self.painter.setPen(INK)
        self.text(self.title, right, top + mm(5), w["title"], right=True)
        self.text(self.label, right, top + mm(10.5), f"{w['period']}: {self.period}", right=True)
        self.rule(top + mm(18))
        # Two columns of label and value; the IBAN gets a line of its own, as it must never be cut.
        # Names are cut to their room; numbers never are (a balance is short enough anyway).
        left_pairs = (
            ("customer", h.customer_name, True),
            ("customer_number", h.customer_number, False),
            ("account", h.account_name, True),
            ("iban", format_iban(h.iban), False),
        )
        right_pairs = (
            ("opening_balance", format_money(h.opening_balance, h.currency, h.language), False),
            ("closing_balance", format_money(h.closing_balance, h.currency, h.language), False),
            ("currency", h.currency, False),
        )
        gap = mm(3)
        left_value_x = left + max(self.width(self.label, w[k]) for k, _, _ in left_pairs) + gap
        right_label_w = max(self.width(self.label, w[k]) for k, _, _ in right_pairs)
        right_label_x = right - mm(42) - gap - right_label_w
        right_value_x = right_label_x + right_label_w + gap
        columns = (
            (left, left_value_x, right_label_x - gap - left_value_x, left_pairs),
            (right_label_x, right_value_x, right - right_value_x, right_pairs),
        )
        for label_x, value_x, room, pairs in columns:
            for i, (key, value, cut) in enumerate(pairs):
                baseline = top + mm(25 + 6 * i)
                self.painter.setPen(MUTED)
                self.text(self.label, label_x, baseline, w[key])
                self.painter.setPen(INK)
                shown = self.fit(self.value, value, room) if cut else value
                self.text(self.value, value_x, baseline, shown)
        return top + mm(layout.FIRST_HEAD_H)

    def later_head(self) -> float:
        """One line naming the account on pages after the first; returns where the table starts."""
        h, w = self.header, self.words
        top = mm(layout.MARGIN_TOP)
        self.painter.setPen(MUTED)
        line = f"{h.bank_name} · {w['title']} · {format_iban(h.iban)} · {self.period}"
        self.text(
            self.body, self.x[0], top + mm(4), self.fit(self.body, line, mm(layout.CONTENT_W))
        )
        self.painter.setPen(INK)
        self.rule(top + mm(6))
        return top + mm(layout.LATER_HEAD_H)

    def table_head(self, top: float) -> float:
        """Column titles (on every page); returns where the first row starts."""
        self.painter.fillRect(
            QRectF(self.x[0], top, self.x[-1] - self.x[0], mm(layout.TABLE_HEAD_H) - mm(1)), SHADE
        )
        self.painter.setFont(self.bold)
        self.font = self.bold
        currency = f" ({self.header.currency})"
        titles = {
            "description": f"{self.words['description']} / {self.words['counterparty']}",
            "amount": self.words["amount"] + currency,
            "balance_after": self.words["balance_after"] + currency,
        }
        pad = mm(layout.CELL_PAD)
        for i, (key, _) in enumerate(layout.COLUMNS):
            numeric = key in ("amount", "balance_after")
            cell = QRectF(self.x[i] + pad, top, self.x[i + 1] - self.x[i] - 2 * pad, mm(7))
            align = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            self.painter.drawText(cell, int(flags), titles.get(key, self.words[key]))
        return top + mm(layout.TABLE_HEAD_H)

    def footer(self) -> None:
        y = mm(layout.PAGE_H - layout.MARGIN_BOTTOM - layout.FOOTER_H + 2)
        self.rule(y)
        self.painter.setPen(MUTED)
        baseline = y + mm(4.5)
        self.text(self.small, self.x[0], baseline, f"{self.words['generated_at']} {self.generated}")
        if self.pages is not None and self.page <= self.pages:
            number = self.words["page_of"].format(page=self.page, pages=self.pages)
        else:
            number = self.words["page"].format(page=self.page)
        self.text(self.small, self.x[-1], baseline, number, right=True)
        self.painter.setPen(INK)

    # -- flow ----------------------------------------------------------------------------------
    def start(self) -> None:
        self.y = self.table_head(self.first_head())

    def next_page(self, device: QPdfWriter) -> None:
        self.footer()
        device.newPage()
        self.page += 1
        self.rows_on_page = 0
        self.y = self.table_head(self.later_head())

    def row(self, line: StatementLine, device: QPdfWriter) -> None:
        if self.rows_on_page == layout.capacity(self.page):
            self.next_page(device)
        if line.amount > 0:
            self.total_in += line.amount
        else:
            self.total_out -= line.amount
        x, y, pad, lang = self.x, self.y, mm(layout.CELL_PAD), self.header.language
        if self.rows_on_page % 2:
            self.painter.fillRect(QRectF(x[0], y, x[-1] - x[0], mm(layout.ROW_H)), SHADE)
        first, second = y + mm(3.1), y + mm(6.0)
        self.text(self.body, x[0] + pad, first, format_date(line.booking_date, lang))
        self.text(self.body, x[1] + pad, first, format_date(line.value_date, lang))
        width = x[3] - x[2] - 2 * pad
        self.text(self.body, x[2] + pad, first, self.fit(self.body, line.description, width))
        reference = self.fit(self.body, line.reference, x[4] - x[3] - 2 * pad)
        self.text(self.body, x[3] + pad, first, reference)
        self.text(self.body, x[5] - pad, first, format_amount(line.amount, lang), right=True)
        if line.balance_after is not None:
            balance = format_amount(line.balance_after, lang)
            self.text(self.body, x[6] - pad, first, balance, right=True)
        party = " · ".join(
            p for p in (line.counterparty_name, format_iban(line.counterparty_iban)) if p
        )
        if party:
            self.painter.setPen(MUTED)
            self.text(self.small, x[2] + pad, second, self.fit(self.small, party, width))
            self.painter.setPen(INK)
        self.y += mm(layout.ROW_H)
        self.rows_on_page += 1

    def empty(self) -> None:
        """The one row of a statement with no lines."""
        self.painter.setPen(MUTED)
        self.text(
            self.body, self.x[2] + mm(layout.CELL_PAD), self.y + mm(4), self.words["no_lines"]
        )
        self.painter.setPen(INK)
        self.y += mm(layout.ROW_H)
        self.rows_on_page += 1

    def finish(self, device: QPdfWriter) -> None:
        """Totals and the closing balance after the last row, then the last footer."""
        if layout.capacity(self.page) - self.rows_on_page < layout.SUMMARY_ROWS:
            self.next_page(device)
        h, w = self.header, self.words
        self.rule(self.y + mm(1))
        rows = (
            ("total_in", self.total_in, self.label),
            ("total_out", -self.total_out, self.label),
            ("closing_balance", h.closing_balance, self.value),
        )
        for i, (key, value, font) in enumerate(rows):
            baseline = self.y + mm(5.5 + 5 * i)
            self.painter.setPen(MUTED)
            self.text(self.label, self.x[3], baseline, w[key])
            self.painter.setPen(INK)
            money = format_money(value, h.currency, h.language)
            self.text(font, self.x[-1] - mm(layout.CELL_PAD), baseline, money, right=True)
        self.footer()


def write(header: StatementHeader, lines: Iterable[StatementLine], path: Path) -> None:
    """Writes the statement to `path` as an A4 PDF, one page at a time."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("the PDF export needs a QGuiApplication (for fonts)")
    device = QPdfWriter(str(path))
    device.setResolution(DPI)
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    words = labels(header.language)
    device.setTitle(f"{words['title']} {format_iban(header.iban)} {header.period_from}")
    device.setCreator(header.bank_name)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot write the PDF to {path}")
    try:
        statement = _Statement(header, painter, device)
        statement.start()
        count = 0
        for line in lines:
            statement.row(line, device)
            count += 1
        if count == 0:
            statement.empty()
        statement.finish(device)
    finally:
        # Ending the painter also on failure: the runner then removes the unfinished file.
        painter.end()
