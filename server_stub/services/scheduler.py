"""Runs payments scheduled for after the nightly window, from any number of threads or processes."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy import select, update

from server_stub.errors import Problem
from server_stub.services import payment_execution
from server_stub.services.backend import Backend
from server_stub.store.tables import payments

log = logging.getLogger("server_stub.scheduler")


def run_due_payments(backend: Backend) -> int:
    """Executes (or rejects) every scheduled payment whose time has come; returns how many.

    Idempotent and safe to run concurrently: each payment is claimed by a conditional UPDATE in
    the transaction that books it, so only one runner ever gets it and a crash leaves it
    scheduled for the next run.
    """
    now = backend.clock.now()
    if backend.cutoff.contains(now):
        return 0  # money never moves during the daily update
    with backend.db.read() as conn:
        due = (
            conn.execute(
                select(payments.c.id)
                .where(payments.c.status == "scheduled", payments.c.execute_at <= now)
                .order_by(payments.c.execute_at, payments.c.created_at, payments.c.id)
            )
            .scalars()
            .all()
        )
    done = 0
    for payment_id in due:
        try:
            done += _run_one(backend, payment_id)
        except Exception:
            # One broken payment must not stop the others; it stays scheduled and is retried.
            log.exception("scheduled payment %s failed; it stays scheduled", payment_id)
    return done


def _run_one(backend: Backend, payment_id: str) -> int:
    now = backend.clock.now()
    with backend.db.write() as conn:
        claimed = conn.execute(
            update(payments)
            .where(payments.c.id == payment_id, payments.c.status == "scheduled")
            .values(status="executing")
        ).rowcount
        if claimed != 1:
            return 0  # another runner took it, or the customer cancelled it
        row = conn.execute(select(payments).where(payments.c.id == payment_id)).mappings().one()
        try:
            # Checks come before any write, and the debit is the first one: a refusal leaves
            # nothing half-booked to roll back.
            payment_execution.execute(conn, backend, row, now)
        except Problem as refusal:
            payment_execution.reject(conn, backend, row, refusal.code, now, notify_customer=True)
    return 1


async def run_forever(backend: Backend, stop: asyncio.Event) -> None:
    """The app's background loop: once at startup, then every `scheduler_interval`."""
    interval = backend.settings.scheduler_interval.total_seconds()
    while not stop.is_set():
        try:
            await asyncio.to_thread(run_due_payments, backend)
        except Exception:
            log.exception("scheduler run failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)
