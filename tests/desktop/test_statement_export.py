"""The export bridge: pages fetched on the event loop, written by a worker process; cancel and
failures leave no file; the export package loads only when used."""

from __future__ import annotations

import asyncio
import csv
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync

from desktop.api import BankError
from desktop.services.accounts import Account
from desktop.services.transactions import STATEMENT_PAGE_SIZE, StatementPage
from desktop.statement_export import ExportJob, Party, StatementExport, default_file_name
from desktop.writer_process import WriterFailed
from tests.qt_support import run_async

ACCOUNT = Account(
    id="acc-1",
    iban="AL35202111090000000001234567",
    name="Llogari rrjedhëse",
    type="current",
    currency="ALL",
    balance=Decimal("250000.00"),
    available=Decimal("249000.00"),
)
PARTY = Party(
    bank_name="Banka Kombëtare Tregtare", customer_name="Arben Hoxha", customer_number="123456789"
)
START, END = date(2026, 1, 1), date(2026, 11, 30)
T = TypeVar("T")
OPENING = Decimal("100000.00")


def row(number: int) -> dict[str, Any]:
    day = (START + timedelta(days=number // 20)).isoformat()
    return {
        "id": str(number),
        "booking_date": day,
        "value_date": day,
        "amount": "10.00",
        "currency": "ALL",
        "description": f"Pagesë {number}",
        "counterparty_name": "Çajupi Market",
        "counterparty_iban": "",
        "reference": f"REF{number:06d}",
        "balance_after": f"{OPENING + 10 * number:.2f}",
        "status": "booked",
    }


class FakeStatements:
    """`pages` pages of `size` rows; `hold` makes a page wait until the test releases it."""

    def __init__(self, pages: int, size: int = 100) -> None:
        self.pages = pages
        self.size = size
        self.fetched: list[str | None] = []
        self.hold: dict[int, asyncio.Event] = {}
        self.fail_at: int | None = None

    async def statement_page(
        self,
        account_id: str,
        date_from: date,
        date_to: date,
        cursor: str | None = None,
        *,
        limit: int = STATEMENT_PAGE_SIZE,
    ) -> StatementPage:
        index = int(cursor or 0)
        self.fetched.append(cursor)
        if index in self.hold:
            await self.hold[index].wait()
        if index == self.fail_at:
            raise BankError("network_error")
        first = index * self.size + 1
        return StatementPage(
            account=ACCOUNT,
            date_from=date_from,
            date_to=date_to,
            opening_balance=OPENING,
            closing_balance=OPENING + 10 * self.pages * self.size,
            rows=[row(n) for n in range(first, first + self.size)],
            next_cursor=str(index + 1) if index + 1 < self.pages else None,
        )


async def finish(task: asyncio.Future[T]) -> T:
    return await task


def job(path: Path, fmt: str = "csv") -> ExportJob:
    return ExportJob(ACCOUNT.id, START, END, fmt, path, "en")


def table_rows(path: Path) -> list[list[str]]:
    from desktop.export.csv_writer import TABLE_HEADER_LINE

    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))[TABLE_HEADER_LINE:]


def test_every_page_reaches_the_file_in_order(qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    source = FakeStatements(pages=5)
    written: list[int] = []
    totals: list[tuple[int, bool]] = []
    export = StatementExport(
        source,
        PARTY,
        job(tmp_path / "s.csv"),
        progress=written.append,
        total=lambda n, exact: totals.append((n, exact)),
        now=lambda: datetime(2026, 11, 23, 9, tzinfo=UTC),
    )
    path = run_async(export.run())
    assert path == tmp_path / "s.csv"
    lines = table_rows(path)
    assert [line[-1] for line in lines] == [str(n) for n in range(1, 501)]
    assert source.fetched == [None, "1", "2", "3", "4"]
    assert written[-1] == 500
    assert written == sorted(written)
    assert totals == [(500, True)]
    assert [p.name for p in tmp_path.iterdir()] == ["s.csv"]


def test_a_count_hint_sizes_the_bar_until_the_exact_total(
    qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    source = FakeStatements(pages=2)
    totals: list[tuple[int, bool]] = []

    async def hint() -> int:
        return 203  # pending rows counted too: an upper bound

    export = StatementExport(
        source,
        PARTY,
        job(tmp_path / "s.csv"),
        total=lambda n, e: totals.append((n, e)),
        count_hint=hint,
    )
    run_async(export.run())
    assert totals == [(203, False), (200, True)]


def test_one_page_gives_the_pdf_its_page_count(qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = FakeStatements(pages=1, size=3)
    path = run_async(StatementExport(source, PARTY, job(tmp_path / "s.pdf", "pdf")).run())
    assert path is not None
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Page 1 of 1" in text
    assert "Opening balance ALL 100,000.00" in text.replace("\u00a0", " ")


def test_a_row_the_writer_cannot_read_fails_the_export_and_leaves_no_file(
    qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    source = FakeStatements(pages=3)
    broken = source.statement_page

    async def with_a_float(*args: Any, **kwargs: Any) -> StatementPage:
        page = await broken(*args, **kwargs)
        if page.next_cursor is None:  # the last page: money as a JSON number, never allowed
            page.rows[-1]["amount"] = 10.0
        return page

    source.statement_page = with_a_float  # type: ignore[method-assign]
    with pytest.raises(WriterFailed) as failure:
        run_async(StatementExport(source, PARTY, job(tmp_path / "s.csv")).run())
    assert "money must be a JSON string" in str(failure.value)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_gone_is_a_file_error(qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        run_async(StatementExport(FakeStatements(1), PARTY, job(tmp_path / "no" / "s.csv")).run())


def test_cancel_mid_export_leaves_no_file(qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    source = FakeStatements(pages=4)
    source.hold[2] = asyncio.Event()  # the third page never comes
    written: list[int] = []
    export = StatementExport(source, PARTY, job(tmp_path / "s.csv"), progress=written.append)
    task = asyncio.ensure_future(export.run())
    run_async(asyncio.sleep(0.2))
    assert not task.done()
    assert source.fetched == [None, "1", "2"]
    export.cancel()
    assert run_async(finish(task)) is None
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary twin


def test_a_failed_page_fails_the_export_and_leaves_no_file(
    qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    source = FakeStatements(pages=4)
    source.fail_at = 2
    export = StatementExport(source, PARTY, job(tmp_path / "s.csv"))
    with pytest.raises(BankError) as failure:
        run_async(export.run())
    assert failure.value.code == "network_error"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_first_page_leaves_no_file(qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    source = FakeStatements(pages=1)
    source.fail_at = 0
    with pytest.raises(BankError):
        run_async(StatementExport(source, PARTY, job(tmp_path / "s.csv")).run())
    assert list(tmp_path.iterdir()) == []


def test_default_file_names() -> None:
    assert (
        default_file_name("AL35 2021 1109 0000 0000 0123 4567", START, END, ".pdf", "sq")
        == "ekstrakt_AL35202111090000000001234567_2026-01-01_2026-11-30.pdf"
    )
    assert default_file_name(ACCOUNT.iban, START, END, ".csv", "en").startswith("statement_AL35")


def test_the_app_starts_without_the_export_package() -> None:
    code = (
        "import sys, desktop.app, ui.pages.transactions_page;"
        "names = ('desktop.export', 'ui.widgets.export');"
        "loaded = [m for m in sys.modules if m.startswith(names)];"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
