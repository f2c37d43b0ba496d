"""The error line of a form: specific message, visible in every palette, read by screen readers."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

translate = QCoreApplication.translate

# Checked contrast: #B3261E on white is 6.5:1, #FFB4AB on #1E1E1E is 10:1 (WCAG AA needs 4.5:1).
_ON_LIGHT = QColor("#B3261E")
_ON_DARK = QColor("#FFB4AB")


def error_colour(palette: QPalette) -> QColor:
    """A red that keeps its contrast against the window colour of light and dark palettes."""
    return _ON_DARK if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5 else _ON_LIGHT


class ErrorLabel(QLabel):
    """Shows the last error; `show_message` takes a callable so a language switch re-renders it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._render: Callable[[], str] | None = None
        self._field: QWidget | None = None
        self._apply_colour()
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ErrorLabel", "Error message"))
        if self._render is not None:
            self._set(self._render())

    def show_message(self, render: Callable[[], str], field: QWidget | None = None) -> None:
        """Shows render() now and again after every language switch; announces it.

        `field`, the input the message is about, gets the message as its accessible
        description (a screen reader reads it there), re-rendered with the label.
        """
        self._render = render
        if self._field is not field:
            self._forget_field()
        self._field = field
        self._set(render())
        self.setVisible(True)
        # Screen readers announce alerts: the customer hears the error without moving focus.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_message(self) -> None:
        self._render = None
        self._forget_field()
        self.clear()
        self.setAccessibleDescription("")
        self.setVisible(False)

    def _forget_field(self) -> None:
        if self._field is not None and shiboken6.isValid(self._field):
            self._field.setAccessibleDescription("")
        self._field = None

    def _set(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.setAccessibleDescription(text)
        if self._field is not None and shiboken6.isValid(self._field):
            self._field.setAccessibleDescription(text)

    def _apply_colour(self) -> None:
        palette = QApplication.palette(self)
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_colour()  # the system switched between light, dark or high contrast
        super().changeEvent(event)
