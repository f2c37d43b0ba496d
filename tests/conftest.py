"""Suite-wide setup: offscreen Qt, no real keyring, the server's database, a stub on loopback.

Every test under tests/server that uses a database (the `backend`, `api` or `live_server`
fixtures, or `server_settings(tmp_path)`) runs twice: on SQLite and on PostgreSQL, each time on a
fresh database. The PostgreSQL runs need BKT_TEST_PG_URL (a superuser's URL on a disposable
cluster), which `make test` sets through tests/pg_cluster.py. Without it they are deselected, and
the run says so in its header and summary; `make test` never deselects them (a cluster that does
not start fails the run). GUI and end-to-end tests stay on SQLite.
"""

from __future__ import annotations

import os

# Before anything imports Qt or keyring: no window system, no access to the developer's keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.sql import ClauseElement

from server_stub.app import create_app, create_backend
from server_stub.clock import ManualClock
from server_stub.config import TEST_ARGON2, ServerSettings
from server_stub.runner import ServerThread
from server_stub.services.backend import Backend
from tests.pg_cluster import REQUIRED_VARIABLE, URL_VARIABLE, DatabaseFactory
from tests.qt_support import keyring_memory, qloop

__all__ = ["keyring_memory", "qloop"]

#: A Monday morning in Tirana, well outside the nightly window.
MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


SERVER_TESTS = Path(__file__).parent / "server"
#: A test under tests/server using any of these gets a database, so it runs on both backends.
DATABASE_FIXTURES = frozenset({"backend", "live_server", "tmp_path"})
PG_DESELECTED = "PostgreSQL runs deselected: BKT_TEST_PG_URL is not set (make test sets it)"


@dataclasses.dataclass(slots=True)
class ServerDatabase:
    """The database of the running test: SQLite in its tmp_path, or PostgreSQL's, emptied."""

    kind: str
    url: str | None = None


_current: list[ServerDatabase] = []
#: How many PostgreSQL runs were deselected, for the closing summary.
_deselected_key = pytest.StashKey[int]()


def server_settings(tmp_path: Path, **overrides: Any) -> ServerSettings:
    """Settings on this test's database: every call in one test names the same database."""
    current = _current[-1] if _current else None
    url = current.url if current and current.url else f"sqlite:///{tmp_path / 'stub.db'}"
    return ServerSettings(db_url=url, argon2=TEST_ARGON2, **overrides)


def query_plan(conn: Connection, query: ClauseElement) -> str:
    """The database's plan for `query` as one string, to check which index it uses.

    SQLite: EXPLAIN QUERY PLAN ("SEARCH transactions USING INDEX …", "USE TEMP B-TREE" for a
    sort). PostgreSQL: EXPLAIN ("Index Scan … using …", "Sort"), with sequential and bitmap
    scans and sorts priced out: on a test's few rows (and whatever statistics earlier tests
    left) the planner could prefer them, and the question is whether an index can serve the
    filter and the order. A plan that still sorts has no index for its order.
    """
    if conn.dialect.name == "sqlite":
        sql = query.compile(conn.engine, compile_kwargs={"literal_binds": True})
        return " | ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    # Bound, not literal, values: a literal date in a UNION would be text to PostgreSQL.
    compiled = query.compile(dialect=conn.dialect)
    for setting in ("seqscan", "bitmapscan", "sort", "incremental_sort"):
        conn.execute(text(f"SET LOCAL enable_{setting} = off"))
    rows = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.construct_params())
    return " | ".join(str(row[0]) for row in rows)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if not metafunc.definition.path.is_relative_to(SERVER_TESTS):
        return
    if DATABASE_FIXTURES.isdisjoint(metafunc.fixturenames):
        return
    metafunc.parametrize(
        "db_kind",
        [
            pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
        ],
        indirect=True,
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(URL_VARIABLE):
        return
    if os.environ.get(REQUIRED_VARIABLE):
        raise pytest.UsageError(f"{REQUIRED_VARIABLE} is set but {URL_VARIABLE} is not")
    deselected = [item for item in items if item.get_closest_marker("postgresql")]
    if deselected:
        items[:] = [item for item in items if not item.get_closest_marker("postgresql")]
        config.hook.pytest_deselected(items=deselected)
        config.stash[_deselected_key] = len(deselected)


def pytest_report_header(config: pytest.Config) -> str:
    if os.environ.get(URL_VARIABLE):
        return "server databases: sqlite, postgresql (BKT_TEST_PG_URL)"
    return f"server databases: sqlite only. {PG_DESELECTED}"


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    count = config.stash.get(_deselected_key, 0)
    if count:
        terminalreporter.write_line(f"{count} {PG_DESELECTED}", yellow=True, bold=True)


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[DatabaseFactory]:
    """The PostgreSQL database of the server tests, emptied for each (and others on demand)."""
    factory = DatabaseFactory(os.environ[URL_VARIABLE])
    yield factory
    factory.close()


@pytest.fixture(autouse=True)
def db_kind(request: pytest.FixtureRequest) -> Iterator[str]:
    """sqlite, or postgresql for the second run of a server test (on the emptied database)."""
    kind: str = getattr(request, "param", "sqlite")
    database = ServerDatabase(kind)
    if kind == "postgresql":
        factory: DatabaseFactory = request.getfixturevalue("pg_databases")
        database.url = factory.fresh()
    _current.append(database)
    try:
        yield kind
    finally:
        _current.remove(database)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MORNING)


@pytest.fixture
def backend(tmp_path: Path, clock: ManualClock) -> Iterator[Backend]:
    backend = create_backend(server_settings(tmp_path), clock)
    yield backend
    backend.db.dispose()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[ServerThread]:
    """The real stub server on a loopback port, on a clock tests can move over HTTP."""
    backend = create_backend(server_settings(tmp_path))
    server = ServerThread(create_app(backend=backend)).start()
    yield server
    server.stop()
    backend.db.dispose()
