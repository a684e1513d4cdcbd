"""Sentences for imports: why a file cannot be read, why a row is skipped or refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from mentorat_desktop.core.importing.tabular import TableReadError, TooManyRowsError
from mentorat_desktop.i18n.fields import field_label
from mentorat_desktop.i18n.messages import field_error_with_label


def describe_plan_problem(exc: BaseException, path: Path) -> str | None:
    """The sentence for a file that cannot be imported at all; None if ``exc`` is unexpected."""
    # lazy: the importers (SQLAlchemy), only when a file cannot be imported
    from mentorat_desktop.core.importing.members import MissingColumnsError
    from mentorat_desktop.core.importing.sessions import MissingSessionColumnsError

    if isinstance(exc, MissingSessionColumnsError):
        return QCoreApplication.translate(
            "Import",
            "“{path}” needs a column for the mentor and one for the mentee (or one for the "
            "pair), a date and a duration. Nothing was imported.",
        ).format(path=path.name)
    if isinstance(exc, MissingColumnsError):
        return QCoreApplication.translate(
            "Import",
            "No column gives the names in “{path}”: add columns titled “First name” and "
            "“Last name” (or “Prénom” and “Nom”). Nothing was imported.",
        ).format(path=path.name)
    if isinstance(exc, TooManyRowsError):
        return QCoreApplication.translate(
            "Import",
            "“{path}” holds more than {limit} rows, the most Mentorat imports from one file. "
            "Split it into several files and import them one after the other. Nothing was "
            "imported.",
        ).format(path=path.name, limit=QLocale().toString(exc.limit))
    if isinstance(exc, TableReadError):
        reasons = {
            "not_found": QCoreApplication.translate("Import", "“{path}” does not exist."),
            "not_a_file": QCoreApplication.translate("Import", "“{path}” is a folder, not a file."),
            "no_access": QCoreApplication.translate(
                "Import",
                "“{path}” cannot be opened: access is refused, or it is open in another program.",
            ),
            "encoding": QCoreApplication.translate(
                "Import",
                "The encoding of “{path}” is not recognised (or it is not text): save it "
                "again as “CSV UTF-8”.",
            ),
            "not_spreadsheet": QCoreApplication.translate(
                "Import",
                "“{path}” is not a spreadsheet: it is damaged, protected by a password, or "
                "another kind of file under a spreadsheet’s name.",
            ),
            "line_too_long": QCoreApplication.translate(
                "Import", "“{path}” holds a line far too long to be a row of a table."
            ),
        }
        if exc.reason == "quote_open":
            text = QCoreApplication.translate(
                "Import",
                "In “{path}”, a quotation mark opened at line {line} is never closed: it "
                "takes in the rows after it. Remove or close it, then import again.",
            ).format(path=path.name, line=exc.line or "?")
            return text + " " + QCoreApplication.translate("Import", "Nothing was imported.")
        texts = {
            "unreadable": reasons.get(
                exc.reason,
                QCoreApplication.translate(
                    "Import", "“{path}” cannot be read (it does not exist or is not accessible)."
                ),
            ),
            "unsupported_format": QCoreApplication.translate(
                "Import", "“{path}” is not a spreadsheet Mentorat reads: use CSV or XLSX."
            ),
            "empty": QCoreApplication.translate("Import", "“{path}” is empty."),
            "no_header": QCoreApplication.translate(
                "Import", "“{path}” has no line of column titles."
            ),
        }
        text = texts.get(
            exc.code,
            QCoreApplication.translate("Import", "“{path}” cannot be read as a spreadsheet."),
        )
        return (
            text.format(path=path.name)
            + " "
            + QCoreApplication.translate("Import", "Nothing was imported.")
        )
    return None


def duplicate_reason(row: object) -> str:
    line = getattr(row, "existing_line", None)
    if getattr(row, "reason", "") == "same_session":
        if line is not None:
            return QCoreApplication.translate(
                "Import", "The same session as line {line} of the file."
            ).format(line=line)
        return QCoreApplication.translate("Import", "This session is already in the log.")
    existing = getattr(row, "existing_name", "")
    if line is not None:
        return QCoreApplication.translate(
            "Import", "Same person as line {line} of the file."
        ).format(line=line)
    if getattr(row, "reason", "") == "same_email":
        return QCoreApplication.translate(
            "Import", "{name} is already registered with this e-mail address."
        ).format(name=existing)
    return QCoreApplication.translate(
        "Import", "{name}, born the same year, is already registered."
    ).format(name=existing)


def refused_reason(row: object) -> str:
    errors = getattr(row, "errors", [])
    return " ".join(_import_error(e) for e in errors)


def _import_error(error: object) -> str:
    """A field problem as a sentence: the import's own codes, then the shared ones."""
    params = getattr(error, "params", {})
    if getattr(error, "code", "") == "invalid_choice" and "value" in params:
        return QCoreApplication.translate("Import", "{field}: “{value}” is not yes or no.").format(
            field=field_label(getattr(error, "field", "")),
            value=params["value"],
        )
    return field_error_with_label(error)  # type: ignore[arg-type]


def plan_lines(plan: object) -> list[str]:
    """The plan as printed by the command line."""
    to_add = getattr(plan, "to_add", [])
    duplicates = getattr(plan, "duplicates", [])
    refused = getattr(plan, "refused", [])
    # A plan keeps the first rows of each kind and counts them all.
    duplicates_count = getattr(plan, "duplicates_count", len(duplicates))
    refused_count = getattr(plan, "refused_count", len(refused))
    lines = [
        QCoreApplication.translate(
            "Import", "%n row(s) to add", "", getattr(plan, "to_add_count", len(to_add))
        ),
        QCoreApplication.translate(
            "Import", "%n row(s) already present, skipped", "", duplicates_count
        ),
        QCoreApplication.translate("Import", "%n row(s) refused", "", refused_count),
    ]
    for row in duplicates:
        lines.append(
            QCoreApplication.translate("Import", "Line {line}: skipped. {reason}").format(
                line=row.line, reason=duplicate_reason(row)
            )
        )
    if duplicates_count > len(duplicates):
        lines.append(
            QCoreApplication.translate(
                "Import",
                "%n more skipped row(s) not listed.",
                "",
                duplicates_count - len(duplicates),
            )
        )
    for row in refused:
        lines.append(
            QCoreApplication.translate("Import", "Line {line}: refused. {reason}").format(
                line=row.line, reason=refused_reason(row)
            )
        )
    if refused_count > len(refused):
        lines.append(
            QCoreApplication.translate(
                "Import", "%n more refused row(s) not listed.", "", refused_count - len(refused)
            )
        )
    ignored = getattr(plan, "ignored_headers", [])
    if ignored:
        lines.append(
            QCoreApplication.translate("Import", "Columns not used: {columns}").format(
                columns=", ".join(ignored)
            )
        )
    return lines


def column_description(field: str) -> str:
    if field == "full_name":
        return field_label("full_name")
    if field == "status":
        return QCoreApplication.translate("Import", "Status")
    return field_label(field)
