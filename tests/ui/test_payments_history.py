"""History with status, filters and details; the receipt saved as PDF; the form kept over logout."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.clock import ManualClock
from server_stub.services.backend import Backend
from tests.qt_support import run_async
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN
from tests.ui.test_contacts import log_in, open_page
from tests.ui.test_payments_flow import (
    alt,
    choose_account,
    choose_kind,
    confirm_code,
    fill_amount,
    fill_payee,
    focused,
    open_payments,
    review,
    send_code,
    type_text,
    wait_result,
)
from ui.pages.payments_page import HISTORY, PaymentsPage


def pay(qtbot: QtBot, page: PaymentsPage, backend: Backend, amount: str) -> None:
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    fill_amount(qtbot, amount, "Qira")
    review(qtbot, page)
    send_code(qtbot, page)
    confirm_code(qtbot, page, backend)
    wait_result(qtbot, page)


def cells(page: PaymentsPage) -> list[list[str]]:
    table = page.history.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_history_shows_status_details_and_filters(
    qtbot: QtBot, branch: BranchApp, backend: Backend, clock: ManualClock
) -> None:
    page = open_payments(qtbot, branch, backend)
    pay(qtbot, page, backend, "1,500")
    reference = page.result.reference()
    page.result.new_button.click()
    clock.advance(minutes=1)
    # A second one left awaiting its code, then cancelled from the history.
    choose_kind(qtbot, page, "external")
    fill_payee(qtbot, "Dritan Shehu", OTHER_BANK_IBAN)
    fill_amount(qtbot, "40")
    review(qtbot, page)
    send_code(qtbot, page)

    page.show_tab(HISTORY)
    qtbot.waitUntil(lambda: len(cells(page)) == 2, timeout=5000)
    newest, older = cells(page)
    assert newest[1:] == ["Dritan Shehu", "ALL\u00a040.00", "Awaiting code"]
    assert older[1:] == ["Elira Dervishi", "ALL\u00a01,500.00", "Executed"]
    assert [newest[0], older[0]] == ["2026-11-23 10:01", "2026-11-23 10:00"]  # Tirana time

    page.history.table.setFocus()
    qtbot.keyClick(page.history.table, Qt.Key.Key_Down)
    details = page.history.details.text()
    assert f"Reference: {reference}" in details
    assert "Kind: To an account at this bank" in details
    assert "Description: Qira" in details
    assert not page.history.cancel_button.isEnabled(), "an executed payment cannot be cancelled"

    qtbot.keyClick(page.history.table, Qt.Key.Key_Up)
    assert page.history.cancel_button.isEnabled()
    page.history.cancel_button.setFocus()
    qtbot.keyClick(page.history.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: cells(page)[0][3] == "Cancelled", timeout=5000)

    # Filter by status with the keyboard.
    alt(qtbot, Qt.Key.Key_T)
    combo = page.history.status_combo
    assert focused() is combo
    while combo.currentData() != "executed":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(cells(page)) == 1, timeout=5000)
    assert cells(page)[0][3] == "Executed"


# Typing a path opens the file dialog's completer pop-up, which offscreen cannot grab keys for.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_receipt_saved_as_pdf_names_the_reference(
    qtbot: QtBot, branch: BranchApp, backend: Backend, tmp_path: Path
) -> None:
    page = open_payments(qtbot, branch, backend)
    pay(qtbot, page, backend, "1,500")
    reference = page.result.reference()
    alt(qtbot, Qt.Key.Key_P)  # Save as PDF
    qtbot.waitUntil(lambda: page.findChild(QFileDialog, "receiptFileDialog") is not None)
    dialog = page.findChild(QFileDialog, "receiptFileDialog")
    assert isinstance(dialog, QFileDialog)
    qtbot.waitExposed(dialog)
    # An empty folder: the file name completer has nothing to offer over the Enter key.
    folder = tmp_path / "receipts"
    folder.mkdir()
    dialog.setDirectory(str(folder))
    dialog.activateWindow()
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    qtbot.waitUntil(lambda: focused() is name_edit, timeout=2000)
    assert name_edit.text().startswith(reference)  # the receipt's reference is the suggestion
    target = folder / "receipt.pdf"
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, target.name)
    with qtbot.waitSignal(page.result.receiptSaved, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    text = " ".join(
        unicodedata.normalize("NFKC", PdfReader(target).pages[0].extract_text()).split()
    )
    assert reference in text
    assert "Transfer receipt" in text
    assert "Elira Dervishi" in text
    assert "ALL 1,500.00" in text


def test_the_form_is_kept_over_an_idle_logout(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "external")
    choose_account(qtbot, Qt.Key.Key_F, "USD")
    fill_payee(qtbot, "Dritan Shehu", OTHER_BANK_IBAN)
    fill_amount(qtbot, "12.50", "Libra")
    run_async(branch.session.logout("idle"))
    qtbot.waitUntil(branch.login_window.isVisible, timeout=5000)

    window = log_in(qtbot, branch, backend)
    again = open_page(qtbot, window, "paymentsPage")
    assert isinstance(again, PaymentsPage)
    assert again is not page
    qtbot.waitUntil(lambda: again.form.debtor_combo.count() == 3, timeout=5000)
    form = again.form
    assert form.kind() == "external"
    debtor = form.debtor()
    assert debtor is not None
    assert debtor.currency == "USD"
    assert form.payee.name_edit.text() == "Dritan Shehu"
    assert form.payee.iban_edit.iban() == OTHER_BANK_IBAN
    assert form.amount_edit.text() == "12.50"
    assert form.description_edit.text() == "Libra"
    draft = again.draft()
    assert draft is not None
    assert not any("otp" in key or "code" in key for key in draft)
    qtbot.waitUntil(lambda: again.clock.synced, timeout=5000)
