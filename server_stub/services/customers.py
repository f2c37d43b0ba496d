"""Finding customers by login ID, and setting their password under the policy."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from sqlalchemy import Connection, RowMapping, insert, select, update

from server_stub.errors import Problem
from server_stub.services.backend import Backend
from server_stub.store.tables import customers, password_history

# ASCII digits, spelled [0-9]: Python's and pydantic's \d also take other scripts' digits
# (١٢٣), JSON Schema's does not, and the schema promises what the server accepts.
CUSTOMER_NUMBER = re.compile(r"^[0-9]{9}$")
PERSONAL_ID = re.compile(r"^[A-Z][0-9]{8}[A-Z]$")
#: Either login ID of API.md, as the request schemas state it.
LOGIN_ID_PATTERN = r"^([0-9]{9}|[A-Za-z][0-9]{8}[A-Za-z])$"


def find(conn: Connection, login_id: str, *, for_update: bool = False) -> RowMapping | None:
    """The customer with this customer number or ID-card personal number, if any."""
    login_id = login_id.strip().upper()
    if CUSTOMER_NUMBER.match(login_id):
        condition = customers.c.customer_number == login_id
    elif PERSONAL_ID.match(login_id):
        condition = customers.c.personal_id == login_id
    else:
        return None
    query = select(customers).where(condition)
    if for_update:
        query = query.with_for_update()
    return conn.execute(query).mappings().first()


def by_id(conn: Connection, customer_id: int) -> RowMapping:
    return conn.execute(select(customers).where(customers.c.id == customer_id)).mappings().one()


def normalized(password: str) -> str:
    """The password in Unicode NFC: an "ë" typed as e + combining diaeresis is the same "ë".

    Keyboards and input methods differ in which form they send; every path that hashes or
    checks a password goes through here, so the same password always matches.
    """
    return unicodedata.normalize("NFC", password)


def check_new_password(backend: Backend, customer: RowMapping, password: str) -> None:
    """422 weak_password with every broken rule, before anything else is looked at."""
    password = normalized(password)
    violations = backend.policy.violations(password, customer["customer_number"])
    if violations:
        raise Problem(422, "weak_password", violations=violations)


def check_not_reused(
    conn: Connection, backend: Backend, customer: RowMapping, password: str
) -> None:
    """422 password_reused when it is one of the last N passwords (the current one included)."""
    password = normalized(password)
    recent = conn.execute(
        select(password_history.c.password_hash)
        .where(password_history.c.customer_id == customer["id"])
        .order_by(password_history.c.id.desc())
        .limit(backend.settings.password_history)
    ).scalars()
    if any(backend.hashing.verify(old, password) for old in recent):
        raise Problem(422, "password_reused")


def set_password(
    conn: Connection, backend: Backend, customer_id: int, password: str, at: datetime
) -> None:
    hashed = backend.hashing.hash(normalized(password))
    conn.execute(
        update(customers)
        .where(customers.c.id == customer_id)
        .values(password_hash=hashed, password_set_at=at)
    )
    conn.execute(
        insert(password_history).values(customer_id=customer_id, password_hash=hashed, set_at=at)
    )
