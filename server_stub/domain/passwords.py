"""Password policy and argon2id hashing."""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import re

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from server_stub.config import Argon2Params

#: Violation codes of API.md, in the order the client lists the rules.
VIOLATIONS = (
    "too_short",
    "too_long",
    "needs_letter",
    "needs_digit",
    "contains_customer_number",
    "too_common",
)

_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@functools.cache
def common_passwords() -> frozenset[str]:
    """Lower-cased list of passwords too common to allow (package data, one per line)."""
    text = (
        importlib.resources.files("server_stub.domain")
        .joinpath("common_passwords.txt")
        .read_text(encoding="utf-8")
    )
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@dataclasses.dataclass(frozen=True, slots=True)
class PasswordPolicy:
    min_length: int = 8
    max_length: int = 64

    def violations(self, password: str, customer_number: str) -> list[str]:
        """Every rule the password breaks, as API.md's violation codes."""
        found: list[str] = []
        if len(password) < self.min_length:
            found.append("too_short")
        if len(password) > self.max_length:
            found.append("too_long")
        if not _LETTER.search(password):
            found.append("needs_letter")
        if not _DIGIT.search(password):
            found.append("needs_digit")
        if customer_number and customer_number in password:
            found.append("contains_customer_number")
        if password.lower() in common_passwords():
            found.append("too_common")
        return found


class PasswordHashing:
    """argon2id hashes for passwords and one-time codes (neither is ever stored in clear)."""

    def __init__(self, params: Argon2Params) -> None:
        self._hasher = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost_kib,
            parallelism=params.parallelism,
            type=Type.ID,
        )
        # Verified against when the login ID is unknown, so that answer takes as long as a real one.
        self._decoy = self._hasher.hash("decoy-password-for-unknown-ids")

    def hash(self, secret: str) -> str:
        return self._hasher.hash(secret)

    def verify(self, stored_hash: str | None, secret: str) -> bool:
        try:
            return (
                self._hasher.verify(stored_hash or self._decoy, secret) and stored_hash is not None
            )
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def burn_time(self, secret: str) -> None:
        """Spend what a verification costs, to give unknown IDs the timing of known ones."""
        self.verify(None, secret)
