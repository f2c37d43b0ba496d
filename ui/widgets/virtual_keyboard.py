"""The on-screen keyboard: types into a field without key events, its keys shuffled each showing."""

from __future__ import annotations

import secrets

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QInputMethodEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QWidget

from ui.widgets.virtual_keyboard_keys import (
    CHARACTERS,
    Function,
    KeyButton,
    character_name,
    function_name,
    function_text,
)

#: Character keys per row; each function key of the bottom row spans two of these columns.
COLUMNS = 10
_FUNCTIONS = tuple(Function)
_FUNCTION_SPAN = COLUMNS // len(_FUNCTIONS)
_ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


def announce(key: KeyButton) -> None:
    """Tell a screen reader that `key` is now the one in front, as if it had the focus."""
    # Without an active assistive technology there is no one to tell, and no need to build one.
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(key, QAccessible.Event.Focus))


class VirtualKeyboard(QWidget):
    """On-screen keyboard typing into its target: the watched field that last had the focus.

    A key inserts its character with a `QInputMethodEvent` commit string sent to the target,
    so no key event exists for a keylogger to see and the field's validator and maxLength
    still apply. The character keys change places every time the keyboard is shown.
    The owner wires Alt+K: `open_for_keyboard_user()` when hidden, else `close_keyboard()`.

    Signals:
        closed(): the Close key was pressed or `close_keyboard()` was called; it is hidden.
        keyPressed(str): a key was pressed; the argument is the character inserted or the
            `Function` value (e.g. "backspace"). It can be part of a password: never log it.
    """

    closed = Signal()
    keyPressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("virtualKeyboard")
        # Tab (or open_for_keyboard_user) brings the focus here for the arrow keys; a click
        # between two keys must not, or it would take the caret out of the field.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._fields: list[QLineEdit] = []
        self._target: QLineEdit | None = None
        self._random = secrets.SystemRandom()
        self._row = 0
        self._column = 0

        self._characters = [self._make_key(char) for char in CHARACTERS]
        self._functions = {function: self._make_key(function) for function in _FUNCTIONS}
        self._functions[Function.SHIFT].setCheckable(True)
        self._functions[Function.CAPS].setCheckable(True)
        # Holding Backspace down keeps deleting, as on a real keyboard.
        self._functions[Function.BACKSPACE].setAutoRepeat(True)

        self._grid = QGridLayout(self)
        self._grid.setSpacing(2)
        self._rows = (len(self._characters) + COLUMNS - 1) // COLUMNS
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)
        for index, function in enumerate(_FUNCTIONS):
            key = self._functions[function]
            self._grid.addWidget(key, self._rows, index * _FUNCTION_SPAN, 1, _FUNCTION_SPAN)
        self._place_characters()

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        self.retranslate()
        # Off until the customer asks for it (UI.md); the owner shows it.
        self.setVisible(False)

    # -- the target field ---------------------------------------------------------------

    def watch(self, *fields: QLineEdit) -> None:
        """Serve these fields too: the one that last had the focus becomes the target."""
        self._fields = [field for field in self._fields if shiboken6.isValid(field)]
        self._fields.extend(field for field in fields if field not in self._fields)
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused in fields:
            self._target = focused
        elif self.target() is None and self._fields:
            self._target = self._fields[0]

    def target(self) -> QLineEdit | None:
        """The field the keys type into, or None."""
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    def set_target(self, field: QLineEdit | None) -> None:
        self._target = field

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and any(now is field for field in self._fields):
            assert isinstance(now, QLineEdit)
            self._target = now

    # -- opening, closing, focus --------------------------------------------------------

    def open_for_keyboard_user(self) -> None:
        """Show the keyboard and move the focus into it, so the arrow keys choose a key."""
        self.show()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def return_focus(self) -> None:
        """Give the focus back to the target field (Esc)."""
        target = self.target()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_keyboard(self) -> None:
        """Hide the keyboard, leaving the focus in the target field, and emit `closed`."""
        focused = QApplication.focusWidget()
        if focused is not None and (focused is self or self.isAncestorOf(focused)):
            self.return_focus()
        self.hide()
        self.closed.emit()

    # -- keys ---------------------------------------------------------------------------

    def key_order(self) -> list[str]:
        """The characters of the character keys as they are laid out, row by row."""
        return [key.key for key in self._characters]

    def key_for(self, key: str) -> KeyButton:
        """The button of a lower-case character or a `Function` value."""
        found = self.findChild(KeyButton, f"virtualKey_{key}")
        assert isinstance(found, KeyButton), key
        return found

    def all_keys(self) -> list[KeyButton]:
        """Every key: the character keys in layout order, then the function keys."""
        return [*self._characters, *self._functions.values()]

    def highlighted_key(self) -> KeyButton:
        return self._cell(self._row, self._column)

    def _make_key(self, key: str) -> KeyButton:
        button = KeyButton(key, self)
        button.setObjectName(f"virtualKey_{key}")
        button.clicked.connect(lambda: self._press(button))
        return button

    def _press(self, button: KeyButton) -> None:
        key = button.key
        if key == Function.SHIFT or key == Function.CAPS:
            self._relabel()
        elif key == Function.BACKSPACE:
            self._backspace()
        elif key == Function.CLEAR:
            if (target := self._editable_target()) is not None:
                target.clear()
        elif key == Function.CLOSE:
            self.close_keyboard()
        else:
            key = self._shown(key)
            self._commit(key)
            if self._functions[Function.SHIFT].isChecked():
                self._functions[Function.SHIFT].setChecked(False)  # Shift lasts one key
                self._relabel()
        self.keyPressed.emit(str(key))

    def _editable_target(self) -> QLineEdit | None:
        target = self.target()
        if target is None or not target.isEnabled() or target.isReadOnly():
            return None
        return target

    def _commit(self, text: str) -> None:
        target = self._editable_target()
        if target is not None:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QCoreApplication.sendEvent(target, event)

    def _backspace(self) -> None:
        target = self._editable_target()
        if target is None:
            return
        if target.hasSelectedText():
            # QLineEdit removes a selection before applying an input-method replacement, so
            # the event would delete one character more than Backspace does.
            target.backspace()
        elif target.cursorPosition() > 0:
            # At the start there is nothing before the caret, but the replacement would be
            # clamped to position 0 and delete the character after it.
            event = QInputMethodEvent()
            event.setCommitString("", -1, 1)  # replace the one character before the caret
            QCoreApplication.sendEvent(target, event)

    def _upper(self) -> bool:
        shift = self._functions[Function.SHIFT].isChecked()
        return shift != self._functions[Function.CAPS].isChecked()

    def _shown(self, char: str) -> str:
        return char.upper() if self._upper() else char

    # -- layout and highlight -----------------------------------------------------------

    def _place_characters(self) -> None:
        for key in self._characters:
            self._grid.removeWidget(key)
        for index, key in enumerate(self._characters):
            self._grid.addWidget(key, index // COLUMNS, index % COLUMNS)

    def _cell(self, row: int, column: int) -> KeyButton:
        if row == self._rows:
            return self._functions[_FUNCTIONS[column // _FUNCTION_SPAN]]
        return self._characters[row * COLUMNS + column]

    def _move(self, rows: int, columns: int) -> None:
        before = self.highlighted_key()
        row, column = self._row, self._column
        # Step on until the key changes: a function key covers more than one column.
        while True:
            row = (row + rows) % (self._rows + 1)
            column = (column + columns) % COLUMNS
            if self._cell(row, column) is not before or (row, column) == (self._row, self._column):
                break
        before.set_highlighted(False)
        self._row, self._column = row, column
        self.highlighted_key().set_highlighted(True)
        announce(self.highlighted_key())

    # -- events -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # New places on every showing, from the system's CSPRNG, so that recorded clicks
        # or screenshots of one session say nothing about the characters of another.
        self._random.shuffle(self._characters)
        self._place_characters()
        self._functions[Function.SHIFT].setChecked(False)
        self._functions[Function.CAPS].setChecked(False)
        self._relabel()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _ARROWS:
            self._move(*_ARROWS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.highlighted_key().click()
        elif key == Qt.Key.Key_Escape:
            self.return_focus()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.highlighted_key().set_highlighted(True)
        announce(self.highlighted_key())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.highlighted_key().set_highlighted(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._even_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text and spoken name again in the current language."""
        self.setAccessibleName(QCoreApplication.translate("VirtualKeyboard", "Virtual keyboard"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "VirtualKeyboard",
                "The keys change places each time the keyboard opens. Arrow keys choose a "
                "key, Space or Enter presses it, Esc goes back to the field.",
            )
        )
        for function, button in self._functions.items():
            button.set_label(function_text(function), function_name(function))
            button.setToolTip(function_name(function))
        self._relabel()
        self._even_columns()

    def _even_columns(self) -> None:
        # Function keys of one width give every column the same width, whatever the labels.
        width = max(key.sizeHint().width() for key in self._functions.values())
        for key in self._functions.values():
            key.setMinimumWidth(width)

    def _relabel(self) -> None:
        for key in self._characters:
            shown = self._shown(key.key)
            key.set_label(shown, character_name(shown))
