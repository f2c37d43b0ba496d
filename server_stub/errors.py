"""Problems: errors with a stable `code`, turned into RFC 9457 problem+json by the HTTP layer."""

from __future__ import annotations

from typing import Any

#: Short English titles of every problem code; `code` is what clients translate.
TITLES: dict[str, str] = {
    "validation_error": "The request is not valid",
    "invalid_credentials": "Wrong login ID or password",
    "user_blocked": "The user is blocked",
    "not_registered": "Not registered for the Internet Branch",
    "invalid_otp": "Wrong code",
    "otp_expired": "The code has expired",
    "challenge_not_found": "No such code request",
    "resend_too_soon": "Too soon to send another code",
    "session_expired": "The session has ended",
    "password_change_required": "The password must be changed first",
    "weak_password": "The password does not meet the rules",
    "password_reused": "The password was used recently",
    "not_eligible": "Not eligible for the Internet Branch",
    "already_registered": "Already registered",
    "customer_not_found": "No such customer",
    "contact_call_center": "Please contact the Call Center",
    "account_not_found": "No such account",
    "idempotency_key_missing": "Idempotency-Key header missing",
    "idempotency_key_reused": "Idempotency-Key used for another request",
    "invalid_iban": "Invalid IBAN",
    "invalid_amount": "Invalid amount",
    "same_account": "Debtor and creditor accounts are the same",
    "currency_mismatch": "Currency differs from the debtor account's",
    "insufficient_funds": "Insufficient funds",
    "daily_limit_exceeded": "Daily limit exceeded",
    "cutoff_window": "Transfers are closed during the daily update",
    "payment_not_pending": "The payment is no longer pending",
    "payment_not_found": "No such payment",
    "beneficiary_not_found": "No such beneficiary",
    "notification_not_found": "No such notification",
    "complaint_not_found": "No such complaint",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "payload_too_large": "Request body too large",
    "unsupported_media_type": "Unsupported media type",
    "rate_limited": "Too many requests",
    "internal_error": "Internal error",
}


class Problem(Exception):
    """An error the API answers with `status` and a machine-readable `code` (+ extra fields)."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str | None = None,
        *,
        keep_writes: bool = False,
        **extra: Any,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.detail = detail
        #: Commit the transaction's writes before answering (a counted failure must stick).
        self.keep_writes = keep_writes
        self.extra = extra

    def body(self, request_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": f"urn:bkt:problem:{self.code}",
            "title": TITLES.get(self.code, self.code),
            "status": self.status,
            "code": self.code,
            "detail": self.detail or TITLES.get(self.code, self.code),
            "request_id": request_id,
        }
        body.update(self.extra)
        return body
