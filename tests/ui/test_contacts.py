"""Contacts from GET /info: on their page and before login, copied and opened by keyboard alone."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from desktop.services.info import mailto_url, tel_url, whatsapp_url
from server_stub.services.backend import Backend
from tests.server.conftest import DEMO_PHONES
from tests.ui.test_login_keyboard import last_code
from ui.main_window import MainWindow
from ui.pages.contacts_page import ContactsPage
from ui.pages.page import Page

TAB = Qt.Key.Key_Tab
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def visible_child(parent: QWidget, kind: type, name: str) -> QWidget:
    """The visible widget of that name (several login steps share names such as otpEdit)."""
    for widget in parent.findChildren(QWidget, name):
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    raise AssertionError(f"no visible {kind.__name__} named {name}")


def log_in(
    qtbot: QtBot,
    branch: BranchApp,
    backend: Backend,
    number: str = "123456789",
    password: str = "Tirana2026",
) -> MainWindow:
    """By keyboard alone: login ID, Tab, password, Enter, the SMS code, Enter."""
    window = branch.login_window
    if not window.isVisible():
        branch.start()
    qtbot.waitExposed(window)
    window.activateWindow()
    login_id = visible_child(window, QLineEdit, "loginIdEdit")
    if QApplication.focusWidget() is not login_id:
        login_id.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login_id)
    qtbot.keyClick(login_id, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(login_id, number)
    qtbot.keyClick(login_id, TAB)
    assert focused().objectName() == "passwordEdit"
    qtbot.keyClicks(focused(), password)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused().objectName() == "otpEdit", timeout=5000)
    qtbot.keyClicks(focused(), last_code(backend, DEMO_PHONES[number]))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: branch.main_window is not None and branch.main_window.isVisible(), timeout=5000
    )
    assert branch.main_window is not None
    return branch.main_window


def open_page(qtbot: QtBot, window: MainWindow, name: str) -> Page:
    """Walks the menu with the arrow keys until the page is in front."""
    window.page_list()  # the menu is complete once every page is built
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Home)
    for _ in range(window.navigation.count()):
        if window.current_page().objectName() == name:
            return window.current_page()
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page().objectName() == name
    return window.current_page()


class LinkRecorder(QObject):
    """Stands in for the system's phone, mail and browser applications."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def record_links() -> LinkRecorder:
    recorder = LinkRecorder()
    for scheme in ("tel", "mailto", "https"):
        # The stubs ask for bytes; PySide6 itself wants the slot name as str.
        QDesktopServices.setUrlHandler(scheme, recorder, "open")  # type: ignore[arg-type]
    return recorder


def forget_links() -> None:
    for scheme in ("tel", "mailto", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def label_text(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def press(qtbot: QtBot, parent: QWidget, name: str) -> None:
    """Tabs to the button of that name, then presses Space on it."""
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    for _ in range(40):
        if focused() is button:
            break
        qtbot.keyClick(focused(), TAB)
    assert focused() is button, f"Tab never reached {name}"
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_links_are_what_the_system_applications_expect() -> None:
    assert tel_url("+355 4 2266 288") == "tel:+35542266288"
    assert tel_url("00355 4 2266 288") == "tel:+35542266288"
    assert mailto_url(" info@bkt.com.al ") == "mailto:info@bkt.com.al"
    assert whatsapp_url("+355 67 400 0018") == "https://wa.me/355674000018"


def test_contacts_page_shows_the_servers_contacts_and_copies_and_opens_them(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    # A number the client could not know: the page must show what GET /info says.
    backend.settings = dataclasses.replace(backend.settings, call_center="+355 4 2266 999")
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "contactsPage")
    assert page.nav_title() == "Contacts"
    qtbot.waitUntil(lambda: label_text(page, "callCenterValue") == "+355 4 2266 999")
    assert label_text(page, "emailValue1") == "callcenter@bkt.com.al"
    assert label_text(page, "emailValue2") == "info@bkt.com.al"
    assert label_text(page, "whatsappValue") == "+355 67 400 0018"

    recorder = record_links()
    try:
        qtbot.keyClick(window.navigation, TAB)
        press(qtbot, page, "copyCallCenterButton")
        assert QGuiApplication.clipboard().text() == "+355 4 2266 999"
        assert "+355 4 2266 999" in label_text(page, "contactsStatusLabel")
        press(qtbot, page, "callCallCenterButton")
        press(qtbot, page, "writeEmailButton2")
        press(qtbot, page, "openWhatsappButton")
        press(qtbot, page, "copyEmailButton1")
        assert QGuiApplication.clipboard().text() == "callcenter@bkt.com.al"
    finally:
        forget_links()
    # Logging out takes back what the app put on the clipboard.
    logout = window.findChild(QPushButton, "logoutButton")
    assert logout is not None
    logout.click()
    qtbot.waitUntil(lambda: branch.main_window is None, timeout=5000)
    assert QGuiApplication.clipboard().text() == ""
    assert recorder.opened == [
        "tel:+35542266999",
        "mailto:info@bkt.com.al",
        "https://wa.me/355674000018",
    ]


def test_the_complaint_link_opens_the_form(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "contactsPage")
    qtbot.waitUntil(lambda: bool(page.findChildren(QLabel, "callCenterValue")))
    qtbot.keyClick(window.navigation, TAB)
    press(qtbot, page, "complaintFormButton")
    assert window.current_page().objectName() == "complaintsPage"
    assert focused().objectName() == "complaintKindCombo"


def test_contacts_before_login_from_the_login_window(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    backend.settings = dataclasses.replace(backend.settings, whatsapp="+355 69 000 0001")
    branch.start()
    login = branch.login_window
    qtbot.waitExposed(login)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)  # the "C&ontacts" button
    qtbot.waitUntil(lambda: login.findChild(QDialog, "contactsDialog") is not None)
    dialog = login.findChild(QDialog, "contactsDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QLabel, "whatsappValue")), timeout=5000)
    assert label_text(dialog, "whatsappValue") == "+355 69 000 0001"
    assert label_text(dialog, "callCenterValue") == "+355 4 2266 288"
    # Not logged in: no complaint form to go to.
    button = dialog.findChild(QPushButton, "complaintFormButton")
    assert button is not None
    assert not button.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_coming_back_to_contacts_keeps_the_focus_and_shows_a_changed_number(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "contactsPage")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: bool(page.findChildren(QLabel, "callCenterValue")))
    qtbot.keyClick(window.navigation, TAB)
    press(qtbot, page, "copyEmailButton1")
    button = focused()
    # The page asks again each time it comes to the front; the same contacts change nothing.
    with qtbot.waitSignal(page.contacts.loaded, timeout=5000):
        page.activate()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what a rebuild would drop
    assert focused() is button
    backend.settings = dataclasses.replace(backend.settings, call_center="+355 4 2266 777")
    with qtbot.waitSignal(page.contacts.loaded, timeout=5000):
        page.activate()
    # The old row's widgets go at the next turn of the event loop.
    qtbot.waitUntil(lambda: label_text(page, "callCenterValue") == "+355 4 2266 777")
    new_button = page.findChild(QPushButton, "copyCallCenterButton")
    assert new_button is not None
    assert new_button.isVisible()
