"""One pair, whole: the two members, the objectives (its own and its cohort's), the means, the
dates and the history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.cohorts import CohortRecord, CohortService
from mentorat_desktop.core.services.pairs import PairRecord
from mentorat_desktop.core.text import escape_html as escape
from mentorat_desktop.i18n.labels import (
    direction_label,
    end_reason_label,
    mode_label,
    objective_status_label,
    outcome_label,
    pair_life_label,
)
from mentorat_desktop.i18n.messages import last_changed_text


class PairDetail(QScrollArea):
    """The pair shown in words; a proposal offers to be withdrawn (``withdraw_requested``)."""

    withdraw_requested = Signal()

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        cohorts: CohortService | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        # The cohorts are read for their objectives; by default through the service of the
        # pairs view that holds this detail.
        found = getattr(parent, "cohorts", None)
        self._cohorts = cohorts or (found if isinstance(found, CohortService) else None)
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
        cohort = self._cohort_of(pair)
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
            row(self.tr("Cohort"), self._cohort_text(pair, cohort)),
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
        if cohort is not None:
            parts.append(self._cohort_objectives(cohort))
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
        # Who changed the pair last, and when (several coordinators may share it).
        changed = last_changed_text(pair.changed_by, pair.changed_at, lang)
        if changed:
            parts.append(f"<p><small>{escape(changed)}</small></p>")
        self.body.setText("".join(parts))

    def _cohort_of(self, pair: PairRecord) -> CohortRecord | None:
        if pair.cohort_id is None or self._cohorts is None:
            return None
        try:
            return self._cohorts.get(pair.cohort_id)
        except NotFoundError:  # deleted meanwhile: the view reloads on the change
            return None

    def _cohort_text(self, pair: PairRecord, cohort: CohortRecord | None) -> str | None:
        if cohort is None or cohort.closed_on is None:
            return pair.cohort_name
        return self.tr("{name} (closed on {date})").format(
            name=cohort.name, date=format_date(cohort.closed_on, self._language)
        )

    def _cohort_objectives(self, cohort: CohortRecord) -> str:
        """The program's objectives of the pair's cohort, with their indicators and targets."""
        title = self.tr("Objectives of the cohort “{name}”").format(name=cohort.name)
        parts = [f"<h3>{escape(title)}</h3>"]
        if not cohort.objectives:
            empty = self.tr("This cohort has no objective yet (Pairs → Cohorts…).")
            parts.append(f"<p><i>{escape(empty)}</i></p>")
            return "".join(parts)
        parts.append("<ul>")
        for o in cohort.objectives:
            lines = [f"<b>{escape(o.text)}</b>"]
            if o.indicator:
                lines.append(escape(self.tr("Success indicator: {text}").format(text=o.indicator)))
            if o.target:
                lines.append(escape(self.tr("Target: {text}").format(text=o.target)))
            parts.append("<li>" + "<br>".join(lines) + "</li>")
        parts.append("</ul>")
        return "".join(parts)
