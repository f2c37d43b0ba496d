"""Copying to the clipboard with a mark, so a logout can take back what the app put there."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

#: A private format beside the text: it says "the Internet Branch copied this".
MARK = "application/x-bkt-branch-copied"


def copy_text(text: str) -> None:
    data = QMimeData()
    data.setText(text)
    data.setData(MARK, b"1")
    QGuiApplication.clipboard().setMimeData(data)


def clear_if_ours() -> bool:
    """Empties the clipboard when it still holds what the app copied; True if it did."""
    clipboard = QGuiApplication.clipboard()
    with contextlib.suppress(RuntimeError):
        data = clipboard.mimeData()
        # ownsClipboard() is false on some platforms even for our own data: the mark is not.
        if clipboard.ownsClipboard() or (data is not None and data.hasFormat(MARK)):
            clipboard.clear()
            return True
    return False
