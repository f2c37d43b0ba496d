"""Notifications: newest first, unread ones marked, read marks, details and settings."""

from __future__ import annotations

import dataclasses
import functools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.messages import error_message
from desktop.notification_texts import notification_text, notification_time, notification_title
from desktop.services.notifications import Notification, NotificationsService
from ui.pages.page import Page
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.notification_settings import NotificationSettingsBox

translate = QCoreApplication.translate

PAGE_SIZE = 50
STATE, WHEN, TITLE, TEXT = range(4)


class NotificationsPage(Page):
    """Signals: navTitleChanged() when the unread count in the menu title changed; loaded()."""

    navTitleChanged = Signal()
    loaded = Signal()
    help_topic = "notifications"

    def __init__(self, service: NotificationsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsPage")
        self._service = service
        self._items: list[Notification] = []
        self._cursor: str | None = None
        self._loaded = False
        self._ticket = 0
        self.unread_count = 0

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshNotificationsButton")
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("markReadButton")
        self.read_all_button = QPushButton(self)
        self.read_all_button.setObjectName("markAllReadButton")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notificationsList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (STATE, WHEN, TITLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noNotificationsLabel")
        self.details = QLabel(self)
        self.details.setObjectName("notificationDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFrameShape(QLabel.Shape.StyledPanel)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("loadMoreNotificationsButton")
        self.more_button.setVisible(False)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("notificationsErrorLabel")
        self.settings = NotificationSettingsBox(service, self)

        actions = QHBoxLayout()
        actions.addWidget(self.title, 1)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.read_button)
        actions.addWidget(self.read_all_button)
        more = QHBoxLayout()
        more.addWidget(self.more_button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 2)
        layout.addLayout(more)
        layout.addWidget(self.details)
        layout.addWidget(self.settings)

        self.refresh_button.clicked.connect(self.refresh)
        self.read_button.clicked.connect(self.mark_selected_read)
        self.read_all_button.clicked.connect(self.mark_all_read)
        self.more_button.clicked.connect(self.load_more)
        self.tree.currentItemChanged.connect(self._show_details)
        self.retranslate()

    # --- menu title with the unread badge ------------------------------------------------
    def nav_title(self) -> str:
        if self.unread_count:
            return translate("NotificationsPage", "Notifications ({count})").format(
                count=self.unread_count
            )
        return translate("NotificationsPage", "Notifications")

    def nav_description(self) -> str:
        """What a screen reader adds to the menu item: the count in words, not a bare number."""
        return translate("NotificationsPage", "%n unread notification(s)", None, self.unread_count)

    def set_unread_count(self, count: int) -> None:
        count = max(int(count), 0)
        if count != self.unread_count:
            self.unread_count = count
            self.navTitleChanged.emit()

    # --- loading ------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.settings.load()

    @asyncSlot()
    async def refresh(self) -> None:
        await self._load(more=False)

    @asyncSlot()
    async def load_more(self) -> None:
        if self._cursor:
            await self._load(more=True)

    async def _load(self, *, more: bool) -> None:
        self._ticket += 1
        ticket = self._ticket
        self.refresh_button.setEnabled(False)
        try:
            page = await self._service.notifications(
                self._cursor if more else None, limit=PAGE_SIZE
            )
        except Exception as error:
            if alive(self) and ticket == self._ticket:
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self) and ticket == self._ticket:
                self.refresh_button.setEnabled(True)
        if not alive(self) or ticket != self._ticket:
            return  # a newer request's answer wins
        self.error_label.clear_message()
        self._loaded = True
        self._cursor = page.next_cursor
        self._set_items((self._items if more else []) + page.notifications)
        self.set_unread_count(page.unread_count)
        self.loaded.emit()

    def add_new(self, notifications: list[Notification]) -> None:
        """New ones found by the poller go on top of a list already shown (no request)."""
        if not self._loaded:
            return
        known = {item.id for item in self._items}
        fresh = [item for item in notifications if item.id not in known]
        if fresh:
            self._set_items(sorted(fresh + self._items, key=lambda n: n.id, reverse=True))

    def items(self) -> list[Notification]:
        return list(self._items)

    def has_loaded(self) -> bool:
        return self._loaded

    # --- read marks ---------------------------------------------------------------------
    @asyncSlot()
    async def mark_selected_read(self) -> None:
        item = self.current()
        if item is None or item.read or not self.read_button.isEnabled():
            return
        self.read_button.setEnabled(False)
        try:
            await self._service.mark_read(item.id)
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self):
                self.read_button.setEnabled(True)
        if not alive(self):
            return
        self._mark_local({item.id})
        self.set_unread_count(self.unread_count - 1)

    @asyncSlot()
    async def mark_all_read(self) -> None:
        if not self.read_all_button.isEnabled():
            return
        self.read_all_button.setEnabled(False)
        try:
            await self._service.mark_all_read()
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self):
                self.read_all_button.setEnabled(True)
        if not alive(self):
            return
        self._mark_local({item.id for item in self._items})
        self.set_unread_count(0)

    def _mark_local(self, ids: set[int]) -> None:
        self._set_items(
            [dataclasses.replace(n, read=True) if n.id in ids else n for n in self._items]
        )

    # --- showing ------------------------------------------------------------------------
    def current(self) -> Notification | None:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self._items[row] if 0 <= row < len(self._items) else None

    def _set_items(self, items: list[Notification]) -> None:
        selected = self.current()
        self._items = items
        # Shown only while older notifications remain on the server.
        self.more_button.setVisible(bool(self._cursor))
        self._fill(selected.id if selected else None)

    def _fill(self, select_id: int | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for notification in self._items:
            row = QTreeWidgetItem(self.tree)
            unread = not notification.read
            cells = (
                translate("NotificationsPage", "● Unread") if unread else "",
                notification_time(notification),
                notification_title(notification),
                notification_text(notification),
            )
            for column, text in enumerate(cells):
                row.setText(column, text)
                if unread:
                    row.setFont(column, bold)
            row.setData(
                STATE,
                Qt.ItemDataRole.AccessibleTextRole,
                cells[STATE] if unread else translate("NotificationsPage", "Read"),
            )
            row.setToolTip(TEXT, cells[TEXT])
            if notification.id == select_id:
                self.tree.setCurrentItem(row)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.blockSignals(False)
        self.empty_label.setVisible(self._loaded and not self._items)
        self._show_details()

    def _show_details(self) -> None:
        item = self.current()
        self.read_button.setEnabled(item is not None and not item.read)
        if item is None:
            self.details.clear()
            return
        state = (
            translate("NotificationsPage", "Read")
            if item.read
            else translate("NotificationsPage", "Unread")
        )
        self.details.setText(
            f"{notification_title(item)} — {notification_time(item)} ({state})\n\n"
            f"{notification_text(item)}"
        )
        self.details.setAccessibleName(translate("NotificationsPage", "Notification details"))

    def retranslate(self) -> None:
        self.title.setText(translate("NotificationsPage", "Notifications"))
        self.refresh_button.setText(translate("NotificationsPage", "Re&fresh"))
        self.refresh_button.setAccessibleName(
            translate("NotificationsPage", "Refresh the notifications")
        )
        self.read_button.setText(translate("NotificationsPage", "&Mark as read"))
        self.read_button.setAccessibleName(
            translate("NotificationsPage", "Mark the selected notification as read")
        )
        self.read_all_button.setText(translate("NotificationsPage", "Mark &all as read"))
        self.read_all_button.setAccessibleName(
            translate("NotificationsPage", "Mark all notifications as read")
        )
        self.more_button.setText(translate("NotificationsPage", "Show &older"))
        self.more_button.setAccessibleName(
            translate("NotificationsPage", "Load older notifications")
        )
        self.tree.setHeaderLabels(
            [
                translate("NotificationsPage", "State"),
                translate("NotificationsPage", "Date"),
                translate("NotificationsPage", "Subject"),
                translate("NotificationsPage", "Notification"),
            ]
        )
        self.tree.setAccessibleName(translate("NotificationsPage", "Received notifications"))
        self.empty_label.setText(translate("NotificationsPage", "You have no notifications."))
        # Every text is rendered from category and params: the new language renders them again.
        current = self.current()
        self._fill(current.id if current else None)
