"""The Albanian catalogue: compiled fresh, complete, placeholders kept, every string extracted."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.i18n import Translations, standard_button_texts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ("desktop", "ui")
#: Qt's numerus rules give Albanian two forms: one, and everything else.
ALBANIAN_FORMS = 2
#: The names a translate() call goes by: ours (translate = QCoreApplication.translate) and Qt's.
APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")
#: A mnemonic marker: "&x", not "&&" (a literal ampersand) nor "& " (Suggestions & Complaints).
MNEMONIC = re.compile(r"(?<!&)&(?![&\s])")


@dataclass(frozen=True, slots=True)
class Entry:
    """One <message> of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


@cache
def entries(path: Path) -> tuple[Entry, ...]:
    found = []
    # Our own catalogue from the repository, not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=translation.get("type", ""),
                    forms=forms,
                )
            )
    return tuple(found)


def albanian() -> tuple[Entry, ...]:
    return entries(TRANSLATIONS / "bkt_sq.ts")


def describe(entry: Entry) -> str:
    return f"[{entry.context}] {entry.source!r}"


# --- the .ts and its .qm --------------------------------------------------------------------
def lrelease() -> Path:
    """The lrelease of the interpreter's environment (the one `make translations` runs)."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    assert tool.exists(), f"{tool} is missing: PySide6 is not installed in this environment"
    return tool


def test_there_is_an_albanian_catalogue() -> None:
    assert [path.name for path in ts_files()] == ["bkt_sq.ts"]
    assert len(albanian()) > 500


@pytest.mark.parametrize("ts", ts_files(), ids=lambda path: path.name)
def test_committed_qm_is_what_lrelease_makes_of_the_ts_now(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease(), "-silent", ts, "-qm", fresh], check=True, timeout=60)
    committed = ts.with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale: run `make translations` and commit both files"
    )


# --- every entry translated -------------------------------------------------------------------
def test_no_entry_is_unfinished_or_empty() -> None:
    problems = []
    for entry in albanian():
        if entry.kind == "unfinished":
            problems.append(f"unfinished {describe(entry)}")
        elif not entry.forms or not all(form.strip() for form in entry.forms):
            problems.append(f"empty {describe(entry)}")
    assert not problems, "\n".join(problems)


def test_plurals_have_both_albanian_forms() -> None:
    plurals = [entry for entry in albanian() if entry.numerus]
    assert plurals, "no plural entry: lupdate no longer sees the %n counts"
    problems = [describe(e) for e in plurals if len(e.forms) != ALBANIAN_FORMS]
    assert not problems, "\n".join(problems)
    # The two forms exist because they differ: "1 sekonde", "30 sekondash".
    same = [describe(e) for e in plurals if len(set(e.forms)) == 1]
    assert not same, "\n".join(same)


def test_no_obsolete_or_vanished_entry_lingers() -> None:
    stale = [f"{e.kind} {describe(e)}" for e in albanian() if e.kind in ("obsolete", "vanished")]
    assert not stale, "\n".join(stale)


def test_make_translations_drops_obsolete_entries() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lupdate = [line for line in makefile.splitlines() if "pyside6-lupdate" in line]
    assert lupdate, "the translations target does not run pyside6-lupdate"
    recipe = makefile[makefile.index("translations:") :]
    assert "-no-obsolete" in recipe
    assert "-locations none" in recipe


# --- placeholders, tags and mnemonics -----------------------------------------------------------
def test_translations_keep_every_placeholder() -> None:
    problems = []
    for entry in albanian():
        wanted = Counter(PLACEHOLDER.findall(entry.source))
        for form in entry.forms:
            got = Counter(PLACEHOLDER.findall(form))
            if got != wanted:
                problems.append(f"{describe(entry)} → {form!r}: {dict(got)} ≠ {dict(wanted)}")
    assert not problems, "\n".join(problems)


def test_translations_keep_the_html_tags() -> None:
    problems = []
    for entry in albanian():
        wanted = TAG.findall(entry.source)
        problems += [describe(entry) for form in entry.forms if TAG.findall(form) != wanted]
    assert not problems, "\n".join(problems)


def test_a_label_with_a_mnemonic_keeps_one() -> None:
    problems = []
    for entry in albanian():
        wanted = len(MNEMONIC.findall(entry.source))
        for form in entry.forms:
            if len(MNEMONIC.findall(form)) != wanted:
                problems.append(f"{describe(entry)} → {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("The code is valid for {time}.", "Kodi është i vlefshëm edhe {koha}."),
        ("You have %n new notification(s).", "Keni njoftime të reja."),
        ("Digit %1", "Shifra %2"),
    ],
)
def test_the_placeholder_check_catches_a_changed_placeholder(source: str, translation: str) -> None:
    assert Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation))


# --- the sources: literal contexts, and every call in the catalogue ---------------------------
@dataclass(frozen=True, slots=True)
class Call:
    """A translate() call in the sources, as lupdate should extract it."""

    where: str
    context: str | None
    source: str | None
    comment: str
    plural: bool
    literal: bool


def source_files() -> Iterator[Path]:
    for package in SOURCES:
        yield from sorted((ROOT / package).rglob("*.py"))


def is_translate(call: ast.Call) -> bool:
    """translate(…) or QCoreApplication.translate(…); not str.translate(table)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "translate"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APPLICATIONS
    )


