"""Looks for new notifications every 30 s while logged in, without keeping the session alive."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from desktop.notification_texts import notification_text, notification_title
from desktop.services.notifications import Notification, NotificationsService
from desktop.tasks import spawn

translate = QCoreApplication.translate

POLL_INTERVAL_MS = 30_000
#: Newest notifications asked for on each poll; more arriving within 30 s is not expected.
POLL_LIMIT = 20
#: How long a desktop pop-up stays (the system may shorten it).
POPUP_MS = 10_000


class Notifier(Protocol):
    """Where new notifications pop up on the desktop (the system tray, or a test's recorder)."""

    def notify(self, title: str, text: str) -> None: ...

    def set_visible(self, visible: bool) -> None: ...


class TrayNotifier:
    """Desktop pop-ups through the system tray icon, shown while the customer is logged in."""

    def __init__(self, parent: QObject | None = None) -> None:
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else None
        if icon is None or icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(icon, parent)
        self.tray.setObjectName("notificationTray")

    def notify(self, title: str, text: str) -> None:
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, POPUP_MS)

    def set_visible(self, visible: bool) -> None:
        self.tray.setToolTip(translate("NotificationPoller", "Internet Branch"))
        self.tray.setVisible(visible)


def tray_notifier(parent: QObject | None = None) -> TrayNotifier | None:
    """A tray notifier where the desktop has a system tray (none offscreen or on bare X)."""
    return TrayNotifier(parent) if QSystemTrayIcon.isSystemTrayAvailable() else None


class NotificationPoller(QObject):
    """Polls GET /notifications with X-Background: 1 (the idle timer keeps counting).

    Signals:
        unreadChanged(int): the unread count after every successful poll (the menu badge).
        newNotifications(list): notifications that arrived since the previous poll, newest
            first (list of desktop.services.notifications.Notification). Those present at the
            first poll after login are not new: the customer sees them on the page.
    """

    unreadChanged = Signal(int)
    newNotifications = Signal(list)

    def __init__(
        self,
        service: NotificationsService,
        parent: QObject | None = None,
        *,
        notifier: Notifier | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.notifier = notifier
        self._last_id: int | None = None
        self._generation = 0
        self._task: asyncio.Task[None] | None = None
        self.unread_count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_notifier(self, notifier: Notifier | None) -> None:
        if self.notifier is not None:
            self.notifier.set_visible(False)
        self.notifier = notifier
        if notifier is not None and self.active:
            notifier.set_visible(True)

    def start(self) -> None:
        """After login: poll now (the badge), then every interval."""
        self.stop()
        self._last_id = None
        self._timer.start()
        if self.notifier is not None:
            self.notifier.set_visible(True)
        self._tick()

    def stop(self) -> None:
        """At logout: no more requests, and an answer still on its way is dropped."""
        self._generation += 1
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        if self.notifier is not None:
            self.notifier.set_visible(False)

    def _tick(self) -> None:
        if self._task is None or self._task.done():
            self._task = spawn(self.poll())

    async def poll(self) -> None:
        """One look at the newest notifications; a failure waits for the next tick quietly."""
        if not self.active:
            return
        generation = self._generation
        try:
            page = await self._service.notifications(limit=POLL_LIMIT, background=True)
        except Exception:
            # An ended session is handled by the API client's listener (back to the login
            # window); anything else is tried again on the next tick.
            return
        if generation != self._generation:
            return
        newest = max((item.id for item in page.notifications), default=0)
        fresh: list[Notification] = []
        if self._last_id is not None:
            fresh = [item for item in page.notifications if item.id > self._last_id]
        self._last_id = max(newest, self._last_id or 0)
        self.unread_count = page.unread_count
        self.unreadChanged.emit(page.unread_count)
        if fresh:
            self.newNotifications.emit(fresh)
            self._pop_up([item for item in fresh if not item.read])

    def _pop_up(self, fresh: list[Notification]) -> None:
        if self.notifier is None or not fresh:
            return
        with contextlib.suppress(RuntimeError):  # the tray icon went away with the app
            if len(fresh) == 1:
                self.notifier.notify(notification_title(fresh[0]), notification_text(fresh[0]))
            else:
                self.notifier.notify(
                    translate("NotificationPoller", "Internet Branch"),
                    translate(
                        "NotificationPoller", "You have %n new notification(s).", None, len(fresh)
                    ),
                )
