"""Forced password change of 333333333 (password 200 days old), by keyboard alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.messages import info_message, violation_message
from server_stub.services.backend import Backend
from tests.ui.conftest import run_async
from tests.ui.security_helpers import (
    ENTER,
    TAB,
    focused,
    login_by_keyboard,
    open_login_window,
    press,
    settle,
    type_keys,
)
from ui.pages.accounts_page import AccountsPage
from ui.pages.security_page import PasswordExpiryBanner, SecurityPage


def test_forced_change_of_333333333(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "333333333", "Vlora2026")
    assert branch.session.password_change_required

    # Straight to the change form, and nothing else: no menu, only the security page's form.
    page = main.current_page()
    assert isinstance(page, SecurityPage)
    assert not main.navigation.isVisible()
    assert not main.navigation.isEnabled()
    forced = main.findChild(QLabel, "securityForcedLabel")
    assert forced is not None
    assert forced.isVisible()
    assert "180 days" in forced.text()
    assert not page.about.isVisible()  # the rules and the last login wait
    assert not main.findChildren(PasswordExpiryBanner)
    qtbot.waitUntil(lambda: focused() is page.current_edit)
    accounts = main.page("accountsPage")
    assert isinstance(accounts, AccountsPage)
    assert accounts.model.rowCount() == 0  # never asked for: the bank would answer 403

    # The old password again is refused, next to the field.
    type_keys(qtbot, "Vlora2026")
    press(qtbot, ENTER)
    type_keys(qtbot, "Vlora2026")
    press(qtbot, TAB)
    type_keys(qtbot, "Vlora2026")
    press(qtbot, ENTER)
    qtbot.waitUntil(
        lambda: violation_message("password_reused") in page.rules.error_label.text(),
        timeout=5000,
    )
    assert not main.navigation.isVisible()

    # A good one: the menu comes back and the page says so.
    assert focused() is page.rules.new_edit
    type_keys(qtbot, "Saranda2027")
    press(qtbot, TAB)
    type_keys(qtbot, "Saranda2027")
    press(qtbot, ENTER)
    qtbot.waitUntil(main.navigation.isVisible, timeout=5000)
    assert page.info_label.message() == info_message("password_changed")
    assert not forced.isVisible()
    assert page.about.isVisible()
    assert not branch.session.password_change_required
    assert main.navigation.hasFocus()

    # Everything else works again, in this same session.
    main.show_page("accountsPage")
    settle(qtbot, main)
    assert not accounts.error_label.isVisible()


def test_forced_session_is_refused_elsewhere_by_the_bank(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    """Why the client shows nothing else: the bank refuses every other request."""
    open_login_window(qtbot, branch)
    login_by_keyboard(qtbot, branch, backend, "333333333", "Vlora2026")

    async def accounts() -> str:
        try:
            await branch.api.get("/accounts")
        except BankError as error:
            return error.code
        return "ok"

    assert run_async(accounts()) == "password_change_required"
