"""The app follows the system palette: no unchecked colour in the code, readable in dark and
high-contrast themes (WCAG 1.4.3: 4.5:1 for text)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QStyleFactory,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.ui.a11y_helpers import describe, shown_in, walk_app
from ui.widgets.balance_chart import BalanceChart
from ui.widgets.error_label import ErrorLabel, error_colour

ROOT = Path(__file__).resolve().parents[2]
TEXT = 4.5  # WCAG 1.4.3, normal text
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def make_palette(colours: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    # Disabled text is exempt from WCAG; it still must not vanish.
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[Role.PlaceholderText]))
    return palette


def light_palette() -> QPalette:
    """Qt's own light palette (Fusion's), as on a desktop with the default light theme."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#E8EAED",
    Role.Base: "#121212",
    Role.AlternateBase: "#1E1F22",
    Role.Text: "#E8EAED",
    Role.Button: "#303134",
    Role.ButtonText: "#E8EAED",
    Role.Highlight: "#8AB4F8",
    Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#E8EAED",
    Role.PlaceholderText: "#9AA0A6",
    Role.Link: "#8AB4F8",
    Role.LinkVisited: "#C58AF9",
    Role.BrightText: "#FFFFFF",
    Role.Light: "#5F6368",
    Role.Midlight: "#3C4043",
    Role.Mid: "#2A2B2E",
    Role.Dark: "#151515",
    Role.Shadow: "#000000",
}
HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#FFFFFF",
    Role.Base: "#000000",
    Role.AlternateBase: "#000000",
    Role.Text: "#FFFFFF",
    Role.Button: "#000000",
    Role.ButtonText: "#FFFFFF",
    Role.Highlight: "#FFFF00",
    Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#FFFFFF",
    Role.PlaceholderText: "#C0C0C0",
    Role.Link: "#FFFF00",
    Role.LinkVisited: "#00FFFF",
    Role.BrightText: "#FFFFFF",
    Role.Light: "#FFFFFF",
    Role.Midlight: "#FFFFFF",
    Role.Mid: "#FFFFFF",
    Role.Dark: "#FFFFFF",
    Role.Shadow: "#FFFFFF",
}


def themes() -> dict[str, QPalette]:
    return {
        "light": light_palette(),
        "dark": make_palette(DARK),
        "high contrast": make_palette(HIGH_CONTRAST),
    }


# --- (a) colours written in the code ------------------------------------------------------
#: A colour written into a file: QColor("#…") or QColor("name"), QColor(r, g, b), Qt's named
#: colours, and style sheets that set a colour or a background.
HEX_OR_NAME = re.compile(r"QColor(?:\.fromString)?\(\s*[\"']([^\"']+)[\"']")
RGB = re.compile(r"QColor(?:\.fromRgb)?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)")
NAMED = re.compile(
    r"Qt\.(?:GlobalColor\.)?(white|black|red|darkRed|green|darkGreen|blue|"
    r"darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|"
    r"lightGray)\b"
)
STYLE_SHEET = re.compile(r"setStyleSheet\([^)]*(color|background)", re.IGNORECASE)
OTHER = re.compile(r"QColor\.from(?:Hsv|Hsl|Cmyk|RgbF)\(|\brgba?\(")


@dataclasses.dataclass(frozen=True)
class Allowed:
    """A colour the code may write: what it is drawn on, and as what."""

    on: str  # "light" or "dark" palettes, or "paper" (printed: always white)
    use: str  # "text", "background" (text is drawn on it) or "rule" (a decorative line)
    why: str


#: Printed documents are white paper whatever the screen's theme; their text stays dark.
PAPER = QColor("#FFFFFF")
PAPER_SHADE = QColor(242, 244, 246)  # the statement's shaded header and alternate rows
PAPER_TEXT = (QColor(20, 20, 20), QColor(95, 95, 95))

