"""Complaints and suggestions: submitting, listing with status, and the bank moving them along."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, RowMapping, insert, select, update

from server_stub.domain.secrets import new_id
from server_stub.errors import Problem
from server_stub.services import audit, notify
from server_stub.services.backend import Backend
from server_stub.services.notifications import decode_cursor, encode_cursor
from server_stub.services.sessions import SessionInfo
from server_stub.store.tables import complaints, customers

#: Reference prefixes: ANK for "ankesë" (complaint), SUG for "sugjerim" (suggestion).
PREFIXES = {"complaint": "ANK", "suggestion": "SUG"}


def complaint_json(row: RowMapping) -> dict[str, Any]:
    return {
        "reference": row["reference"],
        "kind": row["kind"],
        "category": row["category"],
        "subject": row["subject"],
        "message": row["message"],
        "contact_channel": row["contact_channel"],
        "contact_value": row["contact_value"],
        "status": row["status"],
        "created_at": row["created_at"].isoformat(),
        "updated_at": row["updated_at"].isoformat(),
    }


def submit(backend: Backend, who: SessionInfo, fields: dict[str, Any]) -> dict[str, Any]:
    """Stores a complaint or suggestion; its reference is e.g. ANK-2026-000123."""
    now = backend.clock.now()
    year = now.astimezone(backend.tz).year
    with backend.db.write() as conn:
        # The number is the row's own id (unique on any database, without a race between
        # writers), so the row goes in under a placeholder first and then gets its reference.
        inserted = conn.execute(
            insert(complaints).values(
                reference=f"new-{new_id(6)}",
                customer_id=who.customer_id,
                kind=fields["kind"],
                category=fields["category"],
                subject=fields["subject"],
                message=fields["message"],
                contact_channel=fields["contact_channel"],
                contact_value=fields.get("contact_value"),
                status="received",
                created_at=now,
                updated_at=now,
            )
        )
        row_id = inserted.inserted_primary_key[0] if inserted.inserted_primary_key else None
        assert row_id is not None
        reference = f"{PREFIXES[fields['kind']]}-{year}-{row_id:06d}"
        conn.execute(
            update(complaints).where(complaints.c.id == row_id).values(reference=reference)
        )
        # The reference only: subject and message may hold personal details.
        audit.record(conn, now, "complaint_submitted", who.customer_number, reference)
    return {"reference": reference, "status": "received", "created_at": now.isoformat()}


def list_page(
    backend: Backend, customer_id: int, *, limit: int, cursor: str | None
) -> dict[str, Any]:
    """The customer's submissions, newest first, keyset-paged on the id."""
    scope = f"complaints:{customer_id}"
    conditions: list[ColumnElement[bool]] = [complaints.c.customer_id == customer_id]
    if cursor:
        conditions.append(complaints.c.id < decode_cursor(backend, scope, cursor))
    with backend.db.read() as conn:
        rows = (
            conn.execute(
                select(complaints)
                .where(*conditions)
                .order_by(complaints.c.id.desc())
                .limit(limit + 1)
            )
            .mappings()
            .all()
        )
    page = rows[:limit]
    more = len(rows) > limit
    return {
        "complaints": [complaint_json(row) for row in page],
        "next_cursor": encode_cursor(backend, scope, page[-1]["id"]) if more else None,
    }


def _find(conn: Connection, reference: str, customer_id: int | None = None) -> RowMapping:
    conditions: list[ColumnElement[bool]] = [complaints.c.reference == reference.strip().upper()]
    if customer_id is not None:
        conditions.append(complaints.c.customer_id == customer_id)
    row = conn.execute(select(complaints).where(*conditions)).mappings().first()
    if row is None:
        raise Problem(404, "complaint_not_found")
    return row


def get_one(backend: Backend, customer_id: int, reference: str) -> dict[str, Any]:
    """One of the customer's submissions; another customer's answers like a missing one."""
    with backend.db.read() as conn:
        return complaint_json(_find(conn, reference, customer_id))


def set_status(
    backend: Backend, reference: str, status: str, note: str | None = None
) -> dict[str, Any]:
    """The bank's side: a new status, and a complaint_update notification when it changed."""
    now = backend.clock.now()
    with backend.db.write() as conn:
        row = _find(conn, reference)
        if row["status"] != status:
            conn.execute(
                update(complaints)
                .where(complaints.c.id == row["id"])
                .values(status=status, updated_at=now)
            )
            params: dict[str, Any] = {"reference": row["reference"], "status": status}
            if note:
                params["note"] = note
            notify.notify(conn, row["customer_id"], "complaint_update", params, now)
            number = conn.execute(
                select(customers.c.customer_number).where(customers.c.id == row["customer_id"])
            ).scalar_one()
            audit.record(
                conn, now, "complaint_status_changed", number, f"{row['reference']} {status}"
            )
        return complaint_json(_find(conn, row["reference"]))
