"""A fictional association to try the application on, generated deterministically.

``generate_demo`` fills an empty database with the program settings, the skills catalogue and
a register of members of an invented French and Québec reverse-mentoring association. The same
seed and the same ``today`` always give the same data, down to the creation timestamps.

Everything is fictional: e-mail addresses are on the ``example.org``, ``example.net`` and
``example.ca`` domains (reserved for documentation), French phone numbers come from the blocks
ARCEP reserves for fiction (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 and 06 39 98) and
Québec numbers from the North American 555-0100 to 555-0199 range.

After the members come two cohorts with their program objectives, then pairs (about one for
three members) formed the way a careful coordinator would: a younger mentor whose offered skills
meet the older mentee's wanted skills, within everyone's capacity, never inside one team or one
reporting line, never with an archived member. Most pairs are active, some only proposed, a few
paused or ended, each with a dated history; then the objectives of every pair, with their success
indicators, in the direction of the skills involved.

How it is built: each step receives a ``DemoContext`` (the open session, ``today``, the members,
cohorts and pairs already written with their ids) and draws from its own random stream,
``ctx.rng(name)``, so that a step added later never changes what the earlier steps produce. The
steps run in ``_STEPS`` (see the note above it).

Then come the sessions, about a year of them up to ``today``, only on days a pair was active:
most pairs keep their monthly commitment (two to four sessions of 45 minutes to two hours),
some fall below it, some start strong and fade, a few go silent for the last one to three
months; the teaching turns two-way as the months pass. Last, the coordinator's follow-up
entries for about half the pairs, with satisfaction, comments, mediation actions and a few
dates to check again that have just come or are about to.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Generation,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
    SkillKind,
    Speaker,
    generation_of,
)
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import (
    DEFAULT_COMMITMENT_HOURS,
    Cohort,
    CohortObjective,
    FollowUpEntry,
    Member,
    MemberSkill,
    MentoringSession,
    Objective,
    Pair,
    PairStatusChange,
    ProgramSettings,
    Skill,
)
from mentorat_desktop.core.services.sessions import (
    HistoryStep,
    Period,
    active_periods,
    was_active_on,
)
from mentorat_desktop.core.text import fold

DEFAULT_MEMBERS = 120
DEFAULT_SEED = 2026

# -- the association ---------------------------------------------------------------------------

ASSOCIATION_NAME = "Trait d'union entre les âges"
COORDINATOR_NAME = "Mireille Thibodeau-Roux"
COORDINATOR_EMAIL = "coordination@traitdunion.example.org"
COORDINATOR_PHONE = "01 99 00 42 17"
ASSOCIATION_LANGUAGE = "fr_FR"


class DatabaseNotEmptyError(Exception):
    """The demo association only goes into a database that has no member yet."""


@dataclass(frozen=True)
class DemoSummary:
    """What the generator wrote."""

    members: int = 0
    mentors: int = 0
    mentees: int = 0
    either: int = 0
    archived: int = 0
    without_email: int = 0
    skills: int = 0
    member_skills: int = 0
    cohorts: int = 0
    cohort_objectives: int = 0
    pairs: int = 0
    pairs_proposed: int = 0
    pairs_active: int = 0
    pairs_paused: int = 0
    pairs_ended: int = 0
    status_changes: int = 0
    objectives: int = 0
    objectives_reached: int = 0
    sessions: int = 0
    session_hours: float = 0.0  # rounded to the tenth of an hour
    follow_up_entries: int = 0


class Country(StrEnum):
    FRANCE = "FR"
    QUEBEC = "QC"


class Profile(StrEnum):
    """The kind of person a generated member is."""

    STUDENT = "student"  # a high-school student, under 18, who mentors
    NEWCOMER = "newcomer"  # an experienced professional newly arrived in the country
    BOOMER = "boomer"
    X = "x"
    Y = "y"
    Z = "z"


@dataclass
class DemoMember:
    """A generated member, kept in memory so that later steps can build on it."""

    id: int
    profile: Profile
    country: Country
    first_name: str
    last_name: str
    birth_year: int
    role: Role
    city: str
    email: str | None
    phone: str | None
    organisation: str | None
    department: str | None
    manager_name: str | None
    years_experience: int
    languages: str
    availability: str
    preferred_mode: Mode
    capacity: int
    mentor_training_on: dt.date | None
    consent_on: dt.date | None
    notes: str | None
    status: MemberStatus
    archived_at: dt.datetime | None
    created_at: dt.datetime
    retired: bool
    offered: tuple[str, ...]
    wanted: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def generation(self) -> Generation:
        result = generation_of(self.birth_year)
        assert result is not None
        return result

    def row(self) -> dict[str, Any]:
        """The values of the ``member`` table."""
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_year": self.birth_year,
            "email": self.email,
            "phone": self.phone,
            "city": self.city,
            "organisation": self.organisation,
            "department": self.department,
            "manager_name": self.manager_name,
            "years_experience": self.years_experience,
            "languages": self.languages,
            "role": self.role,
            "availability": self.availability,
            "preferred_mode": self.preferred_mode,
            "capacity": self.capacity,
            "mentor_training_on": self.mentor_training_on,
            "consent_on": self.consent_on,
            # Consent given covers keeping the data and being contacted; one in five did not
            # agree to their details being passed to the partner (no draw: the rest of the
            # demo stays the same for a seed).
            "consent_keep": self.consent_on is not None,
            "consent_contact": self.consent_on is not None,
            "consent_share": self.consent_on is not None and self.id % 5 != 0,
            "notes": self.notes,
            "status": self.status,
            "archived_at": self.archived_at,
            "created_at": self.created_at,
            "updated_at": self.archived_at or self.created_at,
        }


@dataclass
class DemoContext:
    """What every generation step shares."""

    session: Session
    seed: int
    today: dt.date
    member_count: int
    members: list[DemoMember] = field(default_factory=list)
    skill_ids: dict[str, int] = field(default_factory=dict)  # skill name -> id
    member_skill_count: int = 0
    cohorts: list[DemoCohort] = field(default_factory=list)  # oldest first
    cohort_objective_count: int = 0
    pairs: list[DemoPair] = field(default_factory=list)
    status_change_count: int = 0
    objective_count: int = 0
    objectives_reached: int = 0
    session_count: int = 0
    session_minutes: int = 0
    follow_up_count: int = 0

    def rng(self, step: str) -> random.Random:
        """The random stream of one step: depends on the seed and the step's name only."""
        return random.Random(f"{self.seed}:{step}")

    def summary(self) -> DemoSummary:
        return DemoSummary(
            members=len(self.members),
            mentors=sum(m.role == Role.MENTOR for m in self.members),
            mentees=sum(m.role == Role.MENTEE for m in self.members),
            either=sum(m.role == Role.EITHER for m in self.members),
            archived=sum(m.status == MemberStatus.ARCHIVED for m in self.members),
            without_email=sum(m.email is None for m in self.members),
            skills=len(self.skill_ids),
            member_skills=self.member_skill_count,
            cohorts=sum(c.new for c in self.cohorts),
            cohort_objectives=self.cohort_objective_count,
            pairs=len(self.pairs),
            pairs_proposed=sum(p.status == PairStatus.PROPOSED for p in self.pairs),
            pairs_active=sum(p.status == PairStatus.ACTIVE for p in self.pairs),
            pairs_paused=sum(p.status == PairStatus.PAUSED for p in self.pairs),
            pairs_ended=sum(p.status == PairStatus.ENDED for p in self.pairs),
            status_changes=self.status_change_count,
            objectives=self.objective_count,
            objectives_reached=self.objectives_reached,
            sessions=self.session_count,
            session_hours=round(self.session_minutes / 60, 1),
            follow_up_entries=self.follow_up_count,
        )


@dataclass
class DemoCohort:
    """A generated cohort."""

    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    new: bool = True  # False: a cohort of that name was already there and is reused


@dataclass
class DemoPair:
    """A generated pair, kept in memory for the objectives (and later the sessions)."""

    id: int
    mentor: DemoMember
    mentee: DemoMember
    status: PairStatus
    proposed_on: dt.date
    start_date: dt.date | None
    planned_end: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    outcome: Outcome | None
    cohort_id: int | None
    # What the mentor passes on that the mentee wants (never empty), and the other way round.
    teach: tuple[str, ...]
    give_back: tuple[str, ...]
    # The life of the pair, oldest first: (status, effective on, note).
    history: list[tuple[PairStatus, dt.date, str | None]] = field(default_factory=list)
    # The means written in the pair's row.
    mode: Mode = Mode.ANY
    place: str | None = None
    commitment: float = DEFAULT_COMMITMENT_HOURS
    # Set by the sessions: how the pair kept its commitment, the day things started to go
    # wrong (the fading or the silence; None when they never did) and the last session.
    pace: Pace | None = None
    quiet_since: dt.date | None = None
    last_session: dt.date | None = None

    def periods(self) -> list[Period]:
        """The days the pair was active, from its history (see ``active_periods``)."""
        return active_periods(HistoryStep(status, on) for status, on, _ in self.history)


class Pace(StrEnum):
    """How a pair keeps its monthly commitment, for the sessions and the follow-ups."""

    STEADY = "steady"  # meets it most months
    LOW = "low"  # often falls below it
    FADED = "faded"  # a strong start, then fewer and fewer sessions
    SILENT = "silent"  # regular, then nothing for the last one to three months


DemoStep = Callable[[DemoContext], None]

# -- the skills catalogue (name, weight: how often it is offered or wanted) --------------------

DIGITAL_SKILLS: tuple[tuple[str, int], ...] = (
    ("Réseaux sociaux", 10),
    ("Visioconférence", 9),
    ("Intelligence artificielle générative", 9),
    ("Outils collaboratifs", 8),
    ("Cybersécurité au quotidien", 8),
    ("Tableur avancé", 6),
    ("Applications mobiles", 6),
    ("Attentes de la génération Z", 6),
    ("Montage vidéo", 5),
    ("Automatisation des tâches", 5),
    ("Données et tableaux de bord", 5),
    ("Télétravail", 5),
    ("Démarches en ligne", 4),
    ("Podcast et création de contenu", 3),
)

TRADE_SKILLS: tuple[tuple[str, int], ...] = (
    ("Prise de décision", 8),
    ("Gestion de projet", 8),
    ("Négociation", 7),
    ("Culture d'entreprise", 7),
    ("Prise de parole en public", 7),
    ("Réseau professionnel", 7),
    ("Gestion d'équipe", 6),
    ("Gestion des conflits", 5),
    ("Recherche d'emploi", 5),
    ("Entrepreneuriat", 5),
    ("Relation client", 4),
    ("Gestion du temps et des priorités", 4),
    ("Budget et finances", 3),
)

QUEBEC_CODES = "Codes du milieu de travail québécois"
FRANCE_CODES = "Codes du monde du travail en France"
LOCAL_SKILLS: dict[Country, str] = {Country.QUEBEC: QUEBEC_CODES, Country.FRANCE: FRANCE_CODES}

CATALOGUE: tuple[str, ...] = (
    *(name for name, _ in DIGITAL_SKILLS),
    *(name for name, _ in TRADE_SKILLS),
    QUEBEC_CODES,
    FRANCE_CODES,
)

# -- names -------------------------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    """A tuple from a comma-separated list (some names hold a space: "Le Goff")."""
    return tuple(part.strip() for part in text.split(","))


FIRST_NAMES: dict[tuple[Country, Profile], tuple[str, ...]] = {
    (Country.FRANCE, Profile.BOOMER): _names(
        "Michel, Françoise, Jean-Pierre, Monique, Bernard, Hélène, Gérard, Danièle, "
        "Jacques, Martine, Christiane, René, Éliane, Jean-Claude, Josiane, Alain, "
        "Brigitte, Marie-Thérèse, Gilles, Annick, Yves, Odile"
    ),
    (Country.QUEBEC, Profile.BOOMER): _names(
        "Réjean, Gaétan, Lise, Ginette, Pierrette, Yvon, Huguette, Jocelyne, Denis, "
        "Normand, Francine, Raymond, Diane, Claudette, Gilles, Louise, Jean-Guy, "
        "Micheline, Clément, Thérèse"
    ),
    (Country.FRANCE, Profile.X): _names(
        "Thierry, Sandrine, Stéphane, Valérie, Frédéric, Nathalie, Isabelle, Laurent, "
        "Véronique, Éric, Karine, Benoît, Corinne, Pascal, Sophie, Hervé, Céline, "
        "Olivier, Delphine, Jérôme, Anne-Sophie"
    ),
    (Country.QUEBEC, Profile.X): _names(
        "Sylvain, Martin, Josée, Nancy, Stéphane, Marie-Claude, Benoît, Manon, "
        "François, Isabelle, Patrick, Chantal, Sébastien, Nathalie, Hélène, "
        "Marc-André, Sonia, Dominic"
    ),
    (Country.FRANCE, Profile.Y): _names(
        "Julien, Émilie, Mathieu, Camille, Jérôme, Aurélie, Guillaume, Élodie, Maxime, "
        "Audrey, Romain, Pauline, Kévin, Mélanie, Anthony, Clémence, Sébastien, "
        "Marion, Adrien, Céline"
    ),
    (Country.QUEBEC, Profile.Y): _names(
        "Jean-Philippe, Marie-Ève, Geneviève, Maxime, Mélissa, Simon-Pierre, "
        "Catherine, Vincent, Andréanne, Alexandre, Émilie, Jonathan, Karine, Francis, "
        "Valérie, Pier-Luc, Joëlle, Mathieu"
    ),
    (Country.FRANCE, Profile.Z): _names(
        "Zoé, Lucas, Maëlle, Noémie, Hugo, Léa, Nathan, Chloé, Inès, Théo, Enzo, Jade, "
        "Louis, Clémence, Anaïs, Mathis, Océane, Éloïse, Loïc, Justine, Manon, Yanis, "
        "Héloïse, Gaël"
    ),
    (Country.QUEBEC, Profile.Z): _names(
        "Maélie, William, Florence, Rosalie, Félix, Zacharie, Olivier, Noémie, "
        "Charlotte, Xavier, Laurence, Mégane, Thomas, Béatrice, Étienne, Coralie, "
        "Samuel, Frédérique, Léa, Jérémie"
    ),
    (Country.FRANCE, Profile.STUDENT): _names(
        "Léo, Jade, Raphaël, Lou, Éléonore, Timothée, Romane, Naël, Capucine, Noé"
    ),
    (Country.QUEBEC, Profile.STUDENT): _names(
        "Élodie, Liam, Éloïse, Nathan, Maëva, Arnaud, Juliette, Édouard, Ariane, Loïc"
    ),
}

LAST_NAMES: dict[Country, tuple[str, ...]] = {
    Country.FRANCE: _names(
        "Martin, Bernard, Dubois, Lefèvre, Moreau, Laurent, Girard, Bonnet, Dupont, "
        "Lambert, Fontaine, Rousseau, Vincent, Muller, Faure, André, Mercier, Blanc, "
        "Guérin, Boyer, Garnier, Chevalier, Legrand, Gauthier, Perrin, Robin, Clément, "
        "Morin, Roussel, Masson, Marchand, Duval, Dumont, Lemaire, Noël, Meyer, "
        "Dufour, Meunier, Brun, Blanchard, Giraud, Joly, Rivière, Brunet, Gaillard, "
        "Barbier, Arnaud, Ménard, Lévêque, Prévost, Hervé, Bénard, Crépin, Le Goff, "
        "Le Gall, Kerbrat, Thébault, Leroy, Renaud, Benoît, Besnard, Jourdain, "
        "Pélissier"
    ),
    Country.QUEBEC: _names(
        "Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, "
        "Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, Leblanc, Paquette, "
        "Girard, Simard, Boucher, Caron, Beaulieu, Cloutier, Dubé, Poirier, Fournier, "
        "Bérubé, Thibault, Lapointe, Leclerc, Lachance, Hébert, Séguin, Thériault, "
        "Bédard, St-Pierre, Gaudreault, Tétreault, Boivin, Nadeau, Bissonnette, "
        "Vézina, D'Amours, Ménard, Labrecque, Després"
    ),
}


