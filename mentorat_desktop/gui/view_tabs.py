"""The row of view tabs over a stack of views.

Not a QTabWidget: that one repaints itself whole on every layout request inside it, which
made each keystroke of search-as-you-type repaint the entire window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget


class ViewTabs(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QTabBar(self)
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self.bar.currentChanged.connect(self._show)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step(-1))

    def _step(self, delta: int) -> None:
        if self.bar.count():
            self.bar.setCurrentIndex((self.bar.currentIndex() + delta) % self.bar.count())

    def addTab(self, widget: QWidget, text: str) -> int:
        self.stack.addWidget(widget)
        return self.bar.addTab(text)

    def add_lazy_tab(self, factory: Callable[[], QWidget], text: str) -> int:
        """A tab whose view is built the first time it is needed (keeps start-up lean)."""
        index = self.addTab(QWidget(self.stack), text)
        self._factories[index] = factory
        return index

    def is_built(self, index: int) -> bool:
        return index not in self._factories

    def _page(self, index: int) -> QWidget:
        page = self.stack.widget(index)
        if page is None:  # only for an index that no tab has: a mistake in the caller
            raise IndexError(f"no tab {index}")
        return page

    def widget(self, index: int) -> QWidget:
        """The view of a tab, built now if it was not yet."""
        factory = self._factories.pop(index, None)
        if factory is not None:
            placeholder = self._page(index)
            view = factory()
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._page(index)

    def _show(self, index: int) -> None:
        self.stack.setCurrentWidget(self.widget(index))

    def count(self) -> int:
        return self.bar.count()

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)

    def currentWidget(self) -> QWidget | None:
        """The view shown; None before the first tab is added."""
        return self.stack.currentWidget()

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.bar.setCurrentIndex(self.stack.indexOf(widget))
