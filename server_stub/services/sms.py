"""The SMS gateway: the stub's writes each message to its outbox, in the caller's transaction."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import Connection, delete, insert

from server_stub.store.tables import sms_outbox

OUTBOX_RETENTION = timedelta(hours=24)


class SmsGateway(Protocol):
    def send(
        self,
        conn: Connection,
        *,
        to: str,
        text: str,
        code: str,
        purpose: str,
        challenge_id: str,
        at: datetime,
    ) -> None: ...


class OutboxSmsGateway:
    """Stands for the customers' phones: the one place a code stays readable, pruned after 24 h.

    Written in the same transaction as the challenge, so a rolled-back request sends nothing.
    """

    def send(
        self,
        conn: Connection,
        *,
        to: str,
        text: str,
        code: str,
        purpose: str,
        challenge_id: str,
        at: datetime,
    ) -> None:
        conn.execute(delete(sms_outbox).where(sms_outbox.c.sent_at < at - OUTBOX_RETENTION))
        conn.execute(
            insert(sms_outbox).values(
                to_phone=to,
                text=text,
                code=code,
                purpose=purpose,
                challenge_id=challenge_id,
                sent_at=at,
            )
        )
