"""Suggestions & Complaints by keyboard alone: send, reference, field errors, list, draft."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.pages.complaints_page as complaints_page
import ui.widgets.complaint_list as complaint_list
from desktop.api import BankError
from desktop.app import BranchApp
from desktop.services.complaints import ComplaintForm, ComplaintList, Receipt
from server_stub.services.backend import Backend
from tests.qt_support import run_async
from tests.ui.test_contacts import ALT, focused, log_in, open_page
from ui.pages.complaints_page import ComplaintsPage

ENTER = Qt.Key.Key_Return


def page_of(qtbot: QtBot, branch: BranchApp, backend: Backend) -> ComplaintsPage:
    window = log_in(qtbot, branch, backend)
    page = open_page(qtbot, window, "complaintsPage")
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(page.submissions.has_loaded, timeout=5000)
    return page


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    """A mnemonic: Alt plus the underlined letter of a label or button."""
    qtbot.keyClick(focused(), key, ALT)


def paste(qtbot: QtBot, text: str) -> None:
    """Long texts arrive the way customers bring them: Ctrl+V."""
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def choose(qtbot: QtBot, combo_key: Qt.Key, data: str) -> None:
    """Opens a combo by its mnemonic and moves with the arrows to the item holding `data`."""
    alt(qtbot, combo_key)
    combo = focused()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def error_of(page: ComplaintsPage, field: str) -> str:
    return page.errors[field].accessibleDescription() if page.has_error(field) else ""


def assert_next_to_its_field(page: ComplaintsPage, field: str) -> None:
    """The error sits right under its own input, above the next field's label."""
    label = page.errors[field]
    assert label.isVisible()
    QApplication.processEvents()  # the layout makes room for labels just shown
    source = page.inputs[field]
    top_left = label.mapTo(page, label.rect().topLeft())
    field_box = QRect(source.mapTo(page, source.rect().topLeft()), source.size())
    assert top_left.y() >= field_box.bottom()
    assert abs(top_left.x() - field_box.left()) < 4
    following = [f for f in complaints_page.FIELDS if page.inputs[f].isVisible()]
    index = following.index(field)
    if index + 1 < len(following):
        after = page.inputs[following[index + 1]]
        assert top_left.y() < after.mapTo(page, after.rect().topLeft()).y()


def fill(qtbot: QtBot, subject: str, message: str, contact: str) -> None:
    alt(qtbot, Qt.Key.Key_S)
    qtbot.keyClicks(focused(), subject)
    alt(qtbot, Qt.Key.Key_M)
    qtbot.keyClicks(focused(), message)
    alt(qtbot, Qt.Key.Key_A)
    qtbot.keyClicks(focused(), contact)


def test_a_complaint_sent_by_keyboard_shows_its_reference_and_is_listed(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = page_of(qtbot, branch, backend)
    assert page.submissions.table.rowCount() == 0
    assert page.submissions.empty_label.isVisible()
    choose(qtbot, Qt.Key.Key_T, "complaint")
    choose(qtbot, Qt.Key.Key_C, "payments")
    fill(qtbot, "Transfer not arrived", "My transfer of yesterday has not arrived.", "mira@ex.al")
    assert page.subject_counter.text() == "20 / 120"
    assert page.message_counter.text() == "41 / 4000"
    assert "41" in page.message_counter.accessibleName()
    alt(qtbot, Qt.Key.Key_E)  # S&end

    qtbot.waitUntil(lambda: page.reference_edit.isVisible(), timeout=5000)
    reference = page.reference_edit.text()
    assert re.fullmatch(r"ANK-2026-\d{6}", reference)
    assert focused() is page.reference_edit  # ready to read and copy
    assert page.reference_edit.isReadOnly()
    assert "complaint" in page.receipt_label.text()
    # The form is empty again, for the next one.
    assert page.subject_edit.text() == ""
    assert page.message_edit.toPlainText() == ""
    assert page.contact_edit.text() == ""
    assert page.draft() is None
    alt(qtbot, Qt.Key.Key_Y)  # Cop&y
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == reference)

    table = page.submissions.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    row = [cell(table, 0, column) for column in range(5)]
    assert row == [reference, "Complaint", "Transfer not arrived", "Received", "2026-11-23"]
    assert not page.submissions.empty_label.isVisible()

    # The bank moves it along: Refresh shows the new status.
    moved = run_async(
        branch.api.post(
            f"/_stub/complaints/{reference}/status", {"status": "in_review"}, authenticated=False
        )
    )
    assert moved["status"] == "in_review"
    alt(qtbot, Qt.Key.Key_F)  # Re&fresh
    qtbot.waitUntil(lambda: cell(table, 0, 3) == "In review", timeout=5000)


