"""Printing a PDF for real, and what to do when no program opens a file or an e-mail.

A charter or a call sheet is drawn once, by reportlab, into a PDF. To print it, each page is
rendered to an image by PDFium (the ``pypdfium2`` package, imported when first needed: Qt's
own PDF module is not part of PySide6-Essentials) at the printer's resolution, capped at
300 dpi, and painted on the QPrinter the user chose in Qt's print dialog. The rendering runs
off the GUI thread, with progress and a Cancel button.

``PrintOutDialog`` is what the user sees once the PDF is drawn: Print…, Save as PDF…, Open
the folder and, for a pair's charter, Send by e-mail…. ``open_file`` and ``send_email`` say
in words when the computer has no program for a PDF or an e-mail, and offer the folder or
copy the message to the clipboard instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.files import write_private
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.data import open_folder
from mentorat_desktop.gui.data.worker import Cancelled, Job, Progress, run_in_thread
from mentorat_desktop.i18n.os_messages import os_reason

if TYPE_CHECKING:  # both loaded on first print, not at start-up
    import pypdfium2 as pdfium

    # lazy: Qt's print support, loaded on the first print
    from PySide6.QtPrintSupport import QPrinter

# Charters and call sheets are text and lines: 300 dpi prints them sharp, and a higher
# printer resolution (1200 dpi) would only make each page's image sixteen times larger.
MAX_DPI = 300


class PrintFailed(Exception):
    """The printer could not be started, or the PDF could not be read."""


# -- reading and rendering the PDF ----------------------------------------------------------------


def pdf_page_sizes(pdf_path: Path) -> list[tuple[float, float]]:
    """The size of each page of ``pdf_path``, in points (width, height)."""
    import pypdfium2 as pdfium  # lazy: pypdfium2, loaded on the first print

    try:
        document = pdfium.PdfDocument(str(pdf_path))
    except (pdfium.PdfiumError, OSError):
        raise PrintFailed from None
    try:
        return [document.get_page_size(i) for i in range(len(document))]
    finally:
        document.close()


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The pages (0-based) the print dialog asked for: a range, or all of them."""
    # lazy: Qt's print support, loaded on the first print
    from PySide6.QtPrintSupport import QPrinter

    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage()
        last = min(printer.toPage() or page_count, page_count)
    return list(range(first - 1, last))


def copies_to_draw(printer: QPrinter) -> int:
    """How many times to send the pages: once when the printer makes the copies itself."""
    return 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())


def page_order(pages: list[int], copies: int, collate: bool) -> list[int]:
    """Pages in the order they are sent: 1 2 1 2 when collated, 1 1 2 2 otherwise."""
    if collate:
        return [p for _ in range(copies) for p in pages]
    return [p for p in pages for _ in range(copies)]


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()  # the bitmap's memory goes with it
    finally:
        bitmap.close()


def render_to_printer(
    pdf_path: Path, printer: QPrinter, order: list[int], progress: Progress | None = None
) -> int:
    """Paint the pages of ``pdf_path`` in ``order`` (0-based) on ``printer``; the number of
    pages sent. Runs on any thread (Qt allows painting on a QPrinter outside the GUI
    thread). Raises Cancelled (the print job is aborted) or PrintFailed."""
    import pypdfium2 as pdfium  # lazy: pypdfium2, loaded on the first print

    # lazy: Qt's print support, loaded on the first print
    from PySide6.QtPrintSupport import QPrinter

    try:
        document = pdfium.PdfDocument(str(pdf_path))
    except (pdfium.PdfiumError, OSError):
        raise PrintFailed from None
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed
        dpi = min(printer.resolution(), MAX_DPI)
        total = len(order)
        try:
            for done, index in enumerate(order):
                if progress is not None:
                    progress.report(done, total)
                if done and not printer.newPage():
                    raise PrintFailed
                image = _page_image(document[index], dpi)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                size = (
                    image.size().toSizeF().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                x = paper.x() + (paper.width() - size.width()) / 2
                y = paper.y() + (paper.height() - size.height()) / 2
                painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
            if progress is not None:
                progress.report(total, total)
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
    finally:
        document.close()
    return len(order)


# -- the print dialog ----------------------------------------------------------------------------


def prepare_printer(printer: QPrinter, sizes: list[tuple[float, float]], title: str) -> None:
    """Paper and orientation of the PDF's first page; painting from the paper's corner."""
    printer.setDocName(title)
    printer.setFullPage(True)
    if not sizes:
        return
    width, height = sizes[0]
    portrait = QSizeF(min(width, height), max(width, height))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )


def _tell(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)