ALLOWED: dict[tuple[str, str], Allowed] = {
    ("ui/widgets/error_label.py", "#B3261E"): Allowed("light", "text", "error text, light themes"),
    ("ui/widgets/error_label.py", "#FFB4AB"): Allowed("dark", "text", "error text, dark themes"),
    ("desktop/export/pdf_writer.py", "#141414"): Allowed("paper", "text", "statement text"),
    ("desktop/export/pdf_writer.py", "#5F5F5F"): Allowed("paper", "text", "statement labels"),
    ("desktop/export/pdf_writer.py", "#F2F4F6"): Allowed("paper", "background", "shaded rows"),
    ("desktop/export/pdf_writer.py", "#A0A0A0"): Allowed("paper", "rule", "table rules"),
    ("desktop/receipt.py", "#141414"): Allowed("paper", "text", "receipt text"),
    ("desktop/receipt.py", "#5F5F5F"): Allowed("paper", "text", "receipt footer"),
    ("desktop/receipt.py", "#A0A0A0"): Allowed("paper", "rule", "the line under the title"),
}
#: Table rules are decoration: the statement reads the same without them (WCAG 1.4.11 does not
#: ask 3:1 of them); they only have to show on paper.
RULE_VISIBLE = 2.5


def written_colours(text: str) -> Iterator[str]:
    """Each colour the source writes, as #RRGGBB (or the raw match where it cannot be read)."""
    for match in HEX_OR_NAME.finditer(text):
        yield QColor(match.group(1)).name().upper()
    for match in RGB.finditer(text):
        yield QColor(*(int(v) for v in match.groups())).name().upper()
    for match in NAMED.finditer(text):
        yield f"Qt.{match.group(1)}"
    for match in (*STYLE_SHEET.finditer(text), *OTHER.finditer(text)):
        yield match.group(0)


