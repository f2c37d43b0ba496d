"""The application icon (SVG package data), shown on every window."""

from __future__ import annotations

import importlib.resources

from PySide6.QtGui import QIcon, QPixmap


def app_icon() -> QIcon:
    data = importlib.resources.files("resources").joinpath("icons", "bkt-branch.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, b"SVG")  # rendered once at the drawing's 256 px; Qt scales down
    return QIcon(pixmap)
