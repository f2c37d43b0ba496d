"""A throwaway PostgreSQL cluster on loopback for the test suite, and its databases for tests.

`python -m tests.pg_cluster -- COMMAND...` installs PostgreSQL with the system's package manager
when it is missing, starts a private cluster as an unprivileged user on a free loopback port,
runs COMMAND with BKT_TEST_PG_URL pointing at it, stops the cluster and exits with COMMAND's
status. Anything that keeps the cluster from starting fails the run: nothing is skipped.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url, text

#: Set for the tests: the cluster's admin URL (a superuser on the `postgres` database).
URL_VARIABLE = "BKT_TEST_PG_URL"
#: Set by this wrapper: the PostgreSQL tests must run (a missing URL then fails the session).
REQUIRED_VARIABLE = "BKT_TEST_PG_REQUIRED"
SUPERUSER = "bkt"
#: Where distributions keep the server binaries when they are not on PATH.
BINDIR_PATTERNS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/usr/libexec/postgresql*")


class ClusterError(RuntimeError):
    """PostgreSQL could not be installed or started: the test run must fail."""


def _version_key(path: str) -> tuple[int, ...]:
    digits = "".join(c if c.isdigit() else " " for c in path).split()
    return tuple(int(d) for d in digits)


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl, newest version first; None when not installed."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    for pattern in BINDIR_PATTERNS:
        for candidate in sorted(glob.glob(pattern), key=_version_key, reverse=True):
            if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
                return Path(candidate)
    return None


def install() -> Path:
    """Installs the server from the system's packages (as root); returns its bindir."""
    if os.geteuid() != 0:
        raise ClusterError("PostgreSQL is not installed; install it (or run the tests as root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if shutil.which("apt-get"):
        attempts = [["apt-get", "install", "-y", "postgresql"]]
        # A fresh machine may have no package lists yet: update once, then try again.
        attempts += [["apt-get", "update"], ["apt-get", "install", "-y", "postgresql"]]
    elif shutil.which("dnf"):
        attempts = [["dnf", "install", "-y", "postgresql-server"]]
    elif shutil.which("apk"):
        attempts = [["apk", "add", "postgresql"]]
    else:
        raise ClusterError("PostgreSQL is not installed and no known package manager was found")
    for command in attempts:
        print("+", " ".join(command), file=sys.stderr, flush=True)
        subprocess.run(command, env=env, check=False, stdout=sys.stderr)
        bindir = find_bindir()
        if bindir is not None:
            return bindir
    raise ClusterError("installing PostgreSQL failed")


def _unprivileged_user() -> str | None:
    """initdb refuses root: as root, run the cluster as `postgres` (made if it does not exist)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "bkt-postgres"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "bkt-postgres"],
        check=True,
    )
    return "bkt-postgres"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """initdb into a temporary directory, pg_ctl start on 127.0.0.1, stop and delete it all."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user = _unprivileged_user()
        self.root = Path(tempfile.mkdtemp(prefix="bkt-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = free_port()
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        uid = gid = None
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            uid, gid = entry.pw_uid, entry.pw_gid
        try:
            result = subprocess.run(
                [str(self.bindir / args[0]), *args[1:]],
                cwd=self.root,
                capture_output=True,
                text=True,
                check=False,
                user=uid,
                group=gid,
                extra_groups=[] if uid is not None else None,
            )
        except OSError as error:
            raise ClusterError(f"{args[0]} could not run: {error}") from error
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise ClusterError(f"{args[0]} failed:\n{result.stdout}{result.stderr}{log}")

    def start(self) -> Cluster:
        # Trust on loopback only, for a cluster that lives as long as one test run.
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        # Durability buys nothing in a throwaway cluster; speed does (a reset before each test).
        options = (
            f"-k {self.root} -h 127.0.0.1 -p {self.port} -F -c full_page_writes=off "
            "-c synchronous_commit=off -c max_connections=300"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", options, "start")  # fmt: skip
        return self

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    bindir = find_bindir() or install()
    cluster = Cluster(bindir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


#: Empties every table of a test database and restarts its sequences, in one round trip; the
#: foreign keys' triggers are off meanwhile, so the order does not matter.
_RESET = """
DO $$
DECLARE item record;
BEGIN
    SET LOCAL session_replication_role = replica;
    FOR item IN SELECT tablename FROM pg_tables
                WHERE schemaname = 'public' AND tablename <> 'alembic_version' LOOP
        EXECUTE 'DELETE FROM ' || quote_ident(item.tablename);
    END LOOP;
    FOR item IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
        EXECUTE 'ALTER SEQUENCE ' || quote_ident(item.sequencename) || ' RESTART';
    END LOOP;
END $$
"""


_RESETTER = "bkt-test-reset"


class DatabaseFactory:
    """The server tests' PostgreSQL database: migrated once, emptied before each test.

    Emptying takes milliseconds where copying a template database takes a few hundred. Tests
    that need a database of their own (migrations) get one with `create()`.
    """

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.admin: Engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.shared = f"bkt_test_{os.getpid()}"
        self.shared_url = self.create(self.shared)
        self._reset: Engine | None = None

    def url_of(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def create(self, name: str | None = None) -> str:
        """A new, empty database (no tables); returns its URL."""
        name = name or f"bkt_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {name}"))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)"))

    def fresh(self) -> str:
        """The shared database at the latest schema with no rows, as if just created."""
        if self._reset is None:
            from server_stub.store.db import Database

            db = Database(self.shared_url)
            try:
                db.migrate()
            finally:
                db.dispose()
            self._reset = create_engine(
                self.shared_url,
                isolation_level="AUTOCOMMIT",
                connect_args={"application_name": _RESETTER},
            )
        with self.admin.connect() as conn:
            # Whatever a previous test left connected would hold locks against the reset.
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND application_name <> :resetter"
                ),
                {"name": self.shared, "resetter": _RESETTER},
            )
        with self._reset.connect() as conn:
            conn.exec_driver_sql(_RESET)
        return self.shared_url

    def close(self) -> None:
        if self._reset is not None:
            self._reset.dispose()
        self.drop(self.shared_url)
        self.admin.dispose()


def main(argv: list[str]) -> int:
    command = argv[1:] if argv[:1] == ["--"] else argv
    if not command:
        print("usage: python -m tests.pg_cluster -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    try:
        with running_cluster() as cluster:
            print(f"PostgreSQL test cluster on 127.0.0.1:{cluster.port}", file=sys.stderr)
            env = {**os.environ, URL_VARIABLE: cluster.url, REQUIRED_VARIABLE: "1"}
            return subprocess.run(command, env=env, check=False).returncode
    except ClusterError as error:
        print(f"PostgreSQL test cluster: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
