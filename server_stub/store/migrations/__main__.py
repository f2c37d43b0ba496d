"""Alembic's command line on the packaged migrations: `python -m server_stub.store.migrations`."""

from __future__ import annotations

import os
import sys

from alembic.config import CommandLine

from server_stub.store.migrations import config


def main(argv: list[str] | None = None) -> int:
    cli = CommandLine(prog="python -m server_stub.store.migrations")
    cli.parser.add_argument(
        "--db", default=os.environ.get("BKT_DB_URL"), help="database URL (default: $BKT_DB_URL)"
    )
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("too few arguments")
    if not options.db:
        cli.parser.error("give --db URL or set BKT_DB_URL")
    cfg = config(url=options.db)
    cfg.cmd_opts = options
    cli.run_cmd(cfg, options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
