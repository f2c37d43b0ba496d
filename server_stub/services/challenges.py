"""One-time-code challenges shared by login, payments, registration and password reset."""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, delete, insert, select, update

from server_stub.domain.secrets import new_id, new_otp
from server_stub.errors import Problem
from server_stub.services import audit, lockout, ratelimit
from server_stub.services.backend import Backend
from server_stub.services.code_hashing import CodeCheck, NewCode, new_code
from server_stub.store.tables import challenges, customers

PURPOSES = ("login", "payment", "registration", "password_reset")
#: Flows anyone can start with a customer number alone: their codes are capped per customer.
PUBLIC_PURPOSES = ("registration", "password_reset")


def masked_phone(e164: str) -> str:
    """+355691234567 -> "+355 69 *** **67": enough for the customer to recognise the phone."""
    return f"{e164[:4]} {e164[4:6]} *** **{e164[-2:]}"


def sms_text(purpose: str, code: str, params: dict[str, Any]) -> str:
    """The SMS in Albanian then English; a payment's names what is being confirmed."""
    if purpose == "payment":
        what = f"{params['amount']} {params['currency']} te/to {params['payee']}"
        return (
            f"BKT: Kodi FNP {code} konfirmon pagesën {what}. Mos ia jepni askujt. / "
            f"Code {code} confirms your payment of {what}. Never share it."
        )
    action = {
        "login": ("hyrjen në Dega Internet", "log in to the Internet Branch"),
        "registration": ("regjistrimin në Dega Internet", "register for the Internet Branch"),
        "password_reset": ("rivendosjen e fjalëkalimit", "reset your password"),
    }[purpose]
    return (
        f"BKT: Kodi FNP {code} për {action[0]}. Mos ia jepni askujt. / "
        f"Your code {code} to {action[1]}. Never share it."
    )


def challenge_json(
    row: RowMapping | dict[str, Any], backend: Backend, now: datetime
) -> dict[str, Any]:
    s = backend.settings
    return {
        "challenge_id": row["id"],
        "purpose": row["purpose"],
        "channel": "sms",
        "masked_phone": masked_phone(row["phone"]),
        "expires_in": max(0, math.ceil((row["expires_at"] - now).total_seconds())),
        "resend_after": max(
            0, math.ceil((row["sent_at"] + s.otp_resend_after - now).total_seconds())
        ),
        "otp_length": s.otp_length,
    }


def issue(
    conn: Connection,
    backend: Backend,
    customer: RowMapping,
    purpose: str,
    *,
    payment_id: str | None = None,
    sms_params: dict[str, Any] | None = None,
    code: NewCode | None = None,
) -> dict[str, Any]:
    """Creates a challenge, sends its code by SMS in the same transaction, returns its JSON.

    Hot paths pass `code`, hashed before their transaction began (see code_hashing.py).
    """
    now = backend.clock.now()
    settings = backend.settings
    conn.execute(
        delete(challenges).where(challenges.c.created_at < now - settings.challenge_retention)
    )
    code = code or new_code(backend)
    params = sms_params or {}
    row = {
        "id": new_id(),
        "purpose": purpose,
        "customer_id": customer["id"],
        "payment_id": payment_id,
        "otp_hash": code.otp_hash,
        "phone": customer["mobile"],
        "created_at": now,
        "sent_at": now,
        "expires_at": now + settings.otp_ttl,
        "used_at": None,
        "resend_count": 0,
        "sms_params": json.dumps(params, ensure_ascii=False),
    }
    conn.execute(insert(challenges).values(**row))
    _send(conn, backend, row, code.code, now)
    audit.record(conn, now, "otp_sent", customer["customer_number"], purpose)
    return challenge_json(row, backend, now)


