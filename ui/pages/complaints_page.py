"""Suggestions & Complaints: the form with live counters and field errors, and my submissions."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.api import BankError
from desktop.messages import complaint_field_message, error_message
from desktop.services.complaints import (
    CATEGORIES,
    CHANNELS,
    CONTACT_MAX,
    KINDS,
    MESSAGE_MAX,
    MESSAGE_MIN,
    SUBJECT_MAX,
    ComplaintForm,
    ComplaintsService,
    check_contact,
    check_form,
    check_text,
    field_errors,
)
from ui.pages.page import Page
from ui.widgets.alive import alive
from ui.widgets.complaint_list import ReceiptBox, SubmissionsList, category_name, kind_name
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading

translate = QCoreApplication.translate

FIELDS = ("kind", "category", "subject", "message", "contact_channel", "contact_value")


def _channel_name(channel: str) -> str:
    return {
        "email": translate("Complaints", "By e-mail"),
        "phone": translate("Complaints", "By phone"),
        "none": translate("Complaints", "Do not contact me"),
    }.get(channel, channel)


class ComplaintsPage(Page):
    """Signals: submitted(str) with the reference the bank gave the complaint or suggestion."""

    submitted = Signal(str)
    help_topic = "complaints"

    def __init__(self, service: ComplaintsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsPage")
        self._service = service
        self._contact_unchecked = False

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.kind_combo = self._combo("complaintKindCombo", KINDS)
        self.category_combo = self._combo("complaintCategoryCombo", CATEGORIES)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("complaintSubjectEdit")
        self.subject_edit.setMaxLength(SUBJECT_MAX)
        self.subject_counter = self._counter("subjectCounterLabel")
        self.message_edit = QPlainTextEdit(self)
        self.message_edit.setObjectName("complaintMessageEdit")
        self.message_edit.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else
        lines = self.fontMetrics().lineSpacing()
        self.message_edit.setMinimumHeight(lines * 6)
        self.message_edit.setMaximumHeight(lines * 12)  # room for the list of submissions
        self.message_counter = self._counter("messageCounterLabel")
        self.channel_combo = self._combo("contactChannelCombo", CHANNELS)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("contactValueEdit")
        self.contact_edit.setMaxLength(CONTACT_MAX)
        self.errors = {field: self._error_label(field) for field in FIELDS}
        self.labels = {field: QLabel(self) for field in FIELDS}
        self.inputs: dict[str, QWidget] = {
            "kind": self.kind_combo,
            "category": self.category_combo,
            "subject": self.subject_edit,
            "message": self.message_edit,
            "contact_channel": self.channel_combo,
            "contact_value": self.contact_edit,
        }
        for field, label in self.labels.items():
            label.setBuddy(self.inputs[field])
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitComplaintButton")
        self.form_error = ErrorLabel(self)
        self.form_error.setObjectName("complaintErrorLabel")
        self.receipt = ReceiptBox(self)
        self.receipt.setVisible(False)
        self.reference_edit = self.receipt.reference_edit
        self.receipt_label = self.receipt.label
        self.submissions_title = QLabel(self)
        make_heading(self.submissions_title, 1.1)
        self.submissions = SubmissionsList(service, self)

        self._build_layout()
        # The complaint link of the contacts page focuses the page: the form's first field.
        self.setFocusProxy(self.kind_combo)
        self.subject_edit.textChanged.connect(lambda: self._text_changed("subject"))
        self.message_edit.textChanged.connect(lambda: self._text_changed("message"))
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.contact_edit.textEdited.connect(self._contact_edited)
        self.contact_edit.editingFinished.connect(self._contact_left)
        self.submit_button.clicked.connect(self.submit)
        self.retranslate()
        self.set_form(ComplaintForm())
        self._channel_changed()

    # --- building -----------------------------------------------------------------------
    def _combo(self, name: str, values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # As wide as its longest choice, not the whole form.
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in values:
            combo.addItem(value, value)
        return combo

    def _counter(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight)
        return label

    def _error_label(self, field: str) -> ErrorLabel:
        label = ErrorLabel(self)
        stem = "".join(part.capitalize() for part in field.split("_"))
        label.setObjectName(f"{stem[0].lower()}{stem[1:]}ErrorLabel")
        return label

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        counters = {"subject": self.subject_counter, "message": self.message_counter}
        for field in FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.inputs[field])
            if field in counters:
                cell.addWidget(counters[field])
            cell.addWidget(self.errors[field])
            form.addRow(self.labels[field], cell)
        actions = QHBoxLayout()
        actions.addWidget(self.submit_button)
        actions.addStretch(1)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.form_error)
        layout.addWidget(self.receipt)
        layout.addWidget(self.submissions_title)
        layout.addWidget(self.submissions, 1)
        # The form and the list are taller than a small window: scroll instead of squeezing.
        scroll = QScrollArea(self)
        scroll.setObjectName("complaintsScrollArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: every control inside is one, and it scrolls to the focused one.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- the form -----------------------------------------------------------------------
    def form(self) -> ComplaintForm:
        return ComplaintForm(
            kind=str(self.kind_combo.currentData()),
            category=str(self.category_combo.currentData()),
            subject=self.subject_edit.text(),
            message=self.message_edit.toPlainText(),
            contact_channel=str(self.channel_combo.currentData()),
            contact_value=self.contact_edit.text(),
        )

    def set_form(self, form: ComplaintForm) -> None:
        for combo, value in (
            (self.kind_combo, form.kind),
            (self.category_combo, form.category),
            (self.channel_combo, form.contact_channel),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.subject_edit.setText(form.subject)
        self.message_edit.setPlainText(form.message)
        self.contact_edit.setText(form.contact_value)
        for label in self.errors.values():
            label.clear_message()

    def clear_form(self) -> None:
        channel = str(self.channel_combo.currentData())
        self.set_form(ComplaintForm(contact_channel=channel))

    def _text_changed(self, field: str) -> None:
        self._update_counters()
        text = self.subject_edit.text() if field == "subject" else self.message_edit.toPlainText()
        code = check_text(field, text)
        # Too long is said at once; the other rules wait for Send, then follow every keystroke.
        if code == "too_long" or self.has_error(field):
            self._set_error(field, code)

    def has_error(self, field: str) -> bool:
        return bool(self.errors[field].text())

    def _contact_edited(self) -> None:
        self._contact_unchecked = True
        self._recheck_contact(only_if_shown=True)

    def _contact_left(self) -> None:
        # Only what was typed since the last check: an error the server gave stays until then.
        if self._contact_unchecked:
            self._contact_unchecked = False
            self._recheck_contact(only_if_shown=False)

    def _recheck_contact(self, *, only_if_shown: bool) -> None:
        shown = self.has_error("contact_value")
        if only_if_shown and not shown:
            return
        text = self.contact_edit.text()
        code = check_contact(str(self.channel_combo.currentData()), text)
        # Leaving an empty field is not yet an error: Send says so if it stays empty.
        self._set_error("contact_value", None if (code == "required" and not shown) else code)

    def _channel_changed(self) -> None:
        channel = str(self.channel_combo.currentData())
        self.contact_edit.setEnabled(channel != "none")
        self._retranslate_contact()
        if self.contact_edit.text().strip() and channel != "none":
            self._recheck_contact(only_if_shown=False)
        else:
            self._set_error("contact_value", None)

    def _set_error(self, field: str, code: str | None) -> None:
        label = self.errors[field]
        if code is None:
            label.clear_message()
            self.inputs[field].setAccessibleDescription("")
            return
        # The field's description follows the message, also after a language switch.
        label.show_message(
            functools.partial(complaint_field_message, field, code), self.inputs[field]
        )

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        """Shows each error next to its field and puts the cursor into the first one."""
        for field in FIELDS:
            self._set_error(field, errors.get(field))
        shown = [field for field in FIELDS if field in errors]
        if shown:
            self.inputs[shown[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_counters(self) -> None:
        subject = len(self.subject_edit.text())
        message = len(self.message_edit.toPlainText())
        self.subject_counter.setText(f"{subject} / {SUBJECT_MAX}")
        self.message_counter.setText(f"{message} / {MESSAGE_MAX}")
        spoken_subject = translate("Complaints", "{count} of at most {limit} characters").format(
            count=subject, limit=SUBJECT_MAX
        )
        spoken_message = translate(
            "Complaints", "{count} characters; at least {minimum}, at most {limit}"
        ).format(count=message, minimum=MESSAGE_MIN, limit=MESSAGE_MAX)
        self.subject_counter.setAccessibleName(spoken_subject)
        self.message_counter.setAccessibleName(spoken_message)

    # --- sending ------------------------------------------------------------------------
    @asyncSlot()
    async def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.form_error.clear_message()
        form = self.form()
        errors = check_form(form)
        self._contact_unchecked = False  # Send checked it: leaving the field need not again
        self._show_field_errors(errors)
        if errors:
            return
        self.submit_button.setEnabled(False)
        try:
            receipt = await self._service.submit(form)
        except Exception as error:
            if alive(self):
                self._refused(error)
            return
        finally:
            if alive(self):  # an idle logout may have closed the window meanwhile
                self.submit_button.setEnabled(True)
        if not alive(self):
            return
        self.clear_form()
        self.receipt.show_receipt(receipt.reference, form.kind)
        self.submitted.emit(receipt.reference)
        self.submissions.refresh()

    def _refused(self, error: Exception) -> None:
        # A 422 names its fields: each error goes next to its field, the line under Send says so.
        if isinstance(error, BankError):
            self._show_field_errors(field_errors(error))
        self.form_error.show_message(functools.partial(error_message, error))

    def reference(self) -> str:
        return self.reference_edit.text() if self.receipt.isVisibleTo(self) else ""

    # --- page ---------------------------------------------------------------------------
    def nav_title(self) -> str:
        return translate("ComplaintsPage", "Suggestions & Complaints")

    def activate(self) -> None:
        self.submissions.refresh()

    def draft(self) -> dict[str, Any] | None:
        form = self.form()
        if not (form.subject.strip() or form.message.strip() or form.contact_value.strip()):
            return None
        return dataclasses.asdict(form)

    def restore_draft(self, draft: dict[str, Any]) -> None:
        known = {f.name for f in dataclasses.fields(ComplaintForm)}
        self.set_form(ComplaintForm(**{k: str(v) for k, v in draft.items() if k in known}))
        self._channel_changed()

    def _retranslate_contact(self) -> None:
        channel = str(self.channel_combo.currentData())
        if channel == "phone":
            self.labels["contact_value"].setText(translate("Complaints", "&Phone number:"))
            self.contact_edit.setPlaceholderText(translate("Complaints", "e.g. 069 123 4567"))
        else:
            self.labels["contact_value"].setText(translate("Complaints", "E-mail &address:"))
            self.contact_edit.setPlaceholderText(translate("Complaints", "e.g. name@example.com"))
        self.contact_edit.setAccessibleName(self.labels["contact_value"].text().replace("&", ""))

    def retranslate(self) -> None:
        self.title.setText(translate("ComplaintsPage", "Suggestions & Complaints"))
        self.intro.setText(
            translate(
                "Complaints",
                "Tell us what went wrong or what we could do better. Every submission gets a "
                "reference number, and you can follow its status below.",
            )
        )
        texts = {
            "kind": translate("Complaints", "&Type:"),
            "category": translate("Complaints", "&Category:"),
            "subject": translate("Complaints", "&Subject:"),
            "message": translate("Complaints", "&Message:"),
            "contact_channel": translate("Complaints", "C&ontact me:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
            self.inputs[field].setAccessibleName(text.replace("&", "").rstrip(":"))
        for combo, name in (
            (self.kind_combo, kind_name),
            (self.category_combo, category_name),
            (self.channel_combo, _channel_name),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, name(str(combo.itemData(index))))
        self._retranslate_contact()
        self.message_edit.setPlaceholderText(
            translate("Complaints", "Describe what happened, with dates and amounts if any.")
        )
        self.submit_button.setText(translate("Complaints", "S&end"))
        self.submit_button.setAccessibleName(translate("Complaints", "Send"))
        self.submissions_title.setText(translate("Complaints", "My submissions"))
        self._update_counters()
