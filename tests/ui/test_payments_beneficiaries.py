"""Beneficiaries by keyboard: add, rename in place, delete after a question; saved by paying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from server_stub.store.tables import beneficiaries
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN
from tests.ui.test_payments_flow import (
    alt,
    choose_account,
    choose_kind,
    confirm_code,
    enter,
    fill_amount,
    fill_payee,
    focused,
    open_payments,
    review,
    send_code,
    type_text,
    wait_result,
)
from ui.pages.payments_page import PaymentsPage


def saved(backend: Backend) -> list[tuple[str, str]]:
    with backend.db.read() as conn:
        rows = conn.execute(select(beneficiaries.c.name, beneficiaries.c.iban))
        return sorted((str(name), str(iban)) for name, iban in rows)


def table_names(page: PaymentsPage) -> list[str]:
    """The names the list shows, once the bank's answer is in (not just what was typed)."""
    table = page.beneficiaries.table
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
    return shown if shown == [b.name for b in page.beneficiaries.saved()] else ["(pending)"]


def to_beneficiaries_tab(qtbot: QtBot, page: PaymentsPage) -> None:
    """Ctrl+Tab from inside the tabs moves to the next tab, as in any tabbed window."""
    page.form.focus_first()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.beneficiaries, timeout=2000)


def test_add_rename_delete(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    page = open_payments(qtbot, branch, backend)
    to_beneficiaries_tab(qtbot, page)
    panel = page.beneficiaries

    alt(qtbot, Qt.Key.Key_N)
    type_text(qtbot, "Dritan Shehu")
    alt(qtbot, Qt.Key.Key_I)
    type_text(qtbot, OTHER_BANK_IBAN[:10] + "9" + OTHER_BANK_IBAN[11:])  # a typo
    assert panel.iban_error.accessibleDescription().startswith("The IBAN is not valid.")
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, OTHER_BANK_IBAN)
    assert not panel.iban_error.isVisible()
    enter(qtbot)
    qtbot.waitUntil(lambda: table_names(page) == ["Dritan Shehu"], timeout=5000)
    assert saved(backend) == [("Dritan Shehu", OTHER_BANK_IBAN)]
    assert panel.name_edit.text() == ""
    assert panel.iban_edit.text() == ""
    assert focused() is panel.table

    # The form offers it for "another bank", not for "this bank".
    combo = page.form.payee.beneficiary_combo
    page.form.set_kind("external")
    assert any("Dritan Shehu" in combo.itemText(i) for i in range(combo.count()))
    page.form.set_kind("internal")
    assert not any("Dritan Shehu" in combo.itemText(i) for i in range(combo.count()))

    # F2 renames in place; Enter saves.
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor is not panel.table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Dritan Shehu (rent)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: saved(backend) == [("Dritan Shehu (rent)", OTHER_BANK_IBAN)], timeout=5000
    )
    qtbot.waitUntil(lambda: table_names(page) == ["Dritan Shehu (rent)"], timeout=5000)

    # Delete asks first, in our words; No keeps it, Yes deletes it.
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible())
    box = panel.confirm_box
    assert box is not None
    assert "Delete Dritan Shehu (rent)" in box.text()
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Yes"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.confirm_box is None, timeout=2000)
    assert len(saved(backend)) == 1

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible())
    box = panel.confirm_box
    assert box is not None
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.activateWindow()  # the window manager's part; offscreen does not do it by itself
    qtbot.waitUntil(lambda: focused().window() is box, timeout=2000)
    for _ in range(4):
        if QApplication.focusWidget() is yes:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is yes
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: saved(backend) == [], timeout=5000)
    qtbot.waitUntil(lambda: table_names(page) == [], timeout=5000)


def test_save_as_beneficiary_after_the_payment(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    alt(qtbot, Qt.Key.Key_V)  # Save as a beneficiary
    qtbot.waitUntil(page.form.payee.save_check.isChecked, timeout=2000)
    fill_amount(qtbot, "250")
    review(qtbot, page)
    assert saved(backend) == [], "nothing is saved before the payment is made"
    send_code(qtbot, page)
    confirm_code(qtbot, page, backend)
    wait_result(qtbot, page)
    qtbot.waitUntil(lambda: saved(backend) == [("Elira Dervishi", PEER_IBAN)], timeout=5000)
    qtbot.waitUntil(lambda: "was saved" in page.result.payee_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: table_names(page) == ["Elira Dervishi"], timeout=5000)

    # Next time it is picked from the list: name and IBAN filled in.
    enter_new = page.result.new_button
    enter_new.setFocus()
    qtbot.keyClick(enter_new, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.form, timeout=2000)
    alt(qtbot, Qt.Key.Key_Y)  # Saved payee
    combo = page.form.payee.beneficiary_combo
    assert focused() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert page.form.payee.name_edit.text() == "Elira Dervishi"
    assert page.form.payee.iban_edit.iban() == PEER_IBAN
    assert not page.form.payee.save_check.isEnabled()