def string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def calls() -> Iterator[Call]:
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
            if not (isinstance(node, ast.Call) and is_translate(node)):
                continue
            args = node.args
            context = string(args[0]) if args else None
            text = string(args[1]) if len(args) > 1 else None
            third = args[2] if len(args) > 2 else None
            comment = string(third) or ""
            literal = (
                context is not None
                and text is not None
                and not node.keywords
                and len(args) <= 4
                and (
                    third is None
                    or string(third) is not None
                    or (isinstance(third, ast.Constant) and third.value is None)
                )
            )
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            yield Call(where, context, text, comment, len(args) == 4, literal)


@cache
def all_calls() -> tuple[Call, ...]:
    return tuple(calls())


def test_every_translate_call_has_a_literal_context_and_text() -> None:
    """lupdate reads only literals: translate("Context", "Text"[, None or "comment"][, n])."""
    assert len(all_calls()) > 500
    loose = [call.where for call in all_calls() if not call.literal]
    assert not loose, "translate() calls lupdate cannot read:\n" + "\n".join(loose)


def test_no_tr_method_is_used() -> None:
    """self.tr() takes its context from the class at run time: a subclass loses the text."""
    found = []
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                if name == "tr":
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "\n".join(found)


def test_every_translate_call_is_in_the_catalogue_as_written() -> None:
    """What lupdate missed or took for a singular never reaches the customer in Albanian."""
    catalogue = {(e.context, e.source, e.comment): e for e in albanian()}
    problems = []
    for call in all_calls():
        if not call.literal or call.context is None or call.source is None:
            continue  # reported by the literal test
        entry = catalogue.get((call.context, call.source, call.comment))
        if entry is None:
            problems.append(f"{call.where}: not in bkt_sq.ts ({call.context}, {call.source!r})")
        elif entry.numerus != call.plural:
            problems.append(f"{call.where}: plural {call.plural}, in bkt_sq.ts {entry.numerus}")
    assert not problems, "run `make translations`, then translate:\n" + "\n".join(problems)


def test_the_catalogue_holds_nothing_the_sources_no_longer_say() -> None:
    said = {(c.context, c.source, c.comment) for c in all_calls() if c.literal}
    extra = [describe(e) for e in albanian() if (e.context, e.source, e.comment) not in said]
    assert not extra, "\n".join(extra)


