"""The columns of a file as both importers see them: the field each goes to, what each holds.

An import first guesses a field for each column from its title (each importer has its own
titles, read with :func:`~mentorat_desktop.core.importing.cells.header_key`); the
coordinator may then choose another field for any column in the preview, or leave it out.
This module holds what the two importers share for that:

- :func:`chosen_columns`: the coordinator's choice, kept to the fields the import knows;
- :func:`add_samples` / :func:`read_samples`: a few values of each column, to show what a
  column held, imported or not;
- :class:`ColumnsMissing`: no column gives what the import needs. It carries the titles,
  the guesses made and the samples, so that the preview can still offer every column to
  choose from, even when nothing was recognised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mentorat_desktop.core.importing.tabular import TableRow

SAMPLES_PER_COLUMN = 3  # different values shown for each column
SAMPLE_ROWS = 1_000  # rows read at most for samples when the columns are missing


class ColumnsMissing(Exception):
    """No column gives some field the import needs. ``missing`` lists those fields;
    ``headers`` every column title in file order, ``column_map`` the fields guessed or
    chosen for the others (column title -> field), ``samples`` a few values of each column.
    The importers fill ``headers`` and ``samples`` when they have read the table."""

    def __init__(self, missing: list[str], column_map: dict[str, str] | None = None) -> None:
        super().__init__("missing columns: " + ", ".join(missing))
        self.missing = missing
        self.column_map: dict[str, str] = dict(column_map or {})
        self.headers: list[str] = []
        self.samples: dict[str, list[str]] = {}


def chosen_columns(
    headers: Sequence[str], chosen: dict[str, str], targets: Iterable[str]
) -> tuple[dict[str, str], list[str]]:
    """The coordinator's own map of columns to fields: (column_map, ignored_headers). A
    column left out, given "" or a field the import does not know is not imported; a title
    that is not a column of the file is dropped."""
    known = set(targets)
    column_map = {h: chosen[h] for h in headers if chosen.get(h) in known}
    ignored = [h for h in headers if h not in column_map]
    return column_map, ignored


def new_samples(headers: Sequence[str]) -> dict[str, list[str]]:
    return {h: [] for h in headers}


def add_samples(samples: dict[str, list[str]], values: dict[str, str]) -> None:
    """Keep the first SAMPLES_PER_COLUMN different values of each column of a row."""
    for header, kept in samples.items():
        if len(kept) < SAMPLES_PER_COLUMN:
            value = " ".join(values.get(header, "").split())
            if value and value not in kept:
                kept.append(value)


def read_samples(headers: Sequence[str], rows: Iterable[TableRow]) -> dict[str, list[str]]:
    """A few values of each column from the first SAMPLE_ROWS rows at most."""
    samples = new_samples(headers)
    for count, row in enumerate(rows, start=1):
        add_samples(samples, row.values)
        if count >= SAMPLE_ROWS or all(len(v) >= SAMPLES_PER_COLUMN for v in samples.values()):
            break
    return samples


def complete(exc: ColumnsMissing, headers: Sequence[str], rows: Iterable[TableRow]) -> None:
    """Give ``exc`` the titles of the file and a few values of each column."""
    exc.headers = list(headers)
    exc.samples = read_samples(headers, rows)
