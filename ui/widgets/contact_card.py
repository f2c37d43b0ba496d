"""The bank's contacts from GET /info, each with a copy button and a link the system opens."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QDesktopServices
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from desktop.messages import error_message
from desktop.services.info import BankInfo, InfoService, mailto_url, tel_url, whatsapp_url
from ui.widgets.alive import alive
from ui.widgets.clipboard import copy_text
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading

translate = QCoreApplication.translate

#: Opens a link with the system's application for it (a phone app, the mail client, a browser).
UrlOpener = Callable[[QUrl], bool]


class ContactRow:
    """One contact: what it is, its value (selectable), Copy, and the link that opens it.

    `kind` is "call_center", "email" or "whatsapp"; `number` tells e-mail rows apart in object
    names (emailValue1, copyEmailButton1, …).
    """

    def __init__(self, parent: QWidget, kind: str, value: str, number: int = 0) -> None:
        self.kind = kind
        self.value = value
        suffix = str(number) if number else ""
        stem = {"call_center": "CallCenter", "email": "Email", "whatsapp": "Whatsapp"}[kind]
        self.name_label = QLabel(parent)
        self.value_label = QLabel(value, parent)
        self.value_label.setObjectName(f"{stem[0].lower()}{stem[1:]}Value{suffix}")
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        make_heading(self.value_label, 1.0)  # bold: the value is what the customer looks for
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(parent)
        self.copy_button.setObjectName(f"copy{stem}Button{suffix}")
        self.open_button = QPushButton(parent)
        action = {"call_center": "call", "email": "write", "whatsapp": "open"}[kind]
        self.open_button.setObjectName(f"{action}{stem}Button{suffix}")

    def url(self) -> QUrl:
        if self.kind == "email":
            return QUrl(mailto_url(self.value))
        if self.kind == "whatsapp":
            return QUrl(whatsapp_url(self.value))
        return QUrl(tel_url(self.value))

    def widgets(self) -> list[QWidget]:
        return [self.name_label, self.value_label, self.copy_button, self.open_button]

    def retranslate(self) -> None:
        value = self.value
        if self.kind == "call_center":
            self.name_label.setText(translate("Contacts", "Call Center (24 hours, 7 days)"))
            self.copy_button.setText(translate("Contacts", "Copy"))
            self.copy_button.setAccessibleName(translate("Contacts", "Copy the Call Center number"))
            self.open_button.setText(translate("Contacts", "&Call"))
            self.open_button.setAccessibleName(translate("Contacts", "Call the Call Center"))
        elif self.kind == "email":
            self.name_label.setText(translate("Contacts", "E-mail"))
            self.copy_button.setText(translate("Contacts", "Copy"))
            self.copy_button.setAccessibleName(
                translate("Contacts", "Copy the e-mail address {address}").format(address=value)
            )
            self.open_button.setText(translate("Contacts", "Write an e-mail"))
            self.open_button.setAccessibleName(
                translate("Contacts", "Write an e-mail to {address}").format(address=value)
            )
        else:
            self.name_label.setText(translate("Contacts", "WhatsApp"))
            self.copy_button.setText(translate("Contacts", "Copy"))
            self.copy_button.setAccessibleName(translate("Contacts", "Copy the WhatsApp number"))
            self.open_button.setText(translate("Contacts", "Open &WhatsApp"))
            self.open_button.setAccessibleName(translate("Contacts", "Write to us on WhatsApp"))
        self.value_label.setAccessibleName(self.name_label.text())
        self.open_button.setToolTip(self.url().toString())


def same_contacts(first: BankInfo, second: BankInfo) -> bool:
    """Whether two answers of GET /info list the same contacts (the server time aside)."""
    return (first.call_center, first.emails, first.whatsapp) == (
        second.call_center,
        second.emails,
        second.whatsapp,
    )


class ContactsWidget(QWidget):
    """The contacts, loaded from the server on `load()`.

    Signals: loaded() after the contacts are shown; complaintFormRequested() for the complaint
    form link (shown only when `complaint_link` is true, i.e. the customer is logged in).
    """

    loaded = Signal()
    complaintFormRequested = Signal()

    def __init__(
        self,
        service: InfoService,
        parent: QWidget | None = None,
        *,
        complaint_link: bool = True,
        open_url: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsWidget")
        self._service = service
        self._open_url = open_url or QDesktopServices.openUrl
        self._loading = 0
        self.info: BankInfo | None = None
        self.rows: list[ContactRow] = []

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        # The buttons stay next to their value; the free space goes to the right.
        self.grid.setColumnStretch(4, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("contactsStatusLabel")
        self.status_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("contactsErrorLabel")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryContactsButton")
        self.retry_button.setVisible(False)
        self.complaint_button = QPushButton(self)
        self.complaint_button.setObjectName("complaintFormButton")
        self.complaint_button.setVisible(complaint_link)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.complaint_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retry_button.clicked.connect(self.load)
        self.complaint_button.clicked.connect(self.complaintFormRequested)
        self.retranslate()

    @asyncSlot()
    async def load(self) -> None:
        """Asks the server for the contacts; only the newest request's answer is shown."""
        self._loading += 1
        ticket = self._loading
        self.retry_button.setEnabled(False)
        if self.info is None:
            self.status_label.setText(translate("Contacts", "Loading the bank's contacts…"))
        try:
            info = await self._service.info()
        except Exception as error:
            if alive(self) and ticket == self._loading:
                self.status_label.clear()
                self.error_label.show_message(functools.partial(error_message, error))
                self.retry_button.setVisible(True)
            return
        finally:
            if alive(self):  # the window may have closed while the request was out
                self.retry_button.setEnabled(True)
        if not alive(self) or ticket != self._loading:
            return
        self.error_label.clear_message()
        self.retry_button.setVisible(False)
        self.status_label.clear()
        self.show_info(info)
        self.loaded.emit()

    def show_info(self, info: BankInfo) -> None:
        previous_info, self.info = self.info, info
        if previous_info is not None and same_contacts(previous_info, info):
            # Rebuilding would take the focus from a button the customer is on.
            return
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [ContactRow(self, "call_center", info.call_center)]
        self.rows += [
            ContactRow(self, "email", email, number) for number, email in enumerate(info.emails, 1)
        ]
        if info.whatsapp:
            self.rows.append(ContactRow(self, "whatsapp", info.whatsapp))
        previous: QWidget | None = None
        for line, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, line, column)
                # At once, not by the layout's queued show: Tab skips a widget not yet shown.
                widget.show()
            row.copy_button.clicked.connect(functools.partial(self.copy, row))
            row.open_button.clicked.connect(functools.partial(self.open, row))
            row.retranslate()
            # Tab walks the rows in reading order: copy, then open, then the next row.
            if previous is not None:
                QWidget.setTabOrder(previous, row.copy_button)
            QWidget.setTabOrder(row.copy_button, row.open_button)
            previous = row.open_button
        if previous is not None and not self.complaint_button.isHidden():
            QWidget.setTabOrder(previous, self.complaint_button)

    def row(self, kind: str, number: int = 0) -> ContactRow:
        matches = [r for r in self.rows if r.kind == kind]
        return matches[max(number - 1, 0)]

    def copy(self, row: ContactRow) -> None:
        copy_text(row.value)
        self._announce(translate("Contacts", "Copied: {value}").format(value=row.value))

    def open(self, row: ContactRow) -> None:
        if not self._open_url(row.url()):
            self._announce(
                translate(
                    "Contacts",
                    "No application on this computer opens this link. Copy the contact instead.",
                )
            )

    def _announce(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.status_label, QAccessible.Event.Alert)
        )

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "Contacts",
                "We are here for you 24 hours a day, 7 days a week. Call, write an e-mail or "
                "send us a message on WhatsApp.",
            )
        )
        self.retry_button.setText(translate("Contacts", "&Try again"))
        self.retry_button.setAccessibleName(translate("Contacts", "Load the contacts again"))
        self.complaint_button.setText(translate("Contacts", "Send a &suggestion or complaint…"))
        self.complaint_button.setAccessibleName(
            translate("Contacts", "Open the suggestions and complaints form")
        )
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
