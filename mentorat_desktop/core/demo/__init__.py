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
steps run in ``generate._STEPS`` (see the note above it).

Then come the sessions, about a year of them up to ``today``, only on days a pair was active:
most pairs keep their monthly commitment (two to four sessions of 45 minutes to two hours),
some fall below it, some start strong and fade, a few go silent for the last one to three
months; the teaching turns two-way as the months pass. Last, the coordinator's follow-up
entries for about half the pairs, with satisfaction, comments, mediation actions and a few
dates to check again that have just come or are about to.

The modules: ``model`` (the summary, the context and what the steps keep in memory),
``words`` (the word tables: names, towns, organisations, skills, notes and comments, read from
the JSON files of ``data/``), ``common`` (helpers), one module per group of steps
(``members``, ``cohorts``, ``pairs``, ``objectives``, ``sessions``, ``follow_ups``) and
``generate`` (the steps in order, ``generate_demo`` and ``write_demo_database``). This package
re-exports the names the rest of the application uses.
"""

from mentorat_desktop.core.demo.common import ascii_slug
from mentorat_desktop.core.demo.generate import generate_demo, write_demo_database
from mentorat_desktop.core.demo.model import (
    DEFAULT_MEMBERS,
    DEFAULT_SEED,
    DatabaseNotEmptyError,
    DemoSummary,
)
from mentorat_desktop.core.demo.words import CATALOGUE, CITIES, MEDIATION_ACTIONS, SESSION_TOPICS

__all__ = [
    "CATALOGUE",
    "CITIES",
    "DEFAULT_MEMBERS",
    "DEFAULT_SEED",
    "MEDIATION_ACTIONS",
    "SESSION_TOPICS",
    "DatabaseNotEmptyError",
    "DemoSummary",
    "ascii_slug",
    "generate_demo",
    "write_demo_database",
]
