"""The ``cli`` fixture for the command line tests of this folder: run the
command line in this process and collect its exit status and output. The command line
installs its translators once per process, so they are taken off around each call."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mentorat_desktop.cli import EXIT_NOTHING_DONE, main
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.demo import generate_demo, write_demo_database
from tests.server_databases import ServerDatabases


def _reset_translations(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


@pytest.fixture
def cli(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> Iterator[Callable[..., Result]]:
    """Run the command line in this process: ``cli("match", "--db", path, "--json")``."""
    locale = QLocale()
    _reset_translations(qapp)

    def run(*args: object) -> Result:
        _reset_translations(qapp)
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else EXIT_NOTHING_DONE
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    try:
        yield run
    finally:
        _reset_translations(qapp)
        QLocale.setDefault(locale)


@pytest.fixture(scope="session")
def demo60_template(
    tmp_path_factory: pytest.TempPathFactory, server_databases: ServerDatabases | None
) -> Path | str:
    """A demo register of 60 members, written once; tests work on copies (on the test
    server: a template database)."""
    if server_databases is not None:
        return server_databases.template("demo60", _write_server_demo)
    path = tmp_path_factory.mktemp("demo60") / "demo.sqlite3"
    write_demo_database(path, members=60, seed=2026)
    return path


def _write_server_demo(address: str) -> None:
    db = open_database(address)
    try:
        generate_demo(db, members=60, seed=2026)
    finally:
        db.close()


@pytest.fixture
def demo60(
    demo60_template: Path | str, tmp_path: Path, server_databases: ServerDatabases | None
) -> Iterator[Path | str]:
    if server_databases is not None:
        address = server_databases.fresh(str(demo60_template))
        try:
            yield address
        finally:
            server_databases.drop(address)
        return
    path = tmp_path / "démo 60.sqlite3"
    shutil.copy2(demo60_template, path)
    yield path


@pytest.fixture
def empty_db(db_target: Path | str) -> Path | str:
    open_database(db_target).close()
    return db_target
