"""The dashboard's figures as tables, and writing them to CSV or Excel (XLSX).

The tables are made from the activity report's figures (``core.report.figures.Indicators``):
what the dashboard shows, what the report prints and what is exported are the same numbers.
Files hold no personal data, but are written privately all the same (``core.files``): a
cohort's name may say who is in it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.files import neutralise_formula, write_private
from mentorat_desktop.core.formatting import format_date, format_month
from mentorat_desktop.core.report.figures import GENERATION_ORDER, Indicators
from mentorat_desktop.i18n.labels import end_reason_label, generation_label

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _hours(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def _share(value: float | None) -> float | None:
    """A share as a percentage, rounded to the tenth."""
    return round(value * 100, 1) if value is not None else None


def _average(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def dashboard_tables(ind: Indicators, language: str) -> list[Table]:
    """The figures of ``ind`` as the tables that are exported, in the user's language."""

    period = QCoreApplication.translate("DashboardTables", "From {start} to {end}").format(
        start=format_date(ind.start, language), end=format_date(ind.end, language)
    )
    figures: list[tuple[Cell, ...]] = [
        (QCoreApplication.translate("DashboardTables", "Period"), period),
        (
            QCoreApplication.translate("DashboardTables", "Cohort"),
            ind.cohort or QCoreApplication.translate("DashboardTables", "All pairs"),
        ),
        (QCoreApplication.translate("DashboardTables", "Pairs started"), ind.pairs_formed),
        (QCoreApplication.translate("DashboardTables", "Pairs active"), ind.pairs_active),
        (QCoreApplication.translate("DashboardTables", "Pairs paused"), ind.pairs_paused),
        (QCoreApplication.translate("DashboardTables", "Pairs ended"), ind.pairs_ended),
        (
            QCoreApplication.translate("DashboardTables", "Pairs ended before their planned end"),
            ind.pairs_ended_early,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Hours of sessions"),
            _hours(ind.hours_total),
        ),
        (
            QCoreApplication.translate("DashboardTables", "Hours per active pair"),
            _hours(ind.hours_per_pair),
        ),
        (
            QCoreApplication.translate(
                "DashboardTables", "Months of pairs that met the commitment (%)"
            ),
            _share(ind.share_commitment_met),
        ),
        (
            QCoreApplication.translate("DashboardTables", "Months of pairs that met it"),
            ind.commitment_met,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Months of pairs judged"),
            ind.commitment_judged,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Pairs that met it every month judged"),
            ind.pairs_kept_commitment,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Objectives reached"),
            ind.objectives_reached,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Objectives (all)"),
            ind.objectives_total,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Mentors' satisfaction (out of 5)"),
            _average(ind.satisfaction_mentors),
        ),
        (
            QCoreApplication.translate("DashboardTables", "Mentors' answers"),
            ind.satisfaction_mentors_count,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Mentees' satisfaction (out of 5)"),
            _average(ind.satisfaction_mentees),
        ),
        (
            QCoreApplication.translate("DashboardTables", "Mentees' answers"),
            ind.satisfaction_mentees_count,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Mentors trained in the period"),
            ind.mentors_trained_in_period,
        ),
        (
            QCoreApplication.translate("DashboardTables", "Mentors trained by its end"),
            ind.mentors_trained,
        ),
        (QCoreApplication.translate("DashboardTables", "Mentors"), ind.mentors_total),
    ]
    months = dict(ind.commitment_by_month)
    by_month: list[tuple[Cell, ...]] = [
        (
            format_month(month, language),
            _hours(hours),
            months[month].met if month in months else None,
            months[month].judged if month in months else None,
        )
        for month, hours in ind.hours_by_month
    ]
    generations: list[tuple[Cell, ...]] = [
        (
            generation_label(g),
            ind.mentors_by_generation.get(g, 0),
            ind.mentees_by_generation.get(g, 0),
            ind.members_by_generation.get(g, 0),
        )
        for g in GENERATION_ORDER
        if ind.members_by_generation.get(g, 0)
    ]
    ended: list[tuple[Cell, ...]] = [
        (end_reason_label(reason), count)
        for reason, count in ind.pairs_ended_by_reason.items()
        if count
    ]
    return [
        Table(
            QCoreApplication.translate("DashboardTables", "Figures"),
            (
                QCoreApplication.translate("DashboardTables", "Figure"),
                QCoreApplication.translate("DashboardTables", "Value"),
            ),
            figures,
        ),
        Table(
            QCoreApplication.translate("DashboardTables", "Hours by month"),
            (
                QCoreApplication.translate("DashboardTables", "Month"),
                QCoreApplication.translate("DashboardTables", "Hours"),
                QCoreApplication.translate("DashboardTables", "Pairs that met the commitment"),
                QCoreApplication.translate("DashboardTables", "Pairs judged"),
            ),
            by_month,
        ),
        Table(
            QCoreApplication.translate("DashboardTables", "Members by generation"),
            (
                QCoreApplication.translate("DashboardTables", "Generation"),
                QCoreApplication.translate("DashboardTables", "Mentors"),
                QCoreApplication.translate("DashboardTables", "Mentees"),
                QCoreApplication.translate("DashboardTables", "Everyone"),
            ),
            generations,
        ),
        Table(
            QCoreApplication.translate("DashboardTables", "Pairs ended, and why"),
            (
                QCoreApplication.translate("DashboardTables", "Reason"),
                QCoreApplication.translate("DashboardTables", "Pairs"),
            ),
            ended,
        ),
    ]


# -- writing ----------------------------------------------------------------------------------


def _csv_cell(value: Cell, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_formula(value)
    text = str(value)
    # Spreadsheets read "2,5" as a number in French, "2.5" in English.
    return text.replace(".", ",") if language.startswith("fr") else text


def write_tables_csv(path: Path, tables: Sequence[Table], language: str) -> None:
    """The tables one after the other (title, column titles, rows, an empty line), for
    the spreadsheet of the user's language: UTF-8 with BOM, ';', CRLF."""

    def write(binary: BinaryIO) -> None:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
            for i, table in enumerate(tables):
                if i:
                    writer.writerow([])
                writer.writerow([neutralise_formula(table.title)])
                writer.writerow([neutralise_formula(c) for c in table.columns])
                writer.writerows([_csv_cell(v, language) for v in row] for row in table.rows)
            text.flush()
        finally:
            text.detach()  # the binary file stays open for write_private

    write_private(path, write)


_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_tables_xlsx(path: Path, tables: Sequence[Table]) -> None:
    """One sheet per table, its column titles in bold, numbers as numbers."""
    # lazy: openpyxl is heavy, imported only when a workbook is written.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables:
        name = table.title.translate(_SHEET_FORBIDDEN)[:31].strip() or "Sheet"
        base, n = name, 2
        while name.casefold() in used:
            name = f"{base[:28]} {n}"
            n += 1
        used.add(name.casefold())
        sheet = book.create_sheet(name)
        sheet.append(list(table.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            # Text is never a formula: written as a string cell, neutralised as in CSV.
            sheet.append([neutralise_formula(v) if isinstance(v, str) else v for v in row])
        for k, column in enumerate(table.columns):
            width = max([len(str(column))] + [len(str(r[k] or "")) for r in table.rows])
            sheet.column_dimensions[chr(ord("A") + k)].width = min(60, width + 2)
    write_private(path, book.save)
