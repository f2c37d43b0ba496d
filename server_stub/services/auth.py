"""Login with password and SMS code, sessions' keepalive and logout, password change, profile."""

from __future__ import annotations

from typing import Any

from server_stub.errors import Problem
from server_stub.services import (
    audit,
    challenges,
    code_hashing,
    customers,
    lockout,
    notify,
    sessions,
)
from server_stub.services.backend import Backend
from server_stub.services.sessions import SessionInfo


def login(backend: Backend, login_id: str, password: str) -> dict[str, Any]:
    """Checks the password and sends a login code; answers the challenge."""
    password = customers.normalized(password)
    # The slow hashing first, outside the write transaction (code_hashing.py says why). An
    # unknown login ID is verified against a decoy: the same answer in the same time.
    with backend.db.read() as conn:
        known = customers.find(conn, login_id)
    checked_hash = known["password_hash"] if known is not None else None
    password_ok = backend.hashing.verify(checked_hash, password)
    code = code_hashing.new_code(backend) if password_ok else None
    now = backend.clock.now()
    with backend.db.write() as conn:
        customer = customers.find(conn, login_id)
        if customer is None:
            audit.record(conn, now, "login_failed", None, "unknown login id")
            raise Problem(401, "invalid_credentials", keep_writes=True)
        if customer["blocked"]:
            raise challenges.blocked_problem(backend)
        if customer["password_hash"] is None:
            raise Problem(403, "not_registered")
        if customer["password_hash"] != checked_hash:  # changed meanwhile: check the new one
            password_ok = backend.hashing.verify(customer["password_hash"], password)
        if not password_ok:
            outcome = lockout.register_failure(
                conn, customer["id"], backend.settings.max_failures, now, "password"
            )
            if outcome.blocked:
                raise challenges.blocked_problem(backend, keep_writes=True)
            raise Problem(401, "invalid_credentials", keep_writes=True)
        if not customer["mobile"]:
            raise Problem(403, "contact_call_center", call_center=backend.settings.call_center)
        return challenges.issue(conn, backend, customer, "login", code=code)


def verify_login_code(backend: Backend, challenge_id: str, otp: str) -> dict[str, Any]:
    """Accepts the login code and opens a session."""
    prechecked = code_hashing.precheck(backend, challenge_id, otp)
    now = backend.clock.now()
    with backend.db.write() as conn:
        challenge = challenges.load(conn, challenge_id, "login")
        customer = challenges.customer_of(conn, challenge)
        challenges.check_code(conn, backend, challenge, customer, otp, prechecked)
        challenges.consume(conn, backend, challenge)
        session = sessions.create(conn, backend, customer)
        audit.record(conn, now, "login_success", customer["customer_number"], "internet")
        notify.notify(
            conn, customer["id"], "login", {"at": now.isoformat(), "channel": "internet"}, now
        )
        return session


def resend_code(backend: Backend, challenge_id: str) -> dict[str, Any]:
    with backend.db.write() as conn:
        return challenges.resend(conn, backend, challenge_id)


def logout(backend: Backend, who: SessionInfo) -> None:
    now = backend.clock.now()
    with backend.db.write() as conn:
        sessions.revoke(conn, who.session_id, now)
        audit.record(conn, now, "logout", who.customer_number)


def change_password(backend: Backend, who: SessionInfo, current: str, new: str) -> None:
    """Changes the password; every other session of the customer ends."""
    current = customers.normalized(current)
    now = backend.clock.now()
    with backend.db.write() as conn:
        customer = customers.by_id(conn, who.customer_id)
        if not backend.hashing.verify(customer["password_hash"], current):
            outcome = lockout.register_failure(
                conn, customer["id"], backend.settings.max_failures, now, "password"
            )
            if outcome.blocked:
                raise challenges.blocked_problem(backend, keep_writes=True)
            raise Problem(
                401, "invalid_credentials", attempts_left=outcome.attempts_left, keep_writes=True
            )
        customers.check_new_password(backend, customer, new)
        customers.check_not_reused(conn, backend, customer, new)
        customers.set_password(conn, backend, customer["id"], new, now)
        sessions.revoke_all(conn, customer["id"], now, keep=who.session_id)
        sessions.clear_change_required(conn, who.session_id)
        audit.record(conn, now, "password_changed", customer["customer_number"], "by customer")
        notify.notify(conn, customer["id"], "password_change", {"at": now.isoformat()}, now)


def profile(backend: Backend, who: SessionInfo) -> dict[str, Any]:
    with backend.db.read() as conn:
        customer = customers.by_id(conn, who.customer_id)
    expires = sessions.password_expires_at(backend, customer)
    # The login before the current session's, as "last login" means to a customer.
    last = customer["previous_login_at"]
    return {
        "customer_number": customer["customer_number"],
        "personal_id": customer["personal_id"],
        "name": customer["name"],
        "masked_phone": challenges.masked_phone(customer["mobile"]) if customer["mobile"] else None,
        "password_expires_at": expires.isoformat() if expires else None,
        "last_login": None
        if last is None
        else {"at": last.isoformat(), "channel": customer["previous_login_channel"] or "internet"},
    }
