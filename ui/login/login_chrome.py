"""The login window's own controls around the step: their layout and their texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.focus_order import last_focus_child

if TYPE_CHECKING:
    from ui.login.login_window import LoginWindow

translate = QCoreApplication.translate


def build_layout(window: LoginWindow) -> tuple[QWidget, QHBoxLayout]:
    """Lays the window out; returns the login form (loginContent) and the row it sits in."""
    header = QHBoxLayout()
    header.addWidget(window.brand_label, 1)
    header.addWidget(window.language_selector)
    header.addWidget(window.help_button)
    buttons = QHBoxLayout()
    buttons.addWidget(window.keyboard_button)
    buttons.addStretch(1)
    buttons.addWidget(window.back_button)
    buttons.addWidget(window.continue_button)
    links = QHBoxLayout()
    links.addWidget(window.register_button)
    links.addWidget(window.forgot_button)
    links.addStretch(1)
    links.addWidget(window.contacts_button)
    # The login form keeps its width; the help panel, when open, is added beside it.
    content = QWidget(window)
    content.setObjectName("loginContent")
    content.setMinimumWidth(window.fontMetrics().averageCharWidth() * 84)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(header)
    layout.addSpacing(window.fontMetrics().height())
    layout.addWidget(window.step_title)
    layout.addWidget(window.stack, 1)
    layout.addWidget(window.error_label)
    layout.addWidget(window.info_label)
    layout.addWidget(window.busy)
    layout.addWidget(window.keyboard)
    layout.addLayout(buttons)
    layout.addLayout(links)
    outer = QHBoxLayout(window)
    outer.addWidget(content, 3)
    # The on-screen keyboard sits below the step's fields: Tab reaches it after them.
    last_field = last_focus_child(window.stack)
    if last_field is not None:
        QWidget.setTabOrder(last_field, window.keyboard)
    return content, outer


def retranslate_chrome(window: LoginWindow) -> None:
    """The texts of the window's own controls (the step in front brings its own)."""
    window.setWindowTitle(translate("LoginWindow", "Internet Branch — Log in"))
    window.brand_label.setText(translate("LoginWindow", "Internet Branch"))
    window.language_selector.setAccessibleName(translate("LoginWindow", "Language"))
    window.language_selector.setToolTip(translate("LoginWindow", "Language"))
    window.help_button.setText(translate("LoginWindow", "&Help"))
    window.help_button.setToolTip(translate("LoginWindow", "Help for this step (F1)"))
    window.help_button.setAccessibleName(translate("LoginWindow", "Help"))
    window.keyboard_button.setText(translate("LoginWindow", "Virtual keyboard"))
    window.keyboard_button.setAccessibleName(translate("LoginWindow", "Virtual keyboard"))
    window.keyboard_button.setToolTip(
        translate("LoginWindow", "Show or hide the on-screen keyboard (Alt+K)")
    )
    window.back_button.setText(translate("LoginWindow", "&Back"))
    window.back_button.setAccessibleName(translate("LoginWindow", "Back"))
    window.register_button.setText(translate("LoginWindow", "Re&gister"))
    window.register_button.setAccessibleName(translate("LoginWindow", "Register"))
    window.forgot_button.setText(translate("LoginWindow", "&Forgot password?"))
    window.forgot_button.setAccessibleName(translate("LoginWindow", "Forgot password?"))
    window.contacts_button.setText(translate("LoginWindow", "C&ontacts"))
    window.contacts_button.setAccessibleName(translate("LoginWindow", "Contacts"))
    window.busy.setAccessibleName(translate("LoginWindow", "Waiting for the bank"))
