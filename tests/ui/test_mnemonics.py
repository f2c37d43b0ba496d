"""Alt+letter mnemonics: no two visible controls of one window share one, in Albanian and English.

Qt does not click a control whose mnemonic is shared: Alt+letter only moves the focus between the
candidates, so a keyboard user loses the shortcut. The walk shows every window in each of its
states (login steps, pages, payment steps and tabs, dialogs) and collects the mnemonics of the
visible buttons, checkboxes, radio buttons, labels with a buddy, group boxes and tabs.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.ui.test_contacts import log_in
from ui.login.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.pages.complaints_page import ComplaintsPage
from ui.pages.contacts_page import ContactsPage
from ui.pages.notifications_page import NotificationsPage
from ui.pages.payments_page import PaymentsPage
from ui.pages.security_page import PasswordExpiryBanner
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.contact_card import ContactsWidget
from ui.widgets.idle_warning import IdleWarningDialog

#: The login window opens the virtual keyboard with Alt+K: no control there may take it.
KEYBOARD_SHORTCUT = QKeySequence("Alt+K").toString()


def texts_of(widget: QWidget) -> list[str]:
    """The texts whose "&x" makes Alt+X a shortcut of `widget`."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [
            widget.tabText(i)
            for i in range(widget.count())
            if widget.isTabEnabled(i) and widget.isTabVisible(i)
        ]
    return []


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+X → the controls of `window` (not of its dialogs) that answer to it now."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        # Disabled controls count too: one greyed out while its data loads (Refresh, Show
        # more) takes its letter back a moment later, so a clash with it is a clash.
        if widget.window() is not window or not widget.isVisible():
            continue
        for text in texts_of(widget):
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                name = widget.objectName() or type(widget).__name__
                found[key.toString()].append(f"{name} {text!r}")
    return found


class Walk:
    """Collects every clash of the walk, so one run names them all."""

    def __init__(self, qtbot: QtBot, language: str) -> None:
        self.qtbot = qtbot
        self.language = language
        self.problems: list[str] = []
        self.states = 0

    def check(self, state: str, window: QWidget, *, forbidden: str = "", some: bool = True) -> None:
        QApplication.processEvents()
        assert window.isVisible(), f"{state}: the window is not shown"
        self.states += 1
        found = mnemonics(window)
        assert found or not some, f"{state}: no mnemonic at all, the walk sees nothing"
        for key, owners in sorted(found.items()):
            if len(owners) > 1:
                self.problems.append(f"{self.language} {state}: {key} on {owners}")
            if key == forbidden:
                self.problems.append(f"{self.language} {state}: {key} is taken by {owners}")


def walk_login_window(walk: Walk, branch: BranchApp) -> None:
    window = branch.login_window
    steps = {
        "credentials": window.credentials,
        "login code": window.code,
        "registration": window.registration,
        "registration code": window.registration_code,
        "password reset": window.reset_start,
        "password reset code": window.reset_code,
    }
    for name, step in steps.items():
        window.show_step(step)
        walk.check(f"login window, {name}", window, forbidden=KEYBOARD_SHORTCUT)
    window.show_step(window.credentials)
    window.keyboard_button.setChecked(True)
    walk.check("login window, virtual keyboard", window, forbidden=KEYBOARD_SHORTCUT)
    window.keyboard_button.setChecked(False)
    window.request_help()
    walk.check("login window, help", window, forbidden=KEYBOARD_SHORTCUT)
    window.help_panel.closed.emit()


def wait_for_contacts(qtbot: QtBot, contacts: ContactsWidget) -> None:
    """The Call Center, two e-mails and WhatsApp come from GET /info."""
    qtbot.waitUntil(lambda: len(contacts.rows) >= 3, timeout=5000)


def walk_contacts_dialog(walk: Walk, branch: BranchApp) -> None:
    branch.show_contacts()
    dialog = branch.contacts_dialog
    assert dialog is not None
    wait_for_contacts(walk.qtbot, dialog.contacts)
    walk.check("contacts dialog", dialog)
    dialog.close()


def walk_payments(walk: Walk, window: MainWindow, page: PaymentsPage) -> None:
    walk.qtbot.waitUntil(lambda: page.form.debtor_combo.count() == 3, timeout=5000)
    for kind, radio in page.form.kind_radios.items():
        radio.click()
        walk.check(f"payments, new payment to {kind}", window)
    page.form.kind_radios["own"].click()
    page.form.set_cutoff(True)  # 21:00 to midnight: Send after midnight appears
    walk.check("payments, new payment in the nightly window", window)
    page.form.set_cutoff(False)
    for step in (page.review, page.code, page.result):
        page.steps.setCurrentWidget(step)
        walk.check(f"payments, {step.objectName() or type(step).__name__}", window)
    # The code step's other ways forward: after a lost answer, and after an expired code.
    page.steps.setCurrentWidget(page.code)
    for state, flags in (("check again", {"check": True}), ("start again", {"again": True})):
        page.code._show_actions(**flags)
        walk.check(f"payments, code step: {state}", window)
    page.code._show_actions(confirm=True)
    page.steps.setCurrentWidget(page.form)
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        walk.check(f"payments, tab {page.tabs.tabText(index)!r}", window)
    page.tabs.setCurrentIndex(0)


