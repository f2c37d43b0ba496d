"""Statement export (CSV, PDF, OFX, camt.053), run off the GUI thread by the transactions page."""

from desktop.export.model import BANK_BIC, StatementHeader, StatementLine
from desktop.export.runner import (
    CHECK_EVERY,
    EXTENSIONS,
    FORMATS,
    ExportCancelled,
    export_statement,
)

__all__ = [
    "BANK_BIC",
    "CHECK_EVERY",
    "EXTENSIONS",
    "FORMATS",
    "ExportCancelled",
    "StatementHeader",
    "StatementLine",
    "export_statement",
]
