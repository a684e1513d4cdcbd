"""Long on purpose (about 600 lines): the record's sections, texts and layout.
Why: the record's sections, their texts and their layout.

The record of processing, printed for the association's files.

    write_processing_record(db, Path("registre.pdf"), "fr_FR")

One page (two at most) that says what the association keeps about its members, why, on what
basis, who sees it, for how long, how it is protected and how a person exercises their
rights: the *registre des activités de traitement* the GDPR asks of a French association,
and, in Québec, the description of the personal information the organisation holds that
Law 25 asks for. It ends with the date it was printed and how many members are on file
(and how many of them without consent in force); it names nobody.

The wording is held here in Python per language (fr_FR, fr_CA, en), like the charters', and
printed with the charters' fonts and paper size (A4, Letter in Québec, or the settings'
choice). The file is written with ``core.files.write_private``: readable by its owner only,
complete or absent. Importing this module is cheap: reportlab is loaded on the first print.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect

from mentorat_desktop.core.charters.data import DEFAULT_RETENTION_MONTHS
from mentorat_desktop.core.charters.texts import (
    NBSP,
    retention_words,
    texts_for,
    typeset_all,
)
from mentorat_desktop.core.files import write_private
from mentorat_desktop.core.services.settings import SettingsService

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

__all__ = ["LANGUAGES", "RecordTexts", "member_counts", "record_texts", "write_processing_record"]


@dataclass(frozen=True)
class RecordTexts:
    """Every sentence the record prints, in one language. Each ``l_`` field is the label of
    a row, the field of the same name without ``l_`` its text."""

    pdf_lang: str
    colon: str
    title: str
    subtitle: str
    subject: str
    printed: str  # {date}
    footer: str  # {date}
    page: str  # {page}
    to_complete: str  # in place of a missing association name

    l_controller: str
    l_contact: str
    contact_default: str
    l_purpose: str
    purpose: str
    l_people: str
    people: str
    l_data: str
    data: str
    l_basis: str
    basis: str
    l_recipients: str
    recipients: str
    l_transfers: str
    transfers: str
    l_retention: str
    retention: str  # {retention}: "3 ans", "18 mois"
    l_security: str
    security: str
    l_rights: str
    rights: str  # {contact}
    l_counts: str
    counts: str  # {members}: "12 membres", {without}: a number
    member_one: str  # {n}
    member_many: str  # {n}


FR_FR = RecordTexts(
    pdf_lang="fr-FR",
    colon=f"{NBSP}: ",
    title="Registre des activités de traitement",
    subtitle="Traitement « Programme de mentorat inversé »",
    subject="Registre des activités de traitement des données personnelles des membres",
    printed="Fiche imprimée le {date}.",
    footer="Registre des activités de traitement · imprimé le {date}",
    page="Page {page}",
    to_complete="(à compléter)",
    l_controller="Responsable du traitement",
    l_contact="Contact pour les données",
    contact_default="la coordination du programme",
    l_purpose="Finalité",
    purpose=(
        "Faire fonctionner un programme de mentorat inversé : inscrire les membres, former "
        "les binômes, suivre leurs rencontres et leurs objectifs, et rendre compte au conseil "
        "d'administration et aux financeurs par des chiffres qui ne nomment personne."
    ),
    l_people="Personnes concernées",
    people=(
        "Les membres du programme : les mentors, plus jeunes, et les personnes mentorées, "
        "plus expérimentées ; pour un membre mineur, son parent ou tuteur légal."
    ),
    l_data="Données traitées",
    data=(
        "Identité (prénom, nom) et année de naissance ; coordonnées (e-mail, téléphone, "
        "ville) ; organisation, service et responsable hiérarchique, années d'expérience, "
        "langues ; compétences offertes et recherchées, disponibilités et mode de rencontre "
        "préféré ; consentements, avec leurs dates et la façon dont ils ont été recueillis ; "
        "rencontres et objectifs des binômes, notes de suivi."
    ),
    l_basis="Base légale",
    basis=(
        "Le consentement de la personne (RGPD, art. 6.1.a), enregistré avec sa date à "
        "l'inscription. Pour un membre mineur, le parent ou tuteur légal signe aussi la "
        "charte du binôme."
    ),
    l_recipients="Destinataires",
    recipients=(
        "La coordination du programme, seule. L'autre membre d'un binôme ne reçoit les "
        "coordonnées d'une personne que si elle a accepté ce partage. Les chiffres remis au "
        "conseil d'administration et aux financeurs ne nomment personne."
    ),
    l_transfers="Transferts hors de l'Union européenne",
    transfers=(
        "Aucun. Les données restent sur l'ordinateur de la coordination et sur ses "
        "sauvegardes ; l'application ne les envoie à aucun service en ligne."
    ),
    l_retention="Durée de conservation",
    retention=(
        "{retention} après la dernière activité de la personne dans le programme ; ses "
        "données sont alors rendues anonymes (les chiffres du programme restent, sans nom). "
        "Les sauvegardes qui en gardent une copie s'effacent d'elles-mêmes en moins d'un an."
    ),
    l_security="Mesures de sécurité",
    security=(
        "Fichier de données lisible par son seul propriétaire ; sauvegardes automatiques, "
        "vérifiées après chaque copie ; un verrou empêche deux écritures en même temps ; une "
        "valeur effacée est écrasée dans le fichier, pas seulement masquée ; les exports de "
        "données personnelles sont eux aussi lisibles par leur seul propriétaire."
    ),
    l_rights="Exercice des droits",
    rights=(
        "Auprès de {contact}. Accès : la personne reçoit un export de toutes ses données. "
        "Rectification : ses données sont corrigées. Effacement : tout ce qui la désigne est "
        "effacé, les chiffres restent. Retrait du consentement : à tout moment, sans avoir à "
        "se justifier. Réclamation : auprès de la CNIL."
    ),
    l_counts="Au fichier",
    counts=(
        "{members}, dont {without} sans consentement en vigueur (jamais donné ou retiré), "
        "à la date d'impression."
    ),
    member_one="{n} membre",
    member_many="{n} membres",
)


FR_CA = replace(
    FR_FR,
    pdf_lang="fr-CA",
    title="Renseignements personnels détenus",
    subtitle="Programme de mentorat inversé · description prévue par la Loi 25",
    subject="Description des renseignements personnels détenus sur les membres (Loi 25)",
    footer="Renseignements personnels détenus · imprimé le {date}",
    l_controller="Organisme",
    l_contact="Personne à joindre",
    purpose=(
        "Faire fonctionner un programme de mentorat inversé : inscrire les membres, former "
        "les binômes, suivre leurs rencontres et leurs objectifs, et rendre compte au conseil "
        "d'administration et aux bailleurs de fonds au moyen de statistiques qui ne nomment "
        "personne."
    ),
    l_purpose="Fins de la collecte",
    l_data="Renseignements recueillis",
    data=(
        "Identité (prénom, nom) et année de naissance ; coordonnées (courriel, téléphone, "
        "ville) ; organisation, service et supérieur immédiat, années d'expérience, langues ; "
        "compétences offertes et recherchées, disponibilités et mode de rencontre préféré ; "
        "consentements, avec leurs dates et la façon dont ils ont été obtenus ; rencontres et "
        "objectifs des binômes, notes de suivi."
    ),
    l_basis="Consentement",
    basis=(
        "Consentement manifeste, libre et éclairé de la personne, donné à ces fins précises "
        "lors de l'inscription et consigné avec sa date. Pour un membre mineur, le parent ou "
        "tuteur légal signe aussi la charte du binôme."
    ),
    l_recipients="Qui y a accès",
    recipients=(
        "La coordination du programme, seule. L'autre membre d'un binôme n'obtient les "
        "coordonnées d'une personne que si elle a accepté ce partage. Les statistiques "
        "remises au conseil d'administration et aux bailleurs de fonds ne nomment personne."
    ),
    l_transfers="Communication à l'extérieur du Québec",
    transfers=(
        "Aucune. Les renseignements restent sur l'ordinateur de la coordination et sur ses "
        "sauvegardes ; l'application ne les transmet à aucun service en ligne."
    ),
    retention=(
        "{retention} après la dernière activité de la personne dans le programme ; ses "
        "renseignements sont alors anonymisés (les statistiques du programme restent, sans "
        "nom). Les sauvegardes qui en gardent une copie s'effacent d'elles-mêmes en moins "
        "d'un an."
    ),
    security=(
        "Fichier de données lisible par son seul propriétaire ; sauvegardes automatiques, "
        "vérifiées après chaque copie ; un verrou empêche deux écritures en même temps ; un "
        "renseignement supprimé est écrasé dans le fichier, pas seulement masqué ; les "
        "exportations de renseignements personnels sont elles aussi lisibles par leur seul "
        "propriétaire."
    ),
    l_rights="Droits des personnes",
    rights=(
        "Auprès de {contact}. Accès : la personne reçoit une exportation de tous ses "
        "renseignements. Rectification : ses renseignements sont corrigés. Suppression : tout "
        "ce qui la désigne est supprimé, les statistiques restent. Retrait du consentement : "
        "en tout temps, sans avoir à se justifier. Plainte : auprès de la Commission d'accès à "
        "l'information du Québec."
    ),
    l_counts="Au dossier",
)


EN = RecordTexts(
    pdf_lang="en",
    colon=": ",
    title="Record of processing activities",
    subtitle="Processing: the reverse mentoring program",
    subject="Record of the processing of members' personal data",
    printed="Printed on {date}.",
    footer="Record of processing activities · printed on {date}",
    page="Page {page}",
    to_complete="(to be completed)",
    l_controller="Controller",
    l_contact="Contact for data matters",
    contact_default="the program coordinator",
    l_purpose="Purpose",
    purpose=(
        "Running a reverse mentoring program: enrolling members, forming pairs, following "
        "their meetings and objectives, and reporting to the board and to funders with "
        "figures that name nobody."
    ),
    l_people="People concerned",
    people=(
        "The program's members: mentors, the younger ones, and mentees, the more "
        "experienced ones; for a member under 18, their parent or legal guardian."
    ),
    l_data="Data processed",
    data=(
        "Identity (first and last name) and year of birth; contact details (email, phone, "
        "town); organisation, department and manager, years of experience, languages; skills "
        "offered and wanted, availability and preferred way of meeting; consents, with their "
        "dates and how they were collected; the pairs' meetings and objectives, follow-up "
        "notes."
    ),
    l_basis="Legal basis",
    basis=(
        "The person's consent (GDPR art. 6(1)(a); in Québec, consent under Law 25), recorded "
        "with its date on enrolment. For a member under 18, a parent or legal guardian also "
        "signs the pair's charter."
    ),
    l_recipients="Recipients",
    recipients=(
        "The program coordinator only. The other member of a pair gets a person's contact "
        "details only if that person agreed to share them. The figures given to the board "
        "and to funders name nobody."
    ),
    l_transfers="Transfers outside the country",
    transfers=(
        "None. The data stays on the coordinator's computer and its backups; the application "
        "sends it to no online service."
    ),
    l_retention="Retention",
    retention=(
        "{retention} after the person's last activity in the program; their data is then "
        "anonymised (the program's figures remain, without names). Backups that still hold a "
        "copy age out on their own within a year."
    ),
    l_security="Security measures",
    security=(
        "The data file is readable by its owner only; automatic backups, each checked after "
        "copying; a lock stops two programs writing at once; an erased value is overwritten "
        "in the file, not merely hidden; exports of personal data are readable by their "
        "owner only as well."
    ),
    l_rights="Exercising rights",
    rights=(
        "Through {contact}. Access: the person receives an export of all their data. "
        "Correction: their data is corrected. Erasure: everything that identifies them is "
        "erased; the figures remain. Withdrawing consent: at any time, without giving a "
        "reason. Complaints: to the data protection authority (the CNIL in France, the "
        "Commission d'accès à l'information in Québec)."
    ),
    l_counts="On record",
    counts=(
        "{members}, of whom {without} without consent in force (never given, or "
        "withdrawn), on the day of printing."
    ),
    member_one="{n} member",
    member_many="{n} members",
)


TEXTS: dict[str, RecordTexts] = {
    "fr_FR": typeset_all(FR_FR, "fr_FR", keep=("colon",)),
    "fr_CA": typeset_all(FR_CA, "fr_CA", keep=("colon",)),
    "en": typeset_all(EN, "en", keep=("colon",)),
}
LANGUAGES = tuple(TEXTS)


def record_texts(language: str) -> RecordTexts:
    """The record's wording in ``language``; ValueError for a language it is not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no record wording for language {language!r}") from None


