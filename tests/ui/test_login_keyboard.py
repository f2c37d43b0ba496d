"""Keyboard-only login: login ID, Tab, password, Enter, code, Enter — and the accounts are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.server.conftest import DEMO_PHONES
from ui.pages.accounts_page import AccountsPage


def last_code(backend: Backend, phone: str) -> str:
    from sqlalchemy import select

    from server_stub.store.tables import sms_outbox

    with backend.db.read() as conn:
        return str(
            conn.execute(
                select(sms_outbox.c.code)
                .where(sms_outbox.c.to_phone == phone)
                .order_by(sms_outbox.c.id.desc())
                .limit(1)
            ).scalar_one()
        )


def test_keyboard_only_login_reaches_accounts(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    branch.start()
    window = branch.login_window
    qtbot.waitExposed(window)
    login_id = window.findChild(QLineEdit, "loginIdEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login_id)
    qtbot.keyClicks(QApplication.focusWidget(), "123456789")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "passwordEdit")
    qtbot.keyClicks(QApplication.focusWidget(), "Tirana2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    otp = window.code.otp_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is otp, timeout=5000)
    qtbot.keyClicks(otp, last_code(backend, DEMO_PHONES["123456789"]))
    qtbot.keyClick(otp, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: branch.main_window is not None and branch.main_window.isVisible(), timeout=5000
    )
    assert branch.main_window is not None
    page = branch.main_window.page("accountsPage")
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert not window.isVisible()
