"""The field for a one-time SMS code, alike wherever a code is asked for."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.validation import OTP_PREFIX


def make_otp_edit(parent: QWidget, object_name: str) -> QLineEdit:
    """Six digits at most, nothing else accepted; input methods offer digits."""
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setMaxLength(6)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(OTP_PREFIX), edit))
    edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly)
    return edit
