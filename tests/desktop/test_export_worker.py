"""The export's writer process (desktop/export/worker.py): its stdin protocol and exit statuses."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.export.csv_writer import TABLE_HEADER_LINE
from desktop.export.worker import END_MARK, EXIT_FILE_ERROR, header_from_json, header_to_json
from tests.desktop.test_export_model import make_header

HEADER = make_header(closing=Decimal("99990.50"), total_lines=3)


def row(number: int) -> dict[str, Any]:
    return {
        "id": str(number),
        "booking_date": "2026-03-0" + str(number),
        "value_date": "2026-03-01",
        "amount": "-3.15",
        "currency": "ALL",
        "description": f"Pagesë {number} në Çarshi",
        "counterparty_name": "Dyqani",
        "counterparty_iban": "",
        "reference": f"R{number}",
        "balance_after": "99990.50",
        "status": "booked",
    }


def run_worker(fmt: str, path: Path, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.export.worker", fmt, str(path)],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def pages(*chunks: list[dict[str, Any]], end: bool = True) -> bytes:
    lines = [json.dumps(header_to_json(HEADER)).encode() + b"\n"]
    lines += [json.dumps(chunk).encode() + b"\n" for chunk in chunks]
    return b"".join(lines) + (END_MARK if end else b"")


def test_the_header_survives_the_trip() -> None:
    assert header_from_json(json.loads(json.dumps(header_to_json(HEADER)))) == HEADER


def test_pages_in_give_the_file_and_the_count_written(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    done = run_worker("csv", path, pages([row(1), row(2)], [row(3)]))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == b"3"
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))[TABLE_HEADER_LINE:]
    assert [line[-1] for line in table] == ["1", "2", "3"]
    assert table[0][2] == "Pagesë 1 në Çarshi"


def test_a_statement_cut_short_is_a_failure(tmp_path: Path) -> None:
    done = run_worker("csv", tmp_path / "s.csv", pages([row(1)], end=False))
    assert done.returncode == 1
    assert b"IncompleteStatement" in done.stderr


def test_a_file_that_cannot_be_written_has_its_own_status(tmp_path: Path) -> None:
    done = run_worker("ofx", tmp_path, pages([row(1)]))  # a folder is no file
    assert done.returncode == EXIT_FILE_ERROR
    assert done.stderr.strip()


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    done = run_worker("xls", tmp_path / "s.xls", pages())
    assert done.returncode == 1
    assert b"unknown format" in done.stderr
