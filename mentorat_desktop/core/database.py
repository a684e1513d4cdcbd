"""Opening the SQLite database safely, and short explicit sessions on it.

A file that is not ours, is damaged, is read-only or comes from a newer version of the
application is refused before anything writes to it. A database at the latest schema opens
without importing Alembic; an older one is copied aside, then migrated.

SQLAlchemy itself is imported on the first session, not at start-up: its import costs more
than Qt's, and the first screen only needs one read (``Database.query``, plain sqlite3).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from mentorat_desktop.core.errors import (
    DatabaseOpenError,
    OpenProblem,
    StorageError,
    StorageProblem,
    storage_problem_of,
)
from mentorat_desktop.core.events import ChangeBus, Topic
from mentorat_desktop.core.migrations import HEAD_REVISION, known_revisions
from mentorat_desktop.core.portable import portable_root
from mentorat_desktop.core.server import (
    is_server_address,
    looks_like_address,
    make_server_engine,
    parse_address,
    server_revision,
    shown_address,
    upgrade_server,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from mentorat_desktop.core.lock import DatabaseLock

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_NAME = "Mentorat"


def default_data_dir() -> Path:
    """The platform's user data folder for the application, or the folder beside the
    program in portable mode (core/portable.py)."""
    root = portable_root()
    if root is not None:
        return root / "data"
    return Path(user_data_dir(APP_NAME, appauthor=False))


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its parents) readable by its owner only (0700 on POSIX)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def make_private(path: Path) -> None:
    """Take group and others' rights off an existing file of ours (a no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:
        pass  # not ours, or gone: the open that follows says what matters


