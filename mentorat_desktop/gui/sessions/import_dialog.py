"""Import a session log kept in a spreadsheet, with the same preview as members: each
column of the file given a field (the guesses chosen first), what each column holds, the
rows to add, already logged and refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.import_dialog import PreviewImportDialog


class ImportSessionsDialog(PreviewImportDialog):
    def __init__(
        self,
        services: Services,
        path: str | Path,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        # Before the preview plans the file: the dates are read in this language (that of
        # the interface when not given).
        self._dates_language = language
        super().__init__(services, path, parent)

    def _language(self) -> str:
        return self._dates_language or super()._language()

    def _title(self) -> str:
        return self.tr("Import sessions")

    def _make_plan(self, db: Database, path: Path, column_map: dict[str, str] | None) -> Any:
        # lazy: the sessions importer (SQLAlchemy), loaded with the first preview
        from mentorat_desktop.core.importing.sessions import plan_session_import

        return plan_session_import(db, path, language=self._language(), column_map=column_map)

    def _targets(self) -> list[str]:
        # lazy: the sessions importer (SQLAlchemy), loaded with the first preview
        from mentorat_desktop.core.importing.sessions import TARGETS

        return list(TARGETS)

    def _apply(self, db: Database, plan: Any, added_ids: list[int]) -> int:
        # lazy: the sessions importer (SQLAlchemy), loaded with the first preview
        from mentorat_desktop.core.importing.sessions import apply_session_import

        return apply_session_import(db, plan, added_ids)

    def _add_headers(self) -> list[str]:
        return [self.tr("Pair"), self.tr("Date"), self.tr("Duration")]

    def _add_values(self, row: Any) -> list[str]:
        return [
            row.name,
            format_date(row.data.held_on, self._language()),
            format_hours(row.data.duration_minutes / 60, self._language()),
        ]

    def _import_label(self, count: int) -> str:
        return self.tr("Import %n session(s)", "", count)
