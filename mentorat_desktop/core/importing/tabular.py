"""Reading a spreadsheet file (CSV, tab-separated text or XLSX) into plain rows of text.

The coordinator's files come from everywhere: French Excel (cp1252, ';'), LibreOffice,
Google Forms (UTF-8, ','), or a workbook. This module turns any of them into a header row
and data rows of strings, each row carrying the line number the user sees in their
spreadsheet program, so that a message such as "line 14: e-mail not valid" can be found.

:func:`open_table` reads the rows one at a time (a CSV file is decoded as a stream, a
workbook read with openpyxl's read-only mode), so that a large file never sits whole in
memory; ``max_rows`` refuses a file with more data rows than that. :func:`read_table`
gives them all at once. A cell that an export protected against formulas ("'=1+1",
"'+33 6...") is read without the added quote (``core.files.restore_formula``).

Problems are reported as :class:`TableReadError` with a code, never as a raw exception.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import itertools
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mentorat_desktop.core.files import restore_formula
from mentorat_desktop.core.text import strip_controls

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
SUPPORTED_SUFFIXES = CSV_SUFFIXES | XLSX_SUFFIXES
DELIMITERS = ("\t", ";", ",")  # on a tie, the earlier one wins

UNREADABLE = "unreadable"  # missing, a folder, no permission, damaged or not text
UNSUPPORTED_FORMAT = "unsupported_format"  # an extension we do not read (.xls, .ods...)
EMPTY = "empty"  # nothing but blank lines
NO_HEADER = "no_header"  # the first non-blank row does not look like column titles
TOO_MANY_ROWS = "too_many_rows"  # more data rows than the reader accepts (TooManyRowsError)

# Why an UNREADABLE file could not be read (TableReadError.reason), so that the message
# says it rather than "it does not exist".
NOT_FOUND = "not_found"  # nothing at that path
NOT_A_FILE = "not_a_file"  # a folder
NO_ACCESS = "no_access"  # permission refused, or any other error of the system
ENCODING = "encoding"  # text whose encoding is not recognised (null bytes: UTF-16...)
NOT_SPREADSHEET = "not_spreadsheet"  # a workbook that is damaged, encrypted or not one
QUOTE_OPEN = "quote_open"  # a quote left open at ``line`` swallowed the rows after it
LINE_TOO_LONG = "line_too_long"  # a line longer than MAX_LINE_CHARS: not a table

# A line of text longer than this (characters) is not a spreadsheet row: the file is
# refused rather than read whole into memory.
MAX_LINE_CHARS = 1_000_000
_CHUNK = 1 << 20  # bytes read at a time to find the encoding


class TableReadError(Exception):
    """The file cannot be read as a table. ``code`` is one of the constants above."""

    def __init__(
        self, code: str, detail: str = "", *, reason: str = "", line: int | None = None
    ) -> None:
        super().__init__(f"{code}: {detail}".rstrip(": "))
        self.code = code
        self.detail = detail
        self.reason = reason  # for UNREADABLE: NOT_FOUND, ENCODING, QUOTE_OPEN...
        self.line = line  # the line of the file concerned, when there is one


class TooManyRowsError(TableReadError):
    """The file holds more than ``limit`` data rows (code TOO_MANY_ROWS); it was not read
    any further."""

    def __init__(self, limit: int) -> None:
        super().__init__(TOO_MANY_ROWS, f"more than {limit} rows")
        self.limit = limit


@dataclass(frozen=True)
class TableRow:
    """One non-blank data row. ``line`` is the row number shown by the spreadsheet program
    (the header is line 1 when it is on the first line); for CSV, a record that spans
    several lines (a quoted cell with line breaks) gets the line where it starts."""

    line: int
    values: dict[str, str]


@dataclass
class Table:
    headers: list[str]
    rows: list[TableRow] = field(default_factory=list)
    header_line: int = 1
    encoding: str | None = None  # CSV only: the encoding that decoded the file
    delimiter: str | None = None  # CSV only: the column separator found


@dataclass
class TableStream:
    """A table whose rows are read as they are asked for (see :func:`open_table`)."""

    headers: list[str]
    rows: Iterator[TableRow]
    header_line: int = 1
    encoding: str | None = None
    delimiter: str | None = None


def read_table(path: Path, *, max_rows: int | None = None) -> Table:
    """Read ``path`` (CSV, TXT, TSV, XLSX or XLSM) into a :class:`Table`.

    TooManyRowsError when it holds more than ``max_rows`` data rows."""
    with open_table(path, max_rows=max_rows) as stream:
        return Table(
            headers=stream.headers,
            rows=list(stream.rows),
            header_line=stream.header_line,
            encoding=stream.encoding,
            delimiter=stream.delimiter,
        )


@contextlib.contextmanager
def open_table(path: Path, *, max_rows: int | None = None) -> Iterator[TableStream]:
    """Open ``path`` (CSV, TXT, TSV, XLSX or XLSM) and read its header; the data rows come
    one at a time from the stream's ``rows`` while the ``with`` block lasts.

        with open_table(path, max_rows=50_000) as table:
            for row in table.rows: ...

    TableReadError on entering when the file cannot be read or has no header, and while
    reading the rows when it turns out damaged; TooManyRowsError when a row beyond
    ``max_rows`` comes."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise TableReadError(UNSUPPORTED_FORMAT, suffix or path.name)
    if not path.is_file():
        if path.exists():
            raise TableReadError(UNREADABLE, "not a file", reason=NOT_A_FILE)
        raise TableReadError(UNREADABLE, "not found", reason=NOT_FOUND)
    with contextlib.ExitStack() as stack:
        encoding: str | None = None
        delimiter: str | None = None
        records: Iterator[tuple[int, list[str]]]
        if suffix in XLSX_SUFFIXES:
            records = stack.enter_context(contextlib.closing(_xlsx_records(path)))
        else:
            encoding = _detect_encoding(path)
            try:
                handle = stack.enter_context(open(path, encoding=encoding, newline=""))
            except OSError as exc:
                raise TableReadError(UNREADABLE, str(exc), reason=NO_ACCESS) from exc
            lines = _lines(handle)
            lines, delimiter = _delimiter_of(lines, "\t" if suffix == ".tsv" else ",")
            records = _csv_records(lines, delimiter)
        headers, header_line, columns = _header(records)
        yield TableStream(
            headers=headers,
            rows=_data_rows(records, columns, max_rows),
            header_line=header_line,
            encoding=encoding,
            delimiter=delimiter,
        )


