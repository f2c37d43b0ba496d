"""The export dialog's Save to row: a file name that follows the period and format, and Browse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.export.runner import EXTENSIONS
from desktop.i18n import current_language
from desktop.statement_export import default_file_name
from ui.widgets.export_checks import typed_path
from ui.widgets.save_dialog import ask_save_path

translate = QCoreApplication.translate


class SavePathRow(QWidget):
    """The statement's destination: proposed in `directory` until the customer names the file."""

    def __init__(self, directory: Path, iban: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._iban = iban
        self._fmt = ""
        self._custom_path = False
        # The existing file the customer agreed to replace (in the file dialog or by Export twice).
        self.replace_ok: Path | None = None
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPathEdit")
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("exportBrowseButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)  # lines up with the form's other fields
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button.clicked.connect(self.browse)

    def path(self) -> Path:
        return typed_path(self.path_edit.text())

    def set_path(self, path: Path | str) -> None:
        """The destination as if chosen in the file dialog (tests set it without one)."""
        self.path_edit.setText(str(path))
        self._custom_path = True

    def _path_typed(self) -> None:
        self._custom_path = True

    def follow(self, fmt: str, start: date, end: date) -> None:
        """Proposes the file for this format and period."""
        self._fmt = fmt
        extension = EXTENSIONS[fmt]
        if self._custom_path and self.path_edit.text().strip():
            # The customer's own name keeps; only the extension follows the format.
            self.path_edit.setText(str(self.path().with_suffix(extension)))
            return
        name = default_file_name(self._iban, start, end, extension, current_language())
        self.path_edit.setText(str(self._directory / name))

    def browse(self) -> None:
        ask_save_path(
            self.window(),  # the export dialog owns the file dialog
            translate("ExportDialog", "Save the statement as"),
            self.path(),
            f"{self._fmt.upper()} (*{EXTENSIONS[self._fmt]})",
            self._browsed,
            object_name="exportFileDialog",
        )

    def _browsed(self, chosen: Path) -> None:
        self.set_path(str(chosen))
        self.replace_ok = self.path()  # the file dialog asked about replacing it

    def retranslate(self) -> None:
        self.browse_button.setText(translate("ExportDialog", "&Browse…"))
        self.browse_button.setAccessibleName(translate("ExportDialog", "Choose the file"))
