"""The focus chain: where a group of widgets ends in it, to put what follows on screen next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def last_focus_child(container: QWidget) -> QWidget | None:
    """The last widget inside `container` that Tab can stop at, in the window's focus chain.

    QWidget.setTabOrder ignores a first widget that takes no focus (a stack of pages, a frame):
    this finds the focusable widget to hang the next one on.
    """
    last = None
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        inside = container.isAncestorOf(widget)
        if inside and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            last = widget
        widget = widget.nextInFocusChain()
    return last


def focusable_in_chain(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab can stop at, in focus-chain order."""
    found = []
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and widget not in found:
        if container.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def chain_after(anchor: QWidget, widgets: list[QWidget]) -> None:
    """Moves `widgets`, in order, right after `anchor` in the focus chain (Tab order)."""
    for widget in widgets:
        QWidget.setTabOrder(anchor, widget)
        anchor = widget