def test_client_side_field_errors_appear_next_to_their_fields_as_typed(
    qtbot: QtBot, branch: BranchApp, backend: Backend
) -> None:
    page = page_of(qtbot, branch, backend)
    alt(qtbot, Qt.Key.Key_S)
    alt(qtbot, Qt.Key.Key_E)  # Send with nothing written
    qtbot.waitUntil(lambda: page.has_error("subject"))
    assert error_of(page, "subject") == "Write a subject."
    assert error_of(page, "message") == "Write your message."
    assert error_of(page, "contact_value").startswith("Enter the e-mail address or phone")
    for field in ("subject", "message", "contact_value"):
        assert_next_to_its_field(page, field)
    assert focused() is page.subject_edit  # the first field in error
    assert page.subject_edit.accessibleDescription() == "Write a subject."
    assert run_async(branch.api.get("/complaints"))["complaints"] == []

    # Each error follows the typing once shown.
    qtbot.keyClicks(focused(), "Card")
    assert not page.has_error("subject")
    alt(qtbot, Qt.Key.Key_M)
    qtbot.keyClicks(focused(), "Too short")
    assert error_of(page, "message") == "The message needs at least 10 characters."
    qtbot.keyClicks(focused(), "!")
    assert not page.has_error("message")
    paste(qtbot, "x" * 4000)
    assert error_of(page, "message") == "The message can have at most 4000 characters."
    assert page.message_counter.text() == "4010 / 4000"
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "The card was swallowed by the ATM.")
    assert not page.has_error("message")

    alt(qtbot, Qt.Key.Key_A)
    qtbot.keyClicks(focused(), "mira@example")
    assert error_of(page, "contact_value") == "Enter an e-mail address like name@example.com."
    qtbot.keyClicks(focused(), ".al")
    assert not page.has_error("contact_value")

    choose(qtbot, Qt.Key.Key_O, "phone")
    assert page.labels["contact_value"].text() == "&Phone number:"
    alt(qtbot, Qt.Key.Key_P)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "069 123")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # leaving the field checks it
    assert error_of(page, "contact_value").startswith("Enter a mobile number like 069 123 4567")
    assert_next_to_its_field(page, "contact_value")
    alt(qtbot, Qt.Key.Key_P)
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    qtbot.keyClicks(focused(), " 4567")
    assert not page.has_error("contact_value")
    choose(qtbot, Qt.Key.Key_O, "none")
    assert not page.contact_edit.isEnabled()
    alt(qtbot, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: page.reference_edit.isVisible(), timeout=5000)
    sent = run_async(branch.api.get(f"/complaints/{page.reference_edit.text()}"))
    assert sent["contact_channel"] == "none"
    assert sent["contact_value"] is None


