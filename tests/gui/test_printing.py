"""Printing for real: the PDF drawn once goes through Qt's print dialog to the printer (here a
PDF file, as QPrinter writes one), pages and copies as asked, off the GUI thread; "Save as
PDF" and "Open the folder" beside it; the pair's e-mail; and words instead of silence when
the computer has no program for a PDF or an e-mail."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QtMsgType, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton, QWidget

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.gui import printing
from mentorat_desktop.gui.data.worker import Cancelled, Progress
from mentorat_desktop.gui.pairs.charter_actions import print_charters
from mentorat_desktop.gui.printing import (
    EmailDraft,
    PrintOutDialog,
    page_order,
    print_pdf,
    render_to_printer,
    send_email,
)

BENIGN = ("propagateSizeHints",)


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    yield
    warnings = [
        r.message
        for r in qtlog.records
        if r.type != QtMsgType.QtDebugMsg and not any(b in r.message for b in BENIGN)
    ]
    assert warnings == []


def three_pages(path: Path) -> Path:
    """A PDF of three A4 pages, each with its number in large type."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for number in (1, 2, 3):
        canvas.setFont("Helvetica", 200)
        canvas.drawString(200, 400, str(number))
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    """Qt's print dialog, answered: the printer writes a PDF in tmp_path. ``answer`` sets
    the range and copies, or refuses (None)."""
    state = {"shown": [], "output": tmp_path / "printed.pdf", "answer": {}}

    def exec_(dialog: QPrintDialog) -> int:
        state["shown"].append(dialog.windowTitle())
        if state["answer"] is None:
            return QDialog.DialogCode.Rejected
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(state["output"]))
        answer = state["answer"]
        if "range" in answer:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*answer["range"])
        printer.setCopyCount(answer.get("copies", 1))
        printer.setCollateCopies(answer.get("collate", True))
        state["printer"] = printer
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return state


def printed_pages(path: Path) -> int:
    assert path.is_file(), "nothing was printed"
    return len(PdfReader(path).pages)


def wait_for(qtbot, job) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=20000)


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


# -- the print itself --------------------------------------------------------------------------


def test_print_offers_the_dialog_and_sends_every_page(qtbot, parent, tmp_path, print_dialog):
    pdf = three_pages(tmp_path / "source.pdf")
    told: list[str] = []
    job = print_pdf(parent, pdf, "Charters", tell=told.append)
    assert print_dialog["shown"] == ["Print “Charters”"]
    wait_for(qtbot, job)
    assert printed_pages(print_dialog["output"]) == 3
    (said,) = told  # "3 pages" once the English catalogue has the plural
    assert re.fullmatch(r"3 page(s|\(s\)) of “Charters” sent to “(.*)”\.", said)
    assert str(print_dialog["output"]) in said
    # The paper follows the PDF: A4 portrait, the image across the whole page.
    printer = print_dialog["printer"]
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    page = PdfReader(print_dialog["output"]).pages[0]
    assert abs(float(page.mediabox.width) - 595) < 2
    assert abs(float(page.mediabox.height) - 842) < 2


def test_print_respects_the_page_range_and_the_copies(qtbot, parent, tmp_path, print_dialog):
    pdf = three_pages(tmp_path / "source.pdf")
    print_dialog["answer"] = {"range": (2, 3), "copies": 2}
    job = print_pdf(parent, pdf, "Charters", tell=lambda text: None)
    wait_for(qtbot, job)
    # A PDF printer makes no copies itself: the pages are sent twice, collated.
    assert printed_pages(print_dialog["output"]) == 4


def test_pages_in_order_collated_or_not():
    assert page_order([1, 2], 2, collate=True) == [1, 2, 1, 2]
    assert page_order([1, 2], 2, collate=False) == [1, 1, 2, 2]


