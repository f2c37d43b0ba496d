"""Geometry of the PDF statement (A4, millimetres) and how many pages a number of lines takes.

Every row has the same height (descriptions are cut to the column, not wrapped), so the page
count follows from the number of lines alone: "Page 3 of 12" needs the count, never the rows.
No Qt here, so the arithmetic is tested on its own.
"""

from __future__ import annotations

import math
from typing import Final

PAGE_W: Final = 210.0
PAGE_H: Final = 297.0
MARGIN_X: Final = 15.0
MARGIN_TOP: Final = 14.0
MARGIN_BOTTOM: Final = 12.0
CONTENT_W: Final = PAGE_W - 2 * MARGIN_X

#: The statement's head on page 1: bank, title, customer, account, balances.
FIRST_HEAD_H: Final = 52.0
#: The reminder on later pages: bank, account, period on one line.
LATER_HEAD_H: Final = 9.0
TABLE_HEAD_H: Final = 8.0
ROW_H: Final = 7.0
FOOTER_H: Final = 8.0
#: Totals in and out and the closing balance after the last row.
SUMMARY_H: Final = 18.0

TABLE_BOTTOM: Final = PAGE_H - MARGIN_BOTTOM - FOOTER_H
FIRST_ROWS: Final = math.floor((TABLE_BOTTOM - MARGIN_TOP - FIRST_HEAD_H - TABLE_HEAD_H) / ROW_H)
LATER_ROWS: Final = math.floor((TABLE_BOTTOM - MARGIN_TOP - LATER_HEAD_H - TABLE_HEAD_H) / ROW_H)
#: The summary's height in rows, so it follows the same count as the lines.
SUMMARY_ROWS: Final = math.ceil(SUMMARY_H / ROW_H)

#: Column name and width; the widths add up to CONTENT_W.
COLUMNS: Final = (
    ("booking_date", 19.0),
    ("value_date", 19.0),
    ("description", 62.0),
    ("reference", 26.0),
    ("amount", 27.0),
    ("balance_after", 27.0),
)
CELL_PAD: Final = 1.2


def capacity(page: int) -> int:
    """Rows that fit on a page (1-based)."""
    return FIRST_ROWS if page == 1 else LATER_ROWS


def page_count(lines: int) -> int:
    """Pages of a statement of `lines` lines; an empty one still has its "no lines" row."""
    rows = max(lines, 1)
    pages, used = 1, rows
    if rows > FIRST_ROWS:
        rest = rows - FIRST_ROWS
        pages += math.ceil(rest / LATER_ROWS)
        used = rest - (pages - 2) * LATER_ROWS
    if capacity(pages) - used < SUMMARY_ROWS:
        pages += 1
    return pages
