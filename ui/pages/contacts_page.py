"""Contacts: Call Center, e-mails and WhatsApp, as a page and as a dialog of the login window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.info import InfoService
from ui.pages.page import Page
from ui.widgets.contact_card import ContactsWidget, UrlOpener
from ui.widgets.fonts import make_heading

translate = QCoreApplication.translate


class ContactsPage(Page):
    """Signals: complaintFormRequested() when the customer follows the complaint form link."""

    complaintFormRequested = Signal()
    help_topic = "contacts"

    def __init__(
        self,
        service: InfoService,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.contacts = ContactsWidget(service, self, open_url=open_url)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.contacts, 1)
        self.contacts.complaintFormRequested.connect(self.complaintFormRequested)
        self.retranslate()

    def nav_title(self) -> str:
        return translate("ContactsPage", "Contacts")

    def activate(self) -> None:
        # Every time: the contacts are the server's to change, and the request is small.
        self.contacts.load()

    def retranslate(self) -> None:
        self.title.setText(translate("ContactsPage", "Contacts"))


class ContactsDialog(QDialog):
    """The contacts before login (the login window's contactsButton); loads when shown."""

    def __init__(
        self,
        service: InfoService,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.title = QLabel(self)
        make_heading(self.title)
        self.contacts = ContactsWidget(service, self, complaint_link=False, open_url=open_url)
        self.login_hint = QLabel(self)
        self.login_hint.setWordWrap(True)
        # A button of our own: a standard Close button re-translates itself after us, and Qt
        # has no Albanian.
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("contactsDialogButtons")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("closeContactsButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.login_hint)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.contacts.load()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ContactsPage", "Contacts — Internet Branch"))
        self.title.setText(translate("ContactsPage", "Contacts"))
        self.login_hint.setText(
            translate(
                "ContactsPage",
                "To send a suggestion or a complaint online, log in and open Suggestions & "
                "Complaints.",
            )
        )
        self.close_button.setText(translate("ContactsPage", "Cl&ose"))
        self.close_button.setAccessibleName(translate("ContactsPage", "Close the contacts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
