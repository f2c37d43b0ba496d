"""Typed request and response bodies: what the OpenAPI schema publishes and FastAPI enforces."""
