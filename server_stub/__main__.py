"""bkt-stub-server: run the stub server, or seed bulk transactions for benchmarks."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from server_stub.config import ServerSettings


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("bkt-branch", appauthor=False)) / "stub-server.db"


def _db_url(db: str | None) -> str:
    if db and "://" in db:
        return db
    path = Path(db) if db else default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bkt-stub-server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on")
    parser.add_argument(
        "--db",
        default=os.environ.get("BKT_DB_URL"),
        help="SQLite file path or database URL, e.g. postgresql+psycopg://user@host:5432/bank "
        "(default: $BKT_DB_URL, else a SQLite file in the user data dir)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the port (use PostgreSQL for more than one)",
    )
    parser.add_argument(
        "--no-stub-controls",
        action="store_true",
        help="serve without the /_stub controls (SMS outbox, clock, unblock, audit)",
    )
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    sub = parser.add_subparsers(dest="command")
    seed_cmd = sub.add_parser("seed", help="add bulk transactions to the first demo account")
    seed_cmd.add_argument("--transactions", type=int, required=True, metavar="N")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    settings = ServerSettings(db_url=_db_url(args.db), stub_controls=not args.no_stub_controls)
    if args.command == "seed":
        from server_stub.app import create_backend
        from server_stub.bulk import add_bulk_transactions

        backend = create_backend(settings)
        added = add_bulk_transactions(backend, args.transactions)
        print(f"added {added} transactions")
        return 0
    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    import uvicorn

    from server_stub import app

    # Each worker builds its own app from the environment (uvicorn spawns fresh processes).
    os.environ[app.ENV_DB_URL] = settings.db_url
    os.environ[app.ENV_STUB_CONTROLS] = "1" if settings.stub_controls else "0"
    os.environ[app.ENV_LOG_LEVEL] = args.log_level
    uvicorn.run(
        "server_stub.app:app_from_environment",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        access_log=False,
        log_config=None,
        log_level=args.log_level,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
