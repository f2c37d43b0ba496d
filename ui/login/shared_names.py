"""Gives the shared object names (otpEdit, …) to the widgets of the step in front only."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

#: Object names several steps use for their own widget of the same role.
SHARED_NAMES = frozenset(
    {
        "otpEdit",
        "otpSentLabel",
        "otpCountdownLabel",
        "resendOtpButton",
        "newPasswordEdit",
        "confirmPasswordEdit",
    }
)


def name_shared_widgets(steps: Iterable[QWidget], current: QWidget | None) -> None:
    """Only the step in front wears the shared names (otpEdit, …): names stay unique.

    Login, registration and password reset each have a code field; UI.md's names belong to
    the one the customer sees, the hidden ones carry their step's name as a prefix.
    """
    for step in steps:
        for widget in step.findChildren(QWidget):
            canonical = widget.property("canonicalName")
            if canonical is None:
                if widget.objectName() not in SHARED_NAMES:
                    continue
                canonical = widget.objectName()
                widget.setProperty("canonicalName", canonical)
            name = canonical if step is current else f"{step.objectName()}_{canonical}"
            widget.setObjectName(str(name))
