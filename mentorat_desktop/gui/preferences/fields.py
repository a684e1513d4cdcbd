"""Fields shared by the preferences and the first-run assistant: the logo, the country and
its language, the monthly commitment as people type it, and the charter's default wording."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from mentorat_desktop.core.charters.texts import texts_for
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.gui import file_dialogs

# The kind of file whose folder the file dialog remembers (see gui/file_dialogs.py).
LOGO_FILES = "logo"
# What the charter can print (reportlab reads PNG and JPEG).
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
PREVIEW_HEIGHT = 64

COUNTRY_LANGUAGE = {"FR": "fr_FR", "CA": "fr_CA"}


class LogoField(QWidget):
    """The association's logo: a preview, the file's name, "Choose…" and "Remove".

    ``refused`` carries the sentence to show beside the field when the chosen file is not
    an image the charter can print; the path kept is then unchanged."""

    refused = Signal(str)
    changed = Signal()

    def __init__(self, path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: str | None = None
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.preview.setFixedSize(PREVIEW_HEIGHT * 2, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setAccessibleName(self.tr("Logo file"))
        self.name.setWordWrap(True)
        self.choose = QPushButton(self.tr("Ch&oose…"), self)
        self.choose.setAccessibleName(self.tr("Choose the logo"))
        self.choose.clicked.connect(self.pick)
        self.remove = QPushButton(self.tr("Re&move"), self)
        self.remove.setAccessibleName(self.tr("Remove the logo"))
        self.remove.clicked.connect(lambda: self.set_path(None))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.preview)
        line.addWidget(self.name, 1)
        line.addWidget(self.choose)
        line.addWidget(self.remove)
        self.setFocusProxy(self.choose)
        self.set_path(path)

    def path(self) -> str | None:
        return self._path

    def set_path(self, path: str | None) -> None:
        self._path = path or None
        self.remove.setEnabled(self._path is not None)
        self.preview.setPixmap(QPixmap())
        if self._path is None:
            self.preview.setText(self.tr("No logo"))
            self.name.setText(self.tr("The charters print the association's name alone."))
        else:
            pixmap = QPixmap(self._path)
            if pixmap.isNull():
                self.preview.setText(self.tr("Not found"))
                self.name.setText(
                    self.tr("“{name}” cannot be read any more: choose it again.").format(
                        name=Path(self._path).name
                    )
                )
            else:
                self.preview.setPixmap(
                    pixmap.scaled(
                        self.preview.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                self.name.setText(Path(self._path).name)
        self.name.setToolTip(self._path or "")
        self.changed.emit()

    def pick(self) -> None:
        path = file_dialogs.open_file(
            self,
            LOGO_FILES,
            self.tr("The association's logo"),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        self.take(path)

    def take(self, path: str) -> bool:
        """Keep ``path`` as the logo if the charter can print it; else say why (refused)."""
        readable = (
            Path(path).suffix.lower() in LOGO_SUFFIXES
            and QImageReader(path).canRead()
            and not QPixmap(path).isNull()
        )
        if not readable:
            self.refused.emit(
                self.tr("“{name}” is not a PNG or JPEG image: choose another file.").format(
                    name=Path(path).name
                )
            )
            return False
        self.set_path(path)
        return True


class CountryCombo(QComboBox):
    """France or Québec (the settings' codes "FR" and "CA")."""

    def __init__(self, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("France"), "FR")
        self.addItem(self.tr("Québec (Canada)"), "CA")
        self.setCurrentIndex(max(0, self.findData(country)))


class LanguageCombo(QComboBox):
    """The language of the screens and charters; follows ``country`` when one is given,
    except English, which a coordinator keeps whatever the country."""

    def __init__(
        self, language: str, country: CountryCombo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        for code, name in (
            ("fr_FR", self.tr("French (France)")),
            ("fr_CA", self.tr("French (Québec)")),
            ("en", self.tr("English")),
        ):
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(language)))
        if country is not None:
            country.currentIndexChanged.connect(lambda _: self._follow(country.currentData()))

    def _follow(self, country: str) -> None:
        if self.currentData() != "en":
            self.setCurrentIndex(self.findData(COUNTRY_LANGUAGE.get(country, "fr_FR")))


def default_commitments_text(language: str) -> str:
    """The charter's own wording of the commitments in ``language``, as one text that the
    coordinator can start from (an introduction, then one line per commitment)."""
    texts = texts_for(language if language in ("fr_FR", "fr_CA", "en") else "fr_FR")
    lines = [texts.commitments_intro]
    lines += [f"• {lead}{texts.colon}{text}" for lead, text in texts.commitments]
    return "\n".join(lines)


def sample_date(language: str) -> str:
    """Today's date as the language writes it (to show what choosing a country changes)."""
    today = QDate.currentDate().toPython()
    return format_date(today, language)  # type: ignore[arg-type]
