"""The wording of the printed speed-meeting rota, per language, as the charter and the report
keep theirs: fr_FR, fr_CA and en, epicene French, typography given once by
``charters.texts.typeset``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mentorat_desktop.core.charters.texts import typeset_all


@dataclass(frozen=True)
class RotaTexts:
    pdf_lang: str
    title: str
    subject: str
    summary: str  # {people}, {rounds}, {tables}
    fewer_rounds: str  # {asked}, {held}: everyone met everyone before the rounds asked
    how_it_works: str  # the older side keeps its tables
    how_it_works_older_moves: str  # the younger side keeps its tables
    how_it_works_even: str
    by_table: str
    table: str  # {n}
    round_head: str
    older_head: str
    younger_head: str
    round_n: str  # {n}
    by_person: str
    person_head: str
    side_head: str
    older_side: str
    younger_side: str
    sits_out: str  # in the per-person grid
    sitting_out_line: str  # {names}: under a round
    legend: str
    printed_on: str  # {date}
    footer_page: str  # {page}
    nobody: str


FR_FR = RotaTexts(
    pdf_lang="fr-FR",
    title="Speed-meeting : tableau des rencontres",
    subject="Qui rencontre qui, à quelle table, à chaque tour",
    summary="{people} personnes présentes, {rounds} tours, {tables} tables.",
    fewer_rounds=(
        "{asked} tours étaient demandés : après {held} tours, chaque personne aura "
        "rencontré toutes celles de l'autre groupe, le tableau s'arrête donc là."
    ),
    how_it_works=(
        "Les personnes les plus âgées gardent leur table toute la soirée ; les plus jeunes "
        "lisent leur table de chaque tour ci-dessous."
    ),
    how_it_works_older_moves=(
        "Les personnes les plus jeunes gardent leur table toute la soirée ; les plus âgées "
        "lisent leur table de chaque tour ci-dessous."
    ),
    how_it_works_even=(
        "Les personnes les plus âgées gardent leur table toute la soirée ; les plus jeunes "
        "avancent d'une table à chaque tour."
    ),
    by_table="Par table",
    table="Table {n}",
    round_head="Tour",
    older_head="Personne la plus âgée",
    younger_head="Personne la plus jeune",
    round_n="Tour {n}",
    by_person="Par personne",
    person_head="Personne",
    side_head="Groupe",
    older_side="plus âgée",
    younger_side="plus jeune",
    sits_out="pause",
    sitting_out_line="En pause : {names}",
    legend=(
        "Chaque case donne le numéro de table du tour ; « pause » : la personne ne rencontre "
        "personne à ce tour."
    ),
    printed_on="Imprimé le {date}",
    footer_page="Page {page}",
    nobody="Aucune place ne peut être attribuée : il faut au moins une personne de chaque groupe.",
)

FR_CA = replace(FR_FR, pdf_lang="fr-CA")

EN = RotaTexts(
    pdf_lang="en",
    title="Speed-meeting rota",
    subject="Who meets whom, at which table, in each round",
    summary="{people} people present, {rounds} rounds, {tables} tables.",
    fewer_rounds=(
        "{asked} rounds were asked for: after {held} rounds everyone will have met everyone "
        "in the other group, so the rota stops there."
    ),
    how_it_works=(
        "The older members keep their table all evening; the younger ones read their table "
        "for each round below."
    ),
    how_it_works_older_moves=(
        "The younger members keep their table all evening; the older ones read their table "
        "for each round below."
    ),
    how_it_works_even=(
        "The older members keep their table all evening; the younger ones move one table "
        "along after each round."
    ),
    by_table="By table",
    table="Table {n}",
    round_head="Round",
    older_head="Older member",
    younger_head="Younger member",
    round_n="Round {n}",
    by_person="By person",
    person_head="Person",
    side_head="Group",
    older_side="older",
    younger_side="younger",
    sits_out="break",
    sitting_out_line="On a break: {names}",
    legend="Each cell gives the table for that round; “break”: no meeting in that round.",
    printed_on="Printed on {date}",
    footer_page="Page {page}",
    nobody="Nobody can be seated: at least one person of each group is needed.",
)


TEXTS: dict[str, RotaTexts] = {
    "fr_FR": typeset_all(FR_FR, "fr_FR", keep=("pdf_lang",)),
    "fr_CA": typeset_all(FR_CA, "fr_CA", keep=("pdf_lang",)),
    "en": typeset_all(EN, "en", keep=("pdf_lang",)),
}
LANGUAGES = tuple(TEXTS)


def texts_for(language: str) -> RotaTexts:
    """The wording for a language; ValueError for one the rota is not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no rota wording for language {language!r}") from None
