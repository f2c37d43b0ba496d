"""The help texts: every topic in both languages, the bank's facts covered, and search."""

from __future__ import annotations

import importlib.resources
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.help import (
    LANGUAGES,
    TOPICS,
    HelpHit,
    fold,
    load_help,
    plain_text,
    search_help,
    title_of,
)

HELP_DIR = importlib.resources.files("resources") / "help"
LINK = re.compile(r"\]\(([^)]*)\)")


def everything(language: str) -> str:
    """All help of one language, no-break spaces as plain spaces."""
    text = "\n".join(load_help(topic, language) for topic in TOPICS)
    return text.replace("\u00a0", " ")


# (fact of the bank's FAQ and issue 6, words in the Albanian help, words in the English help)
FACTS = [
    (
        "open 24 hours a day, 7 days a week, from anywhere, also abroad with the same number",
        ["24 orë në ditë", "7 ditë në javë", "kompjuter", "jashtë vendit", "të njëjtin numër"],
        ["24 hours a day", "7 days a week", "computer", "abroad", "same mobile number"],
    ),
    (
        "who can use it: retail, KSHBI 002 or higher, registered mobile number",
        ["Klientët individë", "KSHBI", "002 ose më i ri", "numër celulari të regjistruar"],
        ["Retail customers", "KSHBI", "002 or higher", "mobile number registered with the bank"],
    ),
    (
        "the customer number has 9 digits from the first account; the ID card number works too",
        ["numri i klientit", "9 shifra", "llogarinë tuaj të parë", "numrin personal", "kartës"],
        ["customer number", "9-digit", "first account", "personal number", "ID card"],
    ),
    (
        "what the password and the SMS code (FNP) are",
        ["Fjalëkalimi", "FNP — Fjalëkalim me një Përdorim", "6 shifra", "SMS"],
        ["password", "one-time password", "6-digit", "SMS"],
    ),
    (
        "no code arrives: GSM coverage, full SMS inbox, restart the phone, resend after 30 s",
        ["rrjeti GSM", "kutia e mesazheve SMS është plot", "Fikni dhe ndizni", "30 sekondash"],
        ["GSM network", "SMS inbox is full", "off and on again", "30 seconds"],
    ),
    (
        "the resend button",
        ["Ridërgo kodin"],
        ["Resend the code"],
    ),
    (
        "lost phone: cancel the SIM card at once, call the Call Center",
        ["humbur telefonin", "Anuloni menjëherë kartën SIM", "Call Center"],
        ["Lost your phone", "Cancel the SIM card at once", "Call Center"],
    ),
    (
        "a code you did not ask for: change the password in Mbi Sigurinë, call the Call Center",
        ["nuk e keni kërkuar", "Ndryshoni menjëherë fjalëkalimin", "Mbi Sigurinë"],
        ["did not ask for", "Change your password at once", "About Security"],
    ),
    (
        "password every 180 days and its rules",
        ["180 ditë", "8 deri në 64", "një shkronjë dhe një shifër", "fjalëkalim i zakonshëm"],
        ["180 days", "8 to 64", "one letter and one digit", "common password"],
    ),
    (
        "the new password does not hold the customer number nor repeat the last 3",
        ["nuk përmban numrin e klientit", "3 fjalëkalimet e fundit"],
        ["does not contain your customer number", "last 3"],
    ),
    (
        "5 wrong attempts block the user until the Call Center unblocks it",
        ["5 përpjekjesh të gabuara", "bllokohet", "zhbllokojë"],
        ["5 wrong attempts", "blocked", "unblock"],
    ),
    (
        "the daily update from 21:00 to midnight, Tirana time, no financial transaction",
        [
            "21:00",
            "mesnatë",
            "ora e Tiranës",
            "procesi ditor i përditësimit",
            "asnjë veprim financiar",
        ],
        ["21:00", "midnight", "Tirana time", "daily update process", "no financial transaction"],
    ),
    (
        "the send-after-midnight option for transfers",
        ["Dërgo pas mesnate", "minutën e parë pas mesnatës"],
        ["Send after midnight", "first minute after midnight"],
    ),
    (
        "transactions execute online and show in Account Transactions",
        ["kryhen online", "Veprimet e Llogarisë"],
        ["execute online", "Account Transactions"],
    ),
    (
        "specific messages; a general error means calling the Call Center with the request number",
        ["Çdo gabim ka mesazhin e vet", "gabim i përgjithshëm", "+355 4 2266 288", "24 orë"],
        ["Every error has its own message", "general error", "+355 4 2266 288", "24 hours"],
    ),
    (
        "quote the request number",
        ["tregoni numrin e kërkesës"],
        ["quote the request number"],
    ),
    (
        "the virtual keyboard against keyloggers, shuffled keys, its keyboard use",
        ["tastierën virtuale", "keylogger", "përzihen", "Alt+K", "Shigjetat", "Hapësira"],
        ["virtual keyboard", "keylogger", "shuffled", "Alt+K", "Arrow keys", "Space"],
    ),
    (
        "idle logout after 5 minutes with a warning a minute before",
        ["5 minuta", "një minutë më parë", "paralajmërim"],
        ["5 minutes", "a minute before", "warning"],
    ),
    (
        "how to complain: the form, reference number, status",
        ["Sugjerime & Ankesa", "numri i referencës", "statusi", "Në shqyrtim"],
        ["Suggestions & Complaints", "reference number", "status", "In review"],
    ),
    (
        "the contacts",
        ["callcenter@bkt.com.al", "info@bkt.com.al", "WhatsApp", "+355 67 400 0018", "Kontaktet"],
        ["callcenter@bkt.com.al", "info@bkt.com.al", "WhatsApp", "+355 67 400 0018", "Contacts"],
    ),
    (
        "statement exports on the transactions page",
        ["ekstraktin e llogarisë", "CSV", "PDF", "OFX", "camt.053"],
        ["account statement", "CSV", "PDF", "OFX", "camt.053"],
    ),
    (
        "payments: own accounts, this bank, other banks in Albania by IBAN of 28 characters",
        ["llogarive tuaja", "kësaj banke", "bankë tjetër në Shqipëri", "28 karaktere", "AL"],
        ["own accounts", "this bank", "another bank in Albania", "28 characters", "AL"],
    ),
    (
        "fees: none within the bank, 100 ALL / 1 EUR / 1 USD to other banks",
        ["pa komision", "100 Lekë", "1 EUR", "1 USD"],
        ["no fee", "ALL 100", "EUR 1", "USD 1"],
    ),
    (
        "daily limits",
        ["1 000 000 Lekë", "10 000 EUR", "10 000 USD"],
        ["ALL 1,000,000", "EUR 10,000", "USD 10,000"],
    ),
    (
        "review step, SMS code naming amount and payee, receipts",
        ["përmbledhjen", "shuma dhe përfituesi", "dëftesa"],
        ["review", "names the amount and the payee", "receipt"],
    ),
    (
        "notification categories and settings",
        [
            "Transfertat hyrëse",
            "Transfertat dalëse",
            "Hyrjet",
            "Ndryshimi i fjalëkalimit",
            "Cilësimet",
        ],
        ["Transfers received", "Transfers sent", "Logins", "Password changes", "Settings"],
    ),
    (
        "the bank's own words",
        ["Dega Internet", "Rregullat e Sigurisë", "tastiera virtuale", "Call Center"],
        ["Internet Branch", "Security Rules", "virtual keyboard", "Call Center"],
    ),
]