def test_the_servers_field_errors_land_next_to_the_right_fields(
    qtbot: QtBot, branch: BranchApp, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No check on this computer at all: whatever the fields show, the server said.
    monkeypatch.setattr(complaints_page, "check_form", lambda _form: {})
    monkeypatch.setattr(complaints_page, "check_text", lambda _field, _text: None)
    monkeypatch.setattr(complaints_page, "check_contact", lambda _channel, _value: None)
    page = page_of(qtbot, branch, backend)
    fill(qtbot, "   ", "Too short", "mira@@example.al")
    alt(qtbot, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: page.has_error("subject"), timeout=5000)
    assert error_of(page, "subject") == "Write a subject."
    assert error_of(page, "message") == "The message needs at least 10 characters."
    assert error_of(page, "contact_value") == "Enter an e-mail address like name@example.com."
    for field in ("subject", "message", "contact_value"):
        assert_next_to_its_field(page, field)
    for field in ("kind", "category", "contact_channel"):
        assert not page.has_error(field)
    assert "Check the highlighted fields" in page.form_error.accessibleDescription()
    assert focused() is page.subject_edit
    assert not page.reference_edit.isVisible()


class FakeComplaints:
    """A server that refuses every field with the given code, or accepts."""

    def __init__(self, errors: list[dict[str, str]] | None = None) -> None:
        self.errors = errors
        self.sent: list[ComplaintForm] = []

    async def submit(self, form: ComplaintForm) -> Receipt:
        self.sent.append(form)
        if self.errors:
            raise BankError("validation_error", status=422, fields={"errors": self.errors})
        return Receipt("SUG-2026-000042", "received", None)

    async def complaints(self, cursor: str | None = None, limit: int = 20) -> ComplaintList:
        return ComplaintList([], None)


def test_every_field_has_its_own_error_place(qtbot: QtBot, qloop: Any) -> None:
    errors = [
        {"field": "kind", "code": "required"},
        {"field": "category", "code": "required"},
        {"field": "subject", "code": "too_long"},
        {"field": "message", "code": "too_long"},
        {"field": "contact_channel", "code": "required"},
        {"field": "contact_value", "code": "not_allowed"},
    ]
    service = FakeComplaints(errors)
    page = ComplaintsPage(service)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(700, 900)
    page.show()
    page.set_form(
        ComplaintForm(subject="Subject", message="A long enough message", contact_value="a@b.al")
    )
    run_async(page.submit())
    assert len(service.sent) == 1
    texts = {field: error_of(page, field) for field in complaints_page.FIELDS}
    assert texts == {
        "kind": "Choose one of the options.",
        "category": "Choose one of the options.",
        "subject": "The subject can have at most 120 characters.",
        "message": "The message can have at most 4000 characters.",
        "contact_channel": "Choose one of the options.",
        "contact_value": "Leave the contact empty when you do not want to be contacted.",
    }
    names = {page.errors[field].objectName() for field in complaints_page.FIELDS}
    assert names == {
        "kindErrorLabel",
        "categoryErrorLabel",
        "subjectErrorLabel",
        "messageErrorLabel",
        "contactChannelErrorLabel",
        "contactValueErrorLabel",
    }


def test_my_submissions_are_paged(
    qtbot: QtBot, branch: BranchApp, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(complaint_list, "PAGE_SIZE", 2)
    page = page_of(qtbot, branch, backend)
    body = {
        "kind": "suggestion",
        "category": "internet_branch",
        "message": "Please add dark mode to the branch.",
        "contact_channel": "none",
    }
    for number in range(3):
        run_async(branch.api.post("/complaints", body | {"subject": f"Idea {number}"}))
    alt(qtbot, Qt.Key.Key_F)
    table = page.submissions.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    assert [cell(table, r, 2) for r in range(2)] == ["Idea 2", "Idea 1"]
    assert cell(table, 0, 1) == "Suggestion"
    assert page.submissions.more_button.isEnabled()
    alt(qtbot, Qt.Key.Key_R)  # Load mo&re
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=5000)
    assert cell(table, 2, 2) == "Idea 0"
    assert not page.submissions.more_button.isEnabled()


def type_draft(qtbot: QtBot, page: ComplaintsPage) -> None:
    choose(qtbot, Qt.Key.Key_T, "suggestion")
    choose(qtbot, Qt.Key.Key_C, "cards")
    choose(qtbot, Qt.Key.Key_O, "phone")
    alt(qtbot, Qt.Key.Key_S)
    qtbot.keyClicks(focused(), "Contactless limit")
    alt(qtbot, Qt.Key.Key_M)
    qtbot.keyClicks(focused(), "Please raise the contactless limit.")
    alt(qtbot, Qt.Key.Key_P)
    qtbot.keyClicks(focused(), "069 123 4567")


DRAFT = ComplaintForm(
    kind="suggestion",
    category="cards",
    subject="Contactless limit",
    message="Please raise the contactless limit.",
    contact_channel="phone",
    contact_value="069 123 4567",
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_draft_survives_an_idle_logout_and_not_an_explicit_one(
    qtbot: QtBot, branch: BranchApp, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(branch.session, "_monotonic", clock)
    page = page_of(qtbot, branch, backend)
    type_draft(qtbot, page)
    assert page.form() == DRAFT

    clock.now += 301  # five minutes without the customer: the session's own timer ends it
    branch.session.tick()
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=5000)
    assert branch.main_window is None

    window = log_in(qtbot, branch, backend)
    restored = window.page("complaintsPage")
    assert isinstance(restored, ComplaintsPage)
    page = restored
    assert page.form() == DRAFT
    assert page.contact_edit.isEnabled()
    assert page.labels["contact_value"].text() == "&Phone number:"
    assert page.subject_counter.text() == "17 / 120"

    # Log out on purpose: the draft is gone.
    qtbot.keyClick(focused(), Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: branch.login_window.isVisible(), timeout=5000)
    window = log_in(qtbot, branch, backend)
    fresh = window.page("complaintsPage")
    assert isinstance(fresh, ComplaintsPage)
    assert fresh.form() == ComplaintForm()
    assert fresh.draft() is None


def test_counters_say_their_numbers_to_screen_readers(qtbot: QtBot, qloop: Any) -> None:
    page = ComplaintsPage(FakeComplaints())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.subject_edit.setFocus()
    qtbot.waitUntil(page.subject_edit.hasFocus)
    qtbot.keyClicks(page.subject_edit, "Hello")
    assert page.subject_counter.text() == "5 / 120"
    assert page.subject_counter.accessibleName() == "5 of at most 120 characters"
    assert page.message_counter.accessibleName() == "0 characters; at least 10, at most 4000"
    for widget in page.findChildren(QWidget):
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page)
        if focusable and isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit)):
            assert widget.accessibleName(), widget.objectName()
    assert isinstance(page.labels["subject"], QLabel)
    assert page.labels["subject"].buddy() is page.subject_edit
    assert QApplication.focusWidget() is page.subject_edit
