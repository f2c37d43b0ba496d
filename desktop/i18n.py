"""Languages: loading our Qt translator, the locale, and Qt's standard button texts."""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.settings import LANGUAGES

translate = QCoreApplication.translate

LOCALES = {
    "sq": QLocale(QLocale.Language.Albanian, QLocale.Country.Albania),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


_current = {"language": "sq"}


def current_language() -> str:
    """The language the app shows now ("sq" or "en"): formatting follows it."""
    return _current["language"]


class Translations:
    """Switches the app's language at run time: every widget gets a LanguageChange event."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self._catalogue = b""
        self.language = "en"

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":  # English is the source language: no translator needed
            translator = QTranslator(app)
            data = (
                importlib.resources.files("resources")
                .joinpath("translations", f"bkt_{language}.qm")
                .read_bytes()
            )
            # Qt reads the catalogue in place: keep the bytes alive as long as the translator.
            self._catalogue = data
            if translator.load(data):
                app.installTranslator(translator)
                self._translator = translator
        self.language = language
        _current["language"] = language
        QLocale.setDefault(LOCALES[language])
        if self._translator is None:
            # No translator change means no LanguageChange event: send one so texts refresh.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def language_name(language: str) -> str:
    """Each language in its own words, as customers look for it."""
    return {"sq": "Shqip", "en": "English"}[language]


class _KeepButtonTexts(QObject):
    """Qt resets a box's standard buttons on a language switch (to English): name them again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(
            watched, QDialogButtonBox | QMessageBox
        ):
            # After Qt's own handling of the event, which comes next.
            QTimer.singleShot(0, watched, lambda: _name_buttons(watched))
        return False


def standard_button_texts(box: QDialogButtonBox | QMessageBox) -> None:
    """Qt ships no Albanian for its standard buttons: we name them, now and after every switch."""
    _name_buttons(box)
    if box.findChild(_KeepButtonTexts) is None:
        box.installEventFilter(_KeepButtonTexts(box))


def _name_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    texts = {
        QDialogButtonBox.StandardButton.Ok: translate("StandardButtons", "OK"),
        QDialogButtonBox.StandardButton.Cancel: translate("StandardButtons", "Cancel"),
        QDialogButtonBox.StandardButton.Close: translate("StandardButtons", "Close"),
        QDialogButtonBox.StandardButton.Yes: translate("StandardButtons", "Yes"),
        QDialogButtonBox.StandardButton.No: translate("StandardButtons", "No"),
        QDialogButtonBox.StandardButton.Save: translate("StandardButtons", "Save"),
        QDialogButtonBox.StandardButton.Retry: translate("StandardButtons", "Try again"),
    }
    for which, text in texts.items():
        button = (
            box.button(which)
            if isinstance(box, QDialogButtonBox)
            else box.button(QMessageBox.StandardButton(which.value))
        )
        if button is not None:
            button.setText(text)
            button.setAccessibleName(text)
