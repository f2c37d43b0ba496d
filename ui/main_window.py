"""The main window: navigation, the page in front, help, language, last login and logout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language, language_name
from desktop.money import format_datetime
from desktop.settings import LANGUAGES
from ui.pages.page import Page
from ui.widgets.fonts import make_heading
from ui.widgets.help_panel import HelpPanel

translate = QCoreApplication.translate

#: When the pages after the first start to be built, one per turn of the event loop (10-25 ms
#: each): after the first page's answer has come and been painted (about 0.1-0.3 s after the
#: login), so that building them never holds up what the customer came to see.
BUILD_LATER_AFTER_MS = 1000


class MainWindow(QMainWindow):
    """The window and its signals.

    logoutRequested(): the customer pressed Log out.
    closed(): the window was closed (the app logs out and quits).
    languageChosen(str): "sq" or "en".
    helpRequested(str): the help topic of the page in front.
    """

    logoutRequested = Signal()
    aboutRequested = Signal()
    closed = Signal()
    languageChosen = Signal(str)
    helpRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._last_login: dict[str, Any] | None = None
        self._customer_name = ""

        central = QWidget(self)
        self.customer_label = QLabel(central)
        self.customer_label.setObjectName("customerLabel")
        make_heading(self.customer_label, 1.2)
        self.last_login_label = QLabel(central)
        self.last_login_label.setObjectName("lastLoginLabel")
        self.language_selector = QComboBox(central)
        self.language_selector.setObjectName("languageSelector")
        for language in LANGUAGES:
            self.language_selector.addItem(language_name(language), language)
        self.help_button = QPushButton(central)
        self.help_button.setObjectName("helpButton")
        self.about_button = QPushButton(central)
        self.about_button.setObjectName("aboutButton")
        self.logout_button = QPushButton(central)
        self.logout_button.setObjectName("logoutButton")

        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigationList")
        self.pages = QStackedWidget(central)
        self._pending: list[Callable[[], Page]] = []
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(BUILD_LATER_AFTER_MS)
        self._build_timer.timeout.connect(self._build_next)
        self.pages.setObjectName("pageStack")
        self.banner_area = QVBoxLayout()

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.customer_label)
        names.addWidget(self.last_login_label)
        top.addLayout(names, 1)
        top.addWidget(self.language_selector)
        top.addWidget(self.help_button)
        top.addWidget(self.about_button)
        top.addWidget(self.logout_button)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(self.banner_area)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.help_dock = QDockWidget(self)
        self.help_dock.setObjectName("helpDock")
        self.help_dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea)
        # The panel itself comes at the first F1, or after the pages (help_panel): building it
        # took a third of the window's construction, right when the code was accepted.
        self._help_panel: HelpPanel | None = None
        self.help_dock.setVisible(False)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.help_dock)

        self.navigation.currentRowChanged.connect(self._show_row)
        self.language_selector.currentIndexChanged.connect(self._language_picked)
        self.help_button.clicked.connect(self.request_help)
        self.about_button.clicked.connect(self.aboutRequested)
        self.logout_button.clicked.connect(self.logoutRequested)
        self._help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self._help_shortcut.activated.connect(self.request_help)
        self.retranslate()

    @property
    def help_panel(self) -> HelpPanel:
        """The help of the page in front (helpPanel, in helpDock), built when first asked for."""
        if self._help_panel is None:
            panel = HelpPanel(current_language(), self.help_dock)
            panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
            panel.closed.connect(self._help_closed)
            self.help_dock.setWidget(panel)
            self._help_panel = panel
        return self._help_panel

    # --- pages --------------------------------------------------------------------------
    def add_page_later(self, build: Callable[[], Page]) -> None:
        """Adds a page built in a later turn of the event loop, one page per turn.

        Building every page at once took tens of milliseconds in a single turn right after the
        code was accepted: the window now appears with its first page and the others follow,
        from BUILD_LATER_AFTER_MS on. Asking for a page (page(), show_page(), page_list())
        builds what is still pending.
        """
        self._pending.append(build)
        if not self._build_timer.isActive():
            self._build_timer.start()

    def _build_next(self) -> None:
        if self._pending:
            self.add_page(self._pending.pop(0)())
        if self._pending:
            self._build_timer.start(0)
        else:
            self.help_panel  # the last step: the first F1 then opens at once  # noqa: B018

    def _build_pending(self) -> None:
        self._build_timer.stop()
        while self._pending:
            self.add_page(self._pending.pop(0)())

    def add_page(self, page: Page) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(page.nav_title())
        item.setData(Qt.ItemDataRole.UserRole, page.objectName())
        self.navigation.addItem(item)
        # A page whose menu title changes (the unread badge of Notifications) says so.
        title_changed = getattr(page, "navTitleChanged", None)
        if isinstance(title_changed, SignalInstance):
            title_changed.connect(self.refresh_navigation)
        self.refresh_navigation()

    def refresh_navigation(self) -> None:
        """Menu titles from the pages; a page's nav_description() is what screen readers add."""
        for row, page in enumerate(self.built_pages()):
            item = self.navigation.item(row)
            if item is None:
                continue
            item.setText(page.nav_title())
            describe = getattr(page, "nav_description", None)
            description = describe() if callable(describe) else ""
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setToolTip(description)
        self.navigation.setMaximumWidth(self.navigation.sizeHintForColumn(0) + 48)

    def built_pages(self) -> list[Page]:
        """The pages built so far (page_list() also builds those still pending)."""
        pages = [self.pages.widget(i) for i in range(self.pages.count())]
        return [p for p in pages if isinstance(p, Page)]

    def is_building(self) -> bool:
        """Whether pages of the menu are still being built, one per turn of the event loop."""
        return bool(self._pending)

    def page_list(self) -> list[Page]:
        self._build_pending()
        return self.built_pages()

    def page(self, object_name: str) -> Page:
        for page in self.built_pages():
            if page.objectName() == object_name:
                return page
        for page in self.page_list():  # it may still be pending
            if page.objectName() == object_name:
                return page
        raise KeyError(object_name)

    def current_page(self) -> Page:
        page = self.pages.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, object_name: str) -> Page:
        page = self.page(object_name)
        self.navigation.setCurrentRow(self.built_pages().index(page))
        return page

    def restrict_to(self, object_name: str | None) -> None:
        """Only this page can be used (a forced password change); None gives the menu back."""
        self.navigation.setVisible(object_name is None)
        self.navigation.setEnabled(object_name is None)
        if object_name is not None:
            self.show_page(object_name)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        page = self.current_page()
        page.activate()
        if self.help_dock.isVisible():
            # Open help follows the page in front.
            self.help_panel.show_topic(page.help_topic)

    def request_help(self) -> None:
        """F1 or the Help button: the help of the page in front, in the current language."""
        topic = self.current_page().help_topic
        self.help_panel.show_topic(topic)
        self.help_dock.setVisible(True)
        self.help_dock.raise_()
        self.help_panel.setFocus()
        self.helpRequested.emit(topic)

    def _help_closed(self) -> None:
        self.help_dock.setVisible(False)
        self.current_page().setFocus()

    # --- customer -----------------------------------------------------------------------
    def set_customer(self, name: str, last_login: dict[str, Any] | None) -> None:
        self._customer_name = name
        self._last_login = last_login
        self._show_customer()

    def _show_customer(self) -> None:
        self.customer_label.setText(self._customer_name)
        if self._last_login and self._last_login.get("at"):
            from datetime import datetime

            moment = datetime.fromisoformat(str(self._last_login["at"]))
            self.last_login_label.setText(
                translate("MainWindow", "Last login: {when}").format(
                    when=format_datetime(moment.astimezone(), current_language())
                )
            )
        else:
            self.last_login_label.setText(
                translate("MainWindow", "This is your first login to the Internet Branch.")
            )

    def add_banner(self, banner: QWidget) -> None:
        self.banner_area.addWidget(banner)

    # --- language -----------------------------------------------------------------------
    def _language_picked(self, index: int) -> None:
        language = self.language_selector.itemData(index)
        if isinstance(language, str):
            self.languageChosen.emit(language)

    def set_language(self, language: str) -> None:
        if self._help_panel is not None:
            self._help_panel.set_language(language)
        self.language_selector.blockSignals(True)
        self.language_selector.setCurrentIndex(self.language_selector.findData(language))
        self.language_selector.blockSignals(False)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Internet Branch"))
        self.language_selector.setAccessibleName(translate("MainWindow", "Language"))
        self.language_selector.setToolTip(translate("MainWindow", "Language"))
        self.help_button.setText(translate("MainWindow", "&Help"))
        self.help_button.setToolTip(translate("MainWindow", "Help for this page (F1)"))
        self.help_button.setAccessibleName(translate("MainWindow", "Help"))
        self.about_button.setText(translate("MainWindow", "A&bout"))
        self.about_button.setAccessibleName(translate("MainWindow", "About the Internet Branch"))
        self.logout_button.setText(translate("MainWindow", "&Log out"))
        self.logout_button.setAccessibleName(translate("MainWindow", "Log out"))
        self.navigation.setAccessibleName(translate("MainWindow", "Menu"))
        self.help_dock.setWindowTitle(translate("MainWindow", "Help"))
        self.refresh_navigation()
        self._show_customer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the main window ends the session: never a session left open behind it.
        self.closed.emit()
        super().closeEvent(event)
