"""Statement export from the transactions page, by keyboard: CSV and PDF read back, progress,
cancel mid-export, a server error — and never a half-written file."""

from __future__ import annotations

import asyncio
import csv
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api import BankError
from desktop.app import BranchApp
from desktop.export.csv_writer import TABLE_HEADER_LINE
from desktop.messages import error_message
from desktop.money import format_money
from desktop.services.transactions import STATEMENT_PAGE_SIZE, StatementPage, TransactionsService
from server_stub.bulk import add_bulk_transactions
from server_stub.services.backend import Backend
from tests.qt_support import run_async
from tests.ui.test_contacts import focused
from tests.ui.test_transactions_page import open_transactions
from ui.pages.transactions_page import TransactionsPage
from ui.widgets.export_dialog import ExportDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key, ALT)


def open_dialog(qtbot: QtBot, page: TransactionsPage, folder: Path) -> ExportDialog:
    folder.mkdir(exist_ok=True)
    page.export_dir = folder
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    alt(qtbot, Qt.Key.Key_E)  # &Export statement…
    qtbot.waitUntil(lambda: page.export_dialog is not None and page.export_dialog.isVisible())
    dialog = page.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.objectName() == "exportDialog"
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    return dialog


def choose_format(qtbot: QtBot, dialog: ExportDialog, fmt: str) -> None:
    alt(qtbot, Qt.Key.Key_O)  # F&ormat
    assert focused() is dialog.format_selector
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    while dialog.fmt() != fmt:
        qtbot.keyClick(focused(), Qt.Key.Key_Down)


def type_path(qtbot: QtBot, dialog: ExportDialog, path: Path) -> None:
    alt(qtbot, Qt.Key.Key_S)  # &Save to
    assert focused() is dialog.path_edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), str(path))


def statement(branch: BranchApp, page: TransactionsPage, start: date, end: date) -> StatementPage:
    account = page.filters.account_id()
    assert account is not None
    return run_async(TransactionsService(branch.api).statement_page(account, start, end))


def test_csv_export_end_to_end(
    qtbot: QtBot, branch: BranchApp, backend: Backend, tmp_path: Path
) -> None:
    tmp = tmp_path / "out"
    _window, page = open_transactions(qtbot, branch, backend)
    dialog = open_dialog(qtbot, page, tmp)
    start, end = page.filters.period()
    assert dialog.period() == (start, end)  # the page's period
    assert dialog.fmt() == "csv"
    account = page.filters.account()
    assert account is not None
    # A name that says what is inside, in the folder the page proposes.
    assert dialog.path() == tmp / (
        f"statement_{account.iban}_{start.isoformat()}_{end.isoformat()}.csv"
    )
    target = tmp / "my statement.csv"
    type_path(qtbot, dialog, target)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter: the default button, Export
    qtbot.waitUntil(lambda: target.exists() and not dialog.running, timeout=10000)
    assert dialog.status_label.text().startswith("Saved to ")
    assert str(target) in dialog.status_label.text()

    expected = statement(branch, page, start, end)
    with target.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    summary = dict(line for line in lines[: TABLE_HEADER_LINE - 2])
    assert summary["IBAN"] == account.iban
    assert summary["Opening balance"] == f"{expected.opening_balance:.2f}"
    assert summary["Closing balance"] == f"{expected.closing_balance:.2f}"
    table = lines[TABLE_HEADER_LINE:]
    first = expected.rows[0]
    assert table[0][0] == first["booking_date"]
    assert table[0][2] == first["description"]
    assert table[0][6] == first["amount"]
    assert table[0][-1] == first["id"]
    assert len(table) == len(expected.rows)  # booked only: the pending rows are not there
    assert [p.name for p in tmp.iterdir()] == ["my statement.csv"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_pdf_export_has_the_opening_and_closing_balance(
    qtbot: QtBot, branch: BranchApp, backend: Backend, tmp_path: Path
) -> None:
    tmp = tmp_path / "out"
    _window, page = open_transactions(qtbot, branch, backend)
    dialog = open_dialog(qtbot, page, tmp)
    choose_format(qtbot, dialog, "pdf")
    assert dialog.path().suffix == ".pdf"  # the proposed name follows the format
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.running and dialog.path().exists(), timeout=15000)
    start, end = dialog.period()
    expected = statement(branch, page, start, end)
    text = " ".join(
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in PdfReader(dialog.path()).pages
    )
    for label, amount in (
        ("Opening balance", expected.opening_balance),
        ("Closing balance", expected.closing_balance),
    ):
        shown = format_money(amount, "ALL", "en").replace("\u00a0", " ")
        assert f"{label} {shown}" in text
    assert "Banka Kombëtare Tregtare" in text  # the bank's name from GET /info


