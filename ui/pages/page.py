"""What every page of the main window offers: its menu title, help topic, refresh and drafts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the main window; subclasses set `help_topic` and an objectName from UI.md."""

    help_topic = ""

    def nav_title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """The page came to the front: load or refresh what it shows."""

    def draft(self) -> dict[str, Any] | None:
        """What the customer typed into the page's form (never codes), kept over an idle logout."""
        return None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Puts back what `draft` returned, after the same customer logged in again."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
