"""Notifications: the customer's list (polled in the background), read marks, category settings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from server_stub.deps import ActiveSession, BackendDep
from server_stub.schemas.common import problems
from server_stub.schemas.notifications import (
    NotificationList,
    NotificationSettings,
    NotificationSettingsUpdate,
)
from server_stub.services import notifications

router = APIRouter(tags=["notifications"])

Limit = Annotated[int, Query(ge=1, le=500)]
Cursor = Annotated[str | None, Query(max_length=512)]
#: Bounded by what the id column holds: INTEGER is 32 bits on PostgreSQL (a larger id was a 500).
NotificationId = Annotated[int, Path(ge=1, le=2**31 - 1)]

# Every route takes ActiveSession: a poll with `X-Background: 1` authenticates without
# restarting the idle timer, and a session that must change its password gets 403.


@router.get("/notifications", response_model=NotificationList, responses=problems(401, 403, 422))
def list_notifications(
    who: ActiveSession,
    backend: BackendDep,
    unread_only: bool = False,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Newest first, keyset-paged; `unread_count` counts every unread one (for a badge)."""
    return notifications.list_page(
        backend, who.customer_id, unread_only=unread_only, limit=limit, cursor=cursor
    )


@router.get(
    "/notifications/settings",
    response_model=NotificationSettings,
    responses=problems(401, 403),
)
def get_settings(who: ActiveSession, backend: BackendDep) -> dict[str, Any]:
    """Which categories are created for the customer (every one is on until switched off)."""
    return notifications.get_settings(backend, who.customer_id)


@router.put(
    "/notifications/settings",
    response_model=NotificationSettings,
    responses=problems(401, 403, 422),
)
def put_settings(
    body: NotificationSettingsUpdate, who: ActiveSession, backend: BackendDep
) -> dict[str, Any]:
    """Switches the categories given on or off; a switched-off category is not created."""
    changes = body.categories.model_dump(exclude_none=True)
    return notifications.update_settings(backend, who.customer_id, changes)


@router.post(
    "/notifications/read-all",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403),
)
def read_all(who: ActiveSession, backend: BackendDep) -> Response:
    """Marks every notification of the customer read."""
    notifications.mark_all_read(backend, who.customer_id)
    return Response(status_code=204)


@router.post(
    "/notifications/{notification_id}/read",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403, 404, 422),
)
def read_one(notification_id: NotificationId, who: ActiveSession, backend: BackendDep) -> Response:
    """Marks one notification read; another customer's answers 404 like a missing one."""
    notifications.mark_read(backend, who.customer_id, notification_id)
    return Response(status_code=204)