def member_counts(db: Database) -> tuple[int, int]:
    """(members on file, of whom without consent in force). Erased members are no longer on
    file. Without consent: never given or withdrawn; on a database from before consent was
    recorded in detail, no consent date."""
    with db.engine.connect() as connection:  # the columns, on a file or a server alike
        columns = {column["name"] for column in inspect(connection).get_columns("member")}
    on_file = "erased_at IS NULL" if "erased_at" in columns else "1 = 1"
    if {"consent_keep", "consent_withdrawn_on"} <= columns:
        without = "NOT consent_keep OR consent_withdrawn_on IS NOT NULL"
    else:
        without = "consent_on IS NULL"
    total, missing = db.query(
        f"SELECT COUNT(*), COALESCE(SUM(CASE WHEN {without} THEN 1 ELSE 0 END), 0) "
        f"FROM member WHERE {on_file}"
    )[0]
    return int(total), int(missing)


@dataclass(frozen=True)
class _Facts:
    """What the record says about this association, read from the database."""

    association: str
    address: str | None
    contact_lines: tuple[str, ...]  # name, e-mail, phone: those that are set
    contact: str  # who to ask, in a sentence
    retention: str
    members: int
    without_consent: int


def _facts(db: Database, texts: RecordTexts, language: str) -> tuple[_Facts, str]:
    """The facts, and the paper size to print on."""
    settings = SettingsService(db).get()
    months = getattr(settings, "retention_months", DEFAULT_RETENTION_MONTHS)
    if not isinstance(months, int) or isinstance(months, bool) or months <= 0:
        months = DEFAULT_RETENTION_MONTHS
    name = (settings.coordinator_name or "").strip()
    email = (settings.coordinator_email or "").strip()
    phone = (settings.coordinator_phone or "").strip()
    details = [d for d in (name.replace(" ", NBSP), email) if d]
    contact = texts.contact_default + (f" ({', '.join(details)})" if details else "")
    address = getattr(settings, "association_address", None)
    members, without = member_counts(db)
    facts = _Facts(
        association=(settings.association_name or "").strip(),
        address=address.strip() if isinstance(address, str) and address.strip() else None,
        contact_lines=tuple(d for d in (name, email, phone) if d),
        contact=contact,
        retention=retention_words(months, texts_for(language)),
        members=members,
        without_consent=without,
    )
    return facts, settings.effective_paper_size(language)


