"""Persistence: SQLAlchemy Core tables and the queries of each resource."""
