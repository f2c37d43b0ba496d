"""Pages on top of each other, one shown, as tall as that one (for the login window's steps)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class CurrentPageStack(QWidget):
    """The part of QStackedWidget's interface the login window uses, measured differently.

    QStackedWidget asks every page for its height at a width, hidden or not (whatever their
    size policies), so one long page (a wrapped explanation, a list of password rules) left a
    gap under every other. Here the pages sit in a box layout with all but one hidden, and a
    box layout measures only what is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current is None:
            self._current = page
        else:
            page.hide()
        return len(self._pages) - 1

    def setCurrentWidget(self, page: QWidget) -> None:
        assert page in self._pages, "not a page of this stack"
        self._current = page
        page.show()
        for other in self._pages:
            if other is not page:
                other.hide()

    def currentWidget(self) -> QWidget | None:
        return self._current

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None
