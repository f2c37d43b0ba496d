"""Bodies of notifications and their per-category settings."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, StrictBool

from server_stub.schemas.common import Strict

Category = Literal[
    "incoming_transfer", "outgoing_transfer", "login", "password_change", "complaint_update"
]


class Notification(BaseModel):
    id: int
    category: Category
    created_at: str
    #: What the client fills into its own text for the category (amounts, names, times).
    params: dict[str, Any]
    read: bool


class NotificationList(BaseModel):
    notifications: list[Notification]
    next_cursor: str | None
    #: Unread notifications in all (not only this page): the client's badge.
    unread_count: int


class CategorySettings(BaseModel):
    incoming_transfer: bool
    outgoing_transfer: bool
    login: bool
    password_change: bool
    complaint_update: bool


class CategoryChanges(Strict):
    """A subset of the categories; a name not listed here is refused (extra fields forbidden)."""

    incoming_transfer: StrictBool | None = None
    outgoing_transfer: StrictBool | None = None
    login: StrictBool | None = None
    password_change: StrictBool | None = None
    complaint_update: StrictBool | None = None


class NotificationSettings(BaseModel):
    categories: CategorySettings


class NotificationSettingsUpdate(Strict):
    categories: CategoryChanges
