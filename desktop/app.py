"""Composition root: settings, API client, session, windows (the one desktop module using ui/)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import gc
import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.activity import ActivityFilter
from desktop.api import ApiClient
from desktop.demo import DemoServer
from desktop.drafts import Drafts, restore_drafts, save_drafts
from desktop.i18n import Translations
from desktop.paths import ensure_data_dir
from desktop.secrets import RememberedLogin
from desktop.session import Session
from desktop.settings import DEFAULT_LANGUAGE, AppSettings
from desktop.tasks import spawn
from ui.login.login_window import LoginWindow
from ui.widgets.alive import alive
from ui.widgets.clipboard import clear_if_ours
from ui.widgets.first_paint import after_first_paint

if TYPE_CHECKING:
    import httpx

    from desktop.app_window import BranchWindow
    from desktop.notification_poller import NotificationPoller
    from ui.demo_phone import DemoPhone
    from ui.main_window import MainWindow
    from ui.pages.contacts_page import ContactsDialog
    from ui.widgets.idle_warning import IdleWarningDialog

translate = QCoreApplication.translate

#: Loaded after the login window is ready, leaves first (see BranchApp._prepare).
PRELOAD = (
    "ui.main_window",
    "ui.pages.accounts_page",
    "desktop.models.transactions",
    "ui.widgets.transaction_filters",
    "ui.widgets.balance_chart",
    "ui.pages.transactions_page",
    "ui.widgets.payment_form",
    "ui.pages.payments_page",
    "ui.pages.notifications_page",
    "ui.widgets.password_rules",
    "ui.pages.security_page",
    "ui.pages.complaints_page",
    "ui.pages.contacts_page",
    "desktop.app_window",
)


@dataclasses.dataclass(frozen=True, slots=True)
class Options:
    """The command line of UI.md."""

    server: str | None = None
    language: str | None = None
    data_dir: Path | None = None
    ca_file: Path | None = None


class BranchApp(QObject):
    """The running Internet Branch. Signals: finished() when the last window closed."""

    finished = Signal()
    #: The deferred start-up work is done (keyring asked, HTTP client built, demo server on).
    ready = Signal()

    def __init__(
        self,
        options: Options,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        remembered: RememberedLogin | None = None,
        monotonic: Callable[[], float] | None = None,
        timeouts: dict[str, float] | None = None,
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
        # Tests shorten the read timeout so a silent server costs a second, not twenty.
        self.api = ApiClient(url, transport=transport, ca_file=options.ca_file, timeouts=timeouts)
        # Tests pass a clock they move, so idle timeouts need no waiting.
        self.session = Session(self.api, self, monotonic=monotonic or time.monotonic)
        self.remembered = remembered or RememberedLogin()

        self.login_window = LoginWindow(self.session, self.remembered)
        self.login_window.set_language(self.language)
        self.demo_phone: DemoPhone | None = None  # built when the demo server starts
        # New notifications while logged in; a desktop pop-up where there is a system tray.
        self._poller: NotificationPoller | None = None  # built at the first login
        self.contacts_dialog: ContactsDialog | None = None
        self.main_window: MainWindow | None = None
        self._branch_window: BranchWindow | None = None
        self.idle_dialog: IdleWarningDialog | None = None
        # What the customer typed, kept in memory over an idle logout: {customer: {page: draft}}.
        self._drafts: Drafts = {}
        self._closing = False
        self.is_ready = False
        self._customer: str | None = None

        self._activity = ActivityFilter(self.session, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)

        self.login_window.languageChosen.connect(self.set_language)
        self.login_window.loggedIn.connect(self._code_accepted)
        self.login_window.contactsRequested.connect(self.show_contacts)
        self.login_window.destroyed.connect(self._quit_if_no_window)
        self.session.loggedOut.connect(self._logged_out)
        self.session.idleWarning.connect(self._idle_warning)
        self.session.idleWarningCleared.connect(self._idle_warning_cleared)

    # --- start and stop -----------------------------------------------------------------
    def start(self) -> None:
        """Shows the login window at once; everything else waits until it is painted."""
        self._place_windows()
        self.login_window.show()
        self.login_window.activateWindow()
        self.login_window.current_step().focus_first()
        after_first_paint(self.login_window, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Start-up work that must not delay the first window (bench/startup.py measures it)."""
        self.login_window.help_panel  # built now, hidden until F1 or Help  # noqa: B018
        if self.demo is not None:
            self.demo.start()  # its imports and database run in its own thread
        spawn(self._prepare())

    async def _prepare(self) -> None:
        # Finding the system keyring and loading httpx with its CA store take ~0.1 s each in
        # pure Python: in a thread, the window keeps answering meanwhile.
        await asyncio.to_thread(lambda: self.remembered.available)
        await asyncio.to_thread(self.api.warm_up)
        if not alive(self.login_window):
            return
        self.login_window.credentials.prefill_remembered()
        if self.demo is not None:
            # After the HTTP client exists: its first poll must not load httpx in this thread.
            self._show_demo_phone()
        self.is_ready = True
        self.ready.emit()
        # While the customer types: load the main window's modules one by one, each import a
        # short step of its own, so the first login does not wait for them.
        for module in PRELOAD:
            await asyncio.sleep(0.01)
            importlib.import_module(module)
        await asyncio.sleep(0.01)
        if self._closing or not alive(self.login_window):
            return  # the app closed while this ran
        # The poller asks the desktop for a system tray, an X round trip of 3-5 ms: now, not
        # at the login (it stays idle until start()).
        self.poller  # noqa: B018
        # Modules, classes and widgets of the start-up live as long as the app: out of the
        # cyclic collector's sight, its full passes stay short (gc.freeze is one list move;
        # the few cycles that may be garbage now stay, which costs less than looking).
        gc.freeze()

    def _place_windows(self) -> None:
        """The login window where it was left, else centred (the demo phone to its right)."""
        window = self.login_window
        if self._restore_geometry(window, "login"):
            return
        window.resize(window.sizeHint().expandedTo(window.minimumSizeHint()))
        screen = window.screen().availableGeometry()
        phone_width = 0 if self.demo is None else 380
        x = screen.x() + (screen.width() - window.width() - phone_width) // 2
        y = screen.y() + (screen.height() - window.height()) // 3
        window.move(max(screen.x(), x), max(screen.y(), y))

    def _place_demo_phone(self) -> None:
        if self.demo_phone is None:
            return
        geometry = self.login_window.frameGeometry()
        self.demo_phone.resize(360, max(420, geometry.height()))
        self.demo_phone.move(geometry.right() + 16, geometry.top())

    def _show_demo_phone(self) -> None:
        from desktop.services.demo_phone import DemoPhoneFeed
        from ui.demo_phone import DemoPhone

        self.demo_phone = DemoPhone(DemoPhoneFeed(self.api))
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
        if self._poller is not None:
            self._poller.stop()
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
    def _code_accepted(self, info: dict[str, Any]) -> None:
        # The main window is built in a turn of its own, not in the one that took the code's
        # answer (together they stalled the window for over 20 ms). A timer, not a queued
        # call: posted events may run in the same pass of the loop, before other timers.
        QTimer.singleShot(1, self, functools.partial(self._logged_in, info))

    def _logged_in(self, info: dict[str, Any]) -> None:
        from desktop.app_window import BranchWindow  # the pages load at the first login

        self._customer = self.session.customer_number
        branch_window = BranchWindow(self.api, self.session, self.poller)
        # The main window's objects are long-lived: keep them out of the cyclic collector's
        # full passes, as the start-up's were (_prepare). No collection first: a full one
        # here took ~30 ms, a stall of its own in the middle of the login.
        gc.freeze()
        # Shown in the next turn: building it and showing it took 15-18 ms in one.
        QTimer.singleShot(1, self, functools.partial(self._show_branch, branch_window, info))

    def _show_branch(self, branch_window: BranchWindow, info: dict[str, Any]) -> None:
        if self._closing or not self.session.active:  # closed or logged out in between
            branch_window.window.deleteLater()
            return
        branch_window.blocked.connect(lambda: spawn(self.session.logout("blocked")))
        window = branch_window.window
        self._branch_window = branch_window
        window.set_customer(self.session.customer_name, info.get("last_login"))
        window.set_language(self.language)
        window.languageChosen.connect(self.set_language)
        window.logoutRequested.connect(self._logout_pressed)
        window.aboutRequested.connect(functools.partial(self.show_about, window))
        window.closed.connect(self._main_window_closed)
        self.main_window = window
        restore_drafts(self._drafts, self._customer or "", window.page_list)
        if not self._restore_geometry(window, "main"):
            window.resize(1100, 700)
        window.show()
        window.activateWindow()
        self.settings.set_geometry("login", self.login_window.saveGeometry())
        self.login_window.hide()
        branch_window.open()

    def show_about(self, parent: QWidget) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from ui.widgets.about_dialog import AboutDialog

        try:
            number = version("bkt-branch")
        except PackageNotFoundError:
            number = "development"
        dialog = AboutDialog(number, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _restore_geometry(self, window: QWidget, name: str) -> bool:
        """The window where the customer left it last time (size and position, QSettings)."""
        state = self.settings.geometry(name)
        return state is not None and window.restoreGeometry(state)

    def show_contacts(self) -> None:
        """The contacts before login (the login window's Contacts button)."""
        if self.contacts_dialog is None:
            from desktop.services.info import InfoService
            from ui.pages.contacts_page import ContactsDialog

            self.contacts_dialog = ContactsDialog(InfoService(self.api), self.login_window)
        self.contacts_dialog.show()
        self.contacts_dialog.raise_()
        self.contacts_dialog.activateWindow()

    @property
    def poller(self) -> NotificationPoller:
        """Polls for new notifications while a customer is logged in (built at the first login)."""
        if self._poller is None:
            from desktop.notification_poller import NotificationPoller, tray_notifier
            from desktop.services.notifications import NotificationsService

            self._poller = NotificationPoller(
                NotificationsService(self.api), self, notifier=tray_notifier(self)
            )
        return self._poller

    def _logout_pressed(self) -> None:
        spawn(self.session.logout("user"))

    def _main_window_closed(self) -> None:
        if self.session.active:
            spawn(self.session.logout("user"))
        self._closing = True
        QTimer.singleShot(0, self.finished.emit)

    def _logged_out(self, reason: str) -> None:
        if self._poller is not None:
            self._poller.stop()
        window = self.main_window
        self.main_window = None
        self._branch_window = None
        self._idle_warning_cleared()
        if window is not None:
            if reason in ("idle", "expired") and self._customer:
                # A page never built holds nothing typed.
                save_drafts(self._drafts, self._customer, window.built_pages())
            else:
                self._drafts.clear()
            window.closed.disconnect(self._main_window_closed)
            self.settings.set_geometry("main", window.saveGeometry())
            window.hide()
            window.deleteLater()
        self._clear_clipboard()
        if self._closing:
            return
        message = {
            "idle": "logged_out_idle",
            "expired": "session_expired",
            "blocked": "user_blocked",
        }.get(reason)
        self.login_window.reset_to_start(message)
        self.login_window.show()
        self.login_window.activateWindow()

    def _clear_clipboard(self) -> None:
        clear_if_ours()

    # --- idle warning -------------------------------------------------------------------
    def _idle_warning(self, seconds: int) -> None:
        if self.idle_dialog is None:
            from ui.widgets.idle_warning import IdleWarningDialog

            self.idle_dialog = IdleWarningDialog(self.main_window)
            self.idle_dialog.continueRequested.connect(self.session.keep_alive)
            self.idle_dialog.logoutRequested.connect(self._logout_pressed)
        self.idle_dialog.show_countdown(seconds)

    def _idle_warning_cleared(self) -> None:
        if self.idle_dialog is not None:
            self.idle_dialog.hide()
            self.idle_dialog.deleteLater()
            self.idle_dialog = None
