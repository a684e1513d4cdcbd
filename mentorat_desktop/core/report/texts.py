"""The wording of the activity report, per language, as the charter keeps its own
(``core.charters.texts``): a document translated by hand, for a board that reads it on paper.

French for France (fr_FR), French for Québec (fr_CA) and English (en). Placeholders in
braces are filled with str.format. The French is epicene ("les personnes mentorées", "la
coordination"). Sentences are written with a plain apostrophe and plain spaces;
``charters.texts.typeset`` gives them their typography once, at import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mentorat_desktop.core.charters.texts import typeset_all
from mentorat_desktop.core.enums import Direction, EndReason, Generation, Outcome, Role


@dataclass(frozen=True)
class ReportTexts:
    """Every sentence the activity report prints, in one language."""

    pdf_lang: str
    colon: str  # after a label: " : " in French, ": " in English
    title: str
    subject: str
    period: str  # {start}, {end}
    cohort_line: str  # {name}
    all_pairs: str
    group_line: str  # {name}: the local group reported on
    all_groups: str  # the report of every local group (said only when there are groups)
    prepared_on: str  # {date}
    footer_page: str  # {page}
    in_progress_note: str  # {month}: the month not over yet
    in_progress: str  # under the month in progress, in the commitment chart
    contents_intro: str

    h_glance: str
    h_hours: str
    h_commitment: str
    h_pairs: str
    h_people: str
    h_taught: str
    h_objectives: str
    h_learned: str
    h_definitions: str

    # At a glance: label, then value
    k_pairs_active: str
    k_pairs_formed: str
    k_pairs_ended: str
    k_hours: str
    k_hours_per_pair: str
    k_commitment: str
    k_objectives: str
    k_sat_mentors: str
    k_sat_mentees: str
    k_people: str
    k_trained: str

    n_of_total: str  # {n}, {total}
    pair_months: str  # {n}, {total}: months of pairs, one per pair and month
    out_of_five: str  # {value}
    answers: str  # {n}: the number of answers behind an average
    answers_one: str
    no_answer: str
    not_counted: str  # a share with nothing to count
    none_yet: str

    chart_hours: str
    chart_commitment: str
    chart_generations: str
    hours_axis: str
    share_axis: str
    legend_mentors: str
    legend_mentees: str

    t_reason: str
    t_pairs: str
    t_outcome: str
    ended_early_line: str  # {n}, {total}
    paused_line: str  # {n}
    kept_line: str  # {n}, {total}
    t_teacher: str
    t_learner: str
    t_hours: str
    t_direction: str
    t_objectives: str
    directions: dict[Direction, str]
    taught_intro: str
    learned_intro: str
    learned_none: str
    said_by: dict[Role, str]
    roles: dict[Role, str]  # plural, for counts
    trained_line: str  # {n}, {total}, {in_period}

    generations: dict[Generation | None, str]
    generation_years: dict[Generation | None, str]
    end_reasons: dict[EndReason, str]
    outcomes: dict[Outcome, str]

    # The last page: each figure, in plain words.
    definitions: tuple[tuple[str, str], ...]


FR_FR = ReportTexts(
    pdf_lang="fr-FR",
    colon=" : ",
    title="Rapport d'activité",
    subject="Rapport d'activité du programme de mentorat inversé",
    period="Du {start} au {end}",
    cohort_line="Cohorte : {name}",
    all_pairs="Tous les binômes du programme",
    group_line="Groupe local : {name}",
    all_groups="Ensemble des groupes locaux",
    prepared_on="Établi le {date}",
    footer_page="Page {page}",
    in_progress_note=(
        "Le mois de {month} n'est pas terminé : ses heures sont celles déjà saisies, et "
        "un binôme n'y est compté comme ayant tenu son engagement que s'il l'a déjà atteint."
    ),
    in_progress="(en cours)",
    contents_intro=(
        "Ce rapport présente ce que le programme de mentorat inversé a accompli sur la "
        "période : les binômes, les heures de rencontre, les générations qui ont appris "
        "l'une de l'autre, les objectifs et la satisfaction. La dernière page explique "
        "chaque chiffre."
    ),
    h_glance="L'essentiel",
    h_hours="Heures de mentorat, mois par mois",
    h_commitment="Engagement mensuel tenu",
    h_pairs="Les binômes",
    h_people="Les personnes engagées",
    h_taught="Qui a appris de qui",
    h_objectives="Objectifs et satisfaction",
    h_learned="Ce que les personnes disent avoir appris",
    h_definitions="Comment lire ces chiffres",
    k_pairs_active="Binômes actifs sur la période",
    k_pairs_formed="Binômes formés",
    k_pairs_ended="Binômes terminés",
    k_hours="Heures de mentorat",
    k_hours_per_pair="Heures par binôme actif",
    k_commitment="Mois où l'engagement a été tenu",
    k_objectives="Objectifs atteints",
    k_sat_mentors="Satisfaction des mentors",
    k_sat_mentees="Satisfaction des personnes mentorées",
    k_people="Personnes engagées dans un binôme",
    k_trained="Mentors formés",
    n_of_total="{n} sur {total}",
    pair_months="{n} sur {total} (un mois compte pour chaque binôme)",
    out_of_five="{value} sur 5",
    answers="{n} réponses",
    answers_one="1 réponse",
    no_answer="aucune réponse",
    not_counted="rien à compter",
    none_yet="aucun",
    chart_hours="Heures de rencontre saisies chaque mois",
    chart_commitment="Part des binômes qui ont tenu leur engagement, chaque mois",
    chart_generations="Personnes engagées, par génération et par rôle",
    hours_axis="heures",
    share_axis="%",
    legend_mentors="Mentors",
    legend_mentees="Personnes mentorées",
    t_reason="Raison de la fin",
    t_pairs="Binômes",
    t_outcome="Objectifs atteints, selon le bilan de fin",
    ended_early_line="Dont {n} avant la date de fin prévue.",
    paused_line="Binômes qui ont fait une pause pendant la période : {n}.",
    kept_line=(
        "Binômes qui ont tenu leur engagement chaque mois où il a été jugé : {n} sur {total}."
    ),
    t_teacher="Génération qui a transmis",
    t_learner="Génération qui a appris",
    t_hours="Heures",
    t_direction="Sens de l'apprentissage",
    t_objectives="Objectifs",
    directions={
        Direction.MENTOR_TO_MENTEE: "Le mentor transmet",
        Direction.MENTEE_TO_MENTOR: "La personne mentorée transmet",
        Direction.BOTH: "Dans les deux sens",
    },
    taught_intro=(
        "Chaque rencontre indique qui a transmis : le mentor, la personne mentorée, ou les "
        "deux. Une rencontre dans les deux sens compte pour chacun des deux sens."
    ),
    learned_intro=(
        "Extraits des bilans de fin des binômes terminés pendant la période, sans les noms."
    ),
    learned_none="Aucun bilan de fin n'a été saisi pour la période.",
    said_by={Role.MENTOR: "un mentor", Role.MENTEE: "une personne mentorée"},
    roles={Role.MENTOR: "Mentors", Role.MENTEE: "Personnes mentorées"},
    trained_line=(
        "Mentors qui avaient suivi la formation des mentors à la fin de la période : {n} "
        "sur {total} (dont {in_period} formés pendant la période)."
    ),
    generations={
        Generation.SILENT: "Génération silencieuse",
        Generation.BABY_BOOMER: "Baby-boomers",
        Generation.X: "Génération X",
        Generation.Y: "Génération Y",
        Generation.Z: "Génération Z",
        Generation.ALPHA: "Génération Alpha",
        None: "Année de naissance inconnue",
    },
    generation_years={
        Generation.SILENT: "avant 1946",
        Generation.BABY_BOOMER: "1946-1964",
        Generation.X: "1965-1980",
        Generation.Y: "1981-1996",
        Generation.Z: "1997-2012",
        Generation.ALPHA: "2013 et après",
        None: "",
    },
    end_reasons={
        EndReason.OBJECTIVES_REACHED: "Objectifs atteints",
        EndReason.NO_LONGER_AVAILABLE: "Manque de disponibilité",
        EndReason.MISMATCH: "Incompatibilité",
        EndReason.OTHER: "Autre raison",
    },
    outcomes={
        Outcome.YES: "Oui",
        Outcome.MOSTLY: "En grande partie",
        Outcome.PARTLY: "En partie",
        Outcome.NO: "Non",
    },
    definitions=(
        (
            "Binômes actifs",
            "les binômes actifs au moins un jour de la période : charte signée, ni en "
            "pause ni terminés ce jour-là.",
        ),
        (
            "Binômes formés",
            "les binômes dont la date de début tombe dans la période.",
        ),
        (
            "Binômes terminés",
            "les binômes arrivés à leur fin pendant la période, avec la raison donnée à la "
            "fin ; une proposition retirée avant de commencer n'est pas comptée.",
        ),
        (
            "Heures de mentorat",
            "la somme des durées des rencontres saisies, datées dans la période.",
        ),
        (
            "Engagement tenu",
            "chaque binôme s'engage sur un nombre d'heures par mois (3 heures en général). "
            "Un mois compte s'il a été actif au moins 15 jours ; un mois plus court compte au "
            "prorata des jours actifs, s'il y a eu des rencontres ; un mois surtout en pause "
            "ne compte pas. Le chiffre est la part des mois comptés où les heures ont "
            "atteint l'engagement : le même calcul que le suivi mensuel et le tableau de bord. "
            "Le mois en cours n'est jugé qu'une fois terminé, sauf si l'engagement est déjà "
            "atteint.",
        ),
        (
            "Objectifs atteints",
            "les objectifs des binômes actifs pendant la période que la coordination a "
            "marqués comme atteints, sur l'ensemble de leurs objectifs, tels qu'ils sont "
            "aujourd'hui.",
        ),
        (
            "Satisfaction",
            "la moyenne des notes de 1 à 5 données lors des points de suivi de la période "
            "et de la note d'ensemble des questionnaires de satisfaction remplis, d'un côté "
            "par les mentors, de l'autre par les personnes mentorées ; les notes de la "
            "coordination n'y entrent pas. Le nombre de réponses est indiqué à côté.",
        ),
        (
            "Générations",
            "elles viennent de l'année de naissance : baby-boomers 1946-1964, génération X "
            "1965-1980, Y 1981-1996, Z 1997-2012. Chaque personne est comptée une fois.",
        ),
        (
            "Qui a appris de qui",
            "les heures des rencontres, selon le sens noté pour chacune : la génération de "
            "la personne qui a transmis, puis celle de la personne qui a appris.",
        ),
        (
            "Mentors formés",
            "les mentors des binômes actifs dont la date de formation est connue et "
            "antérieure à la fin de la période.",
        ),
    ),
)

# Québec: "rapport d'activités" as organisations there title it, and the Office québécois
# de la langue française's "baby-boumeurs".
FR_CA = replace(
    FR_FR,
    pdf_lang="fr-CA",
    title="Rapport d'activités",
    subject="Rapport d'activités du programme de mentorat inversé",
    prepared_on="Préparé le {date}",
    generations={**FR_FR.generations, Generation.BABY_BOOMER: "Baby-boumeurs"},
    definitions=tuple(
        (term, text.replace("baby-boomers", "baby-boumeurs")) for term, text in FR_FR.definitions
    ),
)

EN = ReportTexts(
    pdf_lang="en-CA",
    colon=": ",
    title="Activity report",
    subject="Activity report of the reverse-mentoring program",
    period="From {start} to {end}",
    cohort_line="Cohort: {name}",
    all_pairs="Every pair of the program",
    group_line="Local group: {name}",
    all_groups="All local groups together",
    prepared_on="Prepared on {date}",
    footer_page="Page {page}",
    in_progress_note=(
        "{month} is not over: its hours are those logged so far, and a pair counts as "
        "having kept its commitment that month only once it has reached it."
    ),
    in_progress="(in progress)",
    contents_intro=(
        "This report shows what the reverse-mentoring program achieved over the period: "
        "the pairs, the hours they met, the generations that learned from each other, the "
        "objectives and how satisfied people were. The last page explains every figure."
    ),
    h_glance="At a glance",
    h_hours="Mentoring hours, month by month",
    h_commitment="Monthly commitment kept",
    h_pairs="The pairs",
    h_people="The people taking part",
    h_taught="Who learned from whom",
    h_objectives="Objectives and satisfaction",
    h_learned="What people say they learned",
    h_definitions="How to read these figures",
    k_pairs_active="Pairs active in the period",
    k_pairs_formed="Pairs formed",
    k_pairs_ended="Pairs ended",
    k_hours="Mentoring hours",
    k_hours_per_pair="Hours per active pair",
    k_commitment="Months the commitment was kept",
    k_objectives="Objectives reached",
    k_sat_mentors="Satisfaction of the mentors",
    k_sat_mentees="Satisfaction of the mentees",
    k_people="People in a pair",
    k_trained="Mentors trained",
    n_of_total="{n} of {total}",
    pair_months="{n} of {total} (each pair's month counts once)",
    out_of_five="{value} out of 5",
    answers="{n} answers",
    answers_one="1 answer",
    no_answer="no answer",
    not_counted="nothing to count",
    none_yet="none",
    chart_hours="Hours of sessions logged each month",
    chart_commitment="Share of pairs that kept their commitment, each month",
    chart_generations="People taking part, by generation and role",
    hours_axis="hours",
    share_axis="%",
    legend_mentors="Mentors",
    legend_mentees="Mentees",
    t_reason="Why it ended",
    t_pairs="Pairs",
    t_outcome="Objectives reached, in the closing evaluation",
    ended_early_line="Of which {n} before their planned end.",
    paused_line="Pairs that took a break during the period: {n}.",
    kept_line="Pairs that kept their commitment in every month judged: {n} of {total}.",
    t_teacher="Generation that passed it on",
    t_learner="Generation that learned",
    t_hours="Hours",
    t_direction="Which way the learning went",
    t_objectives="Objectives",
    directions={
        Direction.MENTOR_TO_MENTEE: "The mentor passes it on",
        Direction.MENTEE_TO_MENTOR: "The mentee passes it on",
        Direction.BOTH: "Both ways",
    },
    taught_intro=(
        "Each session records who passed knowledge on: the mentor, the mentee, or both. A "
        "session that went both ways counts for each direction."
    ),
    learned_intro=(
        "From the closing evaluations of the pairs that ended in the period, without names."
    ),
    learned_none="No closing evaluation was recorded for the period.",
    said_by={Role.MENTOR: "a mentor", Role.MENTEE: "a mentee"},
    roles={Role.MENTOR: "Mentors", Role.MENTEE: "Mentees"},
    trained_line=(
        "Mentors who had taken the mentor training by the end of the period: {n} of "
        "{total} ({in_period} of them trained during the period)."
    ),
    generations={
        Generation.SILENT: "Silent generation",
        Generation.BABY_BOOMER: "Baby boomers",
        Generation.X: "Generation X",
        Generation.Y: "Generation Y",
        Generation.Z: "Generation Z",
        Generation.ALPHA: "Generation Alpha",
        None: "Birth year unknown",
    },
    generation_years={
        Generation.SILENT: "before 1946",
        Generation.BABY_BOOMER: "1946-1964",
        Generation.X: "1965-1980",
        Generation.Y: "1981-1996",
        Generation.Z: "1997-2012",
        Generation.ALPHA: "2013 and after",
        None: "",
    },
    end_reasons={
        EndReason.OBJECTIVES_REACHED: "Objectives reached",
        EndReason.NO_LONGER_AVAILABLE: "No longer available",
        EndReason.MISMATCH: "Mismatch",
        EndReason.OTHER: "Other reason",
    },
    outcomes={
        Outcome.YES: "Yes",
        Outcome.MOSTLY: "Mostly",
        Outcome.PARTLY: "Partly",
        Outcome.NO: "No",
    },
    definitions=(
        (
            "Active pairs",
            "the pairs that were active on at least one day of the period (charter signed, "
            "neither paused nor ended that day).",
        ),
        ("Pairs formed", "the pairs whose start date falls in the period."),
        (
            "Pairs ended",
            "the pairs that came to an end during the period, with the reason given; a "
            "proposal withdrawn before it started is not counted.",
        ),
        ("Mentoring hours", "the sum of the sessions logged with a date in the period."),
        (
            "Commitment kept",
            "each pair commits to a number of hours a month (usually 3). A month counts when "
            "the pair was active at least 15 days; a shorter month counts in proportion to its "
            "active days, if the pair met; a month mostly paused does not count. The figure is "
            "the share of the months counted in which the hours reached the commitment: the "
            "same rule as the monthly follow-up and the dashboard. The month in progress is "
            "judged only once it is over, unless the commitment is already reached.",
        ),
        (
            "Objectives reached",
            "the objectives of the pairs active in the period that the coordinator marked as "
            "reached, out of all their objectives, as they stand today.",
        ),
        (
            "Satisfaction",
            "the average of the marks from 1 to 5 given at the follow-ups of the period and "
            "of the overall marks of the feedback questionnaires filled in, by the mentors "
            "on one side and by the mentees on the other; the coordinator's own marks are "
            "left out. The number of answers is shown beside it.",
        ),
        (
            "Generations",
            "they come from the year of birth: baby boomers 1946-1964, generation X "
            "1965-1980, Y 1981-1996, Z 1997-2012. Each person is counted once.",
        ),
        (
            "Who learned from whom",
            "the hours of the sessions, by the direction recorded for each: the generation of "
            "the person who passed knowledge on, then that of the person who learned.",
        ),
        (
            "Mentors trained",
            "the mentors of the active pairs whose training date is known and falls before "
            "the end of the period.",
        ),
    ),
)


TEXTS: dict[str, ReportTexts] = {
    "fr_FR": typeset_all(FR_FR, "fr_FR"),
    "fr_CA": typeset_all(FR_CA, "fr_CA"),
    "en": typeset_all(EN, "en"),
}
LANGUAGES = tuple(TEXTS)


def texts_for(language: str) -> ReportTexts:
    """The wording for a language; ValueError for one the report is not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no report wording for language {language!r}") from None
