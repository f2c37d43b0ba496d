"""Bodies of the stub's own controls (/_stub): SMS outbox, clock, audit."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from server_stub.schemas.common import Strict


class SmsMessage(BaseModel):
    id: int
    to: str
    text: str
    code: str
    purpose: str
    challenge_id: str
    sent_at: str


class SmsOutbox(BaseModel):
    messages: list[SmsMessage]


class ClockRequest(Strict):
    now: datetime


class ClockState(BaseModel):
    now: str


class AuditEvent(BaseModel):
    at: str
    type: str
    customer_number: str | None
    detail: str


class AuditLog(BaseModel):
    events: list[AuditEvent]
