"""Transfers by keyboard alone: own accounts (with conversion), this bank, another bank.

Also the helpers the other payment GUI tests share: open the page, choose, type, wait.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import BranchApp
from server_stub.seed import account_iban
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, payments, transactions
from tests.server.conftest import DEMO_PHONES
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN, balance
from tests.ui.test_contacts import log_in, open_page
from tests.ui.test_login_keyboard import last_code
from ui.pages.payments_page import PaymentsPage

ALT = Qt.KeyboardModifier.AltModifier
ENTER = Qt.Key.Key_Return
NBSP = "\u00a0"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    """A mnemonic: Alt plus the underlined letter of a label, radio or button."""
    qtbot.keyClick(focused(), key, ALT)


def choose_kind(qtbot: QtBot, page: PaymentsPage, kind: str) -> None:
    """Alt+O (own accounts), Alt+K (this bank) or Alt+R (another bank)."""
    key = {"own": Qt.Key.Key_O, "internal": Qt.Key.Key_K, "external": Qt.Key.Key_R}[kind]
    alt(qtbot, key)
    # A mnemonic clicks a button the way Qt animates it: a moment later.
    qtbot.waitUntil(page.form.kind_radios[kind].isChecked, timeout=2000)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def enter(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), ENTER)


def open_payments(qtbot: QtBot, branch: BranchApp, backend: Backend) -> PaymentsPage:
    """Logs in as 123456789 by keyboard and opens Payments with its data loaded."""
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "paymentsPage")
    assert isinstance(page, PaymentsPage)
    qtbot.waitUntil(lambda: page.form.debtor_combo.count() == 3, timeout=5000)
    qtbot.waitUntil(lambda: page.clock.synced, timeout=5000)
    return page


def choose_account(qtbot: QtBot, combo_key: Qt.Key, currency: str) -> None:
    """Opens an account list by its mnemonic and moves with the arrows to the currency's."""
    alt(qtbot, combo_key)
    combo = focused()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if f" · {currency} · " in combo.currentText():
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no {currency} account in {combo.objectName()}")


def fill_payee(qtbot: QtBot, name: str, iban: str) -> None:
    alt(qtbot, Qt.Key.Key_N)
    type_text(qtbot, name)
    alt(qtbot, Qt.Key.Key_I)
    type_text(qtbot, iban)


def fill_amount(qtbot: QtBot, amount: str, description: str = "") -> None:
    alt(qtbot, Qt.Key.Key_A)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, amount)
    if description:
        alt(qtbot, Qt.Key.Key_D)
        type_text(qtbot, description)


def review(qtbot: QtBot, page: PaymentsPage) -> None:
    """Enter in the form: the quote comes back and the review is in front."""
    enter(qtbot)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.review, timeout=5000)


def send_code(qtbot: QtBot, page: PaymentsPage) -> None:
    """Enter on Send the code: the code step is in front with the cursor in the code field."""
    assert focused() is page.review.send_button
    enter(qtbot)
    qtbot.waitUntil(lambda: focused() is page.code.otp_edit, timeout=5000)


def confirm_code(qtbot: QtBot, page: PaymentsPage, backend: Backend, code: str = "") -> None:
    type_text(qtbot, code or last_code(backend, DEMO_PHONES["123456789"]))
    enter(qtbot)


def wait_result(qtbot: QtBot, page: PaymentsPage) -> None:
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    # The refreshed balance closes the flow: no request is left in flight at teardown.
    qtbot.waitUntil(lambda: bool(page.result.balance_label.text()), timeout=5000)


def review_value(page: PaymentsPage, row: str) -> str:
    label = page.review.values[row]
    return label.text() if label.isVisible() else ""


