"""A fictional association to try the application on, generated deterministically.

``generate_demo`` fills an empty database with the program settings, the skills catalogue and
a register of members of an invented French and Québec reverse-mentoring association. The same
seed and the same ``today`` always give the same data, down to the creation timestamps.

Everything is fictional: e-mail addresses are on the ``example.org``, ``example.net`` and
``example.ca`` domains (reserved for documentation), French phone numbers come from the blocks
ARCEP reserves for fiction (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 and 06 39 98) and
Québec numbers from the North American 555-0100 to 555-0199 range.

How it is built: each step receives a ``DemoContext`` (the open session, ``today``, the members
already written with their ids) and draws from its own random stream, ``ctx.rng(name)``, so that
a step added later never changes what the earlier steps produce. The steps run in ``_STEPS``.
Later issues add, after the members: a cohort, pairs, their objectives, a year of sessions and
the coordinator's follow-ups (see the note above ``_STEPS``).
"""

from __future__ import annotations

import datetime as dt
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
    Generation,
    MemberStatus,
    Mode,
    Role,
    SkillKind,
    generation_of,
)
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import (
    DEFAULT_COMMITMENT_HOURS,
    Member,
    MemberSkill,
    ProgramSettings,
    Skill,
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
        )


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


# The steps, in order. Later issues append theirs after the members, each drawing from its
# own stream (ctx.rng("pairs"), ...) and reading ctx.members:
#   _add_cohort       one cohort started some months before ``today``, with its objectives;
#   _add_pairs        pairs proposed, active, paused and ended, respecting ctx.members' roles,
#                     capacities and reporting lines (same organisation, department, manager);
#   _add_objectives   each pair's objectives with their success indicators;
#   _add_sessions     a year of sessions, some pairs meeting the monthly commitment, some not;
#   _add_follow_ups   the coordinator's check-ins, a mediation or two, closing evaluations.
# Each adds its counts to DemoSummary.
_STEPS: tuple[DemoStep, ...] = (_add_settings, _add_skills, _add_members)


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
    db.bus.emit(Topic.MEMBERS, Topic.SKILLS, Topic.SETTINGS)
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
