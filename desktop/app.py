"""Composition root: settings, API client, session, windows (the one desktop module using ui/)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api import ApiClient
from desktop.demo import DemoServer
from desktop.i18n import Translations
from desktop.paths import ensure_data_dir
from desktop.secrets import RememberedLogin
from desktop.services.accounts import AccountsService
from desktop.services.demo_phone import DemoPhoneFeed
from desktop.session import Session
from desktop.settings import DEFAULT_LANGUAGE, AppSettings
from desktop.tasks import spawn
from ui.demo_phone import DemoPhone
from ui.login.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.pages.accounts_page import AccountsPage
from ui.pages.page import Page
from ui.widgets.idle_warning import IdleWarningDialog

translate = QCoreApplication.translate

#: Events that count as the customer being present (the idle timer).
_ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
)


@dataclasses.dataclass(frozen=True, slots=True)
class Options:
    """The command line of UI.md."""

    server: str | None = None
    language: str | None = None
    data_dir: Path | None = None
    ca_file: Path | None = None


class ActivityFilter(QObject):
    """Reports the customer's own input to the session, so only real inactivity logs out."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._session.note_activity()
        return False


class BranchApp(QObject):
    """The running Internet Branch. Signals: finished() when the last window closed."""

    finished = Signal()

    def __init__(
        self,
        options: Options,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        remembered: RememberedLogin | None = None,
    ) -> None:
        super().__init__()
        self.options = options
        self.data_dir = ensure_data_dir(options.data_dir)
        self.settings = AppSettings(self.data_dir)
        self.translations = Translations()
        self.language = options.language or self.settings.language or DEFAULT_LANGUAGE
        self.translations.apply(self.language)

        self.demo: DemoServer | None = None
        if options.server:
            url = options.server
        else:
            self.demo = DemoServer(self.data_dir)
            url = self.demo.url
        self.api = ApiClient(url, transport=transport, ca_file=options.ca_file)
        self.session = Session(self.api, self)
        self.remembered = remembered or RememberedLogin()

        self.login_window = LoginWindow(self.session, self.remembered)
        self.login_window.set_language(self.language)
        self.demo_phone = DemoPhone(DemoPhoneFeed(self.api)) if self.demo else None
        self.main_window: MainWindow | None = None
        self.idle_dialog: IdleWarningDialog | None = None
        # What the customer typed, kept in memory over an idle logout: {customer: {page: draft}}.
        self._drafts: dict[str, dict[str, dict[str, Any]]] = {}
        self._closing = False
        self._customer: str | None = None

        self._activity = ActivityFilter(self.session, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)

        self.login_window.languageChosen.connect(self.set_language)
        self.login_window.loggedIn.connect(self._logged_in)
        self.login_window.destroyed.connect(self._quit_if_no_window)
        self.session.loggedOut.connect(self._logged_out)
        self.session.idleWarning.connect(self._idle_warning)
        self.session.idleWarningCleared.connect(self._idle_warning_cleared)

    # --- start and stop -----------------------------------------------------------------
    def start(self) -> None:
        self.login_window.resize(
            self.login_window.sizeHint().expandedTo(self.login_window.minimumSizeHint())
        )
        self.login_window.show()
        self.login_window.activateWindow()
        self.login_window.current_step().focus_first()
        if self.demo is not None:
            # After the window is on screen: the server's imports must not delay it.
            QTimer.singleShot(0, self._start_demo)

    def _place_windows(self) -> None:
        """The login window centred (with the demo phone to its right in demo mode)."""
        window = self.login_window
        window.resize(window.sizeHint().expandedTo(window.minimumSizeHint()))
        screen = window.screen().availableGeometry()
        phone_width = 0 if self.demo_phone is None else 380
        x = screen.x() + (screen.width() - window.width() - phone_width) // 2
        y = screen.y() + (screen.height() - window.height()) // 3
        window.move(max(screen.x(), x), max(screen.y(), y))

    def _place_demo_phone(self) -> None:
        if self.demo_phone is None:
            return
        geometry = self.login_window.frameGeometry()
        self.demo_phone.resize(360, max(420, geometry.height()))
        self.demo_phone.move(geometry.right() + 16, geometry.top())

    def _start_demo(self) -> None:
        assert self.demo is not None
        assert self.demo_phone is not None
        self.demo.start()
        self._place_demo_phone()
        self.demo_phone.show()
        # The window manager may have moved the login window meanwhile: follow it once more.
        QTimer.singleShot(300, self._place_demo_phone)
        self.demo_phone.start()
        # The customer types into the login window, not the phone.
        self.login_window.activateWindow()

    def bring_to_front(self) -> None:
        window: QWidget = self.main_window or self.login_window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    async def shutdown(self) -> None:
        """Ends the session on the server, stops the demo server, closes the HTTP client."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
        if self.session.active:
            await self.session.logout("user")
        if self.demo_phone is not None:
            self.demo_phone.stop()
            self.demo_phone.close()
        await self.api.aclose()
        if self.demo is not None:
            await asyncio.to_thread(self.demo.stop)

    def _quit_if_no_window(self) -> None:
        if not self._closing:
            self._closing = True
            self.finished.emit()

    # --- language -----------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switches every window at once and remembers the choice."""
        if language == self.language:
            return
        self.language = language
        self.translations.apply(language)
        self.settings.language = language
        self.login_window.set_language(language)
        if self.main_window is not None:
            self.main_window.set_language(language)

    # --- login and logout ---------------------------------------------------------------
    def _logged_in(self, info: dict[str, Any]) -> None:
        self._customer = self.session.customer_number
        window = MainWindow()
        for page in self._build_pages():
            window.add_page(page)
        window.set_customer(self.session.customer_name, info.get("last_login"))
        window.set_language(self.language)
        window.languageChosen.connect(self.set_language)
        window.logoutRequested.connect(self._logout_pressed)
        window.closed.connect(self._main_window_closed)
        self.main_window = window
        self._restore_drafts(window)
        window.resize(1100, 700)
        window.show()
        window.activateWindow()
        self.login_window.hide()
        window.show_page("accountsPage")
        window.navigation.setFocus()

    def _build_pages(self) -> list[Page]:
        """The main window's pages, in menu order, each with the services it needs."""
        return [
            AccountsPage(AccountsService(self.api)),
        ]

    def _restore_drafts(self, window: MainWindow) -> None:
        customer = self._customer or ""
        drafts = self._drafts.pop(customer, None)
        # Another customer's drafts are dropped, never shown.
        self._drafts.clear()
        if drafts:
            for page in window.page_list():
                if page.objectName() in drafts:
                    page.restore_draft(drafts[page.objectName()])

    def _save_drafts(self, window: MainWindow, customer: str) -> None:
        drafts = {}
        for page in window.page_list():
            draft = page.draft()
            if draft:
                drafts[page.objectName()] = draft
        if drafts:
            self._drafts[customer] = drafts

    def _logout_pressed(self) -> None:
        spawn(self.session.logout("user"))

    def _main_window_closed(self) -> None:
        if self.session.active:
            spawn(self.session.logout("user"))
        self._closing = True
        QTimer.singleShot(0, self.finished.emit)

    def _logged_out(self, reason: str) -> None:
        window = self.main_window
        self.main_window = None
        self._idle_warning_cleared()
        if window is not None:
            if reason in ("idle", "expired") and self._customer:
                self._save_drafts(window, self._customer)
            else:
                self._drafts.clear()
            window.closed.disconnect(self._main_window_closed)
            window.hide()
            window.deleteLater()
        self._clear_clipboard()
        if self._closing:
            return
        message = {"idle": "logged_out_idle", "expired": "session_expired"}.get(reason)
        self.login_window.reset_to_start(message)
        self.login_window.show()
        self.login_window.activateWindow()

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        with contextlib.suppress(RuntimeError):
            if clipboard.ownsClipboard():
                clipboard.clear()

    # --- idle warning -------------------------------------------------------------------
    def _idle_warning(self, seconds: int) -> None:
        if self.idle_dialog is None:
            self.idle_dialog = IdleWarningDialog(self.main_window)
            self.idle_dialog.continueRequested.connect(self.session.keep_alive)
            self.idle_dialog.logoutRequested.connect(self._logout_pressed)
        self.idle_dialog.show_countdown(seconds)

    def _idle_warning_cleared(self) -> None:
        if self.idle_dialog is not None:
            self.idle_dialog.hide()
            self.idle_dialog.deleteLater()
            self.idle_dialog = None
