"""Query-string values read strictly, every bad one named in one 422 `validation_error`."""

from __future__ import annotations

import re
from datetime import date
from typing import TypeVar

from server_stub.errors import Problem
from server_stub.services import cursor

# [0-9], not \d: only ASCII digits, as the OpenAPI schema says (\d takes ١٢ in Python).
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
#: An absolute amount: digits, at most two decimals, below API.md's 1e12 ceiling for amounts.
_AMOUNT = re.compile(r"^(?P<whole>[0-9]{1,12})(?:\.(?P<cents>[0-9]{1,2}))?$")

T = TypeVar("T", bound=str)


class QueryErrors:
    """Collects `{field, code}` pairs while values are read; `check()` raises the 422."""

    def __init__(self) -> None:
        self.errors: list[dict[str, str]] = []

    def add(self, field: str, code: str) -> None:
        self.errors.append({"field": field, "code": code})

    def check(self) -> None:
        if self.errors:
            raise Problem(422, "validation_error", errors=self.errors)

    def day(self, field: str, raw: str | None, *, required: bool = False) -> date | None:
        """A calendar date `YYYY-MM-DD`; 2026-02-30 and 20260228 are refused alike."""
        if raw is None or raw == "":
            if required:
                self.add(field, "required")
            return None
        if not _DATE.match(raw):
            self.add(field, "invalid_date")
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.add(field, "invalid_date")
            return None

    def period(
        self, raw_from: str | None, raw_to: str | None, *, required: bool = False
    ) -> tuple[date | None, date | None]:
        start = self.day("from", raw_from, required=required)
        end = self.day("to", raw_to, required=required)
        if start and end and end < start:
            self.add("to", "before_from")
        return start, end

    def required_period(self, raw_from: str | None, raw_to: str | None) -> tuple[date, date] | None:
        start, end = self.period(raw_from, raw_to, required=True)
        return (start, end) if start and end and start <= end else None

    def amount(self, field: str, raw: str | None) -> int | None:
        """An absolute amount in minor units; negative, non-numeric or 3-decimal values fail."""
        if raw is None or raw == "":
            return None
        match = _AMOUNT.match(raw)
        if match is None:
            self.add(field, "invalid_amount")
            return None
        return int(match["whole"]) * 100 + int((match["cents"] or "0").ljust(2, "0"))

    def choice(self, field: str, raw: str | None, allowed: tuple[T, ...]) -> T | None:
        if raw is None or raw == "":
            return None
        for value in allowed:
            if raw == value:
                return value
        self.add(field, "invalid_choice")
        return None

    def text(self, field: str, raw: str | None, max_length: int) -> str:
        value = (raw or "").strip()
        if len(value) > max_length:
            self.add(field, "too_long")
            return ""
        return value

    def position(self, kind: str, raw: str | None) -> tuple[date, int] | None:
        """Where the previous page stopped; a cursor we did not write is a 422, never a 500."""
        if raw is None:
            return None
        try:
            return cursor.decode(kind, raw)
        except cursor.CursorError:
            self.add("cursor", "invalid_cursor")
            return None
