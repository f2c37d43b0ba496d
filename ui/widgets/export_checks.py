"""The statement export's input checks: what is wrong with the period or file, in words to show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def typed_path(text: str) -> Path:
    """The file a typed path names: blanks around it dropped, `~` expanded."""
    return Path(text.strip()).expanduser()


def input_problem(start: date, end: date, path_text: str) -> str | None:
    """What is wrong with the period or destination before anything is fetched, or None."""
    if end < start:
        return translate("ExportDialog", "The end date is before the start date.")
    if not path_text.strip():
        return translate("ExportDialog", "Choose where to save the statement.")
    path = typed_path(path_text)
    if not path.parent.is_dir():
        return translate("ExportDialog", "The folder {folder} does not exist.").format(
            folder=str(path.parent)
        )
    return None


def already_exists(path: Path) -> str:
    """Said once before an existing file is replaced: pressing Export again replaces it."""
    return translate(
        "ExportDialog", "{name} already exists. Press Export again to replace it."
    ).format(name=path.name)
