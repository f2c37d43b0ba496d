"""The help panel: one help topic in a read-only browser, and a search across all topics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.help import LANGUAGES, TOPICS, load_help, search_help, title_of

translate = QCoreApplication.translate

#: Links the system opens; anything else in a help text is ignored.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: `help:<topic>` links move between help topics inside the panel.
HELP_SCHEME = "help"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HelpPanel(QWidget):
    """Shows the help of one topic; typing in the search box lists the topics that match.

    A plain widget: the window puts it in a QDockWidget or beside its pages and hides it
    on `closed`. Texts come from `desktop.help` in the language given by `set_language`.
    While the search box holds a query that was typed after the last topic opened, the
    results replace the text; Enter (or a click) on a result opens that topic.

    Signals:
        closed(): the customer asked to close the help (Esc anywhere in the panel, or the
            close button); the container hides the panel.
        topicShown(str): a topic is now in the browser; the argument is its name.
    """

    closed = Signal()
    topicShown = Signal(str)

    def __init__(self, language: str = "sq", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self._check_language(language)
        self._language = language
        self._topic = ""

        self._search = QLineEdit(self)
        self._search.setObjectName("helpSearchEdit")
        self._search.setClearButtonEnabled(True)
        self._close = QToolButton(self)
        self._close.setObjectName("helpCloseButton")
        self._close.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._results = QListWidget(self)
        self._results.setObjectName("helpResultsList")
        self._results.setWordWrap(True)
        # Each result spans lines (title, snippet): shading tells one result from the next.
        self._results.setAlternatingRowColors(True)
        self._no_results = QLabel(self)
        self._no_results.setObjectName("helpNoResultsLabel")
        self._no_results.setWordWrap(True)
        self._browser = QTextBrowser(self)
        self._browser.setObjectName("helpBrowser")
        self._browser.setReadOnly(True)
        # Links are ours to route: help: stays inside, the rest goes to the system.
        self._browser.setOpenLinks(False)
        self._browser.setTabChangesFocus(True)

        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._results, 1)
        layout.addWidget(self._no_results)
        layout.addWidget(self._browser, 1)
        self.setFocusProxy(self._browser)

        self._search.textChanged.connect(self._on_search_changed)
        self._search.returnPressed.connect(self._open_current_result)
        self._search.installEventFilter(self)
        self._results.itemActivated.connect(self._open_item)
        self._results.itemClicked.connect(self._open_item)
        self._browser.anchorClicked.connect(self._follow_link)
        self._close.clicked.connect(self.closed)

        self._show_results(False)
        self._retranslate()

    # -- the API the windows use -----------------------------------------------------------

    def show_topic(self, topic: str) -> None:
        """Shows the help of `topic` (one of desktop.help.TOPICS) from its top."""
        markdown = load_help(topic, self._language)  # raises ValueError for an unknown topic
        self._topic = topic
        self._browser.setMarkdown(markdown)
        self._browser.setAccessibleDescription(title_of(markdown))
        self._show_results(False)
        self.topicShown.emit(topic)

    def current_topic(self) -> str:
        """The topic in the browser, or "" before the first one is shown."""
        return self._topic

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Shows the same topic, and the same search, in `language` ("sq" or "en")."""
        self._check_language(language)
        self._language = language
        if self._topic:
            # Keep the place the customer was reading where the other language allows.
            position = self._browser.verticalScrollBar().value()
            markdown = load_help(self._topic, language)
            self._browser.setMarkdown(markdown)
            self._browser.setAccessibleDescription(title_of(markdown))
            self._browser.verticalScrollBar().setValue(position)
        if self._results.isVisibleTo(self) or self._no_results.isVisibleTo(self):
            self._run_search()

    # -- search ------------------------------------------------------------------------------

    def _on_search_changed(self, _text: str) -> None:
        self._run_search()

    def _run_search(self) -> None:
        query = self._search.text()
        if not query.strip():
            self._show_results(False)
            return
        self._results.clear()
        for hit in search_help(query, self._language):
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.topic)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}: {hit.snippet}")
            item.setToolTip(hit.snippet)
            self._results.addItem(item)
        if self._results.count():
            self._results.setCurrentRow(0)
        self._show_results(True)

    def _show_results(self, searching: bool) -> None:
        found = self._results.count() > 0
        self._results.setVisible(searching and found)
        self._no_results.setVisible(searching and not found)
        self._browser.setVisible(not searching)

    def _open_current_result(self) -> None:
        item = self._results.currentItem()
        if item is not None and self._results.isVisibleTo(self):
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.show_topic(str(item.data(Qt.ItemDataRole.UserRole)))
        self._browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- links -------------------------------------------------------------------------------

    def _follow_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == HELP_SCHEME and url.path() in TOPICS:
            self.show_topic(url.path())
        elif scheme in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)

    # -- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the results, as in every search field.
        if (
            watched is self._search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self._results.isVisibleTo(self)
        ):
            self._results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        # Claim Esc before a window-wide Esc shortcut can take it: inside the panel it closes help.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.closed.emit()
        elif event.key() in _ENTER:
            # The results list and the search box pass Enter on; it must not reach the
            # window's default button (it would log in or send a payment).
            event.accept()
            if self._close.hasFocus():
                self._close.click()
        elif event.matches(QKeySequence.StandardKey.Find):
            event.accept()
            self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._search.selectAll()
        else:
            super().keyPressEvent(event)

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(translate("HelpPanel", "Help"))
        self._search.setPlaceholderText(translate("HelpPanel", "Search help"))
        self._search.setAccessibleName(translate("HelpPanel", "Search help"))
        self._close.setText(translate("HelpPanel", "Close"))
        self._close.setToolTip(translate("HelpPanel", "Close help (Esc)"))
        self._close.setAccessibleName(translate("HelpPanel", "Close help"))
        self._results.setAccessibleName(translate("HelpPanel", "Help search results"))
        self._no_results.setText(translate("HelpPanel", "No help matches your search."))
        self._browser.setAccessibleName(translate("HelpPanel", "Help text"))

    @staticmethod
    def _check_language(language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown help language {language!r}")
