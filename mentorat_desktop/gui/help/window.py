"""The help window: the guide's topics on the side, a search field above them, the page beside.

Opened with F1 or Help → User guide. It reads the pages from disk and never goes on the
network: a link to a web page or an address is handed to the system (browser, mail program),
never followed inside the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QKeySequence,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.gui.help.pages import Page, load_pages, search

# How wide a screenshot is shown in a page, in letters of the text (it follows the text size).
IMAGE_LETTERS = 110


class HelpWindow(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Mentorat: user guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.pages = load_pages(language)

        self.search_field = QLineEdit(self)
        self.search_field.setAccessibleName(self.tr("Search the guide"))
        self.search_field.setPlaceholderText(self.tr("Search the guide…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._filter)
        self.search_field.returnPressed.connect(self._open_first)
        self.topics = QListWidget(self)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.currentItemChanged.connect(self._topic_chosen)
        self.nothing_found = QLabel(self.tr("No page holds all these words."), self)
        self.nothing_found.setWordWrap(True)
        self.nothing_found.hide()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_field)

        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Page"))
        self.browser.setOpenLinks(False)  # each link is looked at first (no network inside)
        self.browser.anchorClicked.connect(self._link_clicked)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(search_label)
        side_layout.addWidget(self.search_field)
        side_layout.addWidget(self.topics, 1)
        side_layout.addWidget(self.nothing_found)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        letters = self.fontMetrics().horizontalAdvance("n")
        splitter.setSizes([28 * letters, 100 * letters])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        close = QAction(self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)
        width, height = 132 * letters, 40 * self.fontMetrics().lineSpacing()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # large text on a small screen: the window still fits
            width = min(width, screen.width() * 9 // 10)
            height = min(height, screen.height() * 9 // 10)
        self.resize(width, height)
        self._filter("")

    # -- the list of topics -------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        shown = search(self.pages, text)
        current = self.current_page()
        self.topics.blockSignals(True)
        self.topics.clear()
        for page in shown:
            item = QListWidgetItem(page.title, self.topics)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
        self.topics.blockSignals(False)
        self.nothing_found.setVisible(not shown)
        names = [page.name for page in shown]
        if current is not None and current.name in names:
            self.topics.setCurrentRow(names.index(current.name))
        elif shown:
            self.topics.setCurrentRow(0)
        if text.strip() and shown:
            self._highlight(text)

    def _open_first(self) -> None:
        if self.topics.count():
            self.topics.setCurrentRow(0)
            self.browser.setFocus()

    def _topic_chosen(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def current_page(self) -> Page | None:
        return getattr(self, "_current", None)

    # -- the page -----------------------------------------------------------------------------
    def show_page(self, name: str) -> bool:
        """Show the page called ``name`` ("members"); False when the guide has none."""
        page = next((p for p in self.pages if p.name == name), None)
        if page is None:
            return False
        if page is not self.current_page():
            self._current = page
            self.browser.setSource(
                QUrl.fromLocalFile(str(page.path)), QTextDocument.ResourceType.MarkdownResource
            )
            self._fit_images()
        for row in range(self.topics.count()):
            shown = self.topics.item(row).data(Qt.ItemDataRole.UserRole)
            if shown == name and self.topics.currentRow() != row:
                self.topics.setCurrentRow(row)
        if self.search_field.text().strip():
            self._highlight(self.search_field.text())
        return True

    def _fit_images(self) -> None:
        """Screenshots as wide as some 110 letters of text, whatever the text size."""
        width = IMAGE_LETTERS * self.browser.fontMetrics().averageCharWidth()
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                form = fragment.charFormat()
                if form.isImageFormat():
                    image_format = form.toImageFormat()
                    source = self.browser.source().resolved(QUrl(image_format.name()))
                    image = QImage(source.toLocalFile())
                    if not image.isNull() and image.width() > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image_format)
                it += 1
            block = block.next()

    def _highlight(self, text: str) -> None:
        """Select the first word searched for in the page shown."""
        words = text.split()
        if words:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0])

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the system's browser or mail program, not here
            return
        target = self.browser.source().resolved(url)
        stem = target.fileName().rsplit(".", 1)[0]
        if not self.show_page(stem[3:] if stem[:2].isdigit() else stem):
            return
        if url.fragment():
            self.browser.scrollToAnchor(url.fragment())


def open_help(window: QMainWindow, language: str, topic: str | None = None) -> HelpWindow:
    """Show the guide (one window per main window, brought to the front when open)."""
    help_window = getattr(window, "_help_window", None)
    if help_window is None:
        help_window = HelpWindow(language, window)
        window._help_window = help_window  # type: ignore[attr-defined]
    if topic is not None:
        help_window.show_page(topic)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window