def walk_transactions(walk: Walk, window: MainWindow, page: TransactionsPage) -> None:
    walk.qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.open_export()
    dialog = page.export_dialog
    assert dialog is not None
    walk.qtbot.waitExposed(dialog)
    walk.check("statement export dialog", dialog)
    dialog.reject()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    walk.qtbot.keyClick(page.table, Qt.Key.Key_Return)
    walk.qtbot.waitUntil(lambda: page.details_dialog is not None, timeout=5000)
    details = page.details_dialog
    assert details is not None
    walk.qtbot.waitExposed(details)
    walk.check("transaction details dialog", details, some=False)
    details.reject()


def walk_page_states(walk: Walk, window: MainWindow, page: QWidget) -> None:
    """The controls a page shows only now and then: after an error, a send, more to load."""
    name = page.objectName()
    if isinstance(page, PaymentsPage):
        walk_payments(walk, window, page)
    elif isinstance(page, TransactionsPage):
        walk_transactions(walk, window, page)
        page.retry_button.setVisible(True)
        walk.check(f"{name} after an error", window)
        page.retry_button.setVisible(False)
    elif isinstance(page, ContactsPage):
        page.contacts.retry_button.setVisible(True)
        walk.check(f"{name} after an error", window)
        page.contacts.retry_button.setVisible(False)
    elif isinstance(page, NotificationsPage):
        page.more_button.setVisible(True)
        walk.check(f"{name} with older notifications", window)
        page.more_button.setVisible(False)
    elif isinstance(page, ComplaintsPage):
        page.channel_combo.setCurrentIndex(page.channel_combo.findData("phone"))
        page.receipt.show_receipt("R-1", "complaint")
        walk.check(f"{name} after sending, contact by phone", window)
        page.receipt.setVisible(False)


def walk_main_window(walk: Walk, window: MainWindow) -> None:
    for page in window.page_list():
        name = page.objectName()
        window.show_page(name)
        if isinstance(page, ContactsPage):
            wait_for_contacts(walk.qtbot, page.contacts)
        walk.check(f"main window, {name}", window)
        walk_page_states(walk, window, page)
    window.request_help()
    walk.check("main window, help", window)
    window.help_panel.closed.emit()
    window.about_button.click()
    walk.qtbot.waitUntil(lambda: window.findChild(QWidget, "aboutDialog") is not None)
    about = window.findChild(QWidget, "aboutDialog")
    assert about is not None
    walk.qtbot.waitExposed(about)
    walk.check("about dialog", about, some=False)
    about.close()
    idle = IdleWarningDialog(window)
    idle.show_countdown(60)
    walk.check("idle warning", idle)
    idle.hide()
    idle.deleteLater()
    # The expiry banner sits above every page; here with the page shown after the login.
    window.show_page("accountsPage")
    banner = PasswordExpiryBanner(3, window)
    window.add_banner(banner)
    walk.qtbot.waitUntil(banner.isVisible)
    walk.check("main window, password expiry banner", window)


@pytest.mark.parametrize("language", ["sq", "en"])
def test_no_window_shares_a_mnemonic(
    qtbot: QtBot, branch: BranchApp, backend: Backend, language: str
) -> None:
    branch.set_language(language)
    branch.start()
    qtbot.waitExposed(branch.login_window)
    assert isinstance(branch.login_window, LoginWindow)
    walk = Walk(qtbot, language)
    try:
        walk_login_window(walk, branch)
        walk_contacts_dialog(walk, branch)
        window = log_in(qtbot, branch, backend)
        walk_main_window(walk, window)
    finally:
        branch.translations.apply("en")  # the translator is the application's, not the test's
    assert walk.states > 25
    assert not walk.problems, "\n".join(walk.problems)


def test_the_walk_sees_a_shared_mnemonic(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("&Name:", window)
    label.setBuddy(QLineEdit(window))
    QPushButton("&New", window).move(0, 40)
    QPushButton("Save &&Close", window).move(0, 80)  # "&&" is a plain ampersand
    hidden = QPushButton("&Next", window)
    hidden.setVisible(False)
    window.show()
    qtbot.waitExposed(window)
    assert mnemonics(window) == {"Alt+N": ["QLabel '&Name:'", "QPushButton '&New'"]}
    walk = Walk(qtbot, "en")
    walk.check("a test window", window, forbidden="Alt+N")
    assert len(walk.problems) == 2