def limit_rows(rows: Iterable[TableRow], max_rows: int) -> Iterator[TableRow]:
    """``rows``, refused with TooManyRowsError as soon as there are more than
    ``max_rows`` (what comes after is not read)."""
    for count, row in enumerate(rows, start=1):
        if count > max_rows:
            raise TooManyRowsError(max_rows)
        yield row


# -- CSV ---------------------------------------------------------------------------------


def _encodings(start: bytes) -> list[str]:
    """The encodings to try, in order, for a file that starts with ``start``."""
    attempts: list[str] = []
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts.append("utf-16")
    return [*attempts, "utf-8-sig", "cp1252", "latin-1"]


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file: UTF-16 when it says so, else UTF-8 (with or
    without BOM), else Windows-1252 as French Excel writes it."""
    if not raw.strip():
        raise TableReadError(EMPTY)
    for encoding in _encodings(raw):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            # A binary file with a text extension (or UTF-16 without its mark).
            raise TableReadError(UNREADABLE, "binary content", reason=ENCODING)
        return text, encoding
    raise TableReadError(  # pragma: no cover - latin-1 decodes
        UNREADABLE, "unknown encoding", reason=ENCODING
    )


def _detect_encoding(path: Path) -> str:
    """The encoding :func:`decode_text` would choose for the file, found by reading it a
    chunk at a time (each encoding tried over the whole file, nothing kept)."""
    try:
        with open(path, "rb") as fh:
            attempts = _encodings(fh.read(4))
            for encoding in attempts:
                fh.seek(0)
                decoder = codecs.getincrementaldecoder(encoding)()
                try:
                    while chunk := fh.read(_CHUNK):
                        if "\x00" in decoder.decode(chunk):
                            raise TableReadError(UNREADABLE, "binary content", reason=ENCODING)
                    if "\x00" in decoder.decode(b"", final=True):
                        raise TableReadError(UNREADABLE, "binary content", reason=ENCODING)
                except UnicodeDecodeError:
                    continue
                return encoding
    except OSError as exc:
        raise TableReadError(UNREADABLE, str(exc), reason=NO_ACCESS) from exc
    raise TableReadError(  # pragma: no cover - latin-1 decodes
        UNREADABLE, "unknown encoding", reason=ENCODING
    )


def _lines(handle: io.TextIOBase) -> Iterator[str]:
    """The lines of an open text file (line ends kept), refusing a line too long to be a
    row and turning a reading problem into TableReadError."""
    try:
        while line := handle.readline(MAX_LINE_CHARS):
            if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
                raise TableReadError(UNREADABLE, "line too long", reason=LINE_TOO_LONG)
            yield line
    except OSError as exc:
        raise TableReadError(UNREADABLE, str(exc), reason=NO_ACCESS) from exc
    except UnicodeDecodeError as exc:
        raise TableReadError(UNREADABLE, str(exc), reason=ENCODING) from exc


def detect_delimiter(text: str, default: str = ",") -> str:
    """The separator used in the first non-blank line: the most frequent of tab, ';' and
    ',' outside double quotes, or ``default`` when there is none."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else default


_SEP_DIRECTIVE = re.compile(r"\s*sep=(.)\s*", flags=re.IGNORECASE)


