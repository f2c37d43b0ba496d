"""UI.md's object names are unique in the login window: only the step in front wears them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp


def test_shared_names_belong_to_the_visible_step(qtbot: QtBot, branch: BranchApp) -> None:
    branch.start()
    window = branch.login_window
    qtbot.waitExposed(window)
    for name in ("otpEdit", "loginIdEdit", "passwordEdit", "continueButton", "errorLabel"):
        assert len(window.findChildren(QWidget, name)) <= 1, name
    window.show_step(window.code)
    assert window.findChild(QLineEdit, "otpEdit") is window.code.otp_edit
    assert len([w for w in window.findChildren(QLineEdit) if w.objectName() == "otpEdit"]) == 1
    register = window.findChild(QPushButton, "registerButton")
    assert register is not None
    window.show_step(window.credentials)
    register.click()
    assert window.findChild(QLineEdit, "otpEdit") is None  # the customer-number step has none
    window.show_step(window.registration_code)
    assert window.findChild(QLineEdit, "otpEdit") is window.registration_code.otp_edit
    assert window.findChild(QLineEdit, "newPasswordEdit") is not None
    assert len([w for w in window.findChildren(QLineEdit) if w.objectName() == "otpEdit"]) == 1