@pytest.fixture
def held_pages(monkeypatch: pytest.MonkeyPatch) -> dict[str, asyncio.Event]:
    """Statement pages after the first wait for `gate["later"]` to be set."""
    gates = {"later": asyncio.Event()}
    original = TransactionsService.statement_page

    async def holding(
        self: TransactionsService,
        account_id: str,
        date_from: date,
        date_to: date,
        cursor: str | None = None,
        *,
        limit: int = STATEMENT_PAGE_SIZE,
    ) -> StatementPage:
        if cursor is not None:
            await gates["later"].wait()
        return await original(self, account_id, date_from, date_to, cursor, limit=limit)

    monkeypatch.setattr(TransactionsService, "statement_page", holding)
    return gates


def test_cancel_mid_export_leaves_no_file(
    qtbot: QtBot,
    branch: BranchApp,
    backend: Backend,
    tmp_path: Path,
    held_pages: dict[str, asyncio.Event],
) -> None:
    tmp = tmp_path / "out"
    add_bulk_transactions(backend, 3000, progress=lambda done, total: None)
    _window, page = open_transactions(qtbot, branch, backend)
    dialog = open_dialog(qtbot, page, tmp)
    alt(qtbot, Qt.Key.Key_R)  # F&rom: a long period, several statement pages
    qtbot.keyClicks(focused(), "2025")
    choose_format(qtbot, dialog, "pdf")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # The first page is written; the second is on its way: mid-export.
    qtbot.waitUntil(lambda: "Written 1,000" in dialog.status_label.text(), timeout=10000)
    assert dialog.running
    assert dialog.progress.isVisible()
    assert dialog.progress.maximum() > 1000  # the period's count sizes the bar
    assert focused() is dialog.cancel_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # &Cancel export
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    held_pages["later"].set()
    assert dialog.status_label.text() == "The export was cancelled. No file was saved."
    QApplication.processEvents()
    assert list(tmp.iterdir()) == []  # neither the file nor a temporary one
    assert dialog.isVisible()  # the customer can try again or close


def test_a_server_error_is_said_and_leaves_no_file(
    qtbot: QtBot,
    branch: BranchApp,
    backend: Backend,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tmp = tmp_path / "out"
    _window, page = open_transactions(qtbot, branch, backend)
    dialog = open_dialog(qtbot, page, tmp)

    async def unreachable(*args: object, **kwargs: object) -> StatementPage:
        raise BankError("network_error")

    monkeypatch.setattr(TransactionsService, "statement_page", unreachable)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert error_message(BankError("network_error")) in dialog.error_label.text()
    assert dialog.status_label.text() == "No file was saved."
    assert not dialog.running
    assert list(tmp.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_asked_again(
    qtbot: QtBot, branch: BranchApp, backend: Backend, tmp_path: Path
) -> None:
    tmp = tmp_path / "out"
    _window, page = open_transactions(qtbot, branch, backend)
    dialog = open_dialog(qtbot, page, tmp)
    target = tmp / "old.csv"
    target.write_text("keep me")
    type_path(qtbot, dialog, target)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert "old.csv already exists" in dialog.error_label.text()
    assert target.read_text() == "keep me"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.running and target.read_text() != "keep me", timeout=10000)


def test_logging_out_mid_export_leaves_no_file(
    qtbot: QtBot,
    branch: BranchApp,
    backend: Backend,
    tmp_path: Path,
    held_pages: dict[str, asyncio.Event],
) -> None:
    tmp = tmp_path / "out"
    add_bulk_transactions(backend, 3000, progress=lambda done, total: None)
    _window, page = open_transactions(qtbot, branch, backend)
    dialog = open_dialog(qtbot, page, tmp)
    alt(qtbot, Qt.Key.Key_R)
    qtbot.keyClicks(focused(), "2025")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Written 1,000" in dialog.status_label.text(), timeout=10000)
    # The Log out button: the dialog goes away and cancels the export, and the ended session
    # would refuse the next page anyway; either way nothing is left on disk.
    branch._logout_pressed()
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=5000)
    held_pages["later"].set()
    qtbot.wait(300)  # the writer notices the cancel within a tenth of a second
    assert list(tmp.iterdir()) == []
