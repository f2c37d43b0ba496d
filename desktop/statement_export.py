"""Statement export without stalling the UI: pages fetched on the event loop, written in a thread.

The async side fetches statement pages one after the other and hands them over a small bounded
channel to the writer, which runs in a worker thread (`asyncio.to_thread`) and reads the lines
as an ordinary iterator. At most a couple of pages wait in between, so memory stays flat however
long the statement is. Cancel stops both sides; the writer's temporary file is then removed, so
nothing half-written is left (desktop/export/runner.py).

The export package is imported only when an export runs: the app starts without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import queue
import threading
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop.messages import error_message
from desktop.services.transactions import STATEMENT_PAGE_SIZE, StatementPage

if TYPE_CHECKING:
    from desktop.export import StatementHeader, StatementLine

translate = QCoreApplication.translate

#: GET /info names the bank but not its address; the statement prints this one.
BANK_ADDRESS: Final = "Tiranë, Shqipëri"
#: File names start with the statement's word of the language ("ekstrakt" is the bank's own).
_FILE_WORD: Final = {"sq": "ekstrakt", "en": "statement"}
#: Pages that may wait for the writer: one being written, one ready, one being fetched.
CHANNEL_PAGES: Final = 2
#: How often a waiting writer looks at the cancel flag (seconds).
_POLL_S: Final = 0.05

_END: Final = object()


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


class PageChannel:
    """Bounded hand-over of pages from the event loop (producer) to a worker thread (consumer).

    The producer awaits free space without blocking the loop; the consumer blocks in its thread
    but wakes up regularly to notice a cancel.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        is_cancelled: Callable[[], bool],
        capacity: int = CHANNEL_PAGES,
    ) -> None:
        self._loop = loop
        self._queue: queue.Queue[object] = queue.Queue(capacity)
        self._space = asyncio.Event()
        self._is_cancelled = is_cancelled

    async def put(self, item: object) -> None:
        while True:
            try:
                self._queue.put_nowait(item)
                return
            except queue.Full:
                self._space.clear()
                if self._queue.full():  # still full after clear(): no wake-up can be lost
                    await self._space.wait()

    def put_nowait(self, item: object) -> None:
        self._queue.put_nowait(item)

    def get(self) -> object | None:
        """The next page, exception or end mark; None once the export is cancelled."""
        while not self._is_cancelled():
            try:
                item = self._queue.get(timeout=_POLL_S)
            except queue.Empty:
                continue
            self._loop.call_soon_threadsafe(self._space.set)
            return item
        return None


def _lines(
    channel: PageChannel, make: Callable[[dict[str, Any]], StatementLine]
) -> Iterator[StatementLine]:
    """The writer's view of the channel: lines oldest first, built here in the worker thread."""
    from desktop.export import ExportCancelled

    while True:
        item = channel.get()
        if item is None:
            raise ExportCancelled
        if item is _END:
            return
        if isinstance(item, BaseException):
            raise item  # the fetcher's failure ends the writer and removes its temporary file
        assert isinstance(item, list)
        for row in item:
            yield make(row)


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
        self._cancelled = threading.Event()
        self._finished = False

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    async def run(self) -> Path | None:
        """Writes the file and returns its path; None when cancelled (and then no file exists).

        Raises what the server or the writer raised (BankError, OSError, …); no file is left.
        """
        from desktop.export import ExportCancelled, StatementLine, export_statement

        job = self._job
        loop = asyncio.get_running_loop()
        hint = loop.create_task(self._hint()) if self._count_hint is not None else None
        try:
            first = await self._source.statement_page(
                job.account_id, job.date_from, job.date_to, limit=self._page_size
            )
            if self.cancelled:
                return None
            header = self._header(first)
            channel = PageChannel(loop, self._cancelled.is_set)
            channel.put_nowait(first.rows)
            fetcher: asyncio.Task[None] | None = None
            if first.next_cursor is None:
                channel.put_nowait(_END)
                self._report_total(len(first.rows))
            else:
                fetcher = loop.create_task(
                    self._fetch_rest(channel, first.next_cursor, len(first.rows))
                )
            try:
                return await asyncio.to_thread(
                    export_statement,
                    job.fmt,
                    header,
                    _lines(channel, StatementLine.from_api),
                    job.path,
                    progress=functools.partial(self._progress_from_thread, loop),
                    is_cancelled=self._cancelled.is_set,
                )
            finally:
                if fetcher is not None:
                    fetcher.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await fetcher
        except ExportCancelled:
            return None
        except asyncio.CancelledError:
            self._cancelled.set()  # the worker thread stops too, and removes its temporary file
            raise
        finally:
            self._finished = True
            if hint is not None:
                hint.cancel()

    async def _hint(self) -> None:
        """The progress bar's length before the last page is in; only a hint, so never fatal."""
        assert self._count_hint is not None
        try:
            count = await self._count_hint()
        except Exception:  # the export goes on without a length
            return
        if not self._exact_total and not self._finished and self._total is not None:
            self._total(count, False)

    async def _fetch_rest(self, channel: PageChannel, cursor: str | None, fetched: int) -> None:
        job = self._job
        try:
            while cursor is not None and not self.cancelled:
                page = await self._source.statement_page(
                    job.account_id, job.date_from, job.date_to, cursor, limit=self._page_size
                )
                fetched += len(page.rows)
                cursor = page.next_cursor
                await channel.put(page.rows)
            if cursor is None:
                self._report_total(fetched)
            await channel.put(_END)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            await channel.put(error)

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

    def _progress_from_thread(self, loop: asyncio.AbstractEventLoop, written: int) -> None:
        loop.call_soon_threadsafe(self._report_progress, written)

    def _report_progress(self, written: int) -> None:
        if self._progress is not None and not self._finished:
            self._progress(written)

    def _report_total(self, count: int) -> None:
        self._exact_total = True
        if self._total is not None:
            self._total(count, True)


def _bank_bic() -> str:
    from desktop.export import BANK_BIC

    return BANK_BIC
