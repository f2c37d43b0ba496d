"""The client (BranchApp) talking HTTP to a stub server thread on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import qasync

from desktop.app import BranchApp, Options
from server_stub.runner import ServerThread
from tests.qt_support import MemoryKeyring, dispose_branch


class StubControl:
    """The stub's controls over plain HTTP: SMS outbox, clock, unblock."""

    def __init__(self, base_url: str) -> None:
        self.client = httpx.Client(base_url=f"{base_url}/api/v1", timeout=10)

    def last_code(self, phone: str) -> str:
        messages = self.client.get("/_stub/sms", params={"to": phone, "limit": 1}).json()[
            "messages"
        ]
        assert messages, f"no SMS to {phone}"
        return str(messages[0]["code"])

    def failures(self, customer_number: str) -> int:
        """How many login failures the audit trail holds for the customer."""
        events = self.client.get("/_stub/audit", params={"limit": 500}).json()["events"]
        return sum(
            1
            for e in events
            if e["customer_number"] == customer_number and e["type"] == "login_failed"
        )

    def sms_count(self) -> int:
        return len(self.client.get("/_stub/sms", params={"limit": 500}).json()["messages"])

    def unblock(self, customer_number: str) -> None:
        assert self.client.post(f"/_stub/customers/{customer_number}/unblock").status_code == 204

    def close(self) -> None:
        self.client.close()


@pytest.fixture
def stub(live_server: ServerThread) -> Iterator[StubControl]:
    control = StubControl(live_server.url)
    yield control
    control.close()


@pytest.fixture
def live_branch(
    qloop: qasync.QEventLoop, live_server: ServerThread, tmp_path: Path
) -> Iterator[BranchApp]:
    app = BranchApp(
        Options(server=live_server.url, language="en", data_dir=tmp_path / "client"),
        remembered=MemoryKeyring(),
    )
    yield app
    dispose_branch(app)