def _delimiter_of(lines: Iterator[str], default: str) -> tuple[Iterator[str], str]:
    """The separator of the file whose ``lines`` are given, and the lines to read from
    there. Some programs write a first line "sep=;" telling Excel the separator: it is
    used, and that line blanked (keeping the line numbers). Otherwise the first non-blank
    line tells (see detect_delimiter); it is the only line read ahead (the blank lines
    before it are counted, not kept)."""
    first = next(lines, "")
    match = _SEP_DIRECTIVE.fullmatch(first.rstrip("\r\n"))
    if match is not None:
        ending = "\n" if first.endswith(("\n", "\r")) else ""
        return itertools.chain([ending], lines), match.group(1)
    blank = 0  # blank lines before the first one with text: only counted
    line = first
    while line and not line.strip():
        blank += 1
        line = next(lines, "")
    ahead = itertools.chain(itertools.repeat("\n", blank), [line])
    return itertools.chain(ahead, lines), detect_delimiter(line, default)


def _csv_records(lines: Iterator[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The records of a CSV file with the line each starts on. A quote left open (a cell
    that begins with " and never ends) takes in every line after it up to the next quote:
    when a cell holds whole rows of the table that way, the file is refused (QUOTE_OPEN,
    at the line of the quote) rather than read with rows missing."""
    reader = csv.reader(lines, delimiter=delimiter)
    start = 1
    width = 0  # the cells of the first record with any: the header
    try:
        for record in reader:
            cells = [cell.replace("\r\n", "\n").replace("\r", "\n") for cell in record]
            if not width and any(c.strip() for c in cells):
                width = len(cells)
            elif width >= 3 and any(_swallows_rows(c, delimiter, width) for c in cells):
                raise TableReadError(
                    UNREADABLE, f"line {start}: quote left open", reason=QUOTE_OPEN, line=start
                )
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        raise TableReadError(
            UNREADABLE, f"line {start}: {exc}", reason=QUOTE_OPEN, line=start
        ) from exc


def _swallows_rows(cell: str, delimiter: str, width: int) -> bool:
    """Whether a cell spanning lines holds a line that is a whole row of the table (as
    many separators as the header has): what a quote left open does."""
    if "\n" not in cell:
        return False
    return any(line.count(delimiter) >= width - 1 for line in cell.split("\n")[1:])


# -- XLSX --------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A workbook cell as the text a person would type for it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.15g}"
    return str(value).strip()


def _xlsx_records(path: Path) -> Generator[tuple[int, list[str]], None, None]:
    from openpyxl import load_workbook  # lazy: openpyxl, only for .xlsx files

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # damaged, encrypted, not a zip, wrong content...
        raise TableReadError(
            UNREADABLE, f"{type(exc).__name__}: {exc}", reason=NOT_SPREADSHEET
        ) from exc
    try:
        if not workbook.worksheets:
            raise TableReadError(EMPTY)
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            # The size recorded by some programs is wrong; read every row there is.
            sheet.reset_dimensions()
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, [cell_text(value) for value in row]
        except Exception as exc:
            raise TableReadError(
                UNREADABLE, f"{type(exc).__name__}: {exc}", reason=NOT_SPREADSHEET
            ) from exc
    finally:
        workbook.close()


# -- both --------------------------------------------------------------------------------


def _cells(cells: list[str]) -> list[str]:
    """The cells of a row as the importers read them: trimmed, without a formula guard,
    and without control characters or bidirectional overrides (see text.strip_controls)."""
    return [restore_formula(strip_controls(cell).strip()) for cell in cells]


def _header(
    records: Iterator[tuple[int, list[str]]],
) -> tuple[list[str], int, list[tuple[int, str]]]:
    """Read up to the first non-blank row, the column titles: (headers, their line, the
    named columns by position). EMPTY when there is none, NO_HEADER when it holds no word."""
    for line, raw in records:
        cells = _cells(raw)
        if not any(cells):
            continue
        columns = _header_columns(cells)
        if not any(any(ch.isalpha() for ch in name) for _, name in columns):
            raise TableReadError(NO_HEADER, f"line {line}")
        return [name for _, name in columns], line, columns
    raise TableReadError(EMPTY)


def _data_rows(
    records: Iterator[tuple[int, list[str]]],
    columns: list[tuple[int, str]],
    max_rows: int | None,
) -> Iterator[TableRow]:
    count = 0
    for line, raw in records:
        cells = _cells(raw)
        if not any(cells):
            continue
        values = {name: cells[i] if i < len(cells) else "" for i, name in columns}
        if any(values.values()):
            count += 1
            if max_rows is not None and count > max_rows:
                raise TooManyRowsError(max_rows)
            yield TableRow(line, values)


def _header_columns(cells: list[str]) -> list[tuple[int, str]]:
    """The named columns of a header row; a repeated title gets " (2)", " (3)"..."""
    columns: list[tuple[int, str]] = []
    seen: set[str] = set()
    for index, cell in enumerate(cells):
        name = " ".join(cell.split())
        if not name:
            continue
        unique, n = name, 1
        while unique in seen:
            n += 1
            unique = f"{name} ({n})"
        seen.add(unique)
        columns.append((index, unique))
    return columns
