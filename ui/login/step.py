"""What every step of the login window offers the window around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.api import BankError


class InvalidInput(BankError):
    """A field the customer must fix before anything is sent; `code` picks the message."""

    def __init__(self, code: str, field: QLineEdit) -> None:
        super().__init__(code)
        self.field = field


class LoginStep(QWidget):
    """One page of the login window's stack.

    Signals:
        failed(object): a BankError (or other exception) the window shows in its error line.
        busyChanged(bool): a request started or ended (the window disables Continue).
    """

    failed = Signal(object)
    busyChanged = Signal(bool)

    #: Help topic shown by F1 / the help button while this step is in front.
    help_topic = "login"

    def title(self) -> str:
        raise NotImplementedError

    def continue_text(self) -> str:
        """Text of the window's Continue button while this step is in front."""
        raise NotImplementedError

    def input_fields(self) -> list[QLineEdit]:
        """Fields the virtual keyboard may type into."""
        return []

    def focus_first(self) -> None:
        fields = self.input_fields()
        if fields:
            fields[0].setFocus()

    def submit(self) -> None:
        """Continue was pressed (or Enter in a field)."""
        raise NotImplementedError

    def can_go_back(self) -> bool:
        return True

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
