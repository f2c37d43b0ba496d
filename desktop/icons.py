"""The application icon (SVG package data), shown on every window."""

from __future__ import annotations

import importlib.resources

from PySide6.QtGui import QIcon, QPixmap


def app_icon() -> QIcon:
    data = importlib.resources.files("resources").joinpath("icons", "bkt-branch.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data)  # Qt detects the SVG; rendered once at 256 px, scaled down
    return QIcon(pixmap)
