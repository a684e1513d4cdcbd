"""The wording of the feedback questionnaire, per language, as the charter keeps its own
(``core.charters.texts``): a paper form translated by hand, for events with no network.

French for France (fr_FR), French for Québec (fr_CA) and English (en); one page for the
mentor and one for the mentee, the same five questions (``services.feedback.QUESTIONS``)
worded for each. The French is epicene ("la personne mentor", "la personne mentorée",
"l'équipe de coordination"). Plain apostrophes and spaces here: ``typeset`` gives them
their typography once, at import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mentorat_desktop.core.charters.texts import typeset_all
from mentorat_desktop.core.feedback.rounds import CheckinRound


@dataclass(frozen=True)
class QuestionnaireTexts:
    pdf_lang: str
    colon: str
    doc_title: str
    title_mentor: str
    title_mentee: str
    pair_line: str  # {number}, {mentor}, {mentee}
    name_label: str  # a blank questionnaire: the name to write
    pair_label: str  # a blank questionnaire: the pair's number to write
    date_label: str
    checkin_label: str
    checkins: dict[CheckinRound, str]
    intro: str
    scale_low: str  # under 1
    scale_high: str  # under 5
    questions_mentor: tuple[str, ...]  # in the order of QUESTIONS
    questions_mentee: tuple[str, ...]
    free_text: str
    thanks: str
    footer: str  # {page}, {pages}


FR_FR = QuestionnaireTexts(
    pdf_lang="fr-FR",
    colon=" : ",
    doc_title="Questionnaires de satisfaction",
    title_mentor="Questionnaire de satisfaction – personne mentor",
    title_mentee="Questionnaire de satisfaction – personne mentorée",
    pair_line="Binôme n° {number} : {mentor} et {mentee}",
    name_label="Votre nom",
    pair_label="Binôme n°",
    date_label="Date",
    checkin_label="Point d'étape",
    checkins={
        CheckinRound.FIRST_MONTH: "après le premier mois",
        CheckinRound.MID_TERM: "à mi-parcours",
        CheckinRound.END: "en fin de parcours",
    },
    intro=(
        "Entourez un chiffre par question : 1 = pas du tout, 5 = tout à fait. Vos réponses "
        "aident à améliorer le programme ; le rapport d'activité n'en montre que des moyennes."
    ),
    scale_low="pas du tout",
    scale_high="tout à fait",
    questions_mentor=(
        "Dans l'ensemble, quelle est votre satisfaction à l'égard de votre binôme ?",
        "Vos rencontres ont-elles lieu aussi souvent que prévu ?",
        "Parvenez-vous à transmettre ce que la personne mentorée souhaite apprendre ?",
        "La personne mentorée est-elle à l'écoute, et le rythme vous convient-il ?",
        "Recommanderiez-vous le programme à une personne de votre entourage ?",
    ),
    questions_mentee=(
        "Dans l'ensemble, quelle est votre satisfaction à l'égard de votre binôme ?",
        "Vos rencontres ont-elles lieu aussi souvent que prévu ?",
        "Apprenez-vous ce que vous espériez apprendre ?",
        "La personne mentor est-elle à l'écoute, et respecte-t-elle votre rythme ?",
        "Recommanderiez-vous le programme à une personne de votre entourage ?",
    ),
    free_text="Ce que vous aimeriez nous dire (ce qui va bien, ce qui pourrait changer) :",
    thanks="Merci ! Rendez cette page à l'équipe de coordination.",
    footer="Page {page} sur {pages}",
)

FR_CA = replace(
    FR_FR,
    pdf_lang="fr-CA",
    pair_line="Binôme no {number} : {mentor} et {mentee}",
    pair_label="Binôme no",
)

EN = QuestionnaireTexts(
    pdf_lang="en",
    colon=": ",
    doc_title="Feedback questionnaires",
    title_mentor="Feedback questionnaire – mentor",
    title_mentee="Feedback questionnaire – mentee",
    pair_line="Pair no. {number}: {mentor} and {mentee}",
    name_label="Your name",
    pair_label="Pair no.",
    date_label="Date",
    checkin_label="Check-in",
    checkins={
        CheckinRound.FIRST_MONTH: "after the first month",
        CheckinRound.MID_TERM: "mid-term",
        CheckinRound.END: "at the end",
    },
    intro=(
        "Circle one number for each question: 1 = not at all, 5 = completely. Your answers "
        "help improve the program; the activity report only shows averages."
    ),
    scale_low="not at all",
    scale_high="completely",
    questions_mentor=(
        "Overall, how satisfied are you with your pair?",
        "Do your meetings happen as often as agreed?",
        "Are you able to pass on what your mentee wants to learn?",
        "Does your mentee listen, and does the pace suit you?",
        "Would you recommend the program to someone you know?",
    ),
    questions_mentee=(
        "Overall, how satisfied are you with your pair?",
        "Do your meetings happen as often as agreed?",
        "Are you learning what you hoped to learn?",
        "Does your mentor listen to you and respect your pace?",
        "Would you recommend the program to someone you know?",
    ),
    free_text="Anything you would like to tell us (what goes well, what could change):",
    thanks="Thank you! Please hand this page to the coordinator.",
    footer="Page {page} of {pages}",
)


TEXTS: dict[str, QuestionnaireTexts] = {
    "fr_FR": typeset_all(FR_FR, "fr_FR"),
    "fr_CA": typeset_all(FR_CA, "fr_CA"),
    "en": typeset_all(EN, "en"),
}
LANGUAGES = tuple(TEXTS)


def texts_for(language: str) -> QuestionnaireTexts:
    """The wording for a language; ValueError for one the questionnaire is not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(language) from None
