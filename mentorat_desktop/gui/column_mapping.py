"""The columns of a file to import, each with the field it goes to: one line per column.

Both import previews (members and sessions) show it: the column's title, a choice of field
(the guess made from the title chosen first, or "not imported") and a few of the values the
column holds, so that the coordinator sees what a skipped column held and can give it a
field. Changing a choice emits :attr:`ColumnMappingTable.changed`; the dialog plans again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

VISIBLE_LINES = 8  # lines shown before the table scrolls


class ColumnMappingTable(QTableWidget):
    """One line per column of the file: title, field chosen, what it holds."""

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        targets: Sequence[str],
        describe: Callable[[str], str],
        column_map: dict[str, str],
        samples: dict[str, list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(len(headers), 3, parent)
        self.setAccessibleName(QCoreApplication.translate("ImportDialog", "Columns of the file"))
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Column of the file"),
                QCoreApplication.translate("ImportDialog", "Imported as"),
                QCoreApplication.translate("ImportDialog", "What it holds"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.choices: dict[str, QComboBox] = {}
        for row, title in enumerate(headers):
            self.setItem(row, 0, QTableWidgetItem(title))
            combo = QComboBox(self)
            combo.setAccessibleName(
                QCoreApplication.translate(
                    "ImportDialog", "Field for the column “{column}”"
                ).format(column=title)
            )
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not imported)"), "")
            for target in targets:
                combo.addItem(describe(target), target)
            combo.setCurrentIndex(max(0, combo.findData(column_map.get(title, ""))))
            combo.currentIndexChanged.connect(self.changed)
            self.setCellWidget(row, 1, combo)
            self.choices[title] = combo
            held = ", ".join(samples.get(title, []))
            item = QTableWidgetItem(held)
            item.setToolTip(held)
            self.setItem(row, 2, item)
        if self.choices:  # one height for every line: that of a choice
            first = next(iter(self.choices.values()))
            self.verticalHeader().setDefaultSectionSize(first.sizeHint().height())
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(min(len(headers), VISIBLE_LINES)))
        self.setMinimumHeight(height)
        extra = max(0, len(headers) - VISIBLE_LINES)
        self.setMaximumHeight(height + self.rowHeight(0) * extra if headers else height)

    def chosen(self) -> dict[str, str]:
        """The field chosen for each column ("" when it is not imported)."""
        return {title: combo.currentData() for title, combo in self.choices.items()}
