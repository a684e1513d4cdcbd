"""Alembic migrations of the Mentorat database, shipped inside the package.

HEAD_REVISION lets a database already at the latest schema open without importing Alembic
(a test proves it equals the head of the scripts in ``versions/``).
"""

from pathlib import Path

HEAD_REVISION = "0012_objective_versions"


def known_revisions() -> set[str]:
    """The revisions this version of the application knows (one script each): a file at any
    other was written by a newer version."""
    versions = Path(__file__).with_name("versions")
    return {p.stem for p in versions.glob("[0-9]*.py")}
