"""Widgets only: no httpx, no SQL, no business rules."""
