"""The demo phone's feed: the stub's SMS outbox, read in the background."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from desktop.api import ApiClient


@dataclasses.dataclass(frozen=True, slots=True)
class Sms:
    id: int
    to: str
    text: str
    sent_at: datetime

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Sms:
        return cls(
            id=int(data["id"]),
            to=str(data["to"]),
            text=str(data["text"]),
            sent_at=datetime.fromisoformat(str(data["sent_at"])),
        )


class DemoPhoneFeed:
    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def messages(self, limit: int = 20) -> list[Sms]:
        body = await self._api.get(
            "/_stub/sms", params={"limit": limit}, background=True, authenticated=False
        )
        return [Sms.from_api(item) for item in body["messages"]]
