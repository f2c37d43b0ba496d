"""Help on every step and page: F1 and the Help button open the topic of what is in front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from desktop.help import TOPICS, load_help
from server_stub.services.backend import Backend
from tests.ui.security_helpers import login_by_keyboard, open_login_window
from ui.widgets.help_panel import HelpPanel

LOGIN_STEPS = {
    "credentials": "login",
    "code": "otp",
    "registration": "registration",
    "reset_start": "forgot_password",
}
PAGES = {
    "accountsPage": "accounts",
    "transactionsPage": "transactions",
    "paymentsPage": "payments",
    "notificationsPage": "notifications",
    "securityPage": "security",
    "complaintsPage": "complaints",
    "contactsPage": "contacts",
}


def press_f1(qtbot: QtBot) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def test_every_topic_has_help_in_both_languages() -> None:
    for topic in TOPICS:
        for language in ("sq", "en"):
            assert load_help(topic, language).startswith("#")
    assert set(LOGIN_STEPS.values()) | set(PAGES.values()) | {"virtual_keyboard"} <= set(TOPICS)


def test_f1_on_each_login_step_opens_its_help(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_login_window(qtbot, branch)
    panel = window.findChild(HelpPanel, "helpPanel")
    assert panel is not None
    for attribute, topic in LOGIN_STEPS.items():
        window.show_step(getattr(window, attribute))
        press_f1(qtbot)
        qtbot.waitUntil(panel.isVisible)
        assert panel.current_topic() == topic
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not panel.isVisible())
    # The virtual keyboard in use has help of its own.
    window.show_step(window.credentials)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.keyboard.hasFocus)
    press_f1(qtbot)
    qtbot.waitUntil(panel.isVisible)
    assert panel.current_topic() == "virtual_keyboard"


def test_help_button_and_language_on_the_login_window(qtbot: QtBot, branch: BranchApp) -> None:
    window = open_login_window(qtbot, branch)
    button = window.findChild(QPushButton, "helpButton")
    assert button is not None
    button.click()
    panel = window.findChild(HelpPanel, "helpPanel")
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    assert panel.current_topic() == "login"
    branch.set_language("sq")
    assert panel.language() == "sq"
    branch.set_language("en")


def test_f1_on_each_page_opens_its_help(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    # The panel is built after the pages, one step per turn of the event loop.
    qtbot.waitUntil(lambda: main.findChild(HelpPanel, "helpPanel") is not None)
    panel = main.findChild(HelpPanel, "helpPanel")
    assert panel is not None
    for name, topic in PAGES.items():
        page = main.show_page(name)
        page.setFocus()
        press_f1(qtbot)
        qtbot.waitUntil(panel.isVisible)
        assert panel.current_topic() == topic, name
    # Help stays open and follows the page in front.
    main.show_page("accountsPage")
    assert panel.current_topic() == "accounts"
    button = main.findChild(QPushButton, "helpButton")
    assert button is not None
    main.show_page("contactsPage")
    button.click()
    assert panel.current_topic() == "contacts"
