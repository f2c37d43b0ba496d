"""The customer's notifications: pages of them, read marks and per-category settings."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from desktop.api import ApiClient

#: Every category API.md names, in the order the settings list them.
CATEGORIES = (
    "incoming_transfer",
    "outgoing_transfer",
    "login",
    "password_change",
    "complaint_update",
)


@dataclasses.dataclass(frozen=True, slots=True)
class Notification:
    """One notification; its text is rendered here from `category` and `params`."""

    id: int
    category: str
    created_at: datetime | None
    params: dict[str, Any]
    read: bool

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Notification:
        try:
            created: datetime | None = datetime.fromisoformat(str(data["created_at"]))
        except (KeyError, ValueError):
            created = None
        params = data.get("params")
        return cls(
            id=int(data["id"]),
            category=str(data.get("category") or ""),
            created_at=created,
            params=dict(params) if isinstance(params, dict) else {},
            read=bool(data.get("read")),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class NotificationList:
    notifications: list[Notification]
    next_cursor: str | None
    #: Every unread notification of the customer, not only this page's (the badge).
    unread_count: int


class NotificationsService:
    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def notifications(
        self,
        cursor: str | None = None,
        *,
        limit: int = 50,
        unread_only: bool = False,
        background: bool = False,
    ) -> NotificationList:
        """Newest first. `background` polls without keeping the session alive (X-Background)."""
        params: dict[str, Any] = {"limit": limit}
        if unread_only:
            params["unread_only"] = "true"
        if cursor:
            params["cursor"] = cursor
        body = await self._api.get("/notifications", params=params, background=background)
        items = [Notification.from_api(item) for item in body["notifications"]]
        unread = body.get("unread_count")
        return NotificationList(
            notifications=items,
            next_cursor=body.get("next_cursor"),
            unread_count=int(unread) if unread is not None else sum(not n.read for n in items),
        )

    async def mark_read(self, notification_id: int) -> None:
        await self._api.post(f"/notifications/{int(notification_id)}/read")

    async def mark_all_read(self) -> None:
        await self._api.post("/notifications/read-all")

    async def settings(self) -> dict[str, bool]:
        body = await self._api.get("/notifications/settings")
        return _categories(body)

    async def save_settings(self, categories: dict[str, bool]) -> dict[str, bool]:
        """Switches categories on or off; answers the settings the server now holds."""
        known = {name: bool(on) for name, on in categories.items() if name in CATEGORIES}
        body = await self._api.put("/notifications/settings", {"categories": known})
        return _categories(body)


def _categories(body: Any) -> dict[str, bool]:
    stored = (body or {}).get("categories") or {}
    # A category the server does not mention is on, as the server itself assumes.
    return {name: bool(stored.get(name, True)) for name in CATEGORIES}
