"""The wording of the charter, per language: a document template translated by hand.

French for France (fr_FR), French for Québec (fr_CA) and English (en). Placeholders in braces
are filled by the renderer with str.format. The French texts put a no-break space before the
colon, as French typography asks; the renderer reads the separator from ``colon``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from mentorat_desktop.core.enums import Direction, Mode

NBSP = "\u00a0"


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
    h_signatures: str

    mentor_role: str
    mentor_desc: str
    mentee_role: str
    mentee_desc: str
    minor_note: str
    association_label: str
    coordinator_label: str
    email_label: str
    phone_label: str
    cohort_label: str

    purpose: str

    objectives_intro: str
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
    modes: dict[Mode, str]

    start_label: str
    end_label: str
    period_note: str

    commitments_intro: str
    commitments: tuple[tuple[str, str], ...]
    ethics: tuple[tuple[str, str], ...]
    difficulty: str
    review: str
    ending: str

    signed_at: str
    signed_on: str
    sign_note: str
    sign_mentor: str
    sign_mentee: str
    sign_coordinator: str
    sign_guardian: str  # {name}
    name_label: str
    date_label: str
    signature_label: str


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
    ended_note="Copie d'archive : ce binôme a pris fin.",
    pair_number="Binôme n° {pair_id}",
    footer_page="page {page}",
    footer_version="version {version}",
    footer_printed="imprimée le {date}",
    copy_for_mentor="exemplaire du mentor",
    copy_for_mentee="exemplaire du mentoré",
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
    h_signatures="Signatures",
    mentor_role="Mentor",
    mentor_desc=(
        "Le plus jeune des deux. Fait découvrir les outils numériques "
        "et les nouvelles façons de travailler."
    ),
    mentee_role="Mentoré(e)",
    mentee_desc=(
        "Le plus expérimenté des deux. Est le moteur de la relation "
        "et transmet le savoir-faire du métier."
    ),
    minor_note="Participant mineur : un parent ou tuteur légal signe aussi la charte.",
    association_label="Association",
    coordinator_label="Coordination à contacter",
    email_label="E-mail",
    phone_label="Téléphone",
    cohort_label="Cohorte",
    purpose=(
        "Dans un mentorat inversé, c'est le plus jeune qui accompagne le plus expérimenté : "
        "il lui ouvre les portes du numérique et des pratiques nouvelles, et reçoit en retour "
        "la culture du métier et l'art de décider. Chacun a son rôle, et les deux apprennent."
    ),
    objectives_intro=(
        "Chaque objectif a son indicateur de réussite : c'est lui qui dira, au moment du "
        "bilan, si l'objectif est atteint."
    ),
    objectives_empty_intro=(
        "Les objectifs restent à fixer ensemble lors de la première rencontre. "
        "Notez-en jusqu'à trois ci-dessous, chacun avec son indicateur de réussite."
    ),
    objective_label="Objectif {n}",
    indicator_label="Indicateur de réussite",
    target_label="Échéance",
    direction_label="Qui transmet",
    directions={
        Direction.MENTOR_TO_MENTEE: "le mentor",
        Direction.MENTEE_TO_MENTOR: "le mentoré",
        Direction.BOTH: "chacun à l'autre",
    },
    place_label="Lieu des rencontres",
    mode_label="Mode de rencontre",
    frequency_label="Fréquence",
    commitment_label="Temps consacré",
    commitment_value="{hours} par mois",
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
    commitments_intro="Nous, les deux membres du binôme, nous engageons l'un envers l'autre :",
    commitments=(
        (
            "Volontariat",
            "chacun de nous participe par choix ; personne n'a été désigné d'office.",
        ),
        (
            "Confidentialité",
            "ce que l'un confie à l'autre reste entre nous, sauf accord de la personne concernée.",
        ),
        (
            "Respect et ouverture d'esprit",
            "nous nous écoutons sans juger, aucune question n'est trop simple, et nous restons "
            "curieux de la façon de voir de l'autre génération.",
        ),
        (
            "Ponctualité",
            "nous arrivons à l'heure ; en cas d'empêchement, nous prévenons l'autre au plus tôt, "
            "au plus tard la veille, et dès le vendredi pour un rendez-vous pris le week-end.",
        ),
        (
            "Le rôle de chacun",
            "le mentor apporte les outils et les pratiques nouvelles ; le mentoré apporte le "
            "métier et mène la relation : proposer les sujets, fixer les rendez-vous et faire "
            "le point sur les progrès lui revient.",
        ),
    ),
    ethics=(
        (
            "Gratuité",
            "le mentorat est bénévole : personne n'est payé, et personne ne paie l'autre.",
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
            "chacun reste seul maître de ses choix ; un conseil reçu n'oblige à rien.",
        ),
        (
            "Discrétion durable",
            "la confidentialité ne s'arrête pas avec le binôme : elle continue après sa fin.",
        ),
    ),
    difficulty=(
        "Si quelque chose ne va pas (un désaccord, une gêne, des rencontres qui s'espacent), "
        "chacun peut s'adresser à la coordination, seul ou à deux. La coordination écoute chacun "
        "en toute confidentialité et propose une médiation pour trouver ensemble une issue."
    ),
    review=(
        "La charte est relue au moins une fois en cours de route, par exemple à mi-parcours. "
        "Elle peut être modifiée à tout moment d'un commun accord : tout changement des "
        "objectifs ou des moyens donne une nouvelle version datée, signée de nouveau par les "
        "deux membres et la coordination."
    ),
    ending=(
        "Chacun peut mettre fin au binôme à tout moment, sans avoir à se justifier : ce n'est "
        "ni un échec ni une faute. Il suffit de prévenir l'autre et la coordination. Une "
        "dernière rencontre, avec la coordination si on le souhaite, permet de faire le bilan "
        "de ce que chacun a appris et de se quitter en bons termes."
    ),
    signed_at="Fait à",
    signed_on="le",
    sign_note="Chaque signataire date et signe ; chaque membre du binôme garde un exemplaire.",
    sign_mentor="Le mentor",
    sign_mentee="Le mentoré",
    sign_coordinator="La coordination",
    sign_guardian="Parent ou tuteur légal de {name}",
    name_label="Nom",
    date_label="Date",
    signature_label="Signature",
)


# Québec French: "courriel", "fin de semaine", "rencontre" rather than "rendez-vous",
# "organisme" rather than "association", and the epicene "personne mentorée".
FR_CA = replace(
    FR_FR,
    pdf_lang="fr-CA",
    ended_note="Copie d'archives : ce binôme a pris fin.",
    copy_for_mentee="exemplaire de la personne mentorée",
    mentor_desc=(
        "La personne la plus jeune. Fait découvrir les outils numériques "
        "et les nouvelles façons de travailler."
    ),
    mentee_role="Personne mentorée",
    mentee_desc=(
        "La personne la plus expérimentée. Est le moteur de la relation "
        "et transmet le savoir-faire du métier."
    ),
    minor_note="Personne mineure : un parent ou tuteur légal signe aussi la charte.",
    purpose=(
        "Dans un mentorat inversé, c'est la personne la plus jeune qui accompagne la plus "
        "expérimentée : elle lui fait découvrir le numérique et les pratiques nouvelles, et "
        "reçoit en retour la culture du métier et l'art de décider. Chacun a son rôle, et "
        "les deux en ressortent plus riches."
    ),
    association_label="Organisme",
    coordinator_label="Coordination à joindre",
    email_label="Courriel",
    directions={
        Direction.MENTOR_TO_MENTEE: "le mentor",
        Direction.MENTEE_TO_MENTOR: "la personne mentorée",
        Direction.BOTH: "chacun à l'autre",
    },
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
            "nous arrivons à l'heure ; en cas d'empêchement, nous avisons l'autre le plus tôt "
            "possible, au plus tard la veille, et dès le vendredi pour une rencontre prévue "
            "la fin de semaine.",
        ),
        (
            "Le rôle de chacun",
            "le mentor apporte les outils et les pratiques nouvelles ; la personne mentorée "
            "apporte le métier et mène la relation : proposer les sujets, fixer les rencontres "
            "et faire le point sur les progrès lui revient.",
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
        "chacun peut joindre la coordination, seul ou à deux. La coordination écoute chacun "
        "en toute confidentialité et propose une médiation pour trouver ensemble une solution."
    ),
    sign_note="Chaque signataire date et signe ; chaque membre du binôme garde un exemplaire.",
    sign_mentee="La personne mentorée",
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
    ended_note="Archive copy: this pair has ended.",
    pair_number="Pair no. {pair_id}",
    footer_page="page {page}",
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
    email_label="Email",
    phone_label="Phone",
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
    commitment_value="{hours} per month",
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
            "we arrive on time; if one of us cannot make it, we tell the other as early as "
            "possible, at the latest the day before, or by Friday for a weekend meeting.",
        ),
        (
            "Each one's role",
            "the mentor brings the tools and newer practices; the mentee brings the trade and "
            "drives the relationship: suggesting topics, setting up meetings and taking stock "
            "of progress.",
        ),
    ),
    ethics=(
        ("Unpaid", "mentoring is voluntary: nobody is paid, and nobody pays the other."),
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
            "confidentiality does not stop when the pair ends: it carries on afterwards.",
        ),
    ),
    difficulty=(
        "If something is not working (a disagreement, discomfort, meetings that grow rare), "
        "either of us may contact the coordinator, alone or together. The coordinator listens "
        "to each of us in confidence and offers mediation to find a way forward together."
    ),
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
    signed_at="Signed at",
    signed_on="on",
    sign_note="Each signatory dates and signs; each member of the pair keeps a copy.",
    sign_mentor="The mentor",
    sign_mentee="The mentee",
    sign_coordinator="The coordinator",
    sign_guardian="Parent or legal guardian of {name}",
    name_label="Name",
    date_label="Date",
    signature_label="Signature",
)


def _tie_punctuation(texts: CharterTexts) -> CharterTexts:
    """French puts a space before : ; ? and ! that a line break must never take: make each
    of those spaces a no-break space, in every sentence of ``texts``."""

    def tie(value: Any) -> Any:
        if isinstance(value, str):
            for mark in ":;?!":
                value = value.replace(f" {mark}", f"{NBSP}{mark}")
            return value
        if isinstance(value, tuple):
            return tuple(tie(item) for item in value)
        if isinstance(value, dict):
            return {key: tie(item) for key, item in value.items()}
        return value

    return replace(texts, **{f.name: tie(getattr(texts, f.name)) for f in fields(texts)})


FR_FR = _tie_punctuation(FR_FR)
FR_CA = _tie_punctuation(FR_CA)

TEXTS: dict[str, CharterTexts] = {"fr_FR": FR_FR, "fr_CA": FR_CA, "en": EN}
LANGUAGES = tuple(TEXTS)


def texts_for(language: str) -> CharterTexts:
    """The wording for a language; ValueError for one the charter is not written in."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no charter wording for language {language!r}") from None
