"""Payments: quote, create (idempotent), confirm with the SMS code, cancel, and execution."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, insert, select, update
from sqlalchemy.exc import IntegrityError

from server_stub.domain.money import from_minor
from server_stub.domain.secrets import new_id
from server_stub.errors import Problem
from server_stub.services import (
    audit,
    challenges,
    code_hashing,
    customers,
    payment_execution,
    payment_queries,
)
from server_stub.services import payment_checks as checks
from server_stub.services.backend import Backend
from server_stub.services.payment_checks import PaymentOrder, Plan
from server_stub.store.tables import challenges as challenge_rows
from server_stub.store.tables import customers as customer_rows
from server_stub.store.tables import payments

__all__ = ["PaymentOrder", "cancel", "confirm", "create", "quote"]


def request_hash(order: PaymentOrder) -> str:
    """SHA-256 of the canonical body: the same request always hashes alike, whatever key order."""
    canonical = json.dumps(dataclasses.asdict(order), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _local(backend: Backend, moment: datetime) -> str:
    return moment.astimezone(backend.tz).isoformat()


def _money_view(backend: Backend, plan: Plan, order: PaymentOrder, now: datetime) -> dict[str, Any]:
    """What the review step shows; the same figures the payment is then created with."""
    deferred = checks.deferred(backend, order.schedule, now)
    return {
        "amount": from_minor(plan.amount_minor),
        "currency": order.currency,
        "fee": from_minor(plan.fee_minor),
        "total": from_minor(plan.total_minor),
        "credited_amount": from_minor(plan.credited_minor),
        "credited_currency": plan.credited_currency,
        "rate": plan.rate,
        "kind": plan.kind,
        "creditor_name": order.creditor_name.strip(),
        "creditor_iban": plan.iban,
        "schedule": order.schedule,
        "execute_at": _local(backend, backend.cutoff.reopens_at(now)) if deferred else None,
    }


def _checked_plan(
    conn: Connection, backend: Backend, customer_id: int, order: PaymentOrder, now: datetime
) -> Plan:
    """Creation's checks in API.md's order: shape, accounts, window, daily limit, funds."""
    plan = checks.plan(conn, backend, customer_id, order)
    checks.check_window(backend, order.schedule, now)
    moment = checks.execution_moment(backend, order.schedule, now)
    checks.check_limit(conn, backend, customer_id, order.currency, plan.amount_minor, moment)
    checks.check_funds(plan.debtor, plan.total_minor)
    return plan


def quote(backend: Backend, customer_id: int, order: PaymentOrder) -> dict[str, Any]:
    """The review step's figures, or the error creating the payment would answer; no code sent."""
    now = backend.clock.now()
    with backend.db.read() as conn:
        plan = _checked_plan(conn, backend, customer_id, order, now)
    return _money_view(backend, plan, order, now)


def _stored(conn: Connection, customer_id: int, key: str, digest: str) -> dict[str, Any] | None:
    row = conn.execute(
        select(payments.c.request_hash, payments.c.response_json).where(
            payments.c.customer_id == customer_id, payments.c.idempotency_key == key
        )
    ).first()
    if row is None:
        return None
    if row.request_hash != digest:
        raise Problem(422, "idempotency_key_reused")
    stored: dict[str, Any] = json.loads(row.response_json)
    return stored


def create(
    backend: Backend, customer_id: int, order: PaymentOrder, key: str | None
) -> dict[str, Any]:
    """A payment awaiting its code, and the code sent; a repeated key answers the first reply."""
    if not key:
        raise Problem(400, "idempotency_key_missing")
    digest = request_hash(order)
    # A retry is answered from a read; a new payment's code is hashed before the write
    # transaction, not while holding its lock (code_hashing.py says why).
    with backend.db.read() as conn:
        stored = _stored(conn, customer_id, key, digest)
    if stored is not None:
        return stored
    code = code_hashing.new_code(backend)
    try:
        with backend.db.write() as conn:
            stored = _stored(conn, customer_id, key, digest)
            if stored is not None:
                return stored
            return _create(conn, backend, customer_id, order, key, digest, code)
    except IntegrityError:
        # A concurrent request with this key committed first (PostgreSQL): answer with its reply.
        with backend.db.read() as conn:
            stored = _stored(conn, customer_id, key, digest)
        if stored is None:
            raise
        return stored


