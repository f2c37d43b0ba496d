"""The statement writer as a process of its own, so that the app's GUI thread never waits for it.

In a thread of the app the writer shared the interpreter's lock with the GUI thread, which then
waited for it up to 5 ms at a time, many times a page: stalls of 20–100 ms during an export
(bench/transactions.py). A process has an interpreter, and a processor core, of its own.

The app (desktop/writer_process.py) starts `python -m desktop.export.worker FORMAT PATH` and
writes to its stdin one JSON value per line: the header (`header_to_json`), then each page of
rows as API.md's array of transactions, then `null`. The worker writes the statement into
PATH, the app's temporary twin of the file, which the app renames once the worker is done,
and prints how many lines it has written, one number per line, on stdout.

Exit status: 0 written; EXIT_FILE_ERROR the file could not be written (OSError); 1 any other
failure. The reason goes to stderr, one line.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Final

from desktop.export.model import StatementHeader, StatementLine
from desktop.export.runner import FORMATS, watched, writer_for

EXIT_FILE_ERROR: Final = 3
#: The rows' end mark: a line of JSON null.
END_MARK: Final = b"null\n"


class IncompleteStatement(Exception):
    """Stdin ended before the end mark: the app stopped sending (it never does on purpose)."""


def header_to_json(header: StatementHeader) -> dict[str, Any]:
    """The header as JSON values: dates and times in ISO form, money as strings."""
    data: dict[str, Any] = {}
    for field in dataclasses.fields(header):
        value = getattr(header, field.name)
        if isinstance(value, date):  # datetime too
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        data[field.name] = value
    return data


def header_from_json(data: dict[str, Any]) -> StatementHeader:
    return StatementHeader(
        **{
            **data,
            "period_from": date.fromisoformat(data["period_from"]),
            "period_to": date.fromisoformat(data["period_to"]),
            "opening_balance": Decimal(data["opening_balance"]),
            "closing_balance": Decimal(data["closing_balance"]),
            "generated_at": datetime.fromisoformat(data["generated_at"]),
        }
    )


def read_lines(stream: IO[bytes]) -> Iterator[StatementLine]:
    """The statement's lines from the pages on `stream`, up to the end mark."""
    for raw in stream:
        rows = json.loads(raw)
        if rows is None:
            return
        for row in rows:
            yield StatementLine.from_api(row)
    raise IncompleteStatement


def write_statement(fmt: str, path: Path, stdin: IO[bytes], stdout: IO[str]) -> None:
    header = header_from_json(json.loads(stdin.readline()))

    def progress(written: int) -> None:
        stdout.write(f"{written}\n")
        stdout.flush()

    writer_for(fmt)(header, watched(read_lines(stdin), progress, lambda: False), path)


def main(argv: Sequence[str] | None = None) -> int:
    fmt, path = argv if argv is not None else sys.argv[1:]
    if fmt not in FORMATS:
        print(f"unknown format {fmt!r}", file=sys.stderr)
        return 1
    if fmt == "pdf":
        # The PDF writer lays text out with Qt's fonts, which need a QGuiApplication; the app
        # starts this process on Qt's offscreen platform, so no window system is involved.
        from PySide6.QtGui import QGuiApplication

        keep = QGuiApplication([sys.argv[0]])  # noqa: F841  (alive while the writer runs)
    try:
        write_statement(fmt, Path(path), sys.stdin.buffer, sys.stdout)
    except OSError as error:
        print(error.strerror or error, file=sys.stderr)
        return EXIT_FILE_ERROR
    except Exception as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