def test_the_topics_are_the_pages_and_login_steps() -> None:
    assert len(TOPICS) == len(set(TOPICS)) == 12
    assert LANGUAGES == ("sq", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_folder_holds_exactly_the_topics(language: str) -> None:
    files = {entry.name for entry in (HELP_DIR / language).iterdir() if entry.name.endswith(".md")}
    assert files == {f"{topic}.md" for topic in TOPICS}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_starts_with_its_heading(topic: str, language: str) -> None:
    markdown = load_help(topic, language)
    assert markdown.startswith("# ")
    assert title_of(markdown) == markdown.splitlines()[0][2:]
    assert len(plain_text(markdown)) > 400  # a page of help, not a stub
    assert unicodedata.is_normalized("NFC", markdown)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_is_markdown_a_text_browser_renders(topic: str, language: str) -> None:
    markdown = load_help(topic, language)
    assert "<" not in markdown  # no HTML
    assert "![" not in markdown  # no images
    assert "|" not in markdown  # no tables
    for target in LINK.findall(markdown):
        scheme, _, rest = target.partition(":")
        assert scheme in {"help", "tel", "mailto", "https"}, target
        if scheme == "help":
            assert rest in TOPICS, target


@pytest.mark.parametrize("topic", TOPICS)
def test_both_languages_say_the_same(topic: str) -> None:
    sq, en = load_help(topic, "sq"), load_help(topic, "en")
    assert 0.5 <= len(sq) / len(en) <= 2.0
    # Equal in content: the same sections and the same links.
    assert sq.count("\n## ") == en.count("\n## ")
    assert sorted(LINK.findall(sq)) == sorted(LINK.findall(en))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_names_its_keyboard_shortcuts(topic: str, language: str) -> None:
    markdown = load_help(topic, language)
    assert "**F1**" in markdown
    assert "**Esc**" in markdown


def test_albanian_is_written_with_its_letters() -> None:
    text = everything("sq")
    assert text.count("ë") > 500
    assert "ç" in text
    words = " ".join(plain_text(load_help(topic, "sq")) for topic in TOPICS)
    # The glossary's words, not look-alikes or English ones.
    for wrong in ("Dega e Internetit", "Banka Internet", "OTP", "keyboard", "Forgot"):
        assert wrong not in words, wrong
    assert words.count("password") == words.count('"password1"') == 1  # an example only


@pytest.mark.parametrize(("fact", "sq_words", "en_words"), FACTS, ids=[fact[0] for fact in FACTS])
def test_the_facts_are_covered_in_both_languages(
    fact: str, sq_words: list[str], en_words: list[str]
) -> None:
    for language, words in (("sq", sq_words), ("en", en_words)):
        text = everything(language)
        missing = [word for word in words if word not in text]
        assert not missing, f"{language} help misses {missing} for: {fact}"


def test_unknown_topics_and_languages_are_refused() -> None:
    with pytest.raises(ValueError, match="topic"):
        load_help("../../setup", "sq")
    with pytest.raises(ValueError, match="language"):
        load_help("login", "de")
    with pytest.raises(ValueError, match="language"):
        search_help("SIM", "de")


def test_texts_are_loaded_once() -> None:
    assert load_help("login", "sq") is load_help("login", "sq")


def test_title_of_takes_the_first_heading() -> None:
    assert title_of("intro\n\n## Second\n# First\n") == "Second"
    assert title_of("# Kodi FNP #\n") == "Kodi FNP"
    assert title_of("no heading") == ""


def test_plain_text_drops_the_markup_but_keeps_the_words() -> None:
    markdown = "# Title\n\n- **Bold** and [a link](help:otp), *keylogger*\n1. Step\n"
    assert plain_text(markdown) == "Title · Bold and a link, keylogger · Step"


@given(st.text())
def test_folding_keeps_one_character_for_one(text: str) -> None:
    # Snippets cut the original text at positions found in the folded one.
    assert len(fold(text)) == len(text)


def test_folding_removes_case_and_the_albanian_accents() -> None:
    assert fold("PËRDITËSIM Çdo") == "perditesim cdo"
    assert fold("1\u00a0000") == "1 000"


def topics(hits: list[HelpHit]) -> list[str]:
    return [hit.topic for hit in hits]


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_sim_in_security(language: str) -> None:
    hits = search_help("SIM", language)
    assert "security" in topics(hits)
    hit = next(hit for hit in hits if hit.topic == "security")
    assert hit.title == title_of(load_help("security", language))
    assert "SIM" in hit.snippet
    # A word start, not any substring: "cilësimet" holds "sim" but is no SIM card.
    assert "notifications" not in topics(search_help("sim", language))


@pytest.mark.parametrize("query", ["përditësim", "perditesim", "PËRDITËSIM", "Perditesim"])
def test_albanian_search_ignores_case_and_accents(query: str) -> None:
    hits = search_help(query, "sq")
    assert {"payments", "transactions", "accounts"} <= set(topics(hits))
    for hit in hits:
        # The snippet shows the text as written, accents and all.
        assert "përditësimit" in hit.snippet


def test_typed_albanian_letters_match_themselves() -> None:
    assert "complaints" in topics(search_help("përgjigje", "sq"))
    assert "complaints" in topics(search_help("pergjigje", "sq"))
    assert "login" in topics(search_help("Çdo gabim", "sq"))
    assert search_help("përgjigje", "en") == []


def test_search_needs_every_word_and_prefers_the_phrase() -> None:
    hits = search_help("lost phone", "en")
    assert {"security", "contacts"} <= set(topics(hits))
    assert "lost" in fold(hits[0].snippet)
    assert search_help("lost zebra", "en") == []
    first = search_help("send after midnight", "en")[0]
    assert first.topic == "payments"
    assert "Send after midnight" in first.snippet


def test_search_snippets_are_short_and_marked_when_cut() -> None:
    for hit in search_help("kodin", "sq"):
        assert len(hit.snippet) < 160
        assert "kodin" in fold(hit.snippet)
        assert "**" not in hit.snippet
        assert "](" not in hit.snippet
    middle = search_help("roaming", "en")[0]
    assert middle.snippet.startswith("…")
    assert middle.snippet.endswith("…")


def test_title_matches_come_first() -> None:
    assert topics(search_help("njoftimet", "sq"))[0] == "notifications"
    assert topics(search_help("virtual keyboard", "en"))[0] == "virtual_keyboard"


def test_an_empty_query_finds_nothing() -> None:
    assert search_help("", "sq") == []
    assert search_help("   ", "en") == []
