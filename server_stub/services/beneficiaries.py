"""Saved payees: list (keyset pages by name), add, rename, delete."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from sqlalchemy import Connection, RowMapping, delete, insert, select, tuple_, update

from server_stub.domain import iban as ibans
from server_stub.domain.secrets import new_id
from server_stub.errors import Problem
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, beneficiaries

b = beneficiaries.c


def beneficiary_json(row: RowMapping | dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "iban": row["iban"]}


def checked_iban(conn: Connection, raw: str) -> str:
    """The IBAN as payments accept it: valid, Albanian, and if of this bank, with an account."""
    iban = ibans.normalize(raw)
    if not iban.isascii() or not ibans.is_valid(iban):
        raise Problem(422, "invalid_iban")
    if ibans.is_ours(iban):
        found = conn.execute(
            select(accounts.c.id).where(accounts.c.iban == iban, accounts.c.kind == "customer")
        ).first()
        if found is None:
            raise Problem(422, "invalid_iban")
    return iban


def _encode(name: str, row_id: str) -> str:
    raw = json.dumps([name, row_id], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode(token: str) -> tuple[str, str]:
    invalid = Problem(
        422, "validation_error", errors=[{"field": "cursor", "code": "invalid_cursor"}]
    )
    if len(token) > 1024 or not token.isascii():
        raise invalid
    try:
        name, row_id = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, TypeError, UnicodeError):
        raise invalid from None
    if not isinstance(name, str) or not isinstance(row_id, str) or _encode(name, row_id) != token:
        raise invalid
    return name, row_id


def list_page(backend: Backend, customer_id: int, limit: int, cursor: str | None) -> dict[str, Any]:
    """By name, then id: a seek past the cursor's position, never an OFFSET."""
    query = select(beneficiaries).where(b.customer_id == customer_id)
    if cursor is not None:
        query = query.where(tuple_(b.name, b.id) > _decode(cursor))
    query = query.order_by(b.name, b.id).limit(limit + 1)
    with backend.db.read() as conn:
        rows = list(conn.execute(query).mappings())
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "beneficiaries": [beneficiary_json(row) for row in rows],
        "next_cursor": _encode(rows[-1]["name"], rows[-1]["id"]) if more else None,
    }


def add(
    backend: Backend, customer_id: int, name: str, raw_iban: str
) -> tuple[bool, dict[str, Any]]:
    """Saves a payee; an IBAN already saved answers the saved one (created is then False)."""
    with backend.db.write() as conn:
        iban = checked_iban(conn, raw_iban)
        existing = (
            conn.execute(select(beneficiaries).where(b.customer_id == customer_id, b.iban == iban))
            .mappings()
            .first()
        )
        if existing is not None:
            return False, beneficiary_json(existing)
        row = {
            "id": new_id(),
            "customer_id": customer_id,
            "name": name.strip(),
            "iban": iban,
            "created_at": backend.clock.now(),
        }
        conn.execute(insert(beneficiaries).values(**row))
        return True, beneficiary_json(row)


def _owned(conn: Connection, customer_id: int, beneficiary_id: str) -> RowMapping:
    row = (
        conn.execute(
            select(beneficiaries).where(b.id == beneficiary_id, b.customer_id == customer_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise Problem(404, "beneficiary_not_found")
    return row


def rename(backend: Backend, customer_id: int, beneficiary_id: str, name: str) -> dict[str, Any]:
    with backend.db.write() as conn:
        row = _owned(conn, customer_id, beneficiary_id)
        conn.execute(update(beneficiaries).where(b.id == row["id"]).values(name=name.strip()))
        return {**beneficiary_json(row), "name": name.strip()}


def remove(backend: Backend, customer_id: int, beneficiary_id: str) -> None:
    with backend.db.write() as conn:
        row = _owned(conn, customer_id, beneficiary_id)
        conn.execute(delete(beneficiaries).where(b.id == row["id"]))
