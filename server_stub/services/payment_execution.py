"""Executing a confirmed payment (limit, funds, posting, notices) or recording its rejection."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, update

from server_stub.domain.money import from_minor
from server_stub.errors import Problem
from server_stub.services import audit, customers, ledger, notify
from server_stub.services import payment_checks as checks
from server_stub.services.backend import Backend
from server_stub.services.ledger import Leg
from server_stub.store.tables import payments

OUTGOING_TEXT = "Transfertë"
INCOMING_TEXT = "Transfertë hyrëse"
FEE_TEXT = "Komision transferte"
FX_TEXT = "Këmbim valutor"


def set_status(conn: Connection, payment_id: str, status: str, **values: Any) -> None:
    conn.execute(
        update(payments).where(payments.c.id == payment_id).values(status=status, **values)
    )


def debtor_account(conn: Connection, row: RowMapping) -> RowMapping:
    return ledger.account_row(conn, row["debtor_account_id"])


def _legs(row: RowMapping, debtor: RowMapping, payer: str) -> tuple[Leg, Leg | None, list[Leg]]:
    """The debtor's lines and every other leg, so each currency's total stays the same."""
    currency, amount, fee = row["currency"], row["amount_minor"], row["fee_minor"]
    text = row["description"] or OUTGOING_TEXT
    name, iban = row["creditor_name"], row["creditor_iban"]
    principal = Leg(debtor["id"], -amount, currency, text, name, iban)
    fee_leg = Leg(debtor["id"], -fee, currency, FEE_TEXT, name, iban) if fee else None
    creditor_id = row["creditor_account_id"]
    if creditor_id is None:
        # Another bank: the money waits in the clearing account, the fee goes to the bank.
        others = [
            Leg(ledger.bank_account_id("clearing", currency), amount, currency, text, name, iban)
        ]
        if fee:
            others.append(Leg(ledger.bank_account_id("fees", currency), fee, currency, FEE_TEXT))
        return principal, fee_leg, others
    incoming = Leg(
        creditor_id,
        row["credited_amount_minor"],
        row["credited_currency"],
        row["description"] or INCOMING_TEXT,
        payer,
        debtor["iban"],
    )
    if row["credited_currency"] == currency:
        return principal, fee_leg, [incoming]
    # A conversion: the bank buys the debtor's currency and pays out the payee's.
    credited = row["credited_currency"]
    return (
        principal,
        fee_leg,
        [
            Leg(ledger.bank_account_id("position", currency), amount, currency, FX_TEXT),
            Leg(
                ledger.bank_account_id("position", credited),
                -row["credited_amount_minor"],
                credited,
                FX_TEXT,
            ),
            incoming,
        ],
    )


def execute(conn: Connection, backend: Backend, row: RowMapping, now: datetime) -> dict[str, Any]:
    """Checks the limit and funds and books every leg; raises the refusal's Problem unwritten."""
    debtor = debtor_account(conn, row)
    total = row["amount_minor"] + row["fee_minor"]
    checks.check_limit(conn, backend, row["customer_id"], row["currency"], row["amount_minor"], now)
    checks.check_funds(debtor, total)
    payer = customers.by_id(conn, row["customer_id"])
    booked = now.astimezone(backend.tz).date()
    reference = ledger.reference_of(row["id"], booked)
    principal, fee_leg, others = _legs(row, debtor, payer["name"])
    try:
        transaction_id = ledger.post(
            conn,
            debtor=principal,
            fee=fee_leg,
            others=others,
            booked=booked,
            reference=reference,
            payment_id=row["id"],
            at=now,
        )
    except ledger.Overdraft:
        # Spent by a concurrent payment between the check and the debit: nothing was written.
        checks.check_funds(debtor_account(conn, row), total)
        raise Problem(409, "insufficient_funds") from None
    set_status(conn, row["id"], "executed", executed_at=now, transaction_id=transaction_id)
    _notify_executed(conn, row, payer, reference, now)
    audit.record(
        conn,
        now,
        "payment_executed",
        payer["customer_number"],
        f"{row['id']} {from_minor(row['amount_minor'])} {row['currency']} ref {reference}",
    )
    return {
        "id": row["id"],
        "status": "executed",
        "executed_at": now.astimezone(backend.tz).isoformat(),
        "transaction_id": str(transaction_id),
        "reference": reference,
    }


def _outgoing_params(row: RowMapping) -> dict[str, Any]:
    return {
        "payment_id": row["id"],
        "account_id": row["debtor_account_id"],
        "amount": from_minor(row["amount_minor"]),
        "currency": row["currency"],
        "payee": row["creditor_name"],
        "creditor_iban": row["creditor_iban"],
    }


def _notify_executed(
    conn: Connection, row: RowMapping, payer: RowMapping, reference: str, now: datetime
) -> None:
    notify.notify(
        conn,
        row["customer_id"],
        "outgoing_transfer",
        {**_outgoing_params(row), "status": "executed", "reference": reference},
        now,
    )
    creditor_id = row["creditor_account_id"]
    if creditor_id is None:
        return
    creditor = ledger.account_row(conn, creditor_id)
    notify.notify(
        conn,
        creditor["customer_id"],
        "incoming_transfer",
        {
            "account_id": creditor_id,
            "amount": from_minor(row["credited_amount_minor"]),
            "currency": row["credited_currency"],
            "payer": payer["name"],
            "reference": reference,
        },
        now,
    )


def reject(
    conn: Connection,
    backend: Backend,
    row: RowMapping,
    error_code: str,
    now: datetime,
    *,
    notify_customer: bool,
) -> None:
    """Ends the payment `rejected` with the refusal's code (told in a notice when not live)."""
    set_status(conn, row["id"], "rejected", error_code=error_code)
    number = customers.by_id(conn, row["customer_id"])["customer_number"]
    audit.record(conn, now, "payment_rejected", number, f"{row['id']} {error_code}")
    if notify_customer:
        notify.notify(
            conn,
            row["customer_id"],
            "outgoing_transfer",
            {**_outgoing_params(row), "status": "rejected", "error_code": error_code},
            now,
        )
