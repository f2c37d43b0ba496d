"""Stub of the bank's Internet Branch server: the HTTP API of API.md over SQLAlchemy Core."""
