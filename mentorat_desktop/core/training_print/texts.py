"""The wording of the training sign-in sheet and attestations, per language.

French for France (fr_FR), French for Québec (fr_CA) and English (en), written by hand like
``core/charters/texts.py``, whose :func:`typeset` gives them their typography (typographic
apostrophe, the spaces French puts before ":" ";" "!" "?" and inside « »). The French is
epicene: "la personne formée", "la coordination", never a masculine by default. Québec says
"feuille de présence" where France says "feuille d'émargement".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mentorat_desktop.core.charters.texts import typeset_all


@dataclass(frozen=True)
class TrainingTexts:
    """Every sentence a sign-in sheet or an attestation prints, in one language."""

    pdf_lang: str
    colon: str
    default_author: str
    footer_page: str  # {page}
    footer_printed: str  # {date}
    session_number: str  # {id}

    sheet_title: str
    sheet_subject: str
    attestation_title: str
    attestation_subject: str
    doc_title_sheet: str  # {title}
    doc_title_attestations: str  # {title}

    date_label: str
    duration_label: str
    place_label: str
    trainer_label: str
    topics_label: str
    full_day_note: str

    col_number: str
    col_name: str
    col_signature: str
    col_morning: str
    col_afternoon: str
    sheet_note: str
    attendees_count: str
    trainer_signature: str
    coordinator_signature: str

    attestation_body: str  # {coordinator}, {association}, {name}, {title}, {date}, {duration}
    attestation_body_no_coordinator: str  # {association}, {name}, {title}, {date}, {duration}
    attestation_place: str  # {place}
    attestation_trainer: str  # {trainer}
    attestation_topics: str
    attestation_closing: str
    done_at: str  # "Fait à": then a line to write the town on
    done_on: str  # {date}: printed right after that line
    coordination: str  # under the coordinator's name


FR_FR = TrainingTexts(
    pdf_lang="fr-FR",
    colon=" : ",
    default_author="Programme de mentorat inversé",
    footer_page="Page {page}",
    footer_printed="Imprimé le {date}",
    session_number="Séance de formation n° {id}",
    sheet_title="Feuille d'émargement",
    sheet_subject="Feuille d'émargement d'une séance de formation des mentors",
    attestation_title="Attestation de formation",
    attestation_subject="Attestations de formation des mentors",
    doc_title_sheet="Feuille d'émargement : {title}",
    doc_title_attestations="Attestations de formation : {title}",
    date_label="Date",
    duration_label="Durée",
    place_label="Lieu",
    trainer_label="Formation animée par",
    topics_label="Contenu",
    full_day_note="Journée entière : une signature le matin et une l'après-midi.",
    col_number="N°",
    col_name="Nom et prénom",
    col_signature="Signature",
    col_morning="Matin",
    col_afternoon="Après-midi",
    sheet_note=(
        "Chaque personne présente signe en face de son nom ; "
        "une personne non inscrite ajoute son nom sur une ligne libre."
    ),
    attendees_count="Nombre de personnes présentes",
    trainer_signature="Signature de la personne qui anime la formation",
    coordinator_signature="Signature de la coordination",
    attestation_body=(
        "{coordinator}, pour la coordination du programme de mentorat inversé de "
        "{association}, atteste que {name} a suivi la formation des mentors "
        "« {title} », le {date}, d'une durée de {duration}."
    ),
    attestation_body_no_coordinator=(
        "La coordination du programme de mentorat inversé de {association} atteste que "
        "{name} a suivi la formation des mentors « {title} », le {date}, d'une durée de "
        "{duration}."
    ),
    attestation_place="Lieu de la formation : {place}.",
    attestation_trainer="Formation animée par {trainer}.",
    attestation_topics="Contenu abordé :",
    attestation_closing="Attestation délivrée pour servir et valoir ce que de droit.",
    done_at="Fait à",
    done_on=", le {date}",
    coordination="Coordination du programme",
)

FR_CA = replace(
    FR_FR,
    pdf_lang="fr-CA",
    sheet_title="Feuille de présence",
    sheet_subject="Feuille de présence d'une séance de formation des mentors",
    doc_title_sheet="Feuille de présence : {title}",
    attestation_title="Attestation de participation",
    attestation_subject="Attestations de participation à la formation des mentors",
    doc_title_attestations="Attestations de participation : {title}",
    attestation_body=(
        "{coordinator}, pour la coordination du programme de mentorat inversé de "
        "{association}, atteste que {name} a participé à la formation des mentors "
        "« {title} », le {date}, d'une durée de {duration}."
    ),
    attestation_body_no_coordinator=(
        "La coordination du programme de mentorat inversé de {association} atteste que "
        "{name} a participé à la formation des mentors « {title} », le {date}, d'une durée "
        "de {duration}."
    ),
    attestation_closing="Attestation remise à la personne participante.",
)

EN = TrainingTexts(
    pdf_lang="en",
    colon=": ",
    default_author="Reverse mentoring program",
    footer_page="Page {page}",
    footer_printed="Printed on {date}",
    session_number="Training session no. {id}",
    sheet_title="Sign-in sheet",
    sheet_subject="Sign-in sheet of a mentor training session",
    attestation_title="Certificate of attendance",
    attestation_subject="Mentor training certificates of attendance",
    doc_title_sheet="Sign-in sheet: {title}",
    doc_title_attestations="Certificates of attendance: {title}",
    date_label="Date",
    duration_label="Duration",
    place_label="Place",
    trainer_label="Trainer",
    topics_label="Topics",
    full_day_note="Full day: please sign in the morning and in the afternoon.",
    col_number="No.",
    col_name="Name",
    col_signature="Signature",
    col_morning="Morning",
    col_afternoon="Afternoon",
    sheet_note=(
        "Everyone present signs next to their name; "
        "anyone not listed writes their name on a blank line."
    ),
    attendees_count="Number of people present",
    trainer_signature="Trainer's signature",
    coordinator_signature="Coordinator's signature",
    attestation_body=(
        "I, {coordinator}, coordinating the reverse mentoring program of {association}, "
        "certify that {name} attended the mentor training “{title}” on {date}, "
        "lasting {duration}."
    ),
    attestation_body_no_coordinator=(
        "The coordination of the reverse mentoring program of {association} certifies that "
        "{name} attended the mentor training “{title}” on {date}, lasting {duration}."
    ),
    attestation_place="Place of the training: {place}.",
    attestation_trainer="Trainer: {trainer}.",
    attestation_topics="Topics covered:",
    attestation_closing="",
    done_at="Issued at",
    done_on=" on {date}",
    coordination="Program coordination",
)


TEXTS: dict[str, TrainingTexts] = {
    "fr_FR": typeset_all(FR_FR, "fr_FR"),
    "fr_CA": typeset_all(FR_CA, "fr_CA"),
    "en": typeset_all(EN, "en"),
}
LANGUAGES = tuple(TEXTS)


def training_texts(language: str) -> TrainingTexts:
    """The wording for a language; ValueError for one these pages are not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"unknown language {language!r}") from None
