"""API fuzzing: schemathesis drives every operation of GET /openapi.json with all default checks.

The schema is read once from an app served in-process over ASGI; each operation is then fuzzed
against an app of its own on a fresh database (the `backend` fixture), logged in as the first
demo customer. The stub clock is a ManualClock that does not move, so the session never idles
out. `make fuzz` raises the number of cases with BKT_FUZZ_EXAMPLES.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis import AuthContext, BaseSchema, Case, CheckContext, Response
from schemathesis.core.result import Ok
from sqlalchemy import select

from server_stub.app import create_app, create_backend
from server_stub.clock import ManualClock
from server_stub.domain.secrets import token_hash
from server_stub.services import auth, cursor, lockout
from server_stub.services.backend import Backend
from server_stub.store.tables import customers, sessions, sms_outbox
from tests.conftest import MORNING, server_settings
from tests.server.conftest import DEMO_PASSWORDS, Api, problem

#: Cases per operation in the fuzzing phase (the examples and coverage phases add their own).
MAX_EXAMPLES = int(os.environ.get("BKT_FUZZ_EXAMPLES", "10"))
#: The normal run must fuzz at least this many cases in all (`make test`).
MIN_CASES = 1000
CUSTOMER = "123456789"

#: Schema-valid requests a rule beyond JSON Schema refuses with 422 validation_error: an opaque
#: cursor the server did not hand out, a period ending before it starts, a contact value that
#: does not fit its channel, a text of spaces only. Any other field error on a schema-valid
#: request means the schema and the server disagree (checked by `refusal_names_a_rule`).
SEMANTIC_FIELD_ERRORS = frozenset(
    {
        ("cursor", "invalid_cursor"),
        ("cursor", "invalid"),
        ("to", "before_from"),
        ("max_amount", "below_min_amount"),
        ("contact_value", "required"),
        ("contact_value", "not_allowed"),
        ("contact_value", "invalid_email"),
        ("contact_value", "invalid_phone"),
        ("subject", "required"),
        ("message", "required"),
        ("message", "too_short"),
    }
)

#: positive_data_acceptance's defaults, and 410 (a code or challenge that expired), 422 (see
#: refusal_names_a_rule), 423 (the customer blocked by earlier wrong passwords of this run):
#: answers about the state or a business rule, not about the request's shape.
ACCEPTANCE_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "410", "422", "423", "429", "5xx"]

#: Every generated case, per operation: the run proves its own size.
CASES: Counter[str] = Counter()


def refusal_names_a_rule(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A schema-valid request refused with 422 names a business rule, never a shape error.

    positive_data_acceptance allows 422 here because API.md answers rules JSON Schema cannot
    state with 422 and their own code (invalid_iban's mod-97, weak_password, invalid_amount's
    1e12 ceiling); this check keeps what that allowance would otherwise let through.
    """
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    body: dict[str, Any] = response.json()
    if body.get("code") != "validation_error":
        return True
    shape_errors = [
        error
        for error in body.get("errors") or []
        if (error.get("field"), error.get("code")) not in SEMANTIC_FIELD_ERRORS
    ]
    assert not shape_errors, f"schema-valid request refused as malformed: {shape_errors}"
    return True


def _config() -> schemathesis.Config:
    return schemathesis.Config.from_dict(
        {
            "generation": {"max-examples": MAX_EXAMPLES},
            "checks": {
                "positive_data_acceptance": {"expected-statuses": ACCEPTANCE_STATUSES},
            },
        }
    )


def _load_schema() -> BaseSchema:
    """GET /openapi.json of an app in-process over ASGI (its own empty database)."""
    directory = tempfile.mkdtemp(prefix="bkt-fuzz-schema-")
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    settings_ = server_settings(Path(directory), seed_demo=False)
    source = create_app(backend=create_backend(settings_, ManualClock(MORNING)))
    loaded = schemathesis.openapi.from_asgi("/openapi.json", source, config=_config())
    # The /_stub controls stand in for the bank's back office and the customers' phones: they
    # answer loopback clients only (the ASGI client is "testclient", so they would all be 404),
    # and run for real they would jump the clock or unblock customers under the fuzzer's feet.
    return loaded.exclude(path_regex=r"/_stub/")


schema = _load_schema()


