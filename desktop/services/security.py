"""The logged-in customer's security: password change, profile (last login), the bank's clock."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from desktop.api import ApiClient


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


@dataclasses.dataclass(frozen=True, slots=True)
class Profile:
    """GET /me: who is logged in, when the password expires, the login before this one."""

    customer_number: str
    personal_id: str
    name: str
    masked_phone: str | None
    password_expires_at: datetime | None
    last_login_at: datetime | None
    last_login_channel: str | None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Profile:
        last = data.get("last_login") or {}
        return cls(
            customer_number=str(data["customer_number"]),
            personal_id=str(data.get("personal_id") or ""),
            name=str(data.get("name") or ""),
            masked_phone=data.get("masked_phone"),
            password_expires_at=_moment(data.get("password_expires_at")),
            last_login_at=_moment(last.get("at")),
            last_login_channel=last.get("channel"),
        )


class SecurityService:
    """Requests of the security page; each raises BankError with API.md's code on refusal."""

    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def change_password(self, current_password: str, new_password: str) -> None:
        """Changes the password; the bank ends the customer's other sessions."""
        await self._api.post(
            "/auth/password",
            {"current_password": current_password, "new_password": new_password},
        )

    async def profile(self) -> Profile:
        return Profile.from_api(await self._api.get("/me"))

    async def server_now(self) -> datetime:
        """The bank's clock (GET /info): reminders count days on it, not on this computer's."""
        body = await self._api.get("/info", authenticated=False)
        return datetime.fromisoformat(str(body["server_time"]))
