"""Whether a widget still exists: an answer that arrives after its window closed is dropped."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject


def alive(obj: QObject) -> bool:
    """False once Qt deleted the C++ object (e.g. the main window after a logout)."""
    return shiboken6.isValid(obj)
