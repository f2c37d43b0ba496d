"""Sizes the login window to the step in front, within the screen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSizePolicy, QWidget


def fit_to_step(window: QWidget, stack: QWidget, steps: Iterable[QWidget], step: QWidget) -> None:
    """The stack takes the height of the step in front, not of the tallest one."""
    for other in steps:
        policy = QSizePolicy.Policy.Preferred if other is step else QSizePolicy.Policy.Ignored
        other.setSizePolicy(policy, policy)
    stack.updateGeometry()
    refit(window)


def refit(window: QWidget) -> None:
    """After the layout settles: the height of what is shown now (a step, the keyboard)."""
    if window.isVisible() and not (window.isMaximized() or window.isFullScreen()):
        QTimer.singleShot(0, window, lambda: fit_height(window))


def fit_height(window: QWidget) -> None:
    """As tall as the window wants, but within the screen (large text, keyboard shown)."""
    height = window.sizeHint().height()
    screen = window.screen()
    if screen is None:
        window.resize(window.width(), height)
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().height() - window.height()
    height = min(height, room.height() - frame)
    window.resize(window.width(), max(height, window.minimumSizeHint().height()))
    # Grown past the bottom of the screen: up, so the buttons stay in reach.
    overflow = window.frameGeometry().bottom() - room.bottom()
    if overflow > 0:
        window.move(window.x(), max(room.top(), window.y() - overflow))
