"""Scales with the system font: at 150 % text nothing is cut, in any window or state.

The main window is shown at 1200×720 (a 1366×768 screen less the desktop's panels and the
window's frame), the login window and the dialogs at their own size.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.ui.a11y_helpers import describe, language, shown_in, walk_app
from ui.main_window import MainWindow

SCALE = 1.5
MAIN_SIZE = QSize(1200, 720)
SCREEN = QSize(1366, 768)
BEARINGS = 4


def combo_chrome(combo: QComboBox) -> int:
    """What a combo box needs besides its text: frame, margins and the arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    empty = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(0, 0), combo
    )
    return empty.width()


def clipped_text(widget: QWidget) -> str | None:
    """Why the text of a label or button is cut at its size now, or None when it fits."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text() and widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(size.width())
            if size.height() < needed:
                return f"{size.height()} px high, its text needs {needed}"
            return None
    elif isinstance(widget, QComboBox):
        # The choice shown must be whole: an account's name, IBAN and currency.
        # Less a few pixels: the text's own side bearings sit in the frame's margin.
        needed = (
            widget.fontMetrics().horizontalAdvance(widget.currentText())
            + combo_chrome(widget)
            - BEARINGS
        )
        if widget.currentText() and size.width() < needed:
            return f"{size.width()} px wide, its choice needs {needed}"
        return None
    elif not isinstance(widget, QAbstractButton) or not widget.text():
        return None
    hint = widget.sizeHint()
    if size.width() < hint.width():
        return f"{size.width()} px wide, its text needs {hint.width()}"
    if size.height() < hint.height() and isinstance(widget, QLabel):
        return f"{size.height()} px high, its text needs {hint.height()}"
    return None


def elided_headers(header: QHeaderView) -> list[str]:
    """Column titles wider than their column (the view would shorten them with "…")."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(title) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        if title and header.sectionSize(section) < needed:
            cut.append(f"{title!r} {header.sectionSize(section)} px of {needed}")
    return cut


def overlapping(parent: QWidget) -> list[str]:
    """Visible children of one layout drawn over each other: a layout squeezed below its
    minimum (text under a chart, a button over a field)."""
    layout = parent.layout()
    if layout is None:
        return []
    children: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.widget() if item is not None else None
        if child is not None and child.isVisible():
            children.append(child)
    found = []
    for index, first in enumerate(children):
        for second in children[index + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > 1 and common.height() > 1:
                found.append(
                    f"{describe(first)} and {describe(second)} overlap by {common.height()} px"
                )
    return found


class ClipCheck:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked = 0

    def __call__(self, state: str, window: QWidget) -> None:
        if isinstance(window, MainWindow) and window.size() != MAIN_SIZE:
            window.resize(MAIN_SIZE)
            QApplication.processEvents()
        size = window.size()
        if isinstance(window, MainWindow):
            if size != MAIN_SIZE:
                self.problems.append(f"{state}: the window cannot be {MAIN_SIZE.toTuple()}")
        else:
            # Never taller than the screen it is on (the login window grows with its step),
            # and it could shrink onto a 1366×768 one.
            room = window.screen().availableGeometry().size()
            if size.height() > room.height():
                self.problems.append(f"{state}: {size.toTuple()} is taller than the screen")
            least = window.minimumSizeHint()
            if least.width() > SCREEN.width() or least.height() > SCREEN.height() - 40:
                self.problems.append(f"{state}: {least.toTuple()} cannot fit a 1366×768 screen")
        for widget in shown_in(window):
            self.checked += 1
            why = clipped_text(widget)
            if why:
                text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]
                self.problems.append(f"{state}: {describe(widget)} {text[:40]!r}: {why}")
            self.problems += [f"{state}: {problem}" for problem in overlapping(widget)]
            if isinstance(widget, QHeaderView):
                for cut in elided_headers(widget):
                    self.problems.append(f"{state}: {describe(widget)} header {cut}")


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    """The system font at 150 % for the test; the default again for later tests."""
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * SCALE)
    qapp.setFont(large)
    yield large
    qapp.setFont(before)


@pytest.mark.parametrize("code", ["en", "sq"])
def test_nothing_is_cut_at_150_percent_text(
    qtbot: QtBot, large_font: QFont, branch: BranchApp, backend: Backend, code: str
) -> None:
    check = ClipCheck()
    with language(branch, code):
        walk_app(qtbot, branch, backend, check)
    assert branch.login_window.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    assert not check.problems, "\n".join(check.problems)
    assert check.checked > 500


def test_the_check_sees_cut_text(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A label much longer than its room", window)
    label.setGeometry(0, 0, 40, 30)
    wrapped = QLabel("Words that wrap onto several lines in a narrow label", window)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 60, 20)
    fits = QLabel("OK", window)
    fits.setGeometry(0, 80, 200, 40)
    window.show()
    qtbot.waitExposed(window)
    assert clipped_text(label) is not None
    assert clipped_text(wrapped) is not None
    assert clipped_text(fits) is None


def test_the_login_window_stays_on_the_screen_when_the_keyboard_opens(
    qtbot: QtBot, large_font: QFont, branch: BranchApp
) -> None:
    branch.start()
    window = branch.login_window
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()
    window.move(window.x(), room.bottom() - window.frameGeometry().height() - 10)
    qtbot.waitUntil(lambda: window.frameGeometry().bottom() <= room.bottom(), timeout=2000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.keyboard.isVisible, timeout=2000)
    continue_button = window.continue_button
    qtbot.waitUntil(
        lambda: room.contains(continue_button.mapToGlobal(continue_button.rect().bottomRight())),
        timeout=2000,
    )
    assert window.frameGeometry().bottom() <= room.bottom()
    assert window.frameGeometry().top() >= room.top()