def test_cancelling_the_print_dialog_prints_nothing(parent, tmp_path, print_dialog):
    pdf = three_pages(tmp_path / "source.pdf")
    print_dialog["answer"] = None
    assert print_pdf(parent, pdf, "Charters") is None
    assert print_dialog["shown"] and not print_dialog["output"].exists()


def test_a_print_cancelled_half_way_stops(tmp_path):
    pdf = three_pages(tmp_path / "source.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    progress = Progress()
    steps: list[int] = []

    def report(done: int, total: int) -> None:
        steps.append(done)
        if done == 1:
            progress.cancel()
        Progress.report(progress, done, total)

    progress.report = report  # type: ignore[method-assign]
    with pytest.raises(Cancelled):
        render_to_printer(pdf, printer, [0, 1, 2], progress)
    assert steps == [0, 1]


def test_an_unreadable_pdf_is_said_in_words(parent, tmp_path, monkeypatch, print_dialog):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda p, title, text, *a: warned.append(text))
    )
    assert print_pdf(parent, broken, "Charters") is None
    assert print_dialog["shown"] == []
    assert warned and warned[0].startswith("The document could not be printed.")


# -- charters: print, save, folder, e-mail -----------------------------------------------------


@pytest.fixture
def pair_id(ctx) -> int:
    def add(first, last, year, role, email):
        data = MemberInput(
            first_name=first, last_name=last, birth_year=year, role=role, email=email
        )
        return ctx.members.add(data).id

    mentor = add("Zoé", "Vidal", 2001, Role.MENTOR, "zoe@example.org")
    mentee = add("François", "Dupont", 1950, Role.MENTEE, "francois@example.org")
    ctx.settings.update(association_name="Générations & Co")
    return PairService(ctx.db).create(PairInput(mentor, mentee, start_date=dt.date.today())).id


@pytest.fixture
def urls(monkeypatch) -> dict:
    """QDesktopServices.openUrl recorded; ``works`` says whether a program answers."""
    state: dict = {"opened": [], "works": True}

    def open_url(url: QUrl) -> bool:
        state["opened"].append(url)
        works = state["works"]
        return works(url) if callable(works) else works

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return state


@pytest.fixture
def save_to(monkeypatch, tmp_path) -> Path:
    target = tmp_path / "saved" / "charte"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    return target.with_suffix(".pdf")


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, list[str]]]:
    """Message boxes shown with exec(): their text and buttons; the first button is clicked
    when its name is in ``click``."""
    shown: list = []

    def exec_(box: QMessageBox) -> int:
        names = [b.accessibleName() or b.text() for b in box.buttons()]
        shown.append((box.text(), names))
        for button in box.buttons():
            if button.accessibleName() == "Open the folder":
                button.click()
                return 0
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def drawn(qtbot, drawing) -> PrintOutDialog:
    """The dialog of a drawing once the PDF is ready (drawn in the thread pool)."""
    qtbot.waitUntil(lambda: not drawing.running, timeout=15000)
    dialog = drawing.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.fixture
def charter_dialog(ctx, qtbot, parent, pair_id):
    def open_it() -> PrintOutDialog:
        drawing = print_charters(parent, ctx.services, [pair_id], "en", "charter-Vidal-Dupont.pdf")
        return drawn(qtbot, drawing)

    return open_it


def test_a_charter_is_printed_through_the_dialog(
    ctx, qtbot, parent, pair_id, print_dialog, find, charter_dialog
):
    dialog = charter_dialog()
    assert dialog.windowTitle() == "Charter of Zoé Vidal and François Dupont"
    pages = len(PdfReader(dialog.pdf).pages)
    qtbot.mouseClick(find(dialog, QPushButton, "Print…"), printing.Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.job)
    assert print_dialog["shown"] == ["Print “Charter of Zoé Vidal and François Dupont”"]
    assert printed_pages(print_dialog["output"]) == pages
    assert "sent to" in dialog.notice.text()
    scratch = dialog.pdf.parent
    dialog.reject()
    assert not scratch.exists()  # the drawn PDF goes with the dialog


