"""The export runner: the file appears only when complete; cancel and failure leave nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.export import CHECK_EVERY, EXTENSIONS, FORMATS, ExportCancelled, export_statement
from desktop.export.model import StatementLine
from tests.desktop.test_export_model import make_header, make_lines

OLD = b"the statement exported last month"


@pytest.fixture(params=FORMATS)
def fmt(request: pytest.FixtureRequest) -> str:
    if request.param == "pdf":
        request.getfixturevalue("qapp")  # fonts for the PDF need a QGuiApplication
    return str(request.param)


def listing(directory: Path) -> list[str]:
    """Every name in the directory, hidden ones included: a stray temporary file shows here."""
    return sorted(path.name for path in directory.iterdir())


def test_export_writes_the_file_and_reports_progress(fmt: str, tmp_path: Path) -> None:
    seen: list[int] = []
    destination = tmp_path / f"ekstrakt{EXTENSIONS[fmt]}"
    result = export_statement(
        fmt, make_header(), make_lines(600), destination, progress=seen.append
    )
    assert result == destination
    assert destination.stat().st_size > 0
    assert listing(tmp_path) == [destination.name]
    assert seen == [CHECK_EVERY, 2 * CHECK_EVERY, 600]


def test_progress_reports_each_count_once(tmp_path: Path) -> None:
    seen: list[int] = []
    lines = make_lines(2 * CHECK_EVERY)
    export_statement("csv", make_header(), lines, tmp_path / "s.csv", progress=seen.append)
    assert seen == [CHECK_EVERY, 2 * CHECK_EVERY]
    export_statement("csv", make_header(), [], tmp_path / "s.csv", progress=seen.append)
    assert seen[-1] == 0


def test_the_file_appears_only_when_complete(fmt: str, tmp_path: Path) -> None:
    destination = tmp_path / f"s{EXTENSIONS[fmt]}"
    destination.write_bytes(OLD)
    halfway: list[bytes] = []

    def lines() -> Iterator[StatementLine]:
        for number, line in enumerate(make_lines(300), start=1):
            if number == 150:
                halfway.append(destination.read_bytes())
            yield line

    export_statement(fmt, make_header(), lines(), destination)
    assert halfway == [OLD]  # while writing, the old file is still whole under its name
    assert destination.read_bytes() != OLD
    assert listing(tmp_path) == [destination.name]


def test_cancel_leaves_nothing_and_keeps_an_older_file(fmt: str, tmp_path: Path) -> None:
    destination = tmp_path / f"s{EXTENSIONS[fmt]}"
    destination.write_bytes(OLD)
    produced = 0
    closed = False

    def lines() -> Iterator[StatementLine]:
        nonlocal produced, closed
        try:
            for line in make_lines(5000):
                produced += 1
                yield line
        finally:
            closed = True

    def cancelled() -> bool:
        return produced >= 700  # the user presses Cancel after 700 lines

    with pytest.raises(ExportCancelled):
        export_statement(fmt, make_header(), lines(), destination, is_cancelled=cancelled)
    assert produced <= 700 + CHECK_EVERY  # noticed within one check interval
    assert closed  # the caller's page fetching is told to stop
    assert listing(tmp_path) == [destination.name]
    assert destination.read_bytes() == OLD


def test_failure_of_the_lines_leaves_nothing(fmt: str, tmp_path: Path) -> None:
    def lines() -> Iterator[StatementLine]:
        yield from make_lines(400)
        raise ConnectionError("the server went away on page 2")

    with pytest.raises(ConnectionError):
        export_statement(fmt, make_header(), lines(), tmp_path / f"s{EXTENSIONS[fmt]}")
    assert listing(tmp_path) == []


def test_cancelled_before_the_first_line(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_statement(
            "csv", make_header(), make_lines(10), tmp_path / "s.csv", is_cancelled=lambda: True
        )
    assert listing(tmp_path) == []


def test_cancel_after_the_last_line_still_writes_nothing(tmp_path: Path) -> None:
    consumed: list[StatementLine] = []

    def lines() -> Iterator[StatementLine]:
        for line in make_lines(10):
            consumed.append(line)
            yield line

    # Pressed while the writer closes the file, after every line was read.
    with pytest.raises(ExportCancelled):
        export_statement(
            "csv",
            make_header(),
            lines(),
            tmp_path / "s.csv",
            is_cancelled=lambda: len(consumed) == 10,
        )
    assert listing(tmp_path) == []


def test_unknown_format_is_refused_before_any_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xlsx"):
        export_statement("xlsx", make_header(), make_lines(1), tmp_path / "s.xlsx")
    assert listing(tmp_path) == []


def test_a_missing_directory_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        export_statement("csv", make_header(), make_lines(1), tmp_path / "nowhere" / "s.csv")
    assert listing(tmp_path) == []
