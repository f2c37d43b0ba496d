"""Registering for the Internet Branch and resetting a forgotten password, both by SMS code."""

from __future__ import annotations

from typing import Any

from server_stub.errors import Problem
from server_stub.services import audit, challenges, code_hashing, customers, notify, sessions
from server_stub.services.backend import Backend

#: The banking agreement (KSHBI) version the Internet Branch needs.
MIN_AGREEMENT_VERSION = 2


def start_registration(backend: Backend, customer_number: str) -> dict[str, Any]:
    """Checks eligibility and sends the registration code."""
    with backend.db.write() as conn:
        customer = customers.find(conn, customer_number)
        if customer is None or customer["customer_number"] != customer_number:
            raise Problem(404, "customer_not_found")
        if customer["password_hash"] is not None:
            raise Problem(409, "already_registered")
        reason = _ineligibility(customer)
        if reason:
            raise Problem(403, "not_eligible", reason=reason)
        if customer["blocked"]:
            raise challenges.blocked_problem(backend)
        return challenges.issue_public(conn, backend, customer, "registration")


def _ineligibility(customer: Any) -> str | None:
    if customer["segment"] != "retail":
        return "not_retail"
    if customer["agreement_version"] is None:
        return "agreement_missing"
    if customer["agreement_version"] < MIN_AGREEMENT_VERSION:
        return "agreement_outdated"
    if not customer["mobile"]:
        return "no_registered_mobile"
    return None


def complete_registration(
    backend: Backend, challenge_id: str, otp: str, new_password: str
) -> dict[str, Any]:
    """Sets the first password. A refused password does not use up the code."""
    prechecked = code_hashing.precheck(backend, challenge_id, otp)
    now = backend.clock.now()
    with backend.db.write() as conn:
        challenge = challenges.load(conn, challenge_id, "registration")
        customer = challenges.customer_of(conn, challenge)
        customers.check_new_password(backend, customer, new_password)
        challenges.check_code(conn, backend, challenge, customer, otp, prechecked)
        if customer["password_hash"] is not None:
            raise Problem(409, "already_registered")
        challenges.consume(conn, backend, challenge)
        customers.set_password(conn, backend, customer["id"], new_password, now)
        audit.record(conn, now, "registration_completed", customer["customer_number"])
        return {"customer_number": customer["customer_number"]}


def start_reset(backend: Backend, login_id: str) -> dict[str, Any]:
    """Sends the code that lets a registered customer choose a new password."""
    with backend.db.write() as conn:
        customer = customers.find(conn, login_id)
        if customer is None:
            raise Problem(404, "customer_not_found")
        if customer["blocked"]:
            raise challenges.blocked_problem(backend)
        if customer["password_hash"] is None or not customer["mobile"]:
            raise Problem(403, "contact_call_center", call_center=backend.settings.call_center)
        return challenges.issue_public(conn, backend, customer, "password_reset")


def complete_reset(backend: Backend, challenge_id: str, otp: str, new_password: str) -> None:
    """Sets the new password and ends every open session of the customer."""
    prechecked = code_hashing.precheck(backend, challenge_id, otp)
    now = backend.clock.now()
    with backend.db.write() as conn:
        challenge = challenges.load(conn, challenge_id, "password_reset")
        customer = challenges.customer_of(conn, challenge)
        customers.check_new_password(backend, customer, new_password)
        challenges.check_code(conn, backend, challenge, customer, otp, prechecked)
        customers.check_not_reused(conn, backend, customer, new_password)
        challenges.consume(conn, backend, challenge)
        customers.set_password(conn, backend, customer["id"], new_password, now)
        sessions.revoke_all(conn, customer["id"], now)
        audit.record(conn, now, "password_reset_completed", customer["customer_number"])
        notify.notify(conn, customer["id"], "password_change", {"at": now.isoformat()}, now)
