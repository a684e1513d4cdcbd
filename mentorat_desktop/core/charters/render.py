"""Long on purpose (about 1,400 lines): layout and its byte-identical replay go together.
Why: the charter's platypus layout and the replay of what it drew, which must stay byte-
identical to it, are kept side by side.

Laying out the charters as a PDF, with reportlab's platypus.

Every text is real text in DejaVu Sans (embedded as a subset, so Ł, ễ, Ş and Ø print), black
on white with thin grey rules: nothing depends on colour. Each charter (and each copy of it)
starts on a new page, with its own page numbers in the footer; the signature block is never
split across two pages. The file appears only once complete and readable by its owner only:
reportlab writes straight into ``core.files.write_private``'s temporary file beside the target
(one file, flushed to the disk once), which then takes the target's name in one step.

Most of a charter is the same wording from one pair to the next: what reportlab works out for
a paragraph (its parsed markup, its lines for a width), the rows of a table of the same cells,
and what a paragraph, a table or a line to fill in draws are kept for the next charters of the
process (``_Para``, ``_Table``, ``_Layouts``; drawing again: ``_Canvas``, ``_Replayed``), and
the styles and the queries are made once. A charter printed so is the very same page as one
printed from nothing, byte for byte.

This module imports reportlab at once; the package imports it only when a charter is printed.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentorat_desktop.core.charters.data import CharterData
from mentorat_desktop.core.charters.texts import (
    NBSP,
    NNBSP,
    CharterTexts,
    of_name,
    retention_words,
    texts_for,
)
from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.files import write_private
from mentorat_desktop.core.formatting import format_date, format_hours, format_number

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

INK = colors.black
SOFT_INK = colors.HexColor("#333333")  # still dark enough to photocopy well
RULE = colors.HexColor("#8c8c8c")
RULE_WIDTH = 0.5

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 16 * mm
HEADER_RULE_Y = 15 * mm  # leaves the logo clear of the unprintable edge  # from the top edge
LOGO_MAX_H = 8.5 * mm
LOGO_MAX_W = 42 * mm
FOOTER_RULE_Y = 11.5 * mm  # from the bottom edge
FOOTER_TEXT_Y = 7.5 * mm
BODY_SIZE = 9.0
BODY_LEADING = 11.6
FILL_HEIGHT = 17.0
SIGNATURE_SPACE = 40.0

_fonts_lock = threading.Lock()
_saving = threading.Lock()  # see _Canvas.save
_fonts_ready = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with reportlab, once per process."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, file in (
            (FONT, "DejaVuSans.ttf"),
            (FONT_BOLD, "DejaVuSans-Bold.ttf"),
            (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        _fonts_ready = True


class _Styles:
    """The few paragraph styles a charter uses."""

    def __init__(self) -> None:
        base = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=BODY_SIZE,
            leading=BODY_LEADING,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=2.5,
            bulletFontName=FONT,
            # No line of a paragraph left alone at the top of a page (nor at its foot).
            allowWidows=0,
            allowOrphans=0,
        )
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=19, leading=23, spaceAfter=1
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=10.5, leading=14, textColor=SOFT_INK, spaceAfter=0
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=2.5,
            keepWithNext=1,
        )
        self.role = ParagraphStyle(
            "role", parent=base, fontName=FONT_BOLD, fontSize=8.2, leading=10.5, spaceAfter=1
        )
        self.name = ParagraphStyle(
            "name", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceAfter=1.5
        )
        self.signer = ParagraphStyle(
            "signer", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceAfter=0
        )
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=8.4, leading=10.8, spaceAfter=1.5
        )
        self.note = ParagraphStyle("note", parent=self.small, fontName=FONT_ITALIC, spaceAfter=0)
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=11, bulletIndent=1, spaceAfter=1.8
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.4, leading=10.2, spaceAfter=0)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD)


_STYLES: _Styles | None = None
_FITTED: dict[tuple[str, float], ParagraphStyle] = {}


def _styles() -> _Styles:
    """The charter's paragraph styles, made once per process (they never change: the
    paragraph cache below knows a style by its name)."""
    global _STYLES
    if _STYLES is None:
        _STYLES = _Styles()
    return _STYLES


class _Layouts:
    """What reportlab works out for a paragraph, kept from one charter to the next: the
    parsed markup of a text in a style, and its lines broken for a width. Most of a charter
    is the same wording, charter after charter; only names, dates and objectives change.

    Bounded (the oldest entries go first); what it holds is never changed once stored, so
    that two threads printing at once may share it (at worst both work a text out)."""

    LIMIT = 1024  # the wording of a few languages and widths, and recent names

    def __init__(self) -> None:
        self._entries: dict[tuple[Any, ...], Any] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> Any:
        return self._entries.get(key)

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        with self._lock:
            entries = self._entries
            while len(entries) >= self.LIMIT:
                entries.pop(next(iter(entries)), None)
            entries[key] = value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_parsed = _Layouts()
_wrapped = _Layouts()


# -- Drawing a flowable again from what it drew before ---------------------------------------
#
# A flowable draws in its own coordinates (platypus translates the canvas to its place first),
# so what a paragraph of the same text, style and width writes into the page is the same
# wherever it stands, in every charter, but for one thing: the bytes of its text. A font
# embedded as a subset numbers its characters in the order the document first uses them, so
# the same words are other bytes in another charter. What a flowable drew is therefore kept
# as its drawing operators with its pieces of text left as (font, size, leading, text), and
# each piece is encoded again for the document at hand, exactly as reportlab's text object
# does (``_Canvas.replay``). A charter drawn so is the same page as one drawn by platypus.

_MARK = "\x00"
_MARKS = re.compile("\x00([0-9]+)\x00")
# Operators whose operands name a resource of one document (a graphics state, a colour
# space, an image or form): what draws them is drawn afresh each time, never replayed.
_DOCUMENT_BOUND = re.compile(r"/\S+ (?:[-0-9.]+ )?(?:gs|cs|CS|Do|scn|SCN|Tf)\b")

_Piece = tuple[Any, str, str, str, bool]
"""A piece of text to encode: (font, size, leading, text, whether it starts a text object's
subset afresh), the last three as reportlab writes them."""
_Drawn = tuple["str | _Piece", ...]


class _TextObject(PDFTextObject):  # type: ignore[misc]
    """reportlab's text object; while its canvas records, each piece of text is left as a
    mark (see _Canvas.record) instead of being encoded."""

    def _formatText(self, text: str) -> str:
        canvas = self._canvas
        pieces = canvas.pieces
        if pieces is None:
            return super()._formatText(text)  # type: ignore[no-any-return]
        font = pdfmetrics.getFont(self._fontname)
        if not font._dynamicFont or isinstance(text, ShapedStr):
            canvas.replayable = False  # encoded for this document only: drawn, not kept
            return super()._formatText(text)  # type: ignore[no-any-return]
        pieces.append(
            (
                font,
                fp_str(self._fontsize),
                fp_str(self._leading),
                text,
                vars(self)["_curSubset"] == -1,
            )
        )
        self._curSubset = -2  # a subset is chosen: the next piece continues it
        return f"{_MARK}{len(pieces) - 1}{_MARK}"


class _Canvas(Canvas):  # type: ignore[misc]
    """reportlab's canvas, able to record what a flowable draws (``record``) and to draw it
    again into another document (``replay``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pieces: list[_Piece] | None = None  # while recording
        self.replayable = True

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> _TextObject:
        return _TextObject(self, x, y, direction=direction)

    def save(self) -> None:
        """Write the PDF. One document at a time: embedding a font's subset reads the font
        file through a position all documents share (two threads saving at once made a
        subset of the wrong glyphs, or failed)."""
        with _saving:
            super().save()

    def record(self, draw: Callable[[], object]) -> _Drawn | None:
        """Run ``draw`` and return what it drew, to replay; None when it cannot be replayed
        in another document. Either way, what it drew is on the page (or, inside another
        recording, part of what that one records)."""
        code = self._code
        start = len(code)
        outer, outer_replayable = self.pieces, self.replayable
        self.pieces, self.replayable = [], True
        try:
            draw()
            pieces, replayable = self.pieces, self.replayable
        finally:
            self.pieces, self.replayable = outer, outer_replayable and self.replayable
        drawn: _Drawn = ()
        literal = ""
        if len(code) > start:  # (an empty cell draws nothing)
            written = "\n".join(code[start:])
            del code[start:]
            parts = _MARKS.split(written)
            drawn = tuple(part if n % 2 == 0 else pieces[int(part)] for n, part in enumerate(parts))
            literal = "".join(parts[::2])
        if outer is None:
            self.replay(drawn)
        else:
            self.mark(drawn)
        if not replayable or _DOCUMENT_BOUND.search(literal):
            return None
        return drawn

    def mark(self, drawn: _Drawn) -> None:
        """Record ``drawn`` as part of what is being recorded, its text left to encode."""
        pieces = self.pieces
        assert pieces is not None
        out: list[str] = []
        for part in drawn:
            if isinstance(part, str):
                out.append(part)
            else:
                pieces.append(part)
                out.append(f"{_MARK}{len(pieces) - 1}{_MARK}")
        if drawn:
            self._code.append("".join(out))

    def replay(self, drawn: _Drawn) -> None:
        """Write ``drawn`` into this page, each piece of text encoded for this document as
        reportlab's text object encodes it (one subset's font chosen before its characters)."""
        if not drawn:
            return
        doc = self._doc
        escape_text = self._escape
        out: list[str] = []
        current = -1
        for part in drawn:
            if isinstance(part, str):
                out.append(part)
                continue
            font, size, leading, text, fresh = part
            if fresh:
                current = -1
            encoded: list[str] = []
            for subset, chunk in font.splitString(text, doc):
                if subset != current:
                    name = font.getSubsetInternalName(subset, doc)
                    encoded.append(f"{name} {size} Tf {leading} TL")
                    current = subset
                encoded.append(f"({escape_text(chunk)}) Tj")
            out.append(" ".join(encoded))
        self._code.append("".join(out))


_drawn = _Layouts()


class _Replayed:
    """A flowable that draws what it drew before when its ``_drawn_key`` (all that its
    drawing depends on) is one already drawn: see _Canvas.record."""

    def _drawn_key(self) -> tuple[Any, ...] | None:
        return None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """As Flowable.drawOn (the canvas saved, moved to the flowable's place, restored
        after), written straight into the page when what it draws is kept."""
        key = self._drawn_key() if type(canvas) is _Canvas else None
        drawn = None if key is None else _drawn.get(key)
        if drawn is None or getattr(self, "_showBoundary", False):
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
            return
        # What saveState, translate and restoreState write around it; the canvas's own
        # state is left as it was, as restoreState leaves it.
        x = self._hAlignAdjust(x, _sW)  # type: ignore[attr-defined]
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
        if canvas.pieces is None:
            canvas.replay(drawn)
        else:
            canvas.mark(drawn)
        code.append("Q")

    def _drawOn(self, canv: Any) -> None:
        key = self._drawn_key() if type(canv) is _Canvas else None
        if key is None:
            super()._drawOn(canv)  # type: ignore[misc]
            return
        drawn = _drawn.get(key)
        if drawn is None:
            drawn = canv.record(lambda: super(_Replayed, self)._drawOn(canv))  # type: ignore[misc]
            if drawn is not None:
                _drawn.put(key, drawn)
        elif canv.pieces is None:
            canv.replay(drawn)
        else:  # inside a table being recorded: part of its drawing
            canv.mark(drawn)


class _Para(_Replayed, Paragraph):  # type: ignore[misc]
    """A Paragraph that parses its markup and breaks its lines once per process for a
    given text, style and width (see _Layouts), and prints exactly as a Paragraph does:
    the parts of a paragraph split over two pages are plain Paragraphs' (no text, no cache)."""

    # What Paragraph's parsing leaves on the paragraph, and what its wrap adds (breakLines
    # puts the lines in blPara and may turn frags into words).
    _PARSED = ("text", "frags", "style", "bulletText")
    _WRAPPED = ("frags", "blPara", "height", "_width_max", "_wrapWidths")

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: Any = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        if text is None or frags is not None:  # a part made by split(): as reportlab does
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            self._key: tuple[Any, ...] | None = None
            return
        key = (text, style.name, bulletText)
        parsed = _parsed.get(key)
        if parsed is None:
            super().__init__(text, style, bulletText)
            _parsed.put(key, tuple(vars(self)[name] for name in self._PARSED))
        else:
            self.__dict__.update(zip(self._PARSED, parsed, strict=True))
            self.caseSensitive, self.encoding, self.debug = caseSensitive, encoding, 0
        self._key = key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._key is None or availWidth < 1e-8:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        key = (*self._key, availWidth)
        done = _wrapped.get(key)
        if done is None:
            size = super().wrap(availWidth, availHeight)
            _wrapped.put(key, tuple(vars(self)[name] for name in self._WRAPPED))
            return size  # type: ignore[no-any-return]
        self.__dict__.update(zip(self._WRAPPED, done, strict=True))
        self.width = availWidth
        self._splitLongWordCount = self._hyphenations = 0
        return availWidth, vars(self)["height"]

    def _drawn_key(self) -> tuple[Any, ...] | None:
        if self._key is None:
            return None
        return ("para", *self._key, self.width, self.height)


class _CharterStart(Flowable):  # type: ignore[misc]
    """An invisible mark at the top of each charter copy: tells the page decorations which
    pair, which copy, and where its own page numbering starts."""

    def __init__(self, charter: CharterData, copy_label: str) -> None:
        super().__init__()
        self.charter = charter
        self.copy_label = copy_label
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _FillLine(_Replayed, Flowable):  # type: ignore[misc]
    """One line of a form to complete by hand: each part is a label followed by a rule, the
    rules sharing the width in the given proportions. The labels are real text."""

    def __init__(
        self, parts: Sequence[tuple[str, float]], size: float = BODY_SIZE, indent: float = 0
    ) -> None:
        super().__init__()
        self.parts = list(parts)
        self.size = size
        self.indent = indent
        self.avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, FILL_HEIGHT

    def _drawn_key(self) -> tuple[Any, ...] | None:
        return ("fill", tuple(self.parts), self.size, self.indent, self.avail)

    def draw(self) -> None:
        canvas = self.canv
        total = sum(share for _, share in self.parts) or 1.0
        room = self.avail - self.indent
        gap = 10.0  # between one rule and the next label
        x = self.indent
        done = 0.0
        for index, (label, share) in enumerate(self.parts):
            done += share
            last = index == len(self.parts) - 1
            end = self.indent + room * done / total - (0 if last else gap)
            if label:
                canvas.setFont(FONT, self.size)
                canvas.setFillColor(INK)
                canvas.drawString(x, 4, label)
                x += pdfmetrics.stringWidth(label, FONT, self.size) + 4
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(RULE_WIDTH)
            canvas.line(x, 3, max(x, end), 3)
            x = end + gap


def _content_key(cell: Any) -> Any:
    """What a table cell holds, as a key (None when some of it has none): its text, or the
    keys of the flowables it holds."""
    if isinstance(cell, str):
        return ("text", cell)
    if isinstance(cell, (list, tuple)):
        keys = tuple(_content_key(item) for item in cell)
        return None if None in keys else keys
    if isinstance(cell, _Para):
        return cell._key
    if isinstance(cell, _FillLine):
        return ("fill", tuple(cell.parts), cell.size, cell.indent)
    if type(cell) is Spacer:
        return ("space", cell.width, cell.height)
    return None


class _Table(_Replayed, Table):  # type: ignore[misc]
    """A Table drawn again from what it drew before when its cells, widths, heights and
    style are those of a table already drawn. The parts of a table split over two pages
    are plain tables' (reportlab styles them row by row: no key)."""

    def __init__(self, data: list[list[Any]], **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self._cells_key: Any = None
        if not kwargs.get("normalizedData") and "style" not in kwargs:
            cells = _content_key(data)
            if cells is not None:
                self._cells_key = (cells, repr(sorted(kwargs.items())))

    def setStyle(self, tblstyle: Any) -> None:
        super().setStyle(tblstyle)
        if getattr(self, "_cells_key", None) is not None:  # styled after it is made
            commands = tblstyle.getCommands() if isinstance(tblstyle, TableStyle) else tblstyle
            self._cells_key = (*self._cells_key, repr(list(commands)))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The table's size; its rows and columns as a table of the same cells measured
        before for that width, when what it drew then is kept too (its cells are then not
        measured: they are drawn again, not drawn)."""
        self._measured = True
        if self._cells_key is None:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        key = (self._cells_key, availWidth)
        known = _table_sizes.get(key)
        if known is not None and _drawn.get(("table", self._cells_key, *known[-4:])) is not None:
            self.__dict__.update(
                (name, list(value) if isinstance(value, tuple) else value)
                for name, value in zip(self._SIZES, known, strict=True)
            )
            self.availWidth = availWidth
            self._measured = False
            return self._width, self._height
        if getattr(self, "_whole_for", None) == availWidth:  # measured already, every row
            return self._width, self._height
        size = super().wrap(availWidth, availHeight)
        if self._hmax == len(self._rowHeights):  # every row measured: whatever the height
            _table_sizes.put(key, tuple(_copied(vars(self)[name]) for name in self._SIZES))
            self._whole_for = availWidth
        return size  # type: ignore[no-any-return]

    def _measure(self) -> None:
        """Measure the cells, when the sizes came from a table measured before."""
        if not getattr(self, "_measured", True):
            super().wrap(self.availWidth, 0x7FFFFFFF)
            self._measured = True

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._measure()
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]

    def _drawOn(self, canv: Any) -> None:
        key = self._drawn_key()
        again = type(canv) is _Canvas and canv.pieces is None
        if key is None or not again or _drawn.get(key) is None:
            self._measure()  # drawn, not drawn again: its cells must be measured
        super()._drawOn(canv)

    def _drawn_key(self) -> tuple[Any, ...] | None:
        if self._cells_key is None:
            return None
        return (
            "table",
            self._cells_key,
            tuple(self._colWidths),
            tuple(self._rowHeights),
            self._width,
            self._height,
        )

    # What wrap leaves on a table (the last four make its drawn key with the cells).
    _SIZES = (
        "_width_calculated_once",
        "_argW",
        "_hmax",
        "_rowpositions",
        "_colpositions",
        "_colWidths",
        "_rowHeights",
        "_width",
        "_height",
    )


def _copied(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


_table_sizes = _Layouts()


class _KeepTogether(KeepTogether):  # type: ignore[misc]
    """reportlab's KeepTogether, without copying the whole frame each time it measures its
    content: what a charter keeps together (a heading and what follows, the signatures)
    adds nothing to the frame while it is measured."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        doc: Any = getattr(self.canv, "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is None:
            return super().wrap(aW, aH)  # type: ignore[no-any-return]
        doc.frame = None
        try:
            return super().wrap(aW, aH)  # type: ignore[no-any-return]
        finally:
            doc.frame = frame


class _CharterDoc(BaseDocTemplate):  # type: ignore[misc]
    """The document: one page template with header and footer, filled in as it goes."""

    def __init__(
        self,
        filename: str | BinaryIO,
        texts: CharterTexts,
        language: str,
        printed_on: dt.date,
        logos: dict[str, ImageReader | None],
        **kwargs: Any,
    ) -> None:
        super().__init__(filename, **kwargs)
        self.keepTogetherClass = _KeepTogether  # a heading and what follows it
        self.texts = texts
        self.language = language
        self.printed_on = printed_on
        self.logos = logos
        self.current: _CharterStart | None = None
        self.start_page = 1
        self.started = 0  # charter copies begun so far
        self.progress: Callable[[int, int], None] | None = None
        self.total = 0
        # The story is fed one charter copy ahead (see render_charters): ``story`` is the
        # list being built, ``upcoming`` the copies not yet laid out.
        self.story: list[Any] = []
        self.upcoming: Iterator[list[Any]] = iter(())
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [PageTemplate(id="charter", frames=[frame], onPageEnd=self._decorate)]
        )

    def build(self, flowables: list[Any], canvasmaker: Any = _Canvas) -> None:
        """Lay out and draw ``flowables`` on a canvas that draws again what was drawn."""
        super().build(flowables, canvasmaker=canvasmaker)

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, _CharterStart):
            self.current = flowable
            self.start_page = self.page
            self.started += 1
            more = next(self.upcoming, None)
            if more is not None:
                self.story.append(PageBreak())
                self.story.extend(more)
            if self.progress is not None and self.started > 1:
                # The previous copy is laid out; the callback may raise to stop here.
                self.progress(self.started - 1, self.total)

    def _decorate(self, canvas: Any, _doc: Any) -> None:
        mark = self.current
        if mark is None:
            return
        charter = mark.charter
        texts = self.texts
        left, right = self.leftMargin, self.pagesize[0] - self.rightMargin
        parts = [texts.pair_number.format(pair_id=charter.pair_id)]
        parts.append(texts.footer_version.format(version=charter.charter_version))
        parts.append(texts.footer_printed.format(date=long_date(self.printed_on, self.language)))
        if mark.copy_label:
            parts.append(mark.copy_label)
        draw_letterhead(
            canvas,
            self.pagesize,
            left,
            right,
            name=charter.association or texts.default_author,
            logo=self.logos.get(charter.logo_path or ""),
            footer=" · ".join(parts),
            page=texts.footer_page.format(page=self.page - self.start_page + 1),
        )


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than ``width``."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def load_logo(path: str | None) -> ImageReader | None:
    """The logo, or None when there is none or it is missing or unreadable (the page prints
    without). Shared by every printed page that carries the association's letterhead."""
    if not path:
        return None
    try:
        if not Path(path).is_file():
            return None
        reader = ImageReader(path)
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        reader.getRGBData()  # decode it now: a damaged file must not fail the print later
        return reader
    except Exception:
        return None


