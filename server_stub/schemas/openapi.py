"""The OpenAPI document as API.md states it: problem+json errors, required headers, no nulls.

FastAPI's generator is close, but not exact enough to fuzz against: it documents its own 422 body
(we answer problem+json), lists optional headers and query values as `string or null` (a wire
value is never null), and cannot say that a header the handler checks itself is required.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from server_stub.schemas.common import PROBLEM_REF, FieldError, ProblemBody

#: Required by API.md although the handler checks them itself (to answer its own error code:
#: a missing or empty Idempotency-Key is 400 idempotency_key_missing, not FastAPI's 422).
HANDLER_CHECKED_HEADERS: dict[str, dict[str, Any]] = {"Idempotency-Key": {"minLength": 1}}

_PROBLEM_CONTENT = {"application/problem+json": {"schema": {"$ref": PROBLEM_REF}}}


def install_openapi(app: FastAPI) -> None:
    """Replaces `app.openapi` with the corrected document (built once, then cached)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = corrected(document)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def corrected(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every fix of the module docstring applied (in place, and returned)."""
    components = document.setdefault("components", {}).setdefault("schemas", {})
    components["FieldError"] = FieldError.model_json_schema()
    problem = ProblemBody.model_json_schema(ref_template="#/components/schemas/{model}")
    problem.pop("$defs", None)
    components["ProblemBody"] = problem
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            _fix_operation(operation)
    # FastAPI's own validation error shapes are never answered, so they are not documented.
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    return document


def _fix_operation(operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", []):
        parameter["schema"] = _without_null(parameter.get("schema", {}))
        if parameter.get("in") == "header" and parameter["name"] in HANDLER_CHECKED_HEADERS:
            parameter["required"] = True
            parameter["schema"].update(HANDLER_CHECKED_HEADERS[parameter["name"]])
    responses = operation.setdefault("responses", {})
    # Answered before any route runs: by the body size limit, and by every authenticated route.
    if "requestBody" in operation:
        responses.setdefault("413", {"description": "Problem details: payload_too_large"})
    if operation.get("security"):
        responses.setdefault("401", {"description": "Problem details: session_expired"})
    for status, response in responses.items():
        if status.startswith(("4", "5")):
            response["content"] = dict(_PROBLEM_CONTENT)
            if response.get("description") == "Validation Error":
                response["description"] = "Problem details: validation_error with `errors`"


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """`anyOf: [X, null]` of an optional parameter is just X: absence is how it is left out."""
    options = schema.get("anyOf")
    if not options:
        return schema
    kept = [option for option in options if option.get("type") != "null"]
    if len(kept) != 1:
        return schema
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    return {**kept[0], **rest}
