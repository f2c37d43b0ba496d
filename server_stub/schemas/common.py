"""Shapes shared by every resource: problems, money, challenges."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

#: API.md's money: a string with exactly two decimals, never a float.
Money = Annotated[str, Field(pattern=r"^-?[0-9]{1,13}\.[0-9]{2}$", examples=["1500.00"])]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", examples=["ALL"])]


class Strict(BaseModel):
    """Request bodies refuse fields they do not know (a typo is an error, not silence)."""

    model_config = ConfigDict(extra="forbid")


class FieldError(BaseModel):
    field: str
    code: str


class ProblemBody(BaseModel):
    """RFC 9457 problem details; `code` is the stable key clients translate."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    code: str
    detail: str
    request_id: str
    errors: list[FieldError] | None = None
    attempts_left: int | None = None
    call_center: str | None = None
    retry_after: int | None = None
    violations: list[str] | None = None
    reason: str | None = None


class Challenge(BaseModel):
    challenge_id: str
    purpose: Literal["login", "payment", "registration", "password_reset"]
    channel: Literal["sms"]
    masked_phone: str
    expires_in: int
    resend_after: int
    otp_length: int


#: Where the OpenAPI document keeps ProblemBody (server_stub/schemas/openapi.py registers it).
PROBLEM_REF = "#/components/schemas/ProblemBody"


def problems(*statuses: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI `responses` for the problem statuses an endpoint can answer (problem+json)."""
    return {
        status: {
            "description": "Problem details",
            "content": {"application/problem+json": {"schema": {"$ref": PROBLEM_REF}}},
        }
        for status in statuses
    }
