"""Keys of the on-screen keyboard: its characters, their spoken names and the key button."""

from __future__ import annotations

import string
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

#: Symbols common in passwords; with the letters and digits they fill five rows of ten.
SYMBOLS = ".-_@!#$%&*?+"

#: Every character the keyboard offers, in lower case (Shift and Caps raise the letters).
CHARACTERS: tuple[str, ...] = (
    *string.ascii_lowercase,
    "ë",
    "ç",
    *string.digits,
    *SYMBOLS,
)


class Function(StrEnum):
    """The keys that do something other than insert a character; they keep their places."""

    SHIFT = "shift"
    CAPS = "caps"
    BACKSPACE = "backspace"
    CLEAR = "clear"
    CLOSE = "close"


translate = QCoreApplication.translate


def character_name(char: str) -> str:
    """What a screen reader says for a character key showing `char`."""
    # Literal translate() calls, one per string, so that lupdate finds every one of them.
    named = {
        "ë": translate("VirtualKeyboard", "e with diaeresis"),
        "Ë": translate("VirtualKeyboard", "Capital E with diaeresis"),
        "ç": translate("VirtualKeyboard", "c with cedilla"),
        "Ç": translate("VirtualKeyboard", "Capital C with cedilla"),
        ".": translate("VirtualKeyboard", "Full stop"),
        "-": translate("VirtualKeyboard", "Hyphen"),
        "_": translate("VirtualKeyboard", "Underscore"),
        "@": translate("VirtualKeyboard", "At sign"),
        "!": translate("VirtualKeyboard", "Exclamation mark"),
        "#": translate("VirtualKeyboard", "Number sign"),
        "$": translate("VirtualKeyboard", "Dollar sign"),
        "%": translate("VirtualKeyboard", "Percent sign"),
        "&": translate("VirtualKeyboard", "Ampersand"),
        "*": translate("VirtualKeyboard", "Asterisk"),
        "?": translate("VirtualKeyboard", "Question mark"),
        "+": translate("VirtualKeyboard", "Plus sign"),
    }
    if char in named:
        return named[char]
    if char.isdigit():
        return translate("VirtualKeyboard", "Digit %1").replace("%1", char)
    if char.isupper():
        return translate("VirtualKeyboard", "Capital %1").replace("%1", char)
    return char


def function_text(function: Function) -> str:
    """The short label a function key shows."""
    texts = {
        Function.SHIFT: translate("VirtualKeyboard", "Shift"),
        Function.CAPS: translate("VirtualKeyboard", "Caps"),
        Function.BACKSPACE: translate("VirtualKeyboard", "Backspace"),
        Function.CLEAR: translate("VirtualKeyboard", "Clear"),
        Function.CLOSE: translate("VirtualKeyboard", "Close"),
    }
    return texts[function]


def function_name(function: Function) -> str:
    """What a screen reader says for a function key."""
    names = {
        Function.SHIFT: translate("VirtualKeyboard", "Shift"),
        Function.CAPS: translate("VirtualKeyboard", "Caps Lock"),
        Function.BACKSPACE: translate("VirtualKeyboard", "Backspace"),
        Function.CLEAR: translate("VirtualKeyboard", "Clear"),
        Function.CLOSE: translate("VirtualKeyboard", "Close keyboard"),
    }
    return names[function]


class KeyButton(QToolButton):
    """One key: never takes focus, grows with the font, and draws the keyboard's highlight.

    `key` is the lower-case character of a character key, or a `Function`.
    """

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._highlighted = False
        # A click must leave the focus (and the caret) in the field being typed into.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_label(self, label: str, spoken: str) -> None:
        # A lone "&" would be read as a mnemonic marker and vanish from the key.
        self.setText(label.replace("&", "&&"))
        self.setAccessibleName(spoken)

    def is_highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted != self._highlighted:
            self._highlighted = highlighted
            self.update()

    def sizeHint(self) -> QSize:
        # Measured from the font, so keys grow with the system font and stay easy to hit.
        side = self.fontMetrics().height() * 2
        hint = super().sizeHint()
        return QSize(max(hint.width(), side), max(hint.height(), side))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._highlighted:
            super().paintEvent(event)
            if self.isChecked():
                # Styles draw "checked" faintly (not at all on an all-black palette): a bar
                # in the highlight colour shows Shift or Caps is on, like a keyboard's lamp.
                painter = QPainter(self)
                bar = self.rect().adjusted(4, 0, -4, -3)
                bar.setTop(bar.bottom() - 2)
                painter.fillRect(bar, self.palette().color(QPalette.ColorRole.Highlight))
                painter.end()
            return
        # Drawn like a selected item from the palette's own roles, so it stays visible in
        # light, dark and high-contrast themes alike.
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Highlight))
        # An inner frame marks the key; a thicker one keeps Shift or Caps visibly on.
        pen = QPen(palette.color(QPalette.ColorRole.HighlightedText))
        pen.setWidth(3 if self.isChecked() else 1)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(2, 2, -3, -3))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text().replace("&&", "&"))
        painter.end()
