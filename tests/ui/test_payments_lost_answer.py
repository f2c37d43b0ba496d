"""Never pay twice: a lost answer is checked with the bank, a retry reuses the payment's key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp, Options
from desktop.services.payments import Payment
from server_stub.app import create_app
from server_stub.services.backend import Backend
from server_stub.store.tables import sms_outbox
from tests.qt_support import MemoryKeyring, dispose_branch
from tests.server.payment_helpers import PEER_IBAN
from tests.ui.test_payments_flow import (
    account_id,
    available,
    choose_account,
    choose_kind,
    confirm_code,
    debits_of,
    enter,
    fill_amount,
    fill_payee,
    focused,
    open_payments,
    payment_rows,
    review,
    send_code,
)
from ui.pages.payments_page import PaymentsPage

CONFIRM = re.compile(r"/payments/[^/]+/confirm$")
CREATE = re.compile(r"/payments$")


class LosesOneAnswer(httpx.AsyncBaseTransport):
    """Forwards to the server; the first request matching `path` loses its answer once.

    `after_server=True`: the server has done the work when the connection drops (the answer is
    what is lost). False: the request never reached the server.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.path: re.Pattern[str] | None = None
        self.after_server = True
        self.lost: list[str] = []

    def arm(self, path: re.Pattern[str], *, after_server: bool) -> None:
        self.path, self.after_server = path, after_server

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        lose = (
            self.path is not None
            and request.method == "POST"
            and self.path.search(request.url.path)
        )
        if not lose:
            return await self.inner.handle_async_request(request)
        self.path = None  # once
        self.lost.append(request.url.path)
        if self.after_server:
            response = await self.inner.handle_async_request(request)
            await response.aread()
            await response.aclose()
        raise httpx.ConnectError("connection reset by peer", request=request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def lossy(backend: Backend) -> LosesOneAnswer:
    return LosesOneAnswer(httpx.ASGITransport(app=create_app(backend=backend)))


@pytest.fixture
def branch(
    qloop: qasync.QEventLoop,
    lossy: LosesOneAnswer,
    tmp_path: Path,
    keyring_memory: MemoryKeyring,
) -> Iterator[BranchApp]:
    """The whole client, on a connection that can lose one answer."""
    app = BranchApp(
        Options(server="http://127.0.0.1", language="en", data_dir=tmp_path / "client"),
        transport=lossy,
        remembered=keyring_memory,
    )
    yield app
    dispose_branch(app)


def to_peer(qtbot: QtBot, page: PaymentsPage, amount: str) -> None:
    choose_kind(qtbot, page, "internal")
    choose_account(qtbot, Qt.Key.Key_F, "ALL")
    fill_payee(qtbot, "Elira Dervishi", PEER_IBAN)
    fill_amount(qtbot, amount)
    review(qtbot, page)


def sms_count(backend: Backend) -> int:
    with backend.db.read() as conn:
        return len(list(conn.execute(sms_outbox.select())))


def test_confirmation_answer_lost_after_the_bank_executed_it(
    qtbot: QtBot, branch: BranchApp, backend: Backend, lossy: LosesOneAnswer
) -> None:
    page = open_payments(qtbot, branch, backend)
    my_all = account_id(backend)
    start = available(backend, my_all)
    to_peer(qtbot, page, "1,500")
    send_code(qtbot, page)
    checking: list[str] = []
    asked = page.service.payment

    async def spy(payment_id: str) -> Payment:
        checking.append(page.code.status_label.message())
        return await asked(payment_id)

    page.service.payment = spy  # type: ignore[method-assign]
    lossy.arm(CONFIRM, after_server=True)
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)

    assert lossy.lost, "the confirmation's answer was lost"
    assert checking
    assert checking[0].startswith(
        "The connection was interrupted while confirming. Checking with the bank"
    )
    assert page.result.title.text() == "Transfer executed"
    assert page.result.reference().startswith("FT")
    rows = payment_rows(backend)
    assert len(rows) == 1
    assert rows[0]["status"] == "executed"
    assert debits_of(backend, str(rows[0]["id"]), my_all) == [-150_000]
    qtbot.waitUntil(lambda: bool(page.result.balance_label.text()), timeout=5000)
    assert available(backend, my_all) == start - 1500


def test_confirmation_lost_before_the_bank_got_it_is_sent_again_with_the_same_code(
    qtbot: QtBot, branch: BranchApp, backend: Backend, lossy: LosesOneAnswer
) -> None:
    page = open_payments(qtbot, branch, backend)
    my_all = account_id(backend)
    to_peer(qtbot, page, "700")
    send_code(qtbot, page)
    lossy.arm(CONFIRM, after_server=False)
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.code.error_label.isVisible(), timeout=5000)
    assert page.code.error_label.accessibleDescription() == (
        "The connection was lost before the bank received the code. The payment has not been "
        "made: press Confirm to send the same code again."
    )
    assert payment_rows(backend)[0]["status"] == "awaiting_otp"
    assert page.code.otp_edit.text(), "the code stays, to be sent again"
    qtbot.waitUntil(lambda: focused() is page.code.otp_edit, timeout=2000)
    enter(qtbot)  # the same code again
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    rows = payment_rows(backend)
    assert len(rows) == 1
    assert rows[0]["status"] == "executed"
    assert debits_of(backend, str(rows[0]["id"]), my_all) == [-70_000]
    qtbot.waitUntil(lambda: bool(page.result.balance_label.text()), timeout=5000)


def test_creation_retried_with_the_same_key_makes_one_payment(
    qtbot: QtBot, branch: BranchApp, backend: Backend, lossy: LosesOneAnswer
) -> None:
    page = open_payments(qtbot, branch, backend)
    to_peer(qtbot, page, "300")
    sent_before = sms_count(backend)
    lossy.arm(CREATE, after_server=True)
    enter(qtbot)  # Send the code: the bank creates the payment, the answer is lost
    qtbot.waitUntil(lambda: page.review.error_label.isVisible(), timeout=5000)
    assert "cannot be reached" in page.review.error_label.accessibleDescription()
    assert len(payment_rows(backend)) == 1
    key = page.review.reviewed().key  # type: ignore[union-attr]
    page.review.send_button.setFocus()
    send_code(qtbot, page)  # the same reviewed payment: the same key
    assert page.review.reviewed().key == key  # type: ignore[union-attr]
    rows = payment_rows(backend)
    assert len(rows) == 1
    assert rows[0]["idempotency_key"] == key
    assert sms_count(backend) == sent_before + 1, "one payment, one SMS"
    confirm_code(qtbot, page, backend)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.result, timeout=5000)
    assert [row["status"] for row in payment_rows(backend)] == ["executed"]
    qtbot.waitUntil(lambda: bool(page.result.balance_label.text()), timeout=5000)
