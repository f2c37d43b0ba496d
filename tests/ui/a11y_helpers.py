"""Walks every window of the app through its states for the accessibility tests; what they share.

`walk_app` shows each login step (and the virtual keyboard), the contacts dialog, the demo phone,
every page of the main window with the payments page's tabs and steps (the review from a real
quote), the transaction details and export dialogs, About and the idle warning, and calls
`visit(state, window)` with the window in front in that state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from desktop.services.demo_phone import DemoPhoneFeed
from server_stub.services.backend import Backend
from tests.ui.test_contacts import log_in
from ui.demo_phone import DemoPhone
from ui.main_window import MainWindow
from ui.pages.contacts_page import ContactsPage
from ui.pages.payments_page import PaymentsPage
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.idle_warning import IdleWarningDialog

Visit = Callable[[str, QWidget], None]

#: Controls even where their focus policy says otherwise (a screen reader still reaches them).
CONTROL_KINDS = (QAbstractItemView, QLineEdit, QAbstractButton, QComboBox)


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def is_internal_part(widget: QWidget) -> bool:
    """A part Qt builds into a control, which presents it itself.

    The line edit of a spin box or combo box is read as its owner; a table's header view is
    read as the table's column header cells (and is no Tab stop).
    """
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit):
        return isinstance(parent, QAbstractSpinBox | QComboBox)
    return isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView)


def shown_in(window: QWidget) -> list[QWidget]:
    """The widgets of `window` (not of its dialogs) that are on screen now."""
    return [w for w in window.findChildren(QWidget) if w.window() is window and w.isVisible()]


def controls(window: QWidget) -> list[QWidget]:
    """What keyboard and screen-reader users meet: visible controls and Tab stops."""
    return [
        widget
        for widget in shown_in(window)
        if (takes_tab(widget) or isinstance(widget, CONTROL_KINDS)) and not is_internal_part(widget)
    ]


def describe(widget: QWidget) -> str:
    """Names a widget for a failure message: object name (or class) and its parents'."""
    parts: list[str] = []
    node: QWidget | None = widget
    while node is not None and not node.isWindow() and len(parts) < 4:
        parts.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(parts))


def wait_contacts(qtbot: QtBot, widget: QWidget) -> None:
    """The Call Center, e-mails and WhatsApp come from GET /info."""
    qtbot.waitUntil(lambda: len(getattr(widget, "rows", ())) >= 3, timeout=5000)


def show_window(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()


# --- before login ---------------------------------------------------------------------------
def walk_login_window(qtbot: QtBot, branch: BranchApp, visit: Visit) -> None:
    window = branch.login_window
    steps = {
        "credentials": window.credentials,
        "login code": window.code,
        "registration start": window.registration,
        "registration complete": window.registration_code,
        "password reset start": window.reset_start,
        "password reset complete": window.reset_code,
    }
    for name, step in steps.items():
        window.show_step(step)
        QApplication.processEvents()
        visit(f"login window, {name}", window)
    window.show_step(window.credentials)
    window.keyboard_button.setChecked(True)
    QApplication.processEvents()
    visit("login window, virtual keyboard shown", window)
    window.keyboard_button.setChecked(False)
    window.credentials.focus_first()


def walk_before_login(qtbot: QtBot, branch: BranchApp, visit: Visit) -> None:
    """The login window's steps, the contacts dialog and the demo phone."""
    walk_login_window(qtbot, branch, visit)
    branch.show_contacts()
    dialog = branch.contacts_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_contacts(qtbot, dialog.contacts)
    visit("contacts dialog", dialog)
    dialog.close()
    phone = DemoPhone(DemoPhoneFeed(branch.api))  # in demo mode only: built here by hand
    qtbot.addWidget(phone)
    phone.resize(360, 420)
    show_window(qtbot, phone)
    visit("demo phone", phone)
    phone.close()


# --- the main window ------------------------------------------------------------------------
def reach_review(qtbot: QtBot, page: PaymentsPage) -> None:
    """A transfer between own accounts, reviewed from the bank's real quote."""
    form = page.form
    form.set_kind("own")
    creditor = form.payee.creditor_combo
    qtbot.waitUntil(lambda: creditor.count() > 0, timeout=5000)
    form.amount_edit.setText("100")
    form.review_now()
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.review, timeout=5000)


def walk_payments(qtbot: QtBot, window: MainWindow, page: PaymentsPage, visit: Visit) -> None:
    qtbot.waitUntil(lambda: page.form.debtor_combo.count() == 3, timeout=5000)
    for kind in page.form.kind_radios:
        page.form.set_kind(kind)
        visit(f"payments, new payment to {kind}", window)
    page.form.set_kind("own")
    page.form.set_cutoff(True)  # 21:00 to midnight: Send after midnight appears
    visit("payments, new payment in the nightly window", window)
    page.form.set_cutoff(False)
    reach_review(qtbot, page)
    visit("payments, review", window)
    page.review.back.emit()
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        visit(f"payments, tab {index}", window)
    page.tabs.setCurrentIndex(0)


def open_dialog(qtbot: QtBot, window: QWidget, name: str) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, name) is not None, timeout=5000)
    dialog = window.findChild(QDialog, name)
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def walk_transactions(qtbot: QtBot, page: TransactionsPage, visit: Visit) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.open_export()
    dialog = page.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    visit("statement export dialog", dialog)
    dialog.reject()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.details_dialog is not None, timeout=5000)
    details = page.details_dialog
    assert details is not None
    qtbot.waitExposed(details)
    details.activateWindow()
    visit("transaction details dialog", details)
    details.reject()


def walk_main_window(qtbot: QtBot, window: MainWindow, visit: Visit) -> None:
    for page in window.page_list():
        name = page.objectName()
        window.show_page(name)
        window.activateWindow()
        if isinstance(page, ContactsPage):
            wait_contacts(qtbot, page.contacts)
        elif isinstance(page, TransactionsPage):
            qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=5000)  # type: ignore[misc]
        QApplication.processEvents()
        visit(f"main window, {name}", window)
        if isinstance(page, PaymentsPage):
            walk_payments(qtbot, window, page, visit)
        elif isinstance(page, TransactionsPage):
            walk_transactions(qtbot, page, visit)
            window.activateWindow()
    window.show_page("accountsPage")
    window.about_button.click()
    about = open_dialog(qtbot, window, "aboutDialog")
    visit("about dialog", about)
    about.close()
    idle = IdleWarningDialog(window)
    idle.show_countdown(75)
    qtbot.waitExposed(idle)
    visit("idle warning", idle)
    idle.hide()
    idle.deleteLater()


def walk_app(qtbot: QtBot, branch: BranchApp, backend: Backend, visit: Visit) -> MainWindow:
    """Every window in every state the tests reach; returns the main window, still open."""
    branch.start()
    qtbot.waitExposed(branch.login_window)
    qtbot.waitUntil(lambda: branch.is_ready)
    walk_before_login(qtbot, branch, visit)
    branch.login_window.activateWindow()
    window = log_in(qtbot, branch, backend)
    walk_main_window(qtbot, window, visit)
    return window


@contextmanager
def language(branch: BranchApp, code: str) -> Iterator[None]:
    """The app in `code` for the block; English again after (the translator is the app's)."""
    branch.set_language(code)
    QApplication.processEvents()  # a new translator's LanguageChange is posted, not sent
    try:
        yield
    finally:
        branch.translations.apply("en")
        QApplication.processEvents()
