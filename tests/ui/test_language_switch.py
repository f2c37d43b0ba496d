"""Switching the login window to Albanian by keyboard retranslates every text it shows at once."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from ui.login.login_window import LoginWindow

#: Said the same in both languages: the bank's names for things, codes and numbers.
SAME_IN_BOTH = frozenset({"IBAN", "Call Center", "+355 4 2266 288", "Dega Internet", "FNP", "SMS"})
#: Digits, signs and spaces only: a number, an amount, a phone number, a time.
NUMBER = re.compile(r"^[\d\s+\-.,:/()%]*$")

Texts = dict[tuple[str, str], str]


def key_of(widget: QWidget) -> str:
    """A name that tells the window's widgets apart even where objectName is empty."""
    parts = []
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        parent = node.parentWidget()
        index = parent.children().index(node) if parent is not None else 0
        parts.append(f"{node.objectName() or type(node).__name__}#{index}")
        node = parent
    return "/".join(reversed(parts))


def visible_texts(window: QWidget) -> Texts:
    """Every text the customer sees or hears from the window now, by widget and property."""
    texts: Texts = {("window", "title"): window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if widget.objectName() == "languageSelector":
            continue  # "Shqip" and "English" are each language's own name: they never change
        key = key_of(widget)
        found = {
            "accessible name": widget.accessibleName(),
            "accessible description": widget.accessibleDescription(),
            "tooltip": widget.toolTip(),
        }
        if isinstance(widget, QLabel | QAbstractButton):
            found["text"] = widget.text()
        if isinstance(widget, QLineEdit):
            found["placeholder"] = widget.placeholderText()
        for name, text in found.items():
            if text.strip():
                texts[(key, name)] = text
    return texts


def is_the_same_in_both(text: str) -> bool:
    return text in SAME_IN_BOTH or bool(NUMBER.match(text))


def switch_by_keyboard(qtbot: QtBot, window: LoginWindow, language: str) -> None:
    """Tab to the language selector, then the arrow keys: no mouse, no popup."""
    selector = window.findChild(QComboBox, "languageSelector")
    assert selector is not None
    for _ in range(40):
        if QApplication.focusWidget() is selector:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is selector, "Tab never reaches the language selector"
    wanted = selector.findData(language)
    key = Qt.Key.Key_Down if wanted > selector.currentIndex() else Qt.Key.Key_Up
    while selector.currentIndex() != wanted:
        qtbot.keyClick(selector, key)
    QApplication.processEvents()


def test_switching_to_albanian_retranslates_the_login_window_and_keeps_the_typing(
    qtbot: QtBot, branch: BranchApp
) -> None:
    branch.start()
    window = branch.login_window
    qtbot.waitExposed(window)
    window.activateWindow()
    login_id = window.findChild(QLineEdit, "loginIdEdit")
    assert login_id is not None
    qtbot.waitUntil(login_id.hasFocus)
    qtbot.keyClicks(login_id, "123456789")
    qtbot.keyClick(login_id, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Tirana2026")
    english = visible_texts(window)
    assert len(english) > 20, english

    try:
        switch_by_keyboard(qtbot, window, "sq")
        assert branch.language == "sq"
        albanian = visible_texts(window)
        unchanged = {
            f"{key}: {text!r}"
            for key, text in english.items()
            if albanian.get(key) == text and not is_the_same_in_both(text)
        }
        assert not unchanged, "still in English after the switch:\n" + "\n".join(sorted(unchanged))
        assert set(albanian) == set(english), "the switch showed or hid texts"
        assert window.windowTitle() == "Dega Internet — Hyrje"
        assert login_id.text() == "123456789"
        password = window.findChild(QLineEdit, "passwordEdit")
        assert password is not None
        assert password.text() == "Tirana2026"

        # And back: every text is English again, none left over from Albanian.
        switch_by_keyboard(qtbot, window, "en")
        assert visible_texts(window) == english
        assert login_id.text() == "123456789"
    finally:
        branch.translations.apply("en")  # the translator is the application's, not the test's


def test_the_check_sees_every_kind_of_text(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("Internet Branch")
    QLabel("&Password", window)
    edit = QLineEdit(window)
    edit.setPlaceholderText("e.g. 123456789")
    edit.setAccessibleName("Customer number")
    edit.setToolTip("The 9-digit number")
    edit.move(0, 40)
    hidden = QLabel("Waiting for the bank", window)
    hidden.setVisible(False)
    window.show()
    qtbot.waitExposed(window)
    texts = visible_texts(window)
    assert sorted(texts.values()) == sorted(
        ["Internet Branch", "&Password", "e.g. 123456789", "Customer number", "The 9-digit number"]
    )
    assert is_the_same_in_both("+355 4 2266 288")
    assert is_the_same_in_both("IBAN")
    assert not is_the_same_in_both("Help")
