"""The contextual help texts: load a topic's Markdown and search across all topics."""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import re
import unicodedata

#: One help page for every login step and every page of the main window.
TOPICS: tuple[str, ...] = (
    "login",
    "otp",
    "registration",
    "forgot_password",
    "virtual_keyboard",
    "accounts",
    "transactions",
    "payments",
    "notifications",
    "security",
    "complaints",
    "contacts",
)

#: The languages the help is written in; Albanian first.
LANGUAGES: tuple[str, ...] = ("sq", "en")

# How much of the text a search result shows around the match.
_BEFORE = 40
_AFTER = 90

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)")
_EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_SPACES = re.compile(r"\s+")
_PUNCTUATION = frozenset(".,:;!?…")


@dataclasses.dataclass(frozen=True, slots=True)
class HelpHit:
    """One search result: the topic, its title and the original text around the match."""

    topic: str
    title: str
    snippet: str


def _check(topic: str, language: str) -> None:
    # Both go into a resource path, so only the known names are accepted.
    if topic not in TOPICS:
        raise ValueError(f"unknown help topic {topic!r}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown help language {language!r}")


@functools.cache
def load_help(topic: str, language: str) -> str:
    """The Markdown of one topic in one language (``resources/help/<language>/<topic>.md``)."""
    _check(topic, language)
    resource = importlib.resources.files("resources") / "help" / language / f"{topic}.md"
    # NFC so that "ë" is one character, as the search folding expects.
    return unicodedata.normalize("NFC", resource.read_text(encoding="utf-8"))


def title_of(markdown: str) -> str:
    """The text of the first heading, or an empty string when there is none."""
    match = _HEADING.search(markdown)
    return match.group(1) if match else ""


def plain_text(markdown: str) -> str:
    """The words of the Markdown without its markup, on one line: what search looks through.

    A heading or list item without closing punctuation is followed by " · ", so a snippet
    does not run a heading into the sentence after it.
    """
    lines: list[str] = []
    for raw in markdown.splitlines():
        line = _LINE_MARK.sub("", _LINK.sub(r"\1", raw), count=1)
        line = _SPACES.sub(" ", _EMPHASIS.sub("", line)).strip()
        if line:
            lines.append(line if line[-1] in _PUNCTUATION else f"{line} ·")
    return " ".join(lines).removesuffix(" ·")


def _fold_char(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:
        # Keep one character per character so a match's position is valid in the original text.
        return char
    # "ë" → "e", "ç" → "c" (and other accented letters alike): the base letter of the decomposition.
    base = unicodedata.normalize("NFD", lowered)[0]
    return " " if base.isspace() else base


def fold(text: str) -> str:
    """Case and accents removed, one character for one: "Përditësim" → "perditesim"."""
    return "".join(_fold_char(char) for char in text)


@functools.cache
def _searchable(topic: str, language: str) -> tuple[str, str, str]:
    """The title, the plain text and its folded form (same length) of one topic."""
    markdown = load_help(topic, language)
    plain = plain_text(markdown)
    return title_of(markdown), plain, fold(plain)


def _snippet(plain: str, start: int, end: int) -> str:
    """The original text around plain[start:end], cut at word boundaries."""
    first = max(0, start - _BEFORE)
    last = min(len(plain), end + _AFTER)
    if first > 0:
        space = plain.find(" ", first, start)
        first = space + 1 if space != -1 else first
    if last < len(plain):
        space = plain.rfind(" ", end, last)
        last = space if space != -1 else last
    body = plain[first:last].strip().removeprefix("· ").removesuffix(" ·")
    prefix = "…" if first > 0 else ""
    suffix = "" if last >= len(plain) else " …" if body[-1] in _PUNCTUATION else "…"
    return f"{prefix}{body}{suffix}"


def _at_word_start(word: str) -> re.Pattern[str]:
    # A query word matches the start of a word: "sim" finds "SIM", not "cilësimet".
    return re.compile(r"(?<!\w)" + re.escape(word))


def search_help(query: str, language: str) -> list[HelpHit]:
    """Topics holding every word of the query at the start of a word, ignoring case and ë/ç.

    The snippet shows the whole query where it occurs as a phrase, else its first word.
    Topics with the phrase come first, then those whose title matches, then those with
    more matches; ties keep the order of TOPICS.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown help language {language!r}")
    words = fold(unicodedata.normalize("NFC", query)).split()
    if not words:
        return []
    patterns = [_at_word_start(word) for word in words]
    phrase = _at_word_start(" ".join(words))
    scored: list[tuple[tuple[int, int, int, int], HelpHit]] = []
    for order, topic in enumerate(TOPICS):
        title, plain, folded = _searchable(topic, language)
        firsts = [pattern.search(folded) for pattern in patterns]
        if not all(firsts):
            continue
        match = phrase.search(folded) or firsts[0]
        assert match is not None
        hit = HelpHit(topic, title, _snippet(plain, match.start(), match.end()))
        folded_title = fold(title)
        in_title = sum(bool(pattern.search(folded_title)) for pattern in patterns)
        count = sum(len(pattern.findall(folded)) for pattern in patterns)
        has_phrase = match is not firsts[0] or len(words) == 1
        scored.append(((-has_phrase, -in_title, -count, order), hit))
    scored.sort(key=lambda entry: entry[0])
    return [hit for _, hit in scored]
