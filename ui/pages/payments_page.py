"""Payments page: new payment (form, review, code, result), beneficiaries, history, the window.

The nightly window follows the bank's clock: the page measures the offset to `server_time` of
GET /info and shows the banner from 21:00, before the customer fills anything in.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.messages import error_message
from desktop.services.bank_clock import TIRANE, ServerClock, cutoff_state
from desktop.services.beneficiaries import BeneficiariesService, Beneficiary
from desktop.services.payments import PaymentsService, ReviewedPayment
from ui.pages.page import Page
from ui.widgets.alive import alive
from ui.widgets.beneficiaries_panel import BeneficiariesPanel
from ui.widgets.error_label import ErrorLabel
from ui.widgets.fonts import make_heading
from ui.widgets.payment_code import PaymentCode
from ui.widgets.payment_form import PaymentForm
from ui.widgets.payment_history import PaymentHistory
from ui.widgets.payment_result import PaymentResult
from ui.widgets.payment_review import PaymentReview

translate = QCoreApplication.translate

# How often the offset to the bank's clock is measured again (the banner follows it between).
RESYNC_EVERY_S = 15 * 60
NEW, BENEFICIARIES, HISTORY = range(3)


class PaymentsPage(Page):
    """Signals: paymentFinished(str) with the outcome's status (executed, scheduled, rejected)."""

    paymentFinished = Signal(str)
    help_topic = "payments"

    def __init__(
        self,
        service: PaymentsService,
        beneficiaries: BeneficiariesService,
        customer_name: str = "",
        parent: QWidget | None = None,
        *,
        clock: ServerClock | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsPage")
        self.service = service
        self._beneficiaries_service = beneficiaries
        self.clock = clock or ServerClock()
        self._monotonic = monotonic
        self._synced_at: float | None = None
        self._closed = False

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        make_heading(self.title)
        self.banner = QFrame(self)
        self.banner.setObjectName("cutoffBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_title = QLabel(self.banner)
        make_heading(self.banner_title, 1.1)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("cutoffBannerLabel")
        self.banner_label.setWordWrap(True)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_title)
        banner_layout.addWidget(self.banner_label)
        self.banner.setVisible(False)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("paymentsErrorLabel")

        # Built before what it holds: Tab meets the tabs first, then the tab in front.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("paymentTabs")
        self.form = PaymentForm(service, self)
        self.form.set_customer_name(customer_name)
        self.review = PaymentReview(service, self)
        self.code = PaymentCode(service, self, monotonic=monotonic)
        self.result = PaymentResult(self)
        self.result.customer_name = customer_name
        self.steps = QStackedWidget(self)
        self.steps.setObjectName("paymentSteps")
        # Lines as long as people read comfortably, not as wide as the window.
        readable = self.fontMetrics().averageCharWidth() * 110
        for step in (self.form, self.review, self.code, self.result):
            step.setMaximumWidth(readable)
            self.steps.addWidget(step)
        # A long form (errors shown, a small screen) scrolls instead of squeezing its fields.
        self.steps_scroll = QScrollArea(self)
        self.steps_scroll.setObjectName("paymentStepsScrollArea")
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: every control inside is one, and it scrolls to the focused one.
        self.steps_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps_scroll.setWidget(self.steps)
        self.beneficiaries = BeneficiariesPanel(beneficiaries, self)
        self.history = PaymentHistory(service, self.today, self)
        self.tabs.addTab(self.steps_scroll, "")
        self.tabs.addTab(self.beneficiaries, "")
        self.tabs.addTab(self.history, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        # One check at the next minute (or opening/closing) of the bank's clock, then again.
        self._window_timer = QTimer(self)
        self._window_timer.setSingleShot(True)
        self._window_timer.timeout.connect(self._minute_passed)

        self.form.reviewed.connect(self._reviewed)
        self.review.back.connect(self._back_to_form)
        self.review.created.connect(self._created)
        self.code.finished.connect(self._finished)
        self.code.ended.connect(self._back_to_form)
        self.code.restart.connect(self._start_again)
        self.result.newPayment.connect(self._new_payment)
        self.beneficiaries.changed.connect(self._beneficiaries_changed)
        self.history.cancelled.connect(lambda _id: self.refresh_accounts())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    # --- loading ------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh_accounts()
        self.beneficiaries.refresh()
        self.load_rates()
        self.sync_server_time()
        if self.tabs.currentIndex() == HISTORY:
            self.history.refresh()

    @asyncSlot()
    async def refresh_accounts(self) -> None:
        try:
            accounts = await self.service.accounts()
        except Exception as error:
            if alive(self):
                self.error_label.show_message(functools.partial(error_message, error))
            return
        if not alive(self):
            return
        self.error_label.clear_message()
        self.form.set_accounts(accounts)
        reviewed = self.review.reviewed()
        if reviewed is not None:
            debtor = next((a for a in accounts if a.id == reviewed.debtor.id), None)
            if debtor is not None:
                self.result.set_balance(debtor)

    @asyncSlot()
    async def load_rates(self) -> None:
        try:
            rates = await self.service.fx_rates()
        except Exception:  # also an unreadable answer: never a crash for a hint
            return  # only a hint in the form: the review shows the bank's exact figures
        if alive(self):
            self.form.set_rates(rates)

    @asyncSlot()
    async def sync_server_time(self) -> None:
        """Measures the bank's clock again and re-checks the nightly window on it."""
        try:
            server_time = await self.service.server_time()
        except Exception:  # a failure or an unreadable answer alike
            server_time = None  # keep the last offset (or this computer's clock)
        if not alive(self):
            return
        if server_time is not None:
            self.clock.sync(server_time)
            self._synced_at = self._monotonic()
        self.check_window()

    def today(self) -> date:
        return self.clock.now().astimezone(TIRANE).date()

    # --- the nightly window -------------------------------------------------------------
    def check_window(self) -> None:
        state = cutoff_state(self.clock.now())
        self._closed = state.closed
        self.banner.setVisible(state.closed)
        self.form.set_cutoff(state.closed)
        self.review.set_cutoff(state.closed)
        self._render_banner()
        # Wake at the next whole minute, or right at 21:00 / 00:00 if that comes first.
        now = self.clock.now()
        to_minute = 60.0 - (now.second + now.microsecond / 1e6)
        to_change = (state.next_change - now).total_seconds()
        wait = max(0.5, min(to_minute, to_change) + 0.2)
        self._window_timer.start(int(wait * 1000))

    def window_closed(self) -> bool:
        return self._closed

    def _minute_passed(self) -> None:
        stale = self._synced_at is None or self._monotonic() - self._synced_at > RESYNC_EVERY_S
        if stale:
            self.sync_server_time()
        else:
            self.check_window()

    def _render_banner(self) -> None:
        self.banner_title.setText(translate("PaymentsPage", "Transfers are closed until 00:00"))
        self.banner_label.setText(
            translate(
                "PaymentsPage",
                "Transfers are closed for the daily update from 21:00 until midnight. They open "
                "again at 00:00. You can still prepare a transfer now and confirm it with Send "
                "after midnight: the bank executes it at 00:00.",
            )
        )
        self.banner.setAccessibleName(self.banner_title.text())
        self.banner.setAccessibleDescription(self.banner_label.text())

    # --- the steps ----------------------------------------------------------------------
    def _reviewed(self, reviewed: ReviewedPayment) -> None:
        self.review.show_payment(reviewed)
        self.steps.setCurrentWidget(self.review)
        self.review.send_button.setFocus()

    def _created(self, reviewed: ReviewedPayment) -> None:
        self.code.start(reviewed)
        self.steps.setCurrentWidget(self.code)
        self.code.otp_edit.setFocus()

    def _start_again(self, old: ReviewedPayment) -> None:
        """An expired or ended payment: the same figures, reviewed again under a new key."""
        fresh = ReviewedPayment(old.order, old.quote, old.debtor, old.save_beneficiary)
        self._reviewed(fresh)

    def _back_to_form(self) -> None:
        self.steps.setCurrentWidget(self.form)
        self.form.focus_first()

    def _new_payment(self) -> None:
        self.form.clear()
        self._back_to_form()

    def _finished(self, reviewed: ReviewedPayment, refusal: BaseException | None) -> None:
        self.result.show_outcome(reviewed, refusal)
        self.steps.setCurrentWidget(self.result)
        outcome = reviewed.outcome
        status = outcome.status if outcome else ""
        self.refresh_accounts()
        self.history.refresh()
        if status in ("executed", "scheduled"):
            self.form.clear()
            if reviewed.save_beneficiary:
                self._save_beneficiary(reviewed)
        self.paymentFinished.emit(status)

    @asyncSlot(object)
    async def _save_beneficiary(self, reviewed: ReviewedPayment) -> None:
        quote = reviewed.quote
        try:
            await self._beneficiaries_service.add(quote.creditor_name, quote.creditor_iban)
        except Exception:
            if alive(self):
                self.result.set_beneficiary_saved(False)
            return
        if alive(self):
            self.result.set_beneficiary_saved(True)
            self.beneficiaries.refresh()

    def _beneficiaries_changed(self, saved: list[Beneficiary]) -> None:
        self.form.set_beneficiaries(saved)

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY:
            self.history.refresh()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- page ---------------------------------------------------------------------------
    def nav_title(self) -> str:
        return translate("PaymentsPage", "Payments")

    def draft(self) -> dict[str, Any] | None:
        # The form only: a code, a review or a result is never kept over a logout.
        return self.form.values() if self.form.has_input() else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.form.restore(draft)

    def server_now(self) -> datetime:
        return self.clock.now()

    def retranslate(self) -> None:
        self.title.setText(translate("PaymentsPage", "Payments"))
        self.tabs.setTabText(NEW, translate("PaymentsPage", "New payment"))
        self.tabs.setTabText(BENEFICIARIES, translate("PaymentsPage", "Beneficiaries"))
        self.tabs.setTabText(HISTORY, translate("PaymentsPage", "History"))
        self.tabs.setAccessibleName(translate("PaymentsPage", "Payments"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self._render_banner()