def _create(
    conn: Connection,
    backend: Backend,
    customer_id: int,
    order: PaymentOrder,
    key: str,
    digest: str,
    code: code_hashing.NewCode,
) -> dict[str, Any]:
    now = backend.clock.now()
    plan = _checked_plan(conn, backend, customer_id, order, now)
    # Nothing is held while the code is awaited (balance and available stay as they are): an
    # abandoned payment then never blocks money, and the debit at confirmation checks again.
    customer = customers.by_id(conn, customer_id)
    payment_id = new_id()
    view = _money_view(backend, plan, order, now)
    challenge = challenges.issue(
        conn,
        backend,
        customer,
        "payment",
        payment_id=payment_id,
        sms_params={
            "amount": view["amount"],
            "currency": order.currency,
            "payee": view["creditor_name"],
        },
        code=code,
    )
    response = {
        "id": payment_id,
        "status": "awaiting_otp",
        "challenge": challenge,
        **view,
        "debtor_account_id": plan.debtor["id"],
        "description": order.description,
        "created_at": _local(backend, now),
    }
    conn.execute(
        insert(payments).values(
            id=payment_id,
            customer_id=customer_id,
            debtor_account_id=plan.debtor["id"],
            creditor_iban=plan.iban,
            creditor_name=view["creditor_name"],
            creditor_account_id=plan.creditor["id"] if plan.creditor is not None else None,
            amount_minor=plan.amount_minor,
            currency=order.currency,
            fee_minor=plan.fee_minor,
            credited_amount_minor=plan.credited_minor,
            credited_currency=plan.credited_currency,
            rate=plan.rate,
            description=order.description,
            schedule=order.schedule,
            status="awaiting_otp",
            challenge_id=challenge["challenge_id"],
            idempotency_key=key,
            request_hash=digest,
            response_json=json.dumps(response, ensure_ascii=False),
            created_at=now,
        )
    )
    audit.record(
        conn,
        now,
        "payment_created",
        customer["customer_number"],
        f"{payment_id} {view['amount']} {order.currency} {plan.kind}",
    )
    return response


def _lock_customer(conn: Connection, customer_id: int) -> None:
    """One customer's confirmations one at a time (the daily limit is per customer).

    SQLite's write transaction already holds the one write lock; on PostgreSQL this row lock
    does the same per customer. FOR NO KEY UPDATE, not FOR UPDATE: a payment to this customer
    inserts a notification whose foreign key takes FOR KEY SHARE on this row, and FOR UPDATE
    would make A→B and B→A confirmations wait for each other (a deadlock, seen as a 500).
    """
    conn.execute(
        select(customer_rows.c.id)
        .where(customer_rows.c.id == customer_id)
        .with_for_update(key_share=True)
    ).first()


def _live_challenge(conn: Connection, row: RowMapping, now: datetime) -> RowMapping | None:
    """The payment's challenge while its code can still be used; None once it has lapsed."""
    challenge = (
        conn.execute(select(challenge_rows).where(challenge_rows.c.id == row["challenge_id"]))
        .mappings()
        .first()
    )
    if challenge is None or challenge["used_at"] is not None or now > challenge["expires_at"]:
        return None
    if challenge["payment_id"] != row["id"]:
        return None
    return challenge


