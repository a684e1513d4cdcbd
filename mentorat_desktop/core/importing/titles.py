"""The column titles each importer reads, in French and English, as people title them.

Titles are compared by :func:`~mentorat_desktop.core.importing.cells.header_key` (no
accents, case, punctuation, bracketed remarks or plural 's'). The titles both importers
read for one thing ("Mode", "Notes"...) are written once, here, and each importer adds its
own to them. The screens' own titles are among them: a GUI test checks that every title a
form shows is one an import reads.
"""

from __future__ import annotations

# Pseudo-fields a column of a members file can map to besides the MemberInput fields.
FULL_NAME = "full_name"  # "Marie Dupont" (or "Dupont, Marie"), split into first and last
STATUS = "status"  # Actif / Archivé

# Pseudo-fields a column of a session log can map to besides the SessionInput fields.
MENTOR = "mentor"
MENTEE = "mentee"
PAIR = "pair"  # one column naming both: "Zoé Côté / François Lévesque"

# The same thing in a members file and in a session log: each importer adds its own titles
# to these ("Mode préféré" for a member, "Format" for a session).
MODE_TITLES: tuple[str, ...] = ("Mode", "Modalité", "Mode de rencontre", "Meeting mode")
NOTES_TITLES: tuple[str, ...] = (
    "Notes",
    "Commentaires",
    "Comments",
    "Remarques",
    "Remarks",
    "Observations",
)


MEMBER_TITLES: dict[str, tuple[str, ...]] = {
    "first_name": ("Prénom", "First name", "Firstname", "Given name", "Forename"),
    "last_name": ("Nom", "Nom de famille", "Last name", "Lastname", "Surname", "Family name"),
    FULL_NAME: (
        "Nom complet",
        "Full name",
        "Name",
        "Prénom et nom",
        "Nom et prénom",
        "Prénom Nom",
        "Nom Prénom",
    ),
    "email": (
        "Courriel",
        "E-mail",
        "Email",
        "Mail",
        "Mél",
        "Adresse courriel",
        "Adresse e-mail",
        "Adresse mail",
        "Adresse électronique",
        "Email address",
    ),
    "phone": (
        "Téléphone",
        "Tél.",
        "Phone",
        "Telephone",
        "Phone number",
        "Numéro de téléphone",
        "Cellulaire",
        "Cell",
        "Mobile",
        "Portable",
    ),
    "birth_year": (
        "Année de naissance",
        "Birth year",
        "Year of birth",
        "Date de naissance",
        "Date of birth",
        "Birth date",
        "Birthdate",
        "Naissance",
        "Né(e) en",
        "Né en",
        "Née en",
        "Né·e en",
    ),
    "role": ("Rôle", "Role", "Rôle souhaité", "Role wished", "Desired role", "Preferred role"),
    "skills_offered": (
        "Compétences offertes",
        "Skills offered",
        "Offered skills",
        "Offre",
        "Peut enseigner",
        "Can teach",
        "Compétences proposées",
        "Compétences à partager",
        "Compétences à transmettre",
        "À transmettre",
        "Skills to pass on",
    ),
    "skills_wanted": (
        "Compétences recherchées",
        "Compétences souhaitées",
        "Skills wanted",
        "Wanted skills",
        "Wants to learn",
        "Souhaite apprendre",
        "Compétences à acquérir",
        "Compétences à apprendre",
        "À apprendre",
        "To learn",
    ),
    "city": ("Ville", "City", "Municipalité", "Town", "Commune", "Localité"),
    "organisation": (
        "Organisation",
        "Organisme",
        "Entreprise",
        "Employeur",
        "Organization",
        "Company",
        "Employer",
        "Société",
    ),
    "department": ("Service", "Département", "Department", "Équipe", "Team"),
    "manager_name": (
        "Responsable",
        "Responsable hiérarchique",
        "Supérieur hiérarchique",
        "Supérieur immédiat",
        "Reports to",
        "Gestionnaire",
        "Manager",
        "Line manager",
    ),
    "languages": ("Langues", "Languages", "Langues parlées", "Spoken languages"),
    "availability": ("Disponibilités", "Availability"),
    "preferred_mode": (*MODE_TITLES, "Mode préféré", "Preferred mode"),
    "years_experience": (
        "Années d'expérience",
        "Years of experience",
        "Expérience",
        "Experience",
        "Nombre d'années d'expérience",
    ),
    "capacity": (
        "Binômes possibles",
        "Binômes à la fois",
        "Pairs at once",
        "Capacité",
        "Capacity",
        "Nombre de binômes",
        "Max pairs",
    ),
    "notes": NOTES_TITLES,
    "consent_on": (
        "Consentement",
        "Consent",
        "Date de consentement",
        "Consent date",
        "Consentement RGPD",
        "Consentement donné le",
        "Consent given on",
        "Accord pour conserver ses données",
        "Consent to keep the data",
    ),
    "consent_keep": (
        "Accord pour la conservation de ses données",
        "Agrees to their data being kept",
    ),
    "consent_contact": ("Accord pour les prises de contact", "Agrees to being contacted"),
    "consent_share": (
        "Accord pour transmettre ses coordonnées à l’autre membre du binôme",
        "Agrees to their details being given to the other member of their pair",
    ),
    "consent_how": ("Consentement recueilli par", "Consent collected by"),
    "consent_withdrawn_on": ("Consentement retiré le", "Consent withdrawn on"),
    "mentor_training_on": (
        "Formation",
        "Formation mentor",
        "Mentor training",
        "Formation des mentors",
        "Date de formation",
        "Training",
    ),
    STATUS: ("Statut", "Status", "État"),
}


