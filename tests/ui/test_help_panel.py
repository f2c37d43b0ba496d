"""The help panel: shows a topic, switches language, searches, and works by keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QInputMethodEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.help import TOPICS
from ui.widgets.help_panel import HelpPanel

ENTER = Qt.Key.Key_Return


def parts(panel: HelpPanel) -> tuple[QLineEdit, QListWidget, QTextBrowser, QToolButton, QLabel]:
    """The panel's widgets as the acceptance checks find them: by object name."""
    search = panel.findChild(QLineEdit, "helpSearchEdit")
    results = panel.findChild(QListWidget, "helpResultsList")
    browser = panel.findChild(QTextBrowser, "helpBrowser")
    close = panel.findChild(QToolButton, "helpCloseButton")
    empty = panel.findChild(QLabel, "helpNoResultsLabel")
    assert search is not None
    assert results is not None
    assert browser is not None
    assert close is not None
    assert empty is not None
    return search, results, browser, close, empty


@pytest.fixture
def panel(qtbot) -> HelpPanel:
    panel = HelpPanel("sq")
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_text(widget: QWidget, text: str) -> None:
    """Types text with ë or ç as an input method does (keyClicks cannot send them)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def result_topics(results: QListWidget) -> list[str]:
    return [results.item(row).data(Qt.ItemDataRole.UserRole) for row in range(results.count())]


def test_object_name_and_empty_start(panel: HelpPanel) -> None:
    assert panel.objectName() == "helpPanel"
    assert panel.current_topic() == ""
    search, results, browser, _close, _empty = parts(panel)
    assert search.placeholderText() == "Search help"
    assert browser.isReadOnly()
    assert not results.isVisible()


def test_show_topic_renders_that_topic(panel: HelpPanel) -> None:
    _search, _results, browser, _close, _empty = parts(panel)
    panel.show_topic("otp")
    assert panel.current_topic() == "otp"
    text = browser.toPlainText()
    assert text.startswith("Kodi FNP me SMS")
    assert "Ridërgo kodin" in text
    # Rendered, not shown as source.
    assert "**" not in text
    assert "](" not in text
    assert browser.accessibleDescription() == "Kodi FNP me SMS"


def test_every_topic_can_be_shown(panel: HelpPanel) -> None:
    _search, _results, browser, _close, _empty = parts(panel)
    for topic in TOPICS:
        panel.show_topic(topic)
        assert panel.current_topic() == topic
        assert browser.toPlainText().strip()


def test_an_unknown_topic_is_refused_and_the_shown_one_stays(panel: HelpPanel) -> None:
    panel.show_topic("login")
    with pytest.raises(ValueError, match="topic"):
        panel.show_topic("nowhere")
    assert panel.current_topic() == "login"


def test_set_language_switches_the_shown_topic(panel: HelpPanel) -> None:
    _search, _results, browser, _close, _empty = parts(panel)
    panel.show_topic("security")
    assert browser.toPlainText().startswith("Mbi Sigurinë")
    panel.set_language("en")
    assert panel.current_topic() == "security"
    assert browser.toPlainText().startswith("About Security")
    assert panel.language() == "en"
    with pytest.raises(ValueError, match="language"):
        panel.set_language("de")
    assert panel.language() == "en"


def test_typing_shows_results_and_enter_on_a_row_opens_it(qtbot, panel: HelpPanel) -> None:
    search, results, browser, _close, _empty = parts(panel)
    panel.show_topic("login")
    focus(qtbot, search)
    qtbot.keyClicks(search, "SIM")
    assert results.isVisible()
    assert not browser.isVisible()
    topics = result_topics(results)
    assert "security" in topics
    assert "SIM" in results.item(topics.index("security")).text()

    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert results.hasFocus()
    for _ in range(topics.index("security")):
        qtbot.keyClick(results, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.topicShown) as shown:
        qtbot.keyClick(results, ENTER)
    assert shown.args == ["security"]
    assert panel.current_topic() == "security"
    assert browser.isVisible()
    assert not results.isVisible()
    assert browser.hasFocus()
    assert browser.toPlainText().startswith("Mbi Sigurinë")


def test_enter_in_the_search_box_opens_the_first_result(qtbot, panel: HelpPanel) -> None:
    search, results, _browser, _close, _empty = parts(panel)
    focus(qtbot, search)
    qtbot.keyClicks(search, "camt")
    assert result_topics(results) == ["transactions"]
    qtbot.keyClick(search, ENTER)
    assert panel.current_topic() == "transactions"


def test_a_click_on_a_result_opens_it(qtbot, panel: HelpPanel) -> None:
    search, results, _browser, _close, _empty = parts(panel)
    focus(qtbot, search)
    qtbot.keyClicks(search, "WhatsApp")
    row = result_topics(results).index("contacts")
    rect = results.visualItemRect(results.item(row))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_topic() == "contacts"


def test_albanian_letters_typed_or_not_find_the_same(qtbot, panel: HelpPanel) -> None:
    search, results, _browser, _close, _empty = parts(panel)
    focus(qtbot, search)
    type_text(search, "përditësim")
    assert search.text() == "përditësim"
    accented = result_topics(results)
    assert "payments" in accented
    assert "përditësimit" in results.item(accented.index("payments")).text()
    search.clear()
    qtbot.keyClicks(search, "perditesim")
    assert result_topics(results) == accented


def test_no_match_says_so_and_clearing_returns_to_the_topic(qtbot, panel: HelpPanel) -> None:
    search, results, browser, _close, empty = parts(panel)
    panel.show_topic("accounts")
    focus(qtbot, search)
    qtbot.keyClicks(search, "xyzzy")
    assert empty.isVisible()
    assert not results.isVisible()
    assert empty.text() == "No help matches your search."
    search.clear()
    assert browser.isVisible()
    assert not empty.isVisible()
    assert panel.current_topic() == "accounts"


def test_set_language_redoes_the_search(qtbot, panel: HelpPanel) -> None:
    search, results, _browser, _close, _empty = parts(panel)
    focus(qtbot, search)
    qtbot.keyClicks(search, "SIM")
    assert "Anuloni" in " ".join(results.item(row).text() for row in range(results.count()))
    panel.set_language("en")
    texts = " ".join(results.item(row).text() for row in range(results.count()))
    assert "Cancel the SIM card" in texts
    assert results.isVisible()


def test_help_links_open_topics_and_others_go_to_the_system(qtbot, panel: HelpPanel) -> None:
    _search, _results, browser, _close, _empty = parts(panel)

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url.toString())

    catcher = Catcher()
    for scheme in ("https", "mailto", "tel", "file"):
        # The stubs say bytes; PySide6 6.12 accepts only the slot name as str.
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]
    try:
        panel.show_topic("login")
        browser.anchorClicked.emit(QUrl("help:registration"))
        assert panel.current_topic() == "registration"
        browser.anchorClicked.emit(QUrl("help:nowhere"))
        assert panel.current_topic() == "registration"
        for url in ("mailto:info@bkt.com.al", "tel:+35542266288", "https://wa.me/355674000018"):
            browser.anchorClicked.emit(QUrl(url))
        browser.anchorClicked.emit(QUrl("file:///etc/passwd"))  # never opened from help
        assert catcher.urls == [
            "mailto:info@bkt.com.al",
            "tel:+35542266288",
            "https://wa.me/355674000018",
        ]
    finally:
        for scheme in ("https", "mailto", "tel", "file"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_esc_closes_from_every_part_of_the_panel(qtbot, panel: HelpPanel) -> None:
    search, results, browser, close, _empty = parts(panel)
    panel.show_topic("login")
    for widget in (browser, close, search):
        focus(qtbot, widget)
        with qtbot.waitSignal(panel.closed, timeout=500):
            qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.keyClicks(search, "SIM")
    focus(qtbot, results)
    with qtbot.waitSignal(panel.closed, timeout=500):
        qtbot.keyClick(results, Qt.Key.Key_Escape)


def test_the_close_button_closes(qtbot, panel: HelpPanel) -> None:
    _search, _results, _browser, close, _empty = parts(panel)
    with qtbot.waitSignal(panel.closed, timeout=500):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    focus(qtbot, close)
    with qtbot.waitSignal(panel.closed, timeout=500):
        qtbot.keyClick(close, Qt.Key.Key_Space)


def test_ctrl_f_goes_to_the_search_box(qtbot, panel: HelpPanel) -> None:
    search, _results, browser, _close, _empty = parts(panel)
    panel.show_topic("login")
    focus(qtbot, browser)
    qtbot.keySequence(browser, QKeySequence(QKeySequence.StandardKey.Find))
    assert search.hasFocus()


def test_inside_a_window_esc_and_enter_stay_with_the_panel(qtbot) -> None:
    # A dialog whose Esc shortcut and default button must not fire while help has the focus.
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    default = QPushButton("Continue")
    default.setDefault(True)
    panel = HelpPanel("en")
    layout.addWidget(default)
    layout.addWidget(panel)
    window_esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), dialog)
    fired: list[str] = []
    window_esc.activated.connect(lambda: fired.append("esc"))
    default.clicked.connect(lambda: fired.append("enter"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    search, results, _browser, _close, _empty = parts(panel)
    focus(qtbot, search)
    qtbot.keyClicks(search, "SIM")
    focus(qtbot, results)
    qtbot.keyClick(results, ENTER)
    assert panel.current_topic() in TOPICS
    with qtbot.waitSignal(panel.closed, timeout=500):
        qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert fired == []
    assert dialog.isVisible()


def test_every_focusable_widget_has_an_accessible_name(panel: HelpPanel) -> None:
    search, _results, _browser, _close, _empty = parts(panel)
    search.setText("SIM")  # the results list too
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(panel)
    ]
    assert len(focusable) >= 3
    unnamed = [w.objectName() or type(w).__name__ for w in focusable if not w.accessibleName()]
    assert unnamed == []


def test_follows_the_system_palette_and_font(panel: HelpPanel) -> None:
    for widget in [panel, *panel.findChildren(QWidget)]:
        assert widget.styleSheet() == ""
        assert not widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette), widget.objectName()
        assert not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont), widget.objectName()


class Prefixing(QTranslator):
    """A stand-in language: every help panel string comes back with a prefix."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"XX {source}" if context == "HelpPanel" else None

    def isEmpty(self) -> bool:
        return False


def test_a_language_change_retranslates_every_string(qtbot, panel: HelpPanel) -> None:
    search, results, browser, close, empty = parts(panel)
    app = QCoreApplication.instance()
    assert app is not None
    translator = Prefixing()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: search.placeholderText() == "XX Search help")
        assert search.accessibleName() == "XX Search help"
        assert close.text() == "XX Close"
        assert close.accessibleName() == "XX Close help"
        assert results.accessibleName() == "XX Help search results"
        assert browser.accessibleName() == "XX Help text"
        assert empty.text() == "XX No help matches your search."
        assert panel.accessibleName() == "XX Help"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: search.placeholderText() == "Search help")