def confirm(backend: Backend, customer_id: int, payment_id: str, otp: str) -> dict[str, Any]:
    """Checks in API.md's order: not pending, expired code, wrong code, then window, limit, funds.

    A right code ends the payment: executed, scheduled for after the window, or rejected with
    the refusal's code (that refusal commits, so a retry answers payment_not_pending).
    """
    prechecked = _precheck(backend, customer_id, payment_id, otp)
    now = backend.clock.now()
    with backend.db.write() as conn:
        _lock_customer(conn, customer_id)
        row = payment_queries.one(conn, backend, customer_id, payment_id)
        if row["status"] != "awaiting_otp":
            raise Problem(409, "payment_not_pending")
        challenge = _live_challenge(conn, row, now)
        if challenge is None:
            payment_execution.set_status(conn, row["id"], "expired")
            challenges.close(conn, row["challenge_id"], now)
            raise Problem(410, "otp_expired", keep_writes=True)
        customer = customers.by_id(conn, customer_id)
        challenges.check_code(conn, backend, challenge, customer, otp, prechecked)
        try:
            if checks.deferred(backend, row["schedule"], now):
                result = schedule(conn, backend, row, now)
            else:
                checks.check_window(backend, row["schedule"], now)
                result = payment_execution.execute(conn, backend, row, now)
        except Problem as refusal:
            payment_execution.reject(conn, backend, row, refusal.code, now, notify_customer=False)
            challenges.close(conn, challenge["id"], now)
            refusal.keep_writes = True
            raise
        challenges.consume(conn, backend, challenge)
        return result


def _precheck(
    backend: Backend, customer_id: int, payment_id: str, otp: str
) -> code_hashing.CodeCheck:
    """The code checked against the payment's challenge before the write transaction."""
    with backend.db.read() as conn:
        challenge_id = conn.execute(
            select(payments.c.challenge_id).where(
                payments.c.id == payment_id, payments.c.customer_id == customer_id
            )
        ).scalar()
    return code_hashing.precheck(backend, challenge_id, otp)


def schedule(conn: Connection, backend: Backend, row: RowMapping, now: datetime) -> dict[str, Any]:
    """Confirmed in the window with schedule after_window: runs at the window's end."""
    execute_at = backend.cutoff.reopens_at(now)
    debtor = payment_execution.debtor_account(conn, row)
    checks.check_limit(
        conn, backend, row["customer_id"], row["currency"], row["amount_minor"], execute_at
    )
    checks.check_funds(debtor, row["amount_minor"] + row["fee_minor"])
    payment_execution.set_status(conn, row["id"], "scheduled", execute_at=execute_at)
    number = customers.by_id(conn, row["customer_id"])["customer_number"]
    audit.record(conn, now, "payment_scheduled", number, f"{row['id']} at {execute_at.isoformat()}")
    return {"id": row["id"], "status": "scheduled", "execute_at": _local(backend, execute_at)}


def cancel(backend: Backend, customer_id: int, payment_id: str) -> dict[str, Any]:
    """Ends a payment still awaiting its code or scheduled; the window does not apply."""
    now = backend.clock.now()
    with backend.db.write() as conn:
        row = payment_queries.one(conn, backend, customer_id, payment_id)
        if row["effective_status"] == "expired" and row["status"] == "awaiting_otp":
            payment_execution.set_status(conn, row["id"], "expired")
            challenges.close(conn, row["challenge_id"], now)
            raise Problem(409, "payment_not_pending", keep_writes=True)
        if row["status"] not in ("awaiting_otp", "scheduled"):
            raise Problem(409, "payment_not_pending")
        # Conditional, so a scheduler run that claimed it first wins and this answers 409.
        claimed = conn.execute(
            update(payments)
            .where(payments.c.id == row["id"], payments.c.status == row["status"])
            .values(status="cancelled")
        ).rowcount
        if claimed != 1:
            raise Problem(409, "payment_not_pending")
        if row["challenge_id"]:
            challenges.close(conn, row["challenge_id"], now)
        number = customers.by_id(conn, customer_id)["customer_number"]
        audit.record(conn, now, "payment_cancelled", number, row["id"])
    return {"id": row["id"], "status": "cancelled"}