def test_save_as_pdf_then_open_the_folder(
    ctx, qtbot, parent, pair_id, find, urls, save_to, boxes, charter_dialog
):
    dialog = charter_dialog()
    folder = find(dialog, QPushButton, "Open the folder")
    assert not folder.isEnabled()  # nothing saved yet
    qtbot.mouseClick(find(dialog, QPushButton, "Save as PDF…"), printing.Qt.MouseButton.LeftButton)
    assert save_to.read_bytes().startswith(b"%PDF")
    assert [u.toLocalFile() for u in urls["opened"]] == [str(save_to)]
    assert dialog.notice.text() == f"Saved in “{save_to}”."
    assert folder.isEnabled()
    qtbot.mouseClick(folder, printing.Qt.MouseButton.LeftButton)
    assert urls["opened"][-1].toLocalFile() == str(save_to.parent)
    assert boxes == []


def test_no_pdf_program_is_said_and_the_folder_offered(
    ctx, parent, pair_id, find, urls, save_to, boxes, charter_dialog
):
    urls["works"] = lambda url: not url.toLocalFile().endswith(".pdf")  # folders open
    dialog = charter_dialog()
    dialog.save_as()
    ((text, buttons),) = boxes
    assert "no program to open PDF files was found" in text
    assert str(save_to) in text
    assert "Open the folder" in buttons
    # The folder was asked for (the answer of the test's box).
    assert urls["opened"][-1].toLocalFile() == str(save_to.parent)


def test_the_charter_is_sent_to_the_pair_by_email(
    ctx, parent, pair_id, find, urls, save_to, charter_dialog
):
    dialog = charter_dialog()
    assert dialog.send_by_email()  # saves first: the e-mail names the file to attach
    mail = urls["opened"][-1]
    assert mail.scheme() == "mailto"
    assert mail.path() == "zoe@example.org,francois@example.org"
    query = QUrlQuery(mail)
    decoded = QUrl.ComponentFormattingOption.FullyDecoded
    assert query.queryItemValue("subject", decoded) == ("Your mentoring charter — Générations & Co")
    body = query.queryItemValue("body", decoded)
    assert str(save_to) in body
    assert "Hello Zoé and François," in body
    assert save_to.is_file()


def test_no_mail_program_copies_the_message(ctx, parent, pair_id, urls, save_to, boxes):
    urls["works"] = lambda url: url.scheme() != "mailto"
    draft = EmailDraft(("zoe@example.org", "francois@example.org"), "Subject", "Body text")
    assert not send_email(parent, draft, save_to)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("To: zoe@example.org, francois@example.org\nSubject: Subject\n")
    assert copied.endswith("Body text")
    ((text, buttons),) = boxes
    assert "No e-mail program was found" in text and str(save_to) in text
    assert "Open the folder" in buttons
    assert urls["opened"][-1].toLocalFile() == str(save_to.parent)


def test_several_pairs_are_not_sent_by_email(ctx, qtbot, parent, pair_id, find):
    other_mentor = ctx.members.add(
        MemberInput(first_name="Paul", last_name="Girard", birth_year=1999, role=Role.MENTOR)
    ).id
    other_mentee = ctx.members.add(
        MemberInput(first_name="Marc", last_name="Leroy", birth_year=1948, role=Role.MENTEE)
    ).id
    other = PairService(ctx.db).create(PairInput(other_mentor, other_mentee)).id
    drawing = print_charters(parent, ctx.services, [pair_id, other], "en", "charters.pdf", copies=2)
    dialog = drawn(qtbot, drawing)
    assert dialog.windowTitle() in ("Charters of 2 pairs", "Charters of 2 pair(s)")
    assert dialog.email_button is None
    assert len(PdfReader(dialog.pdf).pages) >= 4  # two copies of two charters


