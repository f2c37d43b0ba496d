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
