"""Accounts, their transactions and statements."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from server_stub.deps import ActiveSession, BackendDep
from server_stub.schemas.accounts import AccountList
from server_stub.schemas.common import problems
from server_stub.services import accounts

router = APIRouter(tags=["accounts"])


@router.get("/accounts", response_model=AccountList, responses=problems(401, 403))
def list_accounts(who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """Every account of the customer with balance and available balance."""
    return {"accounts": accounts.list_accounts(backend, who.customer_id)}