def test_the_charters_are_drawn_off_the_gui_thread_and_can_be_cancelled(
    ctx, qtbot, parent, pair_id, find, monkeypatch, boxes
):
    """A long batch shows its progress with Cancel; Cancel removes the half-drawn file
    and its folder, opens nothing and says nothing."""
    import threading

    threads: list[threading.Thread] = []
    written: list[Path] = []

    def slow(db, pair_ids, output, language, copies=1, progress=None, **options):
        threads.append(threading.current_thread())
        Path(output).write_bytes(b"%PDF- half drawn")
        written.append(Path(output))
        for _ in range(1000):  # ten seconds at most
            progress(0, len(pair_ids) * copies)  # raises Cancelled once asked
            threading.Event().wait(0.01)
        return 1

    monkeypatch.setattr("mentorat_desktop.gui.pairs.charter_actions.write_charters", slow)
    drawing = print_charters(parent, ctx.services, [pair_id], "en", "charter.pdf", copies=2)
    box = drawing.box
    assert box.accessibleName() == "Drawing the charters"
    assert box.maximum() == 2  # two copies of one charter
    qtbot.waitUntil(box.isVisible, timeout=5000)  # shown once it takes a while
    assert drawing.running
    qtbot.mouseClick(
        find(box, QPushButton, "Cancel the drawing"), printing.Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not drawing.running, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert drawing.dialog is None
    assert not written[0].exists() and not written[0].parent.exists()
    assert parent.findChildren(PrintOutDialog) == []
    assert boxes == []


def test_a_failed_drawing_is_said_in_a_sentence(ctx, qtbot, parent, pair_id, monkeypatch):
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *a, **k: warned.append((title, text))),
    )

    def broken(db, pair_ids, output, language, copies=1, progress=None, **options):
        Path(output).write_bytes(b"%PDF- half drawn")
        raise RuntimeError("secret details")

    monkeypatch.setattr("mentorat_desktop.gui.pairs.charter_actions.write_charters", broken)
    drawing = print_charters(parent, ctx.services, [pair_id], "en", "charter.pdf")
    qtbot.waitUntil(lambda: not drawing.running, timeout=5000)
    ((title, text),) = warned
    assert title == "Save the charters"
    assert text.startswith("Something unexpected stopped the work (RuntimeError).")
    assert "secret" not in text
    assert drawing.dialog is None and not drawing.pdf.parent.exists()


# -- the follow-up view's e-mail and call sheet --------------------------------------------------


def test_follow_up_email_without_a_mail_program_is_copied(ctx, qtbot, pair_id, urls, boxes):
    from mentorat_desktop.gui.followup.view import FollowUpView

    urls["works"] = False
    # The pair started today has had no session: seen 200 days on, it is one to call.
    view = FollowUpView(
        ctx.services, ctx.signals, "en", today=dt.date.today() + dt.timedelta(days=200)
    )
    qtbot.addWidget(view)
    tree = view.to_call
    assert tree.topLevelItemCount() == 1
    tree.setCurrentItem(tree.topLevelItem(0))
    view.write_email()
    assert [u.scheme() for u in urls["opened"]] == ["mailto"]  # tried once
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("To: zoe@example.org, francois@example.org\nSubject: ")
    assert "Hello Zoé and François," in copied
    ((text, _buttons),) = boxes
    assert "No e-mail program was found" in text


def test_the_call_sheet_is_printed_in_landscape(ctx, qtbot, pair_id, print_dialog):
    from mentorat_desktop.gui.followup.view import FollowUpView

    view = FollowUpView(
        ctx.services, ctx.signals, "en", today=dt.date.today() + dt.timedelta(days=200)
    )
    qtbot.addWidget(view)
    dialog = view.print_call_sheet()
    assert dialog.windowTitle() == "Pairs to call"
    job = dialog.print_()
    wait_for(qtbot, job)
    page = PdfReader(print_dialog["output"]).pages[0]
    assert printed_pages(print_dialog["output"]) == len(PdfReader(dialog.pdf).pages)
    assert page.mediabox.width > page.mediabox.height  # landscape, as drawn
