"""Every message the customer can read about a failure, by error code, in the current language.

Specific codes say what happened and what to do; anything else is the general error that names
the Call Center and the request number. Texts live here, in one module, so translators and
reviewers see them together.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from desktop.api import BankError
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


_SIMPLE: dict[str, Callable[[], str]] = {
    # Checked on this computer before anything is sent.
    "login_id_format": lambda: translate(
        "Errors",
        "Enter your 9-digit customer number, or the personal number of your ID card (a letter, "
        "8 digits and a letter, e.g. J12345678A).",
    ),
    "password_missing": lambda: translate("Errors", "Enter your password."),
    "logged_out_idle": lambda: translate(
        "Errors",
        "You were logged out after 5 minutes without activity, for your security. Log in again "
        "to continue: what you were typing is kept.",
    ),
    "otp_format": lambda: translate(
        "Errors", "Enter the 6-digit code (FNP) from the SMS we sent you."
    ),
    "invalid_credentials": lambda: translate(
        "Errors",
        "The customer number or the password is wrong. Check them and try again: after 5 wrong "
        "attempts the user is blocked.",
    ),
    "not_registered": lambda: translate(
        "Errors",
        "You are not registered for the Internet Branch yet. Choose Register to create your "
        "password.",
    ),
    "otp_expired": lambda: translate(
        "Errors", "The code is no longer valid. Press Resend the code to get a new one."
    ),
    "challenge_not_found": lambda: translate(
        "Errors", "This step is no longer valid. Please start again from the beginning."
    ),
    "session_expired": lambda: translate("Errors", "Your session has ended. Please log in again."),
    "password_change_required": lambda: translate(
        "Errors", "You must change your password before you can continue."
    ),
    "weak_password": lambda: translate(
        "Errors", "The new password does not meet the rules listed below it."
    ),
    "password_reused": lambda: translate(
        "Errors", "You used this password recently. Choose one different from your last three."
    ),
    "customer_number_format": lambda: translate(
        "Errors", "Enter your 9-digit customer number, as written on your banking agreement."
    ),
    "current_password_missing": lambda: translate("Errors", "Enter your current password."),
    "password_rules_unmet": lambda: translate(
        "Errors", "The new password does not meet every rule yet: see the list of rules."
    ),
    "password_mismatch": lambda: translate(
        "Errors", "The two new passwords are not the same. Type the new password again in both."
    ),
    "already_registered": lambda: translate(
        "Errors",
        "You are already registered. Log in with your password, or use Forgot password? if you "
        "do not remember it.",
    ),
    "customer_not_found": lambda: translate(
        "Errors", "We cannot find this customer number. Check it and try again."
    ),
    "account_not_found": lambda: translate(
        "Errors", "This account cannot be found. Refresh the page and try again."
    ),
    "invalid_iban": lambda: translate(
        "Errors",
        "The IBAN is not valid. An Albanian IBAN has 28 characters and starts with AL; check it "
        "against the payee's details.",
    ),
    "invalid_amount": lambda: translate(
        "Errors", "The amount is not valid. Enter a positive amount with at most two decimals."
    ),
    "same_account": lambda: translate(
        "Errors", "The debit and credit accounts are the same. Choose another account."
    ),
    "currency_mismatch": lambda: translate(
        "Errors", "The currency must be the currency of the account you pay from."
    ),
    "payment_not_pending": lambda: translate(
        "Errors",
        "This payment is no longer waiting for confirmation. Check its status in the payment "
        "history.",
    ),
    "payment_not_found": lambda: translate(
        "Errors", "This payment cannot be found. Check the payment history."
    ),
    "idempotency_key_reused": lambda: translate(
        "Errors", "This payment was already sent with other details. Start a new payment."
    ),
    "validation_error": lambda: translate(
        "Errors", "Some of the data is not valid. Check the highlighted fields."
    ),
    "network_error": lambda: translate(
        "Errors",
        "The bank's server cannot be reached. Check your internet connection and try again.",
    ),
    "payload_too_large": lambda: translate(
        "Errors", "The text is too long. Shorten it and try again."
    ),
    "rate_limited": lambda: translate(
        "Errors", "Too many attempts in a short time. Wait a minute and try again."
    ),
    # Payments, checked on this computer as the customer types (the server checks again).
    "iban_missing": lambda: translate(
        "Errors", "Enter the payee's IBAN: 28 characters starting with AL."
    ),
    "iban_other_bank": lambda: translate(
        "Errors",
        'This IBAN belongs to another bank. To pay it, choose "Another bank in Albania".',
    ),
    "iban_this_bank": lambda: translate(
        "Errors",
        'This IBAN is of an account at our bank. To pay it, choose "Another account of this '
        'bank" (free of charge).',
    ),
    "payee_name_missing": lambda: translate(
        "Errors", "Enter the payee's name, as it is written on their account."
    ),
    "amount_missing": lambda: translate("Errors", "Enter the amount to send."),
    "amount_not_positive": lambda: translate("Errors", "The amount must be more than zero."),
    "debtor_account_missing": lambda: translate("Errors", "Choose the account to pay from."),
    "creditor_account_missing": lambda: translate("Errors", "Choose the account to pay into."),
    "payment_otp_expired": lambda: translate(
        "Errors",
        "The code has expired, so this payment was not made. Press Start again to review it "
        "and get a new code.",
    ),
    "confirmation_lost": lambda: translate(
        "Errors",
        "The connection was lost before the bank received the code. The payment has not been "
        "made: press Confirm to send the same code again.",
    ),
    "payment_status_unknown": lambda: translate(
        "Errors",
        "The connection was lost and we could not yet find out whether the payment was made. "
        "Do not pay again: press Check again, or look in the payment history in a moment.",
    ),
    "beneficiary_name_missing": lambda: translate("Errors", "Enter a name for the payee."),
    "beneficiary_not_found": lambda: translate(
        "Errors", "This payee is no longer saved. The list was refreshed."
    ),
}

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
        "password_reused": _SIMPLE["password_reused"],
    }
    render = texts.get(code)
    return render() if render else _SIMPLE["weak_password"]()


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
    if error.code in _SIMPLE and not error.is_general:
        return _SIMPLE[error.code]()
    return general_error(error.request_id)


def payment_error_message(error: BaseException) -> str:
    """Like error_message, for the steps of a payment: an expired code ends the payment."""
    if isinstance(error, BankError) and error.code == "otp_expired":
        return _SIMPLE["payment_otp_expired"]()
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
    return code in _SIMPLE or code in _WITH_FIELDS or code == "timeout"


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