class FuzzSession:
    """The demo customer's bearer token, renewed whenever a fuzzed request ended the session.

    Logout, a block after five wrong current passwords, or a password reset end it; the
    fuzzer keeps exploring those operations, and the next case gets a fresh session. The
    renewal goes through the services, not HTTP, so it never spends the per-address limits.
    """

    def __init__(self, api: Api, backend: Backend) -> None:
        self.backend = backend
        self.token = api.login(CUSTOMER)

    def current(self) -> str:
        if not self._valid():
            self.token = self._renew()
        return self.token

    def _valid(self) -> bool:
        with self.backend.db.read() as conn:
            row = conn.execute(
                select(sessions.c.revoked_at, customers.c.blocked)
                .join(customers, customers.c.id == sessions.c.customer_id)
                .where(sessions.c.token_hash == token_hash(self.token))
            ).first()
        return row is not None and row.revoked_at is None and not row.blocked

    def _renew(self) -> str:
        with self.backend.db.write() as conn:
            customer_id = conn.execute(
                select(customers.c.id).where(customers.c.customer_number == CUSTOMER)
            ).scalar_one()
            lockout.unblock(conn, customer_id)
        challenge = auth.login(self.backend, CUSTOMER, DEMO_PASSWORDS[CUSTOMER])
        with self.backend.db.read() as conn:
            code = conn.execute(
                select(sms_outbox.c.code).where(
                    sms_outbox.c.challenge_id == challenge["challenge_id"]
                )
            ).scalar_one()
        session = auth.verify_login_code(self.backend, challenge["challenge_id"], code)
        token: str = session["access_token"]
        return token


#: Stands for the live token in generated cases; test_api swaps it for the session's token.
TOKEN_MARK = "fuzz-session-token"


@schema.auth(refresh_interval=None)
class DemoCustomerAuth:
    """Marks cases that carry the customer's session (schemathesis leaves the mark out when a
    case tests a missing or wrong Authorization header).

    Auth is applied when a case is generated, for the examples phase already at collection,
    while the session belongs to the test's own fresh database: hence a mark, not the token.
    """

    def get(self, case: Case, ctx: AuthContext) -> str:
        return TOKEN_MARK

    def set(self, case: Case, data: str, ctx: AuthContext) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


@pytest.fixture
def fuzz_session(api: Api, backend: Backend) -> FuzzSession:
    return FuzzSession(api, backend)


@pytest.fixture
def fuzz_app(backend: Backend) -> FastAPI:
    return create_app(backend=backend)


@schema.parametrize()
# One database per operation, shared by its cases on purpose: state such as a block or a
# logout carries over between cases, and FuzzSession recovers from it.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api(case: Case, fuzz_session: FuzzSession, fuzz_app: FastAPI) -> None:
    CASES[case.operation.label] += 1
    if case.headers and case.headers.get("Authorization") == f"Bearer {TOKEN_MARK}":
        case.headers["Authorization"] = f"Bearer {fuzz_session.current()}"
    case.call_and_validate(app=fuzz_app, additional_checks=[refusal_names_a_rule])


# The defects the fuzzer found, each pinned by a plain test of its own.