SESSION_TITLES: dict[str, tuple[str, ...]] = {
    MENTOR: (
        "Mentor",
        "Mentor(e)",
        "Jeune",
        "Junior",
        "Nom du mentor",
        "Mentor name",
        "Jeune mentor",
        "Mentor junior",
        "Personne mentor",
    ),
    MENTEE: (
        "Mentoré",
        "Mentorée",
        "Mentoré(e)",
        "Mentee",
        "Mentoree",
        "Senior",
        "Aîné",
        "Aînée",
        "Nom du mentoré",
        "Mentee name",
        "Mentoré senior",
        "Personne mentorée",
    ),
    PAIR: ("Binôme", "Pair", "Duo", "Mentor et mentoré", "Mentor / mentoré", "Mentor - mentoré"),
    "held_on": (
        "Date",
        "Date de la rencontre",
        "Date de rencontre",
        "Date de la séance",
        "Date de séance",
        "Date de la session",
        "Session date",
        "Meeting date",
        "Date of the meeting",
        "Date of the session",
        "Jour",
        "Day",
    ),
    "duration_minutes": (
        "Durée",
        "Duration",
        "Temps",
        "Heures",
        "Hours",
        "Nombre d'heures",
        "Durée de la rencontre",
        "Durée de la séance",
        "Temps passé",
        "Time",
        "Time spent",
        "Length",
        "Minutes",
        "Nombre de minutes",
    ),
    "mode": (*MODE_TITLES, "Format"),
    "place": ("Lieu", "Place", "Location", "Endroit", "Lieu de la rencontre", "Où", "Where"),
    "topics": (
        "Sujets",
        "Thèmes",
        "Topics",
        "Sujets abordés",
        "Thèmes abordés",
        "Subjects",
        "Themes",
        "Contenu",
        "Topics covered",
        "Ordre du jour",
    ),
    "direction": (
        "Sens",
        "Direction",
        "Sens de l'apprentissage",
        "Sens de la transmission",
        "Learning direction",
        "Qui a appris de qui",
        "Who taught whom",
        "Qui a transmis",
        "Who taught",
    ),
    "notes": (*NOTES_TITLES, "Compte rendu"),
}