def shown(page: PaymentsPage, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label.accessibleDescription() if label.isVisible() else ""


def account_id(backend: Backend, number: str = "123456789", sequence: int = 1) -> str:
    """The id of a demo account (ids are random; the IBAN names owner and sequence)."""
    with backend.db.read() as conn:
        return str(
            conn.execute(
                select(accounts.c.id).where(accounts.c.iban == account_iban(number, sequence))
            ).scalar_one()
        )


def available(backend: Backend, account: str) -> Decimal:
    with backend.db.read() as conn:
        row = conn.execute(select(accounts).where(accounts.c.id == account)).mappings().one()
        return Decimal(row["balance_minor"] - row["held_minor"]) / 100


def money(amount: Decimal, currency: str = "ALL") -> str:
    """English display: "ALL 1,500.50" with a no-break space."""
    return f"{currency}{NBSP}{amount:,.2f}"


def payment_rows(backend: Backend) -> list[dict[str, object]]:
    with backend.db.read() as conn:
        return [dict(row) for row in conn.execute(select(payments)).mappings()]


def debits_of(backend: Backend, payment_id: str, account_id: str) -> list[int]:
    with backend.db.read() as conn:
        rows = conn.execute(
            select(transactions.c.amount_minor).where(
                transactions.c.payment_id == payment_id,
                transactions.c.account_id == account_id,
                transactions.c.amount_minor < 0,
            )
        )
        return [int(r[0]) for r in rows]


def test_own_accounts_all_to_eur_shows_rate_and_credited_amount(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    my_all, my_eur = account_id(backend), account_id(backend, sequence=2)
    assert page.form.kind_radios["own"].isChecked()
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    start = available(backend, my_all)
    assert page.form.available_label.text() == f"Available: {money(start)}"
    assert page.form.currency_label.text() == "ALL"
    choose_account(qtbot, Qt.Key.Key_T, "EUR")
    # The bank sells EUR at 103.40 ALL (GET /fx-rates), shown before the review.
    qtbot.waitUntil(lambda: "1 EUR = 103.40 ALL" in page.form.fx_label.text(), timeout=5000)
    assert page.form.fx_label.isVisible()
    fill_amount(qtbot, "1,500.50", "Kursim")
    review(qtbot, page)

    assert review_value(page, "amount") == f"ALL{NBSP}1,500.50"
    assert review_value(page, "fee") == f"ALL{NBSP}0.00"
    assert review_value(page, "total") == f"ALL{NBSP}1,500.50"
    assert review_value(page, "rate") == "1 EUR = 103.40 ALL"
    # 1500.50 / 103.40 = 14.5116… → 14.51 EUR, as the bank's quote says.
    assert review_value(page, "credited") == f"EUR{NBSP}14.51"
    assert review_value(page, "payee") == "Arben Hoxha"
    assert not payment_rows(backend), "the review sends nothing"

    send_code(qtbot, page)
    check = page.code.check_label.text()
    assert f"ALL{NBSP}1,500.50" in check
    assert "Arben Hoxha" in check
    assert "+355" in check
    assert "before entering the code" in check
    before_all, before_eur = balance(backend, my_all), balance(backend, my_eur)
    confirm_code(qtbot, page, backend)
    wait_result(qtbot, page)

    assert page.result.title.text() == "Transfer executed"
    reference = page.result.reference()
    assert reference.startswith("FT261123")
    (row,) = payment_rows(backend)
    assert row["status"] == "executed"
    assert balance(backend, my_eur) == before_eur + 1451
    assert balance(backend, my_all) == before_all - 150_050
    after = available(backend, my_all)
    assert after == start - Decimal("1500.50")
    assert f"available {money(after)}" in page.result.balance_label.text()
    assert money(Decimal("14.51"), "EUR") in page.result.message.message()


def test_to_another_customer_of_this_bank(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "internal")
    assert page.form.payee.iban_edit.isVisible()
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    # Shown in groups of four as typed.
    assert page.form.payee.iban_edit.text() == " ".join(
        PEER_IBAN[i : i + 4] for i in range(0, 28, 4)
    )
    fill_amount(qtbot, "1500", "Qira")
    review(qtbot, page)
    assert review_value(page, "payee") == "Elira Dervishi"
    assert review_value(page, "fee") == f"ALL{NBSP}0.00"
    assert review_value(page, "rate") == ""  # same currency: no rate, no credited line
    assert review_value(page, "credited") == ""

    send_code(qtbot, page)
    text = page.code.check_label.text()
    assert f"ALL{NBSP}1,500.00" in text
    assert "Elira Dervishi" in text
    peer = account_id(backend, "987654321")
    peer_before = balance(backend, peer)
    confirm_code(qtbot, page, backend)
    wait_result(qtbot, page)
    assert balance(backend, peer) == peer_before + 150_000
    assert page.result.reference()


def test_to_another_bank_costs_the_fee(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    page = open_payments(qtbot, branch, backend)
    choose_kind(qtbot, page, "external")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Dritan Shehu", OTHER_BANK_IBAN.lower())
    fill_amount(qtbot, "2,000")
    review(qtbot, page)
    assert review_value(page, "fee") == f"ALL{NBSP}100.00"
    assert review_value(page, "total") == f"ALL{NBSP}2,100.00"
    assert review_value(page, "iban").replace(" ", "") == OTHER_BANK_IBAN

    my_all = account_id(backend)
    start = available(backend, my_all)
    send_code(qtbot, page)
    confirm_code(qtbot, page, backend)
    wait_result(qtbot, page)
    (row,) = payment_rows(backend)
    assert sorted(debits_of(backend, str(row["id"]), my_all)) == [-200_000, -10_000]
    after = start - Decimal("2100.00")
    assert available(backend, my_all) == after
    assert f"available {money(after)}" in page.result.balance_label.text()


def test_own_account_ibans_are_this_banks() -> None:
    # The demo data the tests rely on: every account of this bank carries bank code 205.
    assert account_iban("123456789", 2)[4:7] == "205"
    assert Decimal("1500.50") / Decimal("103.40") > Decimal("14.51")


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter keys of the visible buttons and labels of a window (with a buddy)."""
    letters = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found = re.search(r"&([^&])", widget.text().replace("&&", ""))
            if found:
                letters.append(found.group(1).lower())
    return letters


def test_every_step_has_its_own_alt_keys(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    """An Alt+letter used twice in view only moves between the two: each must be unique."""
    page = open_payments(qtbot, branch, backend)
    window = page.window()

    def unique(view: str) -> None:
        letters = mnemonics(window)
        assert len(letters) == len(set(letters)), f"{view}: {sorted(letters)}"

    for kind in ("own", "internal", "external"):
        choose_kind(qtbot, page, kind)
        unique(f"form {kind}")
    page.form.set_cutoff(True)
    unique("form in the window")
    page.form.set_cutoff(False)
    fill_payee(qtbot, "Dritan Shehu", OTHER_BANK_IBAN)
    fill_amount(qtbot, "10")
    review(qtbot, page)
    unique("review")
    send_code(qtbot, page)
    unique("code")
    confirm_code(qtbot, page, backend)
    wait_result(qtbot, page)
    unique("result")
    for tab in (1, 2):
        page.show_tab(tab)
        qtbot.wait(20)
        unique(f"tab {tab}")
    qtbot.waitUntil(lambda: page.history.table.rowCount() == 1, timeout=5000)
