"""The fixed text of each error code whose message needs no details from the error itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

#: Read by desktop/messages.py; lambdas, so each text is translated in the language of the moment.
FIXED_TEXTS: dict[str, Callable[[], str]] = {
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
