"""Which notifications the bank creates: one checkbox per category, kept on the server."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.messages import error_message
from desktop.notification_texts import category_setting_label
from desktop.services.notifications import CATEGORIES, NotificationsService
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel

translate = QCoreApplication.translate


def _object_name(category: str) -> str:
    """incoming_transfer -> incomingTransferCheck."""
    first, *rest = category.split("_")
    return first + "".join(part.capitalize() for part in rest) + "Check"


class NotificationSettingsBox(QGroupBox):
    """Signals: loaded() when the server's settings are shown; saved() after they were stored."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, service: NotificationsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationSettings")
        self._service = service
        # Changes the customer has not saved yet survive a reload of the page.
        self._dirty = False
        self._ticket = 0
        self.checks: dict[str, QCheckBox] = {}
        boxes = QVBoxLayout()
        for category in CATEGORIES:
            check = QCheckBox(self)
            check.setObjectName(_object_name(category))
            check.setEnabled(False)  # until the server said what is on
            check.toggled.connect(self._changed)
            self.checks[category] = check
            boxes.addWidget(check)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveNotificationSettingsButton")
        self.save_button.setEnabled(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("notificationSettingsStatusLabel")
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("notificationSettingsErrorLabel")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def values(self) -> dict[str, bool]:
        return {category: check.isChecked() for category, check in self.checks.items()}

    def _show(self, values: dict[str, bool]) -> None:
        for category, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(values.get(category, True))
            check.blockSignals(False)
            check.setEnabled(True)
        self._dirty = False
        self.save_button.setEnabled(True)

    def _changed(self) -> None:
        self._dirty = True
        self.status_label.clear()

    @asyncSlot()
    async def load(self) -> None:
        if self._dirty:
            return
        self._ticket += 1
        ticket = self._ticket
        try:
            values = await self._service.settings()
        except Exception as error:
            if alive(self) and ticket == self._ticket:
                self.error_label.show_message(functools.partial(error_message, error))
            return
        if not alive(self) or ticket != self._ticket or self._dirty:
            return
        self.error_label.clear_message()
        self._show(values)
        self.loaded.emit()

    @asyncSlot()
    async def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._ticket += 1  # a load still under way must not overwrite what is being saved
        self.save_button.setEnabled(False)
        self.status_label.clear()
        try:
            values = await self._service.save_settings(self.values())
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return
        finally:
            if alive(self):
                self.save_button.setEnabled(True)
        if not alive(self):
            return
        self.error_label.clear_message()
        self._show(values)
        text = translate("NotificationSettings", "Your choices are saved.")
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.status_label, QAccessible.Event.Alert)
        )
        self.saved.emit()

    def retranslate(self) -> None:
        self.setTitle(translate("NotificationSettings", "Notify me about"))
        for category, check in self.checks.items():
            check.setText(category_setting_label(category))
            check.setAccessibleName(check.text().replace("&", ""))
        self.save_button.setText(translate("NotificationSettings", "Sa&ve settings"))
        self.save_button.setAccessibleName(
            translate("NotificationSettings", "Save the notification settings")
        )
        if self.status_label.text():
            self.status_label.setText(translate("NotificationSettings", "Your choices are saved."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
