"""Statement export without stalling the UI: pages fetched on the event loop, written by a worker.

The event loop fetches statement pages one after the other and hands each to the writer, a
process of its own (desktop/writer_process.py, desktop/export/worker.py), which has its own
interpreter and so never makes the GUI thread wait. A page is handed over only when the one
before has gone into the pipe, so memory stays flat however long the statement is. The worker
writes into a temporary twin of the file, which gets the file's name only when the statement
is complete; Cancel stops the fetching and the worker and removes the twin, so nothing
half-written is left.

The export package is imported only when an export runs: the app starts without it.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop.messages import error_message
from desktop.services.transactions import STATEMENT_PAGE_SIZE, StatementPage

if TYPE_CHECKING:
    from desktop.export import StatementHeader

translate = QCoreApplication.translate

#: GET /info names the bank but not its address; the statement prints this one.
BANK_ADDRESS: Final = "Tiranë, Shqipëri"
#: File names start with the statement's word of the language ("ekstrakt" is the bank's own).
_FILE_WORD: Final = {"sq": "ekstrakt", "en": "statement"}


class StatementSource(Protocol):
    async def statement_page(
        self,
        account_id: str,
        date_from: date,
        date_to: date,
        cursor: str | None = None,
        *,
        limit: int = STATEMENT_PAGE_SIZE,
    ) -> StatementPage: ...


@dataclasses.dataclass(frozen=True, slots=True)
class Party:
    """Who the statement is from and for: the bank (GET /info) and the logged-in customer."""

    bank_name: str
    customer_name: str
    customer_number: str
    bank_address: str = BANK_ADDRESS


@dataclasses.dataclass(frozen=True, slots=True)
class ExportJob:
    account_id: str
    date_from: date
    date_to: date
    fmt: str
    path: Path
    language: str


def default_file_name(iban: str, date_from: date, date_to: date, extension: str, lang: str) -> str:
    """The proposed file name: ekstrakt_<IBAN>_<from>_<to>.pdf in Albanian."""
    word = _FILE_WORD.get(lang, _FILE_WORD["en"])
    compact = "".join(iban.split()).upper()
    return f"{word}_{compact}_{date_from.isoformat()}_{date_to.isoformat()}{extension}"


def export_error(error: BaseException) -> str:
    """A failed export in words: the bank's message, or what to do about the file."""
    if isinstance(error, OSError):
        return translate(
            "StatementExport",
            "The file could not be saved there. Check that the folder exists, that you may write "
            "to it and that the disk has space, then try again.",
        )
    return error_message(error)


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class StatementExport:
    """One export run.

    `progress(written)` and `total(count, exact)` are called on the event loop's thread: the
    lines written so far, and how many lines there are: first a close upper bound from
    `count_hint` (when given; e.g. the period's count including pending rows), then the exact
    number once the last page is in.
    """

    def __init__(
        self,
        source: StatementSource,
        party: Party,
        job: ExportJob,
        *,
        progress: Callable[[int], None] | None = None,
        total: Callable[[int, bool], None] | None = None,
        count_hint: Callable[[], Awaitable[int]] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        page_size: int = STATEMENT_PAGE_SIZE,
    ) -> None:
        self._source = source
        self._party = party
        self._job = job
        self._progress = progress
        self._total = total
        self._count_hint = count_hint
        self._exact_total = False
        self._now = now
        self._page_size = page_size
        self._cancelled = False
        self._finished = False
        self._work: asyncio.Task[Path | None] | None = None

    def cancel(self) -> None:
        """Stops the export at once: the page being fetched is dropped, the worker killed."""
        if self._cancelled:
            return  # once: a second cancel would cut short the clean-up of the first
        self._cancelled = True
        if self._work is not None:
            self._work.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    async def run(self) -> Path | None:
        """Writes the file and returns its path; None when cancelled (and then no file exists).

        Raises what the server or the writer raised (BankError, OSError, WriterFailed, …); no
        file is left.
        """
        loop = asyncio.get_running_loop()
        hint = loop.create_task(self._hint()) if self._count_hint is not None else None
        self._work = loop.create_task(self._export())
        try:
            return await self._work
        except asyncio.CancelledError:
            if self._cancelled and not _cancelling(asyncio.current_task()):
                return None  # our own cancel(), not the caller cancelling run()
            self._work.cancel()
            raise
        finally:
            self._finished = True
            if hint is not None:
                hint.cancel()

    async def _export(self) -> Path | None:
        from desktop.export.runner import publish, temporary_twin
        from desktop.export.worker import header_to_json
        from desktop.writer_process import WriterProcess

        job = self._job
        first = await self._source.statement_page(
            job.account_id, job.date_from, job.date_to, limit=self._page_size
        )
        temp = temporary_twin(job.path)
        writer = WriterProcess(job.fmt, temp, self._report_progress)
        try:
            await writer.start(header_to_json(self._header(first)))
            await writer.send(first.rows)
            fetched, cursor = len(first.rows), first.next_cursor
            while cursor is not None:
                page = await self._source.statement_page(
                    job.account_id, job.date_from, job.date_to, cursor, limit=self._page_size
                )
                fetched, cursor = fetched + len(page.rows), page.next_cursor
                await writer.send(page.rows)
            self._report_total(fetched)
            await writer.finish()
            publish(temp, job.path)
        except BaseException:
            writer.kill()
            try:
                await writer.stopped()
            finally:
                # Even if this wait is cut short: a killed worker writes nothing more.
                temp.unlink(missing_ok=True)
            raise
        return job.path

    async def _hint(self) -> None:
        """The progress bar's length before the last page is in; only a hint, so never fatal."""
        assert self._count_hint is not None
        try:
            count = await self._count_hint()
        except Exception:  # the export goes on without a length
            return
        if not self._exact_total and not self._finished and self._total is not None:
            self._total(count, False)

    def _header(self, first: StatementPage) -> StatementHeader:
        from desktop.export import StatementHeader

        account = first.account
        party = self._party
        return StatementHeader(
            bank_name=party.bank_name,
            bank_bic=_bank_bic(),
            bank_address=party.bank_address,
            customer_name=party.customer_name,
            customer_number=party.customer_number,
            account_name=account.name,
            iban=account.iban,
            currency=account.currency,
            period_from=first.date_from,
            period_to=first.date_to,
            opening_balance=first.opening_balance,
            closing_balance=first.closing_balance,
            generated_at=self._now(),
            language="sq" if self._job.language == "sq" else "en",
            account_type="savings" if account.type == "savings" else "current",
            # Known up front only when one page holds everything: the PDF then says "of N".
            total_lines=len(first.rows) if first.next_cursor is None else None,
        )

    def _report_progress(self, written: int) -> None:
        if self._progress is not None and not self._finished:
            self._progress(written)

    def _report_total(self, count: int) -> None:
        self._exact_total = True
        if self._total is not None:
            self._total(count, True)


def _cancelling(task: asyncio.Task[Any] | None) -> bool:
    """Whether someone asked to cancel `task` itself."""
    return task is not None and task.cancelling() > 0


def _bank_bic() -> str:
    from desktop.export import BANK_BIC

    return BANK_BIC
