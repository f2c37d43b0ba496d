"""Registration for the Internet Branch and the forgotten-password reset, both by SMS code."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.api import ApiClient


@dataclasses.dataclass(frozen=True, slots=True)
class Challenge:
    """An SMS code on its way (API.md's challenge): what the code step shows and sends back."""

    challenge_id: str
    purpose: str
    masked_phone: str
    expires_in: int
    resend_after: int
    otp_length: int

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Challenge:
        return cls(
            challenge_id=str(data["challenge_id"]),
            purpose=str(data.get("purpose", "")),
            masked_phone=str(data.get("masked_phone") or ""),
            expires_in=int(data.get("expires_in", 300)),
            resend_after=int(data.get("resend_after", 30)),
            otp_length=int(data.get("otp_length", 6)),
        )


class EnrollmentService:
    """The public (no session) requests that give a customer a password.

    Every method raises BankError with API.md's code when the bank refuses.
    """

    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def start_registration(self, customer_number: str) -> Challenge:
        """Checks eligibility; an eligible customer gets a registration code by SMS."""
        body = await self._api.post(
            "/registration", {"customer_number": customer_number}, authenticated=False
        )
        return Challenge.from_api(body)

    async def complete_registration(self, challenge_id: str, otp: str, new_password: str) -> str:
        """Sets the first password; answers the customer number to log in with."""
        body = await self._api.post(
            "/registration/complete",
            {"challenge_id": challenge_id, "otp": otp, "new_password": new_password},
            authenticated=False,
        )
        return str(body["customer_number"])

    async def start_reset(self, login_id: str) -> Challenge:
        """A registered customer gets a code to choose a new password."""
        body = await self._api.post("/password-reset", {"login_id": login_id}, authenticated=False)
        return Challenge.from_api(body)

    async def complete_reset(self, challenge_id: str, otp: str, new_password: str) -> None:
        """Sets the new password; the bank ends every open session of the customer."""
        await self._api.post(
            "/password-reset/complete",
            {"challenge_id": challenge_id, "otp": otp, "new_password": new_password},
            authenticated=False,
        )

    async def resend(self, challenge_id: str) -> Challenge:
        """A new code for the same challenge (registration or reset); the old one is void."""
        body = await self._api.post(
            "/auth/otp/resend", {"challenge_id": challenge_id}, authenticated=False
        )
        return Challenge.from_api(body)