@dataclass(frozen=True)
class Origin:
    """Names and languages of newcomers from one part of the world."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    languages: str


ORIGINS: tuple[Origin, ...] = (
    Origin(
        ("Łukasz", "Agnieszka", "Zofia", "Paweł", "Małgorzata"),
        ("Wiśniewski", "Kowalczyk", "Dąbrowska", "Nowak", "Zieliński"),
        "français, polonais, anglais",
    ),
    Origin(
        ("Thị Hoa", "Minh", "Thu Trang", "Văn Đức", "Lan"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Đặng"),
        "français, vietnamien",
    ),
    Origin(
        ("Emre", "Ayşe", "Mehmet", "Zeynep", "Barış"),
        ("Şahin", "Yıldız", "Öztürk", "Çelik", "Aydın"),
        "français, turc, anglais",
    ),
    Origin(
        ("Øyvind", "Solveig", "Bjørn", "Ingrid"),
        ("Løken", "Haugen", "Bråten", "Nygård"),
        "français, norvégien, anglais",
    ),
    Origin(
        ("Karim", "Yasmine", "Rania", "Nour", "Mehdi", "Samira"),
        ("Benali", "Haddad", "Mansour", "El-Khoury", "Bouzid", "Amrani"),
        "français, arabe",
    ),
    Origin(
        ("Carolina", "Andrés", "Valentina", "Julián", "María José"),
        ("Gómez", "Muñoz", "Rodríguez", "Peña", "Castaño"),
        "français, espagnol",
    ),
    Origin(
        ("Ștefan", "Ioana", "Dragoș", "Andreea"),
        ("Popescu", "Ionescu", "Munteanu", "Răducanu"),
        "français, roumain, anglais",
    ),
    Origin(
        ("Oleksandr", "Olena", "Iryna", "Dmytro"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko"),
        "français, ukrainien, anglais",
    ),
    Origin(
        ("Wilner", "Nadège", "Jean-Robert", "Fabiola"),
        ("Jean-Baptiste", "Pierre-Louis", "Désir", "Saint-Fleur"),
        "français, créole haïtien",
    ),
    Origin(
        ("Mamadou", "Fatou", "Aïssatou", "Ousmane"),
        ("Diallo", "Ndiaye", "Sow", "Camara"),
        "français, wolof",
    ),
    Origin(
        ("João", "Inês", "Gonçalo", "Conceição"),
        ("Gonçalves", "Simões", "Magalhães", "Araújo"),
        "français, portugais",
    ),
)

NEWCOMER_TRADES: tuple[str, ...] = (
    "génie civil",
    "comptabilité",
    "soins infirmiers",
    "logistique",
    "enseignement",
    "architecture",
    "ressources humaines",
    "informatique industrielle",
    "pharmacie",
    "commerce international",
)

# -- places ------------------------------------------------------------------------------------

CITIES: dict[Country, tuple[tuple[str, int], ...]] = {
    Country.QUEBEC: (
        ("Montréal", 38),
        ("Québec", 20),
        ("Sherbrooke", 8),
        ("Gatineau", 8),
        ("Trois-Rivières", 7),
        ("Saguenay", 5),
        ("Laval", 5),
        ("Rimouski", 4),
        ("Longueuil", 5),
    ),
    Country.FRANCE: (
        ("Lyon", 18),
        ("Nantes", 14),
        ("Lille", 12),
        ("Rennes", 12),
        ("Bordeaux", 12),
        ("Saint-Étienne", 8),
        ("Besançon", 7),
        ("Grenoble", 7),
        ("Clermont-Ferrand", 5),
        ("Angers", 5),
    ),
}

# Québec area codes by city; France: the ARCEP fiction block of the city's region.
QUEBEC_AREA_CODES: dict[str, tuple[str, ...]] = {
    "Montréal": ("514", "438"),
    "Laval": ("450", "579"),
    "Longueuil": ("450", "579"),
    "Québec": ("418", "581"),
    "Saguenay": ("418", "581"),
    "Rimouski": ("418", "581"),
    "Sherbrooke": ("819", "873"),
    "Trois-Rivières": ("819", "873"),
    "Gatineau": ("819", "873"),
}
FRANCE_LANDLINE_BLOCKS: dict[str, str] = {
    "Lyon": "04 65 71",
    "Saint-Étienne": "04 65 71",
    "Grenoble": "04 65 71",
    "Clermont-Ferrand": "04 65 71",
    "Nantes": "02 61 91",
    "Rennes": "02 61 91",
    "Angers": "02 61 91",
    "Lille": "03 53 01",
    "Besançon": "03 53 01",
    "Bordeaux": "05 36 49",
}
FRANCE_MOBILE_BLOCK = "06 39 98"


@dataclass(frozen=True)
class Organisation:
    name: str
    departments: tuple[str, ...]
    domain: str  # a sub-domain of a domain reserved for documentation


ORGANISATIONS: dict[Country, tuple[Organisation, ...]] = {
    Country.FRANCE: (
        Organisation(
            "Mutuelle des Tilleuls",
            ("Relation adhérents", "Ressources humaines", "Comptabilité", "Informatique"),
            "tilleuls.example.org",
        ),
        Organisation(
            "Transports Rhodaniens",
            ("Exploitation", "Maintenance", "Ressources humaines"),
            "transports-rhodaniens.example.net",
        ),
        Organisation(
            "Coutellerie Vernay & Fils",
            ("Production", "Commercial", "Qualité"),
            "vernay.example.org",
        ),
        Organisation(
            "Clinique du Val Fleuri",
            ("Soins", "Administration", "Accueil"),
            "valfleuri.example.org",
        ),
        Organisation(
            "Crédit des Marais",
            ("Agence", "Conformité", "Marketing"),
            "credit-marais.example.net",
        ),
        Organisation(
            "Mairie de Vauclaire",
            ("État civil", "Urbanisme", "Services techniques"),
            "vauclaire.example.org",
        ),
        Organisation(
            "Éditions de la Grande Ourse",
            ("Éditorial", "Fabrication", "Commercial"),
            "grande-ourse.example.net",
        ),
        Organisation(
            "Hexagone Logistique",
            ("Entrepôt", "Transport", "Achats"),
            "hexalog.example.net",
        ),
        Organisation(
            "Brasserie du Moulin Vert",
            ("Production", "Vente"),
            "moulinvert.example.org",
        ),
    ),
    Country.QUEBEC: (
        Organisation(
            "Coopérative Boréale",
            ("Service aux membres", "Finances", "Technologies de l'information"),
            "boreale.example.ca",
        ),
        Organisation(
            "Laiterie des Cantons",
            ("Production", "Qualité", "Ventes"),
            "laiterie-cantons.example.ca",
        ),
        Organisation(
            "Groupe Fjord Assurances",
            ("Réclamations", "Souscription", "Ressources humaines"),
            "fjord-assurances.example.ca",
        ),
        Organisation(
            "Centre de santé des Trois-Rivages",
            ("Soins infirmiers", "Administration", "Accueil"),
            "trois-rivages.example.ca",
        ),
        Organisation(
            "Ville de Sainte-Odile-du-Lac",
            ("Travaux publics", "Loisirs", "Greffe"),
            "ste-odile.example.ca",
        ),
        Organisation(
            "Imprimerie du Vieux-Quai",
            ("Prépresse", "Production", "Ventes"),
            "vieux-quai.example.ca",
        ),
        Organisation(
            "Quincaillerie Gendron & Fils",
            ("Magasin", "Achats", "Comptabilité"),
            "gendron.example.ca",
        ),
        Organisation(
            "Studio Aurore Numérique",
            ("Développement", "Design", "Gestion de produit"),
            "aurore.example.ca",
        ),
    ),
}

SCHOOLS: dict[Country, tuple[str, str]] = {
    Country.FRANCE: ("Lycée Germaine-Tillon-des-Prés", "Classe de première"),
    Country.QUEBEC: ("École secondaire des Érables", "Secondaire 5"),
}

PERSONAL_DOMAINS: dict[Country, tuple[str, ...]] = {
    Country.FRANCE: ("example.org", "example.net"),
    Country.QUEBEC: ("example.ca", "example.ca", "example.net"),
}

# -- words -------------------------------------------------------------------------------------

LANGUAGES: dict[Country, tuple[tuple[str, int], ...]] = {
    Country.FRANCE: (
        ("français", 58),
        ("français, anglais", 25),
        ("français, arabe", 6),
        ("français, espagnol", 5),
        ("français, portugais", 3),
        ("français, anglais, allemand", 3),
    ),
    Country.QUEBEC: (
        ("français, anglais", 50),
        ("français", 40),
        ("français, espagnol", 5),
        ("français, créole haïtien", 3),
        ("français, anglais, espagnol", 2),
    ),
}

AVAILABILITY: dict[str, tuple[str, ...]] = {
    "young": (
        "mardi soir",
        "jeudi soir",
        "en semaine après 17 h",
        "samedi matin",
        "le midi, du lundi au vendredi",
        "dimanche après-midi",
        "lundi et mercredi soir",
        "le week-end",
    ),
    "working": (
        "en semaine après 17 h",
        "le midi, du lundi au vendredi",
        "mardi soir",
        "vendredi après-midi",
        "samedi matin",
        "mercredi en fin de journée",
    ),
    "retired": (
        "en semaine en journée",
        "mardi matin",
        "jeudi après-midi",
        "lundi et vendredi matin",
        "mercredi après-midi",
        "samedi matin",
        "tous les jours sauf le mercredi",
    ),
    "student": (
        "mercredi après-midi",
        "samedi matin",
        "après les cours, vers 16 h 30",
        "pendant les vacances scolaires",
    ),
}

MODES_YOUNG: tuple[tuple[Mode, int], ...] = (
    (Mode.VIDEO, 35),
    (Mode.ANY, 30),
    (Mode.IN_PERSON, 30),
    (Mode.PHONE, 5),
)
MODES_SENIOR: tuple[tuple[Mode, int], ...] = (
    (Mode.IN_PERSON, 45),
    (Mode.ANY, 25),
    (Mode.VIDEO, 15),
    (Mode.PHONE, 15),
)

NOTES_SENIOR: tuple[str, ...] = (
    "Quelques appréhensions à l'idée d'apprendre auprès d'une personne bien plus jeune ; "
    "à accompagner au démarrage.",
    "Souhaite gagner en autonomie sur la visioconférence pour animer des réunions à distance.",
    "Très à l'aise à l'oral, beaucoup moins avec les outils numériques : veut avancer pas à pas.",
    "Longue carrière dans l'industrie ; envie de transmettre et de comprendre les attentes "
    "des plus jeunes.",
    "Préfère les rencontres en personne, près de chez soi.",
    "A découvert le programme lors de la soirée d'accueil à la maison de quartier.",
    "Aimerait pouvoir suivre seul les démarches administratives en ligne.",
)
NOTES_JUNIOR: tuple[str, ...] = (
    "Première expérience de mentorat, beaucoup d'enthousiasme.",
    "Disponible surtout en soirée et en visioconférence.",
    "Souhaite mieux comprendre la culture d'entreprise et se constituer un réseau.",
    "A déjà animé des ateliers numériques à la bibliothèque du quartier.",
    "Recommandé par une personne qui a participé au programme l'an dernier.",
    "Cherche des conseils pour une prochaine négociation salariale.",
)
NOTES_EITHER = (
    "Ouverture aux deux rôles, selon les besoins du programme.",
    "Peut mentorer sur le numérique et apprendre sur la gestion d'équipe.",
)
NOTES_STUDENT: dict[Country, str] = {
    Country.FRANCE: "Élève de première ; un parent ou tuteur cosignera la charte.",
    Country.QUEBEC: "Élève de 5e secondaire ; la charte sera cosignée par un parent ou tuteur.",
}
NOTES_NEWCOMER: dict[Country, str] = {
    Country.QUEBEC: "Installation au Québec récente ; longue expérience en {trade}, souhaite "
    "se familiariser avec les codes du milieu de travail québécois.",
    Country.FRANCE: "Installation en France récente ; longue expérience en {trade}, souhaite "
    "comprendre les usages du monde du travail ici.",
}
NOTES_NO_EMAIL: dict[Country, str] = {
    Country.FRANCE: "Pas d'adresse électronique : joindre par téléphone.",
    Country.QUEBEC: "Pas de courriel : joindre par téléphone.",
}
NOTES_ARCHIVED: tuple[str, ...] = (
    "A quitté le programme (déménagement).",
    "Pause demandée pour raisons familiales.",
    "Plus disponible cette année ; à recontacter à la prochaine cohorte.",
)

# Share of each profile among the members who are neither students nor newcomers.
PROFILE_SHARES: tuple[tuple[Profile, float], ...] = (
    (Profile.BOOMER, 0.24),
    (Profile.X, 0.22),
    (Profile.Y, 0.24),
    (Profile.Z, 0.30),
)

ROLE_WEIGHTS: dict[Profile, tuple[tuple[Role, int], ...]] = {
    Profile.STUDENT: ((Role.MENTOR, 1),),
    Profile.Z: ((Role.MENTOR, 85), (Role.EITHER, 10), (Role.MENTEE, 5)),
    Profile.Y: ((Role.MENTOR, 55), (Role.EITHER, 25), (Role.MENTEE, 20)),
    Profile.X: ((Role.MENTEE, 72), (Role.EITHER, 18), (Role.MENTOR, 10)),
    Profile.BOOMER: ((Role.MENTEE, 92), (Role.EITHER, 8)),
    Profile.NEWCOMER: ((Role.MENTEE, 80), (Role.EITHER, 20)),
}

# -- cohorts, pairs and objectives -------------------------------------------------------------

# The two cohorts: (season, description, [(objective, success indicator, target)]).
COHORT_PLANS: tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "Printemps",
        "Cohorte de printemps : des binômes formés autour du numérique du quotidien d'un côté "
        "et de la transmission du métier de l'autre, lancés lors d'une soirée à la maison des "
        "associations.",
        (
            (
                "Faire vivre les binômes dans la durée",
                "Part des binômes toujours actifs trois mois après la signature de la charte",
                "80 % des binômes",
            ),
            (
                "Tenir l'engagement de trois heures par mois",
                "Part des binômes qui se voient en moyenne 3 h par mois ou plus",
                "70 % des binômes",
            ),
            (
                "Atteindre les objectifs écrits dans les chartes",
                "Part des objectifs des binômes atteints à la clôture",
                "2 objectifs sur 3",
            ),
        ),
    ),
    (
        "Automne",
        "Cohorte d'automne, ouverte aux lycéens et aux personnes nouvellement arrivées ; "
        "chaque mentor suit la formation courte avant de signer sa charte.",
        (
            (
                "Former les mentors avant leur premier binôme",
                "Part des mentors formés à la date de signature de la charte",
                "100 % des mentors",
            ),
            (
                "Donner envie aux jeunes mentors de rempiler",
                "Part des mentors prêts à reprendre un binôme à la fin du leur",
                "75 % des mentors",
            ),
        ),
    ),
)
COHORT_MONTHS = {"Printemps": 3, "Automne": 9}  # the month of the kickoff evening

MENTOR_ROLES = (Role.MENTOR, Role.EITHER)
MENTEE_ROLES = (Role.MENTEE, Role.EITHER)
MIN_AGE_GAP = 5  # years between a mentor and an older mentee
MEMBERS_PER_PAIR = 3

# What each skill leads to: (what someone learned, as an infinitive, and the objectives a pair
# may write about it, each with its success indicator). Written from the learner's side, so
# that they read right in either direction.
SKILL_TOPICS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "Réseaux sociaux": (
        "animer une page professionnelle sur un réseau social",
        (
            (
                "Créer et animer une page professionnelle sur un réseau social",
                "La page publie au moins un message par semaine pendant un mois",
            ),
            (
                "Régler la confidentialité de ses comptes de réseaux sociaux",
                "Chaque compte a été vérifié ensemble et n'est visible que des contacts choisis",
            ),
        ),
    ),
    "Visioconférence": (
        "organiser et animer une visioconférence",
        (
            (
                "Organiser et animer seul une réunion en visioconférence",
                "Une réunion d'au moins trois personnes est lancée et animée sans aide",
            ),
            (
                "Partager son écran et un document pendant un appel vidéo",
                "Deux rencontres du binôme se tiennent en visio avec partage d'écran",
            ),
        ),
    ),
    "Intelligence artificielle générative": (
        "se servir d'un assistant d'intelligence artificielle avec discernement",
        (
            (
                "Préparer un courrier ou un compte rendu avec un assistant d'intelligence "
                "artificielle",
                "Trois documents réels rédigés avec l'assistant, relus et corrigés à la main",
            ),
            (
                "Repérer les limites et les erreurs d'une intelligence artificielle générative",
                "Cinq réponses vérifiées ensemble, erreurs relevées et expliquées",
            ),
        ),
    ),
    "Outils collaboratifs": (
        "travailler à plusieurs sur des documents partagés",
        (
            (
                "Travailler à plusieurs sur un document partagé en ligne",
                "Un document rédigé à deux, avec commentaires et historique des versions",
            ),
            (
                "Organiser un projet d'équipe dans un espace de travail en ligne",
                "L'espace sert à l'équipe pendant un mois, sans retour aux courriels",
            ),
        ),
    ),
    "Cybersécurité au quotidien": (
        "protéger ses comptes et repérer les arnaques",
        (
            (
                "Sécuriser ses comptes en ligne : mots de passe et double authentification",
                "Gestionnaire de mots de passe installé, double authentification sur trois comptes",
            ),
            (
                "Reconnaître un courriel ou un SMS frauduleux",
                "Dix messages d'exemple classés sans erreur",
            ),
        ),
    ),
    "Tableur avancé": (
        "construire un tableau de suivi dans un tableur",
        (
            (
                "Construire un tableau de suivi avec filtres et tableau croisé dynamique",
                "Le tableau de suivi est tenu à jour chaque mois pendant un trimestre",
            ),
        ),
    ),
    "Applications mobiles": (
        "se servir des applications utiles de son téléphone",
        (
            (
                "Installer et utiliser les applications utiles du quotidien sur son téléphone",
                "Banque, transports et messagerie utilisés seul pendant un mois",
            ),
        ),
    ),
    "Attentes de la génération Z": (
        "mieux comprendre ce que les jeunes générations attendent du travail",
        (
            (
                "Comprendre ce que les jeunes recrues attendent d'un employeur",
                "Le parcours d'accueil des nouvelles recrues est revu avec trois idées concrètes",
            ),
        ),
    ),
    "Montage vidéo": (
        "tourner et monter une courte vidéo",
        (
            (
                "Tourner et monter une courte vidéo de présentation",
                "Une vidéo de deux minutes, sous-titrée, est diffusée",
            ),
        ),
    ),
    "Automatisation des tâches": (
        "automatiser une tâche répétitive",
        (
            (
                "Automatiser une tâche répétitive du quotidien",
                "Une tâche hebdomadaire est automatisée et fait gagner une heure par mois",
            ),
        ),
    ),
    "Données et tableaux de bord": (
        "lire des données et les présenter en tableau de bord",
        (
            (
                "Construire un tableau de bord simple à partir de ses propres données",
                "Un tableau de bord de cinq indicateurs est présenté en réunion",
            ),
        ),
    ),
    "Télétravail": (
        "s'organiser en télétravail",
        (
            (
                "Organiser ses journées de télétravail et ses outils à distance",
                "Deux jours de télétravail par mois tenus pendant trois mois",
            ),
        ),
    ),
    "Démarches en ligne": (
        "faire ses démarches administratives en ligne",
        (
            (
                "Faire seul ses démarches administratives en ligne",
                "Trois démarches réelles (impôts, santé, retraite) faites sans aide",
            ),
        ),
    ),
    "Podcast et création de contenu": (
        "enregistrer et publier un podcast",
        (
            (
                "Enregistrer et publier un premier épisode de podcast",
                "Un épisode de dix minutes est en ligne et partagé à son réseau",
            ),
        ),
    ),
    "Prise de décision": (
        "préparer une décision avec méthode",
        (
            (
                "Préparer une décision difficile avec une méthode claire",
                "Une décision réelle préparée par écrit : options, critères et risques",
            ),
        ),
    ),
    "Gestion de projet": (
        "planifier et suivre un projet",
        (
            (
                "Planifier un projet de bout en bout",
                "Un rétroplanning établi puis suivi chaque semaine pendant deux mois",
            ),
        ),
    ),
    "Négociation": (
        "préparer une négociation",
        (
            (
                "Préparer une négociation salariale ou commerciale",
                "L'entretien est joué en simulation avant le rendez-vous réel",
            ),
        ),
    ),
    "Culture d'entreprise": (
        "décoder les usages et les non-dits d'une organisation",
        (
            (
                "Décoder les usages et les non-dits de son organisation",
                "Trois situations vécues analysées ensemble, avec une façon d'agir retenue",
            ),
        ),
    ),
    "Prise de parole en public": (
        "prendre la parole devant un groupe",
        (
            (
                "Prendre la parole devant un groupe avec aisance",
                "Une intervention de dix minutes donnée en réunion, suivie d'un retour écrit",
            ),
        ),
    ),
    "Réseau professionnel": (
        "développer son réseau professionnel",
        (
            (
                "Développer son réseau professionnel",
                "Cinq prises de contact faites grâce aux présentations du binôme",
            ),
        ),
    ),
    "Gestion d'équipe": (
        "se préparer à encadrer une équipe",
        (
            (
                "Se préparer à encadrer une première équipe",
                "Un premier entretien individuel préparé, mené, puis débriefé ensemble",
            ),
        ),
    ),
    "Gestion des conflits": (
        "désamorcer une tension au travail",
        (
            (
                "Désamorcer une tension au travail",
                "Deux situations rejouées, avec une méthode choisie et appliquée",
            ),
        ),
    ),
    "Recherche d'emploi": (
        "mener une recherche d'emploi",
        (
            (
                "Mettre à jour son CV et préparer un entretien d'embauche",
                "CV refait et entretien blanc passé avant une vraie candidature",
            ),
        ),
    ),
    "Entrepreneuriat": (
        "structurer un projet de création d'activité",
        (
            (
                "Structurer un projet de création d'activité",
                "Une page de présentation du projet et un premier budget rédigés",
            ),
        ),
    ),
    "Relation client": (
        "répondre avec tact à une réclamation",
        (
            (
                "Répondre avec tact à une réclamation client",
                "Trois réponses réelles rédigées, relues ensemble et envoyées",
            ),
        ),
    ),
    "Gestion du temps et des priorités": (
        "organiser son temps selon ses priorités",
        (
            (
                "Organiser sa semaine selon ses priorités",
                "Un agenda hebdomadaire tenu quatre semaines de suite, avec un bilan",
            ),
        ),
    ),
    "Budget et finances": (
        "construire et suivre un budget",
        (
            (
                "Construire et suivre le budget d'un projet",
                "Un budget prévisionnel établi et comparé au réel chaque mois",
            ),
        ),
    ),
    QUEBEC_CODES: (
        "comprendre les codes du milieu de travail québécois",
        (
            (
                "S'approprier les codes du milieu de travail québécois",
                "Trois situations types (réunion, courriel, entrevue) préparées et discutées",
            ),
        ),
    ),
    FRANCE_CODES: (
        "comprendre les usages du monde du travail en France",
        (
            (
                "Comprendre les usages du monde du travail en France",
                "Une candidature adaptée aux usages français et un entretien simulé",
            ),
        ),
    ),
}

# Objectives the two set for themselves, whatever the skills (Direction.BOTH).
SHARED_OBJECTIVES: tuple[tuple[str, str], ...] = (
    (
        "Présenter ensemble le binôme à la soirée de clôture de la cohorte",
        "Cinq minutes préparées à deux et présentées devant les autres binômes",
    ),
    (
        "Tenir un carnet de bord commun des rencontres",
        "Quelques lignes écrites après chaque rencontre, par l'un ou l'autre",
    ),
    (
        "Animer à deux un atelier d'échange entre générations",
        "Un atelier d'une heure tenu à la médiathèque ou au local de l'association",
    ),
)

# Statuses the pairs are drawn with. A pair whose members joined too recently for the status
# drawn falls back to active, or stays proposed: most proposals come from that.
PAIR_STATUS_WEIGHTS: tuple[tuple[PairStatus, int], ...] = (
    (PairStatus.ACTIVE, 62),
    (PairStatus.PROPOSED, 2),
    (PairStatus.PAUSED, 10),
    (PairStatus.ENDED, 26),
)
END_REASON_WEIGHTS: tuple[tuple[EndReason, int], ...] = (
    (EndReason.OBJECTIVES_REACHED, 55),
    (EndReason.NO_LONGER_AVAILABLE, 30),
    (EndReason.MISMATCH, 15),
)
OUTCOME_WEIGHTS: dict[EndReason, tuple[tuple[Outcome, int], ...]] = {
    EndReason.OBJECTIVES_REACHED: ((Outcome.YES, 65), (Outcome.MOSTLY, 35)),
    EndReason.NO_LONGER_AVAILABLE: ((Outcome.MOSTLY, 20), (Outcome.PARTLY, 55), (Outcome.NO, 25)),
    EndReason.MISMATCH: ((Outcome.PARTLY, 30), (Outcome.NO, 70)),
}
COMMITMENT_WEIGHTS: tuple[tuple[float, int], ...] = ((3.0, 76), (2.0, 13), (4.0, 11))
FREQUENCIES: dict[float, tuple[str, ...]] = {
    2.0: ("Tous les quinze jours, 1 h", "Une fois par mois, 2 h", "Chaque semaine, 30 min"),
    3.0: (
        "Tous les quinze jours, 1 h 30",
        "Chaque semaine, 45 min",
        "Une fois par mois, 3 h",
        "Trois fois par mois, 1 h",
    ),
    4.0: ("Chaque semaine, 1 h", "Tous les quinze jours, 2 h"),
}

# Places to meet; "{de}" is "de Lyon" or "d'Angers".
PLACES: dict[Country, tuple[str, ...]] = {
    Country.FRANCE: (
        "Médiathèque {de}",
        "Médiathèque {de}",
        "Café du Commerce, {city}",
        "Café Le Pressoir, {city}",
        "Maison de quartier, {city}",
        "Local de l'association, {city}",
        "Tiers-lieu La Fabrique, {city}",
    ),
    Country.QUEBEC: (
        "Bibliothèque {de}",
        "Bibliothèque {de}",
        "Café Le Bref, {city}",
        "Café de la Gare, {city}",
        "Centre communautaire {de}",
        "Local de l'association, {city}",
    ),
}
ONLINE_PLACE = "En visio"
PHONE_PLACE = "Par téléphone"

PROPOSAL_NOTES: tuple[str | None, ...] = (
    None,
    None,
    "Proposé après l'entretien d'accueil.",
    "Suggestion de la coordination : compétences qui se répondent.",
    "Première rencontre à organiser.",
)
SIGNING_NOTES: tuple[str | None, ...] = (
    None,
    "Charte signée à la soirée de lancement.",
    "Charte signée lors de la première rencontre.",
    "Charte signée en présence de la coordinatrice.",
)
MINOR_SIGNING_NOTE = "Charte signée, cosignée par un parent."
PAUSE_NOTES: tuple[str, ...] = (
    "Surcharge de travail pour {mentee} ; reprise prévue dans quelques semaines.",
    "Déménagement {of_mentor} en cours.",
    "Séjour à l'étranger {of_mentee}, cinq semaines.",
    "Raisons de santé ; le binôme reprendra dès que possible.",
    "Période chargée pour {mentor} (examens, fin de contrat).",
    "Congé parental {of_mentor}.",
)
RESUME_NOTES: tuple[str | None, ...] = (
    None,
    "Reprise des rencontres au même rythme.",
    "Reprise après un appel de la coordination.",
    "Reprise en visio pour commencer.",
)
CLOSING_COMMENTS: dict[EndReason, tuple[str, ...]] = {
    EndReason.OBJECTIVES_REACHED: (
        "Binôme très régulier ; objectifs atteints dans les temps. Les deux veulent rester "
        "en contact.",
        "{mentee} se dit désormais autonome et pense devenir bénévole de l'association.",
        "Belle rencontre entre générations : {mentor} a gagné en assurance, {mentee} en "
        "aisance avec les outils.",
        "Fin prévue à l'échéance, conversation de clôture chaleureuse autour d'un café.",
    ),
    EndReason.NO_LONGER_AVAILABLE: (
        "{mentor} a trouvé un nouvel emploi aux horaires incompatibles ; fin d'un commun accord.",
        "Déménagement {of_mentee} ; conversation de clôture par téléphone, sans regret.",
        "Soucis de santé dans la famille {of_mentee} ; le binôme s'arrête, à reprendre "
        "peut-être plus tard.",
        "{mentor} part en stage à l'étranger ; reprise possible à la prochaine cohorte.",
    ),
    EndReason.MISMATCH: (
        "Attentes trop éloignées : {mentee} cherchait surtout une aide ponctuelle. "
        "Médiation tentée, fin d'un commun accord.",
        "Les rencontres se sont espacées puis arrêtées ; après un échange avec la "
        "coordination, les deux ont préféré clore.",
        "Disponibilités incompatibles malgré deux ajustements du calendrier.",
        "Le courant n'est pas passé ; chacun est prêt à retenter l'expérience avec une "
        "autre personne.",
    ),
}
MENTOR_LEARNED_GENERIC: tuple[str, ...] = (
    "A appris à expliquer simplement ce qui lui paraissait évident, avec patience.",
    "A découvert le quotidien d'un métier et gagné en assurance à l'oral.",
    "A mieux compris le monde du travail et ses usages, au fil des conversations.",
)
LEARNED_LITTLE = "Peu de choses : les rencontres se sont arrêtées trop tôt."

# -- helpers -----------------------------------------------------------------------------------

_ASCII_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
    }
)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII for an e-mail address: "Jean-Philippe Côté" -> "jean-philippe-cote"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_EXTRA))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    out: list[str] = []
    for char in plain:
        if "a" <= char <= "z" or "0" <= char <= "9":
            out.append(char)
        elif char in " -" and out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def _weighted(rng: random.Random, items: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _ in items], [weight for _, weight in items])[0]


def _sample_weighted(
    rng: random.Random, pool: Sequence[tuple[str, int]], k: int, exclude: Sequence[str] = ()
) -> list[str]:
    """``k`` distinct names drawn by weight, none of them in ``exclude``."""
    chosen: list[str] = []
    candidates = [(name, weight) for name, weight in pool if name not in exclude]
    while candidates and len(chosen) < k:
        index = rng.choices(range(len(candidates)), [w for _, w in candidates])[0]
        chosen.append(candidates.pop(index)[0])
    return chosen


def _bulk_insert(session: Session, table: object, rows: list[dict[str, Any]]) -> None:
    """One executemany on the table itself.

    Every row must carry the same keys. The ORM's bulk insert would split the rows into one
    statement per pattern of None values, which is much slower for thousands of members.
    """
    assert isinstance(table, Table)
    if rows:
        session.execute(insert(table), rows)


def _days_before(rng: random.Random, today: dt.date, low: int, high: int) -> dt.date:
    return today - dt.timedelta(days=rng.randint(low, high))


def _at_time(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 20), rng.randint(0, 59)))


def _profile_counts(total: int) -> list[Profile]:
    """The profile of every member, in a fixed order (shuffled by the caller)."""
    students = 0 if total < 5 else (1 if total < 20 else max(2, total // 60))
    newcomers = round(total * 0.06) if total >= 10 else 0
    rest = total - students - newcomers
    counts = {profile: int(rest * share) for profile, share in PROFILE_SHARES}
    remainders = sorted(
        PROFILE_SHARES, key=lambda item: rest * item[1] - int(rest * item[1]), reverse=True
    )
    for profile, _ in remainders[: rest - sum(counts.values())]:
        counts[profile] += 1
    profiles = [Profile.STUDENT] * students + [Profile.NEWCOMER] * newcomers
    for profile, _ in PROFILE_SHARES:
        profiles += [profile] * counts[profile]
    return profiles


class _Directory:
    """Hands out unique e-mail addresses and, as far as the ranges allow, unique phones."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._emails: set[str] = {COORDINATOR_EMAIL}
        self._phones: set[str] = {COORDINATOR_PHONE}

    def email(self, first: str, last: str, domain: str) -> str:
        rng = self._rng
        given, family = ascii_slug(first), ascii_slug(last)
        style = rng.random()
        if style < 0.7:
            local = f"{given}.{family}"
        elif style < 0.85:
            local = f"{given[:1]}{family}"
        elif style < 0.95:
            local = f"{given}-{family}"
        else:
            local = f"{family}.{given}"
        candidate, n = f"{local}@{domain}", 1
        while candidate in self._emails:
            n += 1
            candidate = f"{local}{n}@{domain}"
        self._emails.add(candidate)
        return candidate

    def phone(self, country: Country, city: str, mobile: bool) -> str:
        rng = self._rng
        candidate = ""
        for _ in range(20):
            if country == Country.QUEBEC:
                area = rng.choice(QUEBEC_AREA_CODES[city])
                candidate = f"{area}-555-01{rng.randint(0, 99):02d}"
            else:
                block = FRANCE_MOBILE_BLOCK if mobile else FRANCE_LANDLINE_BLOCKS[city]
                number = rng.randint(0, 9999)
                candidate = f"{block} {number // 100:02d} {number % 100:02d}"
            if candidate not in self._phones:
                break
        self._phones.add(candidate)
        return candidate


