"""The bank's public information (GET /info): contacts, the server's time and the nightly window."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Any

from desktop.api import ApiClient


@dataclasses.dataclass(frozen=True, slots=True)
class BankInfo:
    """Contacts as the server gives them; numbers keep the spacing people read them with."""

    bank: str
    call_center: str
    emails: tuple[str, ...]
    whatsapp: str
    server_time: datetime | None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> BankInfo:
        try:
            server_time: datetime | None = datetime.fromisoformat(str(data["server_time"]))
        except (KeyError, ValueError):
            server_time = None
        return cls(
            bank=str(data.get("bank") or ""),
            call_center=str(data["call_center"]),
            emails=tuple(str(email) for email in data.get("emails") or ()),
            whatsapp=str(data.get("whatsapp") or ""),
            server_time=server_time,
        )


def dial_digits(number: str) -> str:
    """The number as a phone link needs it: "+355 4 2266 288" -> "+35542266288"."""
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("00"):
        digits = digits[2:]
    return f"+{digits}" if number.strip().startswith(("+", "00")) else digits


def tel_url(number: str) -> str:
    """A tel: link (RFC 3966) the system hands to its phone or softphone application."""
    return f"tel:{dial_digits(number)}"


def mailto_url(address: str) -> str:
    return f"mailto:{address.strip()}"


def whatsapp_url(number: str) -> str:
    """WhatsApp's click-to-chat link: the international number without "+" or spaces."""
    return f"https://wa.me/{dial_digits(number).lstrip('+')}"


class InfoService:
    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def info(self) -> BankInfo:
        # Public: the login window shows the contacts before anyone has logged in.
        body = await self._api.get("/info", authenticated=False)
        return BankInfo.from_api(body)
