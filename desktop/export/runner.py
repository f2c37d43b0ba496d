"""Runs one statement export: a writer streams into a temporary file that is renamed into place.

The app calls it in a process of its own (desktop/export/worker.py), so the interface never
waits for it; nothing here touches a widget. The file appears under its name only when
complete: a cancel or any failure removes the temporary file and leaves an existing file of
that name as it was.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Final, Protocol

from desktop.export.model import StatementHeader, StatementLine

FORMATS: Final = ("csv", "pdf", "ofx", "camt053")
EXTENSIONS: Final = {"csv": ".csv", "pdf": ".pdf", "ofx": ".ofx", "camt053": ".xml"}
#: Lines between two looks at the cancel flag and two progress reports: often enough for a
#: prompt Cancel (well under a tenth of a second of work), rare enough to cost nothing.
CHECK_EVERY: Final = 250

_MODULES: Final = {
    "csv": "desktop.export.csv_writer",
    "pdf": "desktop.export.pdf_writer",
    "ofx": "desktop.export.ofx_writer",
    "camt053": "desktop.export.camt053_writer",
}


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


class Writer(Protocol):
    def __call__(
        self, header: StatementHeader, lines: Iterable[StatementLine], path: Path
    ) -> None: ...


def writer_for(fmt: str) -> Writer:
    """The `write` function of a format; imported on demand so CSV needs no Qt."""
    if fmt not in _MODULES:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    write: Writer = importlib.import_module(_MODULES[fmt]).write
    return write


def watched(
    lines: Iterable[StatementLine],
    progress: Callable[[int], None] | None,
    is_cancelled: Callable[[], bool],
) -> Iterator[StatementLine]:
    """The lines, raising ExportCancelled inside the writer as soon as the user cancels."""
    if is_cancelled():
        raise ExportCancelled
    count = 0
    for line in lines:
        yield line
        count += 1
        if count % CHECK_EVERY == 0:
            if is_cancelled():
                raise ExportCancelled
            if progress is not None:
                progress(count)
    if progress is not None and (count == 0 or count % CHECK_EVERY):
        progress(count)  # the last, partial stretch


def _fsync(path: Path) -> None:
    """Data on disk before the rename, so a crash never leaves a complete name on empty data."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_twin(destination: Path) -> Path:
    """An empty file beside `destination` for the statement to be written into.

    Same directory, so the final os.replace is an atomic rename on the same file system; a dot
    name keeps the half-written file out of sight in file managers. mkstemp makes it readable
    by the user alone, which suits a bank statement.
    """
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
    )
    os.close(fd)
    return Path(temp_name)


def publish(temp: Path, destination: Path) -> None:
    """Gives the complete statement its name: on disk first, then renamed in one step."""
    _fsync(temp)
    os.replace(temp, destination)


def export_statement(
    fmt: str,
    header: StatementHeader,
    lines: Iterable[StatementLine],
    destination: Path,
    *,
    progress: Callable[[int], None] | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """Writes the statement to `destination` in format `fmt`; returns the path written.

    `lines` come oldest first and are read once, as the caller fetches them page by page.
    `progress(n)` is told how many lines are written, every CHECK_EVERY lines and at the end.
    Raises ExportCancelled when `is_cancelled()` turns true, and whatever the writer or the
    iterator raised on failure; either way no file is left behind.
    """
    write = writer_for(fmt)
    destination = Path(destination)
    temp = temporary_twin(destination)
    try:
        write(header, watched(lines, progress, is_cancelled), temp)
        if is_cancelled():
            raise ExportCancelled
        publish(temp, destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        # Tell a page-fetching generator of the caller's to stop rather than wait to be collected.
        close = getattr(lines, "close", None)
        if callable(close):
            with contextlib.suppress(Exception):  # the first error is the one to report
                close()
        raise
    return destination