# -- the steps ---------------------------------------------------------------------------------


def _add_settings(ctx: DemoContext) -> None:
    """The association, its coordinator and the default commitment."""
    row = ctx.session.get(ProgramSettings, 1)
    if row is None:
        row = ProgramSettings(id=1)
        ctx.session.add(row)
    row.association_name = ASSOCIATION_NAME
    row.coordinator_name = COORDINATOR_NAME
    row.coordinator_email = COORDINATOR_EMAIL
    row.coordinator_phone = COORDINATOR_PHONE
    row.default_commitment_hours = DEFAULT_COMMITMENT_HOURS
    row.language = ASSOCIATION_LANGUAGE
    row.updated_at = dt.datetime.combine(ctx.today, dt.time(9, 0))
    ctx.session.flush()


def _add_skills(ctx: DemoContext) -> None:
    """The skills catalogue, in one insert (entries already there are reused)."""
    session = ctx.session
    existing: dict[str, int] = {
        key: skill_id for skill_id, key in session.execute(select(Skill.id, Skill.key))
    }
    next_id = (session.scalar(select(func.max(Skill.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    for name in CATALOGUE:
        key = fold(name)
        if key in existing:
            ctx.skill_ids[name] = existing[key]
            continue
        rows.append({"id": next_id, "name": name, "key": key})
        ctx.skill_ids[name] = next_id
        next_id += 1
    if rows:
        _bulk_insert(session, Skill.__table__, rows)


def _add_members(ctx: DemoContext) -> None:
    """The register: ``ctx.member_count`` members, then their skills, in two bulk inserts."""
    rng = ctx.rng("members")
    today = ctx.today
    directory = _Directory(rng)
    profiles = _profile_counts(ctx.member_count)
    rng.shuffle(profiles)
    archived = set(rng.sample(range(len(profiles)), round(len(profiles) * 0.05)))
    first_id = (ctx.session.scalar(select(func.max(Member.id))) or 0) + 1
    for index, profile in enumerate(profiles):
        member = _make_member(rng, today, directory, first_id + index, profile)
        if index in archived:
            _archive(rng, today, member)
        ctx.members.append(member)
    _link_managers(rng, ctx.members)
    if not ctx.members:
        return
    _bulk_insert(ctx.session, Member.__table__, [m.row() for m in ctx.members])
    links: list[dict[str, Any]] = []
    for m in ctx.members:
        for kind, names in ((SkillKind.OFFERED, m.offered), (SkillKind.WANTED, m.wanted)):
            links += [
                {"member_id": m.id, "skill_id": ctx.skill_ids[n], "kind": kind} for n in names
            ]
    _bulk_insert(ctx.session, MemberSkill.__table__, links)
    ctx.member_skill_count += len(links)


def _birth_year(rng: random.Random, today: dt.date, profile: Profile) -> int:
    year = today.year
    if profile == Profile.STUDENT:
        return year - rng.randint(15, 17)
    if profile == Profile.BOOMER:
        return rng.randint(1955, 1964) if rng.random() < 0.65 else rng.randint(1946, 1954)
    if profile == Profile.X:
        return rng.randint(1965, 1980)
    if profile == Profile.Y:
        return rng.randint(1981, 1996)
    if profile == Profile.Z:
        return rng.randint(1997, max(1997, min(2012, year - 19)))
    return year - rng.randint(30, 55)  # a newcomer with a career behind them


def _experience(rng: random.Random, age: int, profile: Profile) -> tuple[int, bool]:
    """Years of experience and whether the person has retired."""
    if profile == Profile.STUDENT:
        return 0, False
    start = rng.randint(18, 21) if profile == Profile.Z else rng.randint(20, 25)
    retired = profile == Profile.BOOMER and age >= rng.randint(61, 67)
    worked_until = min(age, rng.randint(60, 66)) if retired else age
    years = worked_until - start - (rng.randint(0, 3) if age > 35 else 0)
    return max(0, min(years, 70)), retired


def _skills(
    rng: random.Random, role: Role, profile: Profile, country: Country
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    local = LOCAL_SKILLS[country]
    offered_count, wanted_count = rng.randint(2, 4), rng.randint(2, 4)
    if profile == Profile.NEWCOMER:
        offered = _sample_weighted(rng, TRADE_SKILLS, offered_count)
        wanted = [local, *_sample_weighted(rng, TRADE_SKILLS, 1, offered)]
        wanted += _sample_weighted(rng, DIGITAL_SKILLS, wanted_count - len(wanted))
    elif role == Role.MENTOR:
        offered = _sample_weighted(rng, DIGITAL_SKILLS, offered_count)
        if profile != Profile.STUDENT and rng.random() < 0.2:
            offered[-1] = local  # a local who can explain the workplace to a newcomer
        wanted = _sample_weighted(rng, TRADE_SKILLS, wanted_count)
    elif role == Role.MENTEE:
        offered = _sample_weighted(rng, TRADE_SKILLS, offered_count)
        if country == Country.QUEBEC and rng.random() < 0.1:
            offered[-1] = local
        wanted = _sample_weighted(rng, DIGITAL_SKILLS, wanted_count)
    else:  # both ways: some of each side
        young = profile in (Profile.Z, Profile.Y)
        first, second = (DIGITAL_SKILLS, TRADE_SKILLS) if young else (TRADE_SKILLS, DIGITAL_SKILLS)
        offered = _sample_weighted(rng, first, offered_count - 1)
        offered += _sample_weighted(rng, second, 1)
        wanted = _sample_weighted(rng, second, wanted_count - 1, offered)
        wanted += _sample_weighted(rng, first, 1, offered)
    return tuple(offered), tuple(wanted)


def _make_member(
    rng: random.Random, today: dt.date, directory: _Directory, member_id: int, profile: Profile
) -> DemoMember:
    if profile == Profile.STUDENT:
        country = Country.QUEBEC if member_id % 2 else Country.FRANCE
    elif profile == Profile.NEWCOMER:
        country = Country.QUEBEC if rng.random() < 0.75 else Country.FRANCE
    else:
        country = Country.QUEBEC if rng.random() < 0.31 else Country.FRANCE
    languages: str
    if profile == Profile.NEWCOMER:
        origin = rng.choice(ORIGINS)
        first, last = rng.choice(origin.first_names), rng.choice(origin.last_names)
        languages = origin.languages
    else:
        first = rng.choice(FIRST_NAMES[(country, profile)])
        last = rng.choice(LAST_NAMES[country])
        if (
            country == Country.QUEBEC
            and profile in (Profile.Y, Profile.Z, Profile.STUDENT)
            and rng.random() < 0.12
        ):
            other = rng.choice(LAST_NAMES[country])
            if other != last:
                last = f"{last}-{other}"  # a double family name, common in Québec
        languages = _weighted(rng, LANGUAGES[country])
    city = _weighted(rng, CITIES[country])
    birth_year = _birth_year(rng, today, profile)
    age = today.year - birth_year
    years, retired = _experience(rng, age, profile)
    role: Role = _weighted(rng, ROLE_WEIGHTS[profile])
    young = profile in (Profile.STUDENT, Profile.Z, Profile.Y)
    senior = profile in (Profile.BOOMER, Profile.X)

    # Where they work (or study) and who they report to.
    organisation = department = manager = None
    org: Organisation | None = None
    if profile == Profile.STUDENT:
        organisation, department = SCHOOLS[country]
    elif rng.random() < (0.4 if retired else 0.85):
        org = rng.choice(ORGANISATIONS[country])
        organisation, department = org.name, rng.choice(org.departments)
        if not retired and rng.random() < 0.25:
            manager = (
                f"{rng.choice(FIRST_NAMES[(country, Profile.X)])} {rng.choice(LAST_NAMES[country])}"
            )

    # How to reach them: ~15% of the baby-boomers have no e-mail, only a phone.
    email: str | None = None
    if not (profile == Profile.BOOMER and rng.random() < 0.15):
        work = org is not None and not retired and rng.random() < 0.35
        domain = org.domain if work and org else rng.choice(PERSONAL_DOMAINS[country])
        email = directory.email(first, last, domain)
    phone: str | None = None
    if email is None or rng.random() < 0.6:
        mobile = not (profile == Profile.BOOMER and rng.random() < 0.5)
        phone = directory.phone(country, city, mobile)

    if profile == Profile.STUDENT:
        availability = rng.choice(AVAILABILITY["student"])
    elif retired:
        availability = rng.choice(AVAILABILITY["retired"])
    else:
        availability = rng.choice(AVAILABILITY["young" if young else "working"])
    mode: Mode = _weighted(rng, MODES_YOUNG if young else MODES_SENIOR)
    if role == Role.MENTOR and profile != Profile.STUDENT:
        capacity = _weighted(rng, ((1, 80), (2, 18), (3, 2)))
    elif role == Role.MENTEE:
        capacity = _weighted(rng, ((1, 92), (2, 8)))
    else:
        capacity = 1

    consent_on = _days_before(rng, today, 0, 730) if rng.random() < 0.95 else None
    training_on = None
    if role in (Role.MENTOR, Role.EITHER) and rng.random() < 0.7:
        earliest = today - dt.timedelta(days=365)
        if consent_on is not None and consent_on > earliest:
            earliest = consent_on  # trained after joining
        training_on = earliest + dt.timedelta(days=rng.randint(0, (today - earliest).days))
    created_on = consent_on or _days_before(rng, today, 30, 700)
    offered, wanted = _skills(rng, role, profile, country)

    notes: list[str] = []
    if profile == Profile.STUDENT:
        notes.append(NOTES_STUDENT[country])
    elif profile == Profile.NEWCOMER:
        notes.append(NOTES_NEWCOMER[country].format(trade=rng.choice(NEWCOMER_TRADES)))
    elif rng.random() < 0.25:
        if role == Role.EITHER:
            notes.append(rng.choice(NOTES_EITHER))
        else:
            notes.append(rng.choice(NOTES_SENIOR if senior else NOTES_JUNIOR))
    if email is None:
        notes.append(NOTES_NO_EMAIL[country])

    return DemoMember(
        id=member_id,
        profile=profile,
        country=country,
        first_name=first,
        last_name=last,
        birth_year=birth_year,
        role=role,
        city=city,
        email=email,
        phone=phone,
        organisation=organisation,
        department=department,
        manager_name=manager,
        years_experience=years,
        languages=languages,
        availability=availability,
        preferred_mode=mode,
        capacity=capacity,
        mentor_training_on=training_on,
        consent_on=consent_on,
        notes=" ".join(notes) or None,
        status=MemberStatus.ACTIVE,
        archived_at=None,
        created_at=_at_time(rng, created_on),
        retired=retired,
        offered=offered,
        wanted=wanted,
    )


def _archive(rng: random.Random, today: dt.date, member: DemoMember) -> None:
    created = member.created_at.date()
    day = created + dt.timedelta(days=rng.randint(0, max(0, (today - created).days)))
    member.status = MemberStatus.ARCHIVED
    member.archived_at = _at_time(rng, day)
    reason = rng.choice(NOTES_ARCHIVED)
    member.notes = f"{member.notes} {reason}" if member.notes else reason


def _link_managers(rng: random.Random, members: list[DemoMember]) -> None:
    """Make some juniors report to a senior member of their own team.

    Such two must never be paired (one reporting line), which gives the matching real
    exclusions to respect.
    """
    teams: dict[tuple[str, str], list[DemoMember]] = {}
    for m in members:
        if m.organisation and m.department and m.profile != Profile.STUDENT and not m.retired:
            teams.setdefault((m.organisation, m.department), []).append(m)
    for team in teams.values():
        seniors = [m for m in team if m.profile in (Profile.BOOMER, Profile.X)]
        if not seniors:
            continue
        for m in team:
            if m.profile in (Profile.Y, Profile.Z) and rng.random() < 0.35:
                m.manager_name = rng.choice(seniors).full_name


# -- cohorts -----------------------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), kept within the month: 31 Jan + 1 = 28 Feb."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _between(rng: random.Random, low: dt.date, high: dt.date) -> dt.date:
    return low + dt.timedelta(days=rng.randint(0, (high - low).days))


def _kickoff(year: int, month: int) -> dt.date:
    """A cohort's kickoff evening: the first Thursday of its month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7)


def _cohort_kickoffs(today: dt.date) -> list[tuple[str, int, dt.date]]:
    """The two cohorts, oldest first, as (season, year, kickoff): the latest kickoff at least
    two months before ``today`` (so its pairs have had time to start) and the one before."""
    kickoffs = sorted(
        (
            (season, year, _kickoff(year, month))
            for season, month in COHORT_MONTHS.items()
            for year in range(today.year - 2, today.year + 1)
        ),
        key=lambda item: item[2],
    )
    return [k for k in kickoffs if k[2] <= today - dt.timedelta(days=60)][-2:]


def _add_cohorts(ctx: DemoContext) -> None:
    """Two cohorts, six months apart, with their program objectives. A cohort of the same name
    made by the coordinator is reused as it is."""
    session = ctx.session
    existing = {fold(name): cid for cid, name in session.execute(select(Cohort.id, Cohort.name))}
    next_id = (session.scalar(select(func.max(Cohort.id))) or 0) + 1
    next_objective = (session.scalar(select(func.max(CohortObjective.id))) or 0) + 1
    plans = {season: (text, objectives) for season, text, objectives in COHORT_PLANS}
    rows: list[dict[str, Any]] = []
    objective_rows: list[dict[str, Any]] = []
    for season, year, kickoff in _cohort_kickoffs(ctx.today):
        name = f"{season} {year}"
        # Pairs join for six months after the kickoff, each for six to twelve months.
        end = _add_months(kickoff, 18) - dt.timedelta(days=1)
        if fold(name) in existing:
            ctx.cohorts.append(DemoCohort(existing[fold(name)], name, kickoff, end, new=False))
            continue
        description, objectives = plans[season]
        rows.append(
            {
                "id": next_id,
                "name": name,
                "start_date": kickoff,
                "end_date": end,
                "description": description,
            }
        )
        for text, indicator, target in objectives:
            objective_rows.append(
                {
                    "id": next_objective,
                    "cohort_id": next_id,
                    "text": text,
                    "indicator": indicator,
                    "target": target,
                }
            )
            next_objective += 1
        ctx.cohorts.append(DemoCohort(next_id, name, kickoff, end))
        next_id += 1
    _bulk_insert(session, Cohort.__table__, rows)
    _bulk_insert(session, CohortObjective.__table__, objective_rows)
    ctx.cohort_objective_count += len(objective_rows)


# -- pairs -------------------------------------------------------------------------------------

# Days before ``today`` a pair of each kind may have started (earliest, latest).
ACTIVE_STARTS = (335, 61)
PAUSED_STARTS = (335, 75)
ENDED_STARTS: dict[EndReason, tuple[int, int]] = {
    EndReason.OBJECTIVES_REACHED: (480, 190),
    EndReason.NO_LONGER_AVAILABLE: (450, 60),
    EndReason.MISMATCH: (450, 35),
}
PICK_TRIES = 24  # draws among the mentors who offer what a mentee wants (locally, then anywhere)
PICK_CANDIDATES = 5  # valid candidates compared before choosing


def _may_pair(mentor: DemoMember, mentee: DemoMember) -> bool:
    """The hard rules: a clearly younger mentor, never two people of one team or of one
    reporting line, and a pair across the ocean only when both are happy to meet online."""
    if mentor.id == mentee.id or mentor.birth_year - mentee.birth_year < MIN_AGE_GAP:
        return False
    if mentor.organisation is not None and (mentor.organisation, mentor.department) == (
        mentee.organisation,
        mentee.department,
    ):
        return False
    if mentor.manager_name == mentee.full_name or mentee.manager_name == mentor.full_name:
        return False
    online = (Mode.VIDEO, Mode.ANY)
    return mentor.country == mentee.country or (
        mentor.preferred_mode in online and mentee.preferred_mode in online
    )


def _affinity(mentor: DemoMember, mentee: DemoMember) -> float:
    """How well two people who may be paired fit (the soft preferences)."""
    score = 3.0 * sum(s in mentee.wanted for s in mentor.offered)
    score += 1.5 * sum(s in mentor.wanted for s in mentee.offered)
    if mentor.city == mentee.city:
        score += 4.0
    elif mentor.country == mentee.country:
        score += 1.5
    if Mode.ANY in (mentor.preferred_mode, mentee.preferred_mode) or (
        mentor.preferred_mode == mentee.preferred_mode
    ):
        score += 1.0
    if mentor.mentor_training_on is not None:
        score += 1.0
    if mentor.birth_year - mentee.birth_year >= 15:
        score += 1.0
    return score


def _pick_mentor(
    rng: random.Random,
    mentee: DemoMember,
    offering: dict[tuple[str, str], list[DemoMember]],
    free: dict[int, int],
    formed: set[tuple[int, int]],
) -> DemoMember | None:
    """The best of a few mentors drawn among those who offer a skill the mentee wants: first
    in the mentee's city, then anywhere."""
    best: DemoMember | None = None
    best_score = 0.0
    for where in (mentee.city, ""):
        pools = [offering[(where, s)] for s in mentee.wanted if (where, s) in offering]
        mentor, score = _draw_mentor(rng, mentee, pools, free, formed)
        if mentor is not None and (best is None or score > best_score):
            best, best_score = mentor, score
    return best


def _draw_mentor(
    rng: random.Random,
    mentee: DemoMember,
    pools: list[list[DemoMember]],
    free: dict[int, int],
    formed: set[tuple[int, int]],
) -> tuple[DemoMember | None, float]:
    """The best of a few mentors drawn from ``pools``, with their score.

    A mentor found full is dropped from the list drawn from, so that the lists shrink as the
    pool fills and every draw stays cheap.
    """
    best: DemoMember | None = None
    best_score = 0.0
    candidates = 0
    for _ in range(PICK_TRIES):
        total = sum(len(p) for p in pools)
        if not total:
            break
        index = rng.randrange(total)
        pool = pools[0]
        for pool in pools:
            if index < len(pool):
                break
            index -= len(pool)
        mentor = pool[index]
        if free[mentor.id] <= 0:
            pool[index] = pool[-1]
            pool.pop()
            continue
        if (
            not _may_pair(mentor, mentee)
            or (mentor.id, mentee.id) in formed
            or (mentee.id, mentor.id) in formed
        ):
            continue
        score = _affinity(mentor, mentee) + rng.random()  # ties broken at random
        if best is None or score > best_score:
            best, best_score = mentor, score
        candidates += 1
        if candidates >= PICK_CANDIDATES:
            break
    return best, best_score


def _match(
    rng: random.Random, members: list[DemoMember], target: int
) -> list[tuple[DemoMember, DemoMember]]:
    """Up to ``target`` (mentor, mentee) couples, mentees taken in random order, within
    everyone's capacity (a pair, whatever its status, takes a place), never twice the same
    two, never an archived member."""
    free = {m.id: m.capacity for m in members if m.status == MemberStatus.ACTIVE}
    # (city, skill) and ("", skill) -> the mentors who offer the skill there, or anywhere.
    offering: dict[tuple[str, str], list[DemoMember]] = {}
    for m in members:
        if m.id in free and m.role in MENTOR_ROLES:
            for skill in m.offered:
                offering.setdefault((m.city, skill), []).append(m)
                offering.setdefault(("", skill), []).append(m)
    mentees = [m for m in members if m.id in free and m.role in MENTEE_ROLES]
    rng.shuffle(mentees)
    formed: set[tuple[int, int]] = set()
    matches: list[tuple[DemoMember, DemoMember]] = []
    for _ in range(2):  # a second round for whoever can take one more pair
        for mentee in mentees:
            if len(matches) >= target:
                return matches
            if free[mentee.id] <= 0:
                continue
            mentor = _pick_mentor(rng, mentee, offering, free, formed)
            if mentor is None:
                continue
            matches.append((mentor, mentee))
            formed.add((mentor.id, mentee.id))
            free[mentor.id] -= 1
            free[mentee.id] -= 1
    return matches


def _start_window(
    today: dt.date, earliest: dt.date, days: tuple[int, int]
) -> tuple[dt.date, dt.date] | None:
    """The days a pair may have started on: within ``days`` before today and not before
    both members had joined."""
    low = max(earliest, today - dt.timedelta(days=days[0]))
    high = today - dt.timedelta(days=days[1])
    return (low, high) if low <= high else None


def _start_in(
    rng: random.Random, window: tuple[dt.date, dt.date], cohorts: list[DemoCohort]
) -> dt.date:
    """A start day in ``window``; half the time close after a cohort's kickoff, some on the
    kickoff evening itself."""
    low, high = window
    kickoffs = [c.start_date for c in cohorts if low <= c.start_date <= high]
    if kickoffs and rng.random() < 0.5:
        kickoff = rng.choice(kickoffs)
        return min(
            high, kickoff + dt.timedelta(days=0 if rng.random() < 0.4 else rng.randint(1, 42))
        )
    return _between(rng, low, high)


def _planned_end(rng: random.Random, start: dt.date, today: dt.date) -> dt.date:
    """Six to twelve months after the start; for a running pair, mostly not yet past."""
    ahead = [m for m in range(6, 13) if _add_months(start, m) >= today]
    months = rng.choice(ahead) if ahead and rng.random() < 0.9 else rng.randint(6, 12)
    return _add_months(start, months)


def _first_names(pair: DemoPair) -> dict[str, str]:
    """The values of a note's fields: {mentor} "Anaïs", {of_mentor} "d'Anaïs"."""
    mentor, mentee = pair.mentor.first_name, pair.mentee.first_name
    return {"mentor": mentor, "mentee": mentee, "of_mentor": _de(mentor), "of_mentee": _de(mentee)}


def _begin(
    rng: random.Random, pair: DemoPair, start: dt.date, joined: dt.date, kickoffs: set[dt.date]
) -> None:
    """The proposal, then the signature of the charter on ``start``."""
    pair.start_date = start
    pair.proposed_on = max(joined, start - dt.timedelta(days=rng.randint(5, 40)))
    pair.history.append((PairStatus.PROPOSED, pair.proposed_on, rng.choice(PROPOSAL_NOTES)))
    if pair.mentor.profile == Profile.STUDENT:
        note: str | None = MINOR_SIGNING_NOTE
    elif start in kickoffs:
        note = SIGNING_NOTES[1]
    else:
        note = rng.choice((None, *SIGNING_NOTES[2:]))
    pair.history.append((PairStatus.ACTIVE, start, note))


def _pause(rng: random.Random, pair: DemoPair, on: dt.date, resume_on: dt.date | None) -> None:
    pair.history.append(
        (PairStatus.PAUSED, on, rng.choice(PAUSE_NOTES).format(**_first_names(pair)))
    )
    if resume_on is not None:
        pair.history.append((PairStatus.ACTIVE, resume_on, rng.choice(RESUME_NOTES)))


def _live(
    rng: random.Random,
    pair: DemoPair,
    status: PairStatus,
    today: dt.date,
    joined: dt.date,
    cohorts: list[DemoCohort],
) -> bool:
    """Give ``pair`` the life of a pair now ``status``; False when the members joined too
    recently for it (nothing is drawn then)."""
    earliest = joined + dt.timedelta(days=7)
    kickoffs = {c.start_date for c in cohorts}
    if status == PairStatus.ENDED:
        reason: EndReason = _weighted(rng, END_REASON_WEIGHTS)
        window = _start_window(today, earliest, ENDED_STARTS[reason])
    else:
        days = ACTIVE_STARTS if status == PairStatus.ACTIVE else PAUSED_STARTS
        window = _start_window(today, earliest, days)
    if window is None:
        return False
    start = _start_in(rng, window, cohorts)
    _begin(rng, pair, start, joined, kickoffs)
    pair.status = status
    elapsed = (today - start).days
    if status == PairStatus.ACTIVE:
        pair.planned_end = _planned_end(rng, start, today)
        if elapsed >= 110 and rng.random() < 0.12:  # paused once, then back on track
            pause_on = start + dt.timedelta(days=rng.randint(30, elapsed - 70))
            _pause(rng, pair, pause_on, pause_on + dt.timedelta(days=rng.randint(14, 40)))
    elif status == PairStatus.PAUSED:
        pair.planned_end = _planned_end(rng, start, today)
        _pause(rng, pair, start + dt.timedelta(days=rng.randint(30, elapsed - 7)), None)
    else:
        _end(rng, pair, reason, today)
    return True


def _end(rng: random.Random, pair: DemoPair, reason: EndReason, today: dt.date) -> None:
    assert pair.start_date is not None
    start = pair.start_date
    if reason == EndReason.OBJECTIVES_REACHED:  # at the planned end, or a little before
        done = [m for m in range(6, 13) if _add_months(start, m) <= today - dt.timedelta(days=3)]
        pair.planned_end = _add_months(start, rng.choice(done))
        ended = pair.planned_end - dt.timedelta(days=rng.randint(0, 14))
        span = (ended - start).days
        if rng.random() < 0.1:
            pause_on = start + dt.timedelta(days=rng.randint(30, span - 80))
            _pause(rng, pair, pause_on, pause_on + dt.timedelta(days=rng.randint(14, 45)))
    else:  # early
        shortest, longest = (30, 240) if reason == EndReason.NO_LONGER_AVAILABLE else (21, 120)
        longest = min(longest, (today - start).days - 3)
        ended = start + dt.timedelta(days=rng.randint(shortest, longest))
        later = [m for m in range(6, 13) if _add_months(start, m) > ended]
        pair.planned_end = _add_months(start, rng.choice(later))
        span = (ended - start).days
        if reason == EndReason.NO_LONGER_AVAILABLE and span >= 40 and rng.random() < 0.35:
            # paused first, and never resumed
            _pause(rng, pair, ended - dt.timedelta(days=rng.randint(14, span - 20)), None)
    pair.ended_on = ended
    pair.end_reason = reason
    pair.outcome = _weighted(rng, OUTCOME_WEIGHTS[reason])
    pair.history.append((PairStatus.ENDED, ended, None))


def _plan_pair(
    rng: random.Random,
    today: dt.date,
    pair_id: int,
    mentor: DemoMember,
    mentee: DemoMember,
    cohorts: list[DemoCohort],
) -> DemoPair:
    """A pair with a status drawn at random and the dated life leading to it."""
    pair = DemoPair(
        id=pair_id,
        mentor=mentor,
        mentee=mentee,
        status=PairStatus.PROPOSED,
        proposed_on=today,
        start_date=None,
        planned_end=None,
        ended_on=None,
        end_reason=None,
        outcome=None,
        cohort_id=None,
        teach=tuple(s for s in mentor.offered if s in mentee.wanted),
        give_back=tuple(s for s in mentee.offered if s in mentor.wanted),
    )
    joined = max(mentor.created_at.date(), mentee.created_at.date())
    wanted: PairStatus = _weighted(rng, PAIR_STATUS_WEIGHTS)
    tries = {
        PairStatus.ENDED: (PairStatus.ENDED, PairStatus.ACTIVE),
        PairStatus.PAUSED: (PairStatus.PAUSED, PairStatus.ACTIVE),
        PairStatus.ACTIVE: (PairStatus.ACTIVE,),
        PairStatus.PROPOSED: (),
    }[wanted]
    if not any(_live(rng, pair, status, today, joined, cohorts) for status in tries):
        pair.proposed_on = _between(rng, max(joined, today - dt.timedelta(days=60)), today)
        pair.history.append((PairStatus.PROPOSED, pair.proposed_on, rng.choice(PROPOSAL_NOTES)))
    # Most pairs belong to the latest cohort started before them; a proposal, to the latest.
    if pair.start_date is not None:
        started = [c for c in cohorts if c.start_date <= pair.start_date]
        if started and rng.random() < 0.92:
            pair.cohort_id = started[-1].id
    elif cohorts and rng.random() < 0.55:
        pair.cohort_id = cohorts[-1].id
    return pair


def _de(name: str) -> str:
    """ "de Lyon", "d'Angers", "d'Hélène"."""
    return f"d'{name}" if name[:1] in "AEIOUYHÉÈÊÎÏÔÂ" else f"de {name}"


def _means(rng: random.Random, mentor: DemoMember, mentee: DemoMember) -> tuple[Mode, str]:
    """How and where the pair meets, from where they live and how they like to meet."""
    modes = (mentor.preferred_mode, mentee.preferred_mode)
    if mentor.city != mentee.city:
        if Mode.PHONE in modes and set(modes) <= {Mode.PHONE, Mode.ANY}:
            return Mode.PHONE, PHONE_PLACE
        return Mode.VIDEO, ONLINE_PLACE
    place = rng.choice(PLACES[mentee.country]).format(de=_de(mentee.city), city=mentee.city)
    if Mode.IN_PERSON in modes:
        return Mode.IN_PERSON, place
    if Mode.VIDEO in modes:
        return Mode.VIDEO, ONLINE_PLACE
    if Mode.PHONE in modes:
        return Mode.PHONE, PHONE_PLACE
    return Mode.ANY, f"{place}{EITHER_PLACE_SUFFIX}"


def _learned(skills: Sequence[str]) -> str:
    return "A appris à " + " et à ".join(SKILL_TOPICS[s][0] for s in skills) + "."


def _closing(rng: random.Random, pair: DemoPair) -> tuple[str | None, str | None, str]:
    """What the mentor and the mentee learned, and the coordinator's closing comment."""
    assert pair.end_reason is not None
    comment = rng.choice(CLOSING_COMMENTS[pair.end_reason]).format(**_first_names(pair))
    if pair.outcome == Outcome.NO:
        return (LEARNED_LITTLE if rng.random() < 0.5 else None), LEARNED_LITTLE, comment
    mentee_learned = _learned(pair.teach[: 1 if pair.outcome == Outcome.PARTLY else 2])
    if pair.give_back:
        mentor_learned = _learned(pair.give_back[:1])
    else:
        mentor_learned = rng.choice(MENTOR_LEARNED_GENERIC)
    return mentor_learned, mentee_learned, comment


def _pair_row(rng: random.Random, today: dt.date, pair: DemoPair) -> dict[str, Any]:
    """The values of the ``pair`` table: the means, the charter, the closing evaluation."""
    hours: float = _weighted(rng, COMMITMENT_WEIGHTS)
    mode, place = _means(rng, pair.mentor, pair.mentee)
    version, changed_at = 1, None
    if pair.start_date is not None and rng.random() < 0.12:  # an objective added after signing
        span = ((pair.ended_on or today) - pair.start_date).days
        if span >= 20:
            version = 2
            changed = pair.start_date + dt.timedelta(days=rng.randint(14, min(120, span)))
            changed_at = _at_time(rng, changed)
    mentor_learned = mentee_learned = comment = None
    if pair.status == PairStatus.ENDED:
        mentor_learned, mentee_learned, comment = _closing(rng, pair)
    return {
        "id": pair.id,
        "mentor_id": pair.mentor.id,
        "mentee_id": pair.mentee.id,
        "cohort_id": pair.cohort_id,
        "status": pair.status,
        "start_date": pair.start_date,
        "planned_end": pair.planned_end,
        "charter_signed_on": pair.start_date,
        "ended_on": pair.ended_on,
        "end_reason": pair.end_reason,
        "monthly_commitment_hours": hours,
        "place": place,
        "mode": mode,
        "frequency": rng.choice(FREQUENCIES[hours]),
        "match_score": None,
        "match_reasons": None,
        "capacity_override_reason": None,
        "outcome": pair.outcome,
        "mentor_learned": mentor_learned,
        "mentee_learned": mentee_learned,
        "closing_comment": comment,
        "charter_version": version,
        "charter_changed_at": changed_at,
        "created_at": _at_time(rng, pair.proposed_on),
    }


def _add_pairs(ctx: DemoContext) -> None:
    """About one pair for three members, with their status histories, in two bulk inserts."""
    rng = ctx.rng("pairs")
    session = ctx.session
    matches = _match(rng, ctx.members, round(len(ctx.members) / MEMBERS_PER_PAIR))
    next_id = (session.scalar(select(func.max(Pair.id))) or 0) + 1
    next_change = (session.scalar(select(func.max(PairStatusChange.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    for mentor, mentee in matches:
        pair = _plan_pair(rng, ctx.today, next_id, mentor, mentee, ctx.cohorts)
        next_id += 1
        row = _pair_row(rng, ctx.today, pair)
        pair.mode, pair.place = row["mode"], row["place"]
        pair.commitment = row["monthly_commitment_hours"]
        rows.append(row)
        ctx.pairs.append(pair)
        for index, (status, on, note) in enumerate(pair.history):
            changes.append(
                {
                    "id": next_change,
                    "pair_id": pair.id,
                    "status": status,
                    "effective_on": on,
                    "note": note,
                    "recorded_at": row["created_at"] if index == 0 else _at_time(rng, on),
                }
            )
            next_change += 1
    _bulk_insert(session, Pair.__table__, rows)
    _bulk_insert(session, PairStatusChange.__table__, changes)
    ctx.status_change_count += len(changes)


# -- objectives --------------------------------------------------------------------------------


def _objective_texts(
    rng: random.Random, pair: DemoPair, count: int
) -> list[tuple[str, str, Direction]]:
    """``count`` objectives: first what the mentor passes on, then now and then what the
    mentee passes back, or something the two do together."""
    teach = [(t, i, Direction.MENTOR_TO_MENTEE) for s in pair.teach for t, i in SKILL_TOPICS[s][1]]
    back = [
        (t, i, Direction.MENTEE_TO_MENTOR) for s in pair.give_back for t, i in SKILL_TOPICS[s][1]
    ]
    shared = [(t, i, Direction.BOTH) for t, i in SHARED_OBJECTIVES]
    chosen = [teach.pop(rng.randrange(len(teach)))]
    while len(chosen) < count:
        draw = rng.random()
        if back and draw < 0.4:
            source = back
        elif teach and draw < 0.85:
            source = teach
        else:
            source = shared
        chosen.append(source.pop(rng.randrange(len(source))))
    return chosen


def _objective_statuses(
    rng: random.Random, pair: DemoPair, today: dt.date, count: int
) -> list[ObjectiveStatus]:
    """Statuses in keeping with the pair: open for a proposal, closed (reached or dropped) as
    the closing evaluation says for an ended pair, further along the older a pair is."""
    if pair.start_date is None or pair.planned_end is None:
        return [ObjectiveStatus.OPEN] * count
    if pair.status == PairStatus.ENDED:
        reached = {
            Outcome.YES: count,
            Outcome.MOSTLY: count if count == 1 else count - 1,
            Outcome.PARTLY: 1 if count > 1 else 0,
            Outcome.NO: 0,
        }[pair.outcome or Outcome.NO]
        return [ObjectiveStatus.REACHED] * reached + [ObjectiveStatus.DROPPED] * (count - reached)
    length = max(1, (pair.planned_end - pair.start_date).days)
    progress = min(1.0, (today - pair.start_date).days / length)
    statuses: list[ObjectiveStatus] = []
    for _ in range(count):
        draw = rng.random()
        chance = (0.05 + 0.55 * progress) * (0.7 if pair.status == PairStatus.PAUSED else 1)
        if draw < chance:
            statuses.append(ObjectiveStatus.REACHED)
        elif draw < chance + 0.03:
            statuses.append(ObjectiveStatus.DROPPED)
        elif draw < chance + 0.03 + 0.3 * (1 - progress):
            statuses.append(ObjectiveStatus.OPEN)
        else:
            statuses.append(ObjectiveStatus.IN_PROGRESS)
    order = (
        ObjectiveStatus.REACHED,
        ObjectiveStatus.DROPPED,
        ObjectiveStatus.IN_PROGRESS,
        ObjectiveStatus.OPEN,
    )
    return sorted(statuses, key=order.index)  # the earliest targets are the furthest along


def _add_objectives(ctx: DemoContext) -> None:
    """One to three objectives per pair (a few fresh proposals have none yet), in one insert."""
    rng = ctx.rng("objectives")
    next_id = (ctx.session.scalar(select(func.max(Objective.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    for pair in ctx.pairs:
        if pair.status == PairStatus.PROPOSED:
            count = 0 if rng.random() < 0.35 else _weighted(rng, ((1, 60), (2, 40)))
        else:
            count = _weighted(rng, ((1, 20), (2, 50), (3, 30)))
        if not count:
            continue
        texts = _objective_texts(rng, pair, count)
        statuses = _objective_statuses(rng, pair, ctx.today, count)
        targets: list[dt.date | None]
        if pair.start_date is not None and pair.planned_end is not None:
            months = max(2, _months_between(pair.start_date, pair.planned_end))
            targets = [
                *sorted(
                    min(pair.planned_end, _add_months(pair.start_date, rng.randint(2, months)))
                    for _ in range(count)
                )
            ]
        elif rng.random() < 0.5:  # a first idea of the dates, before the charter is signed
            targets = [
                *sorted(ctx.today + dt.timedelta(days=rng.randint(120, 300)) for _ in range(count))
            ]
        else:
            targets = [None] * count
        for (text, indicator, direction), status, target in zip(
            texts, statuses, targets, strict=True
        ):
            rows.append(
                {
                    "id": next_id,
                    "pair_id": pair.id,
                    "text": text,
                    "indicator": indicator,
                    "target_date": target,
                    "status": status,
                    "direction": direction,
                }
            )
            next_id += 1
            ctx.objectives_reached += status == ObjectiveStatus.REACHED
    _bulk_insert(ctx.session, Objective.__table__, rows)
    ctx.objective_count += len(rows)


# -- sessions ----------------------------------------------------------------------------------

# What a session is about, skill by skill: three things two people work on, written so that
# they read after "Réseaux sociaux : ", and a note the one who logs it may add.
SESSION_TOPICS: dict[str, tuple[tuple[str, str, str], str]] = {
    "Réseaux sociaux": (
        (
            "créer une page professionnelle",
            "régler la confidentialité du compte",
            "planifier les publications de la semaine",
        ),
        "Premier message publié sur la page, avec une photo de l'atelier.",
    ),
    "Visioconférence": (
        (
            "lancer une réunion et inviter les participants",
            "partager son écran et un document",
            "micro, caméra et discussion écrite",
        ),
        "A ouvert son premier compte de visio.",
    ),
    "Intelligence artificielle générative": (
        (
            "rédiger un courrier avec un assistant",
            "vérifier les réponses d'un assistant",
            "bien formuler sa demande",
        ),
        "Essai comparé : un courrier écrit à la main, le même rédigé avec l'assistant.",
    ),
    "Outils collaboratifs": (
        (
            "écrire à deux dans un document partagé",
            "commentaires et historique des versions",
            "organiser un espace d'équipe",
        ),
        "Premier document partagé ouvert ensemble, chacun sur son ordinateur.",
    ),
    "Cybersécurité au quotidien": (
        (
            "installer un gestionnaire de mots de passe",
            "activer la double authentification",
            "repérer un SMS frauduleux",
        ),
        "Double authentification activée sur la messagerie.",
    ),
    "Tableur avancé": (
        (
            "filtres et tris",
            "tableau croisé dynamique",
            "mise en forme conditionnelle",
        ),
        "Le tableau de suivi se filtre maintenant en deux clics.",
    ),
    "Applications mobiles": (
        (
            "installer l'application de la banque",
            "acheter un billet de transport sur son téléphone",
            "messagerie et appels vidéo",
        ),
        "Billet de train acheté sur le téléphone, sans aide.",
    ),
    "Attentes de la génération Z": (
        (
            "ce que les jeunes attendent d'un premier emploi",
            "le rapport au télétravail et aux horaires",
            "donner et recevoir un retour",
        ),
        "Échange animé sur le sens du travail chez les jeunes recrues.",
    ),
    "Montage vidéo": (
        (
            "filmer avec son téléphone",
            "couper et assembler les séquences",
            "ajouter des sous-titres",
        ),
        "Première vidéo de deux minutes montée de bout en bout.",
    ),
    "Automatisation des tâches": (
        (
            "repérer les tâches répétitives",
            "créer une règle de tri des courriels",
            "automatiser un rappel chaque semaine",
        ),
        "Une règle de tri des courriels fait déjà gagner du temps.",
    ),
    "Données et tableaux de bord": (
        (
            "choisir ses indicateurs",
            "construire un premier graphique",
            "présenter un tableau de bord",
        ),
        "Premier graphique construit à partir des chiffres de l'association.",
    ),
    "Télétravail": (
        (
            "organiser son poste à la maison",
            "garder le lien avec l'équipe à distance",
            "fixer des horaires et s'y tenir",
        ),
        "Trucs partagés pour couper vraiment à la fin de la journée.",
    ),
    "Démarches en ligne": (
        (
            "créer son espace sur un site administratif",
            "déclarer ses revenus en ligne",
            "télécharger une attestation",
        ),
        "Attestation téléchargée sans aide, du premier coup.",
    ),
    "Podcast et création de contenu": (
        (
            "écrire le déroulé d'un épisode",
            "enregistrer avec un micro simple",
            "publier et partager l'épisode",
        ),
        "Enregistrement d'essai de cinq minutes, à réécouter ensemble.",
    ),
    "Prise de décision": (
        (
            "peser les options d'une décision",
            "décider avec une information incomplète",
            "expliquer une décision à son équipe",
        ),
        "Cas réel étudié : options, critères et risques posés par écrit.",
    ),
    "Gestion de projet": (
        (
            "établir un rétroplanning",
            "suivre l'avancement chaque semaine",
            "gérer un retard",
        ),
        "Rétroplanning du projet tracé sur une grande feuille.",
    ),
    "Négociation": (
        (
            "préparer ses arguments",
            "jouer l'entretien en simulation",
            "savoir conclure",
        ),
        "Simulation d'entretien salarial, très utile avant le rendez-vous réel.",
    ),
    "Culture d'entreprise": (
        (
            "les non-dits d'une réunion",
            "à qui s'adresser, et comment",
            "les codes d'un premier poste",
        ),
        "Trois situations vécues décortiquées, avec une façon d'agir pour chacune.",
    ),
    "Prise de parole en public": (
        (
            "préparer une intervention de dix minutes",
            "gérer le trac",
            "prendre la parole en réunion",
        ),
        "Échange sur la prise de parole en réunion.",
    ),
    "Réseau professionnel": (
        (
            "présenter son parcours en une minute",
            "relancer un contact",
            "se préparer à un salon de l'emploi",
        ),
        "Deux contacts présentés, à relancer d'ici la prochaine rencontre.",
    ),
    "Gestion d'équipe": (
        (
            "préparer un entretien individuel",
            "déléguer sans tout contrôler",
            "accueillir une nouvelle recrue",
        ),
        "Entretien individuel préparé ensemble, à débriefer la prochaine fois.",
    ),
    "Gestion des conflits": (
        (
            "désamorcer une tension",
            "reformuler sans juger",
            "rejouer une situation difficile",
        ),
        "Situation difficile rejouée deux fois, en échangeant les rôles.",
    ),
    "Recherche d'emploi": (
        (
            "refaire son CV",
            "préparer un entretien d'embauche",
            "rédiger une lettre de motivation",
        ),
        "CV relu ligne à ligne ; nouvelle version envoyée le soir même.",
    ),
    "Entrepreneuriat": (
        (
            "présenter son projet en une page",
            "établir un premier budget",
            "trouver ses premiers clients",
        ),
        "La page de présentation du projet tient enfin sur une page.",
    ),
    "Relation client": (
        (
            "répondre à une réclamation",
            "garder son calme au téléphone",
            "fidéliser un client",
        ),
        "Réponse à une vraie réclamation rédigée à deux.",
    ),
    "Gestion du temps et des priorités": (
        (
            "organiser sa semaine",
            "distinguer l'urgent de l'important",
            "dire non avec tact",
        ),
        "Semaine type dessinée ensemble, à essayer d'ici la prochaine rencontre.",
    ),
    "Budget et finances": (
        (
            "construire un budget prévisionnel",
            "comparer le prévu et le réel",
            "lire un bilan simple",
        ),
        "Budget prévisionnel du projet posé dans le tableur.",
    ),
    QUEBEC_CODES: (
        (
            "les usages d'une réunion au Québec",
            "le ton d'un courriel professionnel",
            "préparer une entrevue d'embauche",
        ),
        "Entrevue simulée ; retour sur le tutoiement et la façon de se présenter.",
    ),
    FRANCE_CODES: (
        (
            "les usages d'une réunion en France",
            "vouvoiement et tutoiement au travail",
            "préparer un entretien d'embauche",
        ),
        "Entretien simulé ; retour sur le vouvoiement et la lettre de motivation.",
    ),
}

# Notes on a session, by the direction of the teaching; {mentor}, {mentee}, {of_mentee}...
SESSION_NOTES: dict[Direction, tuple[str, ...]] = {
    Direction.MENTOR_TO_MENTEE: (
        "Bonne séance, beaucoup de questions.",
        "{mentee} a noté les étapes pour s'exercer à la maison.",
        "Exercices pratiques sur l'ordinateur {of_mentee}.",
        "Progrès nets depuis la dernière fois.",
        "Séance plus courte que prévu, à reprendre la prochaine fois.",
        "On a repris depuis le début ; ça va mieux avec un pas-à-pas écrit.",
    ),
    Direction.MENTEE_TO_MENTOR: (
        "{mentee} a partagé son expérience, avec des exemples concrets.",
        "Conseils {of_mentee} pour préparer un premier entretien.",
        "{mentor} est reparti avec une liste de questions à se poser.",
    ),
    Direction.BOTH: (
        "Les rôles se sont inversés en fin de séance.",
        "Chacun a appris quelque chose aujourd'hui.",
        "{mentor} a demandé conseil pour son entretien annuel ; échange dans les deux sens.",
        "Une heure sur les outils, puis une demi-heure sur le métier.",
    ),
}
FIRST_SESSION_NOTE = "Première rencontre : présentation de chacun et relecture de la charte."
LAST_SESSION_NOTE = "Dernière rencontre : bilan du binôme et objectifs passés en revue."

PACE_WEIGHTS: dict[PairStatus, tuple[tuple[Pace, int], ...]] = {
    PairStatus.ACTIVE: ((Pace.STEADY, 65), (Pace.LOW, 15), (Pace.FADED, 10), (Pace.SILENT, 10)),
    PairStatus.PAUSED: ((Pace.STEADY, 55), (Pace.LOW, 25), (Pace.FADED, 20)),
}
ENDED_PACE_WEIGHTS: dict[EndReason, tuple[tuple[Pace, int], ...]] = {
    EndReason.OBJECTIVES_REACHED: ((Pace.STEADY, 85), (Pace.LOW, 15)),
    EndReason.NO_LONGER_AVAILABLE: ((Pace.STEADY, 50), (Pace.LOW, 30), (Pace.FADED, 20)),
    EndReason.MISMATCH: ((Pace.FADED, 60), (Pace.LOW, 40)),
}
# The chance that a month reaches the commitment, and that the pair does not meet at all.
MEET_CHANCE: dict[Pace, float] = {
    Pace.STEADY: 0.9,
    Pace.LOW: 0.3,
    Pace.FADED: 0.9,
    Pace.SILENT: 0.8,
}
SKIP_CHANCE: dict[Pace, float] = {
    Pace.STEADY: 0.02,
    Pace.LOW: 0.08,
    Pace.FADED: 0.02,
    Pace.SILENT: 0.03,
}
HOLIDAY_SKIP = {8: 0.2, 7: 0.06, 12: 0.08}  # summer and year-end holidays
FADED_MEET_CHANCE = 0.12
DURATIONS = (45, 60, 60, 60, 75, 90, 90, 120)  # minutes, as people round them
SHORT_DURATIONS = (45, 45, 60, 60, 75, 90)
LONGEST_SESSION = 120

SESSION_MODES: dict[Mode, tuple[tuple[Mode, int], ...]] = {
    Mode.IN_PERSON: ((Mode.IN_PERSON, 88), (Mode.VIDEO, 10), (Mode.PHONE, 2)),
    Mode.VIDEO: ((Mode.VIDEO, 90), (Mode.PHONE, 6), (Mode.IN_PERSON, 4)),
    Mode.PHONE: ((Mode.PHONE, 85), (Mode.VIDEO, 15)),
    Mode.ANY: ((Mode.IN_PERSON, 55), (Mode.VIDEO, 40), (Mode.PHONE, 5)),
}
EITHER_PLACE_SUFFIX = " ou en visio"


def _month_minutes(rng: random.Random, need: int, meets: bool) -> list[int]:
    """The durations of a month's sessions: ``meets`` reaches ``need`` minutes (two to four
    sessions), otherwise one to three sessions that fall short of it."""
    if meets:
        minutes = [
            rng.choice(DURATIONS) for _ in range(_weighted(rng, ((2, 30), (3, 50), (4, 20))))
        ]
        while sum(minutes) < need:
            shortest = min(range(len(minutes)), key=minutes.__getitem__)
            if minutes[shortest] < LONGEST_SESSION:
                minutes[shortest] += 15
            else:
                minutes.append(rng.choice(DURATIONS))
        while sum(minutes) > need * 1.5 and max(minutes) > 45:  # keep it plausible
            minutes[minutes.index(max(minutes))] -= 15
        return minutes
    minutes = [
        rng.choice(SHORT_DURATIONS) for _ in range(_weighted(rng, ((1, 45), (2, 45), (3, 10))))
    ]
    while sum(minutes) >= need:
        if len(minutes) > 1:
            minutes.pop()
        else:
            minutes[0] = max(45, min(minutes[0], need - 15))
            break
    return minutes


def _spread(rng: random.Random, month: dt.date, count: int) -> list[dt.date]:
    """``count`` days spread over ``month``: one in each equal slice of it."""
    days = calendar.monthrange(month.year, month.month)[1]
    result: list[dt.date] = []
    for index in range(count):
        low, high = index * days // count, (index + 1) * days // count - 1
        result.append(month + dt.timedelta(days=rng.randint(low, max(low, high))))
    return result


def _direction(rng: random.Random, months: int) -> Direction:
    """Mostly the mentor teaching at first; more and more both ways as the months pass."""
    draw = rng.random()
    both = min(0.45, 0.04 + 0.05 * months)
    if draw < both:
        return Direction.BOTH
    if draw < both + min(0.18, 0.04 + 0.02 * months):
        return Direction.MENTEE_TO_MENTOR
    return Direction.MENTOR_TO_MENTEE


def _topic(rng: random.Random, skills: Sequence[str]) -> str:
    skill = rng.choice(skills)
    return f"{skill} : {rng.choice(SESSION_TOPICS[skill][0])}"


def _topics_and_note(
    rng: random.Random, pair: DemoPair, direction: Direction, used: set[str]
) -> tuple[str, str | None]:
    """What the session was about (from the pair's skills, in the direction of the
    teaching) and, for some, a short note; a note about a skill tells a first time, so it
    comes once per pair (``used``)."""
    back = pair.give_back or pair.mentee.offered or pair.teach  # what the senior knows
    if direction == Direction.MENTOR_TO_MENTEE:
        topics = _topic(rng, pair.teach)
    elif direction == Direction.MENTEE_TO_MENTOR:
        topics = _topic(rng, back)
    else:
        topics = f"{_topic(rng, pair.teach)} ; {_topic(rng, back)}"
    draw = rng.random()
    if draw < 0.12:
        note = SESSION_TOPICS[topics.split(" : ", 1)[0]][1]
        if note in used:
            return topics, None
        used.add(note)
        return topics, note
    if draw < 0.3:
        return topics, rng.choice(SESSION_NOTES[direction]).format(**_first_names(pair))
    return topics, None


def _meeting_place(rng: random.Random, pair: DemoPair) -> str | None:
    """Where the pair meets in person, or None when they live in different cities."""
    if pair.mentor.city != pair.mentee.city:
        return None
    if pair.mode == Mode.IN_PERSON and pair.place:
        return pair.place
    if pair.mode == Mode.ANY and pair.place and pair.place.endswith(EITHER_PLACE_SUFFIX):
        return pair.place.removesuffix(EITHER_PLACE_SUFFIX)
    mentee = pair.mentee
    return rng.choice(PLACES[mentee.country]).format(de=_de(mentee.city), city=mentee.city)


def _pace(rng: random.Random, pair: DemoPair) -> Pace:
    if pair.status == PairStatus.ENDED:
        weights = ENDED_PACE_WEIGHTS.get(pair.end_reason or EndReason.OTHER, ((Pace.LOW, 1),))
    else:
        weights = PACE_WEIGHTS[pair.status]
    pace: Pace = _weighted(rng, weights)
    return pace


def _quiet_since(
    rng: random.Random, pair: DemoPair, periods: list[Period], today: dt.date
) -> dt.date | None:
    """The day a pair stops meeting (SILENT: one to three months before ``today``) or starts
    to fade (FADED: after one to four months); None for the others. A silent pair has met
    for a month at least before its silence (shortened if need be), and becomes LOW when
    that leaves less than a month of silence."""
    assert pair.start_date is not None
    if pair.pace == Pace.FADED:
        months = 1 if pair.end_reason == EndReason.MISMATCH else rng.randint(2, 4)
        return _add_months(pair.start_date, months)
    if pair.pace != Pace.SILENT:
        return None
    silence = rng.randint(31, 95)
    since = periods[-1][0]
    silence = min(silence, (today - since).days - 30)
    if silence < 31:
        pair.pace = Pace.LOW
        return None
    return today - dt.timedelta(days=silence)


def _pair_sessions(
    rng: random.Random, pair: DemoPair, today: dt.date
) -> list[tuple[dt.date, int, Direction]]:
    """The days, durations and directions of a pair's sessions, month by month over its
    life, kept only on days it was active and before its silence."""
    assert pair.start_date is not None
    periods = pair.periods()
    pair.pace = _pace(rng, pair)
    pair.quiet_since = _quiet_since(rng, pair, periods, today)
    pace = pair.pace
    last_day = min(today, pair.ended_on or today)
    if pace == Pace.SILENT and pair.quiet_since is not None:
        last_day = pair.quiet_since - dt.timedelta(days=1)
    need = round(pair.commitment * 60)
    held: dict[dt.date, tuple[int, Direction]] = {}

    def keep(day: dt.date, minutes: int, direction: Direction) -> None:
        if day <= last_day and day not in held and was_active_on(periods, day):
            held[day] = (minutes, direction)

    if rng.random() < 0.4:  # the charter signed at a first meeting
        keep(pair.start_date, rng.choice((60, 75, 90)), Direction.MENTOR_TO_MENTEE)
    month = pair.start_date.replace(day=1)
    while month <= last_day:
        age = _months_between(pair.start_date, month)
        meet, skip = MEET_CHANCE[pace], SKIP_CHANCE[pace] + HOLIDAY_SKIP.get(month.month, 0.0)
        if pace == Pace.FADED and pair.quiet_since is not None and month >= pair.quiet_since:
            faded = _months_between(pair.quiet_since, month) + 1
            meet, skip = FADED_MEET_CHANCE, skip + min(0.65, 0.2 * faded)
        if rng.random() >= skip:
            minutes = _month_minutes(rng, need, rng.random() < meet)
            for day, length in zip(_spread(rng, month, len(minutes)), minutes, strict=True):
                keep(day, length, _direction(rng, age))
        month = _add_months(month, 1)
    first_month = pair.start_date + dt.timedelta(days=30)
    if not any(day <= first_month for day in held):  # every pair meets in its first month
        keep(
            pair.start_date + dt.timedelta(days=rng.randint(2, 20)), 60, Direction.MENTOR_TO_MENTEE
        )
    if pair.end_reason == EndReason.OBJECTIVES_REACHED and pair.ended_on and rng.random() < 0.5:
        held.pop(pair.ended_on, None)
        keep(pair.ended_on, rng.choice((60, 90)), Direction.BOTH)  # the closing conversation
    return [(day, *held[day]) for day in sorted(held)]


def _add_sessions(ctx: DemoContext) -> None:
    """The sessions of every pair that has been active, in one insert."""
    rng = ctx.rng("sessions")
    next_id = (ctx.session.scalar(select(func.max(MentoringSession.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    for pair in ctx.pairs:
        if pair.start_date is None:
            continue
        in_person = _meeting_place(rng, pair)
        modes = [(m, w) for m, w in SESSION_MODES[pair.mode] if in_person or m != Mode.IN_PERSON]
        held = _pair_sessions(rng, pair, ctx.today)
        used: set[str] = set()
        for index, (day, minutes, direction) in enumerate(held):
            mode: Mode = _weighted(rng, modes)
            topics, note = _topics_and_note(rng, pair, direction, used)
            if index == 0 and day == pair.start_date:
                note = FIRST_SESSION_NOTE
            elif day == pair.ended_on and pair.end_reason == EndReason.OBJECTIVES_REACHED:
                note = LAST_SESSION_NOTE
            place = {Mode.IN_PERSON: in_person, Mode.VIDEO: ONLINE_PLACE}.get(mode, PHONE_PLACE)
            logged = min(
                ctx.today, day + dt.timedelta(days=_weighted(rng, ((0, 60), (1, 25), (3, 15))))
            )
            rows.append(
                {
                    "id": next_id,
                    "pair_id": pair.id,
                    "held_on": day,
                    "duration_minutes": minutes,
                    "mode": mode,
                    "place": place,
                    "topics": topics,
                    "direction": direction,
                    "notes": note,
                    "created_at": max(_at_time(rng, logged), dt.datetime.combine(day, dt.time(9))),
                }
            )
            next_id += 1
            ctx.session_minutes += minutes
        pair.last_session = held[-1][0] if held else None
    _bulk_insert(ctx.session, MentoringSession.__table__, rows)
    ctx.session_count += len(rows)


# -- follow-ups --------------------------------------------------------------------------------


class Tone(StrEnum):
    GOOD = "good"
    MIXED = "mixed"
    POOR = "poor"


SATISFACTION: dict[Tone, tuple[tuple[int, int], ...]] = {
    Tone.GOOD: ((4, 40), (5, 60)),
    Tone.MIXED: ((3, 60), (4, 40)),
    Tone.POOR: ((2, 60), (3, 40)),
}
# How things go on a given day, by pace (a silent pair is POOR once silent).
TONES: dict[Pace, tuple[tuple[Tone, int], ...]] = {
    Pace.STEADY: ((Tone.GOOD, 80), (Tone.MIXED, 20)),
    Pace.LOW: ((Tone.GOOD, 20), (Tone.MIXED, 55), (Tone.POOR, 25)),
    Pace.FADED: ((Tone.GOOD, 85), (Tone.MIXED, 15)),
    Pace.SILENT: ((Tone.GOOD, 70), (Tone.MIXED, 30)),
}
TONES_FADED: tuple[tuple[Tone, int], ...] = ((Tone.MIXED, 40), (Tone.POOR, 60))
FOLLOW_UP_CHANCE: dict[Pace, float] = {
    Pace.STEADY: 0.5,
    Pace.LOW: 0.7,
    Pace.FADED: 0.75,
    Pace.SILENT: 0.8,
}
SPEAKERS: tuple[tuple[Speaker, int], ...] = (
    (Speaker.COORDINATOR, 70),
    (Speaker.MENTOR, 15),
    (Speaker.MENTEE, 15),
)
FOLLOW_UP_COMMENTS: dict[tuple[Speaker, Tone], tuple[str, ...]] = {
    (Speaker.COORDINATOR, Tone.GOOD): (
        "Point téléphonique : le binôme a trouvé son rythme, les deux sont ravis.",
        "Bilan à mi-parcours positif ; objectifs en bonne voie.",
        "{mentee} gagne en autonomie, {mentor} apprécie l'échange.",
        "Rencontres régulières, rien à signaler.",
        "Les échanges vont maintenant dans les deux sens : {mentor} demande conseil à son tour.",
    ),
    (Speaker.COORDINATOR, Tone.MIXED): (
        "Les rencontres s'espacent un peu ; {mentor} a moins de temps ce mois-ci.",
        "Objectifs à reformuler : le premier est trop ambitieux.",
        "Bonne entente, mais difficile de caler les dates.",
        "{mentee} aimerait aller plus vite ; {mentor} préfère consolider.",
    ),
    (Speaker.COORDINATOR, Tone.POOR): (
        "Pas de rencontre depuis plusieurs semaines ; message laissé à {mentee}.",
        "{mentee} se montre peu disponible ; {mentor} se décourage.",
        "Attentes différentes, à clarifier ensemble.",
        "Plus de nouvelles du binôme ; {mentor} ne répond pas aux messages.",
    ),
    (Speaker.MENTOR, Tone.GOOD): (
        "Très bonne entente ; j'apprends autant que j'enseigne.",
        "{mentee} progresse vite, les séances passent trop vite.",
        "Ses conseils sur le métier me servent déjà au travail.",
    ),
    (Speaker.MENTOR, Tone.MIXED): (
        "J'ai parfois du mal à savoir ce que {mentee} attend des séances.",
        "Période chargée pour moi, je rattrape les heures le mois prochain.",
    ),
    (Speaker.MENTOR, Tone.POOR): (
        "Mes messages restent sans réponse depuis quelque temps.",
        "Les séances sont souvent annulées au dernier moment.",
    ),
    (Speaker.MENTEE, Tone.GOOD): (
        "Je n'aurais jamais cru apprendre autant auprès d'une personne si jeune.",
        "J'ose maintenant me lancer sans aide ; merci à {mentor} pour sa patience.",
        "Des rencontres que j'attends avec plaisir chaque semaine.",
    ),
    (Speaker.MENTEE, Tone.MIXED): (
        "Les séances vont un peu vite pour moi ; j'aimerais plus d'exercices.",
        "Contenu utile, mais nos horaires s'accordent mal.",
    ),
    (Speaker.MENTEE, Tone.POOR): (
        "Je manque de temps en ce moment et les rencontres en pâtissent.",
        "Je ne suis pas sûr que le programme réponde à ce que j'attendais.",
    ),
}
PAUSE_COMMENTS: tuple[str, ...] = (
    "Point pendant la pause : reprise envisagée le mois prochain.",
    "Nouvelles prises pendant la pause ; {mentee} tient à reprendre.",
    "Pause bien vécue des deux côtés ; on refait le point à la reprise.",
)
CLOSING_FOLLOW_UPS: dict[Tone, tuple[str, ...]] = {
    Tone.GOOD: (
        "Conversation de clôture : les deux souhaitent rester en contact.",
        "Bilan de fin de binôme très positif ; {mentor} se propose pour une autre cohorte.",
    ),
    Tone.MIXED: (
        "Conversation de clôture : une partie des objectifs atteinte, pas de regret.",
        "Bilan en demi-teinte, mais chacun retient quelque chose.",
    ),
    Tone.POOR: (
        "Conversation de clôture : le binôme n'a pas trouvé son rythme.",
        "Fin d'un commun accord après la médiation ; à proposer à un autre binôme.",
    ),
}
TRY_VIDEO_ACTION = "Proposer de passer en visio pour gagner du temps"
MEDIATION_ACTIONS: tuple[str, ...] = (
    "Appel au mentoré pour relancer les rencontres",
    "Rencontre à trois prévue",
    TRY_VIDEO_ACTION,
    "Rappeler l'engagement mensuel pris dans la charte",
    "Revoir ensemble les objectifs de la charte",
    "Message au mentor pour prendre des nouvelles",
)
GOOD_ACTIONS: tuple[str, ...] = (
    "Proposer au binôme de témoigner à la soirée de clôture",
    "Refaire un point avant l'échéance de la charte",
)
PAUSE_ACTIONS: tuple[str, ...] = (
    "Rappeler le binôme à la date de reprise prévue",
    "Prendre des nouvelles dans un mois",
)
CLOSING_TONES: dict[Outcome, Tone] = {
    Outcome.YES: Tone.GOOD,
    Outcome.MOSTLY: Tone.GOOD,
    Outcome.PARTLY: Tone.MIXED,
    Outcome.NO: Tone.POOR,
}
FOLLOW_UP_GAP = 14  # days, at least, between two entries of a pair
MAX_FOLLOW_UPS = 4  # entries per pair


def _tone(rng: random.Random, pair: DemoPair, day: dt.date) -> Tone:
    """How things go for the pair on ``day``, from its pace."""
    quiet = pair.quiet_since is not None and day >= pair.quiet_since
    if pair.pace == Pace.SILENT and quiet:
        return Tone.POOR
    faded = pair.pace == Pace.FADED and quiet
    weights = TONES_FADED if faded else TONES[pair.pace or Pace.STEADY]
    tone: Tone = _weighted(rng, weights)
    return tone


def _follow_up_days(
    rng: random.Random, pair: DemoPair, today: dt.date, turn: int, just_come: bool
) -> tuple[list[dt.date], dt.date | None]:
    """The days of a pair's entries, oldest first and at least two weeks apart, and the
    recheck date of the last one: for every third running pair (``turn``, counted by the
    caller) and half the silent or fading ones, just come when ``just_come``, or in the
    next three weeks otherwise. A silent pair is often called once the silence shows; an
    ended pair often has its closing conversation."""
    assert pair.start_date is not None
    first = pair.start_date + dt.timedelta(days=10)
    last = min(today, pair.ended_on or today)
    first = min(first, last)
    span = (last - first).days
    slots = range(0, span + 1, FOLLOW_UP_GAP)
    count = min(len(slots), rng.randint(1, min(4, 1 + span // 75)))
    days = [
        first + dt.timedelta(days=slot + rng.randint(0, min(FOLLOW_UP_GAP - 1, span - slot)))
        for slot in sorted(rng.sample(slots, count))
    ]
    quiet = pair.quiet_since
    if pair.pace == Pace.SILENT and quiet is not None and rng.random() < 0.7:
        # the coordinator noticed the silence and called
        days.append(_between(rng, min(today, quiet + dt.timedelta(days=21)), today))
    if pair.ended_on is not None and rng.random() < 0.6:
        days.append(min(today, pair.ended_on + dt.timedelta(days=rng.randint(0, 7))))
    recheck: dt.date | None = None
    running = pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED)
    worrying = pair.pace in (Pace.SILENT, Pace.FADED) and rng.random() < 0.5
    if running and (turn % 3 == 0 or worrying):
        if just_come:  # and nobody has called back yet
            recheck = today - dt.timedelta(days=rng.randint(1, 10))
            held = recheck - dt.timedelta(days=rng.randint(14, 30))
        else:
            recheck = today + dt.timedelta(days=rng.randint(3, 21))
            held = today - dt.timedelta(days=rng.randint(0, 14))
        held = max(held, first)
        days = [d for d in days if d < held] + [held]
        recheck = max(recheck, held + dt.timedelta(days=1))
    kept = [days[-1]]  # the last day stays; earlier ones too close to the next go
    for day in reversed(days[:-1]):
        if (kept[-1] - day).days >= FOLLOW_UP_GAP:
            kept.append(day)
    return kept[MAX_FOLLOW_UPS - 1 :: -1], recheck


def _entry(
    rng: random.Random,
    pair: DemoPair,
    day: dt.date,
    periods: list[Period],
    coordinator: bool = False,
) -> dict[str, Any]:
    """Who spoke on ``day`` (the coordinator when ``coordinator``), how satisfied, what they
    said and what was decided."""
    names = _first_names(pair)
    ended = pair.ended_on is not None and day >= pair.ended_on
    paused = not ended and not was_active_on(periods, day)
    speaker = Speaker.COORDINATOR
    actions: tuple[str, ...] = ()
    if ended:
        tone = CLOSING_TONES.get(pair.outcome or Outcome.NO, Tone.POOR)
        comment = rng.choice(CLOSING_FOLLOW_UPS[tone])
    elif paused:
        tone = _weighted(rng, ((Tone.GOOD, 40), (Tone.MIXED, 60)))
        comment, actions = rng.choice(PAUSE_COMMENTS), PAUSE_ACTIONS
    else:
        tone = _tone(rng, pair, day)
        if not coordinator:
            speaker = _weighted(rng, SPEAKERS)
        comment = rng.choice(FOLLOW_UP_COMMENTS[(speaker, tone)])
        if tone == Tone.GOOD:
            actions = GOOD_ACTIONS
        elif pair.mode in (Mode.IN_PERSON, Mode.ANY):
            actions = MEDIATION_ACTIONS
        else:  # already meeting at a distance
            actions = tuple(a for a in MEDIATION_ACTIONS if a != TRY_VIDEO_ACTION)
    action: str | None = None
    if speaker == Speaker.COORDINATOR and actions:
        chance = {Tone.GOOD: 0.08, Tone.MIXED: 0.5, Tone.POOR: 1.0}[tone]
        if coordinator or rng.random() < chance:
            action = rng.choice(actions)
    return {
        "pair_id": pair.id,
        "held_on": day,
        "speaker": speaker,
        "satisfaction": _weighted(rng, SATISFACTION[tone]),
        "comment": comment.format(**names),
        "action": action,
        "recheck_on": None,
    }


def _add_follow_ups(ctx: DemoContext) -> None:
    """One to four entries for about half the pairs that have started, in one insert."""
    rng = ctx.rng("follow_ups")
    next_id = (ctx.session.scalar(select(func.max(FollowUpEntry.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    running = rechecks = 0  # the rechecks alternate: just come, about to come
    for pair in ctx.pairs:
        if pair.start_date is None or pair.pace is None:
            continue
        if rng.random() >= FOLLOW_UP_CHANCE[pair.pace]:
            continue
        days, recheck = _follow_up_days(rng, pair, ctx.today, running, rechecks % 2 == 0)
        running += pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED)
        rechecks += recheck is not None
        periods = pair.periods()
        entries = [
            _entry(rng, pair, day, periods, coordinator=recheck is not None and day == days[-1])
            for day in days
        ]
        for entry, following in itertools.pairwise(entries):
            # an action is checked again on the day of the next entry, when it comes soon
            if entry["action"] and (following["held_on"] - entry["held_on"]).days <= 45:
                entry["recheck_on"] = following["held_on"]
        if recheck is not None:
            entries[-1]["recheck_on"] = recheck
        for entry in entries:
            entry["id"] = next_id
            next_id += 1
        rows += entries
    _bulk_insert(ctx.session, FollowUpEntry.__table__, rows)
    ctx.follow_up_count += len(rows)


# The steps, in order, each drawing from its own stream (ctx.rng("pairs"), ...):
#   _add_settings     the association and its coordinator;
#   _add_skills       the skills catalogue;
#   _add_members      the register, with skills, teams and reporting lines;
#   _add_cohorts      two cohorts, six months apart, with their program objectives;
#   _add_pairs        pairs proposed, active, paused and ended, respecting ctx.members' roles,
#                     capacities and reporting lines (same organisation, department, manager),
#                     each with its status history (ctx.pairs);
#   _add_objectives   each pair's objectives with their success indicators;
#   _add_sessions     the sessions of every pair that has been active, inside its active
#                     periods and up to today: most pairs meet the monthly commitment, some
#                     fall below it, some fade, a few go silent (sets each pair's pace);
#   _add_follow_ups   the coordinator's check-ins with about half the pairs (some by the
#                     mentor or the mentee), a mediation here and there, a few rechecks due.
# Each adds its counts to DemoSummary.
_STEPS: tuple[DemoStep, ...] = (
    _add_settings,
    _add_skills,
    _add_members,
    _add_cohorts,
    _add_pairs,
    _add_objectives,
    _add_sessions,
    _add_follow_ups,
)


# -- the public API ----------------------------------------------------------------------------


def generate_demo(
    db: Database,
    members: int = DEFAULT_MEMBERS,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill ``db`` with the fictional association, in one transaction.

    The database must not hold any member yet (DatabaseNotEmptyError otherwise, and nothing is
    written). Same ``seed`` and same ``today`` (default: the current date) give the same data.
    """
    if members < 0:
        raise ValueError("members must not be negative")
    today = today or dt.date.today()
    with db.transaction() as session:
        if session.scalar(select(func.count(Member.id))):
            raise DatabaseNotEmptyError(db.path)
        ctx = DemoContext(session=session, seed=seed, today=today, member_count=members)
        for step in _STEPS:
            step(ctx)
    db.bus.emit(
        Topic.MEMBERS, Topic.SKILLS, Topic.SETTINGS, Topic.PAIRS, Topic.SESSIONS, Topic.FOLLOW_UP
    )
    return ctx.summary()


def write_demo_database(
    path: Path,
    members: int = DEFAULT_MEMBERS,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
) -> DemoSummary:
    """Create a demo database at ``path``; an existing non-empty file is never touched."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise IsADirectoryError(str(path))
    existed = path.exists()
    if existed and path.stat().st_size > 0:
        raise FileExistsError(str(path))
    db = open_database(path)
    try:
        summary = generate_demo(db, members=members, seed=seed, today=today)
    except BaseException:
        db.close()
        if not existed:  # leave no half-made database behind
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
        raise
    db.close()
    return summary
