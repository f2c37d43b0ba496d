"""Engine and transactions: SQLite tuned for safety by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from server_stub.store.tables import metadata

#: How long a writer waits for SQLite's lock before giving up (ms).
SQLITE_BUSY_TIMEOUT_MS = 10_000


def _configure_sqlite(engine: Engine) -> None:
    """Per-connection pragmas, and transactions we begin ourselves.

    WAL lets readers run beside the one writer; synchronous=FULL makes every commit durable
    before it is answered (a payment answered 200 survives a power cut or SIGKILL);
    busy_timeout makes concurrent writers queue instead of failing; foreign keys are off by
    default in SQLite. The driver's own transaction handling is turned off so that a write
    transaction can start with BEGIN IMMEDIATE: it takes the write lock up front, so two
    payments never both read a balance and then both try to upgrade to writing.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The server's database: `read()` and `write()` give a connection inside one transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
            if ":memory:" in url or url in ("sqlite://", "sqlite:///"):
                raise ValueError("use a file database: an in-memory one is not shared by threads")
            kwargs["pool_size"] = 20
            kwargs["max_overflow"] = 40
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["pool_size"] = 10
            kwargs["max_overflow"] = 20
        self.engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)

    def create_schema(self) -> None:
        metadata.create_all(self.engine)

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: a consistent snapshot, no locks held against writers."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: all of it commits, or none of it.

        An exception rolls back, except one whose `keep_writes` is true: a refused login still
        has to keep its failure count, so that error commits first and then propagates.
        """
        with self.engine.connect() as conn:
            if self.is_sqlite:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            transaction = conn.begin()
            try:
                yield conn
            except BaseException as exc:
                if getattr(exc, "keep_writes", False):
                    transaction.commit()
                else:
                    transaction.rollback()
                raise
            else:
                transaction.commit()

    def dispose(self) -> None:
        self.engine.dispose()