def write_processing_record(
    db: Database, path: Path | str, language: str, *, printed_on: dt.date | None = None
) -> int:
    """Print the record of processing to ``path`` (PDF) in ``language``; its page count.

    ``printed_on`` (default: today) is the date it says it was printed. Raises ValueError for
    an unknown language before reading anything; the file at ``path`` is only ever replaced
    by a complete PDF readable by its owner only, and an OSError leaves any previous file as
    it was."""
    texts = record_texts(language)
    printed_on = printed_on or dt.date.today()
    facts, paper = _facts(db, texts, language)
    buffer = io.BytesIO()
    pages = _render(buffer, texts, language, facts, paper, printed_on)
    data = buffer.getvalue()
    write_private(Path(path), lambda target: target.write(data))
    return pages


def _render(
    output: io.BytesIO,
    texts: RecordTexts,
    language: str,
    facts: _Facts,
    paper: str,
    printed_on: dt.date,
) -> int:
    """Lay the record out into ``output``; the number of pages."""
    # lazy: reportlab, loaded when the record is printed
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from mentorat_desktop.core.charters import render  # lazy: imports reportlab

    render.register_fonts()
    date = render.long_date(printed_on, language)
    e = render.markup
    colon = texts.colon

    body = ParagraphStyle(
        "record-body",
        fontName=render.FONT,
        fontSize=8.8,
        leading=11.2,
        textColor=render.INK,
    )
    label = ParagraphStyle("record-label", parent=body, fontName=render.FONT_BOLD)
    title = ParagraphStyle(
        "record-title", parent=body, fontName=render.FONT_BOLD, fontSize=16, leading=20
    )
    subtitle = ParagraphStyle(
        "record-subtitle", parent=body, fontSize=10, leading=13, textColor=render.SOFT_INK
    )

    association = e(facts.association) if facts.association else e(texts.to_complete)
    controller = [f"<b>{association}</b>"]
    if facts.address:
        controller.append(e(facts.address).replace("\n", "<br/>"))
    contact = " · ".join(e(line) for line in facts.contact_lines) or e(texts.contact_default)
    # French says "0 membre", English "0 members".
    singular = facts.members == 1 or (facts.members == 0 and language.startswith("fr"))
    members_word = texts.member_one if singular else texts.member_many
    counts = texts.counts.format(
        members=members_word.format(n=facts.members), without=facts.without_consent
    )
    rows = [
        (texts.l_controller, "<br/>".join(controller)),
        (texts.l_contact, contact),
        (texts.l_purpose, e(texts.purpose)),
        (texts.l_people, e(texts.people)),
        (texts.l_data, e(texts.data)),
        (texts.l_basis, e(texts.basis)),
        (texts.l_recipients, e(texts.recipients)),
        (texts.l_transfers, e(texts.transfers)),
        (texts.l_retention, e(texts.retention.format(retention=facts.retention))),
        (texts.l_security, e(texts.security)),
        (texts.l_rights, e(texts.rights.format(contact=facts.contact))),
        (texts.l_counts, e(counts)),
    ]

    page_w, page_h = render.PAPER_SIZES[paper]
    margin_x = render.MARGIN_X
    width = page_w - 2 * margin_x
    label_w = 44 * mm
    table = Table(
        [
            [Paragraph(e(name) + e(colon.rstrip()), label), Paragraph(text, body)]
            for name, text in rows
        ],
        colWidths=[label_w, width - label_w],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), render.FONT, body.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ("LINEABOVE", (0, 0), (-1, 0), render.RULE_WIDTH, render.RULE),
                ("LINEBELOW", (0, 0), (-1, -1), render.RULE_WIDTH, render.RULE),
            ]
        )
    )
    story: list[Any] = [
        Paragraph(e(texts.title), title),
        Paragraph(e(texts.subtitle), subtitle),
        Spacer(1, 8),
        table,
        Spacer(1, 8),
        Paragraph(e(texts.printed.format(date=date)), body),
    ]

    def decorate(canvas: Any, doc: Any) -> None:
        left, right = margin_x, page_w - margin_x
        canvas.saveState()
        rule_y = page_h - render.HEADER_RULE_Y
        canvas.setFont(render.FONT_BOLD, 9.5)
        canvas.setFillColor(render.SOFT_INK)
        name = facts.association or texts.to_complete
        canvas.drawString(
            left, rule_y + 4, render.fit_text(name, render.FONT_BOLD, 9.5, right - left)
        )
        canvas.setStrokeColor(render.RULE)
        canvas.setLineWidth(render.RULE_WIDTH)
        canvas.line(left, rule_y, right, rule_y)
        canvas.line(left, render.FOOTER_RULE_Y, right, render.FOOTER_RULE_Y)
        canvas.setFont(render.FONT, 7.8)
        canvas.setFillColor(render.INK)
        canvas.drawString(left, render.FOOTER_TEXT_Y, texts.footer.format(date=date))
        canvas.drawRightString(right, render.FOOTER_TEXT_Y, texts.page.format(page=doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(
        output,
        pagesize=(page_w, page_h),
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=render.MARGIN_TOP,
        bottomMargin=render.MARGIN_BOTTOM,
        title=texts.title,
        author=facts.association or "Mentorat",
        subject=texts.subject,
        creator="Mentorat",
        lang=texts.pdf_lang,
        displayDocTitle=True,
        initialFontName=render.FONT,
        initialFontSize=body.fontSize,
        pageCompression=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="record", frames=[frame], onPageEnd=decorate)])
    doc.build(story)
    return int(doc.page)