def draw_letterhead(
    canvas: Any,
    pagesize: tuple[float, float],
    left: float,
    right: float,
    *,
    name: str,
    logo: ImageReader | None,
    footer: str,
    page: str | None,
    header: bool = True,
) -> None:
    """The association's letterhead of every printed page: its name at the left and its
    logo at the right above a thin rule (``header``), and below a rule at the foot, the
    ``footer`` line and the ``page`` number. Charters, reports, rotas and training sheets
    all look the same."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(RULE_WIDTH)
    if header:
        rule_y = pagesize[1] - HEADER_RULE_Y
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.setFillColor(SOFT_INK)
        canvas.drawString(left, rule_y + 4, fit_text(name, FONT_BOLD, 9.5, (right - left) * 0.7))
        if logo is not None:
            iw, ih = logo.getSize()
            scale = min(LOGO_MAX_H / ih, LOGO_MAX_W / iw)
            w, h = iw * scale, ih * scale
            canvas.drawImage(logo, right - w, rule_y + 2.5, w, h, mask="auto")
        canvas.line(left, rule_y, right, rule_y)
    canvas.line(left, FOOTER_RULE_Y, right, FOOTER_RULE_Y)
    canvas.setFont(FONT, 7.8)
    canvas.setFillColor(INK)
    canvas.drawString(left, FOOTER_TEXT_Y, fit_text(footer, FONT, 7.8, (right - left) * 0.8))
    if page is not None:
        canvas.drawRightString(right, FOOTER_TEXT_Y, page)
    canvas.restoreState()


# reportlab breaks lines at a narrow no-break space (U+202F) and prints it as a plain space.
# French puts one before ; ! and ?: it is printed as a no-break space (U+00A0, which reportlab
# never breaks at) made narrow by a smaller size, glued to the words on either side.
_NARROW_NBSP = f'<font size="{BODY_SIZE * 0.628:.2f}">&#160;</font>'


def markup(text: str) -> str:
    """``text`` as paragraph markup: escaped, its narrow no-break spaces kept narrow and
    unbreakable."""
    return escape(text).replace(NNBSP, _NARROW_NBSP)


_e = markup


def long_date(value: dt.date | None, language: str) -> str:
    """A date written out, as on what people sign: "1er octobre 2025", "10 mars 2026",
    "March 10, 2026"; "" for no date. Its spaces do not break."""
    if value is None:
        return ""
    return format_date(value, language, "long").replace(" ", NBSP)


class _Builder:
    """Turns one charter into flowables, in one language, on one print date."""

    def __init__(
        self, texts: CharterTexts, language: str, printed_on: dt.date, width: float
    ) -> None:
        self.t = texts
        self.language = language
        self.printed_on = printed_on
        self.width = width
        self.s = _styles()
        self.section = 0

    def label(self, text: str) -> str:
        return f"{_e(text)}{self.t.colon}"

    def heading(self, text: str) -> Paragraph:
        self.section += 1
        return _Para(f"{self.section}. {_e(text)}", self.s.heading)

    @staticmethod
    def fitted(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
        """``style``, its font made a little smaller if that is enough for ``text`` to fit on
        one line; a text too long even then wraps between words, at a size where its longest
        word still fits (a name is never cut inside a word)."""

        def width_at(part: str, size: float) -> float:
            return float(pdfmetrics.stringWidth(part, style.fontName, size))

        size = style.fontSize
        while size > 8.5 and width_at(text, size) > width:
            size -= 0.5
        if width_at(text, size) > width:
            longest = max(text.split(), key=lambda word: width_at(word, 10))
            size = 9.5
            while size > 7 and width_at(longest, size) > width:
                size -= 0.5
        if size == style.fontSize:
            return style
        fitted = _FITTED.get((style.name, size))
        if fitted is None:
            fitted = _FITTED.setdefault(
                (style.name, size),
                ParagraphStyle(
                    f"{style.name}-{size}", parent=style, fontSize=size, leading=size + 2.5
                ),
            )
        return fitted

    def date(self, value: dt.date | None) -> str:
        return long_date(value, self.language)

    def build(self, charter: CharterData, copy_label: str) -> list[Any]:
        self.section = 0
        t = self.t
        story: list[Any] = [_CharterStart(charter, copy_label)]
        story += self.title(charter)
        story.append(self.heading(t.h_parties))
        story += self.parties(charter)
        story.append(self.heading(t.h_purpose))
        story.append(_Para(_e(t.purpose), self.s.body))
        story.append(self.heading(t.h_objectives))
        story += self.objectives(charter)
        story.append(self.heading(t.h_means))
        story.append(self.means(charter))
        story.append(self.heading(t.h_period))
        story += self.period(charter)
        story.append(self.heading(t.h_commitments))
        story += self.commitments(charter)
        story.append(self.heading(t.h_ethics))
        story += self.bullets(t.ethics)
        story.append(self.heading(t.h_difficulty))
        story.append(_Para(_e(t.difficulty), self.s.body))
        story.append(_Para(_e(self.mediation(charter)), self.s.body))
        story.append(self.heading(t.h_review))
        story.append(_Para(_e(t.review), self.s.body))
        story.append(self.heading(t.h_end))
        story.append(_Para(_e(t.ending), self.s.body))
        story.append(self.heading(t.h_privacy))
        story.append(_Para(_e(self.privacy(charter)), self.s.body))
        story.append(self.signatures(charter))
        return story

    def title(self, charter: CharterData) -> list[Any]:
        t = self.t
        items: list[Any] = [_Para(_e(t.title), self.s.title)]
        line = t.subtitle
        if charter.cohort_name:
            line += f" · {t.cohort_label} {charter.cohort_name}"
        items.append(_Para(_e(line), self.s.subtitle))
        if charter.charter_version > 1:
            changed = charter.charter_changed_at.date() if charter.charter_changed_at else None
            version = t.version_line.format(
                version=charter.charter_version, date=self.date(changed)
            )
            if changed is None:  # no date recorded: keep the version, drop the dangling date
                version = version.rsplit(",", 1)[0]
            items.append(_Para(f"<b>{_e(version)}</b>", self.s.subtitle))
            items += self.changes(charter)
        if charter.status == PairStatus.ENDED:
            items.append(_Para(_e(t.ended_note), self.s.note))
        items.append(Spacer(1, 4))
        return items

    def changes(self, charter: CharterData) -> list[Any]:
        """Under the version line: the version it replaces (when version 1's signature is
        recorded) and what changes since; a line to write the changes on by hand when the
        database does not say."""
        t, s = self.t, self.s
        previous = charter.charter_version - 1
        items: list[Any] = []
        if previous == 1 and charter.charter_signed_on is not None:
            replaces = t.replaces_line.format(
                previous=previous, date=self.date(charter.charter_signed_on)
            )
            items.append(_Para(_e(replaces), s.small))
        names = [t.change_names[kind] for kind in charter.charter_changes]
        if names:
            listed = ", ".join(names[:-1]) + t.and_word + names[-1] if len(names) > 1 else names[0]
            line = t.changes_line.format(previous=previous, changes=listed)
            items.append(_Para(_e(line), s.small))
        else:
            items.append(
                _FillLine(
                    [(t.changes_unknown.format(previous=previous), 1.0)], size=s.small.fontSize
                )
            )
        return items

    def parties(self, charter: CharterData) -> list[Any]:
        t, s = self.t, self.s

        def person(
            role: str, name: str, desc: str, minor: bool, trained: dt.date | None = None
        ) -> list[Any]:
            cell: list[Any] = [
                _Para(_e(role.upper()), s.role),
                _Para(_e(name), s.name),
                _Para(_e(desc), s.small),
            ]
            if trained is not None and t.mentor_trained:
                trained_text = t.mentor_trained.format(date=self.date(trained))
                cell.append(_Para(_e(trained_text), s.small))
            if minor:
                cell.append(_Para(_e(t.minor_note), s.note))
            return cell

        half = self.width / 2
        table = _Table(
            [
                [
                    person(
                        t.mentor_role,
                        charter.mentor_name,
                        t.mentor_desc,
                        charter.mentor_is_minor(self.printed_on),
                        charter.mentor_trained_on,
                    ),
                    person(
                        t.mentee_role,
                        charter.mentee_name,
                        t.mentee_desc,
                        charter.mentee_is_minor(self.printed_on),
                    ),
                ]
            ],
            colWidths=[half, half],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
                    ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE),
                    ("LINEAFTER", (0, 0), (0, -1), RULE_WIDTH, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        items: list[Any] = [table, Spacer(1, 5)]
        if charter.association:
            # The address follows the name, its lines on one line: "Name · street · town".
            lines = [charter.association, *(charter.association_address or "").split("\n")]
            association = " · ".join(_e(line) for line in lines if line)
            items.append(_Para(f"<b>{self.label(t.association_label)}</b>{association}", s.body))
        else:
            items.append(_FillLine([(f"{t.association_label}{t.colon.rstrip()}", 1.0)]))
        # The e-mail and phone speak for themselves: no label (and no second colon).
        contact = [_e(charter.coordinator_name)] if charter.coordinator_name else []
        for detail in (charter.coordinator_email, charter.coordinator_phone):
            if detail:
                contact.append(_e(detail.replace(" ", NBSP)))
        if contact:
            items.append(
                _Para(f"<b>{self.label(t.coordinator_label)}</b>{' · '.join(contact)}", s.body)
            )
        else:
            items.append(_FillLine([(f"{t.coordinator_label}{t.colon.rstrip()}", 1.0)]))
        return items

    def cohort(self, charter: CharterData) -> list[Any]:
        """The pair's cohort and the objectives its program pursues, each with its success
        indicator and target; nothing for a pair outside any cohort."""
        t, s = self.t, self.s
        if not charter.cohort_name:
            return []
        if not charter.cohort_objectives:
            return [_Para(_e(t.cohort_member.format(cohort=charter.cohort_name)), s.body)]
        intro = t.cohort_objectives_intro.format(cohort=charter.cohort_name)
        head = [
            _Para(_e(t.cohort_objective_head), s.cell_head),
            _Para(_e(t.indicator_label), s.cell_head),
            _Para(_e(t.cohort_target_label), s.cell_head),
        ]
        data: list[list[Any]] = [head]
        for goal in charter.cohort_objectives:
            data.append(
                [
                    _Para(_e(goal.text), s.cell),
                    _Para(_e(goal.indicator or ""), s.cell),
                    _Para(_e(goal.target or ""), s.cell),
                ]
            )
        target_w = min(
            max(
                pdfmetrics.stringWidth(text, font, s.cell.fontSize)
                for text, font in [(t.cohort_target_label, FONT_BOLD)]
                + [(g.target or "", FONT) for g in charter.cohort_objectives]
            )
            + 9,
            0.22 * self.width,
        )
        rest = self.width - target_w
        table = _Table(
            data, colWidths=[rest * 0.55, rest * 0.45, target_w], repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, s.cell.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, 0), RULE_WIDTH * 2, INK),
                    ("LINEBELOW", (0, 1), (-1, -1), RULE_WIDTH, RULE),
                ]
            )
        )
        return [_Para(_e(intro), s.body), table, Spacer(1, 6)]

    def objectives(self, charter: CharterData) -> list[Any]:
        t, s = self.t, self.s
        colon = t.colon.rstrip()
        items: list[Any] = self.cohort(charter)
        if not charter.objectives:
            items.append(_Para(_e(t.objectives_empty_intro), s.body))
            for n in range(1, 4):
                items.append(
                    _KeepTogether(
                        [
                            _FillLine([(f"{t.objective_label.format(n=n)}{colon}", 1.0)]),
                            _FillLine([("", 1.0)], indent=14),
                            _FillLine(
                                [
                                    (f"{t.indicator_label}{colon}", 0.68),
                                    (f"{t.target_label}{colon}", 0.32),
                                ],
                                indent=14,
                            ),
                        ]
                    )
                )
            return items
        items.append(_Para(_e(t.objectives_intro), s.body))
        items.append(self.objectives_table(charter))
        return items

    def objectives_table(self, charter: CharterData) -> Table:
        """The objectives in a compact table: number, objective, success indicator, target
        date and who teaches; a missing indicator or date is an empty cell to fill in."""
        t, s = self.t, self.s
        head = [
            _Para("", s.cell_head),
            _Para(_e(t.objectives_head), s.cell_head),
            _Para(_e(t.indicator_label), s.cell_head),
            _Para(_e(t.target_label), s.cell_head),
            _Para(_e(t.direction_label), s.cell_head),
        ]
        data: list[list[Any]] = [head]
        for n, objective in enumerate(charter.objectives, start=1):
            data.append(
                [
                    _Para(f"<b>{n}</b>", s.cell),
                    _Para(_e(objective.text), s.cell),
                    _Para(_e(objective.indicator or ""), s.cell),
                    _Para(self.date(objective.target_date), s.cell),
                    _Para(_e(t.directions[objective.direction]), s.cell),
                ]
            )
        number_w = 16.0
        date_w = (
            max(
                [pdfmetrics.stringWidth(t.target_label, FONT_BOLD, s.cell.fontSize)]
                + [
                    pdfmetrics.stringWidth(self.date(o.target_date), FONT, s.cell.fontSize)
                    for o in charter.objectives
                ]
            )
            + 9
        )
        who_w = 0.15 * self.width
        rest = self.width - number_w - date_w - who_w
        widths = [number_w, rest * 0.5, rest * 0.5, date_w, who_w]
        table = _Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, s.cell.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, 0), RULE_WIDTH * 2, INK),
                    ("LINEBELOW", (0, 1), (-1, -1), RULE_WIDTH, RULE),
                ]
            )
        )
        return table

    def form_table(self, rows: list[tuple[str, str | None]], columns: int = 1) -> Table:
        """Label and value pairs, ``columns`` pairs to a row; a missing value is a line to
        fill in by hand."""
        s = self.s
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for start in range(0, len(rows), columns):
            line: list[Any] = []
            for col, (label, value) in enumerate(rows[start : start + columns]):
                line.append(_Para(f"<b>{self.label(label)}</b>", s.body))
                line.append(_Para(_e(value), s.body) if value else "")
                if not value:
                    r = len(data)
                    commands.append(
                        ("LINEBELOW", (2 * col + 1, r), (2 * col + 1, r), RULE_WIDTH, RULE)
                    )
                    commands.append(("TOPPADDING", (2 * col + 1, r), (2 * col + 1, r), 12))
            data.append(line)
        widest = max(
            pdfmetrics.stringWidth(f"{label}{self.t.colon}", FONT_BOLD, BODY_SIZE)
            for label, _ in rows
        )
        label_w = min(widest + 10, 0.45 * self.width / columns)
        value_w = self.width / columns - label_w
        table = _Table(data, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def hours(self, value: float) -> str:
        """A monthly commitment in words: "3 heures", "1 heure", "2 h 30" in French (a
        duration with minutes is written the short way); "3 hours", "2.5 hours" in English."""
        if value == int(value):
            whole = int(value)
            template = self.t.hours_one if whole == 1 else self.t.hours_many
            return template.format(n=format_number(whole, self.language, 0))
        if self.language.startswith("fr"):
            return format_hours(value, self.language).replace(" ", NBSP)
        return self.t.hours_many.format(n=format_number(value, self.language, 2))

    def means(self, charter: CharterData) -> Table:
        t = self.t
        hours = self.hours(charter.monthly_commitment_hours)
        return self.form_table(
            [
                (t.place_label, charter.place),
                (t.mode_label, t.modes[charter.mode]),
                (t.frequency_label, charter.frequency),
                (t.commitment_label, t.commitment_value.format(hours=hours)),
            ]
        )

    def period(self, charter: CharterData) -> list[Any]:
        t = self.t
        table = self.form_table(
            [
                (t.start_label, self.date(charter.start_date) or None),
                (t.end_label, self.date(charter.planned_end) or None),
            ],
            columns=2,
        )
        return [table, Spacer(1, 2), _Para(_e(t.period_note), self.s.small)]

    def bullets(self, entries: Sequence[tuple[str, str]]) -> list[Any]:
        return [
            _Para(f"<b>{self.label(lead)}</b>{_e(text)}", self.s.bullet, bulletText="•")
            for lead, text in entries
        ]

    def commitments(self, charter: CharterData) -> list[Any]:
        t = self.t
        if charter.commitments_text:
            lines = charter.commitments_text.replace("\r\n", "\n").replace("\r", "\n")
            return [_Para("<br/>".join(_e(line) for line in lines.split("\n")), self.s.body)]
        return [_Para(_e(t.commitments_intro), self.s.body), *self.bullets(t.commitments)]

    def mediation(self, charter: CharterData) -> str:
        """Whom to ask for mediation and how to reach them: the coordinator by name, with
        the e-mail and phone the settings hold."""
        t = self.t
        name = charter.coordinator_name.replace(" ", NBSP)
        who = t.mediation_named.format(name=name) if name else t.mediation_unnamed
        ways = []
        if charter.coordinator_email:
            ways.append(t.mediation_email.format(email=charter.coordinator_email))
        if charter.coordinator_phone:
            ways.append(
                t.mediation_phone.format(phone=charter.coordinator_phone.replace(" ", NBSP))
            )
        how = t.or_word.join(ways)
        return t.mediation.format(who=who, how=f", {how}" if how else "")

    def privacy(self, charter: CharterData) -> str:
        """The data-protection paragraph: the retention period from the settings, and the
        coordination to ask, with the coordinator's name and e-mail when they are known."""
        t = self.t
        name = charter.coordinator_name.replace(" ", NBSP)  # a name is not split over lines
        details = [d for d in (name, charter.coordinator_email) if d]
        contact = t.privacy_contact
        if details:
            contact += f" ({', '.join(details)})"
        return t.privacy.format(
            retention=retention_words(charter.retention_months, t), contact=contact
        )

    def signatures(self, charter: CharterData) -> KeepTogether:
        t, s = self.t, self.s
        colon = t.colon.rstrip()

        # One row when it fits (four narrow cells with a guardian), else rows of three.
        count = 3 + sum(
            (charter.mentor_is_minor(self.printed_on), charter.mentee_is_minor(self.printed_on))
        )
        per_row = count if count <= 4 else 3
        inner = self.width / per_row - 14

        def who(role: str, name: str | None) -> list[Any]:
            content: list[Any] = [_Para(_e(role), s.role)]
            if name:
                content.append(_Para(_e(name), self.fitted(name, s.signer, inner)))
            else:
                content.append(_FillLine([(f"{t.name_label}{colon}", 1.0)], size=s.small.fontSize))
            return content

        signers = [
            who(t.sign_mentor, charter.mentor_name),
            who(t.sign_mentee, charter.mentee_name),
            who(t.sign_coordinator, charter.coordinator_name or None),
        ]
        for minor, name in (
            (charter.mentor_is_minor(self.printed_on), charter.mentor_name),
            (charter.mentee_is_minor(self.printed_on), charter.mentee_name),
        ):
            if minor:
                guardian = t.sign_guardian.format(of_name=of_name(name, self.language))
                signers.append(who(guardian, None))
        # Each row of signers is three table rows (who, date, signature), so that the date
        # and signature lines of a row stay level whatever the length of a name or role.

        def date_line() -> list[Any]:
            return [_FillLine([(f"{t.date_label}{colon}", 1.0)], size=s.small.fontSize)]

        def signature() -> list[Any]:
            return [
                _Para(f"{_e(t.signature_label)}{colon}", s.small),
                Spacer(1, SIGNATURE_SPACE),
            ]

        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for first in range(0, len(signers), per_row):
            group = signers[first : first + per_row]
            top = len(rows)
            rows.append([*group, *[[] for _ in range(per_row - len(group))]])
            rows.append([date_line() if c < len(group) else [] for c in range(per_row)])
            rows.append([signature() if c < len(group) else [] for c in range(per_row)])
            commands.append(("TOPPADDING", (0, top), (-1, top), 5))
            commands.append(("BOTTOMPADDING", (0, top + 2), (-1, top + 2), 2))
            for c in range(len(group)):
                commands.append(("BOX", (c, top), (c, top + 2), RULE_WIDTH, RULE))
        table = _Table(rows, colWidths=[self.width / per_row] * per_row)
        table.setStyle(TableStyle(commands))
        return _KeepTogether(
            [
                self.heading(t.h_signatures),
                _Para(_e(t.sign_note), s.small),
                _FillLine([(t.signed_at, 0.6), (t.signed_on, 0.4)]),
                Spacer(1, 5),
                table,
            ]
        )


