"""The demo says so: a banner above the views, and "Demonstration" in the title bar.

The demo is the file that "Open the demo" (``--demo``) opens: ``demo.sqlite3`` in the
application's data folder, which ``core.demo_file.write_demo_whole`` writes whole. Only that
file is a demo here: a database written with ``mentorat-desktop demo PATH`` elsewhere is the
user's own to keep (and may have been made with another number of members).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core import database
from mentorat_desktop.gui import plain


def is_demo(db_path: Path | None) -> bool:
    """True when ``db_path`` is the demo that "Open the demo" opens (never a server's)."""
    if db_path is None:
        return False
    try:
        return Path(db_path).resolve() == database.demo_database_path().resolve()
    except OSError:
        return False


class DemoBanner(QFrame):
    """ "Demonstration: fictional people", with the button that resets the demo."""

    def __init__(self, on_reset: Callable[[], object] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAccessibleName(self.tr("Demonstration"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Words say it; the colour only helps it stand out (dark text on pale yellow).
        self.setStyleSheet(
            "#demoBanner { background: #fff3c4; border: 1px solid #c9a400; border-radius: 3px; }"
            " #demoBanner QLabel { color: #3d3200; }"
        )
        self.label = QLabel(
            self.tr(
                "<b>Demonstration</b> — the association and its people are fictional. Try "
                "anything here: your own data is in another file."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Demonstration"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        self.reset_button: QPushButton | None = None
        if on_reset is not None:
            self.reset_button = plain.button(self.tr("&Reset the demo…"), self)
            self.reset_button.setAccessibleName(self.tr("Reset the demo…"))
            self.reset_button.clicked.connect(lambda: on_reset())
            layout.addWidget(self.reset_button)


def add_demo_banner(
    window: QMainWindow, db_path: Path | None, on_reset: Callable[[], object] | None = None
) -> DemoBanner | None:
    """Put the banner above ``window``'s central widget when ``db_path`` is the demo (None:
    a database on a server, never the demo)."""
    if not is_demo(db_path):
        return None
    central = window.takeCentralWidget()
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    banner = DemoBanner(on_reset, holder)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    return banner
