"""Random secrets: one-time codes, bearer tokens and opaque identifiers, all from a CSPRNG."""

from __future__ import annotations

import hashlib
import secrets


def new_otp(length: int) -> str:
    """A numeric one-time code of `length` digits, every value equally likely."""
    return f"{secrets.randbelow(10**length):0{length}d}"


def new_token() -> str:
    """A bearer token of 256 random bits (API.md asks for at least 128)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the database keeps of a token: its SHA-256 (a token has too much entropy to guess)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_id(nbytes: int = 12) -> str:
    """An opaque, unguessable identifier for challenges, payments and the like."""
    return secrets.token_hex(nbytes)