def _create_private_file(path: Path) -> None:
    """Create an empty file with owner-only rights, before SQLite creates it (SQLite then
    gives its -wal and -shm files the same rights)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def default_database_path() -> Path:
    return default_data_dir() / "mentorat.sqlite3"


def demo_database_path() -> Path:
    return default_data_dir() / "demo.sqlite3"


# How long a write waits for another writer (another copy of the command line, say) before
# giving up with a clear message instead of failing at once.
BUSY_TIMEOUT_MS = 8000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is off: SQLAlchemy's "begin" event (below)
    # starts each transaction, so that a write can take the write lock first.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    # Deleted and erased values are overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _begin(connection: Any) -> None:
    """Start a transaction. A write takes SQLite's write lock at once (BEGIN IMMEDIATE), so
    that its checks and its inserts cannot interleave with another writer's: two processes
    adding the same pair wait for each other instead of both succeeding."""
    write = connection.get_execution_options().get("mentorat_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def inspect_file(path: Path) -> str | None:
    """Check an existing file without writing to it.

    Returns the schema revision recorded in it (None for an empty database) or raises
    DatabaseOpenError.
    """
    if path.is_dir():
        raise DatabaseOpenError(OpenProblem.IS_DIRECTORY, path)
    size = path.stat().st_size
    if size == 0:
        revision = None
    else:
        try:
            with path.open("rb") as fh:
                magic = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseOpenError(OpenProblem.READ_ONLY, path, str(exc)) from exc
        if magic != SQLITE_MAGIC:
            raise DatabaseOpenError(OpenProblem.NOT_SQLITE, path)
        _roll_back_hot_journal(path)
        revision = _read_revision(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(OpenProblem.READ_ONLY, path)
    # The usual file is at the head: only another revision needs the scripts listed.
    if revision not in (None, HEAD_REVISION) and revision not in known_revisions():
        raise DatabaseOpenError(OpenProblem.NEWER_VERSION, path, revision)
    return revision


def _roll_back_hot_journal(path: Path) -> None:
    """A write interrupted outside WAL mode (a restore killed while it copied) leaves a
    rollback journal beside the file, and the file half-written. The read below opens the
    file immutable, which would ignore the journal: let SQLite roll it back first, as any
    connection that can write does on its first read."""
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise DatabaseOpenError(OpenProblem.NOT_SQLITE, path, str(exc)) from exc


def _read_revision(path: Path) -> str | None:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(f"{path.name}-wal").exists():
        # Everything is in the main file: read it as immutable, so that SQLite creates no
        # -wal/-shm beside a WAL-mode file (and can read one in a read-only folder).
        uri += "&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(OpenProblem.NOT_SQLITE, path, str(exc)) from exc
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables or "member" not in tables:
            raise DatabaseOpenError(OpenProblem.NOT_MENTORAT, path)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(OpenProblem.NOT_SQLITE, path, str(exc)) from exc
    finally:
        con.close()


class Database:
    """An opened Mentorat database: sessions on it (through SQLAlchemy), quick plain reads,
    and the change bus."""

    def __init__(
        self,
        path: Path | None,
        bus: ChangeBus | None = None,
        *,
        read_only: bool = False,
        server: tuple[str, Engine] | None = None,
    ) -> None:
        # The laptop's file, or None on a shared server (``server``: its address as it may
        # be shown, never with a password, and the engine on it).
        self.path = path
        self.address = server[0] if server else None
        self.bus = bus or ChangeBus()
        # The name recorded on what this copy of the application changes (core/authorship.py):
        # the coordinator's own, from the settings or the command line's --as.
        self.coordinator: str | None = None
        # Read-only: another copy of the application holds the file; every write is refused.
        self.read_only = read_only
        # The lock that keeps other copies of the application from writing, when taken.
        self.lock: DatabaseLock | None = None
        self._engine: Engine | None = server[1] if server else None
        self._sessions: sessionmaker[Session] | None = None
        self._reader: sqlite3.Connection | None = None

    @property
    def on_server(self) -> bool:
        """A shared PostgreSQL server rather than the laptop's file."""
        return self.address is not None

    @property
    def dialect(self) -> str:
        """Which SQL the few hand-written queries speak: "sqlite" or "postgresql"."""
        return "postgresql" if self.address is not None else "sqlite"

    @property
    def location(self) -> str:
        """Where the data is, as it may be shown: the file's path or the server's address."""
        return self.address if self.address is not None else str(self.path)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            assert self.path is not None
            self._engine = make_engine(self.path)
        return self._engine

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            # lazy: SQLAlchemy (and the models, through authorship), loaded on the first
            # session; the first screen reads through plain sqlite3 (``query``)
            from sqlalchemy.orm import sessionmaker

            from mentorat_desktop.core import authorship  # lazy: loads SQLAlchemy too

            authorship.install()

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @contextmanager
    def transaction(self, *, announces: Iterable[Topic] = ()) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back whole on any error.

        ``announces`` is what it changes: those topics are emitted on ``bus``, in that order,
        once the commit has succeeded, never on a rollback or an error. The work may add a
        topic it finds on the way (``announce``) or say it changed nothing after all
        (``nothing_changed``).

        It holds SQLite's write lock from its first statement. A locked or full disk, an I/O
        error or a file that became read-only raise StorageError (no SQL, no data in it)."""
        if self.read_only:
            raise StorageError(StorageProblem.READ_ONLY_SESSION)
        with _storage_errors(), self._session_factory().begin() as session:
            connection = session.connection(execution_options={"mentorat_write": True})
            if self.address is not None:
                # The server's counterpart of SQLite's BEGIN IMMEDIATE: one writer at a time
                # on this database, so that a service's checks and its writes cannot
                # interleave with another coordinator's (two imports of one file, the same
                # pair twice). Held until the commit; a wait past the server's lock timeout
                # is "busy", as on the file.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
            session.info[_ANNOUNCES] = list(dict.fromkeys(announces))
            session.info[_COORDINATOR] = self.coordinator
            yield session
        # Committed: the session's block ended without an exception.
        topics: list[Topic] = session.info.pop(_ANNOUNCES)
        if topics:
            self.bus.emit(*topics)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short session for reading."""
        with _storage_errors(), self._session_factory()() as session:
            yield session

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only SQL query, on a plain sqlite3 connection (fast path).

        On a server the same query (written in the SQL both engines speak, ``?`` for its
        parameters) runs on the engine, and its values come back as SQLite gives them: dates
        as ISO text, booleans as 0 or 1, decimals as floats."""
        if self.path is None:
            return self._server_query(sql, params)
        with _storage_errors():
            if self._reader is None:
                self._reader = sqlite3.connect(
                    self.path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
                )
                self._reader.execute("PRAGMA query_only = ON")
            return self._reader.execute(sql, params).fetchall()

    def _server_query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        # lazy: the translation of a query to the server's SQL, only on a server
        from mentorat_desktop.core.sql import as_sqlite_value, to_pyformat

        with _storage_errors(), self.engine.connect() as connection:
            if params:
                result = connection.exec_driver_sql(to_pyformat(sql), tuple(params))
            else:
                result = connection.exec_driver_sql(sql)
            return [tuple(as_sqlite_value(v) for v in row) for row in result]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


# The key of the server's advisory lock that write transactions take (server.py's
# migrations take another).
WRITER_LOCK = 14_0001

_ANNOUNCES = "mentorat_announces"
_COORDINATOR = "mentorat_coordinator"  # core/authorship.py reads it


def announce(session: Session, *topics: Topic) -> None:
    """Add topics to what the transaction of ``session`` announces after its commit: for a
    change whose extent is known only once made (a training date that moved, a repair)."""
    pending: list[Topic] = session.info[_ANNOUNCES]
    pending.extend(t for t in topics if t not in pending)


def nothing_changed(session: Session) -> None:
    """The transaction of ``session`` wrote nothing after all (every row of an import was
    already there): it announces nothing."""
    session.info[_ANNOUNCES].clear()


@contextmanager
def _storage_errors() -> Iterator[None]:
    """Turn a storage failure (locked, full, I/O, read-only, damaged) into StorageError.

    The original exception is dropped (``from None``): SQLAlchemy's carries the statement and
    its parameters, that is members' names and e-mails, which must not reach a message or a
    log. Any other error goes on as it is."""
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        problem = storage_problem_of(exc)
        if problem is None:
            raise
        raise StorageError(problem) from None


def make_engine(path: Path, *, plain: bool = False) -> Engine:
    """The engine on ``path``. ``plain`` leaves transactions to the driver (the migrations
    need that: they switch foreign keys off outside any transaction)."""
    from sqlalchemy import create_engine, event  # lazy: SQLAlchemy, on the first session

    engine = create_engine(f"sqlite:///{path}")
    if plain:
        event.listen(engine, "connect", _set_plain_pragmas)
    else:
        event.listen(engine, "connect", _set_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def _set_plain_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def open_database(
    path: Path | str, *, bus: ChangeBus | None = None, read_only: bool = False
) -> Database:
    """Open (creating or migrating as needed) the database at ``path``.

    Raises DatabaseOpenError when the file is not one we can open (left untouched), and
    StorageError when the copy made before a migration cannot be written (then nothing is
    migrated: the file is left as it was)."""
    if is_server_address(path):
        return open_server_database(str(path), bus=bus, read_only=read_only)
    if looks_like_address(path):
        raise DatabaseOpenError(OpenProblem.NOT_A_SERVER_ADDRESS, str(path).split("@")[-1])
    path = Path(path).expanduser()
    if path.exists():
        revision = inspect_file(path)
        make_private(path)
        for suffix in ("-wal", "-shm"):
            make_private(path.with_name(path.name + suffix))
    else:
        if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(OpenProblem.CANNOT_CREATE, path)
        try:
            _create_private_file(path)
        except OSError as exc:
            raise DatabaseOpenError(OpenProblem.CANNOT_CREATE, path) from exc
        revision = None
    if revision != HEAD_REVISION:
        if read_only:
            raise DatabaseOpenError(OpenProblem.READ_ONLY, path)
        if revision is not None:
            # A consistent copy (the -wal's content included), checked, before any change.
            # lazy: writing a backup, only before a migration (not to open a current file)
            from mentorat_desktop.core.backup_writing import BackupReason, write_backup

            write_backup(path, BackupReason.MIGRATION)
        with _storage_errors():
            engine = make_engine(path, plain=True)
            try:
                _upgrade(engine)
            finally:
                engine.dispose()
    return Database(path, bus, read_only=read_only)


def open_server_database(
    address: str, *, bus: ChangeBus | None = None, read_only: bool = False
) -> Database:
    """Open (creating the tables or migrating them as needed) the database on a PostgreSQL
    server. Raises DatabaseOpenError when the server cannot be reached, refuses the account,
    or holds another program's tables or a newer version's; nothing is written then."""
    url = parse_address(address)
    shown = shown_address(address)
    engine = make_server_engine(url)
    try:
        revision = server_revision(engine, shown)
        if revision != HEAD_REVISION:
            if read_only:
                raise DatabaseOpenError(OpenProblem.READ_ONLY, shown)
            with _storage_errors():
                upgrade_server(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(None, bus, read_only=read_only, server=(shown, engine))


def _upgrade(engine: Engine) -> None:
    """Run the migrations with foreign keys off (SQLite rebuilds tables to alter them, and
    a rebuild must not cascade into the rows that point at the table), then check them."""
    # lazy: Alembic, only when a file's schema is older than this version's
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration broke {len(problems)} foreign key(s)")
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        connection.commit()
