"""Bodies of the public bank information endpoints."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class CutoffWindowInfo(BaseModel):
    start: str
    end: str
    tz: str


class BankInfo(BaseModel):
    bank: str
    call_center: str
    emails: list[str]
    whatsapp: str
    server_time: str
    cutoff_window: CutoffWindowInfo


class Health(BaseModel):
    status: Literal["ok"]
