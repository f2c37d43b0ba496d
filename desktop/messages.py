"""Every message the customer can read about a failure, by error code, in the current language.

Specific codes say what happened and what to do; anything else is the general error that names
the Call Center and the request number. Texts live here, and the fixed text of each plain code
in desktop/error_texts.py, so translators and reviewers see them together.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from desktop.api import BankError
from desktop.error_texts import FIXED_TEXTS
from desktop.i18n import current_language
from desktop.money import format_amount, format_money

translate = QCoreApplication.translate

CALL_CENTER = "+355 4 2266 288"


def _attempts(error: BankError) -> str:
    left = int(error.fields.get("attempts_left", 0) or 0)
    return translate(
        "Errors",
        "The code is wrong. You have %n attempt(s) left before your user is blocked.",
        None,
        left,
    )


def _blocked(error: BankError) -> str:
    number = str(error.fields.get("call_center") or CALL_CENTER)
    return translate(
        "Errors",
        "Your user is blocked after too many wrong attempts. Call the Call Center at {number} "
        "(24 hours) to unblock it.",
    ).format(number=number)


def _call_center(error: BankError) -> str:
    number = str(error.fields.get("call_center") or CALL_CENTER)
    return translate(
        "Errors",
        "This cannot be done in the Internet Branch. Please call the Call Center at {number}.",
    ).format(number=number)


def _resend_too_soon(error: BankError) -> str:
    seconds = int(error.fields.get("retry_after", 30) or 30)
    return translate("Errors", "You can ask for a new code in %n second(s).", None, seconds)


def _not_eligible(error: BankError) -> str:
    reason = str(error.fields.get("reason", ""))
    texts = {
        "agreement_missing": translate(
            "Errors",
            "To use the Internet Branch you need to sign the Retail Banking Agreement (KSHBI), "
            "version 002 or higher, at any branch of the bank.",
        ),
        "agreement_outdated": translate(
            "Errors",
            "Your Retail Banking Agreement (KSHBI) is an older version. Sign version 002 or "
            "higher at any branch of the bank, then register here.",
        ),
        "no_registered_mobile": translate(
            "Errors",
            "No mobile number is registered with the bank for you. Register your mobile number "
            "at any branch: the codes are sent to it by SMS.",
        ),
        "not_retail": translate(
            "Errors",
            "The Internet Branch is for retail (individual) customers. Business customers, "
            "please contact your branch.",
        ),
    }
    return texts.get(
        reason,
        translate("Errors", "You cannot register for the Internet Branch. Please visit a branch."),
    )


def _fields_money(error: BankError, key: str) -> str:
    """A money field of the problem (a string like "1500.00") in the language's format."""
    value = error.fields.get(key)
    currency = error.fields.get("currency")
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not currency or not amount.is_finite():
        return str(value)
    return format_money(amount, str(currency), current_language())


def _insufficient(error: BankError) -> str:
    available = _fields_money(error, "available")
    if available:
        return translate(
            "Errors",
            "There is not enough money in the account for this amount and its fee. "
            "Available: {available}.",
        ).format(available=available)
    return translate(
        "Errors", "There is not enough money in the account for this amount and its fee."
    )


def _daily_limit(error: BankError) -> str:
    return translate(
        "Errors",
        "This transfer would exceed your daily limit of {limit}. You can still send {remaining} "
        "today.",
    ).format(limit=_fields_money(error, "limit"), remaining=_fields_money(error, "remaining"))


def _wrong_current_password(error: BankError) -> str:
    left = int(error.fields.get("attempts_left", 0) or 0)
    return translate(
        "Errors",
        "Your current password is wrong. You have %n attempt(s) left before your user is blocked.",
        None,
        left,
    )


def _cutoff(error: BankError) -> str:
    return translate(
        "Errors",
        "Transfers are closed during the daily update (21:00 to midnight). They open again at "
        "00:00. You can also send it after midnight.",
    )


def _iban_length(error: BankError) -> str:
    length = int(error.fields.get("length", 0) or 0)
    return translate(
        "Errors",
        "An Albanian IBAN has 28 characters; this one has %n. Check it against the payee's "
        "details.",
        None,
        length,
    )


def _amount_format(error: BankError) -> str:
    example = format_amount(Decimal("1500.50"), current_language())
    return translate(
        "Errors", "Enter the amount in digits, like {example}, with at most two decimals."
    ).format(example=example)


_WITH_FIELDS: dict[str, Callable[[BankError], str]] = {
    "invalid_otp": _attempts,
    "user_blocked": _blocked,
    "contact_call_center": _call_center,
    "resend_too_soon": _resend_too_soon,
    "current_password_wrong": _wrong_current_password,
    "not_eligible": _not_eligible,
    "insufficient_funds": _insufficient,
    "daily_limit_exceeded": _daily_limit,
    "cutoff_window": _cutoff,
    "iban_length": _iban_length,
    "amount_format": _amount_format,
}


