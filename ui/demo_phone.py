"""The "Demo phone": shows each SMS the stub server sends, standing in for the customer's phone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from qasync import asyncSlot

from desktop.services.demo_phone import DemoPhoneFeed, Sms
from ui.widgets.alive import alive

translate = QCoreApplication.translate

POLL_MS = 1000


class DemoPhone(QWidget):
    def __init__(self, feed: DemoPhoneFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPhone")
        self._feed = feed
        self._seen: set[int] = set()
        self._polling = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.messages = QListWidget(self)
        self.messages.setObjectName("demoPhoneMessages")
        self.messages.setWordWrap(True)
        self.messages.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.messages, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self.retranslate()

    def start(self) -> None:
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()

    @asyncSlot()
    async def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        try:
            messages = await self._feed.messages()
        except Exception:  # the server may still be starting: try again on the next tick
            return
        finally:
            self._polling = False
        if not alive(self):
            return
        for sms in reversed(messages):
            if sms.id not in self._seen:
                self._seen.add(sms.id)
                self._add(sms)

    def _add(self, sms: Sms) -> None:
        when = sms.sent_at.astimezone().strftime("%H:%M:%S")
        item = QListWidgetItem(f"{when} → {sms.to}\n{sms.text}")
        self.messages.insertItem(0, item)
        self.messages.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("DemoPhone", "Demo phone"))
        self.intro.setText(
            translate(
                "DemoPhone",
                "Demo mode: this window stands in for the customers' phones and shows every SMS "
                "the bank sends, newest first.",
            )
        )
        self.messages.setAccessibleName(translate("DemoPhone", "Text messages"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