def print_pdf(
    parent: QWidget,
    pdf_path: Path,
    title: str,
    tell: Callable[[str], None] | None = None,
    printer: QPrinter | None = None,
) -> Job | None:
    """Offer Qt's print dialog for ``pdf_path``, then print it off the GUI thread with a
    progress dialog. Returns the running job, or None when the dialog was cancelled or the
    PDF could not be read (said in a message). ``tell`` receives the sentence that says
    what was done (default: the main window's status bar)."""
    # lazy: Qt's print support, loaded when a print-out is first offered
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    say = tell or (lambda text: _tell(parent, text))
    caption = QCoreApplication.translate("Printing", "Print")
    try:
        sizes = pdf_page_sizes(pdf_path)
    except PrintFailed:
        QMessageBox.warning(parent, caption, _failure_text())
        return None
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, sizes, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print “{title}”").format(title=title)
    )
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setMinMax(1, max(1, len(sizes)))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return None
    order = page_order(
        pages_to_print(printer, len(sizes)), copies_to_draw(printer), printer.collateCopies()
    )
    if not order:
        return None
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    where = printer.outputFileName() if to_file else printer.printerName()

    progress = Progress()
    box = QProgressDialog(
        QCoreApplication.translate("Printing", "Sending “{title}” to the printer…").format(
            title=title
        ),
        QCoreApplication.translate("Printing", "Cancel"),
        0,
        len(order),
        parent,
    )
    box.setWindowTitle(caption)
    box.setAccessibleName(caption)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(400)
    box.setAutoClose(False)
    box.setAutoReset(False)
    box.canceled.connect(progress.cancel)
    progress.step.connect(lambda done, total: box.setValue(done))

    def finished(count: int) -> None:
        box.close()
        box.deleteLater()
        say(
            QCoreApplication.translate(
                "Printing", "%n page(s) of “{title}” sent to “{where}”.", "", count
            ).format(title=title, where=where)
        )

    def failed(error: BaseException) -> None:
        box.close()
        box.deleteLater()
        if isinstance(error, Cancelled):
            say(QCoreApplication.translate("Printing", "Printing cancelled."))
            return
        QMessageBox.warning(parent, caption, _failure_text())

    def run() -> int:
        return render_to_printer(pdf_path, printer, order, progress)

    job = run_in_thread(run, finished, failed)
    job.printer = printer  # type: ignore[attr-defined]  # kept alive with the job
    job.progress = progress  # type: ignore[attr-defined]
    return job


def _failure_text() -> str:
    return QCoreApplication.translate(
        "Printing",
        "The document could not be printed. Check that the printer is connected and switched "
        "on, or save it as a PDF and print it from another program.",
    )


# -- when no program opens the file or the e-mail ----------------------------------------------


def open_file(parent: QWidget, path: Path) -> bool:
    """Open ``path`` in the program the system has for it; when there is none, say so and
    offer to open its folder. True when a program opened it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Printing", "No program for PDF files"),
        QCoreApplication.translate(
            "Printing",
            "The file is saved in “{path}”, but no program to open PDF files was found on "
            "this computer. Open its folder to copy it, or install a PDF reader.",
        ).format(path=path),
        QMessageBox.StandardButton.Close,
        parent,
    )
    folder = box.addButton(
        QCoreApplication.translate("Printing", "Open the &folder"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    folder.setAccessibleName(QCoreApplication.translate("Printing", "Open the folder"))
    box.setDefaultButton(folder)
    box.exec()
    if box.clickedButton() is folder:
        open_folder_of(parent, path)
    box.deleteLater()
    return False


def open_folder_of(parent: QWidget, path: Path) -> bool:
    """Show the folder that holds ``path``; a message when it cannot be shown."""
    if open_folder(path.parent):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Printing", "Open the folder"),
        QCoreApplication.translate(
            "Printing", "No program to show folders was found. The file is in “{folder}”."
        ).format(folder=path.parent),
    )
    return False


@dataclass(frozen=True)
class EmailDraft:
    """An e-mail to write in the user's own mail program."""

    to: tuple[str, ...]
    subject: str
    body: str

    def url(self) -> QUrl:
        url = QUrl("mailto:" + ",".join(self.to))
        query = QUrlQuery()
        query.addQueryItem("subject", self.subject)
        query.addQueryItem("body", self.body)
        url.setQuery(query)
        return url

    def as_text(self) -> str:
        return (
            QCoreApplication.translate("Printing", "To: {to}\nSubject: {subject}\n\n").format(
                to=", ".join(self.to), subject=self.subject
            )
            + self.body
        )


def send_email(parent: QWidget, draft: EmailDraft, attachment: Path | None = None) -> bool:
    """Open the user's mail program on ``draft``. When there is none, copy the message to
    the clipboard and say so, offering the attachment's folder. True when a program
    opened it."""
    if QDesktopServices.openUrl(draft.url()):
        return True
    no_email_program(parent, draft, attachment)
    return False


