"""A notification's text in the app's language, rendered from its `category` and `params`.

The server sends no sentences, only facts (amounts, names, times); the client says them in the
customer's language. A parameter the server leaves out (or a category this version does not know)
gives a shorter sentence, never an error or a raw key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.api import BankError
from desktop.i18n import current_language
from desktop.messages import CALL_CENTER, error_message, is_known
from desktop.money import format_datetime, format_money
from desktop.services.notifications import Notification

translate = QCoreApplication.translate


def complaint_status_name(status: str) -> str:
    """The status (received, in review, resolved) as the customer reads it."""
    names = {
        "received": translate("ComplaintStatus", "Received"),
        "in_review": translate("ComplaintStatus", "In review"),
        "resolved": translate("ComplaintStatus", "Resolved"),
    }
    return names.get(status, status.replace("_", " "))


def category_title(category: str) -> str:
    """A short heading for a notification of `category` (the list and the desktop pop-up)."""
    titles: dict[str, Callable[[], str]] = {
        "incoming_transfer": lambda: translate("Notifications", "Transfer received"),
        "outgoing_transfer": lambda: translate("Notifications", "Transfer sent"),
        "login": lambda: translate("Notifications", "New login"),
        "password_change": lambda: translate("Notifications", "Password changed"),
        "complaint_update": lambda: translate("Notifications", "Update on your submission"),
    }
    render = titles.get(category)
    return render() if render else translate("Notifications", "Notification")


def category_setting_label(category: str) -> str:
    """What the settings checkbox of `category` says."""
    labels: dict[str, Callable[[], str]] = {
        "incoming_transfer": lambda: translate("Notifications", "Transfers &received"),
        "outgoing_transfer": lambda: translate("Notifications", "Transfers &sent"),
        "login": lambda: translate("Notifications", "Log&ins to the Internet Branch"),
        "password_change": lambda: translate("Notifications", "Pass&word changes"),
        "complaint_update": lambda: translate(
            "Notifications", "Updates on my complaints and su&ggestions"
        ),
    }
    render = labels.get(category)
    return render() if render else category


def _text(params: Mapping[str, Any], key: str) -> str:
    value = params.get(key)
    return "" if value is None else str(value).strip()


def _amount(params: Mapping[str, Any], language: str) -> str:
    """The amount in the language's format, or "" when it is missing or not a number."""
    try:
        amount = Decimal(_text(params, "amount"))
    except InvalidOperation:
        return ""
    if not amount.is_finite():
        return ""
    currency = _text(params, "currency")
    return format_money(amount, currency, language) if currency else f"{amount:.2f}"


def _when(params: Mapping[str, Any], language: str) -> str:
    try:
        moment = datetime.fromisoformat(_text(params, "at"))
    except ValueError:
        return ""
    return format_datetime(moment.astimezone(), language)


def _incoming(params: Mapping[str, Any], language: str) -> str:
    amount = _amount(params, language)
    payer = _text(params, "payer") or _text(params, "payer_name") or _text(params, "from")
    if amount and payer:
        text = translate("Notifications", "You received {amount} from {payer}.")
    elif amount:
        text = translate("Notifications", "You received {amount}.")
    else:
        text = translate("Notifications", "You received a transfer.")
    return text.format(amount=amount, payer=payer) + _reference(params)


def _outgoing(params: Mapping[str, Any], language: str) -> str:
    amount = _amount(params, language)
    payee = _text(params, "payee") or _text(params, "creditor_name")
    status = _text(params, "status") or "executed"
    # Whole sentences for each case: translators never glue phrases together.
    if status == "rejected":
        if amount and payee:
            text = translate(
                "Notifications", "Your transfer of {amount} to {payee} was not executed."
            )
        elif amount:
            text = translate("Notifications", "Your transfer of {amount} was not executed.")
        elif payee:
            text = translate("Notifications", "Your transfer to {payee} was not executed.")
        else:
            text = translate("Notifications", "A transfer of yours was not executed.")
        code = _text(params, "error_code")
        reason = error_message(BankError(code)) if code and is_known(code) else ""
        return text.format(amount=amount, payee=payee) + (f" {reason}" if reason else "")
    if status == "scheduled":
        if amount:
            text = translate(
                "Notifications",
                "Your transfer of {amount} will be executed after the daily update.",
            )
        else:
            text = translate(
                "Notifications", "Your transfer will be executed after the daily update."
            )
    elif amount and payee:
        text = translate("Notifications", "Your transfer of {amount} to {payee} was executed.")
    elif amount:
        text = translate("Notifications", "Your transfer of {amount} was executed.")
    elif payee:
        text = translate("Notifications", "Your transfer to {payee} was executed.")
    else:
        text = translate("Notifications", "A transfer of yours was executed.")
    return text.format(amount=amount, payee=payee) + _reference(params)


def _reference(params: Mapping[str, Any]) -> str:
    reference = _text(params, "reference")
    if not reference:
        return ""
    return " " + translate("Notifications", "Reference: {reference}.").format(reference=reference)


def _login(params: Mapping[str, Any], language: str) -> str:
    when = _when(params, language)
    channel = _text(params, "channel")
    where = (
        translate("Notifications", "the Internet Branch")
        if channel in ("", "internet")
        else channel
    )
    if when:
        text = translate("Notifications", "You logged in to {where} on {when}.")
    else:
        text = translate("Notifications", "You logged in to {where}.")
    warning = translate(
        "Notifications",
        "If it was not you, change your password and call the Call Center at {number}.",
    ).format(number=CALL_CENTER)
    return text.format(where=where, when=when) + " " + warning


def _password(params: Mapping[str, Any], language: str) -> str:
    when = _when(params, language)
    if when:
        text = translate("Notifications", "Your password was changed on {when}.")
    else:
        text = translate("Notifications", "Your password was changed.")
    warning = translate(
        "Notifications", "If it was not you, call the Call Center at {number} at once."
    ).format(number=CALL_CENTER)
    return text.format(when=when) + " " + warning


def _complaint(params: Mapping[str, Any], language: str) -> str:
    reference = _text(params, "reference")
    status = _text(params, "status")
    if reference and status:
        text = translate("Notifications", "Your submission {reference} is now: {status}.")
    elif reference:
        text = translate("Notifications", "There is news about your submission {reference}.")
    else:
        text = translate("Notifications", "There is news about your submission.")
    text = text.format(reference=reference, status=complaint_status_name(status).lower())
    note = _text(params, "note")
    if note:
        text += " " + translate("Notifications", "The bank's note: {note}").format(note=note)
    return text


_RENDERERS: dict[str, Callable[[Mapping[str, Any], str], str]] = {
    "incoming_transfer": _incoming,
    "outgoing_transfer": _outgoing,
    "login": _login,
    "password_change": _password,
    "complaint_update": _complaint,
}


def notification_title(notification: Notification) -> str:
    if (
        notification.category == "outgoing_transfer"
        and notification.params.get("status") == "rejected"
    ):
        return translate("Notifications", "Transfer not executed")
    return category_title(notification.category)


def notification_text(notification: Notification, language: str | None = None) -> str:
    """The sentence the customer reads, in `language` (the app's current one by default)."""
    language = language or current_language()
    render = _RENDERERS.get(notification.category)
    if render is None:
        return translate("Notifications", "You have a new notification from the bank.")
    return render(notification.params, language)


def notification_time(notification: Notification, language: str | None = None) -> str:
    """When it was created, in this computer's time zone."""
    if notification.created_at is None:
        return ""
    return format_datetime(notification.created_at.astimezone(), language or current_language())
