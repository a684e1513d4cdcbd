"""The detail panel: one member, whole."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from mentorat_desktop.core.enums import MemberStatus
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.members import MemberRecord
from mentorat_desktop.core.text import escape_html as escape
from mentorat_desktop.i18n.fields import field_label
from mentorat_desktop.i18n.labels import generation_label, mode_label, role_label, status_label
from mentorat_desktop.i18n.messages import last_changed_text


class DetailText(QTextBrowser):
    """A record's details as read-only rich text, selectable with the mouse and the keyboard,
    scrolled by itself. A word-wrapped QLabel in a scroll area did the same at about four
    times the cost: the scroll area asked for its height at each width it tried, and each
    answer laid the whole table out again (about 30 ms of the window's start-up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""
        self.setOpenLinks(False)
        # The panel's colour rather than an input's white: this is read, not typed in.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)

    def setText(self, html: str) -> None:
        self._html = html
        self.setHtml(html)

    def text(self) -> str:
        """The rich text last shown, as given (QTextBrowser.toHtml would rewrite it)."""
        return self._html


class MemberDetail(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setAccessibleName(self.tr("Member details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body = DetailText(self)
        self.body.setAccessibleName(self.tr("Member details"))
        layout.addWidget(self.body)
        self.member_id: int | None = None
        self.show_member(None)

    def show_member(self, record: MemberRecord | None) -> None:
        self.member_id = None if record is None else record.id
        if record is None:
            self.body.setText(
                "<p><i>" + escape(self.tr("Select a member to see their details.")) + "</i></p>"
            )
            return
        lang = self._language
        no = self.tr("not recorded")

        def row(name: str, value: object) -> str:
            text = escape(str(value)) if value not in (None, "", ()) else f"<i>{escape(no)}</i>"
            return f"<tr><th align='left'>{escape(field_label(name))}</th><td>{text}</td></tr>"

        title = escape(record.full_name)
        if record.status == MemberStatus.ARCHIVED:
            title += f" <i>({escape(status_label(record.status))})</i>"
        year = (
            f"{record.birth_year} — {generation_label(record.generation)}"
            if record.birth_year
            else None
        )
        training = format_date(record.mentor_training_on, lang) or None
        rows = [
            row("role", role_label(record.role)),
            row("birth_year", year),
            row("email", record.email),
            row("phone", record.phone),
            row("city", record.city),
            row("organisation", record.organisation),
            row("department", record.department),
            row("manager_name", record.manager_name),
            row("years_experience", record.years_experience),
            row("languages", record.languages),
            row("skills_offered", ", ".join(record.skills_offered)),
            row("skills_wanted", ", ".join(record.skills_wanted)),
            row("availability", record.availability),
            row("preferred_mode", mode_label(record.preferred_mode)),
            row("capacity", record.capacity),
            row("mentor_training_on", training),
        ]
        consent_text, missing = self.consent_words(record)
        mark = "⚠ " if missing else ""
        consent_title = self.tr("Consent")  # not inside the f-string: lupdate would miss it
        rows.append(
            f"<tr><th align='left'>{escape(consent_title)}</th>"
            f"<td>{escape(mark + consent_text)}</td></tr>"
        )
        notes = ""
        if record.notes:
            notes = (
                f"<h3>{escape(field_label('notes'))}</h3>"
                f"<p>{escape(record.notes).replace(chr(10), '<br>')}</p>"
            )
        # Who changed the record last, and when (several coordinators may share it).
        changed = last_changed_text(record.changed_by, record.changed_at, lang)
        if changed:
            notes += f"<p><small>{escape(changed)}</small></p>"
        self.body.setText(f"<h2>{title}</h2><table cellspacing='4'>{''.join(rows)}</table>{notes}")

    def consent_words(self, record: MemberRecord) -> tuple[str, bool]:
        """What the member agreed to, in a sentence ("Given on 04/02/2025 (paper form):
        keeping their data, being contacted; not sharing their details"), and whether the
        data is kept without their consent (never given, or withdrawn)."""
        lang = self._language
        if record.is_erased:
            erased = format_date(record.erased_at.date(), lang) if record.erased_at else ""
            return self.tr("Data erased on {date}").format(date=erased), False
        if record.consent_withdrawn_on is not None:
            text = self.tr("Withdrawn on {date}").format(
                date=format_date(record.consent_withdrawn_on, lang)
            )
            if record.consent_on is not None:
                text = self.tr("{withdrawn} (given on {date})").format(
                    withdrawn=text, date=format_date(record.consent_on, lang)
                )
            return text, True
        agreed = [
            (record.consent_keep, self.tr("keeping their data"), self.tr("not keeping their data")),
            (record.consent_contact, self.tr("being contacted"), self.tr("no contact")),
            (
                record.consent_share,
                self.tr("sharing their details with their pair"),
                self.tr("not sharing their details"),
            ),
        ]
        if not any(yes for yes, _word, _no in agreed) and record.consent_on is None:
            return self.tr("No consent recorded"), True
        yes = ", ".join(word for given, word, _no in agreed if given)
        no = ", ".join(word for given, _yes, word in agreed if not given)
        what = (
            yes
            if not no
            else no
            if not yes
            else self.tr("{agreed}; {refused}").format(agreed=yes, refused=no)
        )
        if record.consent_on is not None:
            head = self.tr("Given on {date}").format(date=format_date(record.consent_on, lang))
        else:
            head = self.tr("Given (date not recorded)")
        if record.consent_how:
            head = self.tr("{given} ({how})").format(given=head, how=record.consent_how)
        return self.tr("{given}: {what}").format(given=head, what=what), not record.consent_keep
