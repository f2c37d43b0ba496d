"""Saved payees: the list, adding one (IBAN checked as typed), renaming in place, deleting."""

from __future__ import annotations

import functools
from collections.abc import Awaitable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.api import BankError
from desktop.i18n import standard_button_texts
from desktop.messages import error_message
from desktop.money import format_iban
from desktop.services.beneficiaries import BeneficiariesService, Beneficiary
from desktop.services.payment_checks import check_iban
from desktop.services.payments import NAME_MAX
from ui.widgets.alive import alive
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.payee_fields import IbanEdit, set_field_error

translate = QCoreApplication.translate

NAME, IBAN = 0, 1
T = TypeVar("T")


class BeneficiariesPanel(QWidget):
    """Signals: changed(list) with every saved payee after a load, an add, rename or delete."""

    changed = Signal(list)

    def __init__(self, service: BeneficiariesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beneficiariesPanel")
        self._service = service
        self._saved: list[Beneficiary] = []
        self._busy = False
        self.confirm_box: QMessageBox | None = None

        self.title = QLabel(self)
        make_heading(self.title, 1.1)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("beneficiariesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 (or Rename) edits the name in place; the IBAN is never edited.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            IBAN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.installEventFilter(self)
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameBeneficiaryButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteBeneficiaryButton")
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("beneficiariesErrorLabel")
        self.add_title = QLabel(self)
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("beneficiaryNameEdit")
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_label.setBuddy(self.name_edit)
        self.name_error = ErrorLabel(self)
        self.name_error.setObjectName("beneficiaryNameErrorLabel")
        self.iban_label = QLabel(self)
        self.iban_edit = IbanEdit(self)
        self.iban_edit.setObjectName("beneficiaryIbanEdit")
        self.iban_label.setBuddy(self.iban_edit)
        self.iban_error = ErrorLabel(self)
        self.iban_error.setObjectName("beneficiaryIbanErrorLabel")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addBeneficiaryButton")
        for button in (self.rename_button, self.delete_button, self.add_button):
            button.setAutoDefault(True)

        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.rename_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.name_label, self._cell(self.name_edit, self.name_error))
        form.addRow(self.iban_label, self._cell(self.iban_edit, self.iban_error))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        form.addRow("", add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.add_title)
        layout.addLayout(form)

        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button.clicked.connect(self.ask_delete)
        self.add_button.clicked.connect(self.add)
        self.name_edit.returnPressed.connect(self.add)
        self.iban_edit.returnPressed.connect(self.add)
        self.iban_edit.textEdited.connect(self._iban_edited)
        self.retranslate()
        self._selection_changed()

    @staticmethod
    def _cell(edit: QWidget, error: QWidget) -> QVBoxLayout:
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(edit)
        cell.addWidget(error)
        return cell

    # --- the list -----------------------------------------------------------------------
    def saved(self) -> list[Beneficiary]:
        return list(self._saved)

    @asyncSlot()
    async def refresh(self) -> None:
        try:
            saved = await self._service.beneficiaries()
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return
        if alive(self):
            self._show(saved)

    def _show(self, saved: list[Beneficiary], select: str | None = None) -> None:
        if select is None:
            # Keep the row the customer was on; else the first one, ready for F2 or Delete.
            current = self.selected()
            ids = {b.id for b in saved}
            select = current.id if current is not None and current.id in ids else None
            if select is None and saved:
                select = min(saved, key=lambda b: b.name.casefold()).id
        self._saved = sorted(saved, key=lambda b: b.name.casefold())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._saved))
        for row, payee in enumerate(self._saved):
            name = QTableWidgetItem(payee.name)
            name.setData(Qt.ItemDataRole.UserRole, payee.id)
            iban = QTableWidgetItem(format_iban(payee.iban))
            iban.setFlags(iban.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, IBAN, iban)
            if payee.id == select:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._selection_changed()
        self.changed.emit(list(self._saved))

    def selected(self) -> Beneficiary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._saved[row] if 0 <= row < len(self._saved) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen and not self._busy)
        self.delete_button.setEnabled(chosen and not self._busy)

    # --- adding -------------------------------------------------------------------------
    def _iban_edited(self) -> None:
        code = check_iban(self.iban_edit.text(), "any", final=False)
        set_field_error(self.iban_error, self.iban_edit, self._iban_problem(code))

    def _iban_problem(self, code: str | None) -> BankError | None:
        return (
            None if code is None else BankError(code, fields={"length": len(self.iban_edit.iban())})
        )

    @asyncSlot()
    async def add(self) -> None:
        if self._busy:
            return
        name = self.name_edit.text().strip()
        iban_code = check_iban(self.iban_edit.text(), "any", final=True)
        name_problem = None if name else BankError("beneficiary_name_missing")
        set_field_error(self.name_error, self.name_edit, name_problem)
        set_field_error(self.iban_error, self.iban_edit, self._iban_problem(iban_code))
        if name_problem or iban_code:
            (self.name_edit if name_problem else self.iban_edit).setFocus()
            return
        self.error_label.clear_message()
        added = await self._run(self._service.add(name, self.iban_edit.iban()))
        if isinstance(added, Beneficiary):
            self.name_edit.clear()
            self.iban_edit.clear()
            others = [b for b in self._saved if b.id != added.id]
            self._show([*others, added], select=added.id)
            self.table.setFocus()

    async def _run(self, request: Awaitable[T]) -> T | None:
        """Awaits one request with the buttons disabled; a refusal goes to the error line."""
        self._busy = True
        self.add_button.setEnabled(False)
        self._selection_changed()
        try:
            return await request
        except BankError as error:
            if alive(self):
                if error.code == "invalid_iban":
                    set_field_error(self.iban_error, self.iban_edit, error)
                else:
                    self.error_label.show_message(functools.partial(error_message, error))
                if error.code == "beneficiary_not_found":
                    self.refresh()
            return None
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return None
        finally:
            if alive(self):
                self._busy = False
                self.add_button.setEnabled(True)
                self._selection_changed()

    # --- renaming -----------------------------------------------------------------------
    def start_rename(self) -> None:
        payee = self.selected()
        if payee is None:
            return
        row = self._saved.index(payee)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(item)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        payee_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._rename(payee_id, item.text())

    @asyncSlot(str, str)
    async def _rename(self, payee_id: str, name: str) -> None:
        payee = next((b for b in self._saved if b.id == payee_id), None)
        if payee is None or name.strip() == payee.name:
            return
        if not name.strip():
            self.error_label.show_message(
                functools.partial(error_message, BankError("beneficiary_name_missing"))
            )
            self._show(self._saved, select=payee_id)
            return
        self.error_label.clear_message()
        renamed = await self._run(self._service.rename(payee_id, name))
        if isinstance(renamed, Beneficiary):
            others = [b for b in self._saved if b.id != payee_id]
            self._show([*others, renamed], select=payee_id)
        elif alive(self):
            self._show(self._saved, select=payee_id)  # the old name back
        if alive(self):
            self.table.setFocus()

    # --- deleting -----------------------------------------------------------------------
    def ask_delete(self) -> None:
        payee = self.selected()
        if payee is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteBeneficiaryBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Beneficiaries", "Delete the payee"))
        box.setText(
            translate("Beneficiaries", "Delete {name} ({iban}) from your beneficiaries?").format(
                name=payee.name, iban=format_iban(payee.iban)
            )
        )
        box.setInformativeText(
            translate("Beneficiaries", "Payments already made to this payee are not affected.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        standard_button_texts(box)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # open(), not exec(): the asyncio loop keeps running and tests can answer by keyboard.
        box.finished.connect(functools.partial(self._delete_answered, box, payee.id))
        self.confirm_box = box
        box.open()

    def _delete_answered(self, box: QMessageBox, payee_id: str, _result: int) -> None:
        yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        self.confirm_box = None
        if yes:
            self._delete(payee_id)
        else:
            self.table.setFocus()

    @asyncSlot(str)
    async def _delete(self, payee_id: str) -> None:
        if await self._run(self._deleted(payee_id)) and alive(self):
            self._show([b for b in self._saved if b.id != payee_id])
            self.table.setFocus()

    async def _deleted(self, payee_id: str) -> bool:
        await self._service.delete(payee_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.ask_delete()
            return True
        return super().eventFilter(watched, event)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("Beneficiaries", "Saved payees (beneficiaries)"))
        self.table.setHorizontalHeaderLabels(
            [translate("Beneficiaries", "Name"), translate("Beneficiaries", "IBAN")]
        )
        self.table.setAccessibleName(translate("Beneficiaries", "Saved payees"))
        self.table.setAccessibleDescription(
            translate("Beneficiaries", "F2 renames the selected payee; Delete removes it.")
        )
        self.rename_button.setText(translate("Beneficiaries", "&Rename"))
        self.rename_button.setAccessibleName(translate("Beneficiaries", "Rename the payee"))
        self.delete_button.setText(translate("Beneficiaries", "&Delete"))
        self.delete_button.setAccessibleName(translate("Beneficiaries", "Delete the payee"))
        self.add_title.setText(translate("Beneficiaries", "Add a payee"))
        self.name_label.setText(translate("Beneficiaries", "&Name:"))
        self.name_edit.setAccessibleName(translate("Beneficiaries", "Payee name"))
        self.iban_label.setText(translate("Beneficiaries", "&IBAN:"))
        self.iban_edit.setAccessibleName(translate("Beneficiaries", "Payee IBAN"))
        self.iban_edit.setPlaceholderText("AL00 0000 0000 0000 0000 0000 0000")
        self.add_button.setText(translate("Beneficiaries", "&Add"))
        self.add_button.setAccessibleName(translate("Beneficiaries", "Add the payee"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
