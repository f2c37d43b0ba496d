"""Bodies of complaints and suggestions; the form's field rules with codes the client translates.

A broken field answers 422 validation_error with `errors: [{"field", "code"}]`, the code one of
required, too_short, too_long, invalid_email, invalid_phone, not_allowed.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import Path
from pydantic import BaseModel, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from server_stub.schemas.common import Strict

Kind = Literal["complaint", "suggestion"]
ComplaintCategory = Literal["accounts", "payments", "cards", "internet_branch", "other"]
ContactChannel = Literal["email", "phone", "none"]
Status = Literal["received", "in_review", "resolved"]
#: A reference as a path parameter: ANK-2026-000123 (complaint), SUG-2026-000124 (suggestion).
ReferencePath = Annotated[str, Path(max_length=20, examples=["ANK-2026-000123"])]

SUBJECT_MIN, SUBJECT_MAX = 1, 120
MESSAGE_MIN, MESSAGE_MAX = 10, 4000

# Dot-atom local part (RFC 5322 without quoted strings) and a domain of LDH labels with a TLD.
_EMAIL = re.compile(
    r"^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_ALBANIAN_MOBILE_NATIONAL = re.compile(r"^06[6-9]\d{7}$")
_ALBANIAN_MOBILE = re.compile(r"^\+3556[6-9]\d{7}$")
_ALBANIAN_OTHER = re.compile(r"^\+355[2-57-9]\d{6,8}$")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def normalize_email(text: str) -> str | None:
    """The address without surrounding spaces, or None when it is not an e-mail address."""
    value = text.strip()
    return value if len(value) <= 254 and _EMAIL.match(value) else None


def normalize_phone(text: str) -> str | None:
    """E.164 (+355691234567) from 069 123 4567, +355 69 123 4567, 00355…, or any E.164 number."""
    value = _PHONE_SEPARATORS.sub("", text)
    if value.startswith("00"):
        value = "+" + value[2:]
    if _ALBANIAN_MOBILE_NATIONAL.match(value):
        return "+355" + value[1:]
    if value.startswith("+355"):
        # Albania's own numbers are checked closer than "any E.164": a mobile has 9 digits.
        ok = _ALBANIAN_MOBILE.match(value) or (
            not value.startswith("+3556") and _ALBANIAN_OTHER.match(value)
        )
        return value if ok else None
    return value if _E164.match(value) else None


def _error(code: str) -> PydanticCustomError:
    return PydanticCustomError(code, code.replace("_", " "))


def _text(value: str, minimum: int) -> str:
    """Surrounding spaces do not count towards the minimum, nor are they kept."""
    stripped = value.strip()
    if len(stripped) < minimum:
        raise _error("too_short")
    return stripped


class ComplaintRequest(Strict):
    kind: Kind
    category: ComplaintCategory
    subject: Annotated[str, Field(min_length=SUBJECT_MIN, max_length=SUBJECT_MAX)]
    message: Annotated[str, Field(min_length=MESSAGE_MIN, max_length=MESSAGE_MAX)]
    contact_channel: ContactChannel
    # validate_default: an omitted value must still be checked against the channel.
    contact_value: Annotated[
        str | None,
        Field(
            default=None,
            max_length=254,
            validate_default=True,
            description="An e-mail address for `email`, a phone number for `phone`; "
            "omitted or null for `none`",
        ),
    ]

    @field_validator("subject", "message", mode="before")
    @classmethod
    def _written(cls, value: object) -> object:
        """Empty or only spaces is a missing text (checked before the length rules)."""
        if isinstance(value, str) and not value.strip():
            raise _error("required")
        return value

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        return _text(value, SUBJECT_MIN)

    @field_validator("message")
    @classmethod
    def _message(cls, value: str) -> str:
        return _text(value, MESSAGE_MIN)

    @field_validator("contact_value")
    @classmethod
    def _contact_value(cls, value: str | None, info: ValidationInfo) -> str | None:
        channel = info.data.get("contact_channel")
        if channel is None:
            return value  # the channel itself is wrong, and its own error says so
        if channel == "none":
            if value is not None:
                raise _error("not_allowed")
            return None
        if value is None or not value.strip():
            raise _error("required")
        normalized = normalize_email(value) if channel == "email" else normalize_phone(value)
        if normalized is None:
            raise _error("invalid_email" if channel == "email" else "invalid_phone")
        return normalized


class ComplaintReceipt(BaseModel):
    reference: str
    status: Literal["received"]
    created_at: str


class Complaint(BaseModel):
    reference: str
    kind: Kind
    category: ComplaintCategory
    subject: str
    message: str
    contact_channel: ContactChannel
    contact_value: str | None
    status: Status
    created_at: str
    updated_at: str


class ComplaintList(BaseModel):
    complaints: list[Complaint]
    next_cursor: str | None


class ComplaintStatusChange(Strict):
    """The stub's control: the bank moves a complaint along."""

    status: Literal["in_review", "resolved"]
    note: Annotated[str | None, Field(default=None, max_length=500)]
