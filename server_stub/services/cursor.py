"""Opaque page cursors: a (booking date, id) keyset position, read back strictly or refused."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import date

#: A cursor of one listing is not accepted by another (the order differs): the kind is inside.
KINDS = frozenset({"transactions", "statement"})

_PLAIN = re.compile(r"^(?P<kind>[a-z]+):(?P<day>\d{4}-\d{2}-\d{2}):(?P<id>[1-9]\d{0,17})$")
#: The largest id an INTEGER column holds on PostgreSQL (32 bits): a forged cursor past it
#: would overflow the query's parameter there (a 500), so it is refused like any other forgery.
MAX_ROW_ID = 2**31 - 1
#: Longer than any cursor we hand out: a huge forged value is refused before decoding it.
_MAX_LENGTH = 96


class CursorError(ValueError):
    """The cursor was not made by this server (forged, truncated or from another listing)."""


def encode(kind: str, day: date, row_id: int) -> str:
    """The position after the row (`day`, `row_id`), as URL-safe text without padding."""
    assert kind in KINDS
    plain = f"{kind}:{day.isoformat()}:{row_id}".encode("ascii")
    return base64.urlsafe_b64encode(plain).rstrip(b"=").decode("ascii")


def decode(kind: str, token: str) -> tuple[date, int]:
    """The (day, id) a cursor of `kind` stands for; CursorError for anything else."""
    if not token or len(token) > _MAX_LENGTH or not token.isascii():
        raise CursorError(kind)
    try:
        padded = token + "=" * (-len(token) % 4)
        plain = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise CursorError(kind) from exc
    # Canonical form only: a token that decodes but is not what encode() would write is forged.
    match = _PLAIN.match(plain)
    if match is None or match["kind"] != kind:
        raise CursorError(kind)
    try:
        day = date.fromisoformat(match["day"])
    except ValueError as exc:
        raise CursorError(kind) from exc
    row_id = int(match["id"])
    if row_id > MAX_ROW_ID or encode(kind, day, row_id) != token:
        raise CursorError(kind)
    return day, row_id
