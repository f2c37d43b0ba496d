"""Notifications: the list and badge, read marks, settings round trip, polling and pop-ups."""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import httpx
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QCheckBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient
from desktop.app import BranchApp
from desktop.notification_poller import NotificationPoller
from desktop.services.notifications import Notification, NotificationList, NotificationsService
from server_stub.app import create_app
from server_stub.clock import ManualClock
from server_stub.seed import account_iban
from server_stub.services import notify
from server_stub.services.backend import Backend
from tests.qt_support import run_async
from tests.server.conftest import DEMO_PHONES
from tests.ui.test_contacts import ALT, focused, log_in, open_page
from tests.ui.test_login_keyboard import last_code
from ui.main_window import MainWindow
from ui.pages.notifications_page import NotificationsPage

NBSP = "\u00a0"


class Popups:
    """Stands in for the system tray: records what would pop up on the desktop."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.visible = False

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))

    def set_visible(self, visible: bool) -> None:
        self.visible = visible


def customer_id(backend: Backend, number: str = "123456789") -> int:
    from sqlalchemy import select

    from server_stub.store.tables import customers

    with backend.db.read() as conn:
        return int(
            conn.execute(
                select(customers.c.id).where(customers.c.customer_number == number)
            ).scalar_one()
        )


def transfer_arrives(backend: Backend, clock: ManualClock, amount: str = "1500.00") -> None:
    """What the payment service does when 987654321 pays 123456789 (services/notify.py)."""
    clock.advance(minutes=1)
    params = {"account_id": "x", "amount": amount, "currency": "ALL", "payer": "Arben Hoxha"}
    with backend.db.write() as conn:
        notify.notify(conn, customer_id(backend), "incoming_transfer", params, clock.now())


def nav_text(window: MainWindow, name: str) -> str:
    window.page_list()  # the menu is complete once every page is built
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
            return item.text()
    raise AssertionError(name)


def nav_description(window: MainWindow, name: str) -> str:
    window.page_list()
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
            return str(item.data(Qt.ItemDataRole.AccessibleDescriptionRole))
    raise AssertionError(name)


def rows(page: NotificationsPage) -> list[list[str]]:
    found = []
    for index in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(index)
        assert isinstance(item, QTreeWidgetItem)
        found.append([item.text(column) for column in range(4)])
    return found


def is_bold(page: NotificationsPage, row: int) -> bool:
    item = page.tree.topLevelItem(row)
    assert item is not None
    return item.font(3).bold()


def logged_in_page(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> tuple[MainWindow, NotificationsPage, Popups]:
    popups = Popups()
    branch.poller.set_notifier(popups)
    window = log_in(qtbot, branch, backend)
    # The first poll runs at login: the login's own notification makes the badge 1.
    qtbot.waitUntil(lambda: nav_text(window, "notificationsPage") == "Notifications (1)")
    page = open_page(qtbot, window, "notificationsPage")
    assert isinstance(page, NotificationsPage)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=5000)
    return window, page, popups


def test_a_transfer_received_appears_within_one_poll_and_raises_the_badge(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    window, page, popups = logged_in_page(qtbot, branch, backend)
    assert popups.visible
    assert popups.shown == []  # what was there at login is not news
    assert nav_description(window, "notificationsPage") == "1 unread notification(s)"

    transfer_arrives(backend, clock)
    run_async(branch.poller.poll())  # the 30-second timer's work, now

    assert nav_text(window, "notificationsPage") == "Notifications (2)"
    assert nav_description(window, "notificationsPage") == "2 unread notification(s)"
    newest = rows(page)[0]
    assert newest[0] == "● Unread"
    assert newest[2] == "Transfer received"
    assert newest[3] == "You received ALL\u00a01,500.00 from Arben Hoxha."
    assert is_bold(page, 0)
    assert popups.shown == [
        ("Transfer received", "You received ALL\u00a01,500.00 from Arben Hoxha.")
    ]
    # A poll with nothing new shows nothing again.
    run_async(branch.poller.poll())
    assert len(popups.shown) == 1
    assert page.tree.topLevelItemCount() == 2


async def pay_123456789_as_987654321(backend: Backend, amount: str) -> dict[str, Any]:
    """Another customer pays ours through the payments API, SMS code and all."""
    transport = httpx.ASGITransport(app=create_app(backend=backend))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1/api/v1") as http:
        login = await http.post(
            "/auth/login", json={"login_id": "987654321", "password": "Durres2026"}
        )
        code = last_code(backend, DEMO_PHONES["987654321"])
        session = await http.post(
            "/auth/otp", json={"challenge_id": login.json()["challenge_id"], "otp": code}
        )
        http.headers["Authorization"] = f"Bearer {session.json()['access_token']}"
        accounts = (await http.get("/accounts")).json()["accounts"]
        payment = await http.post(
            "/payments",
            headers={"Idempotency-Key": "gui-test-incoming-1"},
            json={
                "debtor_account_id": accounts[0]["id"],
                "creditor_iban": account_iban("123456789", 1),
                "creditor_name": "Arben Hoxha",
                "amount": amount,
                "currency": "ALL",
                "description": "Qira",
            },
        )
        assert payment.status_code == 201, payment.text
        code = last_code(backend, DEMO_PHONES["987654321"])  # the payment's own code
        confirmed = await http.post(f"/payments/{payment.json()['id']}/confirm", json={"otp": code})
        assert confirmed.status_code == 200, confirmed.text
        result: dict[str, Any] = confirmed.json()
        return result


def test_a_payment_from_another_customer_raises_the_badge_within_one_poll(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    window, page, popups = logged_in_page(qtbot, branch, backend)
    assert run_async(pay_123456789_as_987654321(backend, "2500.00"))["status"] == "executed"
    run_async(branch.poller.poll())
    assert nav_text(window, "notificationsPage") == "Notifications (2)"
    assert rows(page)[0][3].startswith(f"You received ALL{NBSP}2,500.00 from Elira Dervishi.")
    assert popups.shown[0][0] == "Transfer received"


def test_marking_read_one_and_all(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    window, page, _popups = logged_in_page(qtbot, branch, backend)
    transfer_arrives(backend, clock, "10.00")
    transfer_arrives(backend, clock, "20.00")
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)  # Re&fresh
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 3, timeout=5000)
    assert nav_text(window, "notificationsPage") == "Notifications (3)"
    assert "20.00" in rows(page)[0][3]  # newest first

    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Home)
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # the 10.00 one
    assert "10.00" in page.details.text()
    assert "(Unread)" in page.details.text()
    qtbot.keyClick(focused(), Qt.Key.Key_M, ALT)  # &Mark as read
    qtbot.waitUntil(lambda: not is_bold(page, 1), timeout=5000)
    assert rows(page)[1][0] == ""
    assert is_bold(page, 0)
    assert nav_text(window, "notificationsPage") == "Notifications (2)"
    unread = run_async(branch.api.get("/notifications", params={"unread_only": "true"}))
    assert len(unread["notifications"]) == 2

    qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)  # Mark &all as read
    qtbot.waitUntil(lambda: nav_text(window, "notificationsPage") == "Notifications", timeout=5000)
    assert not any(is_bold(page, row) for row in range(3))
    assert run_async(branch.api.get("/notifications"))["unread_count"] == 0


def test_settings_round_trip_and_a_switched_off_category_creates_nothing(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    window, page, popups = logged_in_page(qtbot, branch, backend)
    box = page.settings
    qtbot.waitUntil(lambda: box.save_button.isEnabled(), timeout=5000)
    assert all(check.isChecked() for check in box.checks.values())
    login_check = page.findChild(QCheckBox, "loginCheck")
    assert login_check is box.checks["login"]
    assert login_check.text() == "Log&ins to the Internet Branch"
    qtbot.keyClick(focused(), Qt.Key.Key_I, ALT)  # toggles "Log&ins…"
    qtbot.waitUntil(lambda: not login_check.isChecked())
    qtbot.keyClick(focused(), Qt.Key.Key_W, ALT)  # toggles "Pass&word changes"
    qtbot.waitUntil(lambda: not box.checks["password_change"].isChecked())
    with qtbot.waitSignal(box.saved, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_V, ALT)  # Sa&ve settings
    assert box.status_label.text() == "Your choices are saved."
    stored = run_async(branch.api.get("/notifications/settings"))["categories"]
    assert stored == {
        "incoming_transfer": True,
        "outgoing_transfer": True,
        "login": False,
        "password_change": False,
        "complaint_update": True,
    }

    # Next login: no login notification is created, and the page shows the saved choices.
    qtbot.keyClick(focused(), Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=5000)
    assert not branch.poller.active  # no polling without a session
    assert not popups.visible
    clock.advance(minutes=5)
    window = log_in(qtbot, branch, backend)
    again = open_page(qtbot, window, "notificationsPage")
    assert isinstance(again, NotificationsPage)
    page = again
    qtbot.waitUntil(lambda: page.settings.save_button.isEnabled(), timeout=5000)
    assert not page.settings.checks["login"].isChecked()
    assert not page.settings.checks["password_change"].isChecked()
    assert page.settings.checks["incoming_transfer"].isChecked()
    qtbot.waitUntil(page.has_loaded, timeout=5000)
    assert page.tree.topLevelItemCount() == 1  # only the first login's


class AlbanianForTheTest(QTranslator):
    """The few Albanian texts this test needs, whatever the shipped catalogue holds yet."""

    TEXTS: ClassVar[dict[str, str]] = {
        "Your submission {reference} is now: {status}.": (
            "Kërkesa juaj {reference} tani është: {status}."
        ),
        "In review": "Në shqyrtim",
        "The bank's note: {note}": "Shënimi i bankës: {note}",
        "Update on your submission": "Përditësim për kërkesën tuaj",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.TEXTS.get(source)

    def isEmpty(self) -> bool:
        return False


def test_a_complaint_update_is_rendered_in_the_current_language(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    _window, page, popups = logged_in_page(qtbot, branch, backend)
    body = {
        "kind": "complaint",
        "category": "cards",
        "subject": "Card",
        "message": "My card was swallowed.",
        "contact_channel": "none",
    }
    reference = run_async(branch.api.post("/complaints", body))["reference"]
    run_async(
        branch.api.post(
            f"/_stub/complaints/{reference}/status",
            {"status": "in_review", "note": "We called the ATM team."},
            authenticated=False,
        )
    )
    run_async(branch.poller.poll())
    english = (
        f"Your submission {reference} is now: in review. The bank's note: We called the ATM team."
    )
    assert rows(page)[0][2:] == ["Update on your submission", english]
    assert popups.shown == [("Update on your submission", english)]

    translator = AlbanianForTheTest()
    branch.set_language("sq")
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: rows(page)[0][2] == "Përditësim për kërkesën tuaj")
        assert rows(page)[0][3] == (
            f"Kërkesa juaj {reference} tani është: në shqyrtim. "
            "Shënimi i bankës: We called the ATM team."
        )
        page.tree.setFocus()
        qtbot.keyClick(page.tree, Qt.Key.Key_Home)
        assert page.details.text().startswith("Përditësim për kërkesën tuaj — 23.11.2026")
    finally:
        app.removeTranslator(translator)
        branch.set_language("en")
    qtbot.waitUntil(lambda: rows(page)[0][3] == english)


# --- the poller on its own -----------------------------------------------------------------


def note(number: int, read: bool = False) -> Notification:
    return Notification(number, "login", None, {"channel": "internet"}, read)


class FakeNotifications:
    def __init__(self) -> None:
        self.items: list[Notification] = []
        self.calls: list[dict[str, Any]] = []

    async def notifications(
        self,
        cursor: str | None = None,
        *,
        limit: int = 50,
        unread_only: bool = False,
        background: bool = False,
    ) -> NotificationList:
        self.calls.append({"limit": limit, "background": background})
        items = sorted(self.items, key=lambda n: n.id, reverse=True)[:limit]
        return NotificationList(items, None, sum(not n.read for n in self.items))


def test_the_poller_announces_only_what_arrived_since_the_last_poll(
    qtbot: QtBot, qloop: Any
) -> None:
    service = FakeNotifications()
    service.items = [note(1), note(2, read=True)]
    popups = Popups()
    poller = NotificationPoller(service, notifier=popups, interval_ms=60_000)  # type: ignore[arg-type]
    unread: list[int] = []
    news: list[list[Notification]] = []
    poller.unreadChanged.connect(unread.append)
    poller.newNotifications.connect(news.append)
    poller.start()
    qtbot.waitUntil(lambda: unread == [1])
    assert news == []
    assert popups.visible

    service.items += [note(3), note(4)]
    run_async(poller.poll())
    assert unread == [1, 3]
    assert [[n.id for n in batch] for batch in news] == [[4, 3]]
    assert popups.shown == [("Internet Branch", "You have 2 new notification(s).")]
    assert all(call["background"] for call in service.calls)  # never keeps the session alive

    poller.stop()
    assert not popups.visible
    service.items.append(note(5))
    run_async(poller.poll())  # stopped: nothing is asked, nothing is said
    assert unread == [1, 3]
    assert len(service.calls) == 2


def test_polling_sends_the_background_header() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"notifications": [], "next_cursor": None, "unread_count": 0}
        )

    async def run() -> None:
        api = ApiClient("http://127.0.0.1", transport=httpx.MockTransport(answer))
        api.token = "t"
        service = NotificationsService(api)
        await service.notifications(background=True, limit=20)
        await service.notifications()
        await api.aclose()

    asyncio.run(run())
    assert seen[0].headers["X-Background"] == "1"
    assert seen[0].url.params["limit"] == "20"
    assert "X-Background" not in seen[1].headers
