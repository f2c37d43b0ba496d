"""Bodies of identity and authentication, registration and password reset."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from server_stub.schemas.common import Strict
from server_stub.services.customers import LOGIN_ID_PATTERN

LoginId = Annotated[str, Field(pattern=LOGIN_ID_PATTERN, examples=["123456789", "J12345678A"])]
# [0-9], not \d: the same ASCII digits for JSON Schema and for pydantic's Unicode-aware \d.
CustomerNumber = Annotated[str, Field(pattern=r"^[0-9]{9}$", examples=["123456789"])]
ChallengeId = Annotated[str, Field(min_length=1, max_length=64)]
Otp = Annotated[str, Field(pattern=r"^[0-9]{6}$", examples=["123456"])]
# Long enough for any policy-conforming password; the policy itself answers weak_password.
Password = Annotated[str, Field(min_length=1, max_length=256)]


class LoginRequest(Strict):
    login_id: LoginId
    password: Password


class OtpRequest(Strict):
    challenge_id: ChallengeId
    otp: Otp


class ResendRequest(Strict):
    challenge_id: ChallengeId


class PasswordChangeRequest(Strict):
    current_password: Password
    new_password: Password


class LastLogin(BaseModel):
    at: str
    channel: str


class SessionCustomer(BaseModel):
    customer_number: str
    name: str


class Session(BaseModel):
    access_token: str
    token_type: Literal["Bearer"]
    idle_timeout: int
    password_change_required: bool
    password_expires_at: str | None
    last_login: LastLogin | None
    customer: SessionCustomer


class Profile(BaseModel):
    customer_number: str
    personal_id: str
    name: str
    masked_phone: str | None
    password_expires_at: str | None
    last_login: LastLogin | None


class RegistrationRequest(Strict):
    customer_number: CustomerNumber


class CompleteWithPassword(Strict):
    challenge_id: ChallengeId
    otp: Otp
    new_password: Password


class Registered(BaseModel):
    customer_number: str


class PasswordResetRequest(Strict):
    login_id: LoginId
