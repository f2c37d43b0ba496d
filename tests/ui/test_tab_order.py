"""Keyboard alone: Tab reaches every control of every window and state, in reading order.

Also: buttons have Alt+letter mnemonics, and fields have a visible label that names them (the
label's buddy), so Alt+letter reaches them too.
"""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.ui.a11y_helpers import controls, describe, shown_in, takes_tab, walk_app
from ui.widgets.virtual_keyboard import VirtualKeyboard

#: Enough presses to go round the largest window twice.
MAX_PRESSES = 400
#: More Tab presses than this on one widget: it keeps Tab for itself.
KEEPS_TAB = 4
#: The credentials step by Tab (UI.md): the login ID, straight to the password, and on.
CREDENTIALS_ORDER = [
    "loginIdEdit",
    "passwordEdit",
    "rememberLoginIdCheck",
    "virtualKeyboardButton",
    "continueButton",
    "registerButton",
    "forgotPasswordButton",
    "contactsButton",
    "languageSelector",
    "helpButton",
]
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def tab_stops(window: QWidget) -> list[QWidget]:
    """The enabled, visible controls Tab should reach (a tab widget's is its tab bar)."""
    return [
        w for w in controls(window) if takes_tab(w) and w.isEnabled() and w.focusProxy() is None
    ]


def focus_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus left the application"
    return widget


