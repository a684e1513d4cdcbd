"""Databases on the PostgreSQL test server, when the suite runs against one
(``MENTORAT_TEST_SERVER`` holds the address of its maintenance database; ``python3 tasks.py
test-pg`` starts a server and sets it).

Each test gets a database of its own, copied from a template (PostgreSQL's CREATE DATABASE
... TEMPLATE, a file copy on the server: far faster than running the migrations again), and
dropped after the test."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from typing import Any

SERVER_VARIABLE = "MENTORAT_TEST_SERVER"


def server_address() -> str | None:
    return os.environ.get(SERVER_VARIABLE) or None


class ServerDatabases:
    def __init__(self, address: str, worker: str) -> None:
        from sqlalchemy import create_engine

        self.base = address.rsplit("/", 1)[0]
        self.prefix = f"t_{worker}_{os.getpid()}"
        self.admin = create_engine(address, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.counter = itertools.count()
        self.templates: dict[str, str] = {}

    def _exec(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def address_of(self, name: str) -> str:
        return f"{self.base}/{name}"

    def template(self, key: str, build: Callable[[str], Any]) -> str:
        """A template database made once by ``build(address)`` (which must close what it
        opens); its name."""
        if key not in self.templates:
            name = f"{self.prefix}_tpl_{key}"
            self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._exec(f'CREATE DATABASE "{name}"')
            build(self.address_of(name))
            self.templates[key] = name
        return self.templates[key]

    def fresh(self, template: str | None = None) -> str:
        """The address of a new database, empty or a copy of ``template``."""
        name = f"{self.prefix}_{next(self.counter)}"
        if template is None:
            self._exec(f'CREATE DATABASE "{name}"')
        else:
            self._exec(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.address_of(name)

    def drop(self, address: str) -> None:
        name = address.rsplit("/", 1)[1]
        self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in self.templates.values():
            self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool
