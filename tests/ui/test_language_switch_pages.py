"""Switching language with a form half-filled on each page: every text changes, the input stays.

The customer types into a page's form, Tabs to the main window's language selector and picks
Shqip with the arrow keys; then English again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.ui.test_contacts import log_in
from ui.main_window import MainWindow
from ui.pages.complaints_page import ComplaintsPage
from ui.pages.notifications_page import NotificationsPage
from ui.pages.page import Page
from ui.pages.payments_page import PaymentsPage
from ui.pages.security_page import SecurityPage
from ui.pages.transactions_page import TransactionsPage

#: Said the same in both languages: the bank's names for things, codes, currencies.
SAME_IN_BOTH = frozenset({"IBAN", "SMS", "FNP", "ALL", "EUR", "USD", "Call Center", "WhatsApp"})
#: Digits, signs and spaces only: a number, an amount, a date, a phone number, a count.
NUMBER = re.compile(r"^[\d\s+\-.,:/()%]*$")
#: An IBAN or its pattern: "AL00 0000 …".
IBAN_LIKE = re.compile(r"^AL[\d\s]+$")
#: A line naming one of the customer's accounts (its IBAN in it): the bank's data, whose
#: product name ("Llogari rrjedhëse") comes from the server as it is.
ACCOUNT_LINE = re.compile(r"AL\d\d(?:\s\d{4}){6}")
#: What the customer typed or chose (as the test reads it back).
Value = Any
Texts = dict[tuple[str, str], str]


def value_of(widget: QWidget) -> Value:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(type(widget).__name__)


def key_of(widget: QWidget, page: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None and node is not page:
        parent = node.parentWidget()
        index = parent.children().index(node) if parent is not None else 0
        parts.append(f"{node.objectName() or type(node).__name__}#{index}")
        node = parent
    return "/".join(reversed(parts))


def page_texts(page: QWidget) -> Texts:
    """What the page says now: labels, buttons, names, hints, choices, tabs, column titles."""
    texts: Texts = {}
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        key = key_of(widget, page)
        found = {
            "name": widget.accessibleName(),
            "description": widget.accessibleDescription(),
            "tooltip": widget.toolTip(),
        }
        if isinstance(widget, QLabel | QAbstractButton):
            found["text"] = widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found["placeholder"] = widget.placeholderText()
        if isinstance(widget, QComboBox):
            found["choice"] = widget.currentText()
        if isinstance(widget, QGroupBox):
            found["title"] = widget.title()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                found[f"tab {index}"] = widget.tabText(index)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                title = model.headerData(column, Qt.Orientation.Horizontal)
                found[f"column {column}"] = str(title or "")
        for name, text in found.items():
            if text.strip():
                texts[(key, name)] = text
    return texts


def is_the_same_in_both(text: str, typed: set[str]) -> bool:
    bare = text.replace("&", "").rstrip(":")
    if bare in SAME_IN_BOTH or text in typed:
        return True
    return bool(NUMBER.match(text) or IBAN_LIKE.match(text) or ACCOUNT_LINE.search(text))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClicks(widget, text)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(widget, key)


def switch_by_keyboard(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Tab from where the customer is to the language selector, then the arrow keys."""
    selector = window.language_selector
    for _ in range(200):
        if focused() is selector:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is selector, "Tab never reaches the language selector"
    wanted = selector.findData(language)
    key = Qt.Key.Key_Down if wanted > selector.currentIndex() else Qt.Key.Key_Up
    while selector.currentIndex() != wanted:
        qtbot.keyClick(selector, key)
    QApplication.processEvents()


# --- the forms, half filled by keyboard ---------------------------------------------------
def fill_transactions(qtbot: QtBot, page: Page) -> list[QWidget]:
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    filters = page.filters
    type_into(qtbot, filters.search_edit, "Qira")
    press(qtbot, filters.direction_selector, Qt.Key.Key_Down)
    type_into(qtbot, filters.min_amount_edit, "100")
    type_into(qtbot, filters.max_amount_edit, "5000")
    # The filter applies after a pause in typing; its count replaces "Counting…".
    qtbot.waitUntil(lambda: not filters._debounce.isActive(), timeout=2000)
    qtbot.waitUntil(lambda: not page.summary_label.text().endswith("…"), timeout=5000)
    return [
        filters.search_edit,
        filters.direction_selector,
        filters.min_amount_edit,
        filters.max_amount_edit,
        filters.period_selector,
        filters.account_selector,
    ]