def no_email_program(parent: QWidget, draft: EmailDraft, attachment: Path | None = None) -> None:
    """Copy the message to the clipboard and say so; offer the attachment's folder."""
    QGuiApplication.clipboard().setText(draft.as_text())
    text = QCoreApplication.translate(
        "Printing",
        "No e-mail program was found on this computer. The message (addresses, subject and "
        "text) has been copied: paste it into a new message of your webmail.",
    )
    if attachment is not None:
        text += " " + QCoreApplication.translate(
            "Printing", "Attach the file “{path}” to it."
        ).format(path=attachment)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Printing", "No e-mail program"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    folder = None
    if attachment is not None:
        folder = box.addButton(
            QCoreApplication.translate("Printing", "Open the &folder"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        folder.setAccessibleName(QCoreApplication.translate("Printing", "Open the folder"))
        box.setDefaultButton(folder)
    box.exec()
    if folder is not None and attachment is not None and box.clickedButton() is folder:
        open_folder_of(parent, attachment)
    box.deleteLater()


# -- the dialog once the PDF is drawn --------------------------------------------------------------


@dataclass(frozen=True)
class SaveSpec:
    """How "Save as PDF…" asks: the kind of file (its last folder), caption, name."""

    kind: str
    caption: str
    suggested_name: str


class PrintOutDialog(QDialog):
    """A drawn PDF: print it, save it, open its folder, send it by e-mail.

    ``pdf`` lies in ``scratch``, a private temporary folder removed when the dialog closes;
    "Save as PDF…" copies it where the user chooses. ``email`` (a pair's charter) makes the
    e-mail that names the saved copy to attach."""

    saved = Signal(str)

    def __init__(
        self,
        pdf: Path,
        title: str,
        pages: int,
        save: SaveSpec,
        parent: QWidget | None = None,
        *,
        scratch: Path | None = None,
        email: Callable[[Path], EmailDraft] | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self._save = save
        self._scratch = scratch
        self._email = email
        self.saved_path: Path | None = None
        self.job: Job | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Print or save"))
        ready = QLabel(self.tr("“{title}”: %n page(s), ready.", "", pages).format(title=title))
        ready.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.print_button = self._button(self.tr("&Print…"), self.tr("Print…"), self.print_)
        self.save_button = self._button(
            self.tr("&Save as PDF…"), self.tr("Save as PDF…"), self.save_as
        )
        self.folder_button = self._button(
            self.tr("Open the &folder"), self.tr("Open the folder"), self.open_folder
        )
        self.folder_button.setEnabled(False)
        self.folder_button.setToolTip(self.tr("Once the PDF is saved: the folder that holds it."))
        self.email_button = None
        if email is not None:
            self.email_button = self._button(
                self.tr("Send by &e-mail…"), self.tr("Send by e-mail…"), self.send_by_email
            )
        close = self._button(self.tr("&Close"), self.tr("Close"), self.reject)
        self.print_button.setDefault(True)
        row = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.folder_button, self.email_button):
            if button is not None:
                row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(ready)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        self.finished.connect(self._clean_up)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())  # not given the 'checked' flag
        return button

    def tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        parent = self.parentWidget()
        if parent is not None:
            _tell(parent, text)

    def print_(self) -> Job | None:
        if self.job is not None and self.job.running:
            return None
        self.job = print_pdf(self, self.pdf, self.title, tell=self.tell)
        return self.job

    def save_as(self, open_after: bool = True) -> Path | None:
        """Ask where, copy the PDF there (privately), then open it. None if cancelled."""
        path = file_dialogs.save_file(
            self,
            self._save.kind,
            self._save.caption,
            self._save.suggested_name,
            QCoreApplication.translate("Charters", "PDF (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target = Path(path)
        try:
            with open(self.pdf, "rb") as source:
                write_private(target, lambda out: shutil.copyfileobj(source, out))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self._save.caption,
                QCoreApplication.translate(
                    "Charters", "The file could not be written: {reason}"
                ).format(reason=os_reason(exc)),
            )
            return None
        self.saved_path = target
        self.folder_button.setEnabled(True)
        self.tell(self.tr("Saved in “{path}”.").format(path=target))
        self.saved.emit(str(target))
        if open_after:
            open_file(self, target)
        return target

    def open_folder(self) -> None:
        if self.saved_path is not None:
            open_folder_of(self, self.saved_path)

    def send_by_email(self) -> bool:
        """The pair's e-mail, naming the saved PDF to attach (saved first if need be)."""
        if self._email is None:
            return False
        path = self.saved_path or self.save_as(open_after=False)
        if path is None:
            return False
        return send_email(self, self._email(path), path)

    def _clean_up(self) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
