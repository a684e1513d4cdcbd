"""Long on purpose (about 700 lines): the charter's whole wording, in three languages.
Why: the charter's whole wording, three times (fr_FR, fr_CA, en).

The wording of the charter, per language: a document template translated by hand.

French for France (fr_FR), French for Québec (fr_CA) and English (en). Placeholders in braces
are filled by the renderer with str.format. The French is epicene: it speaks of "la personne
mentorée", "chaque membre", "la coordination", never of a masculine by default.

The sentences are written here with a plain apostrophe and plain spaces; :func:`typeset`
gives them their typography once, at import: the typographic apostrophe, and the spaces
French puts before ":" ";" "!" "?" and inside « » (France and Québec differ). The renderer
reads the separator after a label from ``colon``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from mentorat_desktop.core.elision import begins_with_vowel_sound
from mentorat_desktop.core.enums import Direction, Mode

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space

# Any dataclass of wording that typeset_all passes through typeset.
_Texts = TypeVar("_Texts", bound="DataclassInstance")


@dataclass(frozen=True)
class CharterTexts:
    """Every sentence a charter prints, in one language."""

    pdf_lang: str  # the document's /Lang
    colon: str
    title: str
    subtitle: str
    doc_title_one: str  # {mentor}, {mentee}
    doc_title_many: str  # {count}
    subject: str
    default_author: str
    version_line: str  # {version}, {date}
    # Under the version line of a version 2 or later: what the new version changes.
    changes_line: str  # {previous}: the version it replaces; {changes}: "les objectifs et …"
    changes_unknown: str  # {previous}: a line to write the changes on by hand
    replaces_line: str  # {previous}, {date}: when the version it replaces was signed
    change_names: dict[str, str]  # "objectives", "means", "period", "cohort" -> words
    and_word: str  # joins the last two of a list: " et ", " and "
    ended_note: str
    pair_number: str  # {pair_id}
    footer_page: str  # {page}
    footer_version: str  # {version}
    footer_printed: str  # {date}
    copy_for_mentor: str
    copy_for_mentee: str
    copy_n: str  # {n}, {total}

    h_parties: str
    h_purpose: str
    h_objectives: str
    h_means: str
    h_period: str
    h_commitments: str
    h_ethics: str
    h_difficulty: str
    h_review: str
    h_end: str
    h_privacy: str
    h_signatures: str

    mentor_role: str
    mentor_desc: str
    mentee_role: str
    mentee_desc: str
    minor_note: str
    association_label: str
    coordinator_label: str
    cohort_label: str

    purpose: str

    objectives_intro: str
    objectives_head: str  # the objective column of the table
    objectives_empty_intro: str
    objective_label: str  # {n}
    indicator_label: str
    target_label: str
    direction_label: str
    directions: dict[Direction, str]

    place_label: str
    mode_label: str
    frequency_label: str
    commitment_label: str
    commitment_value: str  # {hours}
    hours_one: str  # {n}: a whole number of hours
    hours_many: str  # {n}
    modes: dict[Mode, str]

    start_label: str
    end_label: str
    period_note: str

    commitments_intro: str
    commitments: tuple[tuple[str, str], ...]
    ethics: tuple[tuple[str, str], ...]
    difficulty: str
    # Whom to ask for mediation, under "In case of difficulty": {who}{how}.
    mediation: str
    mediation_named: str  # {name}
    mediation_unnamed: str
    mediation_email: str  # {email}
    mediation_phone: str  # {phone}
    or_word: str
    review: str
    ending: str

    # What the association keeps about the two members, why, for how long, whom to ask.
    privacy: str  # {retention}: "3 ans"; {contact}: privacy_contact, with name and e-mail
    privacy_contact: str
    years_one: str  # {n}
    years_many: str  # {n}
    months_one: str  # {n}
    months_many: str  # {n}

    signed_at: str
    signed_on: str
    sign_note: str
    sign_mentor: str
    sign_mentee: str
    sign_coordinator: str
    sign_guardian: str  # {of_name}: "de Zoé", "d’Øyvind" in French, the bare name in English
    name_label: str
    date_label: str
    signature_label: str

    # The pair's cohort and the objectives of its program, at the head of "our objectives".
    cohort_member: str  # {cohort}: the cohort has no objectives
    cohort_objectives_intro: str  # {cohort}: followed by the table of its objectives
    cohort_objective_head: str  # the objective column of that table
    cohort_target_label: str  # its target column (a number or a share, not a date)
    # Under the mentor's name: the mentor training they attended (core/services/training.py).
    mentor_trained: str = ""  # {date}


FR_FR = CharterTexts(
    pdf_lang="fr-FR",
    colon=f"{NBSP}: ",
    title="Charte du binôme",
    subtitle="Programme de mentorat inversé",
    doc_title_one="Charte du binôme — {mentor} et {mentee}",
    doc_title_many="Chartes de {count} binômes",
    subject="Charte de mentorat inversé, à signer par les deux membres du binôme",
    default_author="Mentorat",
    version_line="Version {version}, modifiée le {date}",
    changes_line="Ce qui change depuis la version {previous} : {changes}.",
    changes_unknown="Ce qui change depuis la version {previous} :",
    replaces_line="Remplace la version {previous}, signée le {date}.",
    change_names={
        "objectives": "les objectifs",
        "means": "les moyens",
        "period": "la fin prévue",
        "cohort": "la cohorte et ses objectifs",
    },
    and_word=" et ",
    ended_note="Copie d'archive : ce binôme a pris fin.",
    pair_number="Binôme n° {pair_id}",
    footer_page="Page {page}",
    footer_version="version {version}",
    footer_printed="imprimée le {date}",
    copy_for_mentor="exemplaire du mentor",
    copy_for_mentee="exemplaire de la personne mentorée",
    copy_n="exemplaire {n} sur {total}",
    h_parties="Les parties",
    h_purpose="Pourquoi un mentorat inversé",
    h_objectives="Nos objectifs",
    h_means="Les moyens",
    h_period="La période",
    h_commitments="Nos engagements réciproques",
    h_ethics="L'éthique de la relation",
    h_difficulty="En cas de difficulté",
    h_review="Révision de la charte",
    h_end="Fin du binôme",
    h_privacy="Données personnelles",
    h_signatures="Signatures",
    mentor_role="Personne mentor",
    mentor_desc=(
        "La personne la plus jeune du binôme. Fait découvrir les outils numériques "
        "et les nouvelles façons de travailler."
    ),
    mentee_role="Personne mentorée",
    mentee_desc=(
        "La personne la plus expérimentée du binôme. Mène la relation "
        "et transmet le savoir-faire du métier."
    ),
    minor_note="Personne mineure : un parent ou tuteur légal signe aussi la charte.",
    association_label="Association",
    coordinator_label="Coordination à contacter",
    cohort_label="Cohorte",
    purpose=(
        "Dans un mentorat inversé, c'est la personne la plus jeune qui accompagne la plus "
        "expérimentée : elle lui ouvre les portes du numérique et des pratiques nouvelles, et "
        "reçoit en retour la culture du métier et l'art de décider. Chaque membre a son rôle, "
        "et les deux apprennent."
    ),
    objectives_intro=(
        "Chaque objectif a son indicateur de réussite : c'est lui qui dira, au moment du "
        "bilan, si l'objectif est atteint."
    ),
    objectives_empty_intro=(
        "Les objectifs restent à fixer ensemble lors de la première rencontre. "
        "Notez-en jusqu'à trois ci-dessous, chacun avec son indicateur de réussite."
    ),
    objectives_head="Objectif",
    objective_label="Objectif {n}",
    indicator_label="Indicateur de réussite",
    target_label="Échéance",
    direction_label="Qui transmet",
    directions={
        Direction.MENTOR_TO_MENTEE: "la personne mentor",
        Direction.MENTEE_TO_MENTOR: "la personne mentorée",
        Direction.BOTH: "les deux, dans les deux sens",
    },
    place_label="Lieu des rencontres",
    mode_label="Mode de rencontre",
    frequency_label="Fréquence",
    commitment_label="Temps consacré",
    commitment_value="{hours} par mois",
    hours_one=f"{{n}}{NBSP}heure",
    hours_many=f"{{n}}{NBSP}heures",
    modes={
        Mode.IN_PERSON: "en personne",
        Mode.VIDEO: "en visioconférence",
        Mode.PHONE: "par téléphone",
        Mode.ANY: "selon les rencontres, à convenir ensemble",
    },
    start_label="Début",
    end_label="Fin prévue",
    period_note=(
        "Le binôme peut être prolongé ou raccourci d'un commun accord, "
        "en lien avec la coordination."
    ),
    commitments_intro=(
        "Nous, les deux membres du binôme, prenons ensemble les engagements suivants :"
    ),
    commitments=(
        (
            "Volontariat",
            "notre participation est un choix ; rien ne nous a été imposé.",
        ),
        (
            "Confidentialité",
            "ce qui se confie entre nous reste entre nous, sauf accord de la personne concernée.",
        ),
        (
            "Respect et ouverture d'esprit",
            "nous nous écoutons sans juger, aucune question n'est trop simple, et nous gardons "
            "la curiosité du regard de l'autre génération.",
        ),
        (
            "Ponctualité",
            "nous arrivons à l'heure. En cas d'empêchement, nous prévenons l'autre membre au "
            "plus tôt, et au plus tard la veille ; pour un rendez-vous le week-end, au plus "
            "tard le vendredi.",
        ),
        (
            "Le rôle de chaque membre",
            "la personne mentor apporte les outils et les pratiques nouvelles ; "
            "la personne mentorée apporte le métier et mène la relation, en proposant les "
            "sujets, en fixant les "
            "rendez-vous et en faisant le point sur les progrès.",
        ),
    ),
    ethics=(
        (
            "Gratuité",
            "le mentorat est bénévole ; personne n'est rémunéré, ni dans un sens ni dans l'autre.",
        ),
        (
            "Ni vente ni sollicitation",
            "les rencontres ne servent ni à vendre ou proposer un produit, un service, un emploi "
            "ou une adhésion, ni à demander de l'argent ou une faveur.",
        ),
        (
            "Indépendance",
            "aucun lien d'affaires ni lien hiérarchique n'existe entre nous ; si un tel lien "
            "apparaît en cours de route, nous en parlons à la coordination.",
        ),
        (
            "Liberté de décision",
            "chaque membre reste libre de ses choix ; un conseil reçu n'oblige à rien.",
        ),
        (
            "Discrétion durable",
            "la confidentialité ne s'arrête pas avec le binôme ; elle continue après sa fin.",
        ),
    ),
    difficulty=(
        "Si quelque chose ne va pas (un désaccord, une gêne, des rencontres qui s'espacent), "
        "chaque membre peut s'adresser à la coordination, individuellement ou à deux. La "
        "coordination écoute chaque personne en toute confidentialité et propose une médiation "
        "pour trouver ensemble une issue."
    ),
    mediation="Pour demander une médiation, chaque membre peut s'adresser à {who}{how}.",
    mediation_named="{name}, responsable de la coordination",
    mediation_unnamed="la coordination du programme",
    mediation_email="par e-mail à {email}",
    mediation_phone="par téléphone au {phone}",
    or_word=" ou ",
    review=(
        "La charte est relue au moins une fois en cours de route, par exemple à mi-parcours. "
        "Elle peut être modifiée à tout moment d'un commun accord : tout changement des "
        "objectifs ou des moyens donne une nouvelle version datée, signée de nouveau par les "
        "deux membres et la coordination."
    ),
    ending=(
        "Chaque membre peut mettre fin au binôme à tout moment, sans avoir à se justifier : ce "
        "n'est ni un échec ni une faute. Il suffit de prévenir l'autre membre et la "
        "coordination. Une dernière rencontre, avec la coordination si on le souhaite, permet "
        "de faire le bilan de ce que chaque personne a appris et de se quitter en bons termes."
    ),
    privacy=(
        "L'association garde l'identité, les coordonnées et les compétences des deux membres, "
        "ainsi que les rencontres et les notes de suivi du binôme, pour faire fonctionner le "
        "programme et en rendre compte par des chiffres qui ne nomment personne. Ces données "
        "sont conservées {retention} après la dernière activité dans le programme, puis "
        "rendues anonymes. Chaque membre peut les consulter, les faire corriger ou effacer "
        "auprès de {contact}, et retirer son consentement à tout moment."
    ),
    privacy_contact="la coordination du programme",
    years_one=f"{{n}}{NBSP}an",
    years_many=f"{{n}}{NBSP}ans",
    months_one=f"{{n}}{NBSP}mois",
    months_many=f"{{n}}{NBSP}mois",
    signed_at="Fait à",
    signed_on="le",
    sign_note="Chaque signataire date et signe ; chaque membre du binôme garde un exemplaire.",
    sign_mentor="La personne mentor",
    sign_mentee="La personne mentorée",
    sign_coordinator="La coordination",
    sign_guardian="Parent ou tuteur légal {of_name}",
    name_label="Nom",
    date_label="Date",
    signature_label="Signature",
    cohort_member="Notre binôme fait partie de la cohorte « {cohort} ».",
    cohort_objectives_intro=(
        "Notre binôme fait partie de la cohorte « {cohort} », dont le programme poursuit ces "
        "objectifs, chacun avec son indicateur de réussite :"
    ),
    cohort_objective_head="Objectif du programme",
    cohort_target_label="Cible",
    mentor_trained="Formation des mentors suivie le {date}.",
)


# Québec French: "courriel", "fin de semaine", "rencontre" rather than "rendez-vous",
# "organisme" rather than "association", "aviser", "joindre".
FR_CA = replace(
    FR_FR,
    pdf_lang="fr-CA",
    ended_note="Copie d'archives : ce binôme a pris fin.",
    purpose=(
        "Dans un mentorat inversé, c'est la personne la plus jeune qui accompagne la plus "
        "expérimentée : elle lui fait découvrir le numérique et les pratiques nouvelles, et "
        "reçoit en retour la culture du métier et l'art de décider. Chaque membre a son rôle, "
        "et les deux en ressortent plus riches."
    ),
    association_label="Organisme",
    coordinator_label="Coordination à joindre",
    modes={
        Mode.IN_PERSON: "en personne",
        Mode.VIDEO: "par visioconférence",
        Mode.PHONE: "par téléphone",
        Mode.ANY: "selon les rencontres, à convenir ensemble",
    },
    commitments=(
        FR_FR.commitments[0],
        FR_FR.commitments[1],
        FR_FR.commitments[2],
        (
            "Ponctualité",
            "nous arrivons à l'heure. En cas d'empêchement, nous avisons l'autre membre le plus "
            "tôt possible, et au plus tard la veille ; pour une rencontre la fin de semaine, au "
            "plus tard le vendredi.",
        ),
        (
            "Le rôle de chaque membre",
            "la personne mentor apporte les outils et les pratiques nouvelles ; "
            "la personne mentorée apporte le métier et mène la relation, en proposant les "
            "sujets, en fixant les "
            "rencontres et en faisant le point sur les progrès.",
        ),
    ),
    ethics=(
        FR_FR.ethics[0],
        (
            "Ni vente ni sollicitation",
            "les rencontres ne servent ni à vendre ou offrir un produit, un service, un emploi "
            "ou une adhésion, ni à demander de l'argent ou une faveur.",
        ),
        FR_FR.ethics[2],
        FR_FR.ethics[3],
        FR_FR.ethics[4],
    ),
    difficulty=(
        "Si quelque chose accroche (un désaccord, un malaise, des rencontres qui s'espacent), "
        "chaque membre peut joindre la coordination, individuellement ou à deux. La "
        "coordination écoute chaque personne en toute confidentialité et propose une médiation "
        "pour trouver ensemble une solution."
    ),
    mediation="Pour demander une médiation, chaque membre peut joindre {who}{how}.",
    mediation_email="par courriel à {email}",
    h_privacy="Renseignements personnels",
    privacy=(
        "L'organisme conserve l'identité, les coordonnées et les compétences des deux "
        "membres, de même que les rencontres et les notes de suivi du binôme, pour faire "
        "fonctionner le programme et en rendre compte au moyen de statistiques qui ne nomment "
        "personne. Ces renseignements personnels sont gardés {retention} après la dernière "
        "activité dans le programme, puis anonymisés. Chaque membre peut les consulter, les "
        "faire rectifier ou supprimer auprès de {contact}, et retirer son consentement en tout "
        "temps."
    ),
)


EN = CharterTexts(
    pdf_lang="en",
    colon=": ",
    title="Pair charter",
    subtitle="Reverse mentoring program",
    doc_title_one="Pair charter — {mentor} and {mentee}",
    doc_title_many="Charters of {count} pairs",
    subject="Reverse mentoring charter, to be signed by both members of the pair",
    default_author="Mentorat",
    version_line="Version {version}, amended on {date}",
    changes_line="What changes since version {previous}: {changes}.",
    changes_unknown="What changes since version {previous}:",
    replaces_line="Replaces version {previous}, signed on {date}.",
    change_names={
        "objectives": "the objectives",
        "means": "the means",
        "period": "the planned end",
        "cohort": "the cohort and its objectives",
    },
    and_word=" and ",
    ended_note="Archive copy: this pair has ended.",
    pair_number="Pair no. {pair_id}",
    footer_page="Page {page}",
    footer_version="version {version}",
    footer_printed="printed on {date}",
    copy_for_mentor="mentor's copy",
    copy_for_mentee="mentee's copy",
    copy_n="copy {n} of {total}",
    h_parties="The parties",
    h_purpose="Why reverse mentoring",
    h_objectives="Our objectives",
    h_means="The means",
    h_period="The period",
    h_commitments="What we commit to",
    h_ethics="Ethics of the relationship",
    h_difficulty="If something goes wrong",
    h_review="Reviewing the charter",
    h_end="Ending the pair",
    h_privacy="Personal data",
    h_signatures="Signatures",
    mentor_role="Mentor",
    mentor_desc=(
        "The younger of the two. Opens the door to digital tools and new ways of working."
    ),
    mentee_role="Mentee",
    mentee_desc=(
        "The more experienced of the two. Drives the relationship and passes on the "
        "know-how of the trade."
    ),
    minor_note="Under 18: a parent or legal guardian also signs this charter.",
    association_label="Association",
    coordinator_label="Coordinator to contact",
    cohort_label="Cohort",
    purpose=(
        "In reverse mentoring the younger person guides the more experienced one through "
        "digital tools and newer ways of working, and learns in return the culture of the "
        "trade and how decisions get made. Each has a role, and both come away having learned."
    ),
    objectives_intro=(
        "Each objective comes with a success indicator: at the review, it is what tells us "
        "whether the objective was reached."
    ),
    objectives_empty_intro=(
        "We will set our objectives together at our first meeting. Write up to three below, "
        "each with a success indicator."
    ),
    objectives_head="Objective",
    objective_label="Objective {n}",
    indicator_label="Success indicator",
    target_label="Target date",
    direction_label="Who teaches",
    directions={
        Direction.MENTOR_TO_MENTEE: "the mentor",
        Direction.MENTEE_TO_MENTOR: "the mentee",
        Direction.BOTH: "each of us, both ways",
    },
    place_label="Where we meet",
    mode_label="How we meet",
    frequency_label="How often",
    commitment_label="Time given",
    commitment_value="{hours} a month",
    hours_one=f"{{n}}{NBSP}hour",
    hours_many=f"{{n}}{NBSP}hours",
    modes={
        Mode.IN_PERSON: "in person",
        Mode.VIDEO: "by video call",
        Mode.PHONE: "by phone",
        Mode.ANY: "varies; agreed between us",
    },
    start_label="Start",
    end_label="Planned end",
    period_note=(
        "The pair may be extended or shortened by mutual agreement, together with the coordinator."
    ),
    commitments_intro="We, the two members of the pair, commit to each other as follows:",
    commitments=(
        (
            "Volunteering",
            "each of us takes part by choice; nobody was signed up against their will.",
        ),
        (
            "Confidentiality",
            "what one of us shares stays between us, unless the person concerned agrees otherwise.",
        ),
        (
            "Respect and an open mind",
            "we listen without judging, no question is too basic, and we stay curious about "
            "how the other generation sees things.",
        ),
        (
            "Punctuality",
            "we arrive on time. If one of us cannot make it, we tell the other as early as "
            "possible and at the latest the day before; for a weekend meeting, by Friday at "
            "the latest.",
        ),
        (
            "Each one's role",
            "the mentor brings the tools and newer practices; the mentee brings the trade and "
            "drives the relationship, suggesting topics, setting up meetings and taking stock "
            "of progress.",
        ),
    ),
    ethics=(
        ("Unpaid", "mentoring is voluntary; nobody is paid, and nobody pays the other."),
        (
            "No selling, no soliciting",
            "meetings are never used to sell or offer a product, service, job or membership, "
            "nor to ask for money or favours.",
        ),
        (
            "Independence",
            "there is no business or reporting tie between us; if one appears along the way, "
            "we tell the coordinator.",
        ),
        (
            "Freedom of decision",
            "each of us stays free to make their own choices; advice is never an obligation.",
        ),
        (
            "Lasting confidentiality",
            "confidentiality does not stop when the pair ends; it carries on afterwards.",
        ),
    ),
    difficulty=(
        "If something is not working (a disagreement, discomfort, meetings that grow rare), "
        "either of us may contact the coordinator, alone or together. The coordinator listens "
        "to each of us in confidence and offers mediation to find a way forward together."
    ),
    mediation="To ask for mediation, either of us can contact {who}{how}.",
    mediation_named="{name}, the program coordinator",
    mediation_unnamed="the program coordinator",
    mediation_email="by email at {email}",
    mediation_phone="by phone at {phone}",
    or_word=" or ",
    review=(
        "We reread this charter at least once along the way, for instance halfway through. "
        "It can be changed at any time by mutual agreement: any change to the objectives or "
        "the means produces a new dated version, signed again by both of us and the "
        "coordinator."
    ),
    ending=(
        "Either of us may end the pair at any time without giving a reason: it is neither a "
        "failure nor anyone's fault. We simply let the other person and the coordinator know. "
        "A last meeting, with the coordinator if we wish, lets us look back on what each of us "
        "learned and part on good terms."
    ),
    privacy=(
        "The association keeps both members' identity, contact details and skills, and the "
        "pair's meetings and follow-up notes, to run the program and report on it with "
        "figures that name nobody. They are kept for {retention} after the last activity in "
        "the program, then anonymised. Each member may see their data, have it corrected or "
        "erased by asking {contact}, and withdraw their consent at any time."
    ),
    privacy_contact="the program coordinator",
    years_one=f"{{n}}{NBSP}year",
    years_many=f"{{n}}{NBSP}years",
    months_one=f"{{n}}{NBSP}month",
    months_many=f"{{n}}{NBSP}months",
    signed_at="Signed at",
    signed_on="on",
    sign_note="Each signatory dates and signs; each member of the pair keeps a copy.",
    sign_mentor="The mentor",
    sign_mentee="The mentee",
    sign_coordinator="The coordinator",
    sign_guardian="Parent or legal guardian of {of_name}",
    name_label="Name",
    date_label="Date",
    signature_label="Signature",
    cohort_member="Our pair belongs to the cohort “{cohort}”.",
    cohort_objectives_intro=(
        "Our pair belongs to the cohort “{cohort}”, whose program pursues these objectives, "
        "each with its success indicator:"
    ),
    cohort_objective_head="Program objective",
    cohort_target_label="Target",
    mentor_trained="Took the mentor training on {date}.",
)


def typeset(text: str, language: str) -> str:
    """``text`` with the typography of ``language``: the typographic apostrophe everywhere;
    in French a no-break space before ":" and inside « », and before ";", "!" and "?" a
    narrow no-break space in France, no space at all in Québec (Office québécois de la
    langue française). Written for the program's own sentences: what a member typed is
    printed as typed."""
    text = text.replace("'", "’")
    if not language.startswith("fr"):
        return text
    text = text.replace(" :", f"{NBSP}:").replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")
    before = "" if language == "fr_CA" else NNBSP
    for mark in ";!?":
        text = text.replace(f" {mark}", f"{before}{mark}").replace(f"{NNBSP}{mark}", before + mark)
    return text


def typeset_all(texts: _Texts, language: str, keep: tuple[str, ...] = ()) -> _Texts:
    """Every sentence of a dataclass of wording (and those in its tuples and dicts) passed
    through :func:`typeset`, except the fields named in ``keep`` (codes, a colon that is
    already spaced). Shared by the charters, the report, the questionnaire, the rota, the
    training sheets and the record of processing."""

    def apply(value: Any) -> Any:
        if isinstance(value, str):
            return typeset(value, language)
        if isinstance(value, tuple):
            return tuple(apply(item) for item in value)
        if isinstance(value, dict):
            return {key: apply(item) for key, item in value.items()}
        return value

    changed = {f.name: apply(getattr(texts, f.name)) for f in fields(texts) if f.name not in keep}
    return replace(texts, **changed)


def of_name(name: str, language: str) -> str:
    """The word "de" and a person's name in French, elided before a vowel sound
    ("d’Øyvind", "de Zoé"); the bare name in other languages (their templates say "of")."""
    if not language.startswith("fr"):
        return name
    elide = begins_with_vowel_sound(name)
    return f"d’{name.lstrip()}" if elide else f"de {name}"


FR_FR = typeset_all(FR_FR, "fr_FR")
FR_CA = typeset_all(FR_CA, "fr_CA")
EN = typeset_all(EN, "en")

TEXTS: dict[str, CharterTexts] = {"fr_FR": FR_FR, "fr_CA": FR_CA, "en": EN}
LANGUAGES = tuple(TEXTS)


def retention_words(months: int, texts: CharterTexts) -> str:
    """A retention period as people say it: whole years in years ("3 ans", "1 year"), any
    other count in months ("18 mois")."""
    if months > 0 and months % 12 == 0:
        years = months // 12
        return (texts.years_one if years == 1 else texts.years_many).format(n=years)
    return (texts.months_one if months == 1 else texts.months_many).format(n=months)


def texts_for(language: str) -> CharterTexts:
    """The wording for a language; ValueError for one the charter is not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no charter wording for language {language!r}") from None
