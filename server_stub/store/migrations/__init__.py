"""Alembic migrations of the schema, one history for SQLite and PostgreSQL; `upgrade` runs them.

A new revision (after changing tables.py), from the repository root:

    python -m server_stub.store.migrations --db sqlite:///scratch.db upgrade head
    python -m server_stub.store.migrations --db sqlite:///scratch.db \\
        revision --autogenerate --rev-id 0005 -m "what changed"

then set HEAD below to the new id (a test checks it) and read the generated file over.
"""

from __future__ import annotations

import importlib.resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest revision. Checked against the files in versions/ by the tests, so a start on an
#: up-to-date database costs one query and never loads Alembic.
HEAD = "0004"

#: Indexes whose shape tells which revision a database made before migrations is at.
_TOTALS_INDEX = "ix_transactions_totals"


def config(connection: Connection | None = None, url: str | None = None) -> Config:
    """Alembic's configuration: scripts inside this package, on a connection or a URL."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(importlib.resources.files(__name__)))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def current(conn: Connection) -> str | None:
    """The revision the database is stamped at; None when it has no alembic_version table."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def legacy_revision(conn: Connection) -> str | None:
    """The revision a database created by create_all, before migrations existed, matches.

    None for an empty database. Those databases differ in the transactions' totals index:
    missing (0001), with `status` (0002), or as now (0003); and in the rate_limits table (0004).
    """
    inspector = inspect(conn)
    if not inspector.has_table("customers"):
        return None
    if inspector.has_table("rate_limits"):
        return "0004"
    indexes = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes("transactions")}
    if _TOTALS_INDEX not in indexes:
        return "0001"
    if "status" in indexes[_TOTALS_INDEX]:
        return "0002"
    return "0003"


def upgrade(conn: Connection, target: str = "head") -> None:
    """Brings the database to `target` inside the caller's transaction (which commits it).

    An empty database gets every revision; one made by create_all is stamped at the revision
    it matches and then upgraded, so its data stays.
    """
    if target == "head" and current(conn) == HEAD:
        return
    from alembic import command

    cfg = config(conn)
    if current(conn) is None:
        legacy = legacy_revision(conn)
        if legacy is not None:
            command.stamp(cfg, legacy)
    command.upgrade(cfg, target)
