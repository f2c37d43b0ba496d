"""The main window's composition root: its pages over their services, and their wiring.

With app.py, the only desktop modules that import ui/. Imported at the first login, not at start.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.api import ApiClient
from desktop.notification_poller import NotificationPoller
from desktop.password_rules import expiry_reminder_days
from desktop.services.accounts import AccountsService
from desktop.services.beneficiaries import BeneficiariesService
from desktop.services.complaints import ComplaintsService
from desktop.services.info import InfoService
from desktop.services.notifications import NotificationsService
from desktop.services.payments import PaymentsService
from desktop.services.security import SecurityService
from desktop.services.transactions import TransactionsService
from desktop.session import Session
from desktop.tasks import spawn
from ui.main_window import MainWindow
from ui.pages.accounts_page import AccountsPage
from ui.pages.complaints_page import ComplaintsPage
from ui.pages.contacts_page import ContactsPage
from ui.pages.notifications_page import NotificationsPage
from ui.pages.payments_page import PaymentsPage
from ui.pages.security_page import PasswordExpiryBanner, SecurityPage
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.alive import alive

if TYPE_CHECKING:
    from ui.pages.page import Page


class BranchWindow(QObject):
    """Owns the logged-in customer's MainWindow.

    Signals:
        blocked(): the bank blocked the user from a page (too many wrong current passwords).
    """

    blocked = Signal()

    def __init__(self, api: ApiClient, session: Session, poller: NotificationPoller) -> None:
        super().__init__()
        self._api = api
        self._session = session
        self._poller = poller
        self.window = MainWindow()
        builders = self._page_builders()
        # The first page now, the others one per event-loop turn (no long pause at login).
        self.window.add_page(self._connected(builders[0]()))
        for build in builders[1:]:
            self.window.add_page_later(functools.partial(self._build_connected, build))

    def _page_builders(self) -> list[Callable[[], Page]]:
        """The pages, in menu order, each with the services it needs."""
        api, session = self._api, self._session
        return [
            lambda: AccountsPage(AccountsService(api)),
            lambda: TransactionsPage(
                TransactionsService(api),
                AccountsService(api),
                InfoService(api),
                customer_name=session.customer_name,
                customer_number=session.customer_number or "",
            ),
            lambda: PaymentsPage(
                PaymentsService(api),
                BeneficiariesService(api),
                customer_name=session.customer_name,
            ),
            lambda: NotificationsPage(NotificationsService(api)),
            lambda: SecurityPage(SecurityService(api), session.customer_number),
            lambda: ComplaintsPage(ComplaintsService(api)),
            lambda: ContactsPage(InfoService(api)),
        ]

    def _build_connected(self, build: Callable[[], Page]) -> Page:
        return self._connected(build())

    def _connected(self, page: Page) -> Page:
        """What a page says to other pages and to the app (the unread badge, the complaint link)."""
        window = self.window
        if isinstance(page, AccountsPage):
            page.openTransactions.connect(self._open_transactions)
        elif isinstance(page, NotificationsPage):
            self._poller.unreadChanged.connect(page.set_unread_count)
            self._poller.newNotifications.connect(page.add_new)
        elif isinstance(page, SecurityPage):
            page.passwordChanged.connect(self._password_changed)
            page.userBlocked.connect(self.blocked)
        elif isinstance(page, ContactsPage):
            page.complaintFormRequested.connect(
                lambda: window.show_page("complaintsPage").setFocus()
            )
        return page

    def _open_transactions(self, account_id: str) -> None:
        """Enter on an account: its transactions, with the keyboard in their table."""
        page = self.window.page("transactionsPage")
        assert isinstance(page, TransactionsPage)
        page.select_account(account_id)
        self.window.show_page("transactionsPage")
        page.focus_table()

    # --- opening: the branch, or first the forced password change ------------------------
    def open(self) -> None:
        if self._session.password_change_required:
            self._force_password_change()
        else:
            self._open_branch()

    def _open_branch(self) -> None:
        self.window.show_page("accountsPage")
        self.window.navigation.setFocus()
        self._poller.start()
        spawn(self._remind_password_expiry())

    def _force_password_change(self) -> None:
        """The bank allows nothing else until the password is changed: only that form shows."""
        page = self.window.page("securityPage")
        assert isinstance(page, SecurityPage)
        page.set_forced(True)
        self.window.restrict_to("securityPage")
        page.focus_form()

    def _password_changed(self) -> None:
        for banner in self.window.findChildren(PasswordExpiryBanner):
            banner.deleteLater()
        if not self._session.password_change_required:
            return
        self._session.password_changed()
        page = self.window.page("securityPage")
        assert isinstance(page, SecurityPage)
        # The page stays in front with its "changed" message; the menu and the rest come back.
        page.set_forced(False)
        self.window.restrict_to(None)
        self.window.navigation.setFocus()
        self._poller.start()

    async def _remind_password_expiry(self) -> None:
        """From 14 days before the password expires, a banner with the days left (bank's clock)."""
        expires = (self._session.info or {}).get("password_expires_at")
        if not expires:
            return
        try:
            now = await SecurityService(self._api).server_now()
        except Exception:  # an unreadable answer too: only a reminder, never an error
            return
        days = expiry_reminder_days(datetime.fromisoformat(str(expires)), now)
        if days is None or not alive(self.window):
            return
        banner = PasswordExpiryBanner(days, self.window)
        banner.changeRequested.connect(functools.partial(self._change_password_now))
        self.window.add_banner(banner)

    def _change_password_now(self) -> None:
        page = self.window.show_page("securityPage")
        assert isinstance(page, SecurityPage)
        page.focus_form()
