"""Screen readers: every control has a name in every window and state; errors, the idle
warning and the virtual keyboard's keys are heard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import ui.widgets.error_label as error_label_module
import ui.widgets.idle_warning as idle_warning_module
from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.ui.a11y_helpers import controls, describe, language, walk_app
from tests.ui.test_contacts import log_in, open_page
from ui.pages.security_page import SecurityPage
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.error_label import ErrorLabel
from ui.widgets.idle_warning import IdleWarningDialog
from ui.widgets.virtual_keyboard import VirtualKeyboard
from ui.widgets.virtual_keyboard_keys import Function

ROOT = Path(__file__).resolve().parents[2]


def buddies(window: QWidget) -> set[int]:
    """Widgets a label names: Qt's accessibility reads the buddy label's text as their name."""
    return {
        id(label.buddy())
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.text().replace("&", "").strip()
    }


def nameless(window: QWidget) -> list[str]:
    named_by_label = buddies(window)
    return [
        f"{describe(widget)} ({type(widget).__name__})"
        for widget in controls(window)
        if not widget.accessibleName().strip() and id(widget) not in named_by_label
    ]


class NameCheck:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.states: list[str] = []
        self.checked = 0

    def __call__(self, state: str, window: QWidget) -> None:
        self.states.append(state)
        self.checked += len(controls(window))
        self.problems += [f"{state}: {name}" for name in nameless(window)]


@pytest.mark.parametrize("code", ["en", "sq"])
def test_every_control_has_an_accessible_name(
    qtbot: QtBot, branch: BranchApp, backend: Backend, code: str
) -> None:
    check = NameCheck()
    with language(branch, code):
        walk_app(qtbot, branch, backend, check)
    expected = {
        "login window, virtual keyboard shown",
        "login window, registration complete",
        "login window, password reset complete",
        "contacts dialog",
        "demo phone",
        "main window, paymentsPage",
        "payments, review",
        "statement export dialog",
        "transaction details dialog",
        "about dialog",
        "idle warning",
    }
    assert expected <= set(check.states), sorted(expected - set(check.states))
    assert check.checked > 300
    assert not check.problems, "\n".join(check.problems)


def test_the_check_sees_a_nameless_control(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    named = QLineEdit(window)
    named.setAccessibleName("Amount")
    labelled = QLineEdit(window)
    label = QLabel("&Description", window)
    label.setBuddy(labelled)
    bare = QPushButton("Send", window)  # its text is not an explicit name
    bare.setObjectName("sendButton")
    hidden = QLineEdit(window)
    hidden.setVisible(False)
    window.show()
    qtbot.waitExposed(window)
    assert nameless(window) == ["sendButton (QPushButton)"]


# --- errors are announced, and the cursor goes to the field at fault ------------------------
class AccessibilitySpy:
    """Stands in for QAccessible in a module: records the events it would send."""

    Event = QAccessible.Event

    def __init__(self) -> None:
        self.events: list[tuple[QAccessible.Event, QObject]] = []

    def updateAccessibility(self, event: QAccessibleEvent) -> None:
        self.events.append((event.type(), event.object()))

    def alerts(self) -> list[QObject]:
        return [target for kind, target in self.events if kind == QAccessible.Event.Alert]


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> AccessibilitySpy:
    found = AccessibilitySpy()
    for module in (error_label_module, idle_warning_module):
        monkeypatch.setattr(module, "QAccessible", found)
    return found


def test_an_error_is_announced_and_describes_its_field(qtbot: QtBot, spy: AccessibilitySpy) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = ErrorLabel(window)
    field = QLineEdit(window)
    words = ["Wrong amount"]
    label.show_message(lambda: words[0], field)
    assert spy.alerts() == [label]
    assert label.accessibleDescription() == field.accessibleDescription() == "Wrong amount"
    words[0] = "Shuma nuk është e saktë"  # as after a language switch
    QApplication.sendEvent(label, QEvent(QEvent.Type.LanguageChange))
    assert field.accessibleDescription() == "Shuma nuk është e saktë"
    label.clear_message()
    assert field.accessibleDescription() == ""
    assert spy.alerts() == [label]  # clearing says nothing


def test_every_error_line_is_an_error_label() -> None:
    """Only ErrorLabel is red, re-translated and announced: no page makes its own."""
    own_error_label = re.compile(r"error\w*\s*(?::[^=\n]+)?=\s*QLabel\(", re.IGNORECASE)
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for match in own_error_label.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found, found
    assert own_error_label.search("self.error_label = QLabel(self)")


def test_the_security_form_announces_and_goes_to_the_field_at_fault(
    qtbot: QtBot, branch: BranchApp, backend: Backend, spy: AccessibilitySpy
) -> None:
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "securityPage")
    assert isinstance(page, SecurityPage)
    page.change_button.setFocus()
    qtbot.keyClick(page.change_button, Qt.Key.Key_Space)  # nothing typed
    qtbot.waitUntil(page.current_edit.hasFocus, timeout=2000)
    assert spy.alerts() == [page.error_label]
    qtbot.keyClicks(page.current_edit, "typed")
    page.change_button.setFocus()
    qtbot.keyClick(page.change_button, Qt.Key.Key_Space)  # no new password yet
    qtbot.waitUntil(page.rules.new_edit.hasFocus, timeout=2000)
    assert spy.alerts() == [page.error_label, page.error_label]


def test_a_wrong_amount_filter_is_said_on_its_field_in_each_language(
    qtbot: QtBot, branch: BranchApp, backend: Backend, spy: AccessibilitySpy
) -> None:
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "transactionsPage")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    edit = page.filters.min_amount_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # applies at once (on the next turn of the loop)
    qtbot.waitUntil(lambda: bool(spy.alerts()), timeout=2000)
    assert spy.alerts() == [page.filters.amount_error]
    english = edit.accessibleDescription()
    assert english == page.filters.amount_error.accessibleDescription() != ""
    assert edit.hasFocus()  # the customer stays where the fault is
    with language(branch, "sq"):
        assert edit.accessibleDescription() not in ("", english)
    assert edit.accessibleDescription() == english


# --- the idle warning and the virtual keyboard, heard ------------------------------------------
def test_the_idle_warning_is_announced_with_its_text(qtbot: QtBot, spy: AccessibilitySpy) -> None:
    dialog = IdleWarningDialog()
    qtbot.addWidget(dialog)
    dialog.show_countdown(75)
    qtbot.waitExposed(dialog)
    assert dialog.accessibleDescription() == dialog.message.text()
    assert "75" in dialog.accessibleDescription()
    assert spy.alerts() == [dialog.message]
    dialog.show_countdown(74)  # the countdown ticks: read on demand, not announced again
    assert "74" in dialog.accessibleDescription()
    assert spy.alerts() == [dialog.message]


def key_names(keyboard: VirtualKeyboard) -> dict[str, str]:
    return {key.objectName(): key.accessibleName() for key in keyboard.all_keys()}


#: Keys whose Albanian name is the English one: the keycaps say so on Albanian keyboards too.
KEYCAP_NAMES = frozenset({"Shift", "Caps Lock", "Backspace"})


def test_every_key_of_the_virtual_keyboard_is_named_in_albanian(
    qtbot: QtBot, branch: BranchApp
) -> None:
    keyboard = VirtualKeyboard()
    qtbot.addWidget(keyboard)
    english = key_names(keyboard)
    keyboard.key_for(Function.SHIFT).click()  # capitals have names of their own
    english_capitals = key_names(keyboard)
    keyboard.key_for(Function.SHIFT).click()
    with language(branch, "sq"):
        albanian = key_names(keyboard)
        keyboard.key_for(Function.SHIFT).click()
        albanian_capitals = key_names(keyboard)
    assert all(albanian.values())
    assert all(albanian_capitals.values())
    same = [
        f"{key}: {name!r}"
        for before, after in ((english, albanian), (english_capitals, albanian_capitals))
        for key, name in before.items()
        if after[key] == name and name not in KEYCAP_NAMES and len(name) > 1
    ]
    assert not same, "still in English in Albanian:\n" + "\n".join(same)
    # A lower-case letter is read as itself in both languages; everything else was checked.
    assert sum(len(name) > 1 for name in english.values()) >= 20
