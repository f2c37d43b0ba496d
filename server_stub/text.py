"""Text safe for one log or audit line."""

from __future__ import annotations


def log_safe(text: str, limit: int = 200) -> str:
    """Control characters escaped (no newline can forge a line) and the length capped."""
    cut = text[:limit]
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in cut)


def fold(text: str) -> str:
    """Case-folded text for searching: `Ë`/`ë` and `Ç`/`ç` match like any other letter."""
    return text.casefold()
