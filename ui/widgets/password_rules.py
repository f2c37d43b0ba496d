"""A new password with its confirmation and the bank's password rules ticked live as one types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.api import BankError
from desktop.messages import violation_message
from desktop.password_rules import HISTORY, MAX_LENGTH, MIN_LENGTH, Assessment, Rule, State, assess
from ui.widgets.error_label import ErrorLabel

translate = QCoreApplication.translate

#: A symbol for every state, so the list never speaks by colour alone.
SYMBOLS = {
    State.MET: "✓",
    State.NOT_MET: "○",
    State.BANK_CHECKS: "•",
    State.BANK_ACCEPTED: "✓",
    State.BANK_REFUSED: "✗",
}

#: Longer than the policy allows, so "too long" can be shown rather than typing silently stopping.
FIELD_MAX_LENGTH = 128


def rule_text(rule: Rule) -> str:
    texts = {
        Rule.LENGTH: lambda: translate("PasswordRules", "{min} to {max} characters").format(
            min=MIN_LENGTH, max=MAX_LENGTH
        ),
        Rule.LETTER: lambda: translate("PasswordRules", "At least one letter"),
        Rule.DIGIT: lambda: translate("PasswordRules", "At least one digit"),
        Rule.CUSTOMER_NUMBER: lambda: translate(
            "PasswordRules", "Does not contain your customer number"
        ),
        Rule.COMMON: lambda: translate(
            "PasswordRules", "Not a common, easy-to-guess password (the bank checks this)"
        ),
        Rule.HISTORY: lambda: translate(
            "PasswordRules", "Not one of your last {count} passwords (the bank checks this)"
        ).format(count=HISTORY),
    }
    return texts[rule]()


def state_text(state: State) -> str:
    """The state in words, for screen readers (the symbol says it to the eye)."""
    texts = {
        State.MET: lambda: translate("PasswordRules", "Met"),
        State.NOT_MET: lambda: translate("PasswordRules", "Not met yet"),
        State.BANK_CHECKS: lambda: translate("PasswordRules", "Checked by the bank when you send"),
        State.BANK_ACCEPTED: lambda: translate("PasswordRules", "Accepted by the bank"),
        State.BANK_REFUSED: lambda: translate("PasswordRules", "Refused by the bank"),
    }
    return texts[state]()


class PasswordRules(QWidget):
    """New password, confirmation, show/hide, the live checklist and the bank's refusals.

    Signals:
        changed(): either field was edited.
        submitted(): Enter in the confirmation (or in the new password once both are filled).
    """

    changed = Signal()
    submitted = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, customer_number: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordRules")
        self._customer_number = customer_number
        self._refused: frozenset[str] = frozenset()
        self._accepted = False

        self.new_label = QLabel(self)
        self.new_edit = self._password_field("newPasswordEdit")
        self.new_label.setBuddy(self.new_edit)
        self.confirm_label = QLabel(self)
        self.confirm_edit = self._password_field("confirmPasswordEdit")
        self.confirm_label.setBuddy(self.confirm_edit)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("passwordRulesErrorLabel")
        self.show_check = QCheckBox(self)
        self.show_check.setObjectName("showPasswordCheck")
        # Tab reaches it, a click does not take the focus away from the field being typed in.
        self.show_check.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.rules_title = QLabel(self)
        self.rule_labels: dict[Rule, QLabel] = {}
        for rule in Rule:
            self.rule_labels[rule] = self._rule_label(f"passwordRule_{rule.value}")
        self.match_label = self._rule_label("passwordRule_match")

        # A plain column, not a QFormLayout: there a long wrapped message row would be clipped.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields: list[QWidget] = [self.new_label, self.new_edit, self.error_label]
        for widget in fields:
            layout.addWidget(widget)
        layout.addSpacing(self.fontMetrics().height() // 3)
        confirm: list[QWidget] = [self.confirm_label, self.confirm_edit, self.show_check]
        for widget in confirm:
            layout.addWidget(widget)
        rules = QVBoxLayout()
        rules.setSpacing(2)
        rules.addWidget(self.rules_title)
        for label in [*self.rule_labels.values(), self.match_label]:
            rules.addWidget(label)
        layout.addLayout(rules)

        QWidget.setTabOrder(self.new_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.show_check)
        self.new_edit.textEdited.connect(self._new_edited)
        self.confirm_edit.textEdited.connect(self._confirm_edited)
        self.new_edit.returnPressed.connect(self._enter_in_new)
        self.confirm_edit.returnPressed.connect(self.submitted)
        self.show_check.toggled.connect(self._show_toggled)
        self.retranslate()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(FIELD_MAX_LENGTH)
        return field

    def _rule_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        # Wrapped, so a long rule (Albanian, large text) never runs past a narrow form; its
        # height at the current width is made its minimum (_fit_wrapped), or a layout could
        # squeeze the lines on top of each other.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # --- what the form around it asks -----------------------------------------------------
    def input_fields(self) -> list[QLineEdit]:
        return [self.new_edit, self.confirm_edit]

    def password(self) -> str:
        return self.new_edit.text()

    def set_customer_number(self, number: str | None) -> None:
        self._customer_number = number or None
        self._refresh()

    def assessment(self) -> Assessment:
        return assess(
            self.new_edit.text(),
            self.confirm_edit.text(),
            self._customer_number,
            self._refused,
            self._accepted,
        )

    def problem(self) -> tuple[str, QLineEdit] | None:
        """What stops sending now, as a message code and the field to fix; None when ready."""
        result = self.assessment()
        if any(s in (State.NOT_MET, State.BANK_REFUSED) for s in result.states.values()):
            return "password_rules_unmet", self.new_edit
        if not result.matches:
            return "password_mismatch", self.confirm_edit
        return None

    def show_refusal(self, error: BankError) -> bool:
        """Shows weak_password's violations or password_reused at the field; False for others."""
        if error.code == "weak_password":
            codes = [str(code) for code in error.fields.get("violations") or []]
        elif error.code == "password_reused":
            codes = ["password_reused"]
        else:
            return False
        self._refused = frozenset(codes)
        self._accepted = False
        self.error_label.show_message(lambda: "\n".join(violation_message(c) for c in codes))
        self._fit_error()
        self._refresh()
        return True

    def _fit_error(self) -> None:
        # A wrapped message's full height is made its minimum: a window around a stacked widget
        # would otherwise squeeze the lines below it on top of each other.
        label = self.error_label
        label.setMinimumHeight(label.heightForWidth(self.width()) if label.isVisible() else 0)

    def _fit_wrapped(self) -> None:
        # Only at a width the customer sees: a hidden form's width is a placeholder.
        for label in (*self.rule_labels.values(), self.match_label):
            label.setMinimumHeight(label.heightForWidth(self.width()) if self.isVisible() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_error()
        self._fit_wrapped()

    def mark_accepted(self) -> None:
        """The bank took the password: its own rules are ticked too."""
        self._accepted = True
        self._refused = frozenset()
        self.error_label.clear_message()
        self._refresh()

    def clear(self) -> None:
        for field in self.input_fields():
            field.clear()
        self._refused = frozenset()
        self._accepted = False
        self.error_label.clear_message()
        self.show_check.setChecked(False)
        self._refresh()

    # --- typing ---------------------------------------------------------------------------
    def _new_edited(self) -> None:
        # The bank's answer was about the password as it was; a changed one is checked anew.
        self._refused = frozenset()
        self._accepted = False
        self.error_label.clear_message()
        self._refresh()
        self.changed.emit()

    def _confirm_edited(self) -> None:
        self._refresh()
        self.changed.emit()

    def _enter_in_new(self) -> None:
        if not self.confirm_edit.text():
            self.confirm_edit.setFocus()
        else:
            self.submitted.emit()

    def _show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self.input_fields():
            field.setEchoMode(mode)

    def _refresh(self) -> None:
        result = self.assessment()
        missing: list[str] = []
        for rule, label in self.rule_labels.items():
            state = result.states[rule]
            self._show_rule(label, state, rule_text(rule))
            if state in (State.NOT_MET, State.BANK_REFUSED):
                missing.append(rule_text(rule))
        match_state = State.MET if result.matches else State.NOT_MET
        self._show_rule(self.match_label, match_state, self._match_text())
        self._fit_wrapped()  # new words, perhaps more lines
        # A screen reader in the field hears what is still missing without leaving it.
        self.new_edit.setAccessibleDescription(
            translate("PasswordRules", "Still missing: {rules}").format(rules="; ".join(missing))
            if missing
            else translate("PasswordRules", "Every rule checked here is met.")
        )

    def _show_rule(self, label: QLabel, state: State, text: str) -> None:
        label.setText(f"{SYMBOLS[state]} {text}")
        label.setAccessibleName(f"{state_text(state)}: {text}")
        label.setProperty("ruleState", state.value)

    def _match_text(self) -> str:
        return translate("PasswordRules", "The two passwords match")

    def retranslate(self) -> None:
        self.new_label.setText(translate("PasswordRules", "&New password"))
        self.new_edit.setAccessibleName(translate("PasswordRules", "New password"))
        self.confirm_label.setText(translate("PasswordRules", "Con&firm the new password"))
        self.confirm_edit.setAccessibleName(translate("PasswordRules", "Confirm the new password"))
        self.show_check.setText(translate("PasswordRules", "&Show the passwords as I type"))
        self.show_check.setAccessibleName(translate("PasswordRules", "Show the passwords"))
        self.show_check.setToolTip(
            translate("PasswordRules", "Make sure nobody can see your screen.")
        )
        self.rules_title.setText(translate("PasswordRules", "Your new password needs:"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
