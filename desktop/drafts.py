"""What the customer typed, kept in memory over an idle logout and put back at the next login."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

#: {customer number: {page objectName: that page's draft}}
Drafts = dict[str, dict[str, dict[str, Any]]]


class DraftPage(Protocol):
    """A main-window page that can hand over and take back what was typed (ui.pages.page.Page)."""

    def objectName(self) -> str: ...

    def draft(self) -> dict[str, Any] | None: ...

    def restore_draft(self, draft: dict[str, Any]) -> None: ...


def save_drafts(drafts: Drafts, customer: str, pages: Iterable[DraftPage]) -> None:
    """Keeps what the customer typed into `pages`, for the next login of the same customer."""
    kept = {}
    for page in pages:
        draft = page.draft()
        if draft:
            kept[page.objectName()] = draft
    if kept:
        drafts[customer] = kept


def restore_drafts(drafts: Drafts, customer: str, pages: Callable[[], Iterable[DraftPage]]) -> None:
    """Puts the customer's drafts back into `pages()`; nothing else stays in memory.

    `pages` is called only when there is something to restore: asking the main window for its
    pages builds those it would otherwise build one per event-loop turn after the login.
    """
    mine = drafts.pop(customer, None)
    # Another customer's drafts are dropped, never shown.
    drafts.clear()
    if mine:
        for page in pages():
            if page.objectName() in mine:
                page.restore_draft(mine[page.objectName()])