def tab_cycle(qtbot: QtBot, window: QWidget, start: QWidget) -> tuple[list[QWidget], bool]:
    """Presses Tab from `start` until the focus comes back: the widgets in between, and whether
    Tab moved on freely (a control that keeps Tab for itself, such as a table moving from cell
    to cell, would hold a keyboard user for hundreds of presses)."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    seen = [start]
    presses = 0  # on the widget in front: a date edit's Tab first walks its three sections
    for _ in range(MAX_PRESSES):
        qtbot.keyClick(focus_widget(), Qt.Key.Key_Tab)
        widget = focus_widget()
        presses = presses + 1 if widget is seen[-1] else 0
        if presses > KEEPS_TAB:
            return seen, False
        if widget is start and len(seen) > 1:
            return seen, True
        if widget is not seen[-1]:
            seen.append(widget)
    return seen, False


def reached(stop: QWidget, seen: list[QWidget]) -> bool:
    """Tab enters a group of radio buttons at the checked one; the arrows choose among them."""
    if any(widget is stop for widget in seen):
        return True
    if isinstance(stop, QRadioButton) and stop.autoExclusive() and not stop.isChecked():
        parent = stop.parentWidget()
        return any(isinstance(w, QRadioButton) and w.parentWidget() is parent for w in seen)
    return False


def rect_of(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def backward_steps(order: list[QWidget]) -> list[str]:
    """Steps that go up (wholly above) or left within a row: against the reading order.

    The cycle is read from its top-left stop, so the wrap from the last stop to the first is
    the one step that may go back.
    """
    first = min(range(len(order)), key=lambda i: (rect_of(order[i]).top(), rect_of(order[i]).x()))
    order = order[first:] + order[:first]
    steps = []
    for before, after in itertools.pairwise(order):
        a, b = rect_of(before), rect_of(after)
        above = b.bottom() < a.top()
        same_row = b.bottom() >= a.top() and b.top() <= a.bottom()
        left = same_row and b.right() < a.left() and b.top() >= a.top() - 2
        if above or left:
            steps.append(f"{describe(before)} → {describe(after)}")
    return steps


#: Buttons with a shortcut of their own instead of a mnemonic (shown in their tooltip).
OWN_SHORTCUT = frozenset({"virtualKeyboardButton"})  # Alt+K, also from inside the keyboard
#: Fields without a visible label, each with an accessible name and a tooltip instead.
WITHOUT_VISIBLE_LABEL = frozenset({"languageSelector"})  # "Shqip" / "English" say what it is


def mnemonic_missing(widget: QWidget, window: QWidget) -> bool:
    """A button the customer presses by name should answer to Alt+letter."""
    if not isinstance(widget, QAbstractButton) or not widget.text().strip():
        return False
    if widget.objectName() in OWN_SHORTCUT or _inside(widget, VirtualKeyboard):
        return False  # the keyboard's keys are chosen by the arrows and Space, never by Alt
    box = widget.parentWidget()
    if isinstance(box, QDialogButtonBox) and box.standardButton(widget) in (
        QDialogButtonBox.StandardButton.Close,
        QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Ok,
    ):
        return False  # Esc and Enter press them, as in every dialog of the desktop
    if repeated(widget, window):
        return False  # one per row (Copy): a letter cannot tell them apart; Tab and names do
    return QKeySequence.mnemonic(widget.text()).isEmpty()


def repeated(button: QAbstractButton, window: QWidget) -> bool:
    same = [
        w for w in shown_in(window) if isinstance(w, QAbstractButton) and w.text() == button.text()
    ]
    return len(same) > 1


def _inside(widget: QWidget, kind: type) -> bool:
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, kind):
            return True
        node = node.parentWidget()
    return False


def unlabelled_fields(window: QWidget) -> list[str]:
    """Fields without a visible label naming them (their label's buddy)."""
    labelled = {
        id(label.buddy())
        for label in shown_in(window)
        if isinstance(label, QLabel) and label.buddy() is not None
    }
    return [
        describe(widget)
        for widget in controls(window)
        if isinstance(widget, FIELDS)
        and id(widget) not in labelled
        and widget.objectName() not in WITHOUT_VISIBLE_LABEL
    ]


@dataclasses.dataclass
class Problems:
    unreached: list[str] = dataclasses.field(default_factory=list)
    trapped: list[str] = dataclasses.field(default_factory=list)
    backward: list[str] = dataclasses.field(default_factory=list)
    no_mnemonic: list[str] = dataclasses.field(default_factory=list)
    no_label: list[str] = dataclasses.field(default_factory=list)


class TabWalk:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.problems = Problems()
        self.orders: dict[str, list[str]] = {}

    def __call__(self, state: str, window: QWidget) -> None:
        found = self.problems
        found.no_mnemonic += [
            f"{state}: {describe(w)} {w.text()!r}"  # type: ignore[attr-defined]
            for w in shown_in(window)
            if mnemonic_missing(w, window)
        ]
        found.no_label += [f"{state}: {name}" for name in unlabelled_fields(window)]
        stops = tab_stops(window)
        assert stops, f"{state}: nothing to Tab to"
        focused = QApplication.focusWidget()
        start = focused if focused in stops else stops[0]
        if len(stops) == 1:
            self.orders[state] = [start.objectName()]  # Tab has nowhere else to go
            return
        seen, came_back = tab_cycle(self.qtbot, window, start)
        self.orders[state] = [w.objectName() for w in seen]
        if not came_back:
            found.trapped.append(f"{state}: Tab stays in {describe(seen[-1])}")
            return
        found.unreached += [f"{state}: {describe(w)}" for w in stops if not reached(w, seen)]
        found.backward += [f"{state}: {step}" for step in backward_steps(seen)]


def test_tab_reaches_every_control_in_reading_order(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    walk = TabWalk(qtbot)
    walk_app(qtbot, branch, backend, walk)
    assert len(walk.orders) > 20
    found = walk.problems
    report = "\n".join(
        f"{kind}:\n  " + "\n  ".join(items)
        for kind, items in dataclasses.asdict(found).items()
        if items
    )
    assert not report, report
    assert walk.orders["login window, credentials"][: len(CREDENTIALS_ORDER)] == CREDENTIALS_ORDER


def test_tab_from_the_login_id_goes_straight_to_the_password(
    qtbot: QtBot, branch: BranchApp
) -> None:
    branch.start()
    window = branch.login_window
    qtbot.waitExposed(window)
    login_id = window.findChild(QLineEdit, "loginIdEdit")
    assert login_id is not None
    seen, came_back = tab_cycle(qtbot, window, login_id)
    assert came_back
    assert [w.objectName() for w in seen] == CREDENTIALS_ORDER


def test_the_checks_see_a_bad_order_a_trap_and_a_missing_label(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    lower = QPushButton("&Lower", window)
    lower.setGeometry(0, 100, 80, 30)
    upper = QPushButton("Upper", window)  # no mnemonic
    upper.setGeometry(0, 0, 80, 30)
    trap = QPlainTextEdit(window)  # Tab types a tab character: the keyboard is stuck
    trap.setGeometry(0, 200, 80, 60)
    window.show()
    qtbot.waitExposed(window)
    seen, came_back = tab_cycle(qtbot, window, lower)
    assert not came_back
    assert seen == [lower, upper, trap]
    assert backward_steps([upper, lower]) == []
    assert len(backward_steps([lower, upper, trap])) == 1  # lower → upper goes up
    assert [mnemonic_missing(w, window) for w in (lower, upper)] == [False, True]
    assert unlabelled_fields(window) == ["QPlainTextEdit"]