def colours_in_code() -> set[tuple[str, str]]:
    found = set()
    for folder in ("desktop", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for colour in written_colours(path.read_text(encoding="utf-8")):
                found.add((path.relative_to(ROOT).as_posix(), colour))
    return found


def backgrounds(on: str) -> list[tuple[str, QColor]]:
    """What an allowed colour is drawn on: the Window and Base of each palette of its kind."""
    if on == "paper":
        return [("paper", PAPER), ("shaded paper", PAPER_SHADE)]
    palettes = themes()
    kinds = ("light",) if on == "light" else ("dark", "high contrast")
    return [
        (f"{kind} {role.name}", palettes[kind].color(role))
        for kind in kinds
        for role in (Role.Window, Role.Base)
    ]


def allowed_problems(file: str, colour: str, allowed: Allowed) -> list[str]:
    drawn = QColor(colour)
    problems = []
    if allowed.use == "text":
        for where, background in backgrounds(allowed.on):
            ratio = contrast(drawn, background)
            if ratio < TEXT:
                problems.append(f"{file} {colour} on {where}: {ratio:.2f}:1")
    elif allowed.use == "background":
        for text in PAPER_TEXT:
            ratio = contrast(text, drawn)
            if ratio < TEXT:
                problems.append(f"{file} text {text.name()} on {colour}: {ratio:.2f}:1")
    else:
        ratio = contrast(drawn, PAPER)
        if ratio < RULE_VISIBLE:
            problems.append(f"{file} rule {colour} on paper: {ratio:.2f}:1")
    return problems


@pytest.mark.usefixtures("qapp")
def test_no_colour_in_the_code_without_a_checked_contrast() -> None:
    found = colours_in_code()
    unchecked = sorted(found - set(ALLOWED))
    assert not unchecked, "colours without a checked contrast (add them to ALLOWED):\n" + "\n".join(
        f"{file}: {colour}" for file, colour in unchecked
    )
    problems = [p for (f, c), a in ALLOWED.items() for p in allowed_problems(f, c, a)]
    assert not problems, "\n".join(problems)
    stale = sorted(set(ALLOWED) - found)
    assert not stale, f"allowed colours no longer in the code: {stale}"


def test_the_scan_sees_every_way_of_writing_a_colour() -> None:
    source = """
    a = QColor("#b3261e"); b = QColor(20, 20, 20); c = Qt.GlobalColor.red; d = Qt.yellow
    label.setStyleSheet("color: red"); e = QColor.fromHsv(0, 255, 255); f = "rgb(1, 2, 3)"
    """
    assert list(written_colours(source)) == [
        "#B3261E",
        "#141414",
        "Qt.red",
        "Qt.yellow",
        'setStyleSheet("color',
        "QColor.fromHsv(",
        "rgb(",
    ]


@pytest.mark.usefixtures("qapp")
def test_the_error_colour_is_readable_on_every_theme() -> None:
    for name, palette in themes().items():
        colour = error_colour(palette)
        for role in (Role.Window, Role.Base):
            ratio = contrast(colour, palette.color(role))
            assert ratio >= TEXT, f"error text on {name} {role.name}: {ratio:.2f}:1"


def test_contrast_is_computed_as_wcag_says() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#B3261E"), QColor("#FFFFFF")) == pytest.approx(6.5, abs=0.1)


# --- (b) the windows drawn in a dark and a high-contrast theme --------------------------------
def painted_background(widget: QWidget) -> QColor:
    """The colour behind a widget: its own fill, else the nearest ancestor's that fills."""
    node: QWidget | None = widget
    while node is not None:
        if node is widget and not isinstance(widget, QLabel):
            return widget.palette().color(widget.backgroundRole())
        if node.autoFillBackground() or node.isWindow():
            return node.palette().color(node.backgroundRole())
        node = node.parentWidget()
    return widget.palette().color(Role.Window)


def low_contrast(window: QWidget) -> list[str]:
    """Texts of `window` whose colour does not stand out 4.5:1 from what is behind them."""
    problems = []
    for widget in shown_in(window):
        if not widget.isEnabled():
            continue  # inactive controls are exempt (WCAG 1.4.3)
        has_text = isinstance(widget, QLabel | QAbstractButton | QLineEdit | QAbstractItemView)
        if not has_text:
            continue
        text = widget.palette().color(widget.foregroundRole())
        ratio = contrast(text, painted_background(widget))
        if ratio < TEXT:
            problems.append(f"{describe(widget)} {text.name()}: {ratio:.2f}:1")
    for chart in window.findChildren(BalanceChart):
        if chart.isVisible():
            label = chart.x_axis.labelsBrush().color()
            ratio = contrast(label, painted_background(chart))
            if ratio < TEXT:
                problems.append(f"{describe(chart)} axis labels {label.name()}: {ratio:.2f}:1")
    return problems


class ContrastCheck:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.states = 0

    def __call__(self, state: str, window: QWidget) -> None:
        self.states += 1
        self.problems += [f"{state}: {problem}" for problem in low_contrast(window)]


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    """Whatever the test sets, later tests get the palette they started with."""
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)
    QApplication.sendEvent(qapp, QEvent(QEvent.Type.ApplicationPaletteChange))


@pytest.mark.parametrize("theme", ["dark", "high contrast"])
@pytest.mark.usefixtures("app_palette")
def test_every_window_is_readable_in_the_theme(
    qtbot: QtBot, qapp: QApplication, branch: BranchApp, backend: Backend, theme: str
) -> None:
    qapp.setPalette(themes()[theme])
    check = ContrastCheck()
    walk_app(qtbot, branch, backend, check)
    assert check.states > 20
    assert not check.problems, "\n".join(check.problems)
    error = ErrorLabel()
    qtbot.addWidget(error)
    assert (
        contrast(error.palette().color(Role.WindowText), qapp.palette().color(Role.Window)) >= TEXT
    )


def test_the_check_sees_unreadable_text(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(make_palette(DARK))
    grey = QLabel("Balance", window)
    palette = grey.palette()
    palette.setColor(Role.WindowText, QColor("#505050"))  # dark grey on near-black
    grey.setPalette(palette)
    QLabel("Readable", window).move(0, 40)
    window.show()
    qtbot.waitExposed(window)
    assert [p.split(" ")[0] for p in low_contrast(window)] == ["QLabel"]
