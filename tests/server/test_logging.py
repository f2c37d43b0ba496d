"""No request can forge a log line: paths, query strings, headers and bodies against the server's
access log and the audit trail."""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

import pytest
from sqlalchemy import select

from server_stub.services import audit
from server_stub.services.backend import Backend
from server_stub.store.tables import audit_events
from server_stub.text import log_safe
from tests.server.conftest import Api
from tests.server.payment_helpers import OTHER_BANK_IBAN, code_for, created, my_accounts, order

#: A forged entry: what an attacker would like a log reader to see on a line of its own.
FORGED = '\n2026-11-23 10:00:00 INFO server_stub.access 127.0.0.1 "POST /api/v1/_stub/clock" 200'
#: Every kind of line break or terminal control a text can carry.
BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\x1b[2K", "\x00"]


@pytest.mark.parametrize("control", BREAKS)
def test_log_safe_escapes_every_line_break_and_control(control: str) -> None:
    safe = log_safe(f"before{control}after")
    assert safe.isprintable()
    assert safe.startswith("before")
    assert safe.endswith("after")
    assert len(safe.splitlines()) == 1


def test_log_safe_keeps_albanian_letters_and_caps_the_length() -> None:
    assert log_safe("Çelës Ëndërr") == "Çelës Ëndërr"
    assert len(log_safe("x" * 1000)) == 200
    assert len(log_safe("x" * 1000, limit=500)) == 500


def _access_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "server_stub.access"]


@pytest.fixture
def access_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="server_stub.access")
    return caplog


@pytest.mark.parametrize("control", BREAKS)
def test_a_path_cannot_forge_an_access_log_line(
    api: Api, access_log: pytest.LogCaptureFixture, control: str
) -> None:
    # Percent-encoded, as on the wire: the server decodes %0A back into a newline in the path.
    api.get(f"/accounts/{quote(f'x{control}{FORGED}', safe='')}/transactions")
    (line,) = _access_lines(access_log)
    assert len(line.splitlines()) == 1
    assert line.isprintable()
    # The forged request stays inside this request's quoted field: its quotes are encoded.
    assert line.count('"') == 2
    assert "%22POST /api/v1/_stub/clock%22" in line


def test_query_strings_and_headers_never_reach_the_access_log(
    api: Api, access_log: pytest.LogCaptureFixture
) -> None:
    token = api.login()
    access_log.clear()
    api.get(
        "/payments",
        params={"status": f"executed{FORGED}", "cursor": "secret-cursor"},
        headers={"X-Background": "forged\x1b[2K header", "Idempotency-Key": "secret-key"},
    )
    (line,) = _access_lines(access_log)
    assert re.fullmatch(r'127\.0\.0\.1 "GET /api/v1/payments" 422 [0-9.]+ms rid=[0-9a-f]{32}', line)
    for secret in ("secret-cursor", "secret-key", "forged", "_stub/clock", token):
        assert secret not in line


def test_bodies_reach_the_audit_trail_only_escaped(
    api: Api, backend: Backend, access_log: pytest.LogCaptureFixture
) -> None:
    """Every free text a customer types, with line breaks in it, through the flows that audit."""
    api.login()
    debtor = my_accounts(api)["ALL"]
    body = order(
        debtor,
        creditor_iban=OTHER_BANK_IBAN,
        creditor_name=f"Payee{FORGED}",
        description=f"Rent{FORGED}",
        amount="10.00",
    )
    payment = created(api, body)
    api.post(f"/payments/{payment['id']}/confirm", json={"otp": code_for(api, payment)})
    api.post("/beneficiaries", json={"name": f"Saved{FORGED}", "iban": OTHER_BANK_IBAN})
    complaint = {
        "kind": "complaint",
        "category": "payments",
        "subject": f"Subject{FORGED}",
        "message": f"A message long enough{FORGED}",
        "contact_channel": "none",
    }
    assert api.post("/complaints", json=complaint).status_code == 201
    api.post("/auth/login", json={"login_id": "123456789", "password": f"Wrong1{FORGED}"})
    with backend.db.read() as conn:
        details = conn.execute(select(audit_events.c.type, audit_events.c.detail)).all()
    assert {"payment_created", "payment_executed", "complaint_submitted", "login_failed"} <= {
        event_type for event_type, _ in details
    }
    for _, detail in details:
        assert detail.isprintable(), detail
    for record in access_log.records:
        assert len(record.getMessage().splitlines()) == 1


def test_the_audit_writer_escapes_whatever_it_is_given(backend: Backend) -> None:
    """The last guard: a detail made of request text cannot break the trail's lines either."""
    with backend.db.write() as conn:
        audit.record(conn, backend.clock.now(), "login_failed", None, f"id {FORGED}")
    with backend.db.read() as conn:
        detail = conn.execute(
            select(audit_events.c.detail).order_by(audit_events.c.id.desc()).limit(1)
        ).scalar_one()
    assert detail.isprintable()
    assert detail.startswith("id \\n2026-11-23")


def test_audit_events_read_back_over_http_are_one_line_each(api: Api, backend: Backend) -> None:
    with backend.db.write() as conn:
        audit.record(conn, backend.clock.now(), "login_failed", None, f"x{FORGED}")
    events = api.get("/_stub/audit", params={"limit": 5}).json()["events"]
    assert all("\n" not in event["detail"] for event in events)
