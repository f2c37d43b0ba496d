"""One-time codes hashed and checked before the write transaction, not while holding its lock.

argon2id is slow on purpose (about 0.1 s, more on a busy machine), and SQLite's write lock is
the whole database's: a login, a payment's creation or its confirmation that hashed inside its
write transaction made every other writer queue behind the hash, and under load a queued
request ran out of the busy timeout (500 "database is locked", found by the crash-safety
stream). The write transaction still decides: it uses a result computed here only while the
stored hash is the one that was checked, and verifies again in the rare case it changed.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from server_stub.domain.secrets import new_otp
from server_stub.services.backend import Backend
from server_stub.store.tables import challenges


@dataclasses.dataclass(frozen=True, slots=True)
class NewCode:
    """A one-time code and its argon2id hash, made before the transaction that stores it."""

    code: str
    otp_hash: str


def new_code(backend: Backend) -> NewCode:
    code = new_otp(backend.settings.otp_length)
    return NewCode(code, backend.hashing.hash(code))


@dataclasses.dataclass(frozen=True, slots=True)
class CodeCheck:
    """Whether `otp` matched the challenge's hash as it was stored when checked."""

    otp_hash: str | None
    matches: bool

    def result_for(self, backend: Backend, stored_hash: str, otp: str) -> bool:
        """This check's result while the hash is unchanged; else (a resend) a fresh one."""
        if stored_hash == self.otp_hash:
            return self.matches
        return backend.hashing.verify(stored_hash, otp)


def precheck(backend: Backend, challenge_id: str | None, otp: str) -> CodeCheck:
    """Reads the challenge's hash in a read transaction and verifies `otp` outside any."""
    if challenge_id is None:
        return CodeCheck(None, False)
    with backend.db.read() as conn:
        stored = conn.execute(
            select(challenges.c.otp_hash).where(challenges.c.id == challenge_id)
        ).scalar()
    if stored is None:
        return CodeCheck(None, False)
    return CodeCheck(stored, backend.hashing.verify(stored, otp))
