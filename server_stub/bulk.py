"""Bulk transactions for benchmarks: `bkt-stub-server seed --transactions N`."""

from __future__ import annotations

from server_stub.services.backend import Backend


def add_bulk_transactions(backend: Backend, count: int) -> int:
    """Adds `count` transactions to the first demo account (built in the transactions work)."""
    raise NotImplementedError("bulk seeding arrives with the transactions endpoint")