def violation_message(code: str) -> str:
    """What to change about a new password, for each `violations` code (and password_reused)."""
    texts: dict[str, Callable[[], str]] = {
        "too_short": lambda: translate(
            "Errors", "The password is too short: use at least 8 characters."
        ),
        "too_long": lambda: translate(
            "Errors", "The password is too long: use at most 64 characters."
        ),
        "needs_letter": lambda: translate("Errors", "Add at least one letter."),
        "needs_digit": lambda: translate("Errors", "Add at least one digit."),
        "contains_customer_number": lambda: translate(
            "Errors", "The password must not contain your customer number."
        ),
        "too_common": lambda: translate(
            "Errors", "This password is too common and easy to guess. Choose another one."
        ),
        "password_reused": FIXED_TEXTS["password_reused"],
    }
    render = texts.get(code)
    return render() if render else FIXED_TEXTS["weak_password"]()


def info_message(code: str) -> str:
    """Good news the customer reads in a window's message line (not an error)."""
    texts: dict[str, Callable[[], str]] = {
        "registered": lambda: translate(
            "Messages",
            "You are registered for the Internet Branch. Log in now with your customer number "
            "and your new password.",
        ),
        "password_reset_done": lambda: translate(
            "Messages", "Your password was changed. Log in now with your new password."
        ),
        "password_changed": lambda: translate(
            "Messages",
            "Your password was changed. For your security, all your other Internet Branch "
            "sessions were ended.",
        ),
    }
    return texts[code]()


def general_error(request_id: str | None, call_center: str = CALL_CENTER) -> str:
    """The message for anything unexpected: try again, else the Call Center with the request."""
    if request_id:
        return translate(
            "Errors",
            "Something went wrong. Please try again; if it happens again, call the Call Center "
            "at {number} and quote request number {request_id}.",
        ).format(number=call_center, request_id=request_id)
    return translate(
        "Errors",
        "Something went wrong. Please try again; if it happens again, call the Call Center at "
        "{number}.",
    ).format(number=call_center)


def timeout_error(call_center: str = CALL_CENTER) -> str:
    return translate(
        "Errors",
        "The bank's server did not answer in time. Please try again; if it happens again, call "
        "the Call Center at {number}.",
    ).format(number=call_center)


def error_message(error: BaseException) -> str:
    """The specific, translated message for an error; the general one for anything unknown."""
    if not isinstance(error, BankError):
        return general_error(None)
    if error.code == "timeout":
        return timeout_error()
    if error.code in _WITH_FIELDS:
        return _WITH_FIELDS[error.code](error)
    if error.code in FIXED_TEXTS and not error.is_general:
        return FIXED_TEXTS[error.code]()
    return general_error(error.request_id)


def payment_error_message(error: BaseException) -> str:
    """Like error_message, for the steps of a payment: an expired code ends the payment."""
    if isinstance(error, BankError) and error.code == "otp_expired":
        return FIXED_TEXTS["payment_otp_expired"]()
    return error_message(error)


def rejection_reason(error_code: str | None) -> str:
    """Why the bank refused a payment (history, result), from its `error_code`."""
    if error_code and is_known(error_code):
        return error_message(BankError(error_code))
    return translate(
        "Errors", "The bank did not execute it. Call the Call Center at {number}."
    ).format(number=CALL_CENTER)


def is_known(code: str) -> bool:
    """True when `code` has a specific message (tests use it to check every API code has one)."""
    return code in FIXED_TEXTS or code in _WITH_FIELDS or code == "timeout"


def complaint_field_message(field: str, code: str) -> str:
    """What is wrong with one field of the complaint form (errors[].field/code of a 422)."""
    from desktop.services.complaints import MESSAGE_MAX, MESSAGE_MIN, SUBJECT_MAX

    texts: dict[tuple[str, str], Callable[[], str]] = {
        ("subject", "required"): lambda: translate("FieldErrors", "Write a subject."),
        ("subject", "too_long"): lambda: translate(
            "FieldErrors", "The subject can have at most {limit} characters."
        ).format(limit=SUBJECT_MAX),
        ("message", "required"): lambda: translate("FieldErrors", "Write your message."),
        ("message", "too_short"): lambda: translate(
            "FieldErrors", "The message needs at least {limit} characters."
        ).format(limit=MESSAGE_MIN),
        ("message", "too_long"): lambda: translate(
            "FieldErrors", "The message can have at most {limit} characters."
        ).format(limit=MESSAGE_MAX),
        ("contact_value", "required"): lambda: translate(
            "FieldErrors",
            "Enter the e-mail address or phone number we should use, or choose not to be "
            "contacted.",
        ),
        ("contact_value", "invalid_email"): lambda: translate(
            "FieldErrors", "Enter an e-mail address like name@example.com."
        ),
        ("contact_value", "invalid_phone"): lambda: translate(
            "FieldErrors",
            "Enter a mobile number like 069 123 4567 or +355 69 123 4567, or an international "
            "number starting with +.",
        ),
        ("contact_value", "not_allowed"): lambda: translate(
            "FieldErrors", "Leave the contact empty when you do not want to be contacted."
        ),
        ("contact_value", "too_long"): lambda: translate(
            "FieldErrors", "The contact is too long: at most 254 characters."
        ),
    }
    render = texts.get((field, code))
    if render is not None:
        return render()
    if field in ("kind", "category", "contact_channel"):
        return translate("FieldErrors", "Choose one of the options.")
    return translate("FieldErrors", "This field is not valid. Check it and try again.")
