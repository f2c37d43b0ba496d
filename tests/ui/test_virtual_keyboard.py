"""The on-screen keyboard: typing without key events, shuffled keys, keyboard use, names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTranslator
from PySide6.QtGui import QAccessible, QColor, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

import ui.widgets.virtual_keyboard as vk
from ui.widgets.virtual_keyboard import COLUMNS, VirtualKeyboard
from ui.widgets.virtual_keyboard_keys import CHARACTERS, Function, KeyButton

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Form:
    window: QWidget
    login: QLineEdit
    password: QLineEdit
    other: QLineEdit
    keyboard: VirtualKeyboard


@pytest.fixture
def form(qtbot) -> Form:
    window = QWidget()
    layout = QVBoxLayout(window)
    login, password, other = QLineEdit(), QLineEdit(), QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    keyboard = VirtualKeyboard(window)
    for widget in (login, password, other, keyboard):
        layout.addWidget(widget)
    keyboard.watch(login, password)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return Form(window, login, password, other, keyboard)


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def click_text(qtbot, keyboard: VirtualKeyboard, text: str) -> None:
    """Type `text` with mouse clicks alone, pressing Shift before each capital."""
    for char in text:
        if char != char.lower():
            qtbot.mouseClick(keyboard.key_for(Function.SHIFT), LEFT)
        qtbot.mouseClick(keyboard.key_for(char.lower()), LEFT)


def grid_order(keyboard: VirtualKeyboard) -> list[str]:
    """The characters as a person sees them on screen, row by row, left to right."""
    layout = keyboard.layout()
    assert layout is not None
    layout.activate()  # apply the newest placing to the keys' geometry now
    characters = [key for key in keyboard.all_keys() if key.key not in tuple(Function)]
    characters.sort(key=lambda key: (key.geometry().y(), key.geometry().x()))
    return [key.key for key in characters]


class KeyEventSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.types: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.types.append(event.type())
        return False


def test_off_by_default_and_no_key_takes_focus(form: Form) -> None:
    assert not form.keyboard.isVisible()
    assert form.keyboard.objectName() == "virtualKeyboard"
    keys = form.keyboard.all_keys()
    assert len(keys) == len(CHARACTERS) + len(Function)
    assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keys)
    # Five full rows of characters above the function keys: the arrow grid has no holes.
    assert len(CHARACTERS) % COLUMNS == 0
    assert len(set(CHARACTERS)) == len(CHARACTERS)


def test_mouse_clicks_type_into_password_field_and_focus_stays(qtbot, form: Form) -> None:
    focus(qtbot, form.password)
    form.keyboard.show()
    click_text(qtbot, form.keyboard, "Pa.s-7ë#&")
    assert form.password.text() == "Pa.s-7ë#&"
    assert form.password.hasFocus()
    assert QApplication.focusWidget() is form.password


def test_no_key_event_reaches_the_field(qtbot, form: Form) -> None:
    focus(qtbot, form.password)
    form.keyboard.show()
    spy = KeyEventSpy()
    form.password.installEventFilter(spy)
    click_text(qtbot, form.keyboard, "Secret1!")
    qtbot.mouseClick(form.keyboard.key_for(Function.BACKSPACE), LEFT)
    form.password.removeEventFilter(spy)
    assert form.password.text() == "Secret1"
    keyish = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
    assert not keyish.intersection(spy.types)
    # The spy did see the text arrive, as input-method commits.
    assert spy.types.count(QEvent.Type.InputMethod) == len("Secret1!") + 1


def test_layout_differs_between_two_showings(qtbot, form: Form) -> None:
    form.keyboard.show()
    first = grid_order(form.keyboard)
    assert first == form.keyboard.key_order()
    form.keyboard.hide()
    form.keyboard.show()
    second = grid_order(form.keyboard)
    assert sorted(first) == sorted(second) == sorted(CHARACTERS)
    assert first != second


def test_shift_makes_one_capital_and_caps_toggles(qtbot, form: Form) -> None:
    focus(qtbot, form.login)
    keyboard = form.keyboard
    keyboard.show()
    shift, caps = keyboard.key_for(Function.SHIFT), keyboard.key_for(Function.CAPS)
    qtbot.mouseClick(shift, LEFT)
    assert shift.isChecked()
    assert keyboard.key_for("a").text() == "A"
    assert keyboard.key_for("a").accessibleName() == "Capital A"
    for char in "ab":
        qtbot.mouseClick(keyboard.key_for(char), LEFT)
    assert not shift.isChecked()
    assert keyboard.key_for("a").accessibleName() == "a"
    qtbot.mouseClick(caps, LEFT)
    assert caps.isChecked()
    for char in "cç1":
        qtbot.mouseClick(keyboard.key_for(char), LEFT)
    assert caps.isChecked()  # Caps stays on until pressed again
    qtbot.mouseClick(caps, LEFT)
    qtbot.mouseClick(keyboard.key_for("d"), LEFT)
    assert form.login.text() == "AbCÇ1d"


def test_backspace_and_clear_on_a_password_field(qtbot, form: Form) -> None:
    focus(qtbot, form.password)
    keyboard = form.keyboard
    keyboard.show()
    backspace = keyboard.key_for(Function.BACKSPACE)
    click_text(qtbot, keyboard, "abcde")
    qtbot.mouseClick(backspace, LEFT)
    assert form.password.text() == "abcd"
    form.password.setCursorPosition(2)
    qtbot.mouseClick(backspace, LEFT)
    assert form.password.text() == "acd"
    assert form.password.cursorPosition() == 1
    form.password.setCursorPosition(0)
    qtbot.mouseClick(backspace, LEFT)
    assert form.password.text() == "acd"  # nothing before the caret: nothing deleted
    form.password.setSelection(1, 1)
    qtbot.mouseClick(backspace, LEFT)
    assert form.password.text() == "ad"  # only the selection goes
    qtbot.mouseClick(keyboard.key_for(Function.CLEAR), LEFT)
    assert form.password.text() == ""
    assert form.password.hasFocus()


def test_max_length_and_validator_are_respected(qtbot, form: Form) -> None:
    form.login.setMaxLength(4)
    form.login.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*")))
    focus(qtbot, form.login)
    form.keyboard.show()
    click_text(qtbot, form.keyboard, "1a2.3ë45")
    assert form.login.text() == "1234"


def test_target_follows_the_watched_field_that_last_had_focus(qtbot, form: Form) -> None:
    keyboard = form.keyboard
    keyboard.show()
    focus(qtbot, form.login)
    assert keyboard.target() is form.login
    click_text(qtbot, keyboard, "x")
    focus(qtbot, form.password)
    assert keyboard.target() is form.password
    click_text(qtbot, keyboard, "y")
    focus(qtbot, form.other)  # not served: the password field stays the target
    assert keyboard.target() is form.password
    click_text(qtbot, keyboard, "z")
    assert (form.login.text(), form.password.text(), form.other.text()) == ("x", "yz", "")
    keyboard.set_target(form.other)
    click_text(qtbot, keyboard, "w")
    assert form.other.text() == "w"


def test_a_deleted_field_is_no_longer_the_target(qtbot, form: Form) -> None:
    extra = QLineEdit()
    layout = form.window.layout()
    assert layout is not None
    layout.addWidget(extra)
    form.keyboard.watch(extra)
    focus(qtbot, extra)
    assert form.keyboard.target() is extra
    extra.deleteLater()
    qtbot.waitUntil(lambda: form.keyboard.target() is None)
    click_text(qtbot, form.keyboard, "q")  # nowhere to type: nothing happens, nothing breaks
    focus(qtbot, form.login)
    assert form.keyboard.target() is form.login


def test_keyboard_alone_arrows_space_enter_and_esc(qtbot, form: Form) -> None:
    keyboard = form.keyboard
    focus(qtbot, form.password)
    keyboard.open_for_keyboard_user()
    qtbot.waitUntil(keyboard.hasFocus)
    order = keyboard.key_order()
    assert keyboard.highlighted_key().key == order[0]
    assert keyboard.highlighted_key().is_highlighted()
    qtbot.keyClick(keyboard, Qt.Key.Key_Right)
    assert keyboard.highlighted_key().key == order[1]
    assert [key.is_highlighted() for key in keyboard.all_keys()].count(True) == 1
    qtbot.keyClick(keyboard, Qt.Key.Key_Space)
    qtbot.keyClick(keyboard, Qt.Key.Key_Down)
    assert keyboard.highlighted_key().key == order[COLUMNS + 1]
    qtbot.keyClick(keyboard, Qt.Key.Key_Return)
    qtbot.keyClick(keyboard, Qt.Key.Key_Left)
    qtbot.keyClick(keyboard, Qt.Key.Key_Left)  # wraps to the end of the row
    assert keyboard.highlighted_key().key == order[2 * COLUMNS - 1]
    qtbot.keyClick(keyboard, Qt.Key.Key_Enter)
    assert form.password.text() == order[1] + order[COLUMNS + 1] + order[2 * COLUMNS - 1]
    qtbot.keyClick(keyboard, Qt.Key.Key_Escape)
    qtbot.waitUntil(form.password.hasFocus)
    assert not any(key.is_highlighted() for key in keyboard.all_keys())


def test_keyboard_alone_reaches_the_function_keys(qtbot, form: Form) -> None:
    keyboard = form.keyboard
    focus(qtbot, form.password)
    keyboard.open_for_keyboard_user()
    qtbot.waitUntil(keyboard.hasFocus)
    first = keyboard.key_order()[0]
    qtbot.keyClick(keyboard, Qt.Key.Key_Up)  # wraps from the top row to the function row
    assert keyboard.highlighted_key().key == Function.SHIFT
    qtbot.keyClick(keyboard, Qt.Key.Key_Space)
    qtbot.keyClick(keyboard, Qt.Key.Key_Down)
    qtbot.keyClick(keyboard, Qt.Key.Key_Space)
    assert form.password.text() == first.upper()
    qtbot.keyClick(keyboard, Qt.Key.Key_Up)
    for expected in (Function.CAPS, Function.BACKSPACE, Function.CLEAR, Function.CLOSE):
        qtbot.keyClick(keyboard, Qt.Key.Key_Right)
        assert keyboard.highlighted_key().key == expected
    qtbot.keyClick(keyboard, Qt.Key.Key_Left)
    qtbot.keyClick(keyboard, Qt.Key.Key_Left)
    qtbot.keyClick(keyboard, Qt.Key.Key_Return)  # Backspace
    assert form.password.text() == ""
    with qtbot.waitSignal(keyboard.closed):
        qtbot.keyClick(keyboard, Qt.Key.Key_Right)
        qtbot.keyClick(keyboard, Qt.Key.Key_Right)
        qtbot.keyClick(keyboard, Qt.Key.Key_Space)  # Close keyboard
    assert not keyboard.isVisible()
    qtbot.waitUntil(form.password.hasFocus)


def test_close_key_hides_and_leaves_focus_in_the_field(qtbot, form: Form) -> None:
    focus(qtbot, form.password)
    form.keyboard.show()
    with qtbot.waitSignal(form.keyboard.closed):
        qtbot.mouseClick(form.keyboard.key_for(Function.CLOSE), LEFT)
    assert not form.keyboard.isVisible()
    assert form.password.hasFocus()


def test_key_pressed_reports_each_key(qtbot, form: Form) -> None:
    focus(qtbot, form.login)
    form.keyboard.show()
    pressed: list[str] = []
    form.keyboard.keyPressed.connect(pressed.append)
    click_text(qtbot, form.keyboard, "Ç")
    qtbot.mouseClick(form.keyboard.key_for(Function.CLEAR), LEFT)
    assert pressed == ["shift", "Ç", "clear"]


def test_every_key_has_a_spoken_name(form: Form) -> None:
    keyboard = form.keyboard
    names = [key.accessibleName() for key in keyboard.all_keys()]
    assert all(names)
    assert len(set(names)) == len(names)
    assert keyboard.key_for("a").accessibleName() == "a"
    assert keyboard.key_for("ë").accessibleName() == "e with diaeresis"
    assert keyboard.key_for("ç").accessibleName() == "c with cedilla"
    assert keyboard.key_for("1").accessibleName() == "Digit 1"
    assert keyboard.key_for("&").accessibleName() == "Ampersand"
    assert keyboard.key_for("&").text() == "&&"  # shown as "&", not as a mnemonic
    assert keyboard.key_for(Function.CAPS).accessibleName() == "Caps Lock"
    assert keyboard.key_for(Function.CLOSE).accessibleName() == "Close keyboard"
    assert keyboard.accessibleName() == "Virtual keyboard"
    assert "Esc" in keyboard.accessibleDescription()


def test_moving_the_highlight_announces_the_key(qtbot, form: Form, monkeypatch) -> None:
    announced: list[KeyButton] = []
    monkeypatch.setattr(vk, "announce", announced.append)
    form.keyboard.open_for_keyboard_user()
    qtbot.waitUntil(form.keyboard.hasFocus)
    qtbot.keyClick(form.keyboard, Qt.Key.Key_Down)
    assert announced == [form.keyboard.all_keys()[0], form.keyboard.all_keys()[COLUMNS]]


def test_announcing_with_a_screen_reader_active_logs_nothing(qtbot, form: Form) -> None:
    QAccessible.setActive(True)
    try:
        form.keyboard.open_for_keyboard_user()
        qtbot.waitUntil(form.keyboard.hasFocus)
        qtbot.keyClick(form.keyboard, Qt.Key.Key_Right)
        QCoreApplication.processEvents()
    finally:
        QAccessible.setActive(False)


@pytest.mark.parametrize(
    "highlight", [QColor(0, 120, 215), QColor(255, 255, 0), QColor(40, 200, 90)]
)
def test_highlight_is_drawn_from_the_palette(qtbot, form: Form, highlight: QColor) -> None:
    palette = form.keyboard.palette()
    palette.setColor(QPalette.ColorRole.Highlight, highlight)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(0, 0, 0))
    form.keyboard.setPalette(palette)
    form.keyboard.open_for_keyboard_user()
    qtbot.waitUntil(form.keyboard.hasFocus)
    key = form.keyboard.highlighted_key()
    assert key.grab().toImage().pixelColor(6, 6) == highlight
    form.login.setFocus()
    qtbot.waitUntil(lambda: not form.keyboard.hasFocus())
    assert key.grab().toImage().pixelColor(6, 6) != highlight


def test_keys_grow_with_the_font_and_columns_stay_even(qtbot, form: Form) -> None:
    keyboard = form.keyboard
    keyboard.show()
    font = keyboard.font()
    font.setPointSize(10)
    keyboard.setFont(font)
    small = keyboard.key_for("m").sizeHint()
    font.setPointSize(24)
    keyboard.setFont(font)
    large = keyboard.key_for("m").sizeHint()
    assert large.height() > small.height()
    assert large.width() > small.width()
    layout = keyboard.layout()
    assert layout is not None
    layout.activate()
    widths = {keyboard.key_for(function).width() for function in Function}
    assert max(widths) - min(widths) <= 1  # one width for all: the columns line up
    assert min(widths) >= max(keyboard.key_for(f).sizeHint().width() for f in Function)


class Prefixing(QTranslator):
    """A stand-in language: every keyboard string comes back with a prefix."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"XX {source}" if context == "VirtualKeyboard" else None

    def isEmpty(self) -> bool:
        return False


def test_language_change_retranslates_every_text(qtbot, form: Form) -> None:
    keyboard = form.keyboard
    translator = Prefixing()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: keyboard.accessibleName() == "XX Virtual keyboard")
        assert keyboard.accessibleDescription().startswith("XX ")
        assert keyboard.key_for(Function.CLOSE).text() == "XX Close"
        assert keyboard.key_for(Function.CLOSE).accessibleName() == "XX Close keyboard"
        assert keyboard.key_for("1").accessibleName() == "XX Digit 1"
        assert keyboard.key_for("ë").accessibleName() == "XX e with diaeresis"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: keyboard.accessibleName() == "Virtual keyboard")
