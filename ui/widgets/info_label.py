"""The good-news line of a window or form (done, registered, changed): announced, re-translated."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

translate = QCoreApplication.translate


class InfoLabel(QLabel):
    """Like ErrorLabel, for success: a symbol and the text, never colour alone, in the palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._render: Callable[[], str] | None = None
        self.setVisible(False)
        self.retranslate()

    def show_message(self, render: Callable[[], str]) -> None:
        """Shows render() now and after every language switch; screen readers announce it."""
        self._render = render
        self._set(render())
        self.setVisible(True)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_message(self) -> None:
        self._render = None
        self.clear()
        self.setAccessibleDescription("")
        self.setVisible(False)

    def message(self) -> str:
        """The text without its symbol ("" when nothing is shown)."""
        return self.accessibleDescription()

    def _set(self, text: str) -> None:
        self.setText(f"✓ {text}")
        self.setAccessibleDescription(text)

    def retranslate(self) -> None:
        self.setAccessibleName(translate("InfoLabel", "Message"))
        if self._render is not None:
            self._set(self._render())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
