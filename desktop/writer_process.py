"""The app's end of the statement writer process (desktop/export/worker.py), driven by QProcess.

QProcess writes to the worker's stdin and reads its progress without blocking the event loop.
Pages go one at a time: the next one is handed over only when the previous one has gone into
the pipe, so at most a page waits here, one in the pipe and one in the worker, however long
the statement is.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QProcess, QProcessEnvironment

from desktop.export.worker import END_MARK, EXIT_FILE_ERROR

#: The folder that holds the `desktop` package.
_CODE_ROOT: Final = Path(__file__).resolve().parent.parent
#: Rows encoded at a time (about a millisecond's work).
SLICE_ROWS: Final = 200


class WriterFailed(Exception):
    """The writer process failed for a reason other than the file; the message says why."""


class WriterProcess:
    """One run of the writer: start(header), send(rows) per page, finish(); kill() to stop.

    `progress(written)` is called on the event loop with the lines the worker has written.
    """

    def __init__(self, fmt: str, path: Path, progress: Callable[[int], None]) -> None:
        self._progress = progress
        self._process = QProcess()
        self._process.setProgram(sys.executable)
        self._process.setArguments(["-m", "desktop.export.worker", fmt, str(path)])
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")  # the PDF's fonts, and no window
        # The worker imports the very code the app runs, wherever the app was started from.
        paths = [str(_CODE_ROOT), environment.value("PYTHONPATH")]
        environment.insert("PYTHONPATH", os.pathsep.join(path for path in paths if path))
        self._process.setProcessEnvironment(environment)
        self._stdout = bytearray()
        self._stderr = bytearray()
        self._failed_to_start = False
        self._moved = asyncio.Event()  # bytes written, or the process ended
        self._ended: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._process.bytesWritten.connect(self._on_written)
        self._process.readyReadStandardOutput.connect(self._on_output)
        self._process.readyReadStandardError.connect(self._on_error_output)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)

    async def start(self, header: dict[str, Any]) -> None:
        self._process.start()
        self._write(json.dumps(header).encode() + b"\n")
        await self._drained()

    async def send(self, rows: list[Any]) -> None:
        """Hands a page over once the previous one is in the pipe.

        In slices, with the event loop's turn between them: a whole 1,000-row page encoded in
        one go kept the GUI thread busy for too long (bench/transactions.py).
        """
        await self._drained()
        for start in range(0, len(rows), SLICE_ROWS):
            if start:
                await asyncio.sleep(0)
            self._write(json.dumps(rows[start : start + SLICE_ROWS]).encode() + b"\n")

    async def finish(self) -> None:
        """Ends the rows and waits for the file; raises OSError or WriterFailed on failure."""
        await self._drained()
        self._write(END_MARK)
        self._process.closeWriteChannel()
        await asyncio.shield(self._ended)
        self._raise_failure()

    def kill(self) -> None:
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()

    async def stopped(self) -> None:
        """Waits until the process has ended (after kill())."""
        if self._process.state() != QProcess.ProcessState.NotRunning:
            await asyncio.shield(self._ended)

    def _write(self, data: bytes) -> None:
        self._check_running()
        self._process.write(data)

    async def _drained(self) -> None:
        while self._process.bytesToWrite() > 0 and not self._ended.done():
            self._moved.clear()
            await self._moved.wait()
        self._check_running()

    def _check_running(self) -> None:
        """Raises why the worker ended: it may not end before the statement does."""
        if self._ended.done():
            self._raise_failure()
            raise WriterFailed("the writer ended before the statement did")

    def _raise_failure(self) -> None:
        process = self._process
        reason = bytes(self._stderr).decode(errors="replace").strip()
        if self._failed_to_start:
            raise WriterFailed(f"the writer could not start: {reason}")
        if process.exitStatus() == QProcess.ExitStatus.CrashExit:
            raise WriterFailed(reason or "the writer process stopped")
        if process.exitCode() == EXIT_FILE_ERROR:
            raise OSError(reason)
        if process.exitCode() != 0:
            raise WriterFailed(reason or f"the writer exited with status {process.exitCode()}")

    def _on_written(self, _count: int) -> None:
        self._moved.set()

    def _on_output(self) -> None:
        self._stdout += self._process.readAllStandardOutput().data()
        *complete, rest = self._stdout.split(b"\n")
        self._stdout = bytearray(rest)
        if complete:
            self._progress(int(complete[-1]))

    def _on_error_output(self) -> None:
        self._stderr += self._process.readAllStandardError().data()

    def _on_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        self._on_output()
        self._on_error_output()
        if not self._ended.done():
            self._ended.set_result(None)
        self._moved.set()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        # A process that never started emits no finished(); one that did, emits both.
        if error == QProcess.ProcessError.FailedToStart and not self._ended.done():
            self._failed_to_start = True
            self._stderr += self._process.errorString().encode()
            self._ended.set_result(None)
            self._moved.set()
