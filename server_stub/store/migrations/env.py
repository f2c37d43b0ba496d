"""Alembic's environment: runs the revisions on the server's connection, or on a URL's."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from server_stub.store.tables import metadata

config = context.config


def _run(connection: Connection) -> None:
    # Batch mode lets a later revision alter a column on SQLite too (it rebuilds the table).
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    return config.get_main_option("sqlalchemy.url") or os.environ["BKT_DB_URL"]


def main() -> None:
    if context.is_offline_mode():
        # `--sql`: print the DDL for a database administrator instead of running it.
        context.configure(url=_url(), target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from server_stub.store.db import Database

    # The server's own engine setup (SQLite pragmas and transactions), not a bare one.
    db = Database(_url())
    try:
        with db.engine.connect() as own:
            _run(own)
            own.commit()
    finally:
        db.dispose()


main()
