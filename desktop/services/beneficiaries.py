"""Saved payees (beneficiaries): list, add, rename, delete."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.api import ApiClient
from desktop.money import normalize_iban

#: A safety stop for following cursors: no customer saves more payees than this.
_MAX_PAGES = 20


@dataclasses.dataclass(frozen=True, slots=True)
class Beneficiary:
    id: str
    name: str
    iban: str

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Beneficiary:
        return cls(id=str(data["id"]), name=str(data["name"]), iban=str(data["iban"]))


class BeneficiariesService:
    """Each call raises BankError with API.md's code on refusal (invalid_iban, not found, …)."""

    def __init__(self, api: ApiClient) -> None:
        self._api = api

    async def beneficiaries(self) -> list[Beneficiary]:
        """Every saved payee, by name (all pages)."""
        saved: list[Beneficiary] = []
        cursor: str | None = None
        for _ in range(_MAX_PAGES):
            params: dict[str, Any] = {"limit": 500}
            if cursor:
                params["cursor"] = cursor
            body = await self._api.get("/beneficiaries", params=params)
            saved.extend(Beneficiary.from_api(item) for item in body["beneficiaries"])
            cursor = body.get("next_cursor")
            if not cursor:
                break
        return saved

    async def add(self, name: str, iban: str) -> Beneficiary:
        """Saves a payee; an IBAN saved before answers the payee already saved."""
        body = await self._api.post(
            "/beneficiaries", {"name": name.strip(), "iban": normalize_iban(iban)}
        )
        return Beneficiary.from_api(body)

    async def rename(self, beneficiary_id: str, name: str) -> Beneficiary:
        body = await self._api.request(
            "PATCH", f"/beneficiaries/{beneficiary_id}", json_body={"name": name.strip()}
        )
        return Beneficiary.from_api(body)

    async def delete(self, beneficiary_id: str) -> None:
        await self._api.delete(f"/beneficiaries/{beneficiary_id}")
