"""A transaction's JSON text built by the database itself, for pages of thousands of rows.

A 5,000-row statement page built in Python (a dict per row, two money strings, then
json.dumps) cost ~55 ms of the server's time, nine tenths of it per row; the database's own
JSON functions make the same text in C for a fraction of that. The text is exactly what
transactions.transaction_json gives (tests/server/test_row_json.py compares the two on both
backends), so the answer does not depend on which way it was built.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, ColumnElement, String, Text, case, cast, func, literal_column

from server_stub.services.transactions import ROW_COLUMNS


def _constant(text: str) -> ColumnElement[str]:
    """Text written into the SQL itself, not bound.

    A bound parameter has no type PostgreSQL's json_build_object (whose arguments are "any")
    could infer.
    """
    assert "'" not in text
    return literal_column(f"'{text}'", String)


def money_text(minor: ColumnElement[Any]) -> ColumnElement[str]:
    """Minor units as API.md's money string in SQL ("-1500.50"); NULL stays NULL.

    The same arithmetic as domain.money.from_minor, in operators SQLite and PostgreSQL both
    read alike: `/` of two integers is integer division there (SQLAlchemy's own `//` would
    call a Python function on SQLite), `%` the remainder, `||` joins text.
    """
    hundred = literal_column("100", BigInteger)
    magnitude = func.abs(minor, type_=BigInteger)
    cents = magnitude.op("%")(hundred)
    whole = magnitude.op("/")(hundred)
    sign = case((minor < literal_column("0"), _constant("-")), else_=_constant(""))
    pad = case((cents < literal_column("10"), _constant("0")), else_=_constant(""))
    return sign + cast(whole, String) + _constant(".") + pad + cast(cents, String)


def _day_text(dialect: str, day: ColumnElement[Any]) -> ColumnElement[str]:
    # SQLite keeps a Date as its ISO text already; PostgreSQL's text of a date follows the
    # session's DateStyle, so the format is spelled out.
    return day if dialect == "sqlite" else func.to_char(day, "YYYY-MM-DD")


def transaction_json_text(dialect: str) -> ColumnElement[str]:
    """One transaction of ROW_COLUMNS as the text of its JSON object, keys in API.md's order."""
    (row_id, booked, valued, amount, currency, description, name, iban, reference, balance,
     status) = ROW_COLUMNS  # fmt: skip
    fields: list[tuple[str, ColumnElement[Any]]] = [
        ("id", cast(row_id, String)),
        ("booking_date", _day_text(dialect, booked)),
        ("value_date", _day_text(dialect, valued)),
        ("amount", money_text(amount)),
        ("currency", currency),
        ("description", description),
        ("counterparty_name", name),
        ("counterparty_iban", iban),
        ("reference", reference),
        ("balance_after", money_text(balance)),
        ("status", status),
    ]
    pairs = [part for key, value in fields for part in (_constant(key), value)]
    if dialect == "sqlite":
        return func.json_object(*pairs, type_=Text)
    return cast(func.json_build_object(*pairs), Text)
