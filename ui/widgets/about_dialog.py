"""About: the application's name, version, the bank's contacts and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.i18n import standard_button_texts

translate = QCoreApplication.translate


class AboutDialog(QDialog):
    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._version = version
        self.icon_label = QLabel(self)
        size = self.fontMetrics().height() * 4
        self.icon_label.setPixmap(QApplication.windowIcon().pixmap(size, size))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("AboutDialog", "About the Internet Branch"))
        self.text.setText(
            translate(
                "AboutDialog",
                "<h3>Internet Branch</h3><p>Version {version}</p><p>The bank's Internet Branch "
                "on your computer: accounts, account transactions, transfers and statements, in "
                "Albanian and English.</p><p>Call Center (24 hours): +355 4 2266 288</p>",
            ).format(version=self._version)
        )
        self.text.setAccessibleName(translate("AboutDialog", "About the Internet Branch"))
        standard_button_texts(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