# --- the help names the buttons the customer sees --------------------------------------------
#: "shtypni **Vazhdo**", "hapni **Mbi Sigurinë**": a control or page the help tells one to use.
PRESSED = re.compile(r"\b(?:[Ss]htypni|[Zz]gjidhni|[Hh]apni|[Tt]e|pranë) \*\*([^*]+)\*\*")
#: Keys, not controls.
KEYS = frozenset({"Enter", "Tab", "Esc", "F1", "Alt+K", "Shift", "Caps", "Backspace"})


def shown_text(text: str) -> str:
    """What the customer reads: mnemonic markers gone, a trailing colon or ellipsis dropped."""
    return MNEMONIC.sub("", text).replace("&&", "&").rstrip(":…").strip()


def test_every_control_the_albanian_help_names_is_in_the_app() -> None:
    ui = {shown_text(form) for entry in albanian() for form in entry.forms}
    help_dir = ROOT / "resources" / "help" / "sq"
    problems = []
    for page in sorted(help_dir.glob("*.md")):
        for name in PRESSED.findall(page.read_text(encoding="utf-8")):
            name = name.rstrip(".")
            if name not in KEYS and name not in ui:
                problems.append(f"{page.name}: **{name}** is not a text of the app")
    assert not problems, "\n".join(problems)


def test_the_help_statuses_are_the_apps_words() -> None:
    statuses = {e.source: e.forms[0] for e in albanian() if e.context == "ComplaintStatus"}
    help_text = (ROOT / "resources" / "help" / "sq" / "complaints.md").read_text(encoding="utf-8")
    for english in ("Received", "In review", "Resolved"):
        assert f"**{statuses[english]}**" in help_text


# --- Qt's standard buttons in Albanian ---------------------------------------------------------
#: QMessageBox's static helpers build their buttons inside Qt, where we cannot name them.
STATIC_BOXES = frozenset({"question", "information", "warning", "critical", "about"})


def test_every_box_with_standard_buttons_names_them() -> None:
    problems = []
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        boxes = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("QDialogButtonBox", "QMessageBox")
        ]
        uses_standard = "StandardButton." in text or "setStandardButtons" in text
        if boxes and uses_standard and "standard_button_texts(" not in text:
            problems.append(f"{path.relative_to(ROOT)}: standard buttons left to Qt's English")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QMessageBox"
                and node.func.attr in STATIC_BOXES
            ):
                problems.append(
                    f"{path.relative_to(ROOT)}:{node.lineno}: QMessageBox.{node.func.attr}"
                )
    assert not problems, "\n".join(problems)


@pytest.fixture
def in_albanian(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations()
    translations.apply("sq")
    yield translations
    translations.apply("en")


def button_texts(box: QDialogButtonBox | QMessageBox) -> list[str]:
    return sorted(button.text() for button in box.findChildren(QPushButton))


def test_standard_buttons_get_albanian_names(in_albanian: Translations, qtbot: QtBot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Retry
    )
    qtbot.addWidget(box)
    standard_button_texts(box)
    assert button_texts(box) == ["Anulo", "Mbyll", "Në rregull", "Provo sërish", "Ruaj"]
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    standard_button_texts(message)
    assert button_texts(message) == ["Jo", "Po"]


def test_the_apps_dialogs_open_with_albanian_buttons(
    in_albanian: Translations, qtbot: QtBot
) -> None:
    from datetime import date
    from decimal import Decimal

    from desktop.services.transactions import Transaction
    from ui.widgets.about_dialog import AboutDialog
    from ui.widgets.transaction_details import TransactionDetailsDialog

    about = AboutDialog("1.0")
    qtbot.addWidget(about)
    assert button_texts(about.buttons) == ["Mbyll"]
    moment = date(2026, 11, 23)
    transaction = Transaction(
        "t1", moment, moment, Decimal("-10.00"), "ALL", "Qiraja", "Arben Hoxha",
        "AL35202111090000000001234567", "R1", Decimal("90.00"), "booked",
    )  # fmt: skip
    details = TransactionDetailsDialog(transaction)
    qtbot.addWidget(details)
    assert button_texts(details.buttons) == ["Mbyll"]
