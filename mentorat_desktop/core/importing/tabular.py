"""Reading a spreadsheet file (CSV, tab-separated text or XLSX) into plain rows of text.

The coordinator's files come from everywhere: French Excel (cp1252, ';'), LibreOffice,
Google Forms (UTF-8, ','), or a workbook. This module turns any of them into a header row
and data rows of strings, each row carrying the line number the user sees in their
spreadsheet program, so that a message such as "line 14: e-mail not valid" can be found.

Problems are reported as :class:`TableReadError` with a code, never as a raw exception.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
SUPPORTED_SUFFIXES = CSV_SUFFIXES | XLSX_SUFFIXES
DELIMITERS = ("\t", ";", ",")  # on a tie, the earlier one wins

UNREADABLE = "unreadable"  # missing, a folder, no permission, damaged or not text
UNSUPPORTED_FORMAT = "unsupported_format"  # an extension we do not read (.xls, .ods...)
EMPTY = "empty"  # nothing but blank lines
NO_HEADER = "no_header"  # the first non-blank row does not look like column titles


class TableReadError(Exception):
    """The file cannot be read as a table. ``code`` is one of the constants above."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}".rstrip(": "))
        self.code = code
        self.detail = detail


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


def read_table(path: Path) -> Table:
    """Read ``path`` (CSV, TXT, TSV, XLSX or XLSM) into a :class:`Table`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise TableReadError(UNSUPPORTED_FORMAT, suffix or path.name)
    if not path.is_file():
        raise TableReadError(UNREADABLE, "not a file" if path.exists() else "not found")
    if suffix in XLSX_SUFFIXES:
        with contextlib.closing(_xlsx_records(path)) as records:  # closes the workbook
            return _build(records)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TableReadError(UNREADABLE, str(exc)) from exc
    text, encoding = decode_text(raw)
    text, delimiter = _sep_directive(text)
    if delimiter is None:
        delimiter = detect_delimiter(text, "\t" if suffix == ".tsv" else ",")
    table = _build(_csv_records(text, delimiter))
    table.encoding = encoding
    table.delimiter = delimiter
    return table


# -- CSV ---------------------------------------------------------------------------------


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file: UTF-16 when it says so, else UTF-8 (with or
    without BOM), else Windows-1252 as French Excel writes it."""
    if not raw.strip():
        raise TableReadError(EMPTY)
    attempts: list[str] = []
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts.append("utf-16")
    attempts += ["utf-8-sig", "cp1252", "latin-1"]
    for encoding in attempts:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            # A binary file with a text extension (or UTF-16 without its mark).
            raise TableReadError(UNREADABLE, "binary content")
        return text, encoding
    raise TableReadError(UNREADABLE, "unknown encoding")  # pragma: no cover - latin-1 decodes


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


def _sep_directive(text: str) -> tuple[str, str | None]:
    """Some programs write a first line "sep=;" telling Excel the separator. Use it, and
    blank that line (keeping the line numbers)."""
    first, newline, rest = text.partition("\n")
    match = re.fullmatch(r"\s*sep=(.)\s*", first.rstrip("\r"), flags=re.IGNORECASE)
    if match is None:
        return text, None
    return newline + rest, match.group(1)


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            yield start, [cell.replace("\r\n", "\n").replace("\r", "\n") for cell in record]
            start = reader.line_num + 1
    except csv.Error as exc:
        raise TableReadError(UNREADABLE, f"line {start}: {exc}") from exc


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
    from openpyxl import load_workbook  # lazily: start-up must not pay for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # damaged, encrypted, not a zip, wrong content...
        raise TableReadError(UNREADABLE, f"{type(exc).__name__}: {exc}") from exc
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
            raise TableReadError(UNREADABLE, f"{type(exc).__name__}: {exc}") from exc
    finally:
        workbook.close()


# -- both --------------------------------------------------------------------------------


def _build(records: Iterable[tuple[int, list[str]]]) -> Table:
    table: Table | None = None
    columns: list[tuple[int, str]] = []  # (position in the record, header)
    for line, cells in records:
        cells = [cell.strip() for cell in cells]
        if not any(cells):
            continue
        if table is None:
            columns = _header_columns(cells)
            if not any(any(ch.isalpha() for ch in name) for _, name in columns):
                raise TableReadError(NO_HEADER, f"line {line}")
            table = Table(headers=[name for _, name in columns], header_line=line)
            continue
        values = {name: cells[i] if i < len(cells) else "" for i, name in columns}
        if any(values.values()):
            table.rows.append(TableRow(line, values))
    if table is None:
        raise TableReadError(EMPTY)
    return table


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
