"""Complaints and suggestions: the form's rules (checked as typed), sending, my submissions."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Any

from desktop.api import ApiClient, BankError

KINDS = ("complaint", "suggestion")
CATEGORIES = ("accounts", "payments", "cards", "internet_branch", "other")
CHANNELS = ("email", "phone", "none")
STATUSES = ("received", "in_review", "resolved")

SUBJECT_MAX = 120
MESSAGE_MIN, MESSAGE_MAX = 10, 4000
CONTACT_MAX = 254

# The server's rules (API.md), repeated for the customer's sake; the server stays the authority.
_EMAIL = re.compile(
    r"^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_ALBANIAN_MOBILE_NATIONAL = re.compile(r"^06[6-9]\d{7}$")
_ALBANIAN_MOBILE = re.compile(r"^\+3556[6-9]\d{7}$")
_ALBANIAN_OTHER = re.compile(r"^\+355[2-57-9]\d{6,8}$")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def is_email(text: str) -> bool:
    value = text.strip()
    return len(value) <= CONTACT_MAX and bool(_EMAIL.match(value))


def normalize_phone(text: str) -> str | None:
    """E.164 from 069 123 4567, +355 69 123 4567, 00355…, or any E.164 number; else None."""
    value = _PHONE_SEPARATORS.sub("", text)
    if value.startswith("00"):
        value = "+" + value[2:]
    if _ALBANIAN_MOBILE_NATIONAL.match(value):
        return "+355" + value[1:]
    if value.startswith("+355"):
        # An Albanian mobile has exactly 9 digits after the country code.
        ok = _ALBANIAN_MOBILE.match(value) or (
            not value.startswith("+3556") and _ALBANIAN_OTHER.match(value)
        )
        return value if ok else None
    return value if _E164.match(value) else None


@dataclasses.dataclass(frozen=True, slots=True)
class ComplaintForm:
    kind: str = "complaint"
    category: str = "accounts"
    subject: str = ""
    message: str = ""
    contact_channel: str = "email"
    contact_value: str = ""

    def body(self) -> dict[str, Any]:
        """The JSON of POST /complaints; no contact value is sent when none is wanted."""
        body: dict[str, Any] = {
            "kind": self.kind,
            "category": self.category,
            "subject": self.subject.strip(),
            "message": self.message.strip(),
            "contact_channel": self.contact_channel,
        }
        if self.contact_channel != "none":
            body["contact_value"] = self.contact_value.strip()
        return body


def check_contact(channel: str, value: str) -> str | None:
    """The error code of a contact value for its channel, or None when it is fine."""
    if channel == "none":
        return None
    if not value.strip():
        return "required"
    if channel == "email":
        return None if is_email(value) else "invalid_email"
    return None if normalize_phone(value) else "invalid_phone"


def check_text(field: str, value: str) -> str | None:
    """The error code of the subject or message, counted without surrounding spaces."""
    text = value.strip()
    if not text:
        return "required"
    if field == "message" and len(text) < MESSAGE_MIN:
        return "too_short"
    if len(text) > (SUBJECT_MAX if field == "subject" else MESSAGE_MAX):
        return "too_long"
    return None


def check_form(form: ComplaintForm) -> dict[str, str]:
    """Field → error code for every broken field, in the form's order (empty when all is well)."""
    errors: dict[str, str] = {}
    if form.kind not in KINDS:
        errors["kind"] = "required"
    if form.category not in CATEGORIES:
        errors["category"] = "required"
    for field in ("subject", "message"):
        code = check_text(field, getattr(form, field))
        if code:
            errors[field] = code
    if form.contact_channel not in CHANNELS:
        errors["contact_channel"] = "required"
    else:
        code = check_contact(form.contact_channel, form.contact_value)
        if code:
            errors["contact_value"] = code
    return errors


def field_errors(error: BankError) -> dict[str, str]:
    """Field → code from a 422 validation_error's `errors` list (the first code per field)."""
    found: dict[str, str] = {}
    if error.code != "validation_error":
        return found
    for item in error.fields.get("errors") or ():
        if isinstance(item, dict) and "field" in item:
            found.setdefault(str(item["field"]), str(item.get("code") or "invalid"))
    return found


def _moment(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


@dataclasses.dataclass(frozen=True, slots=True)
class Receipt:
    reference: str
    status: str
    created_at: datetime | None


@dataclasses.dataclass(frozen=True, slots=True)
class Complaint:
    reference: str
    kind: str
    category: str
    subject: str
    status: str
    created_at: datetime | None
    updated_at: datetime | None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Complaint:
        return cls(
            reference=str(data["reference"]),
            kind=str(data.get("kind") or ""),
            category=str(data.get("category") or ""),
            subject=str(data.get("subject") or ""),
            status=str(data.get("status") or ""),
            created_at=_moment(data.get("created_at")),
            updated_at=_moment(data.get("updated_at")),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class ComplaintList:
    complaints: list[Complaint]
    next_cursor: str | None


class ComplaintsService:
    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def submit(self, form: ComplaintForm) -> Receipt:
        body = await self._api.post("/complaints", form.body())
        return Receipt(
            reference=str(body["reference"]),
            status=str(body.get("status") or "received"),
            created_at=_moment(body.get("created_at")),
        )

    async def complaints(self, cursor: str | None = None, limit: int = 20) -> ComplaintList:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        body = await self._api.get("/complaints", params=params)
        return ComplaintList(
            complaints=[Complaint.from_api(item) for item in body["complaints"]],
            next_cursor=body.get("next_cursor"),
        )