def issue_public(
    conn: Connection, backend: Backend, customer: RowMapping, purpose: str
) -> dict[str, Any]:
    """A public flow's challenge: the one sent moments ago again, or a new one within the cap.

    Starting again before the resend wait is over answers the challenge already sent, without a
    second SMS; after it, each new code counts against the customer's cap (429 resend_too_soon).
    Anyone may start these flows with a customer number, so without this they could flood the
    customer's phone.
    """
    now = backend.clock.now()
    recent = (
        conn.execute(
            select(challenges)
            .where(
                challenges.c.customer_id == customer["id"],
                challenges.c.purpose == purpose,
                challenges.c.used_at.is_(None),
                challenges.c.expires_at >= now,
                challenges.c.sent_at > now - backend.settings.otp_resend_after,
            )
            .order_by(challenges.c.sent_at.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    if recent is not None:
        return challenge_json(recent, backend, now)
    _count_public_code(conn, backend, customer["id"], now)
    return issue(conn, backend, customer, purpose)


def _count_public_code(conn: Connection, backend: Backend, customer_id: int, now: datetime) -> None:
    settings = backend.settings
    if settings.public_codes_limit <= 0:
        return
    wait = ratelimit.hit(
        conn,
        "public_codes",
        str(customer_id),
        settings.public_codes_limit,
        settings.public_codes_window,
        now,
    )
    if wait is not None:
        raise Problem(429, "resend_too_soon", retry_after=wait)


def _send(
    conn: Connection, backend: Backend, row: dict[str, Any], code: str, now: datetime
) -> None:
    backend.sms.send(
        conn,
        to=row["phone"],
        text=sms_text(row["purpose"], code, json.loads(row["sms_params"])),
        code=code,
        purpose=row["purpose"],
        challenge_id=row["id"],
        at=now,
    )


def load(conn: Connection, challenge_id: str, purpose: str) -> RowMapping:
    """The challenge, locked until the transaction ends: a code opens one session only.

    Concurrent answers with the code queue here (on PostgreSQL; SQLite's write lock already
    serialises them), and the ones after the first find it used.
    """
    row = (
        conn.execute(select(challenges).where(challenges.c.id == challenge_id).with_for_update())
        .mappings()
        .first()
    )
    if row is None or row["purpose"] != purpose:
        raise Problem(404, "challenge_not_found")
    return row


def customer_of(conn: Connection, challenge: RowMapping) -> RowMapping:
    return (
        conn.execute(select(customers).where(customers.c.id == challenge["customer_id"]))
        .mappings()
        .one()
    )


def blocked_problem(backend: Backend, keep_writes: bool = False) -> Problem:
    return Problem(
        423, "user_blocked", call_center=backend.settings.call_center, keep_writes=keep_writes
    )


def check_code(
    conn: Connection,
    backend: Backend,
    challenge: RowMapping,
    customer: RowMapping,
    otp: str,
    prechecked: CodeCheck | None = None,
) -> None:
    """Raises the right problem unless `otp` is the challenge's current, unexpired code.

    A wrong code counts as a failure (and the 5th blocks); expired or used codes do not count.
    `prechecked` is the hash comparison made before the transaction (code_hashing.py).
    """
    now = backend.clock.now()
    if customer["blocked"]:
        raise blocked_problem(backend)
    if challenge["used_at"] is not None or now > challenge["expires_at"]:
        raise Problem(410, "otp_expired")
    check = prechecked or CodeCheck(None, False)
    if not check.result_for(backend, challenge["otp_hash"], otp):
        outcome = lockout.register_failure(
            conn, customer["id"], backend.settings.max_failures, now, "otp"
        )
        if outcome.blocked:
            raise blocked_problem(backend, keep_writes=True)
        raise Problem(401, "invalid_otp", attempts_left=outcome.attempts_left, keep_writes=True)


def consume(conn: Connection, backend: Backend, challenge: RowMapping) -> None:
    """Marks the code used (single use) and clears the failure count (an accepted code)."""
    conn.execute(
        update(challenges)
        .where(challenges.c.id == challenge["id"])
        .values(used_at=backend.clock.now())
    )
    lockout.reset(conn, challenge["customer_id"])


def close(conn: Connection, challenge_id: str, at: datetime) -> None:
    """Ends a challenge without a code (its payment was cancelled or expired)."""
    conn.execute(
        update(challenges)
        .where(challenges.c.id == challenge_id, challenges.c.used_at.is_(None))
        .values(used_at=at)
    )


def resend(conn: Connection, backend: Backend, challenge_id: str) -> dict[str, Any]:
    """A new code for the same challenge; the old code stops working."""
    now = backend.clock.now()
    row = conn.execute(select(challenges).where(challenges.c.id == challenge_id)).mappings().first()
    if row is None:
        raise Problem(404, "challenge_not_found")
    customer = customer_of(conn, row)
    if customer["blocked"]:
        raise blocked_problem(backend)
    if row["used_at"] is not None:
        raise Problem(410, "otp_expired")
    wait = (row["sent_at"] + backend.settings.otp_resend_after - now).total_seconds()
    if wait > 0:
        raise Problem(429, "resend_too_soon", retry_after=math.ceil(wait))
    if row["purpose"] in PUBLIC_PURPOSES:
        _count_public_code(conn, backend, customer["id"], now)
    code = new_otp(backend.settings.otp_length)
    values = {
        "otp_hash": backend.hashing.hash(code),
        "sent_at": now,
        "expires_at": now + backend.settings.otp_ttl,
        "resend_count": row["resend_count"] + 1,
    }
    conn.execute(update(challenges).where(challenges.c.id == challenge_id).values(**values))
    updated = {**dict(row), **values}
    _send(conn, backend, updated, code, now)
    audit.record(conn, now, "otp_sent", customer["customer_number"], f"{row['purpose']} resend")
    return challenge_json(updated, backend, now)
