"""Bank information and health (public)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from server_stub.deps import BackendDep
from server_stub.schemas.info import BankInfo, Health

router = APIRouter(tags=["info"])


@router.get("/info", response_model=BankInfo)
def info(backend: BackendDep) -> dict[str, Any]:
    """Public. Contacts, the server's time and the nightly window (clients follow this clock)."""
    s = backend.settings
    return {
        "bank": s.bank_name,
        "call_center": s.call_center,
        "emails": list(s.emails),
        "whatsapp": s.whatsapp,
        "server_time": backend.clock.now().astimezone(backend.tz).isoformat(),
        "cutoff_window": {
            "start": backend.cutoff.start.strftime("%H:%M"),
            "end": "24:00",
            "tz": s.business_tz,
        },
    }


@router.get("/health", response_model=Health)
def health() -> dict[str, str]:
    """Public. The server answers."""
    return {"status": "ok"}
