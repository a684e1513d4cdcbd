"""One pair, whole: the two members, the objectives, the means, the dates and the history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.pairs import PairRecord
from mentorat_desktop.gui.labels import (
    direction_label,
    end_reason_label,
    mode_label,
    objective_status_label,
    outcome_label,
    pair_life_label,
)


class PairDetail(QScrollArea):
    """The pair shown in words; a proposal offers to be withdrawn (``withdraw_requested``)."""

    withdraw_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Pair details"))
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.body = QLabel(inner)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setAccessibleName(self.tr("Pair details"))
        layout.addWidget(self.body)
        self.withdraw_button = QPushButton(self.tr("Withdraw the proposal…"), inner)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the proposal"))
        self.withdraw_button.clicked.connect(self.withdraw_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(inner)
        self.pair_id: int | None = None
        self.show_pair(None)

    def show_pair(self, pair: PairRecord | None) -> None:
        self.pair_id = None if pair is None else pair.id
        self.withdraw_button.setVisible(pair is not None and pair.status == PairStatus.PROPOSED)
        if pair is None:
            self.body.setText(
                "<p><i>" + escape(self.tr("Select a pair to see its details.")) + "</i></p>"
            )
            return
        lang = self._language
        not_set = self.tr("not set")
        none = f"<i>{escape(not_set)}</i>"

        def row(label: str, value: str | None) -> str:
            shown = escape(value) if value else none
            return f"<tr><th align='left'>{escape(label)}</th><td>{shown}</td></tr>"

        parts = [
            f"<h2>{escape(pair.mentor_name)} &amp; {escape(pair.mentee_name)}</h2>",
            "<table cellspacing='4'>",
            row(self.tr("Mentor"), pair.mentor_name),
            row(self.tr("Mentee"), pair.mentee_name),
            row(self.tr("Status"), pair_life_label(pair.status, pair.is_cancelled)),
            row(self.tr("Cohort"), pair.cohort_name),
            row(self.tr("Start"), format_date(pair.start_date, lang)),
            *(
                [row(self.tr("Withdrawn on"), format_date(pair.ended_on, lang))]
                if pair.is_cancelled
                else []
            ),
            row(self.tr("Planned end"), format_date(pair.planned_end, lang)),
            row(self.tr("Charter signed on"), format_date(pair.charter_signed_on, lang)),
            row(
                self.tr("Commitment"),
                self.tr("{hours} per month").format(
                    hours=format_hours(pair.monthly_commitment_hours, lang)
                ),
            ),
            row(self.tr("Place"), pair.place),
            row(self.tr("Mode"), mode_label(pair.mode)),
            row(self.tr("Frequency"), pair.frequency),
        ]
        if pair.charter_version > 1:
            parts.append(row(self.tr("Charter version"), str(pair.charter_version)))
        if pair.capacity_override_reason:
            parts.append(
                row(self.tr("Why one more pair than agreed"), pair.capacity_override_reason)
            )
        parts.append("</table>")
        objectives_title = self.tr("Objectives")
        parts.append(f"<h3>{escape(objectives_title)}</h3>")
        if pair.objectives:
            parts.append("<ol>")
            for o in pair.objectives:
                indicator = (
                    "<br>" + escape(self.tr("Success indicator: {text}").format(text=o.indicator))
                    if o.indicator
                    else ""
                )
                target = (
                    "<br>"
                    + escape(self.tr("By {date}").format(date=format_date(o.target_date, lang)))
                    if o.target_date
                    else ""
                )
                parts.append(
                    f"<li><b>{escape(o.text)}</b> — {escape(objective_status_label(o.status))}"
                    f"<br><i>{escape(direction_label(o.direction))}</i>{indicator}{target}</li>"
                )
            parts.append("</ol>")
        else:
            parts.append(
                "<p><i>"
                + escape(self.tr("No objective yet: add them before printing the charter."))
                + "</i></p>"
            )
        if pair.end_reason is not None:
            closing_title = self.tr("Closing")
            parts.append(f"<h3>{escape(closing_title)}</h3><table cellspacing='4'>")
            parts.append(row(self.tr("Reason"), end_reason_label(pair.end_reason)))
            if pair.outcome is not None:
                parts.append(row(self.tr("Objectives reached"), outcome_label(pair.outcome)))
            parts.append(row(self.tr("The mentor learned"), pair.mentor_learned))
            parts.append(row(self.tr("The mentee learned"), pair.mentee_learned))
            parts.append(row(self.tr("Comment"), pair.closing_comment))
            parts.append("</table>")
        history_title = self.tr("History")
        parts.append(f"<h3>{escape(history_title)}</h3><ul>")
        for change in pair.history:
            step = self.tr("{date}: {status}").format(
                date=format_date(change.effective_on, lang),
                status=pair_life_label(
                    change.status, change.status == PairStatus.ENDED and pair.is_cancelled
                ),
            )
            note = f" — {escape(change.note)}" if change.note else ""
            parts.append(f"<li>{escape(step)}{note}</li>")
        parts.append("</ul>")
        self.body.setText("".join(parts))
