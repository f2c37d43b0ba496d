"""Composition root: settings, API client, session, windows (the one desktop module using ui/)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api import ApiClient, BankError
from desktop.demo import DemoServer
from desktop.i18n import Translations
from desktop.notification_poller import NotificationPoller, tray_notifier
from desktop.password_rules import expiry_reminder_days
from desktop.paths import ensure_data_dir
from desktop.secrets import RememberedLogin
from desktop.services.accounts import AccountsService
from desktop.services.beneficiaries import BeneficiariesService
from desktop.services.complaints import ComplaintsService
from desktop.services.demo_phone import DemoPhoneFeed
from desktop.services.info import InfoService
from desktop.services.notifications import NotificationsService
from desktop.services.payments import PaymentsService
from desktop.services.security import SecurityService
from desktop.services.transactions import TransactionsService
from desktop.session import Session
from desktop.settings import DEFAULT_LANGUAGE, AppSettings
from desktop.tasks import spawn
from ui.demo_phone import DemoPhone
from ui.login.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.pages.accounts_page import AccountsPage
from ui.pages.complaints_page import ComplaintsPage
from ui.pages.contacts_page import ContactsDialog, ContactsPage
from ui.pages.notifications_page import NotificationsPage
from ui.pages.page import Page
from ui.pages.payments_page import PaymentsPage
from ui.pages.security_page import PasswordExpiryBanner, SecurityPage
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.alive import alive
from ui.widgets.clipboard import clear_if_ours
from ui.widgets.first_paint import after_first_paint
from ui.widgets.idle_warning import IdleWarningDialog

if TYPE_CHECKING:
    import httpx

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
    #: The deferred start-up work is done (keyring asked, HTTP client built, demo server on).
    ready = Signal()

    def __init__(
        self,
        options: Options,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        remembered: RememberedLogin | None = None,
        monotonic: Callable[[], float] | None = None,
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
        # Tests pass a clock they move, so idle timeouts need no waiting.
        self.session = Session(self.api, self, monotonic=monotonic or time.monotonic)
        self.remembered = remembered or RememberedLogin()

        self.login_window = LoginWindow(self.session, self.remembered)
        self.login_window.set_language(self.language)
        self.demo_phone = DemoPhone(DemoPhoneFeed(self.api)) if self.demo else None
        # New notifications while logged in; a desktop pop-up where there is a system tray.
        self.poller = NotificationPoller(
            NotificationsService(self.api), self, notifier=tray_notifier(self)
        )
        self.contacts_dialog: ContactsDialog | None = None
        self.main_window: MainWindow | None = None
        self.idle_dialog: IdleWarningDialog | None = None
        # What the customer typed, kept in memory over an idle logout: {customer: {page: draft}}.
        self._drafts: dict[str, dict[str, dict[str, Any]]] = {}
        self._closing = False
        self.is_ready = False
        self._customer: str | None = None

        self._activity = ActivityFilter(self.session, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)

        self.login_window.languageChosen.connect(self.set_language)
        self.login_window.loggedIn.connect(self._logged_in)
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
        if self.demo is not None:
            self._start_demo()
        spawn(self._prepare())

    async def _prepare(self) -> None:
        # Finding the system keyring and loading httpx with its CA store take ~0.1 s each in
        # pure Python: in a thread, the window keeps answering meanwhile.
        await asyncio.to_thread(lambda: self.remembered.available)
        await asyncio.to_thread(self.api.warm_up)
        if not alive(self.login_window):
            return
        self.login_window.credentials.prefill_remembered()
        self.is_ready = True
        self.ready.emit()

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
        self.poller.stop()
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
        self._connect_pages(window)
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
        if self.session.password_change_required:
            self._force_password_change(window)
        else:
            self._open_branch(window)

    def _build_pages(self) -> list[Page]:
        """The main window's pages, in menu order, each with the services it needs."""
        return [
            AccountsPage(AccountsService(self.api)),
            TransactionsPage(
                TransactionsService(self.api),
                AccountsService(self.api),
                InfoService(self.api),
                customer_name=self.session.customer_name,
                customer_number=self.session.customer_number or "",
            ),
            PaymentsPage(
                PaymentsService(self.api),
                BeneficiariesService(self.api),
                customer_name=self.session.customer_name,
            ),
            NotificationsPage(NotificationsService(self.api)),
            SecurityPage(SecurityService(self.api), self.session.customer_number),
            ComplaintsPage(ComplaintsService(self.api)),
            ContactsPage(InfoService(self.api)),
        ]

    def _connect_pages(self, window: MainWindow) -> None:
        """What pages say to each other and to the app (the unread badge, the complaint link)."""
        for page in window.page_list():
            if isinstance(page, AccountsPage):
                page.openTransactions.connect(functools.partial(self._open_transactions, window))
            elif isinstance(page, NotificationsPage):
                self.poller.unreadChanged.connect(page.set_unread_count)
                self.poller.newNotifications.connect(page.add_new)
            elif isinstance(page, SecurityPage):
                page.passwordChanged.connect(functools.partial(self._password_changed, window))
                page.userBlocked.connect(lambda: spawn(self.session.logout("blocked")))
            elif isinstance(page, ContactsPage):
                page.complaintFormRequested.connect(
                    lambda: window.show_page("complaintsPage").setFocus()
                )

    def _open_transactions(self, window: MainWindow, account_id: str) -> None:
        """Enter on an account: its transactions, with the keyboard in their table."""
        page = window.page("transactionsPage")
        assert isinstance(page, TransactionsPage)
        page.select_account(account_id)
        window.show_page("transactionsPage")
        page.focus_table()

    # --- the password: forced change and expiry reminder ---------------------------------
    def _open_branch(self, window: MainWindow) -> None:
        window.show_page("accountsPage")
        window.navigation.setFocus()
        self.poller.start()
        spawn(self._remind_password_expiry(window))

    def _force_password_change(self, window: MainWindow) -> None:
        """The bank allows nothing else until the password is changed: only that form shows."""
        page = window.page("securityPage")
        assert isinstance(page, SecurityPage)
        page.set_forced(True)
        window.restrict_to("securityPage")
        page.focus_form()

    def _password_changed(self, window: MainWindow) -> None:
        for banner in window.findChildren(PasswordExpiryBanner):
            banner.deleteLater()
        if not self.session.password_change_required:
            return
        self.session.password_changed()
        page = window.page("securityPage")
        assert isinstance(page, SecurityPage)
        # The page stays in front with its "changed" message; the menu and the rest come back.
        page.set_forced(False)
        window.restrict_to(None)
        window.navigation.setFocus()
        self.poller.start()

    async def _remind_password_expiry(self, window: MainWindow) -> None:
        """From 14 days before the password expires, a banner with the days left (bank's clock)."""
        expires = (self.session.info or {}).get("password_expires_at")
        if not expires:
            return
        try:
            now = await SecurityService(self.api).server_now()
        except BankError:
            return  # only a reminder: the forced change comes at login anyway
        days = expiry_reminder_days(datetime.fromisoformat(str(expires)), now)
        if days is None or window is not self.main_window:
            return
        banner = PasswordExpiryBanner(days, window)
        banner.changeRequested.connect(functools.partial(self._change_password_now, window))
        window.add_banner(banner)

    def _change_password_now(self, window: MainWindow) -> None:
        page = window.show_page("securityPage")
        assert isinstance(page, SecurityPage)
        page.focus_form()

    def show_contacts(self) -> None:
        """The contacts before login (the login window's Contacts button)."""
        if self.contacts_dialog is None:
            self.contacts_dialog = ContactsDialog(InfoService(self.api), self.login_window)
        self.contacts_dialog.show()
        self.contacts_dialog.raise_()
        self.contacts_dialog.activateWindow()

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
        self.poller.stop()
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
            self.idle_dialog = IdleWarningDialog(self.main_window)
            self.idle_dialog.continueRequested.connect(self.session.keep_alive)
            self.idle_dialog.logoutRequested.connect(self._logout_pressed)
        self.idle_dialog.show_countdown(seconds)

    def _idle_warning_cleared(self) -> None:
        if self.idle_dialog is not None:
            self.idle_dialog.hide()
            self.idle_dialog.deleteLater()
            self.idle_dialog = None
