"""Engine and transactions: SQLite tuned for safety by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql import Select

#: How long a writer waits for SQLite's lock before giving up (ms).
SQLITE_BUSY_TIMEOUT_MS = 10_000

#: PostgreSQL advisory lock held while one process migrates and seeds; the others wait for it.
STARTUP_LOCK_KEY = 0x626B74_0001

#: A pooled PostgreSQL connection idle for longer than this is pinged before it is handed out.
PING_AFTER_IDLE_S = 10.0


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


def _configure_postgresql(engine: Engine) -> None:
    """Pings a pooled connection before use only when it sat idle (it may have been dropped).

    SQLAlchemy's pool_pre_ping pings on every checkout: one more round trip per transaction,
    about doubling the cost of a short read. A connection back in use within seconds is alive
    or, after a database restart, fails once, and that disconnect makes the pool replace all
    of its connections.
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            # The pool drops this connection and checks out another (a new one if need be).
            raise exc.DisconnectionError(str(error)) from error


#: What U+0000 becomes on its way to the database (the Unicode replacement character).
NUL_REPLACEMENT = "\ufffd"


def _no_nul(value: Any) -> Any:
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", NUL_REPLACEMENT)
    return value


def _replace_nul_characters(engine: Engine) -> None:
    """U+0000 in a statement's text values becomes U+FFFD, on either database.

    PostgreSQL cannot store U+0000 in text (a DataError: a 500) where SQLite can. Replaced on
    both, the answers are the same whichever database runs: an id holding one finds nothing
    (404, like any unknown id; no stored id holds U+FFFD), and free text keeps a visible mark
    where the character was. Multi-row inserts come from the server's own seeding, never from
    a request, and are passed as they are.
    """

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _replace(
        _conn: Connection,
        _cursor: Any,
        statement: str,
        parameters: Any,
        _context: Any,
        executemany: bool,
    ) -> tuple[str, Any]:
        if executemany or not parameters:
            return statement, parameters
        if isinstance(parameters, dict):
            if any(isinstance(v, str) and "\x00" in v for v in parameters.values()):
                parameters = {name: _no_nul(v) for name, v in parameters.items()}
        elif any(isinstance(v, str) and "\x00" in v for v in parameters):
            parameters = type(parameters)(_no_nul(v) for v in parameters)
        return statement, parameters


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
            kwargs["pool_size"] = 10
            kwargs["max_overflow"] = 20
            kwargs["connect_args"] = {"application_name": "bkt-stub-server"}
        self.engine = create_engine(url, **kwargs)
        _replace_nul_characters(self.engine)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        else:
            _configure_postgresql(self.engine)

    def migrate(self) -> None:
        """Creates the schema in an empty database, or upgrades an older one (Alembic)."""
        from server_stub.store import migrations

        with self.engine.connect() as conn:
            if self.is_sqlite:
                # The write lock up front: a second process starting beside us waits, then
                # finds the schema current.
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                migrations.upgrade(conn)

    @contextlib.contextmanager
    def startup_lock(self) -> Iterator[None]:
        """One process at a time prepares the database (migrations, demo data).

        Workers started together would otherwise both find it empty and both fill it. SQLite
        needs nothing more: each step runs in a transaction that holds its one write lock.
        """
        if self.is_sqlite:
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": STARTUP_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": STARTUP_LOCK_KEY})
                conn.commit()

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: a consistent snapshot, no locks held against writers.

        SQLite's read transaction is a snapshot already; PostgreSQL's default (read committed)
        gives each statement its own, so a page and its summary could disagree: repeatable read
        keeps one for the transaction (a read-only one never fails to serialize).
        """
        with self.engine.connect() as conn:
            if not self.is_sqlite:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def scalar(self, query: Select[Any]) -> Any:
        """One value by one statement, for the hottest reads (the stub clock, every request).

        On PostgreSQL it runs outside a transaction (autocommit: no BEGIN and COMMIT round
        trips; a single statement sees one snapshot anyway). SQLite reads are cheap as they are.
        """
        if self.is_sqlite:
            with self.read() as conn:
                return conn.execute(query).scalar_one_or_none()
        with self.engine.connect() as conn:
            autocommit = conn.execution_options(isolation_level="AUTOCOMMIT")
            return autocommit.execute(query).scalar_one_or_none()

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
