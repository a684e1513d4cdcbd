"""A shared PostgreSQL server instead of the laptop's file: its address, its password (never
in the address), the engine on it and its migrations.

The same models and migrations serve both engines. What differs is said here and in
``core/sql.py`` (the few SQL fragments written per dialect); the laptop's file needs nothing
of this module, and its driver (psycopg) is imported only when a server is used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.errors import DatabaseOpenError, OpenProblem
from mentorat_desktop.core.migrations import known_revisions

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

# The password of the server's account, when the platform's keyring does not hold it.
PASSWORD_VARIABLE = "MENTORAT_DB_PASSWORD"
KEYRING_SERVICE = "Mentorat"
SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_address(target: object) -> bool:
    """Whether ``target`` (a --db value) names a server rather than a file."""
    if not isinstance(target, str):
        return False
    scheme = target.split("://", 1)[0].lower() if "://" in target else ""
    return scheme.split("+", 1)[0] in SERVER_SCHEMES


def looks_like_address(target: object) -> bool:
    """Anything written as ``scheme://...``: a file path never is."""
    return isinstance(target, str) and "://" in target and not target.startswith("file://")


def parse_address(address: str) -> URL:
    """The address as SQLAlchemy reads it, with the psycopg driver; refused when it carries a
    password (a command line and a settings file are read by others)."""
    # lazy: SQLAlchemy, only when a server is used (the laptop's file needs none of this)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(address)
    except ArgumentError:
        raise DatabaseOpenError(OpenProblem.NOT_A_SERVER_ADDRESS, "?") from None
    if url.get_backend_name() not in ("postgresql",):
        raise DatabaseOpenError(OpenProblem.NOT_A_SERVER_ADDRESS, shown_address(address))
    if url.password:
        raise DatabaseOpenError(OpenProblem.PASSWORD_IN_ADDRESS, shown_address(address))
    if url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def shown_address(address: str) -> str:
    """The address as it may be shown or logged: never a password."""
    try:
        from sqlalchemy.engine import make_url  # lazy: SQLAlchemy, only for a server

        return make_url(address).render_as_string(hide_password=True)
    except Exception:
        return address.split("@", 1)[-1]


def password_for(url: URL) -> str | None:
    """The password: the environment variable first, then the platform's keyring (when the
    keyring package is installed), else None (libpq then reads its own .pgpass)."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        return password
    try:
        # lazy: keyring, optional, installed on some systems only
        import keyring  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, f"{url.username}@{url.host}")
    except Exception:  # no keyring backend on this system
        return None
    return found or None


def make_server_engine(url: URL) -> Engine:
    """The engine on the server. Each connection says it is Mentorat (the server's list of
    sessions shows it) and waits at most 8 seconds for a row another coordinator holds."""
    try:
        # lazy: psycopg, the server's driver (a clear message when it is missing)
        import psycopg  # noqa: F401
    except ImportError:
        raise DatabaseOpenError(
            OpenProblem.NO_SERVER_DRIVER, shown_address(url.render_as_string())
        ) from None
    from sqlalchemy import create_engine  # lazy: SQLAlchemy, only for a server

    connect_args: dict[str, Any] = {
        "application_name": "Mentorat",
        "connect_timeout": 10,
        "options": "-c lock_timeout=8000 -c statement_timeout=120000",
    }
    password = password_for(url)
    if password is not None:
        connect_args["password"] = password
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True, pool_size=3)


def server_revision(engine: Engine, shown: str) -> str | None:
    """The schema revision on the server (None when it holds no table yet); refuses a server
    it cannot reach, an account it refuses, a database of another program or of a newer
    version of the application."""
    # lazy: SQLAlchemy, only for a server
    from sqlalchemy import inspect
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if not tables:
                return None
            if "alembic_version" not in tables or "member" not in tables:
                raise DatabaseOpenError(OpenProblem.NOT_MENTORAT, shown)
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    except OperationalError as exc:
        text = str(getattr(exc, "orig", exc)).lower()
        refused = "password" in text or "authentication" in text or "role" in text
        problem = OpenProblem.SERVER_REFUSED if refused else OpenProblem.SERVER_UNREACHABLE
        raise DatabaseOpenError(problem, shown) from None
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(OpenProblem.NEWER_VERSION, shown, revision)
    return revision


def upgrade_server(engine: Engine) -> None:
    """Bring the server's schema to the latest revision, in one transaction (PostgreSQL
    alters tables inside a transaction: a migration that fails leaves nothing half-done).
    A lock taken first makes two coordinators opening a new version at once wait for each
    other instead of both migrating."""
    # lazy: Alembic, only when the server's schema is older than this version's
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(424242)")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
