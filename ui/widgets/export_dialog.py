"""The statement export dialog: period, format, destination, then progress with Cancel.

Imported only when the customer first asks for a statement, like the export package it drives.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.export.runner import FORMATS
from desktop.i18n import current_language
from desktop.money import format_iban
from desktop.services.accounts import Account
from desktop.statement_export import (
    ExportJob,
    Party,
    StatementExport,
    StatementSource,
    documents_dir,
    export_error,
)
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.export_checks import already_exists, input_problem
from ui.widgets.export_path_row import SavePathRow
from ui.widgets.export_progress import ExportProgressBar
from ui.widgets.transaction_filters import date_format, date_of, make_date_edit, to_qdate

translate = QCoreApplication.translate


def format_name(fmt: str) -> str:
    return {
        "csv": translate("ExportDialog", "CSV – for spreadsheets"),
        "pdf": translate("ExportDialog", "PDF – to read or print"),
        "ofx": translate("ExportDialog", "OFX – for personal finance programs"),
        "camt053": translate("ExportDialog", "ISO 20022 camt.053 – for accounting software"),
    }[fmt]


class ExportDialog(QDialog):
    """Signals: exported(str) with the path of a statement file written in full."""

    exported = Signal(str)

    def __init__(
        self,
        source: StatementSource,
        party: Callable[[], Awaitable[Party]],
        account: Account,
        period: tuple[date, date],
        *,
        count_hint: Callable[[date, date], Awaitable[int]] | None = None,
        directory: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._source = source
        self._party = party
        self._account = account
        self._count_hint = count_hint
        self._export: StatementExport | None = None
        self._running = False
        self._cancel_asked = False

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.account_label = QLabel(self)
        self.account_value = QLabel(self)
        self.account_value.setObjectName("exportAccountLabel")
        self.account_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.from_edit = make_date_edit(self, "exportFromEdit")
        self.to_edit = make_date_edit(self, "exportToEdit")
        self.from_edit.setDate(to_qdate(period[0]))
        self.to_edit.setDate(to_qdate(period[1]))
        self.format_selector = QComboBox(self)
        self.format_selector.setObjectName("exportFormatSelector")
        for fmt in FORMATS:
            self.format_selector.addItem(format_name(fmt), fmt)
        self.path_row = SavePathRow(directory or documents_dir(), account.iban, self)
        self.path_edit = self.path_row.path_edit
        self.progress = ExportProgressBar(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("exportErrorLabel")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportStartButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("exportCancelButton")
        self.cancel_button.setAutoDefault(False)

        self.labels = {name: QLabel(self) for name in ("from", "to", "format", "path")}
        for name, buddy in (
            ("from", self.from_edit),
            ("to", self.to_edit),
            ("format", self.format_selector),
            ("path", self.path_edit),
        ):
            self.labels[name].setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.account_label, self.account_value)
        form.addRow(self.labels["from"], self.from_edit)
        form.addRow(self.labels["to"], self.to_edit)
        form.addRow(self.labels["format"], self.format_selector)
        form.addRow(self.labels["path"], self.path_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

        self.format_selector.currentIndexChanged.connect(self._update_path)
        self.from_edit.dateChanged.connect(self._update_path)
        self.to_edit.dateChanged.connect(self._update_path)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.retranslate()
        self._update_path()

    # --- what to export -----------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return date_of(self.from_edit), date_of(self.to_edit)

    def fmt(self) -> str:
        return str(self.format_selector.currentData())

    def set_format(self, fmt: str) -> None:
        self.format_selector.setCurrentIndex(self.format_selector.findData(fmt))

    def path(self) -> Path:
        return self.path_row.path()

    def _update_path(self) -> None:
        self.path_row.follow(self.fmt(), *self.period())

    def _check(self) -> str | None:
        """What is wrong before anything is fetched, or None."""
        problem = input_problem(*self.period(), self.path_edit.text())
        path = self.path()
        if problem is None and path.exists() and self.path_row.replace_ok != path:
            self.path_row.replace_ok = path  # said once: Export again replaces it
            return already_exists(path)
        return problem

    # --- the export ---------------------------------------------------------------------
    @asyncSlot()
    async def start_export(self) -> None:
        if self._running:
            return
        problem = self._check()
        if problem is not None:
            self.error_label.show_message(functools.partial(str, problem))
            return
        self.error_label.clear_message()
        start, end = self.period()
        job = ExportJob(self._account.id, start, end, self.fmt(), self.path(), current_language())
        self._set_running(True)
        try:
            party = await self._party()
            if self._cancel_asked:
                written = None
            else:
                self._export = StatementExport(
                    self._source,
                    party,
                    job,
                    progress=self._progressed,
                    total=self._total_known,
                    count_hint=self._hint(start, end),
                )
                # Logging out deletes the dialog: the export must not go on writing behind it.
                self.destroyed.connect(self._export.cancel)
                written = await self._export.run()
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(export_error, error))
                self.status_label.setText(translate("ExportDialog", "No file was saved."))
            return
        finally:
            if alive(self):
                self._set_running(False)
        if not alive(self):
            return
        if written is None:
            self.status_label.setText(
                translate("ExportDialog", "The export was cancelled. No file was saved.")
            )
            return
        self.progress.finish()
        self.status_label.setText(
            translate("ExportDialog", "Saved to {path} · transactions: {count}").format(
                path=str(written), count=QLocale().toString(self.progress.written)
            )
        )
        self.exported.emit(str(written))

    def _hint(self, start: date, end: date) -> Callable[[], Awaitable[int]] | None:
        if self._count_hint is None:
            return None
        return functools.partial(self._count_hint, start, end)

    def cancel_or_close(self) -> None:
        if self._running:
            self._cancel_asked = True
            if self._export is not None:
                self._export.cancel()
            self.status_label.setText(translate("ExportDialog", "Cancelling…"))
        else:
            self.reject()

    @property
    def running(self) -> bool:
        return self._running

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (
            self.from_edit,
            self.to_edit,
            self.format_selector,
            self.path_row,
            self.export_button,
        ):
            widget.setEnabled(not running)
        if running:
            self._cancel_asked = False
            self.progress.start()
            self.status_label.setText(translate("ExportDialog", "Fetching the statement…"))
            self.cancel_button.setFocus()
        else:
            self._export = None
        self._retranslate_buttons()

    def _progressed(self, written: int) -> None:
        if not alive(self):
            return
        text = self.progress.step(written)
        if not self._cancel_asked:
            self.status_label.setText(text)

    def _total_known(self, count: int, exact: bool) -> None:
        if alive(self) and (exact or self.progress.total is None):
            self.progress.total = count
            self._progressed(self.progress.written)

    # --- closing and language -----------------------------------------------------------
    def reject(self) -> None:
        # Esc during an export cancels it; once it has stopped, Esc closes the dialog.
        if self._running:
            self.cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self.cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate_buttons(self) -> None:
        self.export_button.setText(translate("ExportDialog", "&Export"))
        self.export_button.setAccessibleName(translate("ExportDialog", "Export the statement"))
        if self._running:
            self.cancel_button.setText(translate("ExportDialog", "&Cancel export"))
        else:
            self.cancel_button.setText(translate("ExportDialog", "&Close"))
        self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(translate("ExportDialog", "Account statement"))
        self.intro.setText(
            translate(
                "ExportDialog",
                "The statement lists the booked transactions of the period, oldest first, with "
                "the opening and closing balance. Pending transactions are not in it yet.",
            )
        )
        self.account_label.setText(translate("ExportDialog", "Account:"))
        self.account_value.setText(
            f"{self._account.name} · {format_iban(self._account.iban)} · {self._account.currency}"
        )
        texts = {
            "from": translate("ExportDialog", "F&rom:"),
            "to": translate("ExportDialog", "&To:"),
            "format": translate("ExportDialog", "F&ormat:"),
            "path": translate("ExportDialog", "&Save to:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        for i, fmt in enumerate(FORMATS):
            self.format_selector.setItemText(i, format_name(fmt))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_format(language))
        self.path_row.retranslate()
        self.progress.setAccessibleName(translate("ExportDialog", "Export progress"))
        self._retranslate_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