def test_every_error_is_documented_as_problem_json(api: Api) -> None:
    document = api.get("http://127.0.0.1/openapi.json").json()
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert "HTTPValidationError" not in document["components"]["schemas"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                content = response.get("content", {})
                if status.startswith(("4", "5")):
                    assert list(content) == ["application/problem+json"], (method, path)
                    assert content["application/problem+json"]["schema"] == {
                        "$ref": "#/components/schemas/ProblemBody"
                    }
                if status == "204":
                    assert not content, (method, path)
            if operation.get("security"):
                assert "401" in operation["responses"], (method, path)
            if "requestBody" in operation:
                assert "413" in operation["responses"], (method, path)
    key = next(
        p
        for p in document["paths"]["/api/v1/payments"]["post"]["parameters"]
        if p["name"] == "Idempotency-Key"
    )
    assert key["required"] is True
    assert key["schema"] == {**key["schema"], "type": "string", "minLength": 1}


def test_405_names_every_method_of_the_resource(api: Api) -> None:
    """Starlette's 405 listed only the first route's method, and our handler dropped Allow."""
    response = api.request("DELETE", "/notifications/settings")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, PUT"
    # /payments/{payment_id} matches too, but the resource named is the quote.
    assert api.request("OPTIONS", "/payments/quote").headers["allow"] == "POST"


def test_a_body_that_is_not_utf8_is_a_validation_error(api: Api) -> None:
    """It was FastAPI's bare 400 "error parsing the body", which API.md does not know."""
    response = api.post(
        "/auth/login", content=b"\xff\xfe{", headers={"Content-Type": "application/json"}
    )
    body = problem(response, 422, "validation_error")
    assert body["errors"] == [{"field": "body", "code": "invalid_json"}]


@pytest.mark.parametrize(
    "period",
    [{"from": "0001-01-01"}, {"to": "9999-12-31"}, {"from": "0001-01-01", "to": "0001-01-01"}],
)
def test_payments_filtered_at_the_edges_of_the_calendar(api: Api, period: dict[str, str]) -> None:
    """0001-01-01 at midnight in Tirana is before year 1 in UTC: it was a 500 (OverflowError)."""
    api.login()
    response = api.get("/payments", params=period)
    assert response.status_code == 200, response.text


def test_an_empty_idempotency_key_is_a_missing_one(api: Api) -> None:
    """The schema now says minLength 1: an empty key is the server's 400, not schema-valid."""
    api.login()
    debtor = api.get("/accounts").json()["accounts"][0]
    body = {
        "debtor_account_id": debtor["id"],
        "creditor_iban": "AL47212110090000000235698741",
        "creditor_name": "Elira Dervishi",
        "amount": "10.00",
        "currency": debtor["currency"],
    }
    response = api.post("/payments", json=body, headers={"Idempotency-Key": ""})
    problem(response, 400, "idempotency_key_missing")


@pytest.mark.parametrize("blank", ["\x85", "\x1c", "\ufeff", "\u3000", " \t"])
def test_schema_and_server_agree_on_blank_names(api: Api, blank: str) -> None:
    """The schema said \\S, which JSON Schema's engine (ECMA-262) and the server's read apart:
    U+0085 and U+001C were visible to the fuzzer and blank to the server."""
    document = api.get("http://127.0.0.1/openapi.json").json()
    name = document["components"]["schemas"]["BeneficiaryRequest"]["properties"]["name"]
    assert not jsonschema_rs.validator_for(name).is_valid(blank)
    api.login()
    body = {"name": blank, "iban": "AL47212110090000000235698741"}
    response = api.post("/beneficiaries", json=body)
    assert problem(response, 422, "validation_error")["errors"] == [
        {"field": "name", "code": "invalid_format"}
    ]


def test_digits_of_other_scripts_are_refused_as_the_schema_says(api: Api) -> None:
    """Python's and pydantic's \\d took ١٢٣٤٥٦ as a code and ١٢ as an amount; JSON Schema's not."""
    problem(
        api.post("/auth/otp", json={"challenge_id": "x", "otp": "١٢٣٤٥٦"}), 422, "validation_error"
    )
    api.login()
    account = api.get("/accounts").json()["accounts"][0]["id"]
    response = api.get(f"/accounts/{account}/transactions", params={"min_amount": "١٢"})
    assert problem(response, 422, "validation_error")["errors"] == [
        {"field": "min_amount", "code": "invalid_amount"}
    ]


def test_ids_past_a_32_bit_column_are_refused_not_a_500(api: Api) -> None:
    """On PostgreSQL INTEGER is 32 bits: a notification id or a forged cursor's row id past it
    overflowed the query's parameter (500); both are now refused as invalid input."""
    api.login()
    problem(api.post(f"/notifications/{2**31}/read"), 422, "validation_error")
    problem(api.post(f"/notifications/{2**31 - 1}/read"), 404, "notification_not_found")
    account = api.get("/accounts").json()["accounts"][0]["id"]
    for kind, path, period in (
        ("transactions", "transactions", {}),
        ("statement", "statement", {"from": "2026-01-01", "to": "2026-01-31"}),
    ):
        forged = cursor.encode(kind, date(2026, 1, 1), 99_999_999_999)
        response = api.get(f"/accounts/{account}/{path}", params={**period, "cursor": forged})
        assert problem(response, 422, "validation_error")["errors"] == [
            {"field": "cursor", "code": "invalid_cursor"}
        ]


def test_every_operation_was_fuzzed_enough() -> None:
    """Runs after test_api (file order): every operation fuzzed, 1,000 cases at least."""
    operations = {operation.label for operation in _operations()}
    if not operations <= set(CASES):
        pytest.skip("run together with test_api (a subset of it was selected)")
    print(f"\nfuzzed {sum(CASES.values())} cases over {len(operations)} operations")
    assert sum(CASES.values()) >= MIN_CASES


def _operations() -> list[Any]:
    return [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