def _copy_label(texts: CharterTexts, n: int, copies: int) -> str:
    if copies == 1:
        return ""
    if copies == 2:
        return texts.copy_for_mentor if n == 1 else texts.copy_for_mentee
    return texts.copy_n.format(n=n, total=copies)


def render_charters(
    charters: list[CharterData],
    output: Path,
    language: str,
    paper: str,
    copies: int = 1,
    *,
    printed_on: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the charters into one PDF at ``output`` and return its number of pages.

    Each charter starts on a new page; with ``copies`` > 1 each one is repeated that many times
    in a row (with 2: the mentor's copy, then the mentee's). ``printed_on`` (default: today)
    is the date printed in the footer and the one that decides who is a minor.

    ``progress(done, total)`` (charter copies laid out, out of all of them) is called before
    the first, between two copies and at the end; an exception it raises stops the drawing
    and leaves no file behind (nor changes a previous one).
    """
    if not charters:
        raise ValueError("no charter to print")
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    if copies < 1:
        raise ValueError("copies must be at least 1")
    texts = texts_for(language)
    printed_on = printed_on or dt.date.today()
    output = Path(output)
    register_fonts()

    logos = {c.logo_path: load_logo(c.logo_path) for c in charters if c.logo_path}
    distinct = list(dict.fromkeys(c.pair_id for c in charters))
    if len(distinct) == 1:
        title = texts.doc_title_one.format(
            mentor=charters[0].mentor_name, mentee=charters[0].mentee_name
        )
    else:
        title = texts.doc_title_many.format(count=len(distinct))
    author = charters[0].association or texts.default_author

    pages: list[int] = []

    def write(target: BinaryIO) -> None:
        # reportlab writes the PDF into the open private file (a file object, not a path).
        doc = _CharterDoc(
            target,
            texts,
            language,
            printed_on,
            logos,
            pagesize=PAPER_SIZES[paper],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=texts.subject,
            creator="Mentorat",
            lang=texts.pdf_lang,
            displayDocTitle=True,
            initialFontName=FONT,
            initialFontSize=BODY_SIZE,
            pageCompression=1,
        )
        total = len(charters) * copies
        doc.progress, doc.total = progress, total
        if progress is not None:
            progress(0, total)
        builder = _Builder(texts, language, printed_on, doc.width)
        # One copy ahead, not the whole batch at once: a cohort's story is hundreds of
        # thousands of objects, which the garbage collector would walk again and again
        # (long pauses of every thread) while they wait their turn.
        upcoming = (
            builder.build(charter, _copy_label(texts, n, copies))
            for charter in charters
            for n in range(1, copies + 1)
        )
        doc.story = story = next(upcoming)
        doc.upcoming = upcoming
        doc.build(story)
        if progress is not None:
            progress(total, total)
        pages.append(int(doc.page))

    # Complete or absent, mode 0600 from its creation, any previous file left on failure.
    write_private(output, write)
    return pages[0]