def fill_payments(qtbot: QtBot, page: Page) -> list[QWidget]:
    assert isinstance(page, PaymentsPage)
    form = page.form
    qtbot.waitUntil(lambda: form.debtor_combo.count() == 3, timeout=5000)
    press(qtbot, form.kind_radios["internal"], Qt.Key.Key_Space)
    qtbot.waitUntil(form.kind_radios["internal"].isChecked, timeout=2000)
    type_into(qtbot, form.payee.name_edit, "Arta Hoxha")
    type_into(qtbot, form.payee.iban_edit, "AL47 2121 1009 0000 0002 3569 8741")
    type_into(qtbot, form.amount_edit, "1500")
    type_into(qtbot, form.description_edit, "Qiraja e nentorit")  # QTest types ASCII only
    return [
        form.kind_radios["internal"],
        form.debtor_combo,
        form.payee.name_edit,
        form.payee.iban_edit,
        form.amount_edit,
        form.description_edit,
    ]


def fill_security(qtbot: QtBot, page: Page) -> list[QWidget]:
    assert isinstance(page, SecurityPage)
    # Typed text only, no real password: the page keeps nothing of it in a draft anyway.
    type_into(qtbot, page.current_edit, "not-a-password")
    type_into(qtbot, page.rules.new_edit, "Typed only 1")
    return [page.current_edit, page.rules.new_edit, page.rules.confirm_edit]


def fill_complaints(qtbot: QtBot, page: Page) -> list[QWidget]:
    assert isinstance(page, ComplaintsPage)
    press(qtbot, page.kind_combo, Qt.Key.Key_Down)
    type_into(qtbot, page.subject_edit, "Karta")
    type_into(qtbot, page.message_edit, "The card was refused at the shop on Monday.")
    channel = page.channel_combo
    channel.setFocus()
    qtbot.waitUntil(channel.hasFocus, timeout=2000)
    while channel.currentData() != "phone":
        qtbot.keyClick(channel, Qt.Key.Key_Down)
    type_into(qtbot, page.contact_edit, "+355 69 123 4567")
    return [
        page.kind_combo,
        page.category_combo,
        page.subject_edit,
        page.message_edit,
        channel,
        page.contact_edit,
    ]


def fill_notifications(qtbot: QtBot, page: Page) -> list[QWidget]:
    assert isinstance(page, NotificationsPage)
    checks = list(page.settings.checks.values())
    qtbot.waitUntil(lambda: all(check.isEnabled() for check in checks), timeout=5000)
    for check in checks[:2]:
        press(qtbot, check, Qt.Key.Key_Space)
    assert isinstance(checks[0], QCheckBox)
    return list(checks)


FORMS: dict[str, Callable[[QtBot, Page], list[QWidget]]] = {
    "transactionsPage": fill_transactions,
    "paymentsPage": fill_payments,
    "securityPage": fill_security,
    "complaintsPage": fill_complaints,
    "notificationsPage": fill_notifications,
}


@pytest.mark.parametrize("name", list(FORMS))
def test_switching_language_keeps_the_typing_and_changes_every_text(
    qtbot: QtBot, branch: BranchApp, backend: Backend, name: str
) -> None:
    window = log_in(qtbot, branch, backend)
    page = window.show_page(name)
    qtbot.wait(50)  # the page's first requests start on the next turn of the loop
    fields = FORMS[name](qtbot, page)
    typed = {field: value_of(field) for field in fields}
    typed_texts = {str(v) for v in typed.values()}
    english = page_texts(page)
    assert len(english) > 10, english
    try:
        switch_by_keyboard(qtbot, window, "sq")
        assert branch.language == "sq"
        albanian = page_texts(page)
        still_english = sorted(
            f"{key[0]} ({key[1]}): {text!r}"
            for key, text in english.items()
            if albanian.get(key) == text and not is_the_same_in_both(text, typed_texts)
        )
        assert not still_english, "still in English:\n" + "\n".join(still_english)
        assert {field: value_of(field) for field in fields} == typed
        assert window.windowTitle() != "Internet Branch"

        switch_by_keyboard(qtbot, window, "en")
        assert branch.language == "en"
        assert {field: value_of(field) for field in fields} == typed
        back = page_texts(page)
        differs = sorted(
            f"{k}: {english[k]!r} → {back.get(k)!r}" for k in english if back.get(k) != english[k]
        )
        assert not differs, "not English again:\n" + "\n".join(differs)
    finally:
        branch.translations.apply("en")  # the translator is the application's, not the test's
