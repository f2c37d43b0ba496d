"""Tells the session when the customer is at the keyboard, for the idle logout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from desktop.session import Session

#: Events that count as the customer being present (the idle timer).
_ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
)


class ActivityFilter(QObject):
    """Reports the customer's own input to the session, so only real inactivity logs out."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._session.note_activity()
        return False
