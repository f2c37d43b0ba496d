"""The Qt binding we ship keeps Python's reference counts right (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_leave_none_alone() -> None:
    # PySide6 6.12.0 took a reference from None on every call returning nothing, and Python
    # 3.11 aborted ("none_dealloc") after a few thousand calls: constraints.txt pins 6.11.
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 100
