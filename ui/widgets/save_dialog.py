"""Asking where to save a file: Qt's file dialog with our own Albanian and English labels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


def name_file_dialog(dialog: QFileDialog) -> None:
    """Qt ships no Albanian for its file dialog: we name its buttons and labels ourselves."""
    labels = {
        QFileDialog.DialogLabel.Accept: translate("SaveDialog", "&Save"),
        QFileDialog.DialogLabel.Reject: translate("SaveDialog", "Cancel"),
        QFileDialog.DialogLabel.FileName: translate("SaveDialog", "File &name:"),
        QFileDialog.DialogLabel.FileType: translate("SaveDialog", "File &type:"),
        QFileDialog.DialogLabel.LookIn: translate("SaveDialog", "Save &in:"),
    }
    for which, text in labels.items():
        dialog.setLabelText(which, text)


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    on_chosen: Callable[[Path], None],
    *,
    object_name: str = "saveFileDialog",
) -> QFileDialog:
    """Opens a save dialog (window-modal, without a nested event loop) and returns it.

    `on_chosen` gets the chosen path; Qt's dialog asks before replacing an existing file.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    # Qt's own dialog, so the labels above apply (the platform's would ignore them).
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    suffix = suggested.suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(str(suggested.parent))
    dialog.selectFile(suggested.name)
    name_file_dialog(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog
